import { describe, expect, it } from 'vitest';
import {
  CelCompileError,
  CelEvalError,
  compileCel,
  DEFAULT_MAX_LENGTH,
  lineColumn,
  toCelInput,
  toPlain,
} from '../../action/cel/index.js';

function compileError(source: string, opts = {}): CelCompileError {
  try {
    compileCel(source, opts);
  } catch (thrown) {
    if (thrown instanceof CelCompileError) return thrown;
    throw thrown;
  }
  throw new Error(`expected ${source} not to compile`);
}

function evalError(run: () => unknown): CelEvalError {
  try {
    run();
  } catch (thrown) {
    if (thrown instanceof CelEvalError) return thrown;
    throw thrown;
  }
  throw new Error('expected an evaluation error');
}

describe('compileCel', () => {
  it('compiles once and evaluates many times', () => {
    const p = compileCel('total_spend_usd <= budget_usd', { expect: 'bool' });
    expect(p.type).toBe('bool');
    expect(p.identifiers).toEqual(['budget_usd', 'total_spend_usd']);
    expect(p.evalBool({ total_spend_usd: 3, budget_usd: 5 })).toBe(true);
    expect(p.evalBool({ total_spend_usd: 7.5, budget_usd: 5 })).toBe(false);
  });

  it.each([
    ['a <= ', 'syntax', 1, 3],
    ['a &&\n  )', 'syntax', 1, 3],
    ['a &&\n  b &&\n  )', 'syntax', 2, 5],
    ['1 + "a"', 'type', 1, 2],
    ['size(1) > 0', 'type', 1, 1],
    ['x > 0 && size(1) > 0', 'type', 1, 10],
    ['!3', 'type', 1, 1],
    ['frobnicate(x)', 'type', 1, 1],
    ['1 + 2', 'type', 1, 1],
    ['x.all(a, x.all(b, x.all(c, a == c)))', 'limit', 1, 20],
  ] as const)('rejects %j as a %s error at %i:%i', (source, kind, line, column) => {
    const err = compileError(source, { expect: 'bool' });
    expect(err.kind).toBe(kind);
    expect([err.line, err.column]).toEqual([line, column]);
    expect(err.message).toContain(`${line}:${column}`);
  });

  it('rejects empty, oversized and too deep expressions', () => {
    expect(compileError('   ').kind).toBe('syntax');
    expect(compileError('a'.repeat(DEFAULT_MAX_LENGTH + 1)).kind).toBe('limit');
    expect(compileError('a + 1', { maxLength: 3 }).kind).toBe('limit');
    const deep = `${'(a + '.repeat(40)}1${')'.repeat(40)} > 0`;
    expect(compileError(deep).kind).toBe('limit');
    expect(compileError('x.all(a, a > 0)', { maxComprehensionNesting: 0 }).kind).toBe('limit');
    expect(
      compileError(`${'['.repeat(5000)}${']'.repeat(5000)}`, { maxLength: 20000 }).kind,
    ).toMatch(/limit|syntax/);
  });

  it('rejects undeclared variables when variables are declared', () => {
    expect(compileCel('x + 1 > y', { variables: { x: 'int', y: 'int' } }).type).toBe('bool');
    const err = compileError('x + z', { variables: { x: 'int' } });
    expect(err.detail).toContain("undeclared reference to 'z'");
    expect(err.column).toBe(5);
    expect(compileError('x + "s"', { variables: { x: 'int' } }).kind).toBe('type');
  });
});

describe('CelProgram.evaluate', () => {
  it('turns runtime errors into CelEvalError with a position', () => {
    const p = compileCel('a + b');
    const err = evalError(() => p.evaluate({ a: 1 }));
    expect(err.kind).toBe('runtime');
    expect(evalError(() => p.evaluate({ a: 1, b: 2n })).detail).toContain("'_+_'");
    expect(evalError(() => compileCel('m.x').evaluate({ m: {} })).column).toBe(2);
    expect(evalError(() => compileCel('1 / z').evaluate({ z: 0n })).kind).toBe('runtime');
  });

  it('evalBool fails on a non-boolean result', () => {
    const err = evalError(() => compileCel('a').evalBool({ a: 'yes' }));
    expect(err.kind).toBe('type');
    expect(err.message).toContain('not a bool');
    expect(evalError(() => compileCel('a').evalBool({ a: null })).kind).toBe('type');
  });

  it('does not expose prototype members of bindings', () => {
    expect(evalError(() => compileCel('m.constructor').evaluate({ m: {} })).kind).toBe('runtime');
    expect(evalError(() => compileCel('toString').evaluate({})).kind).toBe('runtime');
  });

  it('converts results to plain JS', () => {
    expect(compileCel('[1, 2.5, "x", true, null]').evaluate({})).toEqual([
      1n,
      2.5,
      'x',
      true,
      null,
    ]);
    expect(compileCel('{"a": {"b": 1u}}').evaluate({})).toEqual({ a: { b: 1n } });
    const m = compileCel('{1: "one"}').evaluate({});
    expect(m).toBeInstanceOf(Map);
    expect((m as Map<bigint, string>).get(1n)).toBe('one');
    expect(toPlain('x')).toBe('x');
  });

  it('times programs with macros against the deadline (injected clock)', () => {
    let now = 0;
    const p = compileCel('xs.all(x, x > 0)', {
      maxEvalMs: 10,
      clock: () => {
        now += 6;
        return now;
      },
    });
    expect(p.hasMacros).toBe(true);
    expect(p.evalBool({ xs: [1] })).toBe(true);
    now = 0;
    const slow = compileCel('xs.all(x, x > 0)', {
      maxEvalMs: 10,
      clock: () => {
        now += 11;
        return now;
      },
    });
    expect(evalError(() => slow.evalBool({ xs: [1] })).kind).toBe('deadline');
  });
});

describe('helpers', () => {
  it('toCelInput turns safe integers into ints on request', () => {
    expect(toCelInput({ a: [1, 2.5] }, { integers: 'int' })).toEqual({ a: [1n, 2.5] });
    expect(toCelInput({ a: 1 })).toEqual({ a: 1 });
    expect(
      compileCel('n + 1 == 3').evalBool(
        toCelInput({ n: 2 }, { integers: 'int' }) as Record<string, unknown>,
      ),
    ).toBe(true);
  });

  it('lineColumn counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab', 99)).toEqual({ line: 1, column: 3 });
  });
});
