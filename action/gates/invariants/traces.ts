/** Resolving the configured trace globs in the head checkout, under the shared link rule. */
import { statSync } from 'node:fs';
import { MaestroError } from '../../contract/errors.js';
import {
  findContained,
  resolveContained,
  type ContainedMatch,
} from '../../util/contained-files.js';
import { assertInside, isGlob, refusedLinks, toPosix } from './paths.js';

/**
 * Expands the trace globs (relative to `headDir`); every entry must match a file. Links are
 * followed inside the checkout and refused (`INV_TRACE_UNREADABLE`, naming the link) when they
 * leave it or point nowhere: a link out of the checkout is never "no trace file".
 */
export function resolveTraces(headDir: string, patterns: readonly string[]): string[] {
  const out = new Set<string>();
  patterns.forEach((pattern, i) => {
    const key = `gates.invariants.traces[${i}]`;
    try {
      assertInside(pattern, key);
    } catch (thrown) {
      throw new MaestroError('INV_TRACE_UNREADABLE', (thrown as Error).message);
    }
    let found: ContainedMatch = { files: [], refused: [] };
    if (isGlob(pattern)) {
      try {
        found = findContained(headDir, [pattern]);
      } catch (thrown) {
        throw new MaestroError(
          'INV_TRACE_UNREADABLE',
          `\`${key}\` (${pattern}): the traces could not be listed (${thrown instanceof Error ? thrown.message : String(thrown)}).`,
          { cause: thrown, location: { file: pattern } },
        );
      }
    } else {
      const r = resolveContained(headDir, pattern);
      if ('refused' in r) found = { files: [], refused: [r.refused] };
      else if ('real' in r && statSync(r.real).isFile())
        found = { files: [toPosix(pattern)], refused: [] };
    }
    const refused = refusedLinks('INV_TRACE_UNREADABLE', key, pattern, found.refused, 'checkout');
    if (refused !== undefined) throw refused;
    if (found.files.length === 0) {
      throw new MaestroError(
        'INV_TRACE_MISSING',
        `\`${key}\` (${pattern}) matches no trace file in the pull request. The configured traces are produced by the repository's tests: run them (or commit the fixtures), or fix the glob. A configured trace that is missing is never a pass.`,
        { location: { file: pattern } },
      );
    }
    for (const f of found.files) out.add(f);
  });
  return [...out].sort();
}
