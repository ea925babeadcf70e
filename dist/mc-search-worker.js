import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  CLAIM_MAIN,
  CLAIM_QUEUED,
  CLAIM_SLOTS,
  CLAIM_WORKER,
  ChunkExpander,
  loadSpec
} from "./gate-worker/chunk-WPWBD6G4.js";
import "./gate-worker/chunk-U7RRVDXZ.js";
import "./gate-worker/chunk-QH5BUMXO.js";
import {
  MaestroError,
  describeThrown,
  init_define_MAESTRO_CODE_DIGESTS
} from "./gate-worker/chunk-OZBR5WFF.js";

// action/gates/modelcheck/search-worker.ts
init_define_MAESTRO_CODE_DIGESTS();
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
var input = workerData;
function post(m, transfer = []) {
  port?.postMessage(m, transfer);
}
function fail(thrown) {
  post({
    type: "error",
    ...thrown instanceof MaestroError ? { code: thrown.code } : {},
    message: describeThrown(thrown)
  });
}
var expander;
var claims;
try {
  const { source } = input;
  const model = loadSpec(source.file, source.text, {
    ...source.invariants !== void 0 ? { invariants: source.invariants } : {},
    ...source.constants !== void 0 ? { constants: source.constants } : {}
  });
  expander = new ChunkExpander(model);
  let last = Date.now();
  const beat = () => {
    const now = Date.now();
    if (now - last > 250) {
      last = now;
      post({ type: "alive" });
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
    type: "ready",
    words: model.words,
    actions: model.actions.length,
    invariants: model.invariants.length
  });
} catch (thrown) {
  fail(thrown);
}
port?.on("message", (job) => {
  if (expander === void 0) return;
  try {
    if (job.recycle instanceof Int32Array) expander.recycle(job.recycle);
    if (job.seen !== void 0) {
      const { table, mask } = job.seen;
      if (!(table instanceof Int32Array && Number.isInteger(mask) && mask >= 0 && (mask + 1) * 3 <= table.length))
        throw new MaestroError(
          "MC_WORKER_FAILED",
          "modelcheck: a search job had malformed fingerprint slots"
        );
      expander.seen = { table, mask };
    }
    if (job.claims !== void 0) {
      if (!(job.claims instanceof Int32Array && job.claims.buffer instanceof SharedArrayBuffer && job.claims.length === CLAIM_SLOTS))
        throw new MaestroError("MC_WORKER_FAILED", "modelcheck: a search job had malformed claims");
      claims = job.claims;
    }
    if (claims !== void 0) {
      const was = Atomics.compareExchange(
        claims,
        job.chunk % CLAIM_SLOTS,
        CLAIM_QUEUED,
        CLAIM_WORKER
      );
      if (was === CLAIM_MAIN) {
        const data = new Int32Array(0);
        post(
          {
            type: "result",
            chunk: job.chunk,
            data,
            length: 0,
            states: 0,
            spent: job.words,
            skipped: true
          },
          [data.buffer, job.words.buffer]
        );
        return;
      }
      if (was !== CLAIM_QUEUED)
        throw new MaestroError("MC_WORKER_FAILED", "modelcheck: a search job was claimed twice");
    }
    const r = expander.expandSlice(job.words, job.count, job.expand);
    post(
      {
        type: "result",
        chunk: job.chunk,
        data: r.data,
        length: r.length,
        states: r.states,
        ...r.stop !== void 0 ? { stop: r.stop } : {},
        spent: job.words
      },
      [r.data.buffer, job.words.buffer]
    );
  } catch (thrown) {
    fail(thrown);
  }
});
