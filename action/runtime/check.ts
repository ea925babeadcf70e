/** Stateless checks of one record against invariants (`assert`, `always`, `never`, filters). */
import { CelEvalError } from '../cel/index.js';
import { violationMessage } from '../gates/invariants/messages.js';
import type { CompiledInvariant } from '../gates/invariants/model.js';
import type { RuntimeViolation } from './errors.js';

/**
 * True when the invariant applies to the record: `scope` and `event` filters apply when the
 * record carries those fields; `when` expressions always apply. A `when` expression that
 * cannot be evaluated makes the invariant apply (fail closed: {@link checkRecord} reports the
 * error).
 */
export function applies(
  inv: CompiledInvariant,
  record: Readonly<Record<string, unknown>>,
): boolean {
  return filterOutcome(inv, record) !== false;
}

/** `true`/`false`, or the error of the first `when` expression that cannot be evaluated. */
function filterOutcome(
  inv: CompiledInvariant,
  record: Readonly<Record<string, unknown>>,
): boolean | { error: CelEvalError; source: string } {
  const scope = record['scope'];
  if (typeof scope === 'string' && inv.scope !== '*' && inv.scope !== scope) return false;
  const event = record['event'];
  if (typeof event === 'string' && inv.events !== undefined && !inv.events.includes(event)) {
    return false;
  }
  for (const f of inv.filters) {
    try {
      if (!f.program.evalBool(record)) return false;
    } catch (thrown) {
      const error =
        thrown instanceof CelEvalError
          ? thrown
          : new CelEvalError('runtime', String(thrown), f.source);
      return { error, source: f.source };
    }
  }
  return true;
}

/**
 * Checks the stateless clauses of the given invariants against one record. Returns the
 * violations (empty when every clause holds).
 */
export function checkRecord(
  invariants: readonly CompiledInvariant[],
  record: Readonly<Record<string, unknown>>,
): RuntimeViolation[] {
  let out: RuntimeViolation[] | undefined;
  let bindings: Readonly<Record<string, unknown>> | undefined;
  for (let i = 0; i < invariants.length; i++) {
    const inv = invariants[i]!;
    // A copy with `record` bound only when an expression of this invariant reads it.
    const b = readsRecord(inv) ? (bindings ??= withRecord(record)) : record;
    const filter = filterOutcome(inv, b);
    if (filter === false) continue;
    if (filter !== true) {
      (out ??= []).push({
        invariant: inv,
        clause: inv.clauses[0]!,
        message: `cannot evaluate the filter \`${filter.source}\`: ${filter.error.message}`,
        record,
        error: filter.error,
      });
      continue;
    }
    for (const clause of inv.clauses) {
      if (clause.op !== 'always' && clause.op !== 'never') continue;
      try {
        const value = clause.expr.program.evalBool(b);
        if (value === (clause.op === 'never')) {
          (out ??= []).push({
            invariant: inv,
            clause,
            message: violationMessage(inv, clause, record, false),
            record,
          });
        }
      } catch (thrown) {
        const error =
          thrown instanceof CelEvalError
            ? thrown
            : new CelEvalError('runtime', String(thrown), clause.expr.source);
        (out ??= []).push({
          invariant: inv,
          clause,
          message: `cannot evaluate \`${clause.expr.source}\`: ${error.message}`,
          record,
          error,
        });
      }
    }
  }
  return out ?? [];
}

const READS_RECORD = new WeakMap<CompiledInvariant, boolean>();

function readsRecord(inv: CompiledInvariant): boolean {
  let r = READS_RECORD.get(inv);
  if (r === undefined) {
    r = [
      ...inv.filters,
      ...inv.clauses.flatMap((c) => (c.op === 'leads_to' ? [c.p, c.q] : [c.expr])),
    ].some((e) => e.program.identifiers.includes('record'));
    READS_RECORD.set(inv, r);
  }
  return r;
}

function withRecord(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  if (Object.hasOwn(record, 'record')) return record;
  const b: Record<string, unknown> = { ...record };
  Object.defineProperty(b, 'record', { value: record, enumerable: false });
  return b;
}
