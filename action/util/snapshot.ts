import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { diffLines } from 'diff';
import type { ChangedFile } from '../contract/pr-facts.js';
import { describeThrown, MaestroError } from '../contract/errors.js';

/** Directory names never walked when comparing snapshots. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.maestro']);

/** Every regular file below `dir`, as forward-slash relative paths, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string): void => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(join(abs, entry.name));
      } else if (entry.isFile()) {
        out.push(relative(dir, join(abs, entry.name)).split(sep).join('/'));
      }
    }
  };
  walk(dir);
  return out.sort();
}

function countLines(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/**
 * The files that differ between two snapshot directories, with status and line counts, the
 * way GitHub's "list pull request files" reports them.
 */
export function diffSnapshots(baseDir: string, headDir: string): ChangedFile[] {
  const base = new Set(listFiles(baseDir));
  const head = new Set(listFiles(headDir));
  const changed: ChangedFile[] = [];
  for (const path of [...new Set([...base, ...head])].sort()) {
    const inBase = base.has(path);
    const inHead = head.has(path);
    if (inBase && inHead) {
      const a = readFileSync(join(baseDir, path));
      const b = readFileSync(join(headDir, path));
      if (a.equals(b)) continue;
      let additions = 0;
      let deletions = 0;
      for (const part of diffLines(a.toString('utf8'), b.toString('utf8'))) {
        if (part.added) additions += part.count;
        else if (part.removed) deletions += part.count;
      }
      changed.push({ path, status: 'modified', additions, deletions });
    } else if (inHead) {
      changed.push({
        path,
        status: 'added',
        additions: countLines(readFileSync(join(headDir, path), 'utf8')),
        deletions: 0,
      });
    } else {
      changed.push({
        path,
        status: 'removed',
        additions: 0,
        deletions: countLines(readFileSync(join(baseDir, path), 'utf8')),
      });
    }
  }
  return changed;
}

/** The prefix that names a base as a directory rather than a git ref (`dir:/srv/base`). */
export const BASE_DIR_PREFIX = 'dir:';

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Resolves a base snapshot so that the pull request can never shadow it. A base is a git
 * ref (or commit) of the repository at `headDir`, extracted with `git archive` into a fresh
 * temporary directory — a directory `main/` that the pull request adds is never consulted
 * for `--base main`. A directory is used only when named explicitly as one
 * (`dir:PATH`, the CLI's `--base-dir PATH`); it is resolved against the working directory,
 * never against the checkout, and must lie outside the checkout being gated.
 */
export function resolveBase(base: string, headDir: string): string {
  if (base.startsWith(BASE_DIR_PREFIX))
    return resolveBaseDir(base.slice(BASE_DIR_PREFIX.length), headDir);
  if (base === '' || base.startsWith('-') || /[\s\p{Cc}]/u.test(base)) {
    throw new MaestroError(
      'BASE_SNAPSHOT_UNAVAILABLE',
      `base "${base}": not a valid git ref. Name a branch, tag or commit of the checkout (e.g. origin/main), or a directory as dir:PATH (CLI: --base-dir PATH).`,
    );
  }
  let sha: string;
  try {
    sha = execFileSync(
      'git',
      ['-C', headDir, 'rev-parse', '--verify', '--quiet', '--end-of-options', `${base}^{commit}`],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ).trim();
  } catch (thrown) {
    throw new MaestroError(
      'BASE_SNAPSHOT_UNAVAILABLE',
      `base ${base}: not a git ref of ${headDir}. Pass a ref such as origin/main (fetch it first), or a directory holding the base snapshot as dir:PATH (CLI: --base-dir PATH). A base is never looked up as a path inside the checkout.`,
      { cause: thrown },
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'maestro-base-'));
  try {
    const archive = execFileSync('git', ['-C', headDir, 'archive', '--format=tar', sha], {
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  } catch (thrown) {
    throw new MaestroError(
      'BASE_SNAPSHOT_UNAVAILABLE',
      `base ${base} (${sha}): cannot extract it from ${headDir} (${describeThrown(thrown).split('\n')[0]}).`,
      { cause: thrown },
    );
  }
  return dir;
}

function resolveBaseDir(path: string, headDir: string): string {
  const abs = resolve(path);
  let real: string;
  try {
    if (!statSync(abs).isDirectory())
      throw new MaestroError('BASE_SNAPSHOT_UNAVAILABLE', 'not a directory');
    real = realpathSync(abs);
  } catch (thrown) {
    throw new MaestroError(
      'BASE_SNAPSHOT_UNAVAILABLE',
      `base directory ${abs}: ${describeThrown(thrown)}. Pass a directory holding the base snapshot.`,
      { cause: thrown },
    );
  }
  const head = realpathSync(headDir);
  if (inside(real, head)) {
    throw new MaestroError(
      'BASE_SNAPSHOT_UNAVAILABLE',
      `base directory ${abs} lies inside the checkout being gated (${head}): the pull request could write it. Put the base snapshot outside the checkout, or name a git ref.`,
    );
  }
  return real;
}
