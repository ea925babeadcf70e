/**
 * Runs one gate in a worker thread: the thread is terminated at the deadline, capped in memory
 * (`resourceLimits`), and every way it can end without a valid answer is a STOPPED result.
 */
import { Worker } from 'node:worker_threads';
import { MaestroError } from '../contract/errors.js';
import type { Gate } from '../contract/gate.js';
import type { GateResult } from '../contract/gate-result.js';
import {
  fromThrown,
  missingResult,
  stoppedResult,
  timeoutResult,
} from '../contract/runner-results.js';
import { toResult } from './gate-outcome.js';
import {
  reviveThrown,
  serialiseThrown,
  type GateHostMessage,
  type GateWorkerEntry,
  type GateWorkerInput,
  type GateWorkerMessage,
  workerScript,
} from '../util/isolation.js';

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

/** What an isolated run needs from the runner's context besides the data sent to the worker. */
export interface IsolatedRunContext {
  timeoutMs: number;
  now: () => Date;
  progress: (line: string) => void;
}

/**
 * Runs `gate` in a new worker thread over `ctx` (the cloneable part of its context); the
 * worker imports only that gate's module (gates/gate-modules.ts).
 */
export async function runIsolated(
  gate: Gate,
  rc: IsolatedRunContext,
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
