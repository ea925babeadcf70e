/**
 * Each command's code loads only when it is chosen (action/cli/main.ts, the split CLI build):
 * the usage, the version, "did you mean" and the exit codes are those of the source's `main()`,
 * from the source and from the built `dist/cli.js` (under this Node and Node 24), and a command
 * whose chunk is missing from an install fails with exit 1, never a silent 0.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { main } from '../../action/cli/main.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const CHUNKS = join(ROOT, 'dist/cli');
const NODE24 = process.env['MAESTRO_NODE24'];
const PETERSON = join(ROOT, 'tests/fixtures/modelcheck/reference/peterson.yaml');

interface Run {
  code: number;
  out: string;
  err: string;
}

async function fromSource(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  });
  return { code, out, err };
}

function fromBundle(node: string, cli: string, ...argv: string[]): Run {
  return fromBundleWith({}, node, cli, ...argv);
}

function fromBundleWith(
  env: Record<string, string>,
  node: string,
  cli: string,
  ...argv: string[]
): Run {
  const r = spawnSync(node, [cli, ...argv], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** Arguments that never reach a command's work: they exercise the dispatch itself. */
const DISPATCH: string[][] = [
  [],
  ['--help'],
  ['help'],
  ['--version'],
  ['-v'],
  ['chek'],
  ['modelchek', 'x.yaml'],
  ['toString'],
  ['constructor'],
  ['check', '--formt', 'json'],
  ['check', '--help'],
  ['audit', '--help'],
  ['verify', '--help'],
  ['ope', '--help'],
  ['modelcheck', '--help'],
  ['modelcheck'],
  ['opa', 'test', '--help'],
];

describe('the dispatch, from source', () => {
  it('no command prints the usage with exit 64; --help prints it with exit 0', async () => {
    const none = await fromSource();
    expect(none.code).toBe(64);
    expect(none.out).toMatch(/^maestro-gate \S+ — fail-closed CI\/CD policy gate\n\nUsage:/);
    expect(await fromSource('--help')).toEqual({ code: 0, out: none.out, err: '' });
  });

  it('a name that is only an Object property is an unknown command, exit 64', async () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const r = await fromSource(name);
      expect(r.code).toBe(64);
      expect(r.err).toContain(`unknown command "${name}"`);
    }
  });

  it.each([
    ['check', 'Usage: maestro-gate check'],
    ['audit', 'Usage: maestro-gate audit verify'],
    ['verify', 'Usage: maestro-gate verify'],
    ['ope', 'Usage: maestro-gate ope'],
    ['modelcheck', 'Usage: maestro-gate modelcheck'],
  ])('%s --help loads the command and prints its own usage', async (name, usage) => {
    const r = await fromSource(name, '--help');
    expect(r.code).toBe(0);
    expect(r.out.startsWith(usage)).toBe(true);
  });

  it('opa test --help loads the command', async () => {
    const r = await fromSource('opa', 'test', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: maestro-gate opa test/);
  });
});

const built = existsSync(CLI) && existsSync(CHUNKS);
const mustBuild = !built && process.env['CI'] === 'true';

describe.skipIf(!built && !mustBuild)('the built CLI (dist/cli.js and its chunks)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  const nodes: [string, string][] = [['this Node', process.execPath]];
  if (NODE24 !== undefined && existsSync(NODE24)) nodes.push(['Node 24', NODE24]);

  it.each(nodes)('under %s: every dispatch case matches the source', async (_label, node) => {
    if (!built) throw new Error('dist/cli.js is not built (npm run build)');
    for (const argv of DISPATCH) {
      const want = await fromSource(...argv);
      expect({ argv, ...fromBundle(node, CLI, ...argv) }).toEqual({ argv, ...want });
    }
  });

  it('model-checks a spec from the bundle as from the source', async () => {
    if (!built) throw new Error('dist/cli.js is not built (npm run build)');
    const r = fromBundle(process.execPath, CLI, 'modelcheck', PETERSON, '--format', 'json');
    expect(r.code).toBe(0);
    const [outcome] = JSON.parse(r.out) as { decision: string; stats: { distinct: number } }[];
    const src = JSON.parse((await fromSource('modelcheck', PETERSON, '--format', 'json')).out) as {
      decision: string;
      stats: { distinct: number };
    }[];
    expect([outcome!.decision, outcome!.stats.distinct]).toEqual([
      src[0]!.decision,
      src[0]!.stats.distinct,
    ]);
  });

  it.each(nodes)(
    'under %s: modelcheck keeps its code cache after a search, and the next run gives the same result',
    (_label, node) => {
      if (!built) throw new Error('dist/cli.js is not built (npm run build)');
      const home = mkdtempSync(join(tmpdir(), 'maestro-cache-home-'));
      dirs.push(home);
      const env = { XDG_CACHE_HOME: home, NODE_DISABLE_COMPILE_CACHE: '' };
      const cacheDir = join(home, 'maestro-gate/compile-cache/bundles');
      const kept = (): string[] => (existsSync(cacheDir) ? readdirSync(cacheDir) : []);
      // A run that never searched (usage, a spec error) keeps no cache: it would lack the search.
      // A coded failure from inside the bundle keeps its code and message, as from the source.
      const bad = join(home, 'bad.yaml');
      writeFileSync(bad, 'spec: x\n');
      expect(fromBundleWith(env, node, CLI, 'modelcheck', bad)).toEqual({
        code: 1,
        out: '',
        err: `maestro-gate modelcheck: failed MC_SPEC_INVALID: ${bad}:1:1: the document is missing the required key \`variables\` (schemas/spec.schema.json).\n`,
      });
      expect(fromBundleWith(env, node, CLI, 'modelcheck', '--help').code).toBe(0);
      expect(kept()).toEqual([]);
      const result = (r: Run): unknown => {
        const [o] = JSON.parse(r.out) as { decision: string; stats: Record<string, unknown> }[];
        return [r.code, o!.decision, o!.stats['distinct'], o!.stats['generated']];
      };
      const cold = fromBundleWith(env, node, CLI, 'modelcheck', PETERSON, '--format', 'json');
      expect(kept()).toEqual([
        expect.stringMatching(/^modelcheck-[A-Z0-9]+-\d+-\d+-v[\d.]+-\w+\.v8cache$/),
      ]);
      const warm = fromBundleWith(env, node, CLI, 'modelcheck', PETERSON, '--format', 'json');
      expect(result(warm)).toEqual(result(cold));
      expect(result(cold)).toEqual([0, 'RUN', 42, 77]);
    },
  );

  it('the model-check bundle is ASCII, so that it loads as a one-byte string', () => {
    if (!built) throw new Error('dist/cli.js is not built (npm run build)');
    const bundle = readdirSync(CHUNKS).find((f) => /^modelcheck-[A-Z0-9]+\.cjs$/.test(f));
    expect(bundle).toBeDefined();
    const bytes = readFileSync(join(CHUNKS, bundle!));
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
  });

  it("a missing command chunk is exit 1 with the command's name; the others still run", () => {
    if (!built) throw new Error('dist/cli.js is not built (npm run build)');
    const dir = mkdtempSync(join(tmpdir(), 'maestro-lazy-'));
    dirs.push(dir);
    cpSync(join(ROOT, 'dist'), dir, { recursive: true });
    // A chunk the dispatch imports, then the model-check command's own bundle (the code cache's).
    for (const pattern of [/^opa-[A-Z0-9]+\.js$/, /^modelcheck-[A-Z0-9]+\.cjs$/]) {
      const command = pattern.source.startsWith('^opa')
        ? ['opa', 'test']
        : ['modelcheck', PETERSON];
      const chunk = readdirSync(join(dir, 'cli')).find((f) => pattern.test(f));
      expect(chunk).toBeDefined();
      cpSync(join(dir, 'cli', chunk!), join(dir, 'kept'));
      rmSync(join(dir, 'cli', chunk!));
      const broken = fromBundle(process.execPath, join(dir, 'cli.js'), ...command);
      expect(broken.code).toBe(1);
      expect(broken.err).toMatch(new RegExp(`^maestro-gate ${command[0]}: failed: `));
      cpSync(join(dir, 'kept'), join(dir, 'cli', chunk!));
    }
    expect(fromBundle(process.execPath, join(dir, 'cli.js'), '--version')).toEqual({
      code: 0,
      out: `${pkg.version}\n`,
      err: '',
    });
  });

  it("modelcheck's chunks carry none of the other commands' heavy packages, nor ajv's compiler", () => {
    if (!built) throw new Error('dist/cli.js is not built (npm run build)');
    const packages = bundledPackages(CHUNKS, 'modelcheck');
    expect(packages.has('yaml')).toBe(true);
    const heavy = [...packages].filter((p) =>
      /^(@sigstore\/|sigstore$|@octokit\/|@actions\/|@open-policy-agent\/|probot$|hyparquet|picomatch$)/.test(
        p,
      ),
    );
    expect(heavy).toEqual([]);
    // The schema validators are precompiled: only ajv's small run-time helpers are bundled.
    expect(bundledAjv(CHUNKS, 'modelcheck')).toEqual(['ajv/dist/runtime']);
    // The entry the bin loads is only the dispatch: no bundled package at all.
    expect(readFileSync(CLI, 'utf8')).not.toMatch(/^\/\/ node_modules\//m);
  });

  it("the model-check gate's worker chunks carry no ajv compiler either", () => {
    if (!built) throw new Error('dist/cli.js is not built (npm run build)');
    expect(bundledAjv(join(ROOT, 'dist/gate-worker'), 'modelcheck')).toEqual(['ajv/dist/runtime']);
  });

  it("modelcheck's chunks carry @bufbuild/cel's parser, not its evaluator", () => {
    if (!built) throw new Error('dist/cli.js is not built (npm run build)');
    const cel = bundledCel(CHUNKS, 'modelcheck');
    expect(cel).toContain('parser.js');
    expect(cel.filter((f) => /^(eval|planner|plan|std\/|checker)/.test(f))).toEqual([]);
    expect(bundledPackages(CHUNKS, 'modelcheck').has('@bufbuild/re2')).toBe(false);
    // The check command evaluates with the library, so its chunks keep the evaluator.
    expect(bundledCel(CHUNKS, 'check')).toContain('planner.js');
  });
});

/**
 * The chunks a `<prefix>-<hash>.js` chunk under `dir` imports, itself included, transitively;
 * for a command with its own bundle (`<prefix>-<hash>.cjs`, loaded by the dispatch itself), that
 * bundle.
 */
function chunkGraph(dir: string, prefix: string): string[] {
  const bundle = readdirSync(dir).find((f) => new RegExp(`^${prefix}-[A-Z0-9]+\\.cjs$`).test(f));
  if (bundle !== undefined) return [bundle];
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/^import\s[^;]*?from\s*"\.\/([^"]+)"/gms)) visit(m[1]!);
  };
  const entry = readdirSync(dir).find((f) => new RegExp(`^${prefix}-[A-Z0-9]+\\.js$`).test(f));
  if (entry === undefined) throw new Error(`no ${prefix} chunk in ${dir}`);
  visit(entry);
  return [...seen];
}

/** What esbuild's `// node_modules/<path>` comments before each bundled module name, matched. */
function bundledPaths(dir: string, prefix: string, pattern: RegExp): Set<string> {
  const out = new Set<string>();
  for (const file of chunkGraph(dir, prefix))
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(pattern)) out.add(m[1]!);
  return out;
}

/** The packages bundled into a chunk's graph. */
const bundledPackages = (dir: string, prefix: string): Set<string> =>
  bundledPaths(dir, prefix, /^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm);

/** The files of `@bufbuild/cel`'s `dist/esm/` bundled into a chunk's graph, sorted. */
const bundledCel = (dir: string, prefix: string): string[] =>
  [...bundledPaths(dir, prefix, /^\/\/ node_modules\/@bufbuild\/cel\/dist\/esm\/(\S+)/gm)].sort();

/** The folders of ajv's `dist/` bundled into a chunk's graph, sorted. */
const bundledAjv = (dir: string, prefix: string): string[] =>
  [...bundledPaths(dir, prefix, /^\/\/ node_modules\/(ajv\/dist\/[^/]+)\//gm)].sort();

describe('dist/cli.js is the package bin', () => {
  it('package.json names it as bin and main export', () => {
    expect(pkg.bin['maestro-gate']).toBe('dist/cli.js');
    expect(pkg.exports['.']).toBe('./dist/cli.js');
    expect(pkg.exports['./runtime']).toBe('./dist/runtime.js');
  });
});
