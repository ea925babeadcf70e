/**
 * Materialises the pull request's BASE commit as a directory: gate configuration and gate
 * policies are read from it, never from the head. In order:
 *
 * 1. `git archive` of the base SHA when the checkout already has the commit;
 * 2. `git fetch --depth=1 origin <sha>` and then `git archive` (actions/checkout leaves the
 *    token in the checkout's git config, so this works with the default shallow checkout);
 * 3. the commit's tarball through the GitHub port (one API request, whatever the tree size).
 *
 * When all three fail the run stops with `BASE_SNAPSHOT_UNAVAILABLE`. There is no fallback
 * to the head checkout: that would let a pull request rewrite its own gate.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeThrown, MaestroError } from '../contract/errors.js';
import { resolveBase } from '../util/snapshot.js';
import type { RepositoryArchivePort } from './port.js';

/** How the base snapshot was obtained. */
export type BaseSnapshotMethod = 'git-archive' | 'git-fetch' | 'api-tarball';

/** A materialised base snapshot. */
export interface BaseSnapshot {
  dir: string;
  method: BaseSnapshotMethod;
  sha: string;
}

/** Inputs of `materialiseBase`. */
export interface MaterialiseOptions {
  /** The checkout (a git work tree). */
  headDir: string;
  /** The base commit, a full 40-hex SHA. */
  sha: string;
  /** Used when git cannot provide the commit; absent skips step 3. */
  archive?: RepositoryArchivePort;
  /** Skips the `git fetch` step (tests without a remote). */
  fetch?: boolean;
  log?: (line: string) => void;
}

/** Time limit of the `git fetch` step. */
const DEFAULT_FETCH_TIMEOUT_MS = 60_000;

function hasCommit(headDir: string, sha: string): boolean {
  try {
    execFileSync('git', ['-C', headDir, 'cat-file', '-e', `${sha}^{commit}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Extracts a gzip'd GitHub tarball (one top-level directory) into a fresh directory. */
export function extractTarball(tarball: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'maestro-base-'));
  // GNU tar refuses members with `..` and strips leading `/`; links are not followed out.
  execFileSync(
    'tar',
    ['-xz', '--strip-components=1', '--no-same-owner', '--no-same-permissions', '-C', dir],
    { input: tarball, stdio: ['pipe', 'ignore', 'pipe'], maxBuffer: 1 << 30 },
  );
  return dir;
}

/**
 * Materialises the base commit (see the module comment). Throws `MaestroError`
 * (`BASE_SNAPSHOT_UNAVAILABLE`) when no step succeeds.
 */
export async function materialiseBase(opts: MaterialiseOptions): Promise<BaseSnapshot> {
  const log = opts.log ?? (() => undefined);
  const { sha, headDir } = opts;
  if (!/^[0-9a-f]{40}$/.test(sha)) {
    throw new MaestroError(
      'BASE_SNAPSHOT_UNAVAILABLE',
      `the base commit "${sha}" is not a full SHA; the gate reads its configuration from the base commit only`,
    );
  }
  const problems: string[] = [];
  if (hasCommit(headDir, sha)) {
    return { dir: resolveBase(sha, headDir), method: 'git-archive', sha };
  }
  problems.push(`the checkout at ${headDir} does not contain ${sha}`);
  if (opts.fetch !== false) {
    try {
      execFileSync(
        'git',
        [
          '-C',
          headDir,
          'fetch',
          '--no-tags',
          '--no-recurse-submodules',
          '--depth=1',
          'origin',
          sha,
        ],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
          timeout: DEFAULT_FETCH_TIMEOUT_MS,
          // Never wait for a credential prompt: fall through to the API tarball instead.
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        },
      );
      if (hasCommit(headDir, sha)) {
        log(`fetched base commit ${sha} with git`);
        return { dir: resolveBase(sha, headDir), method: 'git-fetch', sha };
      }
      problems.push('git fetch succeeded but the commit is still missing');
    } catch (thrown) {
      problems.push(`git fetch origin ${sha} failed: ${describeThrown(thrown).split('\n')[0]}`);
    }
  }
  if (opts.archive) {
    try {
      const dir = extractTarball(await opts.archive.downloadTarball(sha));
      if (readdirSync(dir).length === 0)
        throw new MaestroError('BASE_SNAPSHOT_UNAVAILABLE', 'the tarball was empty');
      log(`downloaded base commit ${sha} through the GitHub API`);
      return { dir, method: 'api-tarball', sha };
    } catch (thrown) {
      problems.push(`downloading the tarball failed: ${describeThrown(thrown).split('\n')[0]}`);
    }
  }
  throw new MaestroError(
    'BASE_SNAPSHOT_UNAVAILABLE',
    `cannot materialise the base commit ${sha}: ${problems.join('; ')}. Check out with \`fetch-depth: 0\`, or give the token \`contents: read\`. The gate never reads its configuration from the pull request head.`,
  );
}
