/**
 * The gate runner: runs one gate fail-closed, in a worker thread (runner-isolated.ts) or
 * in-process, and turns whatever happened into a valid result (runner-results.ts).
 */
import { existsSync } from 'node:fs';
import { MaestroError } from '../contract/errors.js';
import type { Gate, GateContext } from '../contract/gate.js';
import type { GateResult } from '../contract/gate-result.js';
import { runIsolated, type IsolationOptions } from './runner-isolated.js';
import { fromThrown, missingResult, timeoutResult } from '../contract/runner-results.js';
import { toResult } from './gate-outcome.js';

export { DEFAULT_GATE_MEMORY_MB, type IsolationOptions } from './runner-isolated.js';
export { codebookProblems, stoppedResult } from '../contract/runner-results.js';

/** Default time limit of one gate. */
export const DEFAULT_GATE_TIMEOUT_MS = 120_000;

/** What the runner needs besides the gate. */
export type RunnerContext = Omit<GateContext, 'signal'> & {
  timeoutMs: number;
  /** Run the gate in a worker thread (the pipeline's default); absent: in-process. */
  isolation?: IsolationOptions;
};

class TimeoutSignal {
  constructor(readonly ms: number) {}
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
