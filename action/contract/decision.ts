/**
 * The decision lattice: exactly three values, ordered by severity.
 * `RUN` < `PAUSE_FOR_HITL` < `STOPPED`.
 */
export const DECISIONS = ['RUN', 'PAUSE_FOR_HITL', 'STOPPED'] as const;

/** One of the three decisions. */
export type Decision = (typeof DECISIONS)[number];

/** Who made a decision: the gate system, or a human in a HITL step. */
export const FINAL_DECIDERS = ['SYSTEM', 'USER'] as const;
export type FinalDecider = (typeof FINAL_DECIDERS)[number];

/** Severity rank of a decision (higher is more severe). */
export function severityOf(decision: Decision): number {
  return DECISIONS.indexOf(decision);
}

/** The more severe of two decisions. */
export function mostSevere(a: Decision, b: Decision): Decision {
  return severityOf(a) >= severityOf(b) ? a : b;
}

/** True when `value` is one of the three decisions (and nothing else). */
export function isDecision(value: unknown): value is Decision {
  return typeof value === 'string' && (DECISIONS as readonly string[]).includes(value);
}
