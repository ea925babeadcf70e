import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  canonicalJson,
  sha256Hex
} from "./chunk-HFX54I33.js";
import {
  MaestroError,
  define_MAESTRO_CODE_DIGESTS_default,
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-OZBR5WFF.js";

// action/cache/result-cache.ts
init_define_MAESTRO_CODE_DIGESTS();
import { createHmac, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync2, renameSync, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";

// action/cache/code-identity.ts
init_define_MAESTRO_CODE_DIGESTS();
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname2, join } from "node:path";
import { fileURLToPath } from "node:url";

// package.json
var package_default = {
  name: "maestro-gate",
  version: "0.1.0",
  description: "Fail-closed CI/CD policy gate for GitHub: invariants (CEL), OPA/Rego, bounded model checking, signed SLSA evidence.",
  license: "Apache-2.0",
  type: "module",
  engines: {
    node: ">=20.19"
  },
  bin: {
    "maestro-gate": "dist/cli.js"
  },
  exports: {
    ".": "./dist/cli.js",
    "./runtime": "./dist/runtime.js",
    "./runtime/testing": "./dist/runtime-testing.js"
  },
  scripts: {
    build: "tsx scripts/build.ts",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    lint: "eslint --max-warnings 0 .",
    typecheck: "tsc -p tsconfig.json",
    test: "vitest run",
    fuzz: "FUZZ_RUNS=${FUZZ_RUNS:-50000} vitest run -t fuzz",
    bench: "tsx bench/run.ts",
    demo: "tsx scripts/demo.ts",
    app: "tsx app/main.ts",
    conformance: "tsx scripts/conformance.ts",
    "check-clean": "tsx scripts/check-clean.ts",
    all: "npm run format:check && npm run lint && npm run typecheck && npm test && npm run build && npm run check-clean"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@actions/tool-cache": "^4.0.0",
    "@bufbuild/cel": "^0.6.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@open-policy-agent/opa-wasm": "^1.10.0",
    "@probot/adapter-github-actions": "^4.0.3",
    "@sigstore/bundle": "^4.0.0",
    "@sigstore/core": "^3.2.1",
    "@sigstore/protobuf-specs": "^0.5.2",
    "@sigstore/sign": "^4.1.1",
    "@sigstore/tuf": "^4.0.2",
    "@sigstore/verify": "^3.1.1",
    "@stdlib/math-base-special-gammaln": "^0.3.1",
    "@stdlib/stats-base-dists-t-quantile": "^0.2.3",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    canonicalize: "^4.0.0",
    "csv-parse": "^7.0.3",
    diff: "^8.0.4",
    "escape-html": "^1.0.3",
    "fast-xml-parser": "^5.12.1",
    "fastest-levenshtein": "^1.0.16",
    hyparquet: "^1.31.5",
    "hyparquet-compressors": "^1.1.2",
    "mdast-util-gfm": "^3.1.0",
    "mdast-util-to-markdown": "^2.2.5",
    picomatch: "^4.0.7",
    probot: "^14.3.2",
    "prom-client": "^15.1.3",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@bufbuild/cel-spec": "^0.6.1",
    "@bufbuild/protobuf": "^2.17.0",
    "@eslint/js": "^9.39.5",
    "@microsoft/sarif-multitool": "^5.7.0",
    "@octokit/openapi": "^23.0.2",
    "@octokit/webhooks-examples": "^7.6.1",
    "@sigstore/mock": "^0.11.0",
    "@types/escape-html": "^1.0.4",
    "@types/mdast": "^4.0.4",
    "@types/node": "^24.19.2",
    "@types/picomatch": "^4.0.3",
    "@types/sarif": "^2.1.7",
    "ajv-draft-04": "^1.0.0",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "fast-check": "^4.10.2",
    "hyparquet-writer": "^0.17.0",
    "mdast-util-from-markdown": "^2.1.0",
    "micromark-extension-gfm": "^3.0.0",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    tinyglobby: "^0.2.17",
    tsx: "^4.23.15",
    typescript: "~5.9",
    "typescript-eslint": "^8.73.0",
    vite: "^7.3.8",
    vitest: "^4.1.12",
    "zstd-codec": "^0.1.5"
  },
  peerDependencies: {
    "fast-check": "^4.0.0"
  },
  peerDependenciesMeta: {
    "fast-check": {
      optional: true
    }
  },
  overrides: {
    rollup: "4.67.4"
  }
};

// action/cache/module-graph.ts
init_define_MAESTRO_CODE_DIGESTS();
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
var SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
function sourceOf(fromFile, specifier) {
  const target = resolve(dirname(fromFile), specifier);
  const candidates = [target, target.replace(/\.js$/, ".ts"), `${target}.ts`, `${target}/index.ts`];
  return candidates.find((c) => /\.(ts|json)$/.test(c) && existsSync(c)) ?? (target.endsWith(".js") && existsSync(target) ? target : void 0);
}
function moduleGraph(entry) {
  const seen = /* @__PURE__ */ new Set([resolve(entry)]);
  const queue = [resolve(entry)];
  for (let file = queue.shift(); file !== void 0; file = queue.shift()) {
    if (!file.endsWith(".ts")) continue;
    for (const m of readFileSync(file, "utf8").matchAll(SPECIFIER)) {
      const next = sourceOf(file, m[1]);
      if (next !== void 0 && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen].sort();
}
function moduleGraphDigest(entry, root) {
  const files = moduleGraph(entry).map((f) => [relative(root, f), sha256Hex(readFileSync(f))]);
  return `sha256:${sha256Hex(canonicalJson(files))}`;
}

// action/cache/code-identity.ts
var fromSource = /* @__PURE__ */ new Map();
function sourceRoot() {
  const here = dirname2(fileURLToPath(import.meta.url));
  const root = join(here, "..", "..");
  return existsSync2(join(root, "action", "gates")) ? root : void 0;
}
function codeIdentity(gate) {
  const built = typeof define_MAESTRO_CODE_DIGESTS_default === "undefined" ? void 0 : define_MAESTRO_CODE_DIGESTS_default;
  if (built !== void 0) {
    const code2 = Object.hasOwn(built, gate) ? built[gate] : null;
    return { package: package_default.version, code: code2, source: code2 === null ? "unknown" : "bundle" };
  }
  if (!fromSource.has(gate)) {
    const root = sourceRoot();
    const entry = root === void 0 ? void 0 : join(root, "action", "gates", gate, "index.ts");
    fromSource.set(
      gate,
      root !== void 0 && entry !== void 0 && existsSync2(entry) ? moduleGraphDigest(entry, root) : null
    );
  }
  const code = fromSource.get(gate) ?? null;
  return { package: package_default.version, code, source: code === null ? "unknown" : "source-graph" };
}

// action/cache/result-cache.ts
var CACHE_FORMAT = "maestro-gate/result-cache/v1";
var ResultCache = class {
  constructor(dir, options) {
    this.options = options;
    if (!/^[a-z][a-z0-9_-]*$/.test(options.gate))
      throw new MaestroError("GATE_ERROR", `result cache: invalid gate name ${options.gate}`);
    this.root = join2(dir, "maestro-result-cache", "v1", options.gate);
    this.code = { ...options.code ?? codeIdentity(options.gate), tools: options.tools ?? {} };
  }
  options;
  root;
  code;
  /** The key of a set of inputs (hex sha256). */
  key(inputs) {
    return sha256Hex(
      canonicalJson({
        gate: this.options.gate,
        version: this.options.version ?? null,
        code: { package: this.code.package, code: this.code.code, tools: this.code.tools },
        inputs
      })
    );
  }
  /** True when the code is identified, so entries can be written and reused. */
  get enabled() {
    return this.code.code !== null;
  }
  pathOf(key) {
    return join2(this.root, key.slice(0, 2), `${key}.json`);
  }
  /** Looks a key up; never throws (an unreadable entry is a miss). */
  get(key) {
    if (!this.enabled) return { hit: false, reason: "the gate code cannot be identified; off" };
    if (!/^[0-9a-f]{64}$/.test(key)) return { hit: false, reason: "invalid key" };
    let text;
    try {
      text = readFileSync2(this.pathOf(key), "utf8");
    } catch {
      return { hit: false, reason: "no entry" };
    }
    let entry;
    try {
      entry = JSON.parse(text);
    } catch {
      return { hit: false, reason: "entry is not valid JSON; ignored" };
    }
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      return { hit: false, reason: "entry is not an object; ignored" };
    }
    const e = entry;
    if (e.format !== CACHE_FORMAT)
      return { hit: false, reason: "entry has an unknown format; ignored" };
    if (e.key !== key) return { hit: false, reason: "entry does not echo its key; ignored" };
    if (e.gate !== this.options.gate || e.gate_version !== (this.options.version ?? "")) {
      return { hit: false, reason: "entry was written by another gate or gate version; ignored" };
    }
    if (canonicalJson(e.code ?? null) !== canonicalJson(this.code)) {
      return { hit: false, reason: "entry was written by other code or tools; ignored" };
    }
    if (!this.options.validate(e.value))
      return { hit: false, reason: "entry value does not match the gate contract; ignored" };
    const value = e.value;
    if (this.options.secret !== void 0) {
      if (typeof e.mac !== "string") return { hit: false, reason: "entry is not signed; ignored" };
      const expected = this.mac(e);
      const a = Buffer.from(e.mac);
      const b = Buffer.from(expected);
      if (a.length !== b.length || !timingSafeEqual(a, b))
        return { hit: false, reason: "entry MAC does not verify; ignored" };
      return { hit: true, value, signed: true };
    }
    if (this.options.reuseUnsigned?.(value) === true) return { hit: true, value, signed: false };
    return {
      hit: false,
      reason: "unsigned entry (no cache secret) not trusted for this result; recomputed"
    };
  }
  /** Stores a value; write failures are reported, never fatal (the cache is an optimisation). */
  put(key, value) {
    if (!this.enabled) return { ok: false, reason: "the gate code cannot be identified" };
    const entry = {
      format: CACHE_FORMAT,
      key,
      gate: this.options.gate,
      gate_version: this.options.version ?? "",
      code: this.code,
      created: (this.options.now?.() ?? /* @__PURE__ */ new Date(0)).toISOString(),
      value
    };
    if (this.options.secret !== void 0) entry.mac = this.mac(entry);
    const path = this.pathOf(key);
    try {
      mkdirSync(join2(this.root, key.slice(0, 2)), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, `${JSON.stringify(entry)}
`);
      renameSync(tmp, path);
      return { ok: true };
    } catch (thrown) {
      return { ok: false, reason: thrown instanceof Error ? thrown.message : String(thrown) };
    }
  }
  mac(entry) {
    const { mac: _mac, ...rest } = entry;
    return `hmac-sha256:${createHmac("sha256", this.options.secret).update(canonicalJson(rest)).digest("hex")}`;
  }
};

export {
  ResultCache
};
