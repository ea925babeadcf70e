import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  BOOL,
  CelCompileError,
  CelEvalError,
  CelRuntimeError,
  CelScalar,
  DEFAULT_MAX_COMPREHENSION_NESTING,
  DEFAULT_MAX_COST,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_EVAL_MS,
  DEFAULT_MAX_LENGTH,
  DOUBLE,
  DYN,
  INT,
  OPERATOR_NAMES,
  REFUSED,
  STRING,
  budgetOverrun,
  celEnv,
  celFunc,
  checkClock,
  compileClosure,
  isCelError,
  isCelList,
  isCelMap,
  isCelUint,
  listOf,
  mapOf,
  nodeAt,
  offsetFinder,
  opsFor,
  parseExpression,
  plan,
  problemsOf,
  require_ucs2length,
  step,
  withBudget
} from "./chunk-U7RRVDXZ.js";
import {
  require_picomatch
} from "./chunk-VLOXLHMX.js";
import {
  require_dist
} from "./chunk-QH5BUMXO.js";
import {
  sha256
} from "./chunk-HFX54I33.js";
import {
  MaestroError,
  __toESM,
  formatLocation,
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-OZBR5WFF.js";

// action/gates/invariants/paths.ts
init_define_MAESTRO_CODE_DIGESTS();
import { statSync as statSync2 } from "node:fs";
import { isAbsolute as isAbsolute2, sep as sep2 } from "node:path";

// action/util/contained-files.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_picomatch = __toESM(require_picomatch(), 1);
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
function isInside(rootReal, real) {
  const rel = relative(rootReal, real);
  return rel === "" || !isAbsolute(rel) && rel.split(sep)[0] !== "..";
}
function resolveContained(root, rel) {
  const rootReal = realpathSync(root);
  const posix = rel.split(sep).join("/");
  let real;
  try {
    real = realpathSync(join(root, rel));
  } catch {
    try {
      if (lstatSync(join(root, rel)).isSymbolicLink())
        return { refused: { path: posix, reason: "dangling" } };
    } catch {
    }
    return { missing: true };
  }
  if (!isInside(rootReal, real))
    return { refused: { path: posix, reason: "outside", target: real } };
  return { real };
}
function findContained(root, patterns, opts = {}) {
  const rootReal = realpathSync(root);
  const dot = opts.dot ?? false;
  const maxEntries = opts.maxEntries ?? 2e5;
  const files = /* @__PURE__ */ new Set();
  const refused = /* @__PURE__ */ new Map();
  let entries = 0;
  for (const pattern of patterns) {
    const scan = import_picomatch.default.scan(pattern);
    const base = scan.base.replace(/\/+$/, "");
    const deep = scan.glob.includes("**");
    const maxDepth = deep ? Infinity : scan.glob === "" ? 0 : scan.glob.split("/").length;
    const isMatch = (0, import_picomatch.default)(pattern, { dot });
    if (!scan.isGlob) {
      const r = resolveContained(root, pattern);
      if ("refused" in r) refused.set(r.refused.path, r.refused);
      else if ("real" in r && statSync(r.real).isFile()) files.add(pattern);
      continue;
    }
    const start = base;
    const startResolved = start === "" ? { real: rootReal } : resolveContained(root, start);
    if ("refused" in startResolved) {
      refused.set(startResolved.refused.path, startResolved.refused);
      continue;
    }
    if ("missing" in startResolved || !statSync(startResolved.real).isDirectory()) continue;
    const visited = /* @__PURE__ */ new Set([startResolved.real]);
    const walk = (absDir, relDir, depth) => {
      if (depth >= maxDepth) return;
      let list;
      try {
        list = readdirSync(absDir, { withFileTypes: true });
      } catch (thrown) {
        throw new MaestroError(
          "GATE_ERROR",
          `${relDir || "."} could not be listed while expanding ${pattern} (${thrown instanceof Error ? thrown.message : String(thrown)})`,
          { cause: thrown }
        );
      }
      for (const d of list) {
        if (++entries > maxEntries) {
          throw new MaestroError(
            "GATE_ERROR",
            `more than ${maxEntries} directory entries under ${base || "."} while expanding ${pattern}`
          );
        }
        if (!dot && d.name.startsWith(".")) continue;
        const rel = relDir === "" ? d.name : `${relDir}/${d.name}`;
        const abs = join(absDir, d.name);
        if (d.isSymbolicLink()) {
          let real;
          try {
            real = realpathSync(abs);
          } catch {
            if (isMatch(rel) || deep) refused.set(rel, { path: rel, reason: "dangling" });
            continue;
          }
          let isDir = false;
          try {
            isDir = statSync(real).isDirectory();
          } catch {
            continue;
          }
          if (!isInside(rootReal, real)) {
            if (isMatch(rel) || isDir && depth + 1 < maxDepth)
              refused.set(rel, { path: rel, reason: "outside", target: real });
            continue;
          }
          if (isDir) {
            if (!visited.has(real)) {
              visited.add(real);
              walk(real, rel, depth + 1);
            }
          } else if (isMatch(rel)) files.add(rel);
          continue;
        }
        if (d.isDirectory()) walk(abs, rel, depth + 1);
        else if (d.isFile() && isMatch(rel)) files.add(rel);
      }
    };
    walk(startResolved.real, start, 0);
  }
  return { files: [...files].sort(), refused: [...refused.values()] };
}
function describeRefusedLink(link, rootName) {
  return link.reason === "outside" ? `${link.path} is a symbolic link that resolves outside the ${rootName} (${link.target ?? "?"}); links must stay inside the repository. Commit the file itself, or point the link inside the checkout.` : `${link.path} is a symbolic link whose target does not exist; fix or remove the link.`;
}

// action/gates/invariants/paths.ts
var GLOB_CHARS = /[*?[\]{}!]/;
function isGlob(pattern) {
  return GLOB_CHARS.test(pattern);
}
function resolveInvariantFiles(root, patterns) {
  const out = /* @__PURE__ */ new Set();
  patterns.forEach((pattern, i) => {
    const key = `gates.invariants.paths[${i}]`;
    assertInside(pattern, key);
    let found = { files: [], refused: [] };
    if (isGlob(pattern)) found = findContainedOrFail(root, [pattern]);
    else {
      const r = resolveContained(root, pattern);
      if ("refused" in r) found = { files: [], refused: [r.refused] };
      else if ("real" in r) {
        const st = statSync2(r.real);
        if (st.isFile()) found = { files: [toPosix(pattern)], refused: [] };
        else if (st.isDirectory()) {
          const dir = toPosix(pattern).replace(/\/+$/, "");
          found = findContainedOrFail(root, [`${dir}/**/*.yaml`, `${dir}/**/*.yml`]);
        }
      }
    }
    const refused = refusedLinks(
      "INV_UNREADABLE",
      key,
      pattern,
      found.refused,
      "base snapshot",
      " An invariant that is not loaded is never a pass."
    );
    if (refused !== void 0) throw refused;
    if (found.files.length === 0) {
      throw new MaestroError(
        "INV_NONE_FOUND",
        `\`gates.invariants.paths[${i}]\` (${pattern}) matches no invariant file (*.yaml, *.yml). Add invariants there, or fix the path.`,
        { location: { file: pattern } }
      );
    }
    for (const f of found.files) out.add(toPosix(f));
  });
  return [...out].sort();
}
function findContainedOrFail(root, patterns) {
  try {
    return findContained(root, patterns);
  } catch (thrown) {
    throw new MaestroError(
      "INV_UNREADABLE",
      `${patterns.join(", ")}: the invariant files could not be listed (${thrown instanceof Error ? thrown.message : String(thrown)}).`,
      { cause: thrown }
    );
  }
}
function refusedLinks(code, key, pattern, refused, rootName, advice = "") {
  const link = refused[0];
  if (link === void 0) return void 0;
  const more = refused.length > 1 ? ` (${refused.length - 1} more: ${refused.slice(1, 6).map((l) => l.path).join(", ")})` : "";
  return new MaestroError(
    code,
    `\`${key}\` (${pattern}): ${describeRefusedLink(link, rootName)}${more}${advice}`,
    { location: { file: link.path } }
  );
}
function assertInside(pattern, key) {
  if (isAbsolute2(pattern) || pattern.split(/[\\/]/).includes("..")) {
    throw new MaestroError(
      "INV_INVALID",
      `\`${key}\` (${pattern}) must be a path inside the repository: no absolute paths, no \`..\`.`
    );
  }
}
function toPosix(p) {
  return sep2 === "/" ? p : p.split(sep2).join("/");
}

// action/gates/invariants/loader.ts
init_define_MAESTRO_CODE_DIGESTS();
import { isUtf8 as isUtf82 } from "node:buffer";
import { readFileSync, statSync as statSync3 } from "node:fs";
import { join as join2 } from "node:path";

// action/gates/invariants/compile.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/cel/index.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/cel/check.ts
init_define_MAESTRO_CODE_DIGESTS();
var CheckFailure = class extends Error {
  constructor(problem) {
    super(problem.message);
    this.problem = problem;
  }
  problem;
};
var TYPE_IDENTS = /* @__PURE__ */ new Set([
  "int",
  "uint",
  "double",
  "string",
  "bytes",
  "bool",
  "list",
  "map",
  "null_type",
  "type",
  "dyn"
]);
var BUILTIN_OPS = /* @__PURE__ */ new Set([
  "_&&_",
  "_||_",
  "_?_:_",
  "@not_strictly_false",
  "_[_]",
  "_[?_]",
  "_?._",
  "@in",
  "!_"
]);
function typeName(t) {
  if (t.kind === "object") {
    if (t.name === "google.protobuf.Timestamp") return "timestamp";
    if (t.name === "google.protobuf.Duration") return "duration";
  }
  return t.name;
}
function compatible(actual, declared) {
  return actual === "dyn" || declared === "dyn" || actual === declared;
}
function checkExpr(env, root, limits, declared) {
  const identifiers = /* @__PURE__ */ new Set();
  let maxDepth = 0;
  let maxNest = 0;
  const scopes = [];
  const lookupLocal = (name) => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const t = scopes[i].get(name);
      if (t !== void 0) return t;
    }
    return void 0;
  };
  const fail = (message, e, kind = "type") => {
    throw new CheckFailure({ kind, message, exprId: e.id });
  };
  const visit = (e, depth, nest) => {
    if (depth > limits.maxDepth) {
      fail(
        `expression nesting exceeds the limit of ${limits.maxDepth} levels; split it into several assertions`,
        e,
        "limit"
      );
    }
    if (depth > maxDepth) maxDepth = depth;
    const k = e.exprKind;
    switch (k.case) {
      case "constExpr":
        return constType(k.value.constantKind.case);
      case "identExpr": {
        const name = k.value.name;
        const local = lookupLocal(name);
        if (local !== void 0) return local;
        if (TYPE_IDENTS.has(name)) return "type";
        identifiers.add(name);
        if (declared !== void 0) {
          const t = declared.get(name);
          if (t === void 0) fail(`undeclared reference to '${name}'`, e);
          return t;
        }
        return "dyn";
      }
      case "selectExpr": {
        const operand = k.value.operand;
        if (operand === void 0) return "dyn";
        const t = visit(operand, depth + 1, nest);
        if (!["dyn", "map"].includes(t) && !t.includes(".")) {
          fail(`type '${t}' does not support field selection ('.${k.value.field}')`, e);
        }
        return k.value.testOnly ? "bool" : "dyn";
      }
      case "callExpr": {
        const fn = k.value.function;
        const target = k.value.target;
        const targetType = target === void 0 ? void 0 : visit(target, depth + 1, nest);
        const argTypes = k.value.args.map((a) => visit(a, depth + 1, nest));
        return callType(fn, targetType, argTypes, e);
      }
      case "listExpr": {
        for (const el of k.value.elements) visit(el, depth + 1, nest);
        return "list";
      }
      case "structExpr": {
        if (k.value.messageName !== "")
          fail(`message construction ('${k.value.messageName}{...}') is not supported`, e);
        for (const entry of k.value.entries) {
          if (entry.keyKind.case === "mapKey") {
            const kt = visit(entry.keyKind.value, depth + 1, nest);
            if (!["dyn", "int", "uint", "bool", "string"].includes(kt))
              fail(`unsupported map key type '${kt}'`, e);
          }
          if (entry.value !== void 0) visit(entry.value, depth + 1, nest);
        }
        return "map";
      }
      case "comprehensionExpr": {
        const c = k.value;
        const inner = nest + 1;
        if (inner > limits.maxComprehensionNesting) {
          fail(
            `macros (all, exists, exists_one, map, filter) are nested ${inner} deep; the limit is ${limits.maxComprehensionNesting} so that evaluation time stays bounded`,
            e,
            "limit"
          );
        }
        if (inner > maxNest) maxNest = inner;
        const rangeType = c.iterRange === void 0 ? "dyn" : visit(c.iterRange, depth + 1, nest);
        if (!["dyn", "list", "map"].includes(rangeType))
          fail(`cannot iterate over a value of type '${rangeType}'`, e);
        const accuType = c.accuInit === void 0 ? "dyn" : visit(c.accuInit, depth + 1, nest);
        scopes.push(/* @__PURE__ */ new Map([[c.accuVar, accuType]]));
        scopes.push(/* @__PURE__ */ new Map([[c.iterVar, "dyn"]]));
        if (c.loopCondition !== void 0) visit(c.loopCondition, depth + 1, inner);
        if (c.loopStep !== void 0) visit(c.loopStep, depth + 1, inner);
        scopes.pop();
        const result = c.result === void 0 ? "dyn" : visit(c.result, depth + 1, inner);
        scopes.pop();
        return result;
      }
      case void 0:
        return fail("unsupported expression", e);
    }
  };
  const callType = (fn, targetType, argTypes, e) => {
    if (BUILTIN_OPS.has(fn)) {
      if (fn === "_&&_" || fn === "_||_") {
        for (const t of argTypes) {
          if (!compatible(t, "bool"))
            fail(`operator '${fn === "_&&_" ? "&&" : "||"}' needs bool operands, got '${t}'`, e);
        }
        return "bool";
      }
      if (fn === "!_") {
        if (!compatible(argTypes[0] ?? "dyn", "bool"))
          fail(`operator '!' needs a bool operand, got '${argTypes[0]}'`, e);
        return "bool";
      }
      if (fn === "_?_:_") {
        if (!compatible(argTypes[0] ?? "dyn", "bool"))
          fail(`the condition of '?:' must be bool, got '${argTypes[0]}'`, e);
        const [a, b] = [argTypes[1] ?? "dyn", argTypes[2] ?? "dyn"];
        return a === b ? a : "dyn";
      }
      if (fn === "@in") {
        const container = argTypes[1] ?? "dyn";
        if (!["dyn", "list", "map"].includes(container))
          fail(`operator 'in' needs a list or map on the right, got '${container}'`, e);
        return "bool";
      }
      if (fn === "@not_strictly_false") return "bool";
      if (fn === "_[_]" || fn === "_[?_]") {
        const container = argTypes[0] ?? "dyn";
        if (!["dyn", "list", "map"].includes(container))
          fail(`cannot index a value of type '${container}'`, e);
        return "dyn";
      }
      return "dyn";
    }
    const group = env.funcs.find(fn);
    if (group === void 0) fail(`undeclared reference to function '${fn}'`, e);
    const arity = argTypes.length;
    const shaped = [...group].filter(
      (f) => f.target === void 0 === (targetType === void 0) && f.arguments.length === arity
    );
    const describe = () => {
      const parts = targetType === void 0 ? argTypes : [targetType, ...argTypes];
      return `'${displayName(fn)}' applied to '(${parts.join(", ")})'`;
    };
    if (shaped.length === 0) fail(`found no matching overload for ${describe()}`, e);
    const matching = shaped.filter(
      (f) => (f.target === void 0 || compatible(targetType, typeName(f.target))) && f.arguments.every((p, i) => compatible(argTypes[i], typeName(p)))
    );
    if (matching.length === 0) fail(`found no matching overload for ${describe()}`, e);
    const results = new Set(matching.map((f) => typeName(f.result)));
    return results.size === 1 ? [...results][0] : "dyn";
  };
  try {
    const type = visit(root, 1, 0);
    return {
      ok: true,
      summary: {
        type,
        depth: maxDepth,
        comprehensionNesting: maxNest,
        identifiers: [...identifiers].sort()
      }
    };
  } catch (thrown) {
    if (thrown instanceof CheckFailure) return { ok: false, problem: thrown.problem };
    if (thrown instanceof RangeError) {
      return {
        ok: false,
        problem: { kind: "limit", message: "expression is nested too deeply to check" }
      };
    }
    throw thrown;
  }
}
var CONST_TYPES = {
  boolValue: "bool",
  int64Value: "int",
  uint64Value: "uint",
  doubleValue: "double",
  stringValue: "string",
  bytesValue: "bytes",
  nullValue: "null_type",
  durationValue: "duration",
  timestampValue: "timestamp"
};
function constType(kind) {
  return (kind === void 0 ? void 0 : CONST_TYPES[kind]) ?? "dyn";
}
function displayName(fn) {
  return OPERATOR_NAMES[fn] ?? fn;
}

// action/cel/convert.ts
init_define_MAESTRO_CODE_DIGESTS();
function describeCelValue(value) {
  if (value === null) return "null";
  if (typeof value === "bigint") return `the int ${value}`;
  if (typeof value === "number") return `the double ${value}`;
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value)}`;
  if (isCelUint(value)) return `the uint ${value.value}`;
  if (isCelList(value)) return `a list of ${value.size}`;
  if (isCelMap(value)) return `a map of ${value.size}`;
  if (value instanceof Uint8Array) return "bytes";
  return typeof value === "object" ? "an object" : typeof value;
}
function toPlain(value) {
  if (value === null || typeof value !== "object") return value;
  if (isCelUint(value)) return value.value;
  if (isCelList(value)) {
    const out = [];
    for (const v of value) out.push(toPlain(v));
    return out;
  }
  if (isCelMap(value)) {
    const entries = [...value.entries()];
    if (entries.every(([k]) => typeof k === "string")) {
      const out = /* @__PURE__ */ Object.create(null);
      for (const [k, v] of entries) out[k] = toPlain(v);
      return out;
    }
    return new Map(entries.map(([k, v]) => [isCelUint(k) ? k.value : k, toPlain(v)]));
  }
  return value;
}

// action/cel/json-closure.ts
init_define_MAESTRO_CODE_DIGESTS();
var JSON_OPS = opsFor("json");
var EMPTY_BINDINGS = Object.freeze({});
var UNDECIDED = /* @__PURE__ */ Symbol("undecided");
var TYPE_OF_NAME = {
  bool: BOOL,
  int: INT,
  double: DOUBLE,
  string: STRING,
  list: listOf(DYN),
  map: mapOf(DYN, DYN)
};
function buildJson(source, opts, clock) {
  const scope = jsonScope(opts.variables);
  try {
    const compiled = compileClosure(source, {
      mode: "json",
      scope,
      qualified: (env, name) => Object.hasOwn(env.b, name),
      maxDepth: opts.maxDepth ?? DEFAULT_MAX_DEPTH,
      maxComprehensionNesting: opts.maxComprehensionNesting ?? DEFAULT_MAX_COMPREHENSION_NESTING,
      maxEvalMs: opts.maxEvalMs ?? DEFAULT_MAX_EVAL_MS,
      maxCost: opts.maxCost ?? DEFAULT_MAX_COST,
      ...clock === void 0 ? {} : { clock }
    });
    return { fn: compiled.fn, slots: compiled.slots };
  } catch {
    return void 0;
  }
}
function jsonScope(variables) {
  const scope = {
    lookup(name) {
      if (TYPE_IDENTS.has(name)) return void 0;
      const declared = variables?.[name];
      return {
        kind: "closure",
        t: (declared === void 0 ? void 0 : TYPE_OF_NAME[declared]) ?? DYN,
        fn: (env) => {
          const b = env.b;
          if (!Object.hasOwn(b, name)) throw REFUSED;
          return JSON_OPS.admit(b[name]);
        }
      };
    },
    known: () => []
  };
  return scope;
}
function jsonClosure(source, opts, clock) {
  const compiled = buildJson(source, opts, clock);
  if (compiled === void 0) return void 0;
  const { fn, slots } = compiled;
  const shared = { b: EMPTY_BINDINGS, l: new Array(slots) };
  let busy = false;
  return (b) => {
    let env = shared;
    if (busy) env = { b, l: new Array(slots) };
    else {
      busy = true;
      shared.b = b;
    }
    try {
      const v = fn(env);
      return v === true || v === false ? v : UNDECIDED;
    } catch (thrown) {
      if (thrown instanceof CelEvalError && (thrown.kind === "cost" || thrown.kind === "deadline"))
        throw new CelEvalError(thrown.kind, thrown.detail, source, void 0, thrown);
      return UNDECIDED;
    } finally {
      if (env === shared) busy = false;
    }
  };
}

// action/cel/library.ts
init_define_MAESTRO_CODE_DIGESTS();
var STEP_FUNCTION = "@maestro_step";
var LOOP_FUNCTION = "@maestro_loop";
var sharedEnv;
function celEnvironment() {
  sharedEnv ??= celEnv({
    funcs: [
      celFunc(STEP_FUNCTION, [CelScalar.DYN], CelScalar.DYN, (condition) => {
        step();
        return condition;
      }),
      celFunc(LOOP_FUNCTION, [CelScalar.DYN], CelScalar.DYN, (range) => {
        checkClock();
        return range;
      })
    ]
  });
  return sharedEnv;
}
function underBudget(limits, source, body, arg) {
  try {
    return withBudget(limits, body, arg);
  } catch (thrown) {
    if (thrown instanceof CelRuntimeError && (thrown.kind === "cost" || thrown.kind === "deadline"))
      throw new CelEvalError(thrown.kind, thrown.detail, source, void 0, thrown);
    throw thrown;
  }
}
function planLibrary(parsed, source, offsetOf, budget) {
  let fn;
  try {
    fn = plan(
      celEnvironment(),
      budget === void 0 ? parsed : metered(parsed.expr ?? {})
    );
  } catch (thrown) {
    throw new CelCompileError(
      "type",
      thrown instanceof Error ? thrown.message : String(thrown),
      source,
      0,
      thrown
    );
  }
  const run = (bindings) => {
    let value;
    try {
      value = runPlanned(fn, bindings, source);
    } catch (thrown) {
      throw budgetOverrun() ?? thrown;
    }
    const over = budgetOverrun();
    if (over !== void 0) throw over;
    if (isCelError(value)) {
      const err = value;
      throw new CelEvalError(
        "runtime",
        err.message ?? "evaluation failed",
        source,
        offsetOf(err.exprId),
        value
      );
    }
    return value;
  };
  if (budget === void 0) return run;
  return (bindings) => underBudget(budget, source, run, bindings);
}
function runPlanned(fn, bindings, source) {
  try {
    return fn(bindings);
  } catch (thrown) {
    throw new CelEvalError(
      "runtime",
      `the evaluator failed: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
      source,
      void 0,
      thrown
    );
  }
}
function metered(e) {
  const k = e.exprKind;
  switch (k.case) {
    case "selectExpr":
      return k.value.operand === void 0 ? e : {
        ...e,
        exprKind: { case: k.case, value: { ...k.value, operand: metered(k.value.operand) } }
      };
    case "callExpr":
      return {
        ...e,
        exprKind: {
          case: k.case,
          value: {
            ...k.value,
            target: k.value.target === void 0 ? void 0 : metered(k.value.target),
            args: k.value.args.map(metered)
          }
        }
      };
    case "listExpr":
      return {
        ...e,
        exprKind: { case: k.case, value: { ...k.value, elements: k.value.elements.map(metered) } }
      };
    case "structExpr":
      return {
        ...e,
        exprKind: {
          case: k.case,
          value: {
            ...k.value,
            entries: k.value.entries.map((entry) => ({
              ...entry,
              keyKind: entry.keyKind.case === "mapKey" ? { case: "mapKey", value: metered(entry.keyKind.value) } : entry.keyKind,
              value: entry.value === void 0 ? void 0 : metered(entry.value)
            }))
          }
        }
      };
    case "comprehensionExpr": {
      const c = k.value;
      const sub = (x) => x === void 0 ? x : metered(x);
      const condition = sub(c.loopCondition);
      return {
        ...e,
        exprKind: {
          case: k.case,
          value: {
            ...c,
            iterRange: c.iterRange === void 0 ? void 0 : call(LOOP_FUNCTION, metered(c.iterRange)),
            accuInit: sub(c.accuInit),
            loopCondition: condition === void 0 ? void 0 : call(STEP_FUNCTION, condition),
            loopStep: sub(c.loopStep),
            result: sub(c.result)
          }
        }
      };
    }
    case "constExpr":
    case "identExpr":
    case void 0:
      return e;
  }
}
function call(fn, arg) {
  return {
    ...arg,
    exprKind: {
      case: "callExpr",
      value: { $typeName: "cel.expr.Expr.Call", target: void 0, function: fn, args: [arg] }
    }
  };
}

// action/cel/index.ts
function compileCel(source, opts = {}) {
  const parsed = parseExpression(source, opts.maxLength ?? DEFAULT_MAX_LENGTH);
  const offsetOf = offsetFinder(parsed);
  const declared = opts.variables === void 0 ? void 0 : new Map(Object.entries(opts.variables));
  const checked = checkExpr(
    celEnvironment(),
    parsed.expr,
    {
      maxDepth: opts.maxDepth ?? DEFAULT_MAX_DEPTH,
      maxComprehensionNesting: opts.maxComprehensionNesting ?? DEFAULT_MAX_COMPREHENSION_NESTING
    },
    declared
  );
  if (!checked.ok) {
    throw new CelCompileError(
      checked.problem.kind,
      checked.problem.message,
      source,
      offsetOf(checked.problem.exprId)
    );
  }
  const summary = checked.summary;
  if (opts.expect !== void 0 && summary.type !== "dyn" && summary.type !== opts.expect) {
    throw new CelCompileError(
      "type",
      `the expression must yield ${opts.expect}, but yields ${summary.type}`,
      source,
      0
    );
  }
  const hasMacros = summary.comprehensionNesting > 0;
  const maxEvalMs = opts.maxEvalMs ?? DEFAULT_MAX_EVAL_MS;
  const clock = opts.clock ?? (() => performance.now());
  const budget = hasMacros ? { maxCost: opts.maxCost ?? DEFAULT_MAX_COST, maxEvalMs, clock } : void 0;
  const evalRaw = planLibrary(parsed, source, offsetOf, budget);
  const slowBool = (bindings) => {
    const value = evalRaw(bindings);
    if (value === true || value === false) return value;
    throw new CelEvalError(
      "type",
      `the expression yielded ${describeCelValue(value)}, not a bool`,
      source
    );
  };
  const fast = opts.fastPath === false ? void 0 : jsonClosure(source, opts, summary.comprehensionNesting > 0 ? clock : void 0);
  const predicate = fast === void 0 ? slowBool : (bindings) => {
    const v = fast(bindings);
    return v === true || v === false ? v : slowBool(bindings);
  };
  return {
    source,
    type: summary.type,
    identifiers: summary.identifiers,
    hasMacros,
    evaluate: (bindings) => {
      const raw = evalRaw(bindings);
      try {
        return toPlain(raw);
      } catch (thrown) {
        throw new CelEvalError(
          "runtime",
          `the result cannot be converted: ${String(thrown)}`,
          source,
          void 0,
          thrown
        );
      }
    },
    evaluateRaw: evalRaw,
    evalBool: budget === void 0 ? predicate : (b) => underBudget(budget, source, predicate, b)
  };
}

// action/gates/invariants/template.ts
init_define_MAESTRO_CODE_DIGESTS();
var MAX_VALUE_CHARS = 200;
var PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\s*\}\}/g;
function parseTemplate(source) {
  const parts = [];
  let last = 0;
  for (const m of source.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(source.slice(last, m.index));
    parts.push(m[1].split("."));
    last = m.index + m[0].length;
  }
  if (last < source.length) parts.push(source.slice(last));
  return { source, parts };
}
function renderTemplate(template, record) {
  let out = "";
  for (const part of template.parts) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const found = lookup(record, part);
    out += found.ok ? showValue(found.value) : `<missing ${part.join(".")}>`;
  }
  return out;
}
function lookup(record, path) {
  let node = record;
  for (const seg of path) {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return { ok: false };
    if (!Object.hasOwn(node, seg)) return { ok: false };
    node = node[seg];
  }
  return node === void 0 ? { ok: false } : { ok: true, value: node };
}
function showValue(value) {
  let text;
  try {
    if (typeof value === "string") text = value;
    else if (typeof value === "bigint") text = value.toString();
    else
      text = JSON.stringify(value, (_k, v) => typeof v === "bigint" ? v.toString() : v) ?? String(value);
  } catch {
    text = "<unprintable>";
  }
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}\u2026` : text;
}

// action/gates/invariants/yaml-positions.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_yaml = __toESM(require_dist(), 1);
function position(lines, node) {
  const pos = lines.linePos(node?.range?.[0] ?? 0);
  return { line: pos.line, column: pos.col };
}
function positionAt(lines, root, path, key = false) {
  return position(lines, nodeAt(root, path, key));
}
function exprStart(lines, text, node) {
  const start = node?.range?.[0] ?? 0;
  const pos = lines.linePos(start);
  if (!(0, import_yaml.isScalar)(node)) return { line: pos.line, column: pos.col };
  switch (node.type) {
    case "QUOTE_DOUBLE":
    case "QUOTE_SINGLE":
      return { line: pos.line, column: pos.col + 1 };
    case "BLOCK_LITERAL":
    case "BLOCK_FOLDED": {
      let lineNo = pos.line;
      let indent = 0;
      for (let i = pos.line; i < lines.lineStarts.length; i++) {
        const from = lines.lineStarts[i];
        const to = i + 1 < lines.lineStarts.length ? lines.lineStarts[i + 1] : text.length;
        const content = text.slice(from, to).replace(/\r?\n$/, "");
        if (content.trim() === "") continue;
        lineNo = i + 1;
        indent = content.length - content.trimStart().length;
        break;
      }
      return { line: lineNo, column: indent + 1, indent };
    }
    case "PLAIN":
    case void 0:
      return { line: pos.line, column: pos.col };
  }
}
function shift(start, line, column) {
  if (line <= 1) return { line: start.line, column: start.column + column - 1 };
  return { line: start.line + line - 1, column: (start.indent ?? 0) + column };
}

// action/gates/invariants/compile.ts
var DEFAULT_COOL_DOWN_MS = 3e4;
function compileInvariant(l, limits) {
  const { raw, file } = l;
  const location = { file, ...positionAt(l.lines, l.node, ["id"], true) };
  const compile = (source, path) => {
    const node = nodeAt(l.node, path);
    const start = exprStart(l.lines, l.text, node);
    try {
      const program = compileCel(source, { ...limits, expect: "bool" });
      return { source, program, location: { file, line: start.line, column: start.column } };
    } catch (thrown) {
      if (!(thrown instanceof CelCompileError)) throw thrown;
      const at = shift(start, thrown.line, thrown.column);
      const code = thrown.kind === "syntax" ? "INV_CEL_SYNTAX" : thrown.kind === "type" ? "INV_CEL_TYPE" : "INV_CEL_LIMIT";
      throw new MaestroError(
        code,
        `${file}:${at.line}:${at.column}: invariant ${raw.id}, \`${path.join(".")}\`: CEL ${thrown.kind === "limit" ? "limit exceeded" : `${thrown.kind} error`}: ${thrown.detail}`,
        { cause: thrown, location: { file, ...at } }
      );
    }
  };
  const events = [];
  let eventFilters = 0;
  const filters = [];
  (raw.when ?? []).forEach((f, i) => {
    if ("event" in f) {
      const list = Array.isArray(f.event) ? f.event : [f.event];
      if (eventFilters === 0) events.push(...list);
      else {
        const keep = events.filter((e) => list.includes(e));
        events.length = 0;
        events.push(...keep);
      }
      eventFilters++;
    } else filters.push(compile(f.expr, ["when", i, "expr"]));
  });
  const clauses = [];
  (raw.assert ?? []).forEach((a, i) => {
    clauses.push({
      op: "always",
      path: `assert[${i}]`,
      expr: compile(a.expr, ["assert", i, "expr"]),
      message: a.message === void 0 ? void 0 : parseTemplate(a.message),
      location: { file, ...positionAt(l.lines, l.node, ["assert", i]) }
    });
  });
  (raw.temporal ?? []).forEach((t, i) => {
    const base = {
      path: `temporal[${i}]`,
      message: typeof t["message"] === "string" ? parseTemplate(t["message"]) : void 0,
      location: { file, ...positionAt(l.lines, l.node, ["temporal", i]) }
    };
    const within = typeof t["within"] === "number" ? t["within"] : void 0;
    if (typeof t["always"] === "string")
      clauses.push({
        ...base,
        op: "always",
        expr: compile(t["always"], ["temporal", i, "always"])
      });
    else if (typeof t["never"] === "string")
      clauses.push({ ...base, op: "never", expr: compile(t["never"], ["temporal", i, "never"]) });
    else if (typeof t["eventually"] === "string")
      clauses.push({
        ...base,
        op: "eventually",
        within,
        expr: compile(t["eventually"], ["temporal", i, "eventually"])
      });
    else {
      const lt = t["leads_to"];
      clauses.push({
        ...base,
        op: "leads_to",
        within,
        p: compile(lt.p, ["temporal", i, "leads_to", "p"]),
        q: compile(lt.q, ["temporal", i, "leads_to", "q"])
      });
    }
  });
  const runtime = {
    onViolation: raw.runtime?.on_violation ?? (raw.severity === "low" ? "warn" : "throw"),
    failureThreshold: raw.runtime?.breaker?.failure_threshold ?? 1,
    coolDownMs: raw.runtime?.breaker?.cool_down_ms ?? DEFAULT_COOL_DOWN_MS,
    halfOpenSuccesses: raw.runtime?.breaker?.half_open_successes ?? 1
  };
  return {
    id: raw.id,
    title: raw.title,
    description: raw.description,
    severity: raw.severity,
    scope: raw.scope,
    events: eventFilters === 0 ? void 0 : [...new Set(events)],
    filters,
    clauses,
    owners: raw.owners ?? [],
    tags: raw.tags ?? [],
    runtime,
    location,
    raw
  };
}

// action/gates/invariants/parse.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_yaml2 = __toESM(require_dist(), 1);

// action/schemas/precompiled/invariant.js
init_define_MAESTRO_CODE_DIGESTS();
var __ns0 = __toESM(require_ucs2length(), 1);
function __cjs(ns) {
  const d = ns.default;
  return d !== null && typeof d === "object" && d.__esModule === true ? d : ns;
}
var __dep0 = __cjs(__ns0);
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://maestro-gate.dev/schemas/invariant.schema.json", "title": "Maestro Gate invariant", "description": "One invariant checked by the invariant gate over event traces and enforced at runtime by maestro-gate/runtime. A file in invariants/ holds one invariant, a YAML list of invariants, or several YAML documents (each one invariant or a list).", "type": "object", "additionalProperties": false, "required": ["id", "title", "severity", "scope"], "anyOf": [{ "properties": { "assert": true }, "required": ["assert"] }, { "properties": { "temporal": true }, "required": ["temporal"] }], "properties": { "id": { "description": "Unique id across all invariant files, e.g. INV.BUDGET.CAP.", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*$", "maxLength": 128 }, "title": { "type": "string", "minLength": 1, "maxLength": 200 }, "description": { "type": "string", "maxLength": 4e3 }, "severity": { "description": "critical: STOPPED (sealed); high: STOPPED; medium: PAUSE_FOR_HITL; low: reported with a warning.", "enum": ["critical", "high", "medium", "low"] }, "scope": { "description": "The record scope the invariant applies to (`scope` field of trace records); `*` for every scope.", "type": "string", "minLength": 1, "maxLength": 200 }, "when": { "description": "Filters, all of which must hold for a record to be checked.", "type": "array", "items": { "$ref": "#/$defs/filter" } }, "assert": { "description": "Assertions every matching record must satisfy (the `always` operator).", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/assertion" } }, "temporal": { "description": "Temporal clauses over the matching records of each run_id.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/temporal" } }, "owners": { "description": "Teams or people who own the invariant (shown on findings and decision cards).", "type": "array", "items": { "type": "string", "minLength": 1 } }, "tags": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "runtime": { "$ref": "#/$defs/runtime" } }, "$defs": { "cel": { "description": "A CEL expression over the record's fields (top-level fields are variables; `record` is the whole record).", "type": "string", "minLength": 1 }, "message": { "description": "Message template; `{{field}}` or `{{a.b}}` is replaced by the record's value (`<missing a.b>` when absent).", "type": "string", "minLength": 1, "maxLength": 1e3 }, "filter": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "event": { "description": "The record's `event` must equal this value (or one of these values).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "expr": { "$ref": "#/$defs/cel" } } }, "assertion": { "type": "object", "additionalProperties": false, "required": ["expr"], "properties": { "expr": { "$ref": "#/$defs/cel" }, "message": { "$ref": "#/$defs/message" } } }, "within": { "description": "Bound in events: the number of matching records of the same run_id.", "type": "integer", "minimum": 1, "maximum": 1e9 }, "temporal": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "always": { "$ref": "#/$defs/cel" }, "never": { "$ref": "#/$defs/cel" }, "eventually": { "$ref": "#/$defs/cel" }, "leads_to": { "type": "object", "additionalProperties": false, "required": ["p", "q"], "properties": { "p": { "$ref": "#/$defs/cel" }, "q": { "$ref": "#/$defs/cel" } } }, "within": { "$ref": "#/$defs/within" }, "message": { "$ref": "#/$defs/message" } }, "oneOf": [{ "properties": { "always": true, "within": false }, "required": ["always"] }, { "properties": { "never": true, "within": false }, "required": ["never"] }, { "properties": { "eventually": true }, "required": ["eventually"] }, { "properties": { "leads_to": true }, "required": ["leads_to"] }] }, "runtime": { "description": "How maestro-gate/runtime enforces the invariant inside services.", "type": "object", "additionalProperties": false, "properties": { "on_violation": { "description": "throw (default for critical, high, medium), warn (default for low), or trip the circuit breaker.", "enum": ["throw", "warn", "trip"] }, "breaker": { "type": "object", "additionalProperties": false, "properties": { "failure_threshold": { "description": "Violations before the breaker opens (default 1).", "type": "integer", "minimum": 1 }, "cool_down_ms": { "description": "Time the breaker stays open before a half-open trial (default 30000).", "type": "integer", "minimum": 0 }, "half_open_successes": { "description": "Successful trial calls needed to close again (default 1).", "type": "integer", "minimum": 1 } } } } } } };
var schema45 = { "description": "How maestro-gate/runtime enforces the invariant inside services.", "type": "object", "additionalProperties": false, "properties": { "on_violation": { "description": "throw (default for critical, high, medium), warn (default for low), or trip the circuit breaker.", "enum": ["throw", "warn", "trip"] }, "breaker": { "type": "object", "additionalProperties": false, "properties": { "failure_threshold": { "description": "Violations before the breaker opens (default 1).", "type": "integer", "minimum": 1 }, "cool_down_ms": { "description": "Time the breaker stays open before a half-open trial (default 30000).", "type": "integer", "minimum": 0 }, "half_open_successes": { "description": "Successful trial calls needed to close again (default 1).", "type": "integer", "minimum": 1 } } } } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = __dep0.default;
var pattern4 = new RegExp("^[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*$", "u");
var schema32 = { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "event": { "description": "The record's `event` must equal this value (or one of these values).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "expr": { "$ref": "#/$defs/cel" } } };
var schema33 = { "description": "A CEL expression over the record's fields (top-level fields are variables; `record` is the whole record).", "type": "string", "minLength": 1 };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "event" || key0 === "expr")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.event !== void 0) {
      let data0 = data.event;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.event.oneOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.event.oneOf[0].type, parentSchema: schema32.properties.event.oneOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs6 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err5 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.event.oneOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err6 = { instancePath: instancePath + "/event/" + i0, schemaPath: "#/properties/event/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.event.oneOf[1].items, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/event/" + i0, schemaPath: "#/properties/event/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.event.oneOf[1].items.type, parentSchema: schema32.properties.event.oneOf[1].items, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.event.oneOf[1].type, parentSchema: schema32.properties.event.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err9 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.event.oneOf, parentSchema: schema32.properties.event, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.expr !== void 0) {
      let data2 = data.expr;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err10 = { instancePath: instancePath + "/expr", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/expr", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema34 = { "type": "object", "additionalProperties": false, "required": ["expr"], "properties": { "expr": { "$ref": "#/$defs/cel" }, "message": { "$ref": "#/$defs/message" } } };
var schema36 = { "description": "Message template; `{{field}}` or `{{a.b}}` is replaced by the record's value (`<missing a.b>` when absent).", "type": "string", "minLength": 1, "maxLength": 1e3 };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.expr === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expr" }, message: "must have required property 'expr'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "expr" || key0 === "message")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.expr !== void 0) {
      let data0 = data.expr;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/expr", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/expr", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data1 = data.message;
      if (typeof data1 === "string") {
        if (func2(data1) > 1e3) {
          const err4 = { instancePath: instancePath + "/message", schemaPath: "#/$defs/message/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema36, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/message", schemaPath: "#/$defs/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/message", schemaPath: "#/$defs/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema37 = { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "always": { "$ref": "#/$defs/cel" }, "never": { "$ref": "#/$defs/cel" }, "eventually": { "$ref": "#/$defs/cel" }, "leads_to": { "type": "object", "additionalProperties": false, "required": ["p", "q"], "properties": { "p": { "$ref": "#/$defs/cel" }, "q": { "$ref": "#/$defs/cel" } } }, "within": { "$ref": "#/$defs/within" }, "message": { "$ref": "#/$defs/message" } }, "oneOf": [{ "properties": { "always": true, "within": false }, "required": ["always"] }, { "properties": { "never": true, "within": false }, "required": ["never"] }, { "properties": { "eventually": true }, "required": ["eventually"] }, { "properties": { "leads_to": true }, "required": ["leads_to"] }] };
var schema43 = { "description": "Bound in events: the number of matching records of the same run_id.", "type": "integer", "minimum": 1, "maximum": 1e9 };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.always === void 0) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "always" }, message: "must have required property 'always'", schema: schema37.oneOf[0].required, parentSchema: schema37.oneOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.within !== void 0) {
      const err1 = { instancePath: instancePath + "/within", schemaPath: "#/oneOf/0/properties/within/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema37.oneOf[0].properties.within, data: data.within };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.always = true;
    props0.within = true;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.never === void 0) {
      const err2 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "never" }, message: "must have required property 'never'", schema: schema37.oneOf[1].required, parentSchema: schema37.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.within !== void 0) {
      const err3 = { instancePath: instancePath + "/within", schemaPath: "#/oneOf/1/properties/within/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema37.oneOf[1].properties.within, data: data.within };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.never = true;
        props0.within = true;
      }
    }
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.eventually === void 0) {
        const err4 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "eventually" }, message: "must have required property 'eventually'", schema: schema37.oneOf[2].required, parentSchema: schema37.oneOf[2], data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = props0 || {};
          props0.eventually = true;
        }
      }
      const _errs5 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.leads_to === void 0) {
          const err5 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "leads_to" }, message: "must have required property 'leads_to'", schema: schema37.oneOf[3].required, parentSchema: schema37.oneOf[3], data };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          if (props0 !== true) {
            props0 = props0 || {};
            props0.leads_to = true;
          }
        }
      }
    }
  }
  if (!valid0) {
    const err6 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema37.oneOf, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err7 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "always" || key0 === "never" || key0 === "eventually" || key0 === "leads_to" || key0 === "within" || key0 === "message")) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.always !== void 0) {
      let data2 = data.always;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/always", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/always", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.never !== void 0) {
      let data3 = data.never;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err11 = { instancePath: instancePath + "/never", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/never", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.eventually !== void 0) {
      let data4 = data.eventually;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err13 = { instancePath: instancePath + "/eventually", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/eventually", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.leads_to !== void 0) {
      let data5 = data.leads_to;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.p === void 0) {
          const err15 = { instancePath: instancePath + "/leads_to", schemaPath: "#/properties/leads_to/required", keyword: "required", params: { missingProperty: "p" }, message: "must have required property 'p'", schema: schema37.properties.leads_to.required, parentSchema: schema37.properties.leads_to, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data5.q === void 0) {
          const err16 = { instancePath: instancePath + "/leads_to", schemaPath: "#/properties/leads_to/required", keyword: "required", params: { missingProperty: "q" }, message: "must have required property 'q'", schema: schema37.properties.leads_to.required, parentSchema: schema37.properties.leads_to, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "p" || key1 === "q")) {
            const err17 = { instancePath: instancePath + "/leads_to", schemaPath: "#/properties/leads_to/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.leads_to, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data5.p !== void 0) {
          let data6 = data5.p;
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err18 = { instancePath: instancePath + "/leads_to/p", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/leads_to/p", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data5.q !== void 0) {
          let data7 = data5.q;
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err20 = { instancePath: instancePath + "/leads_to/q", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data7 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/leads_to/q", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/leads_to", schemaPath: "#/properties/leads_to/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.leads_to.type, parentSchema: schema37.properties.leads_to, data: data5 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.within !== void 0) {
      let data8 = data.within;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err23 = { instancePath: instancePath + "/within", schemaPath: "#/$defs/within/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.type, parentSchema: schema43, data: data8 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 1e9 || isNaN(data8)) {
          const err24 = { instancePath: instancePath + "/within", schemaPath: "#/$defs/within/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema43, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data8 < 1 || isNaN(data8)) {
          const err25 = { instancePath: instancePath + "/within", schemaPath: "#/$defs/within/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema43, data: data8 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    if (data.message !== void 0) {
      let data9 = data.message;
      if (typeof data9 === "string") {
        if (func2(data9) > 1e3) {
          const err26 = { instancePath: instancePath + "/message", schemaPath: "#/$defs/message/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema36, data: data9 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (func2(data9) < 1) {
          const err27 = { instancePath: instancePath + "/message", schemaPath: "#/$defs/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data9 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/message", schemaPath: "#/$defs/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data9 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.assert === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "assert" }, message: "must have required property 'assert'", schema: schema31.anyOf[0].required, parentSchema: schema31.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = {};
    props0.assert = true;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.temporal === void 0) {
      const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "temporal" }, message: "must have required property 'temporal'", schema: schema31.anyOf[1].required, parentSchema: schema31.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.temporal = true;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.anyOf, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.scope === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 128) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema31.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*$"', schema: "^[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*$", parentSchema: schema31.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.id.type, parentSchema: schema31.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) > 200) {
          const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err12 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.title.type, parentSchema: schema31.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === "string") {
        if (func2(data2) > 4e3) {
          const err14 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema31.properties.description, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.description.type, parentSchema: schema31.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data3 = data.severity;
      if (!(data3 === "critical" || data3 === "high" || data3 === "medium" || data3 === "low")) {
        const err16 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.severity.enum, parentSchema: schema31.properties.severity, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data4 = data.scope;
      if (typeof data4 === "string") {
        if (func2(data4) > 200) {
          const err17 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.scope, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func2(data4) < 1) {
          const err18 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.scope, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.scope.type, parentSchema: schema31.properties.scope, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.when !== void 0) {
      let data5 = data.when;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data5[i0], { instancePath: instancePath + "/when/" + i0, parentData: data5, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.when.type, parentSchema: schema31.properties.when, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.assert !== void 0) {
      let data7 = data.assert;
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          const err21 = { instancePath: instancePath + "/assert", schemaPath: "#/properties/assert/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.assert, data: data7 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate23(data7[i1], { instancePath: instancePath + "/assert/" + i1, parentData: data7, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/assert", schemaPath: "#/properties/assert/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.assert.type, parentSchema: schema31.properties.assert, data: data7 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.temporal !== void 0) {
      let data9 = data.temporal;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err23 = { instancePath: instancePath + "/temporal", schemaPath: "#/properties/temporal/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.temporal, data: data9 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len2 = data9.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate25(data9[i2], { instancePath: instancePath + "/temporal/" + i2, parentData: data9, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/temporal", schemaPath: "#/properties/temporal/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.temporal.type, parentSchema: schema31.properties.temporal, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.owners !== void 0) {
      let data11 = data.owners;
      if (Array.isArray(data11)) {
        const len3 = data11.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data12 = data11[i3];
          if (typeof data12 === "string") {
            if (func2(data12) < 1) {
              const err25 = { instancePath: instancePath + "/owners/" + i3, schemaPath: "#/properties/owners/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.owners.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/owners/" + i3, schemaPath: "#/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.owners.items.type, parentSchema: schema31.properties.owners.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.owners.type, parentSchema: schema31.properties.owners, data: data11 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data13 = data.tags;
      if (Array.isArray(data13)) {
        const len4 = data13.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data14 = data13[i4];
          if (typeof data14 === "string") {
            if (func2(data14) < 1) {
              const err28 = { instancePath: instancePath + "/tags/" + i4, schemaPath: "#/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.tags.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/tags/" + i4, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tags.items.type, parentSchema: schema31.properties.tags.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.tags.type, parentSchema: schema31.properties.tags, data: data13 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.runtime !== void 0) {
      let data15 = data.runtime;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key1 in data15) {
          if (!(key1 === "on_violation" || key1 === "breaker")) {
            const err31 = { instancePath: instancePath + "/runtime", schemaPath: "#/$defs/runtime/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data: data15 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data15.on_violation !== void 0) {
          let data16 = data15.on_violation;
          if (!(data16 === "throw" || data16 === "warn" || data16 === "trip")) {
            const err32 = { instancePath: instancePath + "/runtime/on_violation", schemaPath: "#/$defs/runtime/properties/on_violation/enum", keyword: "enum", params: { allowedValues: schema45.properties.on_violation.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.on_violation.enum, parentSchema: schema45.properties.on_violation, data: data16 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data15.breaker !== void 0) {
          let data17 = data15.breaker;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key2 in data17) {
              if (!(key2 === "failure_threshold" || key2 === "cool_down_ms" || key2 === "half_open_successes")) {
                const err33 = { instancePath: instancePath + "/runtime/breaker", schemaPath: "#/$defs/runtime/properties/breaker/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45.properties.breaker, data: data17 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data17.failure_threshold !== void 0) {
              let data18 = data17.failure_threshold;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                const err34 = { instancePath: instancePath + "/runtime/breaker/failure_threshold", schemaPath: "#/$defs/runtime/properties/breaker/properties/failure_threshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.breaker.properties.failure_threshold.type, parentSchema: schema45.properties.breaker.properties.failure_threshold, data: data18 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (typeof data18 == "number" && isFinite(data18)) {
                if (data18 < 1 || isNaN(data18)) {
                  const err35 = { instancePath: instancePath + "/runtime/breaker/failure_threshold", schemaPath: "#/$defs/runtime/properties/breaker/properties/failure_threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.breaker.properties.failure_threshold, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
            }
            if (data17.cool_down_ms !== void 0) {
              let data19 = data17.cool_down_ms;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err36 = { instancePath: instancePath + "/runtime/breaker/cool_down_ms", schemaPath: "#/$defs/runtime/properties/breaker/properties/cool_down_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.breaker.properties.cool_down_ms.type, parentSchema: schema45.properties.breaker.properties.cool_down_ms, data: data19 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 < 0 || isNaN(data19)) {
                  const err37 = { instancePath: instancePath + "/runtime/breaker/cool_down_ms", schemaPath: "#/$defs/runtime/properties/breaker/properties/cool_down_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema45.properties.breaker.properties.cool_down_ms, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
            }
            if (data17.half_open_successes !== void 0) {
              let data20 = data17.half_open_successes;
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                const err38 = { instancePath: instancePath + "/runtime/breaker/half_open_successes", schemaPath: "#/$defs/runtime/properties/breaker/properties/half_open_successes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.breaker.properties.half_open_successes.type, parentSchema: schema45.properties.breaker.properties.half_open_successes, data: data20 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 < 1 || isNaN(data20)) {
                  const err39 = { instancePath: instancePath + "/runtime/breaker/half_open_successes", schemaPath: "#/$defs/runtime/properties/breaker/properties/half_open_successes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.breaker.properties.half_open_successes, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/runtime/breaker", schemaPath: "#/$defs/runtime/properties/breaker/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.breaker.type, parentSchema: schema45.properties.breaker, data: data17 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/runtime", schemaPath: "#/$defs/runtime/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data: data15 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
  } else {
    const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// action/gates/invariants/parse.ts
var MAX_ALIAS_COUNT = 100;
function parseInvariantText(file, text) {
  const lines = new import_yaml2.LineCounter();
  const docs = (0, import_yaml2.parseAllDocuments)(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false
  });
  const docList = Array.isArray(docs) ? docs : [];
  for (const doc of docList) {
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem !== void 0) {
      const pos = lines.linePos(problem.pos[0]);
      throw new MaestroError(
        "INV_YAML_UNPARSEABLE",
        `${file}:${pos.line}:${pos.col}: not valid YAML: ${problem.message.split("\n")[0] ?? problem.message}. Fix the YAML syntax.`,
        { location: { file, line: pos.line, column: pos.col } }
      );
    }
  }
  const out = [];
  for (const doc of docList) {
    const contents = doc.contents;
    if (contents === null || (0, import_yaml2.isScalar)(contents) && contents.value === null) continue;
    let whole;
    try {
      whole = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (thrown) {
      const pos = lines.linePos(contents.range?.[0] ?? 0);
      throw new MaestroError(
        "INV_YAML_UNPARSEABLE",
        `${file}:${pos.line}:${pos.col}: the YAML cannot be resolved (${thrown instanceof Error ? thrown.message : String(thrown)}). Remove excessive or unknown aliases.`,
        { cause: thrown, location: { file, line: pos.line, column: pos.col } }
      );
    }
    const items = (0, import_yaml2.isSeq)(contents) ? contents.items : [contents];
    const values = (0, import_yaml2.isSeq)(contents) ? whole : [whole];
    for (const [index, node] of items.entries()) {
      const value = values[index] ?? null;
      const where = position(lines, node);
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        throw new MaestroError(
          "INV_INVALID",
          `${file}:${where.line}:${where.column}: expected an invariant (a mapping with id, title, severity, scope, assert or temporal), found ${Array.isArray(value) ? "a list" : JSON.stringify(value)}.`,
          { location: { file, ...where } }
        );
      }
      const problems = problemsOf(validate, value);
      if (problems.length > 0) {
        const p = problems[0];
        const at = positionAt(lines, node, p.path);
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : "";
        const allowed = p.allowed !== void 0 ? ` Allowed: ${p.allowed.join(", ")}.` : "";
        throw new MaestroError(
          "INV_INVALID",
          `${file}:${at.line}:${at.column}: invalid invariant${typeof value.id === "string" ? ` ${value.id}` : ""}: ${p.message}.${allowed}${more} See schemas/invariant.schema.json.`,
          { location: { file, ...at } }
        );
      }
      out.push({ raw: value, file, node, lines, text });
    }
  }
  if (out.length === 0) {
    throw new MaestroError(
      "INV_INVALID",
      `${file}: the file holds no invariant. Remove it or add at least one invariant.`,
      { location: { file, line: 1, column: 1 } }
    );
  }
  return out;
}

// action/gates/invariants/utf8.ts
init_define_MAESTRO_CODE_DIGESTS();
import { isUtf8 } from "node:buffer";
function firstInvalidUtf8Line(bytes) {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      if (!isUtf8(bytes.subarray(start, i))) return line;
      line++;
      start = i + 1;
    }
  }
  return 1;
}

// action/gates/invariants/loader.ts
var DEFAULT_MAX_INVARIANT_FILE_BYTES = 1024 * 1024;
function loadInvariants(root, patterns, opts = {}) {
  const files = resolveInvariantFiles(root, patterns);
  const texts = [];
  const loaded = [];
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_INVARIANT_FILE_BYTES;
  for (const file of files) {
    let bytes;
    try {
      const size = statSync3(join2(root, file)).size;
      if (size > maxBytes) {
        throw new MaestroError(
          "INV_INVALID",
          `${file}: the invariant file is ${size} bytes; the limit is ${maxBytes}. Split it into several files.`,
          { location: { file } }
        );
      }
      bytes = readFileSync(join2(root, file));
    } catch (thrown) {
      if (thrown instanceof MaestroError) throw thrown;
      throw new MaestroError(
        "INV_UNREADABLE",
        `${file}: the invariant file could not be read (${thrown instanceof Error ? thrown.message : String(thrown)}).`,
        { cause: thrown, location: { file } }
      );
    }
    if (!isUtf82(bytes)) {
      const line = firstInvalidUtf8Line(bytes);
      throw new MaestroError(
        "INV_UNREADABLE",
        `${file}:${line}: the invariant file is not valid UTF-8. Save it as UTF-8.`,
        { location: { file, line } }
      );
    }
    loaded.push({ file, digest: sha256(bytes) });
    texts.push({ file, text: bytes.toString("utf8") });
  }
  return compileInvariantTexts(texts, opts, loaded);
}
function compileInvariantTexts(texts, opts = {}, files = texts.map((t) => ({ file: t.file, digest: sha256(t.text) }))) {
  const located = [];
  for (const t of texts) located.push(...parseInvariantText(t.file, t.text));
  const seen = /* @__PURE__ */ new Map();
  const invariants = [];
  for (const l of located) {
    const inv = compileInvariant(l, opts.limits ?? {});
    const first = seen.get(inv.id);
    if (first !== void 0) {
      throw new MaestroError(
        "INV_DUPLICATE_ID",
        `invariant id ${inv.id} is defined twice: at ${formatLocation(first)} and at ${formatLocation(inv.location)}. Ids must be unique across all invariant files; rename one.`,
        { location: inv.location }
      );
    }
    seen.set(inv.id, inv.location);
    invariants.push(inv);
  }
  return { invariants, files, byId: new Map(invariants.map((i) => [i.id, i])) };
}

export {
  renderTemplate,
  showValue,
  resolveContained,
  findContained,
  isGlob,
  refusedLinks,
  assertInside,
  toPosix,
  loadInvariants,
  compileInvariantTexts
};
