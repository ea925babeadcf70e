/**
 * The CLI's code cache for its own bundles (action/cli/code-cache.ts): the cache is written
 * after a run and used by the next, never read for another bundle (even one of the same length)
 * or another Node, refused caches and unwritable folders cost only speed, and
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off. Each load runs in its own process, as the CLI does,
 * so that V8's in-process script cache cannot stand in for the file.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const LOADER = pathToFileURL(join(ROOT, 'action/cli/code-cache.ts')).href;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

let work: string;
let cacheHome: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'maestro-code-cache-'));
  dirs.push(work);
  cacheHome = join(work, 'cache');
});

interface Loaded {
  state: string;
  value: unknown;
  cacheFile: string | null;
}

/** Loads `file` through the code cache in a fresh process, calls its `run()`, then saves. */
function load(file: string, env: Record<string, string> = {}): Loaded {
  const script = `
    const { loadCachedBundle } = await import(${JSON.stringify(LOADER)});
    const b = loadCachedBundle(${JSON.stringify(file)});
    const value = b.exports.run();
    b.save();
    process.stdout.write(JSON.stringify({ state: b.state, value, cacheFile: b.cacheFile ?? null }));
  `;
  const r = spawnSync(
    process.execPath,
    ['--import', TSX_LOADER, '--input-type=module', '-e', script],
    {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, XDG_CACHE_HOME: cacheHome, NODE_DISABLE_COMPILE_CACHE: '', ...env },
    },
  );
  if (r.status !== 0) throw new Error(`load failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as Loaded;
}

/** A bundle whose `run()` returns `answer` after calling a few functions (so they compile). */
function writeBundle(name: string, answer: string): string {
  const file = join(work, name);
  writeFileSync(
    file,
    [
      'function double(x) { return x * 2; }',
      'function greet(s) { return "v" + s; }',
      `exports.run = () => ({ answer: greet(${JSON.stringify(answer)}), n: double(21), url: __maestroImportMetaUrl });`,
      'exports.strict = () => { undeclared = 1; };',
      '',
    ].join('\n'),
  );
  return file;
}

const cacheFiles = (): string[] =>
  existsSync(join(cacheHome, 'maestro-gate/compile-cache/bundles'))
    ? readdirSync(join(cacheHome, 'maestro-gate/compile-cache/bundles')).sort()
    : [];

describe('the code cache of a CLI bundle', () => {
  it('is written after the first run and used by the next, with the same result', () => {
    const file = writeBundle('cmd-AAAA1111.cjs', 'one');
    const first = load(file);
    expect(first.state).toBe('miss');
    expect(first.value).toEqual({ answer: 'vone', n: 42, url: pathToFileURL(file).href });
    expect(first.cacheFile).toMatch(
      new RegExp(`cmd-AAAA1111-\\d+-\\d+-${process.version}-${process.arch}\\.v8cache$`),
    );
    expect(statSync(first.cacheFile!).size).toBeGreaterThan(0);
    const second = load(file);
    expect(second).toEqual({ ...first, state: 'hit' });
  });

  it('is not read for an edited bundle of the same length: the edit runs', () => {
    const file = writeBundle('cmd-BBBB2222.cjs', 'old');
    expect(load(file).state).toBe('miss');
    expect(load(file).state).toBe('hit');
    // Same length, other code; a later modification time, as any edit gives.
    const before = statSync(file);
    writeBundle('cmd-BBBB2222.cjs', 'new');
    expect(statSync(file).size).toBe(before.size);
    utimesSync(file, new Date(), new Date(before.mtimeMs + 5_000));
    const edited = load(file);
    expect(edited.state).toBe('miss');
    expect(edited.value).toMatchObject({ answer: 'vnew' });
  });

  it('a corrupt cache is refused by V8: the bundle runs from source and the cache is rewritten', () => {
    const file = writeBundle('cmd-CCCC3333.cjs', 'x');
    const { cacheFile } = load(file);
    writeFileSync(cacheFile!, Buffer.alloc(4096, 0x5a));
    const refused = load(file);
    expect(refused.state).toBe('rejected');
    expect(refused.value).toMatchObject({ answer: 'vx', n: 42 });
    expect(load(file).state).toBe('hit');
  });

  it('NODE_DISABLE_COMPILE_CACHE=1 turns it off: nothing is read or written', () => {
    const file = writeBundle('cmd-DDDD4444.cjs', 'y');
    const off = load(file, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(off).toMatchObject({ state: 'off', cacheFile: null, value: { answer: 'vy' } });
    expect(cacheFiles()).toEqual([]);
  });

  it('a cache folder that cannot be made costs only the speed', () => {
    const file = writeBundle('cmd-EEEE5555.cjs', 'z');
    // A plain file where the cache folder would go: mkdir fails, the command's result stands.
    writeFileSync(join(work, 'blocked'), '');
    const r = load(file, { XDG_CACHE_HOME: join(work, 'blocked') });
    expect(r).toMatchObject({ state: 'miss', value: { answer: 'vz', n: 42 } });
    expect(load(file, { XDG_CACHE_HOME: join(work, 'blocked') }).state).toBe('miss');
  });

  it('runs the bundle strict, as the ES modules it was built from', () => {
    const file = writeBundle('cmd-FFFF6666.cjs', 's');
    writeFileSync(
      file,
      `${'exports.run = () => { try { undeclared = 1; return "sloppy"; } catch (e) { return e.name; } };'}\n`,
    );
    expect(load(file).value).toBe('ReferenceError');
  });

  it('a bundle that throws while it loads throws to the caller', () => {
    const file = join(work, 'cmd-GGGG7777.cjs');
    writeFileSync(file, 'throw new Error("broken bundle");\n');
    expect(() => load(file)).toThrow(/broken bundle/);
  });

  it('keeps at most eight cache files, dropping the oldest', () => {
    for (let i = 0; i < 10; i++) load(writeBundle(`cmd-H${i}HHHHHH.cjs`, `${i}`));
    const kept = cacheFiles();
    expect(kept).toHaveLength(8);
    expect(kept.some((f) => f.startsWith('cmd-H9HHHHHH-'))).toBe(true);
    expect(kept.some((f) => f.startsWith('cmd-H0HHHHHH-'))).toBe(false);
  });
});
