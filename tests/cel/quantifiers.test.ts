// `all` and `exists` run as one loop that calls the predicate directly; it must spend the
// budget, stop, fail and refuse exactly as the general comprehension loop (whose figures are
// asserted here: one budget step per item visited, plus one for the item after the decisive
// one, which the general loop visits before its condition stops it).
import { describe, expect, it } from 'vitest';
import {
  CelRuntimeError,
  compileClosure,
  INT,
  type ClosureEnv,
} from '../../action/cel/closure/index.js';

type Env = ClosureEnv & { xs: unknown[] };
const run = (src: string, xs: unknown[], maxCost: number): unknown => {
  const c = compileClosure<Env>(src, {
    mode: 'int',
    maxCost,
    scope: {
      lookup: (n) =>
        n === 'xs'
          ? { kind: 'closure', t: { k: 'list', elem: INT }, fn: (e: Env) => e.xs }
          : undefined,
      known: () => ['xs'],
    },
  });
  try {
    return c.fn({ l: new Array<unknown>(c.slots + 2), xs });
  } catch (thrown) {
    if (thrown instanceof CelRuntimeError) return `${thrown.kind}: ${thrown.message}`;
    throw thrown;
  }
};

describe('all / exists', () => {
  it('stop at the decisive item after one more budget step', () => {
    expect(run('xs.all(x, x < 2)', [1, 2, 3], 2)).toMatch(/^cost: /);
    expect(run('xs.all(x, x < 2)', [1, 2, 3], 3)).toBe(false);
    expect(run('xs.all(x, x < 2)', [1, 2], 2)).toBe(false);
    expect(run('xs.exists(x, x == 2)', [1, 2, 3], 2)).toMatch(/^cost: /);
    expect(run('xs.exists(x, x == 2)', [1, 2, 3], 3)).toBe(true);
    expect(run('xs.exists(x, x == 2)', [1, 2], 2)).toBe(true);
    expect(run('xs.all(x, x < 9)', [1, 2, 3], 3)).toBe(true);
    expect(run('xs.all(x, x < 9)', [1, 2, 3], 2)).toMatch(/^cost: /);
    expect(run('xs.exists(x, x > 9)', [], 0)).toBe(false);
    expect(run('xs.all(x, x > 9)', [], 0)).toBe(true);
  });

  it('fail on an error before the decisive item, and not after it', () => {
    expect(run('xs.all(x, 6 / x > 1)', [1, 0, 9], 100)).toMatch(/^runtime: division by zero/);
    expect(run('xs.all(x, 6 / x > 1)', [9, 0], 100)).toBe(false);
    expect(run('xs.exists(x, 6 / x == 6)', [1, 0], 100)).toBe(true);
    expect(run('xs.exists(x, 6 / x == 6)', [2, 0, 1], 100)).toMatch(/^runtime: division/);
  });

  it('nest, and leave the macro variables as they were', () => {
    expect(run('xs.all(x, xs.exists(y, y > x) || x == 3)', [1, 2, 3], 100)).toBe(true);
    expect(run('xs.exists(x, xs.all(y, y <= x))', [1, 2, 3], 100)).toBe(true);
    expect(run('xs.all(x, xs.all(y, y <= x))', [1, 2, 3], 100)).toBe(false);
  });
});
