import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  ChunkExpander,
  loadSpec
} from "./gate-worker/chunk-FNXSOPXP.js";
import "./gate-worker/chunk-UXWSKPL2.js";
import "./gate-worker/chunk-Q3RZJNWW.js";
import {
  MaestroError,
  describeThrown,
  init_define_MAESTRO_CODE_DIGESTS
} from "./gate-worker/chunk-QATXD5XM.js";

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
