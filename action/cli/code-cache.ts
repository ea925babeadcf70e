/**
 * Runs one of the CLI's CommonJS bundles with V8's code cache, written after the command ran.
 * Node's own compile cache (./compile-cache.ts, Node >= 22.1 only) keeps the code V8 compiles
 * when a module loads; most functions are compiled later, on their first call, and those it
 * does not keep. Here the cache is made from the script once the command has run, so it holds
 * every function the command used: the next run deserialises them instead of parsing and
 * compiling them again, on Node 20 as on Node 24 (about 40 ms of a small model's 115 ms on
 * Node 20 here: docs/model-checking.md).
 *
 * It is speed only. The cache file's name carries the bundle's name (which carries a hash of its
 * content), its size and modification time, and the Node version and architecture, so that
 * another bundle or Node never reads it; V8 checks its version, flags and the source's length
 * again and rejects a mismatch, and the script is then compiled from its source as without a
 * cache. The cache lives in the user's own cache folder, beside Node's compile cache, and
 * `NODE_DISABLE_COMPILE_CACHE=1` turns both off. A cache that cannot be read or written changes
 * nothing but the speed: those failures are ignored, and only those.
 */
import { isAscii } from 'node:buffer';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { compileCacheDir } from './compile-cache.js';

/** What became of the code cache: none kept, used, none yet, or refused by V8. */
export type CodeCacheState = 'off' | 'hit' | 'miss' | 'rejected';

/** A bundle that ran: its exports, and the cache to keep once the command is done. */
export interface CachedBundle<T> {
  readonly exports: T;
  readonly state: CodeCacheState;
  /** Where the cache is kept (undefined when it is off). */
  readonly cacheFile: string | undefined;
  /** Writes the cache when there was none or V8 refused it; never throws. */
  save(): void;
}

/**
 * The module wrapper: Node's CommonJS parameters, plus the bundle's `import.meta.url` (the build
 * defines it as this name). Strict, as the ES modules it was bundled from are.
 */
const HEAD =
  '(function (exports, require, module, __filename, __dirname, __maestroImportMetaUrl) {"use strict";';
const TAIL = '\n})';

/** The cache file of `file` (a bundle) for this Node, in `dir`. */
export function codeCacheFile(file: string, dir: string): string {
  const { size, mtimeMs } = statSync(file);
  const stem = basename(file).replace(/\.c?js$/, '');
  return join(
    dir,
    `${stem}-${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}.v8cache`,
  );
}

function cacheFolder(env: NodeJS.ProcessEnv): string | undefined {
  const off = env['NODE_DISABLE_COMPILE_CACHE'];
  if (off !== undefined && off !== '' && off !== '0') return undefined;
  try {
    return join(compileCacheDir(env, homedir()), 'bundles');
  } catch {
    // No home folder to keep a cache in (os.homedir throws when the user has none): no cache.
    return undefined;
  }
}

function readCache(cacheFile: string | undefined): Buffer | undefined {
  if (cacheFile === undefined) return undefined;
  try {
    return readFileSync(cacheFile);
  } catch {
    // None yet (or unreadable): compiled from source, and written after the run.
    return undefined;
  }
}

/**
 * Loads and runs the CommonJS bundle `file` (an absolute path) in this context and returns its
 * exports. A bundle that fails to load or throws while it runs throws here, as an import would.
 */
export function loadCachedBundle<T>(
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): CachedBundle<T> {
  const bytes = readFileSync(file);
  // An ASCII bundle becomes a one-byte string, which decodes and scans faster than UTF-8
  // (esbuild escapes non-ASCII characters in code; tests/cli/lazy-commands.test.ts keeps the
  // model checker's comments ASCII too).
  const source = HEAD + bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8') + TAIL;
  const dir = cacheFolder(env);
  const cacheFile = dir === undefined ? undefined : codeCacheFile(file, dir);
  const cachedData = readCache(cacheFile);
  const script = new Script(source, {
    filename: file,
    ...(cachedData !== undefined ? { cachedData } : {}),
  });
  const state: CodeCacheState =
    cacheFile === undefined
      ? 'off'
      : cachedData === undefined
        ? 'miss'
        : script.cachedDataRejected === true
          ? 'rejected'
          : 'hit';
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
    pathToFileURL(file).href,
  );
  return {
    exports: module.exports,
    state,
    cacheFile,
    save: () => {
      if (cacheFile === undefined || state === 'hit') return;
      writeCache(cacheFile, script);
    },
  };
}

/** Most cache files kept in the folder (one per bundle, Node and install in use); the oldest go. */
const MAX_CACHE_FILES = 8;

/** Writes the script's code cache atomically, then drops the oldest beyond the few kept. */
function writeCache(cacheFile: string, script: Script): void {
  const dir = dirname(cacheFile);
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    renameSync(tmp, cacheFile);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.v8cache'))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of files.slice(MAX_CACHE_FILES)) rmSync(join(dir, f), { force: true });
  } catch {
    // A cache that cannot be written (read-only home, full disk) only costs the next run's
    // speed; the command's result is already out.
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing more to tidy.
    }
  }
}
