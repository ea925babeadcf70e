/**
 * The results the runner makes of what a gate did: the STOPPED result of each failure (thrown,
 * timed out, missing input), and the codebook check a produced value must pass. The schema
 * check and the conversion of a produced value live with the runner (`pipeline/gate-outcome.ts`).
 */
import { pairingFor, type GateName, type ReasonCode } from './codebook.js';
import type { Decision } from './decision.js';
import { MaestroError, normaliseThrown } from './errors.js';
import type { RequiredInput } from './gate.js';
import { flagsFor, type Finding, type GateResult } from './gate-result.js';
import { sha256Json } from '../util/digest.js';

/** A `STOPPED` result for a gate that failed to produce a valid one. */
export function stoppedResult(
  gate: GateName,
  reason_code: ReasonCode,
  message: string,
  extra: {
    duration_ms?: number;
    inputs_digest?: string;
    findings?: Finding[];
    sealed?: boolean;
  } = {},
): GateResult {
  return {
    gate,
    decision: 'STOPPED',
    reason_code,
    ...flagsFor('STOPPED', extra.sealed ?? false),
    final_decider: 'SYSTEM',
    findings: extra.findings ?? [{ message, level: 'error' }],
    inputs_digest: extra.inputs_digest ?? sha256Json(null),
    duration_ms: extra.duration_ms ?? 0,
    summary: message,
  };
}

/** STOPPED `GATE_INPUT_MISSING`, one finding per configured input that does not exist. */
export function missingResult(
  gate: GateName,
  missing: RequiredInput[],
  duration_ms: number,
): GateResult {
  const findings: Finding[] = missing.map((input) => ({
    level: 'error',
    message: `${gate}: the ${input.description} configured at \`${input.configKey}\` does not exist: ${input.path}. Create it, or change \`${input.configKey}\` in the configuration.`,
    file: input.path,
  }));
  return stoppedResult(gate, 'GATE_INPUT_MISSING', findings[0]!.message, {
    findings,
    duration_ms,
  });
}

/** STOPPED `GATE_TIMEOUT`, with the setting that raises the limit. */
export function timeoutResult(gate: GateName, ms: number, duration_ms: number): GateResult {
  return stoppedResult(
    gate,
    'GATE_TIMEOUT',
    `${gate}: did not finish within ${ms} ms and was stopped. Raise \`timeouts.${gate}_seconds\` in the configuration if the work is legitimately long.`,
    { duration_ms },
  );
}

/** STOPPED for a thrown or rejected value; a coded error keeps its code and location. */
export function fromThrown(
  gate: GateName,
  thrown: unknown,
  async: boolean,
  duration_ms: number,
): GateResult {
  const error = normaliseThrown(thrown, async ? 'GATE_REJECTED' : 'GATE_ERROR', {
    nonErrorCode: 'GATE_THREW_NON_ERROR',
  });
  if (thrown instanceof MaestroError) {
    return stoppedResult(gate, error.code, `${gate}: ${error.message}`, {
      duration_ms,
      findings: [{ level: 'error', message: error.message, ...(error.location ?? {}) }],
    });
  }
  const what =
    error.code === 'GATE_THREW_NON_ERROR'
      ? `the gate threw a non-Error value (${error.message}); treated as a failure.`
      : `the gate ${async ? 'rejected' : 'threw'}: ${error.message}`;
  return stoppedResult(gate, error.code, `${gate}: ${what}`, { duration_ms });
}

/**
 * What the codebook says is wrong with a result's `(reason_code, decision, sealed,
 * overrideable, final_decider)`; empty when the codebook allows it.
 */
export function codebookProblems(result: {
  reason_code: ReasonCode;
  decision: Decision;
  sealed: boolean;
  overrideable: boolean;
  final_decider: string;
}): string[] {
  const pairing = pairingFor(result.reason_code);
  const problems: string[] = [];
  const code = result.reason_code;
  if (!pairing.decisions.includes(result.decision))
    problems.push(
      `${code} may accompany ${pairing.decisions.join(' or ')}, not ${result.decision}`,
    );
  if (!pairing.sealed.includes(result.sealed))
    problems.push(`${code} may not be sealed=${String(result.sealed)}`);
  const flags = flagsFor(result.decision, result.sealed);
  if (result.overrideable !== flags.overrideable)
    problems.push(`${result.decision} must be overrideable=${String(flags.overrideable)}`);
  if (!(pairing.final_deciders as readonly string[]).includes(result.final_decider))
    problems.push(
      `${code} is decided by ${pairing.final_deciders.join(' or ')}, not ${result.final_decider}`,
    );
  return problems;
}
