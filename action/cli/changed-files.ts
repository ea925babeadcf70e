/**
 * The files a pull request changes, computed from git the way GitHub lists them: the diff from
 * the merge base of the base ref and HEAD to the checkout (`git diff -M --numstat`), renames as
 * renames with their previous path, binary files with no line counts, nothing skipped (no
 * directory is left out, untracked files count as added).
 */
import { execFileSync } from 'node:child_process';
import type { ChangedFile } from '../contract/pr-facts.js';
import { describeThrown, MaestroError } from '../contract/errors.js';

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-C', dir, '-c', 'core.quotepath=false', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** `git diff --no-index --numstat` of a new file (git exits 1 when the files differ). */
function untrackedNumstat(dir: string, path: string): string {
  try {
    return git(dir, ['diff', '--no-index', '--numstat', '-z', '--', '/dev/null', path]);
  } catch (thrown) {
    const out = (thrown as { status?: number; stdout?: string }).stdout;
    if ((thrown as { status?: number }).status === 1 && typeof out === 'string') return out;
    throw thrown;
  }
}

const STATUS: Record<string, ChangedFile['status']> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

/** The NUL-separated fields of `git diff -z` output. */
function fields(out: string): string[] {
  const f = out.split('\0');
  if (f[f.length - 1] === '') f.pop();
  return f;
}

/** Line counts by (new) path from `git diff --numstat -z`; binary files count 0 and 0. */
function numstat(out: string): Map<string, { additions: number; deletions: number }> {
  const counts = new Map<string, { additions: number; deletions: number }>();
  const f = fields(out);
  for (let i = 0; i < f.length; i++) {
    const [add = '-', del = '-', path = ''] = f[i]!.split('\t');
    // A rename or copy: the path field is empty and the old and new paths follow.
    const newPath = path === '' ? f[(i += 2)]! : path;
    counts.set(newPath, {
      additions: add === '-' ? 0 : Number(add),
      deletions: del === '-' ? 0 : Number(del),
    });
  }
  return counts;
}

/** Statuses from `git diff --name-status -z`. */
function nameStatus(out: string): { status: string; path: string; previous?: string }[] {
  const f = fields(out);
  const rows: { status: string; path: string; previous?: string }[] = [];
  for (let i = 0; i < f.length; i++) {
    const code = f[i]!;
    if (code.startsWith('R') || code.startsWith('C')) {
      rows.push({ status: code[0]!, previous: f[i + 1]!, path: f[i + 2]! });
      i += 2;
    } else {
      rows.push({ status: code[0]!, path: f[++i]! });
    }
  }
  return rows;
}

/**
 * The changed files of the checkout at `headDir` against `baseRef`, as GitHub's "list pull
 * request files" reports them. Untracked files (not ignored) are included as added: a gate
 * judges the tree it reads.
 */
export function gitChangedFiles(headDir: string, baseRef: string): ChangedFile[] {
  try {
    const base = git(headDir, ['merge-base', '--end-of-options', baseRef, 'HEAD']).trim();
    const diff = (mode: string): string =>
      git(headDir, ['diff', '-M', '-z', mode, '--end-of-options', base]);
    const rows = nameStatus(diff('--name-status'));
    const counts = numstat(diff('--numstat'));
    const files: ChangedFile[] = rows.map((r) => ({
      path: r.path,
      status: STATUS[r.status] ?? 'changed',
      additions: counts.get(r.path)?.additions ?? 0,
      deletions: counts.get(r.path)?.deletions ?? 0,
      ...(r.previous !== undefined && r.status === 'R' ? { previous_path: r.previous } : {}),
    }));
    for (const path of fields(git(headDir, ['ls-files', '-z', '--others', '--exclude-standard']))) {
      const lines = untrackedNumstat(headDir, path);
      const [add = '-'] = lines.split('\t');
      files.push({ path, status: 'added', additions: add === '-' ? 0 : Number(add), deletions: 0 });
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  } catch (thrown) {
    throw new MaestroError(
      'BASE_SNAPSHOT_UNAVAILABLE',
      `base ${baseRef}: cannot list the changed files with git diff in ${headDir} (${describeThrown(thrown).split('\n')[0]}). Fetch the base ref (e.g. git fetch origin main) or pass --base-dir DIR.`,
      { cause: thrown },
    );
  }
}
