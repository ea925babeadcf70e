import { existsSync } from 'node:fs';
import { isReasonCode, pairingFor, type GateName, type ReasonCode } from './codebook.js';
import { isDecision, type Decision } from './decision.js';
import { describeThrown, MaestroError, normaliseThrown } from './errors.js';
import { Worker } from 'node:worker_threads';
import type { Gate, GateContext, RequiredInput } from './gate.js';
import { flagsFor, type Finding, type GateResult } from './gate-result.js';
import { validateGateOutcome } from '../schemas/validators.js';
import { sha256Json } from '../util/digest.js';
import {
  reviveThrown,
  serialiseThrown,
  type GateHostMessage,
  type GateWorkerEntry,
  type GateWorkerInput,
  type GateWorkerMessage,
  workerScript,
} from '../util/isolation.js';

/** Default time limit of one gate. */
export const DEFAULT_GATE_TIMEOUT_MS = 120_000;

/** What the runner needs besides the gate. */
export type RunnerContext = Omit<GateContext, 'signal'> & {
  timeoutMs: number;
  /** Run the gate in a worker thread (the pipeline's default); absent: in-process. */
  isolation?: IsolationOptions;
};

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

/** Default memory cap of an isolated gate (V8 old generation), in MiB. */
export const DEFAULT_GATE_MEMORY_MB = 2048;

/** How to run gates in worker threads (absent: in-process). */
export interface IsolationOptions {
  entry: GateWorkerEntry;
  /** The worker's heap cap in MiB; past it the gate is STOPPED with GATE_RESOURCE_LIMIT. */
  memoryMb: number;
  /** Tests only: where the worker finds gates that are not in the registry. */
  gates?: { module: string; export: string };
  /** Main-thread functions the gate may call by name (tools the edge resolved). */
  services?: Record<
    string,
    (
      request: unknown,
      tools: { progress: (line: string) => void; signal: AbortSignal },
    ) => Promise<unknown>
  >;
}

function missingResult(gate: GateName, missing: RequiredInput[], duration_ms: number): GateResult {
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

function timeoutResult(gate: GateName, ms: number, duration_ms: number): GateResult {
  return stoppedResult(
    gate,
    'GATE_TIMEOUT',
    `${gate}: did not finish within ${ms} ms and was stopped. Raise \`timeouts.${gate}_seconds\` in the configuration if the work is legitimately long.`,
    { duration_ms },
  );
}

/** The context as data a worker can receive, or `undefined` when it cannot be cloned. */
function cloneableContext(rc: RunnerContext): Record<string, unknown> | undefined {
  const { now: _now, progress: _progress, timeoutMs: _t, isolation: _i, ...data } = rc;
  try {
    return structuredClone(data);
  } catch {
    return undefined;
  }
}

/**
 * Runs one gate fail-closed. Whatever happens — a thrown Error, a thrown string, a rejected
 * promise, a hang past the time limit, a value outside the contract, a configured input that
 * does not exist, an out-of-memory — the result is a valid `GateResult`, and anything but a
 * clean run is `STOPPED` with a precise reason code. With `rc.isolation` the gate runs in a
 * worker thread that is terminated at the deadline and capped in memory; a synchronous loop
 * cannot outlive its time limit there.
 */
export async function runGate(gate: Gate, rc: RunnerContext): Promise<GateResult> {
  if (rc.isolation && gate.isolation !== 'in-process') {
    const data = cloneableContext(rc);
    if (data !== undefined) return runIsolated(gate, rc, rc.isolation, data);
    rc.progress(
      `${gate.name}: the gate context cannot be sent to a worker thread; running in-process`,
    );
  }
  return runInProcess(gate, rc);
}

async function runInProcess(gate: Gate, rc: RunnerContext): Promise<GateResult> {
  const started = performance.now();
  const elapsed = (): number => Math.round((performance.now() - started) * 1000) / 1000;
  const controller = new AbortController();
  const ctx: GateContext = { ...rc, signal: controller.signal };
  let timer: NodeJS.Timeout | undefined;
  try {
    const missing = (gate.requiredInputs?.(ctx) ?? []).filter((input) => !existsSync(input.path));
    if (missing.length > 0) return missingResult(gate.name, missing, elapsed());

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
      return timeoutResult(gate.name, value.ms, elapsed());
    }
    return toResult(gate.name, value, elapsed());
  } catch (thrown) {
    return fromThrown(gate.name, thrown, false, elapsed());
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

async function runIsolated(
  gate: Gate,
  rc: RunnerContext,
  iso: IsolationOptions,
  ctx: Record<string, unknown>,
): Promise<GateResult> {
  const started = performance.now();
  const elapsed = (): number => Math.round((performance.now() - started) * 1000) / 1000;
  const input: GateWorkerInput = {
    gate: gate.name,
    ctx,
    nowMs: rc.now().getTime(),
    ...(iso.gates ? { gates: iso.gates } : {}),
    services: Object.keys(iso.services ?? {}),
  };
  const aborted = new AbortController();
  return await new Promise<GateResult>((resolve) => {
    let settled = false;
    let worker: Worker;
    const finish = (result: GateResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      aborted.abort();
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish(timeoutResult(gate.name, rc.timeoutMs, elapsed())),
      rc.timeoutMs,
    );
    try {
      const { script, eval: isEval } = workerScript(iso.entry);
      worker = new Worker(script, {
        eval: isEval,
        workerData: input,
        resourceLimits: { maxOldGenerationSizeMb: iso.memoryMb },
        stdout: false,
        stderr: false,
      });
    } catch (thrown) {
      settled = true;
      clearTimeout(timer);
      resolve(fromThrown(gate.name, thrown, false, elapsed()));
      return;
    }
    worker.on('message', (m: GateWorkerMessage) => {
      switch (m.type) {
        case 'progress':
          rc.progress(m.line);
          return;
        case 'call': {
          const service = iso.services?.[m.service];
          const reply = (answer: GateHostMessage): void => {
            if (settled) return;
            try {
              worker.postMessage(answer);
            } catch (thrown) {
              finish(fromThrown(gate.name, thrown, true, elapsed()));
            }
          };
          const ask = async (): Promise<unknown> => {
            if (!service) throw new MaestroError('GATE_ERROR', `no service ${m.service}`);
            return await service(m.request, { progress: rc.progress, signal: aborted.signal });
          };
          ask().then(
            (value) => reply({ type: 'reply', id: m.id, ok: true, value }),
            (thrown: unknown) =>
              reply({ type: 'reply', id: m.id, ok: false, thrown: serialiseThrown(thrown) }),
          );
          return;
        }
        case 'missing':
          return finish(missingResult(gate.name, m.inputs, elapsed()));
        case 'value':
          return finish(toResult(gate.name, m.value, elapsed()));
        case 'threw':
          return finish(fromThrown(gate.name, reviveThrown(m.thrown), m.async, elapsed()));
        case 'uncloneable':
          return finish(
            stoppedResult(
              gate.name,
              'GATE_CONTRACT_VIOLATION',
              `${gate.name}: returned a value that cannot leave its worker (${m.detail})`,
              { duration_ms: elapsed() },
            ),
          );
      }
    });
    worker.on('error', (thrown: unknown) => {
      const code = (thrown as { code?: unknown } | null)?.code;
      if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
        finish(
          stoppedResult(
            gate.name,
            'GATE_RESOURCE_LIMIT',
            `${gate.name}: ran out of its ${iso.memoryMb} MiB memory limit and was stopped. Reduce the work (bounds, input sizes) or raise the limit.`,
            { duration_ms: elapsed() },
          ),
        );
      } else finish(fromThrown(gate.name, thrown, true, elapsed()));
    });
    worker.on('exit', (exitCode) =>
      finish(
        stoppedResult(
          gate.name,
          'GATE_ERROR',
          `${gate.name}: the gate's worker thread exited (code ${exitCode}) without a result`,
          { duration_ms: elapsed() },
        ),
      ),
    );
  });
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
