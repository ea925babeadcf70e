/**
 * The worker-thread entry point of an isolated gate: imports that one gate's module (nothing
 * else), runs it over the context it was handed (structured clone), and posts back what
 * happened. The runner owns the deadline (it terminates this thread) and the memory cap
 * (`resourceLimits`).
 */
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { describeThrown } from '../contract/errors.js';
import type { Gate, GateContext } from '../contract/gate.js';
import {
  reviveThrown,
  serialiseThrown,
  type GateHostMessage,
  type GateWorkerInput,
  type GateWorkerMessage,
} from '../util/isolation.js';
import { loadGate } from './gate-modules.js';
import { workerDeps } from './worker-services.js';

const port = parentPort;
const input = workerData as GateWorkerInput;

function post(message: GateWorkerMessage): void {
  try {
    port?.postMessage(message);
  } catch (thrown) {
    // A value structured cloning refuses (a function, a symbol): outside the contract.
    port?.postMessage({
      type: 'uncloneable',
      detail: describeThrown(thrown),
    } satisfies GateWorkerMessage);
  }
}

const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
let nextId = 1;
port?.on('message', (m: GateHostMessage) => {
  const waiting = pending.get(m.id);
  if (!waiting) return;
  pending.delete(m.id);
  if (m.ok) waiting.resolve(m.value);
  else waiting.reject(reviveThrown(m.thrown));
});

/** Calls a main-thread service and waits for its answer. */
function call(service: string, request: unknown): Promise<unknown> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    post({ type: 'call', id, service, request });
  });
}

/** This worker's gate: only its own module is imported (tests may name another module). */
async function findGate(): Promise<Gate | undefined> {
  if (!input.gates) return loadGate(input.gate, workerDeps(input.services, call));
  const mod = (await import(input.gates.module)) as Record<string, () => Gate[]>;
  return mod[input.gates.export]!().find((g) => g.name === input.gate);
}

async function main(): Promise<void> {
  const gate = await findGate();
  if (!gate) {
    post({
      type: 'threw',
      async: false,
      thrown: { kind: 'error', name: 'Error', message: `no gate named ${input.gate}` },
    });
    return;
  }
  const ctx = {
    ...input.ctx,
    now: () => new Date(input.nowMs),
    progress: (line: string) => post({ type: 'progress', line }),
    signal: new AbortController().signal,
  } as unknown as GateContext;
  let produced: unknown;
  try {
    const missing = (gate.requiredInputs?.(ctx) ?? []).filter((i) => !existsSync(i.path));
    if (missing.length > 0) {
      post({ type: 'missing', inputs: missing.map((i) => ({ ...i })) });
      return;
    }
    produced = gate.run(ctx);
  } catch (thrown) {
    post({ type: 'threw', async: false, thrown: serialiseThrown(thrown) });
    return;
  }
  let value: unknown;
  try {
    value = await produced;
  } catch (thrown) {
    post({ type: 'threw', async: true, thrown: serialiseThrown(thrown) });
    return;
  }
  post({ type: 'value', value });
}

await main();
// Replies to service calls keep the port referenced; the runner terminates the thread.
