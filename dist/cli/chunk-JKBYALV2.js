import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  MaestroError
} from "./chunk-G6ONNIUE.js";
import {
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-23CADIEF.js";

// action/gates/opa/config.ts
init_define_MAESTRO_CODE_DIGESTS();
var DEFAULT_NAMESPACE = "maestro.gate";
var DEFAULT_RUN_MAX = 0.3;
var DEFAULT_HIGH_REQUIRES = 2;
var DEFAULT_EVAL_TIMEOUT_SECONDS = 10;
var DEFAULT_MAX_MEMORY_MB = 64;
function invalid(key, what) {
  return new MaestroError("CONFIG_INVALID", `\`gates.opa.${key}\` ${what}.`);
}
function isObj(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function str(o, key, at = key) {
  const v = o[key];
  if (v === void 0) return void 0;
  if (typeof v !== "string") throw invalid(at, "must be a string");
  return v;
}
function num(o, key, at = key) {
  const v = o[key];
  if (v === void 0) return void 0;
  if (typeof v !== "number" || !Number.isFinite(v)) throw invalid(at, "must be a number");
  return v;
}
function bool(o, key) {
  const v = o[key];
  if (v === void 0) return void 0;
  if (typeof v !== "boolean") throw invalid(key, "must be true or false");
  return v;
}
function strings(o, key) {
  const v = o[key];
  if (v === void 0) return void 0;
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string"))
    throw invalid(key, "must be a list of strings");
  return v;
}
function exceptionsOf(o) {
  const v = o["exceptions"];
  if (v === void 0) return [];
  if (!Array.isArray(v)) throw invalid("exceptions", "must be a list");
  return v.map((item, i) => {
    const at = `exceptions[${i}]`;
    if (!isObj(item)) throw invalid(at, "must be an object {id, reason, file?, expires?}");
    const id = str(item, "id", `${at}.id`);
    const reason = str(item, "reason", `${at}.reason`);
    if (id === void 0 || reason === void 0) throw invalid(at, "needs an `id` and a `reason`");
    const file = str(item, "file", `${at}.file`);
    const expires = str(item, "expires", `${at}.expires`);
    return {
      id,
      reason,
      ...file !== void 0 ? { file } : {},
      ...expires !== void 0 ? { expires } : {}
    };
  });
}
function resolveConfig(section) {
  if (section !== void 0 && section !== null && !isObj(section))
    throw new MaestroError("CONFIG_INVALID", "`gates.opa` must be an object.");
  const c = isObj(section) ? section : {};
  const risk = c["risk"];
  if (risk !== void 0 && !isObj(risk)) throw invalid("risk", "must be an object");
  const r = isObj(risk) ? risk : {};
  const rego = str(c, "rego_version") ?? "v1";
  if (rego !== "v0" && rego !== "v1") throw invalid("rego_version", "must be v0 or v1");
  const onEmpty = str(c, "no_decision_rule") ?? "PAUSE_FOR_HITL";
  if (onEmpty !== "PAUSE_FOR_HITL" && onEmpty !== "STOPPED")
    throw invalid("no_decision_rule", "must be PAUSE_FOR_HITL or STOPPED");
  return {
    policies: strings(c, "policies") ?? [],
    namespace: str(c, "namespace") ?? DEFAULT_NAMESPACE,
    allNamespaces: bool(c, "all_namespaces") ?? false,
    regoVersion: rego,
    data: strings(c, "data") ?? [],
    bundled: bool(c, "bundled") ?? false,
    runMax: num(r, "run_max", "risk.run_max") ?? DEFAULT_RUN_MAX,
    highRequires: num(r, "high_requires", "risk.high_requires") ?? DEFAULT_HIGH_REQUIRES,
    approvers: strings(c, "approvers"),
    exceptions: exceptionsOf(c),
    noDecisionRule: onEmpty,
    opaVersion: str(c, "opa_version"),
    opaSha256: str(c, "opa_sha256"),
    evalTimeoutMs: Math.round(
      (num(c, "eval_timeout_seconds") ?? DEFAULT_EVAL_TIMEOUT_SECONDS) * 1e3
    ),
    maxMemoryPages: Math.ceil(
      (num(c, "max_memory_mb") ?? DEFAULT_MAX_MEMORY_MB) * 1024 * 1024 / 65536
    )
  };
}

export {
  resolveConfig
};
