/**
 * The digest of a TypeScript module graph from its sources: every file reachable from an entry
 * through relative imports, each named by its path and digested by its bytes. Used to identify
 * a gate's code when it runs from source (tsx, vitest) rather than from a built bundle.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { canonicalJson, sha256Hex } from '../util/digest.js';

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * The source file a relative specifier names (`./x.js` is `./x.ts` in the sources, or the
 * `.js` file itself when there is no `.ts`: the generated schema validators).
 */
function sourceOf(fromFile: string, specifier: string): string | undefined {
  const target = resolve(dirname(fromFile), specifier);
  const candidates = [target, target.replace(/\.js$/, '.ts'), `${target}.ts`, `${target}/index.ts`];
  return (
    candidates.find((c) => /\.(ts|json)$/.test(c) && existsSync(c)) ??
    (target.endsWith('.js') && existsSync(target) ? target : undefined)
  );
}

/** The files reachable from `entry` through relative imports (sorted, absolute). */
export function moduleGraph(entry: string): string[] {
  const seen = new Set<string>([resolve(entry)]);
  const queue = [resolve(entry)];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (!file.endsWith('.ts')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const next = sourceOf(file, m[1]!);
      if (next !== undefined && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen].sort();
}

/** `sha256:<hex>` over the paths (relative to `root`) and bytes of `entry`'s module graph. */
export function moduleGraphDigest(entry: string, root: string): string {
  const files = moduleGraph(entry).map((f) => [relative(root, f), sha256Hex(readFileSync(f))]);
  return `sha256:${sha256Hex(canonicalJson(files))}`;
}
