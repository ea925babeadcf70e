/**
 * Product code throws only coded `MaestroError`s (and typed errors built on them or classified
 * like the GitHub port's): a scan of `action/` and `app/` for a thrown built-in error
 * (`throw new Error(`, `throw TypeError(`, `throw new RangeError(`, …) or a thrown literal. The
 * residue still waiting for its owner is listed with its count: a new bare throw, one more in a
 * listed file, or a listed file that no longer has its residue fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** Known residue: file → number of bare throws and who converts them. Shrink it; never grow it. */
const RESIDUE: Record<string, { count: number; owner: string }> = {};

/** A thrown built-in error class (with or without `new`), or a thrown string or template. */
const BARE_THROW =
  /\bthrow\s+(?:(?:new\s+)?(?:Error|TypeError|RangeError|SyntaxError|ReferenceError|EvalError|URIError|AggregateError)\s*\(|['"`])/g;

/** Counts the bare throws in one source text. */
function countBareThrows(text: string): number {
  return [...text.matchAll(BARE_THROW)].length;
}

describe('no bare throw in product code', () => {
  it('the scan recognises every form of bare throw and no coded one', () => {
    expect(countBareThrows("throw new Error('x');")).toBe(1);
    expect(countBareThrows("throw Error('x');")).toBe(1);
    expect(countBareThrows('throw new RangeError(`x`);')).toBe(1);
    expect(countBareThrows("throw 'a string';")).toBe(1);
    expect(countBareThrows("throw new MaestroError('GATE_ERROR', 'x');")).toBe(0);
    expect(countBareThrows('throw new CelCompileError(kind, m);')).toBe(0);
    expect(countBareThrows('throw inputError(m);')).toBe(0);
  });

  it('finds only the listed residue in action/ and app/', async () => {
    const dirs = ['action', 'app'].filter((d) => existsSync(join(root, d)));
    expect(dirs).toContain('action');
    const files = await glob(
      dirs.map((d) => `${d}/**/*.ts`),
      { cwd: root, ignore: ['**/*.d.ts'] },
    );
    expect(files.length).toBeGreaterThan(50);
    const found: Record<string, number> = {};
    for (const f of files.sort()) {
      const n = countBareThrows(readFileSync(join(root, f), 'utf8'));
      if (n > 0) found[f] = n;
    }
    const grown = Object.entries(found)
      .filter(([f, n]) => n > (RESIDUE[f]?.count ?? 0))
      .map(([f, n]) => `${f}: ${n} bare throw(s), ${RESIDUE[f]?.count ?? 0} allowed`);
    expect(grown, 'throw a coded MaestroError instead').toEqual([]);
    const stale = Object.entries(RESIDUE)
      .filter(([f, r]) => (found[f] ?? 0) < r.count)
      .map(([f, r]) => `${f}: ${found[f] ?? 0} bare throw(s) left, ${r.count} listed`);
    expect(stale, 'shrink RESIDUE to what is left').toEqual([]);
  });
});
