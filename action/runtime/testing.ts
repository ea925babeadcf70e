/**
 * `maestro-gate/runtime/testing`: turns invariants into fast-check properties, so a service's
 * own property tests check the same YAML the gate enforces. fast-check is a dev dependency of
 * the service; keep this entry out of production bundles (the runtime entry never imports it).
 */
import fc from 'fast-check';
import { applies, checkRecord, type CompiledInvariant, type RuntimeViolation } from './index.js';

/** Options of {@link invariantProperty}. */
export interface InvariantPropertyOptions {
  /**
   * Records the invariant does not apply to (scope, event, `when`) are discarded with
   * `fc.pre` (default true); with false they count as passing runs.
   */
  onlyApplicable?: boolean;
}

/** A predicate: true when the record satisfies the invariant's stateless clauses. */
export function invariantPredicate(
  inv: CompiledInvariant,
): (record: Readonly<Record<string, unknown>>) => boolean {
  return (record) => checkRecord([inv], record).length === 0;
}

/** Describes violations for a fast-check failure report. */
function explain(violations: readonly RuntimeViolation[]): string {
  return violations.map((v) => `${v.invariant.id}: ${v.message}`).join('; ');
}

/**
 * A fast-check property over generated records: every record the invariant applies to must
 * satisfy its stateless clauses (`assert`, `always`, `never`). Failures throw with the
 * invariant's rendered message, and fast-check shrinks to a minimal record.
 */
export function invariantProperty(
  inv: CompiledInvariant,
  records: fc.Arbitrary<Record<string, unknown>>,
  opts: InvariantPropertyOptions = {},
): fc.IPropertyWithHooks<[Record<string, unknown>]> {
  return fc.property(records, (record) => {
    if (opts.onlyApplicable !== false) fc.pre(applies(inv, record));
    const violations = checkRecord([inv], record);
    if (violations.length > 0) throw new InvariantPropertyFailure(explain(violations));
  });
}

/** Runs {@link invariantProperty} with `fc.assert` (throws with a counterexample on failure). */
export function assertInvariant(
  inv: CompiledInvariant,
  records: fc.Arbitrary<Record<string, unknown>>,
  params: fc.Parameters<[Record<string, unknown>]> = {},
  opts: InvariantPropertyOptions = {},
): void {
  fc.assert(invariantProperty(inv, records, opts), params);
}

/** The failure fast-check reports when a generated record violates the invariant. */
export class InvariantPropertyFailure extends Error {
  override readonly name = 'InvariantPropertyFailure';
}
