import type { ReasonCode } from './codebook.js';
import { mostSevere, severityOf, type Decision } from './decision.js';
import type { GateResult } from './gate-result.js';

/** The fold of all gate results. */
export interface Verdict {
  decision: Decision;
  sealed: boolean;
  overrideable: boolean;
  final_decider: 'SYSTEM';
  /** Reason codes of the gates that decided the verdict (those at its severity), in gate order. */
  reason_codes: ReasonCode[];
  /** Approvals a `PAUSE_FOR_HITL` verdict needs (0 otherwise). */
  required_approvals: number;
  /** Who may approve (union over the pausing gates). */
  approver_groups: string[];
}

/**
 * Folds gate results into one verdict: the most severe decision wins and `sealed` propagates.
 * No results at all is `STOPPED` (`NO_GATES_ENABLED`): nothing checked never means `RUN`.
 */
export function foldVerdict(results: readonly GateResult[]): Verdict {
  if (results.length === 0) {
    return {
      decision: 'STOPPED',
      sealed: false,
      overrideable: false,
      final_decider: 'SYSTEM',
      reason_codes: ['NO_GATES_ENABLED'],
      required_approvals: 0,
      approver_groups: [],
    };
  }
  const decision = results.map((r) => r.decision).reduce<Decision>(mostSevere, 'RUN');
  const deciding = results.filter((r) => severityOf(r.decision) === severityOf(decision));
  const reason_codes = [...new Set(deciding.map((r) => r.reason_code))];
  const sealed = results.some((r) => r.decision === 'STOPPED' && r.sealed);
  const paused = decision === 'PAUSE_FOR_HITL' ? deciding : [];
  return {
    decision,
    sealed: decision === 'STOPPED' && sealed,
    overrideable: decision === 'PAUSE_FOR_HITL',
    final_decider: 'SYSTEM',
    reason_codes,
    required_approvals: paused.reduce((n, r) => Math.max(n, r.required_approvals ?? 1), 0),
    approver_groups: [...new Set(paused.flatMap((r) => r.approver_groups ?? []))].sort(),
  };
}
