import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
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

/**
 * Resolves `--base`: a directory is used as it is; anything else is taken as a git ref of the
 * repository at `headDir` and extracted (`git archive`) into a fresh temporary directory.
 */
export function resolveBase(base: string, headDir: string): string {
  try {
    if (statSync(base).isDirectory()) return base;
  } catch {
    // Not a path: try it as a git ref below.
  }
  const dir = mkdtempSync(join(tmpdir(), 'maestro-base-'));
  try {
    const archive = execFileSync('git', ['-C', headDir, 'archive', '--format=tar', base], {
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  } catch (thrown) {
    throw new MaestroError(
      'GATE_INPUT_MISSING',
      `--base ${base}: neither a directory nor a git ref of ${headDir} (${describeThrown(thrown).split('\n')[0]}). Pass a directory holding the base snapshot, or a ref such as origin/main.`,
      { cause: thrown },
    );
  }
  return dir;
}
