/** The default and templated messages of invariant violations. */
import type { Clause, CompiledInvariant } from './model.js';
import { renderTemplate } from './template.js';

/** The rendered message of a violation: the clause's template, or a description of the rule. */
export function violationMessage(
  inv: CompiledInvariant,
  clause: Clause,
  record: Readonly<Record<string, unknown>>,
  expired: boolean,
): string {
  const custom = clause.message === undefined ? undefined : renderTemplate(clause.message, record);
  const within =
    'within' in clause && clause.within !== undefined ? ` within ${clause.within} events` : '';
  let rule: string;
  switch (clause.op) {
    case 'always':
      rule = `\`${clause.expr.source}\` does not hold`;
      break;
    case 'never':
      rule = `\`${clause.expr.source}\` holds, and must never hold`;
      break;
    case 'eventually':
      rule = expired
        ? `\`${clause.expr.source}\` did not happen${within}`
        : `\`${clause.expr.source}\` never happened before the end of the trace${within === '' ? '' : ` (required${within})`}`;
      break;
    case 'leads_to':
      rule = expired
        ? `\`${clause.p.source}\` was not followed by \`${clause.q.source}\`${within}`
        : `\`${clause.p.source}\` is still waiting for \`${clause.q.source}\` at the end of the trace`;
      break;
  }
  return custom === undefined ? `${inv.title}: ${rule}` : `${custom} (${rule})`;
}
