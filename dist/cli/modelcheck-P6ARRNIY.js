import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_STATES,
  DEFAULT_TIME_SECONDS,
  checkParallel,
  loadSpec,
  toSpecOutcome
} from "./chunk-TWTAIF4U.js";
import {
  referencesInvariants
} from "./chunk-KGHHML4U.js";
import "./chunk-NRXG4DGZ.js";
import {
  UsageError,
  parseCliArgs
} from "./chunk-AVINZ4SI.js";
import "./chunk-HWEFA2N2.js";
import {
  MaestroError,
  describeThrown
} from "./chunk-KJ6AS3KR.js";
import {
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-WKNCKC6X.js";

// action/cli/modelcheck.ts
init_define_MAESTRO_CODE_DIGESTS();
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var HELP = `Usage: maestro-gate modelcheck SPEC.yaml... [options]

Searches each spec as the model-check gate does (breadth-first, shortest counterexamples).
The spec's own bounds win over these flags, as in the gate.

  --workers N         threads expanding the search, the main one included, 1 to 16
                      (default 1); the counts and counterexamples are the same with any
                      number (docs/model-checking.md)
  --max-states N      state bound (default ${DEFAULT_MAX_STATES})
  --max-depth N       depth bound (default none)
  --time-seconds S    time bound (default ${DEFAULT_TIME_SECONDS})
  --invariants DIR    where invariant ids resolve (default ./invariants)
  --constants JSON    override the spec's constants (an object), to scale a model
  --format text|json  (default text)

Exit codes: 0 RUN, 2 PAUSE_FOR_HITL (a bound was hit), 1 STOPPED, 64 usage error.
`;
var positiveInt = (v, flag, max) => {
  if (v === void 0) return void 0;
  const x = Number(v);
  if (!Number.isInteger(x) || x < 1 || x > max)
    throw new UsageError(`${flag} must be an integer from 1 to ${max}, got "${v}"`);
  return x;
};
async function modelcheckCommand(argv, io) {
  const { values, positionals } = parseCliArgs("modelcheck", {
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      workers: { type: "string" },
      "max-states": { type: "string" },
      "max-depth": { type: "string" },
      "time-seconds": { type: "string" },
      invariants: { type: "string" },
      constants: { type: "string" },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("modelcheck needs a spec file (see --help)");
  if (values.format !== "text" && values.format !== "json")
    throw new UsageError(`--format must be text or json (got ${values.format})`);
  const workers = positiveInt(values.workers, "--workers", 16);
  const maxStates = positiveInt(values["max-states"], "--max-states", Number.MAX_SAFE_INTEGER);
  const maxDepth = positiveInt(values["max-depth"], "--max-depth", Number.MAX_SAFE_INTEGER);
  const time = values["time-seconds"] !== void 0 ? Number(values["time-seconds"]) : void 0;
  if (time !== void 0 && !(time > 0))
    throw new UsageError(
      `--time-seconds must be a positive number, got "${values["time-seconds"]}"`
    );
  let constants;
  if (values.constants !== void 0) {
    try {
      constants = JSON.parse(values.constants);
    } catch {
      constants = void 0;
    }
    if (typeof constants !== "object" || constants === null || Array.isArray(constants))
      throw new UsageError(`--constants must be a JSON object, got ${values.constants}`);
  }
  let index;
  const invariants = async () => {
    const { loadInvariantIndex } = await import("./spec-files-JQ4JI3ZY.js");
    return index ??= loadInvariantIndex(
      resolve(values.invariants ?? "invariants"),
      process.cwd()
    );
  };
  let worst = 0;
  const out = [];
  for (const file of positionals) {
    let text;
    try {
      text = readFileSync(file, "utf8");
    } catch (thrown) {
      throw new UsageError(`${file}: cannot read the spec (${describeThrown(thrown)})`);
    }
    const specInvariants = referencesInvariants(text) ? await invariants() : /* @__PURE__ */ new Map();
    const model = loadSpec(file, text, {
      invariants: specInvariants,
      ...constants !== void 0 ? { constants } : {}
    });
    const r = await checkParallel(model, {
      workers: model.bounds.workers ?? workers ?? 1,
      source: {
        file,
        text,
        invariants: specInvariants,
        ...constants !== void 0 ? { constants } : {}
      },
      maxStates: model.bounds.max_states ?? maxStates ?? DEFAULT_MAX_STATES,
      ...(model.bounds.max_depth ?? maxDepth) !== void 0 ? { maxDepth: model.bounds.max_depth ?? maxDepth } : {},
      timeMs: (model.bounds.time_seconds ?? time ?? DEFAULT_TIME_SECONDS) * 1e3,
      ...values.format === "text" ? { progress: (line) => io.stderr(`${line}
`) } : {}
    });
    if (r.status === "aborted") throw new MaestroError("GATE_TIMEOUT", `${file}: search aborted`);
    const o = toSpecOutcome(r, model.critical, {});
    worst = Math.max(worst, o.decision === "STOPPED" ? 2 : o.decision === "PAUSE_FOR_HITL" ? 1 : 0);
    if (values.format === "json") {
      out.push({
        file,
        decision: o.decision,
        reason_code: o.reason_code,
        status: r.status,
        ...r.bound !== void 0 ? { bound: r.bound } : {},
        stats: r.stats,
        ...r.violation !== void 0 ? {
          violation: {
            kind: r.violation.kind,
            message: r.violation.message,
            trace: r.violation.trace
          }
        } : {}
      });
    } else {
      io.stdout(`${o.decision} ${file}: ${o.summary} [${r.stats.workers ?? 1} worker(s)]
`);
    }
  }
  if (values.format === "json") io.stdout(`${JSON.stringify(out, null, 2)}
`);
  return [0, 2, 1][worst];
}
export {
  modelcheckCommand
};
