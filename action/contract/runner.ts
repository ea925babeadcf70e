import { existsSync } from 'node:fs';
import { isReasonCode, type GateName, type ReasonCode } from './codebook.js';
import { isDecision, type Decision } from './decision.js';
import { describeThrown, MaestroError } from './errors.js';
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
  if (thrown instanceof MaestroError) {
    return stoppedResult(gate, thrown.code, `${gate}: ${thrown.message}`, {
      duration_ms,
      findings: [
        {
          level: 'error',
          message: thrown.message,
          ...(thrown.location ?? {}),
        },
      ],
    });
  }
  if (!(thrown instanceof Error)) {
    return stoppedResult(
      gate,
      'GATE_THREW_NON_ERROR',
      `${gate}: the gate threw a non-Error value (${describeThrown(thrown)}); treated as a failure.`,
      { duration_ms },
    );
  }
  return stoppedResult(
    gate,
    async ? 'GATE_REJECTED' : 'GATE_ERROR',
    `${gate}: the gate ${async ? 'rejected' : 'threw'}: ${describeThrown(thrown)}`,
    { duration_ms },
  );
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
