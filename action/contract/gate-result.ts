import type { GateName, ReasonCode } from './codebook.js';
import type { Decision, FinalDecider } from './decision.js';

/** A counterexample: the trace records or states that show a violation. */
export interface Counterexample {
  /** What kind of counterexample this is: a trace record, a state trace, a policy input. */
  kind: string;
  /** The steps, in order; each is free-form JSON (a trace record, a state, ...). */
  steps: unknown[];
  /** Where the first step came from, when it came from a file. */
  location?: { file: string; line?: number; column?: number };
}

/** One thing a gate found. Location fields are 1-based and present where known. */
export interface Finding {
  message: string;
  /** The severity of the finding on its own: `error` blocks, `warning` informs, `note` explains. */
  level: 'error' | 'warning' | 'note';
  /** The rule, invariant or policy that produced the finding. */
  rule?: string;
  file?: string;
  line?: number;
  column?: number;
  /** Present for violations. */
  counterexample?: Counterexample;
}

/** A decision card: what one decision rests on, for a human to read. */
export interface DecisionCard {
  title: string;
  decision: Decision;
  reasons: string[];
  /** Digests of the evidence the decision rests on (`sha256:<hex>` keyed by name). */
  evidence: Record<string, string>;
  /** What would change the outcome. */
  to_change: string;
}

/** The shape every gate returns (MISSION §1). */
export interface GateResult {
  gate: GateName;
  decision: Decision;
  reason_code: ReasonCode;
  sealed: boolean;
  overrideable: boolean;
  final_decider: FinalDecider;
  findings: Finding[];
  /** `sha256:<hex>` over every input the gate read. */
  inputs_digest: string;
  duration_ms: number;
  /** A one-line human summary. */
  summary?: string;
  cards?: DecisionCard[];
  /** True when the result was reused from the content-addressed cache. */
  reused?: boolean;
  /** Gate-specific report (statistics, estimates, ...): free-form JSON. */
  report?: Record<string, unknown>;
  /** Approvals a PAUSE_FOR_HITL result needs (default 1). */
  required_approvals?: number;
  /** Who may approve: team slugs or user logins. */
  approver_groups?: string[];
}

/** What a gate hands back before the runner stamps gate name, duration and digest. */
export type GateOutcome = Omit<
  GateResult,
  'gate' | 'duration_ms' | 'inputs_digest' | 'final_decider'
> & {
  inputs_digest?: string;
};

/**
 * Builds the sealed/overrideable flags the contract requires for a decision:
 * `PAUSE_FOR_HITL` is always unsealed and overrideable; `STOPPED` is never overrideable;
 * `RUN` is neither sealed nor overrideable.
 */
export function flagsFor(
  decision: Decision,
  sealed = false,
): { sealed: boolean; overrideable: boolean } {
  switch (decision) {
    case 'RUN':
      return { sealed: false, overrideable: false };
    case 'PAUSE_FOR_HITL':
      return { sealed: false, overrideable: true };
    case 'STOPPED':
      return { sealed, overrideable: false };
  }
}

/** Convenience: a gate outcome with the right flags for its decision. */
export function outcome(
  decision: Decision,
  reason_code: ReasonCode,
  findings: Finding[],
  extra: Partial<Omit<GateOutcome, 'decision' | 'reason_code' | 'findings'>> & {
    sealed?: boolean;
  } = {},
): GateOutcome {
  const { sealed, ...rest } = extra;
  return { decision, reason_code, findings, ...flagsFor(decision, sealed ?? false), ...rest };
}
