/** Coverage of the configured critical flows (scope/event pairs) by the loaded invariants. */
import type { InvariantSet } from './model.js';

/** Coverage of the configured critical flows. */
export interface CoverageReport {
  flows: number;
  covered: { scope: string; event: string; invariants: string[] }[];
  uncovered: { scope: string; event: string }[];
  /** Share of flows with at least one invariant (1 when no flow is configured). */
  ratio: number;
  threshold: number;
}

/** Computes coverage of critical flows by the loaded invariants. */
export function coverageOf(
  set: InvariantSet,
  flows: readonly { scope: string; event: string }[],
  threshold: number,
): CoverageReport {
  const covered: CoverageReport['covered'] = [];
  const uncovered: CoverageReport['uncovered'] = [];
  for (const flow of flows) {
    const ids = set.invariants
      .filter(
        (inv) =>
          (inv.scope === '*' || inv.scope === flow.scope) &&
          (inv.events === undefined || inv.events.includes(flow.event)),
      )
      .map((inv) => inv.id);
    if (ids.length > 0) covered.push({ ...flow, invariants: ids });
    else uncovered.push({ ...flow });
  }
  return {
    flows: flows.length,
    covered,
    uncovered,
    ratio: flows.length === 0 ? 1 : covered.length / flows.length,
    threshold,
  };
}
