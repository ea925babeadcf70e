/**
 * The worker-thread entry of the parallel search: rebuilds the model from the spec's source,
 * then expands the slices of each BFS level it is sent (parallel-expand.ts) and posts each
 * result back with its buffer transferred. It owns no search state: the main thread keeps the
 * fingerprint table, the parents and the ordinals, and ends this thread on every exit path.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { MaestroError, describeThrown } from '../../contract/errors.js';
import { ChunkExpander } from './parallel-expand.js';
import {
  CLAIM_MAIN,
  CLAIM_QUEUED,
  CLAIM_SLOTS,
  CLAIM_WORKER,
  type ExpandJob,
  type SearchWorkerInput,
  type SearchWorkerMessage,
} from './parallel-protocol.js';
import { loadSpec } from './spec.js';

const port = parentPort;
const input = workerData as SearchWorkerInput;

function post(m: SearchWorkerMessage, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(m, transfer);
}

function fail(thrown: unknown): void {
  post({
    type: 'error',
    ...(thrown instanceof MaestroError ? { code: thrown.code } : {}),
    message: describeThrown(thrown),
  });
}

let expander: ChunkExpander | undefined;
let claims: Int32Array | undefined;
try {
  const { source } = input;
  const model = loadSpec(source.file, source.text, {
    ...(source.invariants !== undefined ? { invariants: source.invariants } : {}),
    ...(source.constants !== undefined ? { constants: source.constants } : {}),
  });
  expander = new ChunkExpander(model);
  // A heartbeat while a long slice (or one state with very many parameter tuples) is expanded,
  // so the main thread can tell a slow slice from a hung worker.
  let last = Date.now();
  const beat = (): void => {
    const now = Date.now();
    if (now - last > 250) {
      last = now;
      post({ type: 'alive' });
    }
  };
  let n = 0;
  expander.between = () => {
    if ((++n & 63) === 0) beat();
  };
  expander.interrupt = () => {
    beat();
    return false;
  };
  post({
    type: 'ready',
    words: model.words,
    actions: model.actions.length,
    invariants: model.invariants.length,
  });
} catch (thrown) {
  fail(thrown);
}

port?.on('message', (job: ExpandJob) => {
  if (expander === undefined) return;
  try {
    if (job.recycle instanceof Int32Array) expander.recycle(job.recycle);
    if (job.seen !== undefined) {
      const { table, mask } = job.seen;
      if (!(
        table instanceof Int32Array &&
        Number.isInteger(mask) &&
        mask >= 0 &&
        (mask + 1) * 3 <= table.length
      ))
        throw new MaestroError(
          'MC_WORKER_FAILED',
          'modelcheck: a search job had malformed fingerprint slots',
        );
      expander.seen = { table, mask };
    }
    if (job.claims !== undefined) {
      if (!(
        job.claims instanceof Int32Array &&
        job.claims.buffer instanceof SharedArrayBuffer &&
        job.claims.length === CLAIM_SLOTS
      ))
        throw new MaestroError('MC_WORKER_FAILED', 'modelcheck: a search job had malformed claims');
      claims = job.claims;
    }
    if (claims !== undefined) {
      const was = Atomics.compareExchange(
        claims,
        job.chunk % CLAIM_SLOTS,
        CLAIM_QUEUED,
        CLAIM_WORKER,
      );
      if (was === CLAIM_MAIN) {
        // The main thread expanded this slice itself: nothing to send but the words buffer.
        const data = new Int32Array(0);
        post(
          {
            type: 'result',
            chunk: job.chunk,
            data,
            length: 0,
            states: 0,
            spent: job.words,
            skipped: true,
          },
          [data.buffer, job.words.buffer as ArrayBuffer],
        );
        return;
      }
      if (was !== CLAIM_QUEUED)
        throw new MaestroError('MC_WORKER_FAILED', 'modelcheck: a search job was claimed twice');
    }
    const r = expander.expandSlice(job.words, job.count, job.expand);
    post(
      {
        type: 'result',
        chunk: job.chunk,
        data: r.data,
        length: r.length,
        states: r.states,
        ...(r.stop !== undefined ? { stop: r.stop } : {}),
        spent: job.words,
      },
      [r.data.buffer as ArrayBuffer, job.words.buffer as ArrayBuffer],
    );
  } catch (thrown) {
    fail(thrown);
  }
});
