import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CelEvalError, compileCel } from '../../action/cel/index.js';

type Outcome = boolean | `error:${string}`;

function outcome(source: string, bindings: Record<string, unknown>, fastPath: boolean): Outcome {
  try {
    return compileCel(source, { fastPath }).evalBool(bindings);
  } catch (thrown) {
    if (thrown instanceof CelEvalError) return `error:${thrown.kind}`;
    throw thrown;
  }
}

const FIELDS = ['a', 'b', 'c', 'm', 'missing'] as const;

const leaf = fc.oneof(
  fc.constantFrom(...FIELDS),
  fc.constantFrom('m.x', 'm.y', 'm.z', 'record.a'),
  fc.integer({ min: -3, max: 3 }).map(String),
  fc.constantFrom('1.5', '0.0', '-2.0', "'x'", "'ab'", "''", 'true', 'false', 'null', '3u'),
);

const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(tie('e'), fc.constantFrom('<', '<=', '>', '>=', '==', '!='), tie('e'))
      .map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc
      .tuple(tie('e'), fc.constantFrom('&&', '||'), tie('e'))
      .map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc
      .tuple(tie('e'), fc.constantFrom('+', '-', '*'), tie('e'))
      .map(([l, op, r]) => `(${l} ${op} ${r})`),
    tie('e').map((x) => `!${x}`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, t, f]) => `(${c} ? ${t} : ${f})`),
    tie('e').map((x) => `(${x} in ['x', 'ab', ''])`),
    fc.tuple(tie('e'), fc.constantFrom('l', 'm.x', 'a')).map(([x, l]) => `(${x} in ${l})`),
    fc
      .tuple(tie('e'), fc.constantFrom('startsWith', 'endsWith', 'contains'), tie('e'))
      .map(([t, m, a]) => `${t}.${m}(${a})`),
    fc.constantFrom('has(m.x)', 'has(m.z)', 'has(record.missing)'),
  ),
})).e;

const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.double({ noDefaultInfinity: false }),
  fc.integer({ min: -3, max: 3 }),
  fc.bigInt({ min: -3n, max: 3n }),
  fc.constantFrom('x', 'ab', '', 'xab'),
  fc.boolean(),
  fc.constant(null),
  fc.constant([1, 2]),
  fc.constant(['x', 2, null, true, 1n]),
  fc.constant([{ x: 1 }, 'ab']),
);

// Null-prototype objects are left out: the library itself fails on them (a thrown TypeError,
// which the CEL layer reports as an evaluation error), whatever the expression.
const record = fc.record(
  {
    l: fc.array(
      fc.oneof(
        fc.constantFrom('x', 'ab', ''),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        fc.constant(null),
      ),
      { maxLength: 4 },
    ),
    a: value,
    b: value,
    c: value,
    m: fc.oneof(
      fc.record({ x: value, y: value }, { requiredKeys: [], noNullPrototype: true }),
      value,
    ),
  },
  { noNullPrototype: true },
);

describe('the predicate fast path agrees with @bufbuild/cel', () => {
  it('on random expressions over random records', () => {
    fc.assert(
      fc.property(expr, record, (source, rec) => {
        let compiles = true;
        try {
          compileCel(source, { fastPath: false });
        } catch {
          compiles = false;
        }
        fc.pre(compiles);
        const bindings: Record<string, unknown> = { ...rec };
        Object.defineProperty(bindings, 'record', { value: bindings, enumerable: false });
        expect(outcome(source, bindings, true)).toEqual(outcome(source, bindings, false));
      }),
      { numRuns: 3000, seed: 20261121 },
    );
  });

  it.each([
    ['a <= 3', { a: 2.5 }, true],
    ['a == 1', { a: 1 }, true],
    ['a == 1', { a: 1n }, true],
    ['a != "1"', { a: 1 }, true],
    ['a < b', { a: 'a', b: 'b' }, true],
    ['a in ["x", "y"]', { a: 'y' }, true],
    ['a in ["x", "y"]', { a: 3 }, false],
    ['has(m.x) && !has(m.y)', { m: { x: 1 } }, true],
    ['a + b <= 3.0', { a: 1, b: 2 }, true],
    ['s.startsWith("ab") && s.endsWith("z")', { s: 'abz' }, true],
  ] as const)('%s (case %#)', (source, bindings, want) => {
    expect(outcome(source, bindings, true)).toBe(want);
    expect(outcome(source, bindings, false)).toBe(want);
  });

  it('leaves errors to the library', () => {
    expect(outcome('missing > 1', {}, true)).toBe('error:runtime');
    expect(outcome('a + 1 > 0', { a: 1 }, true)).toBe('error:runtime');
    expect(outcome('false && missing', {}, true)).toBe(false);
    expect(outcome('a', { a: 'yes' }, true)).toBe('error:type');
    expect(outcome('constructor == 1', {}, true)).toBe('error:runtime');
  });
});
