/**
 * The one rule every loader applies to symbolic links in a snapshot (invariants in the base,
 * traces in the head, …): a link is followed when its real path stays inside the snapshot
 * root, and refused — never silently skipped — when it leaves the root or points nowhere.
 * Loaders turn each {@link RefusedLink} into a coded finding.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { MaestroError } from '../contract/errors.js';

/** A link a loader must refuse. */
export interface RefusedLink {
  /** Path relative to the root, forward slashes. */
  path: string;
  /** `outside`: resolves outside the root; `dangling`: its target does not exist. */
  reason: 'outside' | 'dangling';
  /** The resolved target, when there is one. */
  target?: string;
}

/** What {@link findContained} found. */
export interface ContainedMatch {
  /** Matching files (links followed), relative to the root, sorted, forward slashes. */
  files: string[];
  /** Links under the searched directories that match (or could contain matches) and were refused. */
  refused: RefusedLink[];
}

/** Options of {@link findContained}. */
export interface FindOptions {
  /** Match and descend into dot files and directories (default false). */
  dot?: boolean;
  /** Stop with a thrown error after this many directory entries (default 200,000). */
  maxEntries?: number;
}

/** True when `real` (a real path) is `rootReal` or below it. */
export function isInside(rootReal: string, real: string): boolean {
  const rel = relative(rootReal, real);
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

/**
 * Resolves `rel` (a path inside `root`) through its links. Returns the real path, or the
 * refusal when it leaves the root or does not exist.
 */
export function resolveContained(
  root: string,
  rel: string,
): { real: string } | { refused: RefusedLink } | { missing: true } {
  const rootReal = realpathSync(root);
  const posix = rel.split(sep).join('/');
  let real: string;
  try {
    real = realpathSync(join(root, rel));
  } catch {
    try {
      if (lstatSync(join(root, rel)).isSymbolicLink())
        return { refused: { path: posix, reason: 'dangling' } };
    } catch {
      // Nothing there at all.
    }
    return { missing: true };
  }
  if (!isInside(rootReal, real))
    return { refused: { path: posix, reason: 'outside', target: real } };
  return { real };
}

/**
 * Expands glob `patterns` (relative to `root`, forward slashes) into files, following links
 * that stay inside the root and refusing the others. Each pattern is walked from its static
 * base directory, as deep as the pattern can match.
 */
export function findContained(
  root: string,
  patterns: readonly string[],
  opts: FindOptions = {},
): ContainedMatch {
  const rootReal = realpathSync(root);
  const dot = opts.dot ?? false;
  const maxEntries = opts.maxEntries ?? 200_000;
  const files = new Set<string>();
  const refused = new Map<string, RefusedLink>();
  let entries = 0;
  for (const pattern of patterns) {
    const scan = picomatch.scan(pattern);
    const base = scan.base.replace(/\/+$/, '');
    const deep = scan.glob.includes('**');
    const maxDepth = deep ? Infinity : scan.glob === '' ? 0 : scan.glob.split('/').length;
    const isMatch = picomatch(pattern, { dot });
    if (!scan.isGlob) {
      // A plain path: the file itself (links followed under the same rule).
      const r = resolveContained(root, pattern);
      if ('refused' in r) refused.set(r.refused.path, r.refused);
      else if ('real' in r && statSync(r.real).isFile()) files.add(pattern);
      continue;
    }
    const start = base;
    const startResolved = start === '' ? { real: rootReal } : resolveContained(root, start);
    if ('refused' in startResolved) {
      refused.set(startResolved.refused.path, startResolved.refused);
      continue;
    }
    if ('missing' in startResolved || !statSync(startResolved.real).isDirectory()) continue;
    const visited = new Set<string>([startResolved.real]);
    const walk = (absDir: string, relDir: string, depth: number): void => {
      if (depth >= maxDepth) return;
      let list: Dirent[];
      try {
        list = readdirSync(absDir, { withFileTypes: true });
      } catch (thrown) {
        // An unreadable directory is never skipped: what it holds could be gate material.
        throw new MaestroError(
          'GATE_ERROR',
          `${relDir || '.'} could not be listed while expanding ${pattern} (${thrown instanceof Error ? thrown.message : String(thrown)})`,
          { cause: thrown },
        );
      }
      for (const d of list) {
        if (++entries > maxEntries) {
          throw new MaestroError(
            'GATE_ERROR',
            `more than ${maxEntries} directory entries under ${base || '.'} while expanding ${pattern}`,
          );
        }
        if (!dot && d.name.startsWith('.')) continue;
        const rel = relDir === '' ? d.name : `${relDir}/${d.name}`;
        const abs = join(absDir, d.name);
        if (d.isSymbolicLink()) {
          let real: string;
          try {
            real = realpathSync(abs);
          } catch {
            if (isMatch(rel) || deep) refused.set(rel, { path: rel, reason: 'dangling' });
            continue;
          }
          let isDir = false;
          try {
            isDir = statSync(real).isDirectory();
          } catch {
            continue;
          }
          if (!isInside(rootReal, real)) {
            if (isMatch(rel) || (isDir && depth + 1 < maxDepth))
              refused.set(rel, { path: rel, reason: 'outside', target: real });
            continue;
          }
          if (isDir) {
            if (!visited.has(real)) {
              visited.add(real);
              walk(real, rel, depth + 1);
            }
          } else if (isMatch(rel)) files.add(rel);
          continue;
        }
        if (d.isDirectory()) walk(abs, rel, depth + 1);
        else if (d.isFile() && isMatch(rel)) files.add(rel);
      }
    };
    walk(startResolved.real, start, 0);
  }
  return { files: [...files].sort(), refused: [...refused.values()] };
}

/** One line saying why a link was refused and what to do, for messages. */
export function describeRefusedLink(link: RefusedLink, rootName: string): string {
  return link.reason === 'outside'
    ? `${link.path} is a symbolic link that resolves outside the ${rootName} (${link.target ?? '?'}); links must stay inside the repository. Commit the file itself, or point the link inside the checkout.`
    : `${link.path} is a symbolic link whose target does not exist; fix or remove the link.`;
}
