import { existsSync } from 'node:fs';
import { isReasonCode, pairingFor, type GateName, type ReasonCode } from './codebook.js';
import { isDecision, type Decision } from './decision.js';
import { describeThrown, MaestroError, normaliseThrown } from './errors.js';
import type { Gate, GateContext } from './gate.js';
import { flagsFor, type Finding, type GateResult } from './gate-result.js';
import { validateGateOutcome } from '../schemas/validators.js';
import { sha256Json } from '../util/digest.js';

/** Default time limit of one gate. */
export const DEFAULT_GATE_TIMEOUT_MS = 120_000;

/** What the runner needs besides the gate. */
export type RunnerContext = Omit<GateContext, 'signal'> & { timeoutMs: number };

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

class TimeoutSignal {
  constructor(readonly ms: number) {}
}

/**
 * Runs one gate fail-closed. Whatever happens — a thrown Error, a thrown string, a rejected
 * promise, a hang past the time limit, a value outside the contract, a configured input that
 * does not exist — the result is a valid `GateResult`, and anything but a clean run is
 * `STOPPED` with a precise reason code.
 */
export async function runGate(gate: Gate, rc: RunnerContext): Promise<GateResult> {
  const started = performance.now();
  const elapsed = (): number => Math.round((performance.now() - started) * 1000) / 1000;
  const controller = new AbortController();
  const ctx: GateContext = { ...rc, signal: controller.signal };
  let timer: NodeJS.Timeout | undefined;
  try {
    const missing = (gate.requiredInputs?.(ctx) ?? []).filter((input) => !existsSync(input.path));
    if (missing.length > 0) {
      const findings: Finding[] = missing.map((input) => ({
        level: 'error',
        message: `${gate.name}: the ${input.description} configured at \`${input.configKey}\` does not exist: ${input.path}. Create it, or change \`${input.configKey}\` in the configuration.`,
        file: input.path,
      }));
      return stoppedResult(gate.name, 'GATE_INPUT_MISSING', findings[0]!.message, {
        findings,
        duration_ms: elapsed(),
      });
    }

    let produced: unknown;
    try {
      produced = gate.run(ctx);
    } catch (thrown) {
      return fromThrown(gate.name, thrown, false, elapsed());
    }
    let value: unknown;
    try {
      const timeout = new Promise<TimeoutSignal>((resolve) => {
        timer = setTimeout(() => resolve(new TimeoutSignal(rc.timeoutMs)), rc.timeoutMs);
      });
      value = await Promise.race([Promise.resolve(produced), timeout]);
    } catch (thrown) {
      return fromThrown(gate.name, thrown, true, elapsed());
    }
    if (value instanceof TimeoutSignal) {
      controller.abort(new MaestroError('GATE_TIMEOUT', `gate ${gate.name} timed out`));
      return stoppedResult(
        gate.name,
        'GATE_TIMEOUT',
        `${gate.name}: did not finish within ${value.ms} ms and was stopped. Raise \`timeouts.${gate.name}_seconds\` in the configuration if the work is legitimately long.`,
        { duration_ms: elapsed() },
      );
    }
    return toResult(gate.name, value, elapsed());
  } catch (thrown) {
    return fromThrown(gate.name, thrown, false, elapsed());
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

function fromThrown(
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

function toResult(gate: GateName, value: unknown, duration_ms: number): GateResult {
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
