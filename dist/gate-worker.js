import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  reviveThrown,
  serialiseThrown
} from "./gate-worker/chunk-YNYTAO2Z.js";
import {
  describeThrown,
  init_define_MAESTRO_CODE_DIGESTS
} from "./gate-worker/chunk-OZBR5WFF.js";

// action/gates/gate-worker.ts
init_define_MAESTRO_CODE_DIGESTS();
import { existsSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";

// action/gates/gate-modules.ts
init_define_MAESTRO_CODE_DIGESTS();
var loaders = {
  // @gate:invariants
  invariants: async () => (await import("./gate-worker/invariants-UHDM3YDL.js")).createInvariantsGate(),
  // @gate:modelcheck
  modelcheck: async () => (await import("./gate-worker/modelcheck-5IK5546J.js")).createModelcheckGate(),
  // @gate:ope
  ope: async () => (await import("./gate-worker/ope-SAOKY7NN.js")).createOpeGate(),
  // @gate:opa
  opa: async (deps) => (await import("./gate-worker/opa-7KR3PU44.js")).createOpaGate(
    deps.opaToolchain ? { toolchain: deps.opaToolchain } : {}
  )
};
async function loadGate(name, deps = {}) {
  const load = Object.hasOwn(loaders, name) ? loaders[name] : void 0;
  return load ? await load(deps) : void 0;
}

// action/gates/worker-services.ts
init_define_MAESTRO_CODE_DIGESTS();
var OPA_RESOLVE = "opa.toolchain.resolve";
function workerDeps(offered, call2) {
  if (!offered.includes(OPA_RESOLVE)) return {};
  return {
    opaToolchain: {
      resolve: ({ pin }) => call2(OPA_RESOLVE, { pin: { ...pin } })
    }
  };
}

// action/gates/gate-worker.ts
var port = parentPort;
var input = workerData;
function post(message) {
  try {
    port?.postMessage(message);
  } catch (thrown) {
    port?.postMessage({
      type: "uncloneable",
      detail: describeThrown(thrown)
    });
  }
}
var pending = /* @__PURE__ */ new Map();
var nextId = 1;
port?.on("message", (m) => {
  const waiting = pending.get(m.id);
  if (!waiting) return;
  pending.delete(m.id);
  if (m.ok) waiting.resolve(m.value);
  else waiting.reject(reviveThrown(m.thrown));
});
function call(service, request) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    post({ type: "call", id, service, request });
  });
}
async function findGate() {
  if (!input.gates) return loadGate(input.gate, workerDeps(input.services, call));
  const mod = await import(input.gates.module);
  return mod[input.gates.export]().find((g) => g.name === input.gate);
}
async function main() {
  const gate = await findGate();
  if (!gate) {
    post({
      type: "threw",
      async: false,
      thrown: { kind: "error", name: "Error", message: `no gate named ${input.gate}` }
    });
    return;
  }
  const ctx = {
    ...input.ctx,
    now: () => new Date(input.nowMs),
    progress: (line) => post({ type: "progress", line }),
    signal: new AbortController().signal
  };
  let produced;
  try {
    const missing = (gate.requiredInputs?.(ctx) ?? []).filter((i) => !existsSync(i.path));
    if (missing.length > 0) {
      post({ type: "missing", inputs: missing.map((i) => ({ ...i })) });
      return;
    }
    produced = gate.run(ctx);
  } catch (thrown) {
    post({ type: "threw", async: false, thrown: serialiseThrown(thrown) });
    return;
  }
  let value;
  try {
    value = await produced;
  } catch (thrown) {
    post({ type: "threw", async: true, thrown: serialiseThrown(thrown) });
    return;
  }
  post({ type: "value", value });
}
await main();
