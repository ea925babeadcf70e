/**
 * Where invariants and traces are looked up: configured paths stay inside the repository,
 * directories and globs expand to sorted files, and links are followed with a containment
 * check or refused with a finding (one rule for every loader).
 */
import { statSync } from 'node:fs';
import { isAbsolute, sep } from 'node:path';
import type { ReasonCode } from '../../contract/codebook.js';
import { MaestroError } from '../../contract/errors.js';
import {
  describeRefusedLink,
  findContained,
  resolveContained,
  type ContainedMatch,
  type RefusedLink,
} from '../../util/contained-files.js';

const GLOB_CHARS = /[*?[\]{}!]/;

/** True when a configured path is a glob rather than a plain file or directory. */
export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/**
 * Expands configured invariant paths (directories, files or globs relative to `root`) into
 * sorted relative file paths. A directory contributes every `*.yaml`/`*.yml` below it.
 * Throws `INV_NONE_FOUND` when an entry matches no file.
 */
export function resolveInvariantFiles(root: string, patterns: readonly string[]): string[] {
  const out = new Set<string>();
  patterns.forEach((pattern, i) => {
    const key = `gates.invariants.paths[${i}]`;
    assertInside(pattern, key);
    let found: ContainedMatch = { files: [], refused: [] };
    if (isGlob(pattern)) found = findContainedOrFail(root, [pattern]);
    else {
      const r = resolveContained(root, pattern);
      if ('refused' in r) found = { files: [], refused: [r.refused] };
      else if ('real' in r) {
        const st = statSync(r.real);
        if (st.isFile()) found = { files: [toPosix(pattern)], refused: [] };
        else if (st.isDirectory()) {
          const dir = toPosix(pattern).replace(/\/+$/, '');
          found = findContainedOrFail(root, [`${dir}/**/*.yaml`, `${dir}/**/*.yml`]);
        }
      }
    }
    const refused = refusedLinks(
      'INV_UNREADABLE',
      key,
      pattern,
      found.refused,
      'base snapshot',
      ' An invariant that is not loaded is never a pass.',
    );
    if (refused !== undefined) throw refused;
    if (found.files.length === 0) {
      throw new MaestroError(
        'INV_NONE_FOUND',
        `\`gates.invariants.paths[${i}]\` (${pattern}) matches no invariant file (*.yaml, *.yml). Add invariants there, or fix the path.`,
        { location: { file: pattern } },
      );
    }
    for (const f of found.files) out.add(toPosix(f));
  });
  return [...out].sort();
}

function findContainedOrFail(root: string, patterns: string[]): ContainedMatch {
  try {
    return findContained(root, patterns);
  } catch (thrown) {
    throw new MaestroError(
      'INV_UNREADABLE',
      `${patterns.join(', ')}: the invariant files could not be listed (${thrown instanceof Error ? thrown.message : String(thrown)}).`,
      { cause: thrown },
    );
  }
}

/**
 * The error for the links a lookup of `key` (`pattern`) refused, located on the first and
 * naming up to five more, or `undefined` when none was refused. One message for the invariant
 * files (in the base snapshot) and the traces (in the checkout).
 */
export function refusedLinks(
  code: ReasonCode,
  key: string,
  pattern: string,
  refused: readonly RefusedLink[],
  rootName: string,
  advice = '',
): MaestroError | undefined {
  const link = refused[0];
  if (link === undefined) return undefined;
  const more =
    refused.length > 1
      ? ` (${refused.length - 1} more: ${refused
          .slice(1, 6)
          .map((l) => l.path)
          .join(', ')})`
      : '';
  return new MaestroError(
    code,
    `\`${key}\` (${pattern}): ${describeRefusedLink(link, rootName)}${more}${advice}`,
    { location: { file: link.path } },
  );
}

/** Rejects absolute paths and `..` segments in configured paths and globs. */
export function assertInside(pattern: string, key: string): void {
  if (isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
    throw new MaestroError(
      'INV_INVALID',
      `\`${key}\` (${pattern}) must be a path inside the repository: no absolute paths, no \`..\`.`,
    );
  }
}

/** A relative path with forward slashes. */
export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
