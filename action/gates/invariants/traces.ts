/** Resolving the configured trace globs in the head checkout, under the shared link rule. */
import { statSync } from 'node:fs';
import { sep } from 'node:path';
import { MaestroError } from '../../contract/errors.js';
import {
  describeRefusedLink,
  findContained,
  resolveContained,
  type ContainedMatch,
} from '../../util/contained-files.js';
import { assertInside, isGlob } from './loader.js';

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
        found = { files: [pattern.split(sep).join('/')], refused: [] };
    }
    const link = found.refused[0];
    if (link !== undefined) {
      throw new MaestroError(
        'INV_TRACE_UNREADABLE',
        `\`${key}\` (${pattern}): ${describeRefusedLink(link, 'checkout')}${
          found.refused.length > 1
            ? ` (${found.refused.length - 1} more: ${found.refused
                .slice(1, 6)
                .map((l) => l.path)
                .join(', ')})`
            : ''
        }`,
        { location: { file: link.path } },
      );
    }
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
