import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);

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

export {
  package_default
};
