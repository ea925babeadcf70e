/**
 * What the runner makes of the value a gate produced: schema-checked against the gate-result
 * schema and the codebook, or turned into STOPPED `GATE_CONTRACT_VIOLATION`.
 */
import { isReasonCode, type GateName } from '../contract/codebook.js';
import { isDecision, type Decision } from '../contract/decision.js';
import { describeThrown } from '../contract/errors.js';
import { flagsFor, type Finding, type GateResult } from '../contract/gate-result.js';
import { codebookProblems, stoppedResult } from '../contract/runner-results.js';
import { validateGateOutcome } from '../schemas/validators.js';
import { sha256Json } from '../util/digest.js';

/** The gate's value as its result; STOPPED `GATE_CONTRACT_VIOLATION` when outside the contract. */
export function toResult(gate: GateName, value: unknown, duration_ms: number): GateResult {
  try {
    // Results travel as JSON (audit log, evidence, check runs): anything else is outside the contract.
    JSON.stringify(value);
  } catch (thrown) {
    return stoppedResult(
      gate,
      'GATE_CONTRACT_VIOLATION',
      `${gate}: returned a value that is not JSON (${describeThrown(thrown)})`,
      {
        duration_ms,
      },
    );
  }
  const problems = validateGateOutcome(value);
  if (problems.length > 0) {
    return stoppedResult(
      gate,
      'GATE_CONTRACT_VIOLATION',
      `${gate}: returned a value outside the gate-result contract: ${problems.join('; ')}`,
      { duration_ms },
    );
  }
  const out = value as Record<string, unknown>;
  const decision = out['decision'] as Decision;
  const reason = out['reason_code'];
  if (!isDecision(decision) || !isReasonCode(reason)) {
    return stoppedResult(
      gate,
      'GATE_CONTRACT_VIOLATION',
      `${gate}: decision or reason code unknown`,
      {
        duration_ms,
      },
    );
  }
  const flags = flagsFor(decision, out['sealed'] === true);
  if (out['sealed'] !== flags.sealed || out['overrideable'] !== flags.overrideable) {
    return stoppedResult(
      gate,
      'GATE_CONTRACT_VIOLATION',
      `${gate}: ${decision} must be sealed=${flags.sealed}, overrideable=${flags.overrideable}; got sealed=${String(out['sealed'])}, overrideable=${String(out['overrideable'])}`,
      { duration_ms },
    );
  }
  const refused = codebookProblems({
    reason_code: reason,
    decision,
    sealed: flags.sealed,
    overrideable: flags.overrideable,
    final_decider: 'SYSTEM',
  });
  if (refused.length > 0) {
    return stoppedResult(
      gate,
      'GATE_CONTRACT_VIOLATION',
      `${gate}: returned ${decision} with reason ${reason}, which the codebook does not allow (${refused.join('; ')}); the result is refused and the gate stops.`,
      { duration_ms },
    );
  }
  const findings = out['findings'] as Finding[];
  return {
    ...(out as Omit<GateResult, 'gate' | 'duration_ms' | 'inputs_digest' | 'final_decider'>),
    gate,
    decision,
    reason_code: reason,
    sealed: flags.sealed,
    overrideable: flags.overrideable,
    final_decider: 'SYSTEM',
    findings,
    inputs_digest:
      typeof out['inputs_digest'] === 'string' ? out['inputs_digest'] : sha256Json(null),
    duration_ms,
  };
}
