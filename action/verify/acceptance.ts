/**
 * Whether a signed decision may ship. The one place that decides it, so approval receipts can
 * plug in: a `PAUSE_FOR_HITL` verdict is acceptable only when an approval check says so, or —
 * loudly, without any approval checked — when the user passed `--allow-pause`.
 */
import type { Decision } from '../contract/decision.js';
import type { VerdictPredicate } from '../evidence/statements.js';

/** A check of the approval records behind a `PAUSE_FOR_HITL` verdict (approval receipts). */
export type ApprovalCheck = (verdict: VerdictPredicate) => { ok: boolean; message: string };

/** What the user asked to accept. */
export interface AcceptanceOptions {
  /** Accept `PAUSE_FOR_HITL` without approval records (`--allow-pause`). */
  allowPause?: boolean;
  /** Require exactly this decision instead (`--expect-verdict`). */
  expectVerdict?: Decision;
  /** Checks the approval records of a paused verdict; absent until receipts exist. */
  approvals?: ApprovalCheck;
}

/** The outcome; `warning` is set when the pass rests on something not checked. */
export interface Acceptance {
  ok: boolean;
  message: string;
  warning?: string;
}

/** Said whenever a paused verdict passes without its approvals being checked. */
export const APPROVALS_NOT_CHECKED =
  'approval records NOT checked: a PAUSE_FOR_HITL verdict needs a human decision, and nothing here proves one was made';

/** Decides whether a `PAUSE_FOR_HITL` verdict is acceptable. */
export function acceptPause(verdict: VerdictPredicate, o: AcceptanceOptions): Acceptance {
  if (o.approvals !== undefined) {
    const r = o.approvals(verdict);
    return { ok: r.ok, message: `the signed verdict is PAUSE_FOR_HITL: ${r.message}` };
  }
  if (o.allowPause === true)
    return {
      ok: true,
      message: `the signed verdict is PAUSE_FOR_HITL, accepted because --allow-pause was given: ${APPROVALS_NOT_CHECKED}`,
      warning: `--allow-pause: ${APPROVALS_NOT_CHECKED}`,
    };
  return {
    ok: false,
    message:
      'the signed verdict is PAUSE_FOR_HITL; approval records cannot be verified yet, so this is refused unless --allow-pause is given',
  };
}

/** Decides whether the signed verdict passes. */
export function acceptVerdict(verdict: VerdictPredicate, o: AcceptanceOptions): Acceptance {
  const d = verdict.verdict.decision;
  if (o.expectVerdict !== undefined) {
    if (d !== o.expectVerdict)
      return {
        ok: false,
        message: `the signed verdict is ${d}; --expect-verdict requires ${o.expectVerdict}`,
      };
    const base = `the signed verdict is ${d}, as --expect-verdict requires`;
    return d === 'PAUSE_FOR_HITL'
      ? {
          ok: true,
          message: `${base}: ${APPROVALS_NOT_CHECKED}`,
          warning: `--expect-verdict PAUSE_FOR_HITL: ${APPROVALS_NOT_CHECKED}`,
        }
      : { ok: true, message: base };
  }
  if (d === 'RUN') return { ok: true, message: 'the signed verdict is RUN' };
  if (d === 'PAUSE_FOR_HITL') return acceptPause(verdict, o);
  return {
    ok: false,
    message: `the signed verdict is ${d} (${verdict.verdict.reason_codes.join(', ')}${verdict.verdict.sealed ? ', sealed' : ''})`,
  };
}
