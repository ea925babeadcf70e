/**
 * V8's compile cache for the CLI's own code: on Node >= 22.1 (`module.enableCompileCache`) the
 * bytecode of the chunks a command loads is kept on disk after the first run, so the next run
 * of `maestro-gate modelcheck` does not parse and compile them again. It is speed only: V8
 * checks each entry against the source it was made from and compiles afresh on any mismatch, so
 * results and messages never depend on it. The cache lives in the user's own cache folder
 * (`$XDG_CACHE_HOME/maestro-gate/compile-cache`, else `~/.cache/…`), not in a shared temporary
 * folder another user could write. `NODE_DISABLE_COMPILE_CACHE=1` turns it off and
 * `NODE_COMPILE_CACHE=DIR` moves it (Node's own variables). On Node 20 nothing changes.
 */
import nodeModule from 'node:module';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

type EnableCompileCache = (dir?: string) => { status: number; directory?: string };

/** Where the CLI keeps its compile cache for this environment and home folder. */
export function compileCacheDir(env: NodeJS.ProcessEnv, home: string): string {
  const xdg = env['XDG_CACHE_HOME'];
  const base = xdg !== undefined && isAbsolute(xdg) ? xdg : join(home, '.cache');
  return join(base, 'maestro-gate', 'compile-cache');
}

/**
 * Turns the compile cache on when this Node has one; returns the folder in use, or undefined
 * when there is none (Node 20, disabled, no home folder, or a folder that cannot be created:
 * Node reports these as a status, and the code is then compiled as without a cache).
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const enable = (nodeModule as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (typeof enable !== 'function') return undefined;
  let home: string;
  try {
    home = homedir();
  } catch {
    // No home folder to keep a cache in (os.homedir throws when the user has none): no cache.
    return undefined;
  }
  const r = enable(compileCacheDir(env, home));
  const { ENABLED, ALREADY_ENABLED } = nodeModule.constants.compileCacheStatus;
  return r.status === ENABLED || r.status === ALREADY_ENABLED ? r.directory : undefined;
}
