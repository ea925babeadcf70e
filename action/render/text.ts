/** The text renderer: the verdict table, the findings and where the evidence is, for a terminal. */
import { formatLocation } from '../contract/errors.js';
import type { Finding } from '../contract/gate-result.js';
import type { GateRun } from '../contract/run.js';
import { terminalText } from './escape.js';
import type { StreamRenderer } from './renderer.js';

/**
 * `file:line:col: message`, the location once: gates often start their message with the
 * location already (`specs/x.yaml:5:5: ...`), and then it is not repeated.
 */
export function locatedMessage(f: Finding): string {
  if (!f.file) return f.message;
  const where = formatLocation({
    file: f.file,
    ...(f.line ? { line: f.line } : {}),
    ...(f.column ? { column: f.column } : {}),
  });
  const m = f.message;
  const says = (c: string): boolean => m === c || m.startsWith(`${c}:`) || m.startsWith(`${c} `);
  return says(where) || (f.line === undefined && says(f.file)) ? m : `${where}: ${m}`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** The verdict table and the findings, then where the audit log and the evidence are. */
export function renderText(run: GateRun): string {
  const rows = run.gates.map((g) => [
    g.gate,
    g.decision,
    g.reason_code + (g.reused ? ' (reused)' : ''),
    `${Math.round(g.duration_ms)} ms`,
  ]);
  const header = ['GATE', 'DECISION', 'REASON', 'DURATION'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => pad(c, widths[i]!))
      .join('  ')
      .trimEnd();
  const out: string[] = [line(header), ...rows.map(line), ''];
  for (const g of run.gates) {
    for (const f of g.findings) {
      if (g.decision === 'RUN' && f.level === 'note') continue;
      out.push(`${f.level.toUpperCase()} [${g.gate}] ${terminalText(locatedMessage(f))}`);
    }
  }
  const v = run.verdict;
  out.push(
    '',
    `VERDICT: ${v.decision}${v.sealed ? ' (sealed: no approval can lift it)' : ''} — ${v.reason_codes.join(', ')}`,
  );
  if (v.decision === 'PAUSE_FOR_HITL') {
    out.push(
      `  needs ${v.required_approvals} approval(s)${v.approver_groups.length ? ` from ${v.approver_groups.join(', ')}` : ''}`,
    );
  }
  const e = run.evidence;
  if (e) {
    out.push(`audit log: ${e.audit_log}`, `evidence:  ${e.dir}`);
    if (e.signed) {
      out.push(
        `signed:    ${e.signing_mode} (${e.bundle ?? ''}); check it: maestro-gate verify --help`,
      );
    } else if (e.unsigned_reason) {
      out.push(`unsigned:  ${e.unsigned_reason}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** `check --format text` (the default). */
export const textRenderer: StreamRenderer = {
  format: 'text',
  description: 'the verdict table and the findings, for a terminal',
  render: renderText,
};
