import type { GateRun } from '../pipeline.js';
import { formatLocation } from '../contract/errors.js';

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** The verdict table and the findings, for a terminal. */
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
      const where = f.file
        ? `${formatLocation({ file: f.file, ...(f.line ? { line: f.line } : {}), ...(f.column ? { column: f.column } : {}) })}: `
        : '';
      out.push(`${f.level.toUpperCase()} [${g.gate}] ${where}${f.message}`);
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
  return `${out.join('\n')}\n`;
}
