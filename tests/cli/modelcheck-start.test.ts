/**
 * What `maestro-gate modelcheck` skips at start-up must not change what it answers: the shared
 * invariant index loads only for a spec that may name invariants (and then resolves them), and
 * the compile cache (Node >= 22.1) lives in the user's cache folder, changes no output, and is
 * off under NODE_DISABLE_COMPILE_CACHE.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileCacheDir } from '../../action/cli/compile-cache.js';
import { main } from '../../action/cli/main.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const NODE24 = process.env['MAESTRO_NODE24'];
const PETERSON = join(ROOT, 'tests/fixtures/modelcheck/reference/peterson.yaml');
const BUDGET = join(ROOT, 'specs/budget.yaml'); // names INV.BUDGET.CAP from invariants/

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'maestro-mc-start-'));
  dirs.push(d);
  return d;
};

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  });
  return { code, out, err };
}

describe('the invariant index loads only when a spec may name invariants', () => {
  it('a spec naming a shared invariant resolves it from --invariants', async () => {
    const r = await cli('modelcheck', BUDGET, '--invariants', join(ROOT, 'invariants'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^RUN .*budget\.yaml: budget: exhaustive, no violation/);
  });

  it('without the invariant the id does not resolve: exit 1 with its code', async () => {
    const r = await cli('modelcheck', BUDGET, '--invariants', join(tempDir(), 'none'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('failed MC_INVARIANT_NOT_FOUND');
    expect(r.err).toContain('INV.BUDGET.CAP');
  });

  it('a broken invariants folder fails the spec that needs it, not one that does not', async () => {
    const dir = join(tempDir(), 'invariants');
    mkdirSync(dir);
    writeFileSync(join(dir, 'bad.yaml'), 'id: [unclosed\n');
    const needs = await cli('modelcheck', BUDGET, '--invariants', dir);
    expect(needs.code).toBe(1);
    expect(needs.err).toMatch(/failed INV_[A-Z_]+: /);
    const none = await cli('modelcheck', PETERSON, '--invariants', dir, '--format', 'json');
    expect(none.code).toBe(0);
    expect((JSON.parse(none.out) as { decision: string }[])[0]!.decision).toBe('RUN');
  });
});

describe('the compile cache folder', () => {
  it('is under XDG_CACHE_HOME when that is absolute, else under ~/.cache', () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: '/x/cache' }, '/home/u')).toBe(
      '/x/cache/maestro-gate/compile-cache',
    );
    expect(compileCacheDir({}, '/home/u')).toBe('/home/u/.cache/maestro-gate/compile-cache');
    expect(compileCacheDir({ XDG_CACHE_HOME: 'relative' }, '/home/u')).toBe(
      '/home/u/.cache/maestro-gate/compile-cache',
    );
  });
});

const built = existsSync(CLI) && existsSync(join(ROOT, 'dist/cli'));
const node24 = NODE24 !== undefined && existsSync(NODE24) ? NODE24 : undefined;
const missing = !built
  ? 'dist/cli.js is not built (npm run build)'
  : node24 === undefined
    ? 'Node 24 is missing (MAESTRO_NODE24)'
    : undefined;

describe.skipIf(missing !== undefined && process.env['CI'] !== 'true')(
  'the built CLI under Node 24 keeps a compile cache',
  () => {
    const run = (env: Record<string, string>) =>
      spawnSync(node24!, [CLI, 'modelcheck', PETERSON, '--format', 'json'], {
        encoding: 'utf8',
        env: { ...process.env, NODE_COMPILE_CACHE: '', ...env },
        timeout: 60_000,
      });
    const decisionOf = (stdout: string) => {
      const [o] = JSON.parse(stdout) as { decision: string; stats: { distinct: number } }[];
      return [o!.decision, o!.stats.distinct];
    };

    it('fills it on the first run and answers the same on every run', () => {
      if (missing) throw new Error(missing);
      const home = tempDir();
      const cache = join(home, 'maestro-gate', 'compile-cache');
      const first = run({ XDG_CACHE_HOME: home });
      expect(first.status).toBe(0);
      expect(readdirSync(cache).length).toBeGreaterThan(0);
      const second = run({ XDG_CACHE_HOME: home });
      const off = run({ XDG_CACHE_HOME: tempDir(), NODE_DISABLE_COMPILE_CACHE: '1' });
      expect([second.status, off.status]).toEqual([0, 0]);
      expect(decisionOf(second.stdout)).toEqual(decisionOf(first.stdout));
      expect(decisionOf(off.stdout)).toEqual(decisionOf(first.stdout));
      expect([first.stderr, second.stderr, off.stderr]).toEqual(['', '', '']);
    });

    it('NODE_DISABLE_COMPILE_CACHE=1 leaves no cache behind', () => {
      if (missing) throw new Error(missing);
      const home = tempDir();
      expect(run({ XDG_CACHE_HOME: home, NODE_DISABLE_COMPILE_CACHE: '1' }).status).toBe(0);
      expect(existsSync(join(home, 'maestro-gate'))).toBe(false);
    });
  },
);
