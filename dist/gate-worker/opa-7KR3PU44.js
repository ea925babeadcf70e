import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-VLOXLHMX.js";
import {
  require_dist
} from "./chunk-QH5BUMXO.js";
import {
  ENTRYPOINT,
  LAYOUT_ENTRYPOINT,
  NO_OPA_TOOLCHAIN,
  compilePolicy,
  exceptionName,
  fixedOpaToolchain,
  loadWasmPolicy,
  readPolicySources,
  ruleRole,
  runWithDeadline,
  underNamespace
} from "./chunk-F2ZSUPTV.js";
import "./chunk-RBU7RL4H.js";
import {
  outcome,
  sha256,
  sha256Json
} from "./chunk-HFX54I33.js";
import {
  MaestroError,
  __toESM,
  describeThrown,
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-OZBR5WFF.js";

// action/gates/opa/index.ts
init_define_MAESTRO_CODE_DIGESTS();
import { existsSync as existsSync2 } from "node:fs";
import { join as join3 } from "node:path";

// action/gates/opa/bundled.ts
init_define_MAESTRO_CODE_DIGESTS();
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var MANIFEST_FILE = "manifest.json";
function defaultBundledDir(from = dirname(fileURLToPath(import.meta.url))) {
  let dir = from;
  for (; ; ) {
    for (const candidate of [join(dir, "policies"), join(dir, "dist", "policies")]) {
      if (existsSync(join(candidate, MANIFEST_FILE))) return candidate;
    }
    const up = dirname(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
function readBundledManifest(dir) {
  const path = join(dir, MANIFEST_FILE);
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (thrown) {
    throw new MaestroError(
      "OPA_POLICY_UNREADABLE",
      `the bundled policy manifest ${path} could not be read: ${describeThrown(thrown)}. Reinstall Maestro Gate or run \`npm run build\`.`,
      { cause: thrown, location: { file: path } }
    );
  }
  const m = parsed;
  if (m === null || typeof m !== "object" || m.format !== 1 || !Array.isArray(m.bundles)) {
    throw new MaestroError(
      "OPA_POLICY_UNREADABLE",
      `the bundled policy manifest ${path} is not a format-1 manifest.`,
      {
        location: { file: path }
      }
    );
  }
  return m;
}
function readBundledWasm(dir, bundle) {
  const path = join(dir, bundle.wasm);
  let bytes;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (thrown) {
    throw new MaestroError(
      "OPA_POLICY_UNREADABLE",
      `the bundled policy ${path} could not be read: ${describeThrown(thrown)}.`,
      {
        cause: thrown,
        location: { file: path }
      }
    );
  }
  const actual = sha256(bytes);
  if (actual !== bundle.wasm_sha256) {
    throw new MaestroError(
      "OPA_POLICY_UNREADABLE",
      `the bundled policy ${path} has digest ${actual}, but its manifest records ${bundle.wasm_sha256}: it was modified. Reinstall Maestro Gate.`,
      { location: { file: path } }
    );
  }
  return bytes;
}

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

// action/gates/opa/data.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_yaml = __toESM(require_dist(), 1);
import { lstatSync, readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join2, relative, sep } from "node:path";
var MAX_DATA_FILE_BYTES = 8 * 1024 * 1024;
var DATA_EXT = /\.(json|ya?ml)$/;
function fail(file, message, cause) {
  return new MaestroError("OPA_DATA_INVALID", `data file ${file}: ${message}`, {
    ...cause !== void 0 ? { cause } : {},
    location: { file }
  });
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function mergeAt(target, path, value, file) {
  let node = target;
  for (const key of path) {
    const next = node[key];
    if (next === void 0) node[key] = {};
    else if (!isObject(next))
      throw fail(file, `conflicts with another data file at data.${path.join(".")}`);
    node = node[key];
  }
  if (!isObject(value)) {
    throw fail(
      file,
      `holds ${Array.isArray(value) ? "a list" : typeof value}; a data file must hold an object (its keys become data.${[...path, "<key>"].join(".")})`
    );
  }
  const merge = (into, from, at) => {
    for (const [k, v] of Object.entries(from)) {
      const existing = into[k];
      if (existing === void 0) into[k] = v;
      else if (isObject(existing) && isObject(v)) merge(existing, v, [...at, k]);
      else throw fail(file, `conflicts with another data file at data.${[...at, k].join(".")}`);
    }
  };
  merge(node, value, [...path]);
}
function parseFile(abs, file) {
  let text;
  try {
    const size = lstatSync(abs).size;
    if (size > MAX_DATA_FILE_BYTES)
      throw fail(file, `is ${size} bytes, more than the ${MAX_DATA_FILE_BYTES}-byte limit`);
    text = readFileSync2(abs, "utf8");
  } catch (thrown) {
    if (thrown instanceof MaestroError) throw thrown;
    throw fail(file, `cannot be read (${describeThrown(thrown)})`, thrown);
  }
  try {
    return file.endsWith(".json") ? JSON.parse(text) : (0, import_yaml.parse)(text);
  } catch (thrown) {
    throw fail(
      file,
      `is not valid ${file.endsWith(".json") ? "JSON" : "YAML"} (${describeThrown(thrown)})`,
      thrown
    );
  }
}
function loadPolicyData(baseDir, paths) {
  const document = {};
  const files = [];
  for (const configured of paths) {
    const root = join2(baseDir, configured);
    let stat;
    try {
      stat = lstatSync(root);
    } catch (thrown) {
      throw fail(configured, "does not exist on the base branch", thrown);
    }
    if (stat.isSymbolicLink())
      throw fail(configured, "is a symbolic link; data paths must be plain files or directories");
    if (stat.isFile()) {
      files.push(configured);
      mergeAt(document, [], parseFile(root, configured), configured);
      continue;
    }
    const walk = (dir) => {
      const entries = readdirSync(dir, { withFileTypes: true }).sort(
        (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
      );
      for (const entry of entries) {
        if (entry.name.startsWith(".")) continue;
        const abs = join2(dir, entry.name);
        const rel = relative(baseDir, abs).split(sep).join("/");
        if (entry.isSymbolicLink())
          throw fail(rel, "is a symbolic link; data files must be plain files");
        if (entry.isDirectory()) walk(abs);
        else if (entry.isFile() && DATA_EXT.test(entry.name)) {
          const under = relative(root, dir).split(sep).filter((s) => s !== "");
          files.push(rel);
          mergeAt(document, under, parseFile(abs, rel), rel);
        }
      }
    };
    walk(root);
  }
  files.sort();
  return { document, files, digest: sha256Json(document) };
}

// action/gates/opa/decide.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/opa/exceptions.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_picomatch = __toESM(require_picomatch(), 1);
function expired(exception, now) {
  return exception.expires !== void 0 && now.toISOString().slice(0, 10) > exception.expires;
}
function applyExceptions(results, ruleExceptions, policySuppressions, configured, now, configFile) {
  const findings = [];
  const applied = [];
  const byRule = /* @__PURE__ */ new Map();
  for (const e of ruleExceptions) {
    const key = `${e.policy}\0${e.package}\0${e.rule}`;
    if (byRule.has(key)) continue;
    const record = {
      kind: "rule",
      id: `${e.package}.${e.rule}`,
      reason: `exception names ${e.name === "" ? 'the bare rule ("")' : `"${e.name}"`}`,
      source: `policy ${e.policy} (data.${e.package}.exception)`,
      suppressed: []
    };
    byRule.set(key, record);
    applied.push(record);
  }
  const suppressors = [];
  for (const e of policySuppressions) {
    suppressors.push({
      id: e.id,
      ...e.file !== void 0 ? { file: e.file } : {},
      reason: e.reason ?? "(no reason given)",
      source: `policy ${e.policy}${e.package !== void 0 ? ` (data.${e.package}.suppress)` : ""}`
    });
  }
  const expiredOnes = [];
  for (const e of configured) {
    if (expired(e, now)) {
      expiredOnes.push(e);
      findings.push({
        level: "warning",
        message: `opa: the configured exception for \`${e.id}\` expired on ${e.expires} and no longer applies. Fix the finding, or renew the exception with a reason.`,
        file: configFile,
        rule: "opa:exception"
      });
      continue;
    }
    suppressors.push({
      id: e.id,
      ...e.file !== void 0 ? { file: e.file } : {},
      reason: e.reason,
      source: "config gates.opa.exceptions",
      ...e.expires !== void 0 ? { expires: e.expires } : {}
    });
  }
  for (const s of suppressors) {
    if (s.file !== void 0) s.test = (0, import_picomatch.default)(s.file, { dot: true });
  }
  const records = /* @__PURE__ */ new Map();
  const active = [];
  for (const result of results) {
    const suppressed = {
      kind: result.kind,
      policy: result.policy,
      rule: `${result.package}.${result.rule}`,
      msg: result.msg,
      ...result.file !== void 0 ? { file: result.file } : {}
    };
    const rule = byRule.get(`${result.policy}\0${result.package}\0${result.rule}`);
    if (rule !== void 0) {
      rule.suppressed.push(suppressed);
      continue;
    }
    const by = suppressors.find(
      (s) => result.id === s.id && (s.test === void 0 || result.file !== void 0 && s.test(result.file))
    );
    if (by === void 0) {
      active.push(result);
      continue;
    }
    let record = records.get(by);
    if (record === void 0) {
      record = {
        kind: "result",
        id: by.id,
        ...by.file !== void 0 ? { file: by.file } : {},
        reason: by.reason,
        source: by.source,
        ...by.expires !== void 0 ? { expires: by.expires } : {},
        suppressed: []
      };
      records.set(by, record);
      applied.push(record);
    }
    record.suppressed.push(suppressed);
  }
  return { active, applied, expired: expiredOnes, findings };
}

// action/gates/opa/decide.ts
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function firstMessages(results, kind) {
  const msgs = results.filter((r) => r.kind === kind).map((r) => r.file && !r.msg.includes(r.file) ? `${r.file}: ${r.msg}` : r.msg);
  return msgs.slice(0, 3).join("; ") + (msgs.length > 3 ? `; and ${msgs.length - 3} more` : "");
}
function resultFinding(r, input) {
  return {
    level: r.kind === "deny" ? "error" : "warning",
    message: r.msg,
    rule: `${r.policy}:${r.kind}${r.id !== void 0 ? `:${r.id}` : ""}`,
    ...r.file !== void 0 ? { file: r.file } : {},
    ...r.line !== void 0 ? { line: r.line } : {},
    ...r.column !== void 0 ? { column: r.column } : {},
    ...r.kind === "warn" ? {} : {
      counterexample: {
        kind: "opa-result",
        steps: [
          {
            policy: r.policy,
            package: r.package,
            rule: r.rule,
            kind: r.kind,
            msg: r.msg,
            ...r.id !== void 0 ? { id: r.id } : {},
            ...r.file !== void 0 ? { file: r.file } : {},
            ...r.metadata,
            ...r.file !== void 0 ? { changed_file: input.changed_files.find((f) => f.path === r.file) ?? null } : {}
          }
        ],
        ...r.file !== void 0 ? { location: { file: r.file, ...r.line !== void 0 ? { line: r.line } : {} } } : {}
      }
    }
  };
}
function emptyPackages(evaluated) {
  const out = [];
  for (const p of evaluated) {
    for (const pkg of p.layout.packages) {
      if (!p.layout.evaluated.includes(pkg.name)) continue;
      if (pkg.rules.some((r) => ruleRole(r) !== void 0)) continue;
      out.push({
        policy: p.name,
        name: pkg.name,
        ...pkg.files[0] !== void 0 ? { file: `${p.name}/${pkg.files[0]}` } : {}
      });
    }
  }
  return out;
}
function decide(ctx, d) {
  const { config, input, evaluated, configFile } = d;
  const findings = [];
  const kindRank = { deny: 0, escalate: 1, warn: 2 };
  const all = evaluated.flatMap((p) => p.verdict.results).sort(
    (a, b) => kindRank[a.kind] - kindRank[b.kind] || compare(a.file ?? "", b.file ?? "") || compare(a.msg, b.msg) || compare(a.policy, b.policy) || compare(`${a.package}.${a.rule}`, `${b.package}.${b.rule}`)
  );
  const ex = applyExceptions(
    all,
    evaluated.flatMap((p) => p.verdict.ruleExceptions),
    evaluated.flatMap((p) => p.verdict.exceptions),
    config.exceptions,
    ctx.now(),
    configFile
  );
  findings.push(...ex.findings);
  const active = ex.active;
  for (const r of active) findings.push(resultFinding(r, input));
  const risks = evaluated.flatMap((p) => p.verdict.risks);
  const classRank = { low: 0, medium: 1, high: 2 };
  let score = 0;
  let riskClass;
  const riskReasons = [];
  for (const r of risks) {
    score = Math.max(score, r.score);
    if (r.class !== void 0 && (riskClass === void 0 || classRank[r.class] > classRank[riskClass]))
      riskClass = r.class;
    riskReasons.push(...r.reasons.map((reason2) => `${r.policy}: ${reason2}`));
  }
  for (const r of active) if (r.risk !== void 0) score = Math.max(score, r.risk);
  const empty = emptyPackages(evaluated);
  for (const e of empty) {
    findings.push({
      level: config.noDecisionRule === "STOPPED" ? "error" : "warning",
      rule: "opa:no-decision-rule",
      ...e.file !== void 0 ? { file: e.file } : {},
      message: `policy ${e.policy}: package \`${e.name}\` defines no decision rule (\`deny\`, \`violation\`, \`escalate\`, \`warn\`, each optionally with a \`_suffix\`; \`exception\`, \`suppress\`, \`risk\`), so it checks nothing. Fix the rule names (a typo such as \`denies\`), or move helper packages out of the namespace \`${config.namespace}\`.`
    });
  }
  const count = (kind) => active.filter((r) => r.kind === kind).length;
  const approvers = config.approvers ?? ctx.config.owners ?? [];
  const highRisk = riskClass === "high";
  const report = {
    namespace: config.namespace,
    all_namespaces: config.allNamespaces,
    rego_version: config.regoVersion,
    input_digest: sha256Json(input),
    policies: evaluated.map((p) => ({
      name: p.name,
      source: p.source,
      digest: p.digest,
      files: p.files,
      packages: p.layout.evaluated
    })),
    ...d.data ? { data: d.data } : {},
    counts: {
      deny: count("deny"),
      escalate: count("escalate"),
      warn: count("warn"),
      suppressed: all.length - active.length,
      exceptions: ex.applied.length
    },
    exceptions: ex.applied,
    expired_exceptions: ex.expired,
    no_decision_rule: empty,
    risk: {
      score,
      ...riskClass !== void 0 ? { class: riskClass } : {},
      reasons: riskReasons,
      run_max: config.runMax
    },
    prints: evaluated.filter((p) => p.prints.length > 0).map((p) => ({ policy: p.name, lines: p.prints }))
  };
  const inputs_digest = sha256Json({
    input,
    policies: evaluated.map((p) => p.digest),
    data: d.data?.digest ?? null,
    config
  });
  const extra = { report, inputs_digest };
  if (count("deny") > 0) {
    return outcome("STOPPED", "OPA_DENY", findings, {
      ...extra,
      summary: `${count("deny")} policy denial(s): ${firstMessages(active, "deny")}`
    });
  }
  if (empty.length > 0 && config.noDecisionRule === "STOPPED") {
    return outcome("STOPPED", "OPA_NO_DECISION_RULE", findings, {
      ...extra,
      summary: `package(s) ${empty.map((e) => e.name).join(", ")} define no decision rule`
    });
  }
  let reason;
  let summary = "";
  const required = highRisk ? config.highRequires : 1;
  const groups = approvers;
  if (empty.length > 0) {
    reason = "OPA_NO_DECISION_RULE";
    summary = `package(s) ${empty.map((e) => e.name).join(", ")} define no decision rule: nothing was checked there`;
  } else if (count("escalate") > 0) {
    reason = "OPA_ESCALATE";
    summary = `${count("escalate")} policy escalation(s): ${firstMessages(active, "escalate")}`;
  } else if (score > config.runMax || highRisk) {
    reason = "OPA_RISK_ABOVE_THRESHOLD";
    summary = `risk ${score.toFixed(2)}${riskClass ? ` (${riskClass})` : ""} is above the run threshold ${config.runMax}`;
    findings.push({
      level: "warning",
      rule: "opa:risk",
      message: `opa: risk score ${score.toFixed(2)}${riskClass ? `, class ${riskClass}` : ""} exceeds ${highRisk && score <= config.runMax ? "the class limit" : `the run threshold ${config.runMax}`}${riskReasons.length ? `: ${riskReasons.join("; ")}` : ""}.`
    });
  }
  if (reason !== void 0) {
    return outcome("PAUSE_FOR_HITL", reason, findings, {
      ...extra,
      summary,
      required_approvals: required,
      approver_groups: [...groups]
    });
  }
  if (count("warn") > 0) {
    return outcome("RUN", "OPA_WARN", findings, {
      ...extra,
      summary: `${count("warn")} policy warning(s)`
    });
  }
  return outcome("RUN", "OK", findings, {
    ...extra,
    summary: `${evaluated.length} polic${evaluated.length === 1 ? "y" : "ies"} passed`
  });
}

// action/gates/opa/input.ts
init_define_MAESTRO_CODE_DIGESTS();
var INPUT_SCHEMA_VERSION = 1;
function buildInput(facts) {
  const files = [...facts.changedFiles ?? []].map((f) => ({
    path: f.path,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    ...f.previous_path !== void 0 ? { previous_path: f.previous_path } : {}
  })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const pr = facts.pr;
  return {
    schema_version: INPUT_SCHEMA_VERSION,
    pull_request: pr === void 0 ? null : {
      number: pr.number,
      title: pr.title,
      author: pr.author,
      draft: pr.draft,
      labels: [...pr.labels].sort(),
      repository: pr.repository,
      base: { ref: pr.base.ref, sha: pr.base.sha },
      head: { ref: pr.head.ref, sha: pr.head.sha }
    },
    changed_files: files,
    totals: {
      files: files.length,
      additions: files.reduce((n, f) => n + f.additions, 0),
      deletions: files.reduce((n, f) => n + f.deletions, 0)
    },
    gates: facts.priorResults.map((r) => ({
      gate: r.gate,
      decision: r.decision,
      reason_code: r.reason_code,
      sealed: r.sealed,
      findings: r.findings.length
    })),
    thresholds: { run_max: facts.runMax, high_requires: facts.highRequires }
  };
}

// action/gates/opa/results.ts
init_define_MAESTRO_CODE_DIGESTS();
var RISK_CLASSES = ["low", "medium", "high"];
var RESERVED = /* @__PURE__ */ new Set(["msg", "id", "file", "line", "column", "risk"]);
function malformed(w, what, shape = "any") {
  const matching = w.defs.filter((d) => shape === "any" || d.set === (shape === "item"));
  const defs = matching.length > 0 ? matching : w.defs;
  const first = defs[0];
  const pos = (d) => `${w.fileOf ? w.fileOf(d.file) : `${w.policy}/${d.file}`}:${d.line}:${d.column}`;
  const at = first === void 0 ? "" : ` (${pos(first)}${defs.length > 1 ? `, and ${defs.slice(1).map(pos).join(", ")}` : ""})`;
  return new MaestroError(
    "OPA_RESULT_MALFORMED",
    `policy ${w.policy}: rule \`${w.name}\`${at} ${what}. Results must be strings or objects {msg, ...metadata} (docs/policies.md).`,
    first !== void 0 && w.fileOf ? { location: { file: w.fileOf(first.file), line: first.line, column: first.column } } : {}
  );
}
function show(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function interpretResult(doc, policy, locator = {}) {
  const verdict = { results: [], exceptions: [], ruleExceptions: [], risks: [] };
  if (doc === void 0) return verdict;
  const whereOf = (pkg, rule) => ({
    policy,
    name: pkg === "" ? rule : `${pkg}.${rule}`,
    defs: locator.layout?.packages.find((p) => p.name === pkg)?.defs?.[rule] ?? [],
    fileOf: locator.fileOf
  });
  if (!isPlainObject(doc))
    throw malformed(
      whereOf("", "result"),
      `evaluated to ${show(doc)} instead of an object of rules`
    );
  const keys = Object.keys(doc).sort();
  const exempt = /* @__PURE__ */ new Map();
  for (const key of keys) {
    const cut = key.lastIndexOf(":");
    const pkg = key.slice(0, cut);
    const rule = key.slice(cut + 1);
    const value = doc[key];
    const role = ruleRole(rule);
    const where = whereOf(pkg, rule);
    if (role === "deny" || role === "warn" || role === "escalate") {
      if (!Array.isArray(value))
        throw malformed(
          where,
          `is ${show(value)}, not a set (write \`${rule} contains msg if { ... }\`)`,
          "whole"
        );
      for (const item of value) verdict.results.push(readResult(item, role, where, pkg, rule));
    } else if (role === "exception") {
      exempt.set(pkg, readRuleExceptions(value, where));
    } else if (role === "suppress") {
      verdict.exceptions.push(...readExceptions(value, where, pkg));
    } else if (role === "risk") {
      const risk = readRisk(value, where);
      if (risk) verdict.risks.push(risk);
    }
  }
  const rulesOf = /* @__PURE__ */ new Map();
  for (const key of keys) {
    const cut = key.lastIndexOf(":");
    const pkg = key.slice(0, cut);
    const rule = key.slice(cut + 1);
    const role = ruleRole(rule);
    if (role !== "deny" && role !== "warn" && role !== "escalate") continue;
    const set = rulesOf.get(pkg) ?? /* @__PURE__ */ new Set();
    set.add(rule);
    rulesOf.set(pkg, set);
  }
  for (const [pkg, names] of exempt) {
    for (const rule of [...rulesOf.get(pkg) ?? []].sort()) {
      const name = exceptionName(rule);
      if (names.has(name)) verdict.ruleExceptions.push({ policy, package: pkg, rule, name });
    }
  }
  return verdict;
}
function readRuleExceptions(value, where) {
  const names = /* @__PURE__ */ new Set();
  if (!Array.isArray(value)) throw malformed(where, `is ${show(value)}, not a set`, "whole");
  const bad = (what) => malformed(where, what, "item");
  for (const item of value) {
    if (Array.isArray(item) && item.every((x) => typeof x === "string")) {
      for (const name of item) names.add(name);
      continue;
    }
    throw bad(
      `returned ${show(item)}; as in conftest, an exception is a list of rule names (\`exception contains rules if { rules := ["large_file"] }\` exempts \`deny_large_file\`). To suppress single results by id, use the \`suppress\` rule`
    );
  }
  return names;
}
function readResult(item, kind, where, pkg, rule) {
  const policy = where.policy;
  const bad = (what) => malformed(where, what, "item");
  if (typeof item === "string") {
    if (item.trim() === "") throw bad("returned an empty message");
    return { kind, policy, package: pkg, rule, msg: item, metadata: {} };
  }
  if (!isPlainObject(item)) throw bad(`returned ${show(item)}`);
  const { msg, id, file, line, column, risk } = item;
  if (typeof msg !== "string" || msg.trim() === "")
    throw bad(`returned ${show(item)} without a non-empty string \`msg\``);
  if (id !== void 0 && (typeof id !== "string" || id === ""))
    throw bad(`returned a non-string \`id\` ${show(id)}`);
  if (file !== void 0 && (typeof file !== "string" || file === ""))
    throw bad(`returned a non-string \`file\` ${show(file)}`);
  for (const [key, v] of [
    ["line", line],
    ["column", column]
  ]) {
    if (v !== void 0 && !(typeof v === "number" && Number.isInteger(v) && v >= 1)) {
      throw bad(`returned \`${key}\` ${show(v)}, not a positive integer`);
    }
  }
  if (risk !== void 0 && !(typeof risk === "number" && risk >= 0 && risk <= 1)) {
    throw bad(`returned \`risk\` ${show(risk)}, not a number in [0,1]`);
  }
  const metadata = {};
  for (const [k, v] of Object.entries(item)) if (!RESERVED.has(k)) metadata[k] = v;
  return {
    kind,
    policy,
    package: pkg,
    rule,
    msg,
    ...id !== void 0 ? { id } : {},
    ...file !== void 0 ? { file } : {},
    ...line !== void 0 ? { line } : {},
    ...column !== void 0 ? { column } : {},
    ...risk !== void 0 ? { risk } : {},
    metadata
  };
}
function readExceptions(value, where, pkg) {
  const policy = where.policy;
  const bad = (what) => malformed(where, what, "item");
  if (value === void 0) return [];
  if (!Array.isArray(value)) throw malformed(where, `is ${show(value)}, not a set`, "whole");
  const out = [];
  for (const item of value) {
    if (typeof item === "string" && item !== "") out.push({ policy, package: pkg, id: item });
    else if (isPlainObject(item) && typeof item["id"] === "string" && item["id"] !== "") {
      const { file, reason } = item;
      if (file !== void 0 && (typeof file !== "string" || file === ""))
        throw bad(`returned a non-string \`file\` ${show(file)}`);
      if (reason !== void 0 && typeof reason !== "string")
        throw bad(`returned a non-string \`reason\` ${show(reason)}`);
      out.push({
        policy,
        package: pkg,
        id: item["id"],
        ...file !== void 0 ? { file } : {},
        ...reason !== void 0 ? { reason } : {}
      });
    } else {
      throw bad(`returned ${show(item)}; a suppression is a result id or {id, file?, reason?}`);
    }
  }
  return out;
}
function readRisk(value, where) {
  const policy = where.policy;
  if (value === void 0) return void 0;
  if (typeof value === "number") {
    if (!(value >= 0 && value <= 1)) throw malformed(where, `is ${show(value)}, not in [0,1]`);
    return { policy, score: value, reasons: [] };
  }
  if (!isPlainObject(value))
    throw malformed(
      where,
      `is ${show(value)}; return a score in [0,1] or {score, class?, reasons?}`
    );
  const { score, reasons } = value;
  const cls = value["class"];
  const isClass = (c) => RISK_CLASSES.includes(c);
  if (!(typeof score === "number" && score >= 0 && score <= 1))
    throw malformed(where, `has score ${show(score)}, not a number in [0,1]`);
  if (cls !== void 0 && !isClass(cls)) {
    throw malformed(where, `has class ${show(cls)}; use one of ${RISK_CLASSES.join(", ")}`);
  }
  if (reasons !== void 0 && !(Array.isArray(reasons) && reasons.every((r) => typeof r === "string"))) {
    throw malformed(where, `has reasons ${show(reasons)}, not a list of strings`);
  }
  return {
    policy,
    score,
    ...isClass(cls) ? { class: cls } : {},
    reasons: Array.isArray(reasons) ? reasons : []
  };
}

// action/gates/opa/index.ts
var OPA_GATE_VERSION = "2";
var CONFIG_FILE = ".github/maestro.yml";
function createOpaGate(options = {}) {
  return {
    name: "opa",
    version: OPA_GATE_VERSION,
    requiredInputs(ctx) {
      const config = resolveConfig(ctx.gateConfig);
      return [
        ...config.policies.map((dir, i) => ({
          path: join3(ctx.baseDir, dir),
          description: "policy directory (read from the base branch)",
          configKey: `gates.opa.policies[${i}]`
        })),
        ...config.data.map((path, i) => ({
          path: join3(ctx.baseDir, path),
          description: "policy data path (read from the base branch)",
          configKey: `gates.opa.data[${i}]`
        }))
      ];
    },
    run: (ctx) => runOpaGate(ctx, options)
  };
}
async function runOpaGate(ctx, options) {
  const config = resolveConfig(ctx.gateConfig);
  const configFile = configFileOf(ctx);
  if (config.policies.length === 0 && !config.bundled) {
    return outcome(
      "STOPPED",
      "OPA_NOT_CONFIGURED",
      [
        {
          level: "error",
          message: `opa: the gate is enabled but has no policies: set \`gates.opa.policies\` to the directories of your .rego files (for example \`[policies]\`), or \`gates.opa.bundled: true\`, in ${configFile}.`,
          file: configFile
        }
      ],
      { summary: "OPA gate enabled without policies" }
    );
  }
  const input = buildInput({
    pr: ctx.pr,
    changedFiles: ctx.changedFiles,
    priorResults: ctx.priorResults,
    runMax: config.runMax,
    highRequires: config.highRequires
  });
  const data = config.data.length > 0 ? loadPolicyData(ctx.baseDir, config.data) : void 0;
  const modules = await loadModules(ctx, config, options);
  const inputBytes = new TextEncoder().encode(JSON.stringify(input));
  const evaluated = runWithDeadline(
    () => modules.map((m) => evaluateModule(m, inputBytes, data)),
    config.evalTimeoutMs,
    `policy ${modules.map((m) => m.name).join(", ")}: evaluation`
  );
  return decide(ctx, {
    config,
    input,
    evaluated,
    data: data ? { files: data.files, digest: data.digest } : void 0,
    configFile
  });
}
function configFileOf(ctx) {
  return ctx.configPath ?? CONFIG_FILE;
}
function evaluateModule(m, input, data) {
  try {
    if (data !== void 0) m.policy.setData(data.document);
    const value = m.policy.evaluate(input, ENTRYPOINT);
    const prints = m.policy.takePrints();
    return {
      name: m.name,
      source: m.source,
      digest: m.digest,
      files: m.files,
      layout: m.layout,
      verdict: interpretResult(value, m.name, {
        layout: m.layout,
        // Bundled policies are not files of the repository: their positions go in the message only.
        ...m.sources ? { fileOf: (rel) => `${m.name}/${rel}` } : {}
      }),
      prints
    };
  } catch (thrown) {
    throw m.sources ? locateFailure(thrown, m.sources) : thrown;
  }
}
async function loadModules(ctx, config, options) {
  const modules = [];
  const bundledDir = options.bundledDir ?? defaultBundledDir();
  let manifest;
  const manifestOf = () => {
    if (manifest === void 0 && bundledDir !== void 0)
      manifest = readBundledManifest(bundledDir);
    return manifest;
  };
  const precompiledFor = (sources) => {
    if (config.allNamespaces || config.regoVersion !== "v1") return void 0;
    if (bundledDir === void 0 || !existsSync2(join3(bundledDir, MANIFEST_FILE))) return void 0;
    return manifestOf()?.bundles.find(
      (b) => b.source_digest === sources.digest && b.namespace === config.namespace
    );
  };
  const load = async (wasm, name) => {
    const policy = await loadWasmPolicy(wasm, { name, maxMemoryPages: config.maxMemoryPages });
    return { policy, layout: readModuleLayout(policy) };
  };
  if (config.bundled) {
    if (bundledDir === void 0) {
      throw new MaestroError(
        "OPA_POLICY_UNREADABLE",
        "`gates.opa.bundled` is true but the precompiled policies (dist/policies/manifest.json) are missing from this installation. Reinstall Maestro Gate, or run `npm run build`."
      );
    }
    for (const bundle of manifestOf().bundles) {
      ctx.progress(`opa: loading bundled policy ${bundle.name}`);
      const name = `maestro-gate:${bundle.name}`;
      const wasm = readBundledWasm(bundledDir, bundle);
      modules.push({
        name,
        source: "bundled",
        digest: bundle.wasm_sha256,
        files: bundle.files,
        ...await load(wasm, name)
      });
    }
  }
  const toolchain = options.toolchain ?? (options.opaPath !== void 0 ? fixedOpaToolchain(options.opaPath) : NO_OPA_TOOLCHAIN);
  let opa;
  for (const dir of config.policies) {
    if (ctx.signal.aborted)
      throw new MaestroError("GATE_TIMEOUT", "opa: stopped before every policy was evaluated.");
    const sources = readPolicySources(join3(ctx.baseDir, dir), dir, config.namespace);
    checkSources(sources, config);
    const precompiled = precompiledFor(sources);
    if (precompiled !== void 0 && config.bundled) continue;
    let wasm;
    let source;
    if (precompiled !== void 0 && bundledDir !== void 0) {
      wasm = readBundledWasm(bundledDir, precompiled);
      source = "precompiled";
    } else {
      opa ??= await toolchain.resolve({
        pin: { version: config.opaVersion, sha256: config.opaSha256 },
        progress: ctx.progress,
        signal: ctx.signal
      });
      ctx.progress(`opa: compiling ${dir}`);
      const compiled = await compilePolicy(sources, {
        opaPath: opa.path,
        opaVersion: opa.version,
        opaSha256: opa.sha256,
        namespace: config.namespace,
        allNamespaces: config.allNamespaces,
        regoVersion: config.regoVersion,
        cacheDir: ctx.cacheDir,
        cacheSecret: ctx.cacheSecret,
        signal: ctx.signal
      });
      wasm = compiled.wasm;
      source = compiled.cached ? "cache" : "compiled";
    }
    const loaded = await load(wasm, dir).catch((thrown) => {
      throw locateFailure(thrown, sources);
    });
    if (loaded.layout.evaluated.length === 0) {
      const found = loaded.layout.packages.map((p) => p.name).join(", ") || "(none)";
      throw new MaestroError(
        "OPA_NO_POLICIES",
        `policy directory ${dir} has no package under the namespace \`${config.namespace}\` (found: ${found}). Declare \`package ${config.namespace}\` (or a sub-package), set \`gates.opa.namespace\`, or \`gates.opa.all_namespaces: true\`.`,
        { location: { file: `${dir}/${sources.files[0]?.rel ?? ""}` } }
      );
    }
    modules.push({
      name: dir,
      source,
      digest: sources.digest,
      files: sources.files.map((f) => f.rel),
      sources,
      ...loaded
    });
  }
  return modules;
}
function readModuleLayout(policy) {
  const bad = (what) => new MaestroError(
    "OPA_POLICY_LOAD_FAILED",
    `policy ${policy.name}: ${what}. Rebuild it with this version of Maestro Gate (\`npm run build\` for the bundled policies).`
  );
  if (!policy.entrypoints.includes(LAYOUT_ENTRYPOINT))
    throw bad(`the module has no \`${LAYOUT_ENTRYPOINT}\` entrypoint`);
  const value = policy.evaluate({}, LAYOUT_ENTRYPOINT);
  policy.takePrints();
  const v = value;
  if (v === null || typeof v !== "object" || !Array.isArray(v.packages) || !Array.isArray(v.evaluated) || !v.evaluated.every((e) => typeof e === "string"))
    throw bad("its layout is not {packages, evaluated}");
  const packages = [];
  for (const p of v.packages) {
    const q = p;
    const isStrings = (x) => Array.isArray(x) && x.every((s) => typeof s === "string");
    if (q === null || typeof q.name !== "string" || !isStrings(q.path) || !isStrings(q.rules) || !isStrings(q.files) || !(q.defs === void 0 || isRuleDefs(q.defs)))
      throw bad("its layout lists a malformed package");
    packages.push({
      name: q.name,
      path: q.path,
      rules: q.rules,
      files: q.files,
      ...q.defs !== void 0 ? { defs: q.defs } : {}
    });
  }
  return { packages, evaluated: v.evaluated };
}
function isRuleDefs(x) {
  if (x === null || typeof x !== "object" || Array.isArray(x)) return false;
  return Object.values(x).every(
    (list) => Array.isArray(list) && list.every((d) => {
      return d !== null && typeof d === "object" && typeof d.file === "string" && Number.isInteger(d.line) && Number.isInteger(d.column) && typeof d.set === "boolean";
    })
  );
}
function checkSources(sources, config) {
  const namespace = config.namespace;
  if (sources.files.length === 0) {
    throw new MaestroError(
      "OPA_NO_POLICIES",
      `policy directory ${sources.name} holds no .rego files on the base branch (test files are not policies). Add a policy with \`package ${namespace}\`, or remove the directory from \`gates.opa.policies\`.`,
      { location: { file: sources.name } }
    );
  }
  if (config.allNamespaces) return;
  if (!sources.files.some((f) => f.pkg !== void 0 && underNamespace(f.pkg, namespace))) {
    const found = [...new Set(sources.files.map((f) => f.pkg ?? "(none)"))].join(", ");
    throw new MaestroError(
      "OPA_NO_POLICIES",
      `policy directory ${sources.name} has no file in package \`${namespace}\` or below it (found: ${found}). Declare \`package ${namespace}\` in your policy, set \`gates.opa.namespace\`, or \`gates.opa.all_namespaces: true\`.`,
      { location: { file: `${sources.name}/${sources.files[0].rel}` } }
    );
  }
}
function locateFailure(thrown, sources) {
  if (!(thrown instanceof MaestroError) || thrown.code !== "OPA_UNSUPPORTED_BUILTIN" || thrown.location)
    return thrown;
  const builtin = /`([a-z0-9_.]+)`/.exec(thrown.message)?.[1];
  if (builtin === void 0) return thrown;
  for (const file of sources.files) {
    const lines = file.text.split("\n");
    const index = lines.findIndex(
      (l) => !l.trimStart().startsWith("#") && l.includes(`${builtin}(`)
    );
    if (index >= 0) {
      return new MaestroError(thrown.code, thrown.message, {
        cause: thrown,
        location: {
          file: `${sources.name}/${file.rel}`,
          line: index + 1,
          column: lines[index].indexOf(builtin) + 1
        }
      });
    }
  }
  return thrown;
}
export {
  OPA_GATE_VERSION,
  buildInput,
  createOpaGate
};
