import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  decide,
  evaluate,
  loadRoutingPolicy,
  resolveSettings
} from "./chunk-TQ4T5PJN.js";
import {
  DEFAULT_CONFIG_PATH,
  loadConfig,
  opaToolchainFromEnvironment
} from "./chunk-6E7NV6HS.js";
import "./chunk-5UVTVGXT.js";
import "./chunk-6OE3NXPB.js";
import {
  UsageError,
  parseCliArgs
} from "./chunk-QERIFQIF.js";
import "./chunk-XPEKZT6D.js";
import "./chunk-5WDJNOWP.js";
import "./chunk-YGX6R5VT.js";
import {
  sha256
} from "./chunk-ZLXOS2ZN.js";
import {
  MaestroError
} from "./chunk-G6ONNIUE.js";
import {
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-23CADIEF.js";

// action/cli/ope.ts
init_define_MAESTRO_CODE_DIGESTS();
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var HELP = `Usage: maestro-gate ope --data FILE --baseline POLICY --candidate POLICY [options]

Evaluates the candidate routing policy against the baseline on logged data, as the OPE gate does.
A POLICY is a JSON table or a .rego file (compiled with the opa CLI on PATH).
The data schema, arms and thresholds come from gates.ope of --config (default .github/maestro.yml
when it exists), or from the flags below.

  --config FILE          a Maestro Gate configuration with a gates.ope section
  --arms A,B,...         the arms (without --config)
  --context F1,F2,...    the context fields (without --config)
  --action F --propensity F --reward F --cost F --q-hat F --q-hat-prefix P   field names
  --estimator ips|snips|dm|dr|sndr   --bound t|bernstein|bootstrap
  --clip \u03BB  --epsilon \u03B5  --alpha \u03B1  --resamples N  --seed S  --bad-rows stop|drop
  --format text|json     (default text)

Exit codes: 0 RUN, 2 PAUSE_FOR_HITL, 1 STOPPED, 64 usage error.
`;
var num = (v, flag) => {
  if (v === void 0) return void 0;
  const x = Number(v);
  if (!Number.isFinite(x)) throw new UsageError(`${flag} must be a number, got "${v}"`);
  return x;
};
async function opeCommand(argv, io) {
  const { values } = parseCliArgs("ope", {
    args: argv,
    options: {
      data: { type: "string" },
      baseline: { type: "string" },
      candidate: { type: "string" },
      config: { type: "string" },
      arms: { type: "string" },
      context: { type: "string" },
      action: { type: "string" },
      propensity: { type: "string" },
      reward: { type: "string" },
      cost: { type: "string" },
      "q-hat": { type: "string" },
      "q-hat-prefix": { type: "string" },
      estimator: { type: "string" },
      bound: { type: "string" },
      clip: { type: "string" },
      epsilon: { type: "string" },
      alpha: { type: "string" },
      resamples: { type: "string" },
      seed: { type: "string" },
      "bad-rows": { type: "string" },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h" }
    },
    strict: true
  });
  if (values.help === true) {
    io.stdout(HELP);
    return 0;
  }
  if (values.data === void 0 || values.baseline === void 0 || values.candidate === void 0)
    throw new UsageError(`--data, --baseline and --candidate are required

${HELP}`);
  if (values.format !== "text" && values.format !== "json")
    throw new UsageError("--format must be text or json");
  let section = {};
  const configPath = values.config ?? (values.arms === void 0 ? resolve(DEFAULT_CONFIG_PATH) : void 0);
  if (configPath !== void 0) {
    const load2 = loadConfig(configPath);
    if (!load2.ok) {
      for (const f of load2.findings) io.stderr(`${f.message}
`);
      return 1;
    }
    const s = load2.config.gates["ope"];
    if (s === void 0 || s === null || typeof s !== "object")
      throw new UsageError(
        `${configPath} has no gates.ope section; pass --arms and --context instead`
      );
    section = s;
  }
  const list = (v) => v?.split(",").map((x) => x.trim()).filter((x) => x !== "");
  const arms = list(values.arms) ?? section.arms;
  const context = list(values.context) ?? section.data?.context;
  if (arms === void 0 || arms.length < 2) throw new UsageError("--arms needs at least two arms");
  if (context === void 0 || context.length === 0)
    throw new UsageError("--context needs a field");
  const d = section.data;
  const schema = {
    path: values.data,
    context,
    action: values.action ?? d?.action ?? "action",
    propensity: values.propensity ?? d?.propensity ?? "pscore",
    reward: values.reward ?? d?.reward ?? "reward",
    ...(values.cost ?? d?.cost) === void 0 ? {} : { cost: values.cost ?? d?.cost },
    ...(values["q-hat"] ?? d?.q_hat) === void 0 ? {} : { q_hat: values["q-hat"] ?? d?.q_hat },
    ...(values["q-hat-prefix"] ?? d?.q_hat_prefix) === void 0 ? {} : { q_hat_prefix: values["q-hat-prefix"] ?? d?.q_hat_prefix },
    bad_rows: values["bad-rows"] ?? d?.bad_rows ?? "stop",
    ...d?.format === void 0 ? {} : { format: d.format }
  };
  const clip = num(values.clip, "--clip") ?? section.clip;
  const epsilon = num(values.epsilon, "--epsilon") ?? section.epsilon;
  const alpha = num(values.alpha, "--alpha") ?? section.alpha;
  const resamples = num(values.resamples, "--resamples");
  const seed = num(values.seed, "--seed");
  const estimator = values.estimator ?? section.estimator;
  if (estimator !== void 0 && !["ips", "snips", "dm", "dr", "sndr"].includes(estimator))
    throw new UsageError("--estimator must be ips, snips, dm, dr or sndr");
  const bound = values.bound ?? section.bound;
  if (bound !== void 0 && !["t", "bernstein", "bootstrap"].includes(bound))
    throw new UsageError("--bound must be t, bernstein or bootstrap");
  const settings = resolveSettings({
    ...section,
    arms,
    ...estimator === void 0 ? {} : { estimator },
    ...bound === void 0 ? {} : { bound },
    ...clip === void 0 ? {} : { clip },
    ...epsilon === void 0 ? {} : { epsilon },
    ...alpha === void 0 ? {} : { alpha },
    bootstrap: {
      ...section.bootstrap,
      ...resamples === void 0 ? {} : { resamples },
      ...seed === void 0 ? {} : { seed }
    }
  });
  const read = (p) => {
    try {
      return readFileSync(p, "utf8");
    } catch (thrown) {
      throw new MaestroError(
        "OPE_POLICY_UNREADABLE",
        `${p}: the routing policy could not be read.`,
        {
          cause: thrown
        }
      );
    }
  };
  const baseText = read(values.baseline);
  const candText = read(values.candidate);
  const toolchain = opaToolchainFromEnvironment(process.env);
  const signal = new AbortController().signal;
  const load = {
    arms,
    contextFields: context,
    resolveOpa: () => toolchain.resolve({ pin: {}, progress: (m) => io.stderr(`${m}
`), signal })
  };
  try {
    const { report } = await evaluate({
      data: { abs: resolve(values.data), file: values.data, schema },
      baseline: await loadRoutingPolicy(baseText, values.baseline, values.baseline, load),
      candidate: await loadRoutingPolicy(candText, values.candidate, values.candidate, load),
      settings,
      progress: (m) => io.stderr(`${m}
`)
    });
    report.policy = {
      file: values.candidate,
      baseline_sha256: sha256(baseText),
      candidate_sha256: sha256(candText)
    };
    const v = decide(report, settings.diagnostics, values.candidate, {
      baseline_policy: report.policy.baseline_sha256,
      candidate_policy: report.policy.candidate_sha256
    });
    if (values.format === "json") {
      const out = {
        decision: v.decision,
        reason_code: v.reason_code,
        summary: v.summary,
        findings: v.findings,
        report
      };
      io.stdout(`${JSON.stringify(out, null, 2)}
`);
    } else {
      io.stdout(`${v.decision} (${v.reason_code}): ${v.summary}

`);
      for (const r of v.card.reasons) io.stdout(`  ${r}
`);
      io.stdout(`
  To change the outcome: ${v.card.to_change}
`);
    }
    return v.decision === "RUN" ? 0 : v.decision === "PAUSE_FOR_HITL" ? 2 : 1;
  } catch (thrown) {
    if (thrown instanceof MaestroError) {
      if (values.format === "json")
        io.stdout(
          `${JSON.stringify({ decision: "STOPPED", reason_code: thrown.code, summary: thrown.message })}
`
        );
      io.stderr(`STOPPED (${thrown.code}): ${thrown.message}
`);
      return 1;
    }
    throw thrown;
  }
}
export {
  opeCommand
};
