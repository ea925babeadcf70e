import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeIdentity } from '../../action/cache/code-identity.js';
import { moduleGraphDigest } from '../../action/cache/module-graph.js';
import { ResultCache } from '../../action/cache/result-cache.js';
import { codeDigestDefine, gateCodeDigests } from '../../scripts/code-digests.js';

const root = join(import.meta.dirname, '../..');

/** An esbuild plugin that appends one line to the source file ending in `suffix`. */
function edit(suffix: string, line: string): Plugin {
  return {
    name: `edit-${suffix}`,
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!args.path.endsWith(suffix)) return undefined;
        const { readFile } = await import('node:fs/promises');
        return { contents: `${await readFile(args.path, 'utf8')}\n${line}\n`, loader: 'ts' };
      });
    },
  };
}

/** Bundles the cache probe with the given gate digests, as `npm run build` bundles the action. */
async function probe(digests: Record<string, string>, dir: string): Promise<string> {
  const out = join(dir, `probe-${Math.random().toString(36).slice(2)}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'tests/cache/fixtures/cache-probe.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'silent',
    define: codeDigestDefine(digests),
  });
  return out;
}

const run = (script: string, dir: string, op: 'put' | 'get'): Record<string, unknown> =>
  JSON.parse(execFileSync(process.execPath, [script, dir, op], { encoding: 'utf8' })) as Record<
    string,
    unknown
  >;

describe('cache keys follow the code that computed the result', () => {
  let base: Record<string, string>;
  let variant: Record<string, string>;
  let unrelated: Record<string, string>;
  beforeAll(async () => {
    base = await gateCodeDigests(root);
    // A build of the model checker that differs by one line.
    variant = await gateCodeDigests(root, [
      edit(
        'action/gates/modelcheck/checker.ts',
        '(globalThis as Record<string, unknown>).__variant = 1;',
      ),
    ]);
    // A change to a file no gate imports (the text renderer).
    unrelated = await gateCodeDigests(root, [
      edit('action/render/text.ts', '(globalThis as Record<string, unknown>).__variant = 1;'),
    ]);
  }, 120_000);

  it('a one-line change to a gate changes its digest; other gates and unrelated files do not', () => {
    expect(Object.keys(base)).toEqual(expect.arrayContaining(['invariants', 'modelcheck', 'opa']));
    for (const d of Object.values(base)) expect(d).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(variant['modelcheck']).not.toBe(base['modelcheck']);
    expect(variant['invariants']).toBe(base['invariants']);
    expect(unrelated).toEqual(base);
  });

  it('an entry written by one build of a gate is not reused by another build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maestro-code-id-'));
    const cacheDir = join(dir, 'cache');
    const [a, b] = [await probe(base, dir), await probe(variant, dir)];
    expect(run(a, cacheDir, 'put')).toEqual({ ok: true });
    expect(run(a, cacheDir, 'get')).toMatchObject({ hit: true, value: { decision: 'RUN' } });
    expect(run(b, cacheDir, 'get')).toMatchObject({ hit: false });
    // The same build over the same directory still hits: the miss above is the code's doing.
    expect(run(a, cacheDir, 'get')).toMatchObject({ hit: true });
  }, 120_000);

  it('the key changes with the code digest, the package version and each tool digest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maestro-code-id-'));
    const make = (code: string, pkg = '1.0.0', tools: Record<string, string> = {}) =>
      new ResultCache<unknown>(dir, {
        gate: 'opa',
        code: { package: pkg, code, source: 'bundle' },
        tools,
        validate: (v): v is unknown => v !== undefined,
      }).key({ source: 'x' });
    const k = make('sha256:aa');
    expect(make('sha256:aa')).toBe(k);
    expect(make('sha256:bb')).not.toBe(k);
    expect(make('sha256:aa', '1.0.1')).not.toBe(k);
    expect(make('sha256:aa', '1.0.0', { opa: 'ff' })).not.toBe(
      make('sha256:aa', '1.0.0', { opa: 'ee' }),
    );
  });

  it('code that cannot be identified turns the cache off instead of sharing entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maestro-code-id-'));
    const cache = new ResultCache<{ ok: boolean }>(dir, {
      gate: 'modelcheck',
      code: { package: '1.0.0', code: null, source: 'unknown' },
      validate: (v): v is { ok: boolean } => typeof v === 'object',
      reuseUnsigned: () => true,
    });
    expect(cache.put(cache.key({}), { ok: true }).ok).toBe(false);
    expect(cache.get(cache.key({})).hit).toBe(false);
  });
});

describe('run from source: the digest of the gate module graph', () => {
  it('changes when a file the entry imports changes, not when an unrelated file does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maestro-graph-'));
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'index.ts'), "import { b } from './lib/b.js';\nexport const a = b;\n");
    writeFileSync(join(dir, 'lib/b.ts'), "export { c as b } from './c.js';\n");
    writeFileSync(join(dir, 'lib/c.ts'), 'export const c = 1;\n');
    writeFileSync(join(dir, 'other.ts'), 'export const other = 1;\n');
    const before = moduleGraphDigest(join(dir, 'index.ts'), dir);
    writeFileSync(join(dir, 'other.ts'), 'export const other = 2;\n');
    expect(moduleGraphDigest(join(dir, 'index.ts'), dir)).toBe(before);
    writeFileSync(join(dir, 'lib/c.ts'), 'export const c = 2;\n');
    expect(moduleGraphDigest(join(dir, 'index.ts'), dir)).not.toBe(before);
  });

  it('under vitest a gate is identified by its source graph', () => {
    const id = codeIdentity('modelcheck');
    expect(id).toMatchObject({ source: 'source-graph' });
    expect(id.code).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(codeIdentity('no-such-gate').code).toBeNull();
  });
});
