import { describe, expect, it } from 'vitest';
import { CelEvalError, compileCel, compileJsonClosure } from '../../action/cel/index.js';
import {
  CelCompileError,
  CelRuntimeError,
  compileClosure,
  INT,
  listOf,
  type FunctionRegistry,
} from '../../action/cel/closure/index.js';
import { compileExpr, type Env } from '../../action/gates/modelcheck/expr.js';

const ids = Array.from({ length: 100_000 }, (_, i) => `id-${i}`);

function evalError(run: () => unknown): CelEvalError {
  try {
    run();
  } catch (thrown) {
    if (thrown instanceof CelEvalError) return thrown;
    throw thrown;
  }
  throw new Error('expected an evaluation error');
}

describe('the cost budget stops evaluations that would not end', () => {
  it('ids.all(a, ids.exists_one(b, b == a)) over 100,000 ids stops on the cost budget', () => {
    const frozen = compileCel('ids.all(a, ids.exists_one(b, b == a))', { clock: () => 0 });
    const err = evalError(() => frozen.evalBool({ ids }));
    expect(err.kind).toBe('cost');
    expect(err.message).toContain('cost budget of 10000000');
  });

  it('with a real clock it stops at max_eval_ms at the latest', () => {
    const p = compileCel('ids.all(a, ids.exists_one(b, b == a))', {
      maxEvalMs: 50,
      maxCost: 1e12,
    });
    expect(['deadline', 'cost']).toContain(evalError(() => p.evalBool({ ids })).kind);
  });

  it('a small budget is enough for small inputs and too little for large ones', () => {
    const p = compileCel('xs.all(x, x > 0)', { maxCost: 10, clock: () => 0 });
    expect(p.evalBool({ xs: [1, 2, 3] })).toBe(true);
    expect(evalError(() => p.evalBool({ xs: Array.from({ length: 11 }, () => 1) })).kind).toBe(
      'cost',
    );
  });

  it('a budget overrun is never absorbed by || or by a macro loop condition', () => {
    const p = compileCel('xs.exists(x, x < 0) || true', { maxCost: 5, clock: () => 0 });
    expect(evalError(() => p.evalBool({ xs: Array.from({ length: 50 }, () => 1) })).kind).toBe(
      'cost',
    );
  });

  it('map and filter stay linear (they append in place)', () => {
    const p = compileCel("ids.filter(x, x.endsWith('7')).map(x, x + '!').size() == 10000");
    expect(p.evalBool({ ids })).toBe(true);
  });
});

describe('the @bufbuild/cel fallback is bounded by the same budget', () => {
  // `string(b)` is outside the compiled subset: the library evaluates these expressions.
  const quadratic = 'ids.all(a, ids.exists_one(b, string(b) == a))';
  const some = ids.slice(0, 1000);

  it('the expressions below are left to the library', () => {
    expect(compileJsonClosure(quadratic)).toBeUndefined();
    expect(compileJsonClosure('xs.exists(x, string(x) == "no") || true')).toBeUndefined();
  });

  it('stops on the cost budget (a frozen clock: only the cost bounds it)', () => {
    const p = compileCel(quadratic, { maxCost: 100_000, clock: () => 0 });
    const err = evalError(() => p.evalBool({ ids: some }));
    expect(err.kind).toBe('cost');
    expect(err.message).toContain('cost budget of 100000');
    expect(evalError(() => p.evaluate({ ids: some })).kind).toBe('cost');
  });

  it('reads the clock while it evaluates, so max_eval_ms interrupts it', () => {
    let now = 0;
    const p = compileCel(quadratic, { maxEvalMs: 50, maxCost: 1e12, clock: () => now++ });
    expect(evalError(() => p.evalBool({ ids: some })).kind).toBe('deadline');
    // Stopped once past the limit, long before the million iterations the answer needs.
    expect(now).toBeGreaterThan(50);
    expect(now).toBeLessThan(60);
  });

  it('an overrun the library absorbs into a value (`|| true`) still stops the evaluation', () => {
    const p = compileCel('xs.exists(x, string(x) == "no") || true', { maxCost: 5, clock: () => 0 });
    const xs = Array.from({ length: 50 }, (_, i) => i);
    expect(evalError(() => p.evalBool({ xs })).kind).toBe('cost');
    expect(p.evalBool({ xs: [1, 2] })).toBe(true);
  });

  it('small inputs keep the library’s answers and errors', () => {
    const p = compileCel(quadratic);
    expect(p.evalBool({ ids: ['a', 'b'] })).toBe(true);
    expect(p.evalBool({ ids: ['a', 'a'] })).toBe(false);
    expect(
      evalError(() => compileCel('xs.all(x, string(x) == x.y)').evalBool({ xs: ['a'] })).kind,
    ).toBe('runtime');
  });
});

describe('extension functions of the closure compiler', () => {
  const functions: FunctionRegistry = {
    mod: {
      arity: 2,
      type: (a) => (a.every((t) => t.k === 'int' || t.k === 'dyn') ? INT : 'needs two ints'),
      impl: ([a, b]) => {
        if (b === 0) throw new CelRuntimeError('mod by zero');
        const x = a as number;
        const y = b as number;
        return ((x % y) + y) % y;
      },
    },
    range: {
      arity: 2,
      type: () => listOf(INT),
      impl: ([a, b], ctx) => {
        const n = Math.max(0, (b as number) - (a as number));
        ctx.charge(n);
        return Array.from({ length: n }, (_, i) => (a as number) + i);
      },
    },
  };
  const env = (p: unknown[]): Env => ({
    v: [],
    s: new Uint32Array(0),
    p,
    l: new Array<unknown>(8),
    load: () => undefined,
    has: () => false,
  });
  const scope = {
    lookup: (name: string) =>
      name === 'x' ? ({ kind: 'param', index: 0, t: { k: 'int' } } as const) : undefined,
    known: () => ['x'],
  };

  it('registers functions for the model checker and type-checks their calls', () => {
    const c = compileExpr('mod(x, 3) == 2 && range(0, 4).all(i, i < 4)', scope, undefined, {
      functions,
    });
    expect(c.fn(env([-1]))).toBe(true);
    expect(c.fn(env([5]))).toBe(true);
    expect(c.fn(env([3]))).toBe(false);
    expect(() => compileExpr("mod(x, 'a') == 1", scope, undefined, { functions })).toThrow(
      /needs two ints/,
    );
    expect(() =>
      compileExpr('mod(x, 0) == 1', scope, undefined, { functions }).fn(env([1])),
    ).toThrow(CelRuntimeError);
    expect(() => compileExpr('tail(x)', scope, undefined, { functions })).toThrow(/not supported/);
  });

  it('charges extension work to the budget', () => {
    const c = compileClosure('range(0, x).size() > 0', {
      mode: 'int',
      maxCost: 1000,
      functions,
      scope: {
        lookup: (n) =>
          n === 'x'
            ? { kind: 'closure', t: INT, fn: (e: { l: unknown[]; x?: number }) => e.x }
            : undefined,
        known: () => [],
      },
    });
    expect(c.fn({ l: [], x: 10 })).toBe(true);
    expect(() => c.fn({ l: [], x: 5000 })).toThrow(/cost budget/);
  });

  it('refuses to redefine a standard function', () => {
    expect(() =>
      compileClosure('size(x)', {
        mode: 'int',
        functions: { size: functions['mod']! },
        scope: { lookup: () => undefined, known: () => [] },
      }),
    ).toThrow(CelCompileError);
  });
});
