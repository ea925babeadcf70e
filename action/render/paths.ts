/**
 * Where a finding is, as GitHub wants it: a path relative to the repository root (code
 * scanning, annotations and check-run annotations all resolve paths there), also when the
 * gated directory is a `working-directory` below the root.
 */
import { isAbsolute, posix, relative, sep } from 'node:path';
import type { Finding } from '../contract/gate-result.js';
import type { GateRun } from '../contract/run.js';
import { oneLine } from './escape.js';

/** Where the gated directory sits in the repository. */
export interface RepoPaths {
  /** The gated directory relative to the repository root (`working-directory`); default `.`. */
  sourceRoot?: string;
}

/** `path` with forward slashes, no `./`, no empty or `.` segments; undefined if it climbs out. */
function clean(path: string): string | undefined {
  const p = posix.normalize(path.split(sep).join('/').replace(/\\/g, '/'));
  if (p === '.' || p === '' || p === '..' || p.startsWith('../') || p.startsWith('/'))
    return undefined;
  return p.replace(/^\.\//, '');
}

/**
 * The repository-relative path of `file` (relative to the gated directory, or absolute inside
 * it), or undefined when it lies outside the checkout (a temporary evidence directory).
 */
export function repoPath(file: string, run: GateRun, paths: RepoPaths = {}): string | undefined {
  const one = oneLine(file);
  const inHead = isAbsolute(one) ? clean(relative(run.head_dir, one)) : clean(one);
  if (inHead === undefined) return undefined;
  const root = paths.sourceRoot ? clean(paths.sourceRoot) : undefined;
  return root ? posix.join(root, inHead) : inHead;
}

/** A finding's location in the repository: its own file, else the file its counterexample came from. */
export function findingPath(
  f: Finding,
  run: GateRun,
  paths: RepoPaths = {},
): { path: string; line?: number; column?: number } | undefined {
  if (f.file) {
    const path = repoPath(f.file, run, paths);
    if (path)
      return {
        path,
        ...(f.line ? { line: f.line } : {}),
        ...(f.column ? { column: f.column } : {}),
      };
  }
  const at = f.counterexample?.location;
  if (at?.file) {
    const path = repoPath(at.file, run, paths);
    if (path) return { path, ...(at.line ? { line: at.line } : {}) };
  }
  return undefined;
}
