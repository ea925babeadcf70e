/** The gate report in Markdown: the body the job summary, the PR comment and the check run share. */
import type { GateRun } from '../contract/run.js';

const ICON: Record<string, string> = { RUN: '✅', PAUSE_FOR_HITL: '⏸️', STOPPED: '⛔' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The job summary / PR comment body: a verdict line, a gate table, decision cards. */
export function renderMarkdown(run: GateRun): string {
  const v = run.verdict;
  const out: string[] = [
    `## ${ICON[v.decision] ?? ''} Maestro Gate: ${v.decision}${v.sealed ? ' (sealed)' : ''}`,
    '',
    `Reasons: ${v.reason_codes.map((c) => `\`${c}\``).join(', ')}`,
    '',
    '| Gate | Decision | Reason | Findings | Duration |',
    '| --- | --- | --- | --- | --- |',
    ...run.gates.map(
      (g) =>
        `| ${g.gate} | ${ICON[g.decision] ?? ''} ${g.decision} | \`${g.reason_code}\`${g.reused ? ' (reused)' : ''} | ${g.findings.length} | ${Math.round(g.duration_ms)} ms |`,
    ),
    '',
  ];
  if (v.decision === 'PAUSE_FOR_HITL') {
    out.push(
      `**Needs ${v.required_approvals} approval(s)**${v.approver_groups.length ? ` from ${v.approver_groups.map((g) => `\`${g}\``).join(', ')}` : ''}.`,
      '',
    );
  }
  for (const g of run.gates) {
    for (const card of g.cards ?? []) {
      out.push(
        `<details><summary>${cell(card.title)} — ${card.decision}</summary>`,
        '',
        ...card.reasons.map((r) => `- ${cell(r)}`),
        '',
        ...Object.entries(card.evidence).map(([k, d]) => `- evidence \`${k}\`: \`${d}\``),
        '',
        `To change the outcome: ${cell(card.to_change)}`,
        '',
        '</details>',
        '',
      );
    }
    const blocking = g.findings.filter((f) => f.level !== 'note').slice(0, 20);
    if (blocking.length > 0 && (g.cards ?? []).length === 0) {
      out.push(`<details><summary>${g.gate}: ${g.findings.length} finding(s)</summary>`, '');
      for (const f of blocking)
        out.push(
          `- ${f.file ? `\`${f.file}${f.line ? `:${f.line}` : ''}\` ` : ''}${cell(f.message)}`,
        );
      out.push('', '</details>', '');
    }
  }
  return `${out.join('\n')}\n`;
}
