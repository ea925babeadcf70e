/**
 * `npm run build`: regenerates every generated file (the config schema, the precompiled schema
 * validators, the bundled action, CLI and runtime in dist/). CI runs it and then fails on any
 * diff (scripts/check-clean.ts).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { writeBundledPolicies } from './build-policies.js';
import { codeDigestDefine, gateCodeDigests } from './code-digests.js';
import { buildConfigSchema } from './gen-schemas.js';
import { writeValidators } from './gen-validators.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

writeFileSync(join(root, 'schemas/maestro-config.schema.json'), await buildConfigSchema());
// After the config schema, which is one of the schemas they are compiled from.
writeValidators();

// The project's own policies ship precompiled: opa 1.10.1 must be on PATH (or in $GOPATH/bin).
if ((await writeBundledPolicies()) !== 0) process.exit(1);

const banner = {
  js: [
    "import { createRequire as __maestroCreateRequire } from 'node:module';",
    'const require = __maestroCreateRequire(import.meta.url);',
  ].join('\n'),
};

// Each gate's cached results are keyed by a digest of its built code (docs/caching.md).
const define = codeDigestDefine(await gateCodeDigests(root));

/**
 * The closure compiler (action/cel/closure/parse.ts) needs only `@bufbuild/cel`'s parser. Through
 * the package's index, which `check` also imports, esbuild puts the library's evaluator (planner,
 * standard functions, RE2) into the chunk the model checker shares with `check`: 640 KB instead
 * of 210 KB, about 35 ms more at every `maestro-gate modelcheck` start on Node 20. So the CLI's
 * build takes that one import from the package's own `parse.js`, which its index re-exports
 * unchanged; if a release moves the file, the build fails. tests/cli/lazy-commands.test.ts checks
 * the chunks. (The gate worker's model-check gate loads the library anyway, for shared
 * invariants, so its build does without.) The file keeps its package's `sideEffects: false`:
 * resolved here without it, the same file resolved from the package's own index had it, and
 * which resolution came first changed the chunks' hashes from one build to the next.
 */
const celPackage = JSON.parse(
  readFileSync(join(root, 'node_modules/@bufbuild/cel/package.json'), 'utf8'),
) as { sideEffects?: unknown };
const celParserOnly: Plugin = {
  name: 'cel-parser-only',
  setup(b) {
    b.onResolve({ filter: /^@bufbuild\/cel$/ }, (args) =>
      args.importer.endsWith(join('action', 'cel', 'closure', 'parse.ts'))
        ? {
            path: join(root, 'node_modules/@bufbuild/cel/dist/esm/parse.js'),
            ...(celPackage.sideEffects === false ? { sideEffects: false } : {}),
          }
        : undefined,
    );
  },
};

const common = {
  absWorkingDir: root,
  define,
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
} as const;

// The action runs on the runner's Node 24; the CLI and the runtime library support Node >= 20.19.
await build({ ...common, entryPoints: { index: 'action/main.ts' }, target: 'node24' });
// The CLI is a split build: `cli.js` (the bin) holds only the usage and the dispatch, and each
// command's code is its own chunk under `dist/cli/`, imported when the command is chosen
// (action/cli/main.ts), so that a short command does not compile the others' code. Code in a
// chunk finds the gate worker and the search worker one folder up (action/util/isolation.ts,
// action/gates/modelcheck/parallel-pool.ts).
rmSync(join(root, 'dist/cli'), { recursive: true, force: true });
// `maestro-gate modelcheck` runs from one CommonJS bundle of its own, loaded through V8's code
// cache (action/cli/code-cache.ts): a small model's run is mostly start, and a cache written
// after the command ran takes most of it away. Its name carries a hash of its content, which the
// cache's name carries in turn. `import.meta.url` becomes a parameter of the loader's wrapper.
const { banner: _esmBanner, ...cjsCommon } = common;
const modelcheckBundle = await build({
  ...cjsCommon,
  format: 'cjs',
  entryPoints: { modelcheck: 'action/cli/modelcheck-bundle.ts' },
  entryNames: 'cli/[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  plugins: [celParserOnly],
  define: { ...define, 'import.meta.url': '__maestroImportMetaUrl' },
  metafile: true,
  target: 'node20.19',
});
const modelcheckFile = Object.keys(modelcheckBundle.metafile.outputs).find((f) =>
  f.endsWith('.cjs'),
);
if (modelcheckFile === undefined) throw new Error('the model-check bundle was not written');
/** In the CLI's build, main.ts's model-check command is the one that loads that bundle. */
const cachedModelcheck: Plugin = {
  name: 'cached-modelcheck',
  setup(b) {
    b.onResolve({ filter: /^\.\/modelcheck-loader\.js$/ }, (args) =>
      args.importer.endsWith(join('action', 'cli', 'main.ts'))
        ? { path: join(root, 'action/cli/modelcheck-cached.ts') }
        : undefined,
    );
  },
};
await build({
  ...common,
  entryPoints: { cli: 'action/cli/bin.ts' },
  plugins: [celParserOnly, cachedModelcheck],
  define: {
    ...define,
    __MAESTRO_MODELCHECK_BUNDLE__: JSON.stringify(`./cli/${basename(modelcheckFile)}`),
  },
  splitting: true,
  chunkNames: 'cli/[name]-[hash]',
  target: 'node20.19',
});
// The runtime library is one file, so that `maestro-gate/runtime` loads without the CLI's chunks.
await build({
  ...common,
  entryPoints: { runtime: 'action/runtime/index.ts' },
  target: 'node20.19',
});
// Each gate runs in a worker thread from `gate-worker` (beside index.js and cli.js), and the
// parallel model-check search starts its threads from `mc-search-worker` (found beside the bundle
// or one folder up from a gate-worker chunk: action/gates/modelcheck/parallel-pool.ts). One split
// build, so that a worker loads only its own code (action/gates/gate-modules.ts) and the two
// entries share the model checker's chunks instead of each carrying a copy. The chunks' names
// carry a content hash, so the old ones go first.
rmSync(join(root, 'dist/gate-worker'), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: {
    'gate-worker': 'action/gates/gate-worker.ts',
    'mc-search-worker': 'action/gates/modelcheck/search-worker.ts',
  },
  splitting: true,
  chunkNames: 'gate-worker/[name]-[hash]',
  target: 'node20.19',
});
// The property-test helpers use the caller's fast-check (an optional peer dependency).
await build({
  ...common,
  entryPoints: { 'runtime-testing': 'action/runtime/testing.ts' },
  target: 'node20.19',
  external: ['fast-check'],
});
console.log('built dist/');
