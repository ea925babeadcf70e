// Differential test of the shared CEL closure compiler against @bufbuild/cel (the reference):
// on generated expressions and inputs, whatever the compiler answers, the library answers too.
import fc from 'fast-check';
import { run as celRun } from '@bufbuild/cel';
import { describe, expect, it } from 'vitest';
import { CelEvalError, compileCel, compileJsonClosure, toPlain } from '../../action/cel/index.js';
import {
  CelCompileError,
  compileClosure,
  DYN,
  INT,
  REFUSED,
  type ClosureEnv,
  type Scope,
} from '../../action/cel/closure/index.js';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from '../helpers/fuzz.js';

type Outcome = { value: unknown } | 'error' | 'refused';

/** Deep equality with NaN equal to NaN and null-prototype maps equal to plain objects. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || a === b;
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) || Array.isArray(b)) return false;
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return (
      same(ka, kb) &&
      ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

function library(source: string, bindings: Record<string, unknown>): Outcome {
  try {
    return { value: compileCel(source, { fastPath: false }).evaluate(bindings) };
  } catch (thrown) {
    if (thrown instanceof CelEvalError || thrown instanceof CelCompileError) return 'error';
    throw thrown;
  }
}

function closure(source: string, bindings: Record<string, unknown>): Outcome | 'unsupported' {
  const fn = compileJsonClosure(source);
  if (fn === undefined) return 'unsupported';
  try {
    return { value: fn(bindings) };
  } catch (thrown) {
    if (thrown === REFUSED) return 'refused';
    if (thrown instanceof CelEvalError) return 'error';
    throw thrown;
  }
}

const FIELDS = ['a', 'b', 'c', 's', 'l', 'm', 'missing'];

const leaf = (vars: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...FIELDS, ...vars),
    fc.constantFrom('m.x', 'm.y', 'm.z', 'm.n'),
    fc.integer({ min: -3, max: 3 }).map(String),
    fc.constantFrom(
      '1.5',
      '0.0',
      '-2.0',
      '2.0',
      "'x'",
      "'ab'",
      "''",
      "'é𝄞'",
      'true',
      'false',
      'null',
    ),
    fc.constantFrom('[1, 2]', "['x', 'ab']", '[]', "{'x': 1, 'y': 'ab'}", '{}', '[1.0, 2]'),
    fc.constantFrom('9223372036854775807', '-9223372036854775807'),
  );

function exprOf(vars: string[], depth: number): fc.Arbitrary<string> {
  if (depth <= 0) return leaf(vars);
  const sub = exprOf(vars, depth - 1);
  const withVar = (v: string): fc.Arbitrary<string> => exprOf([...vars, v], depth - 1);
  const v = vars.length === 0 ? 'v' : 'w';
  return fc.oneof(
    { depthSize: 'small' },
    leaf(vars),
    fc
      .tuple(sub, fc.constantFrom('<', '<=', '>', '>=', '==', '!='), sub)
      .map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc.tuple(sub, fc.constantFrom('&&', '||'), sub).map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc
      .tuple(sub, fc.constantFrom('+', '-', '*', '/', '%'), sub)
      .map(([l, op, r]) => `(${l} ${op} ${r})`),
    sub.map((x) => `!${x}`),
    sub.map((x) => `-${x}`),
    fc.tuple(sub, sub, sub).map(([c, t, f]) => `(${c} ? ${t} : ${f})`),
    fc.tuple(sub, sub).map(([x, c]) => `(${x} in ${c})`),
    fc.tuple(sub, sub).map(([x, i]) => `${x}[${i}]`),
    sub.map((x) => `size(${x})`),
    fc
      .tuple(sub, fc.constantFrom('startsWith', 'endsWith', 'contains'), sub)
      .map(([t, m, a]) => `${t}.${m}(${a})`),
    fc.constantFrom('has(m.x)', 'has(m.z)', 'has(m.n)', 'has(missing.x)'),
    fc
      .tuple(sub, fc.constantFrom('all', 'exists', 'exists_one', 'map', 'filter'), withVar(v))
      .map(([r, m, body]) => `${r}.${m}(${v}, ${body})`),
    fc.tuple(sub, sub).map(([k, x]) => `{${k}: ${x}}`),
    fc.tuple(sub, sub).map(([x, y]) => `[${x}, ${y}]`),
  );
}

const scalar = fc.oneof(
  fc.double(),
  fc.integer({ min: -3, max: 3 }),
  fc.bigInt({ min: -3n, max: 3n }),
  fc.constantFrom(2n ** 63n - 1n, -(2n ** 63n), 1e300, -0),
  fc.constantFrom('x', 'ab', '', 'xab', 'é𝄞'),
  fc.boolean(),
  fc.constant(null),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  fc.dictionary(fc.constantFrom('x', 'y', 'ab'), scalar, { maxKeys: 3, noNullPrototype: true }),
  fc.constant(Object.assign(Object.create(null) as object, { x: 1 })),
);
const record = fc.record(
  {
    a: value,
    b: value,
    c: value,
    s: fc.constantFrom('x', 'ab', '', 'xab'),
    l: fc.array(scalar, { maxLength: 5 }),
    m: fc.oneof(
      fc.record(
        { x: value, y: value, n: fc.constant(null) },
        { requiredKeys: [], noNullPrototype: true },
      ),
      value,
    ),
  },
  { requiredKeys: [], noNullPrototype: true },
);

describe('fuzz: closure compiler (json mode) agrees with @bufbuild/cel', () => {
  it('agrees with the library on ints beyond 2^53 and on map keys whose value is null', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['-9223372036854775807 > m.x', { m: { x: -(2n ** 63n) } }],
      ['!!(-9223372036854775807 > m.x)', { m: { x: -(2n ** 63n) } }],
      ['9223372036854775807 < m.x', { m: { x: 2n ** 63n - 1n } }],
      ['m.x >= 9223372036854775806', { m: { x: 2n ** 63n - 1n } }],
      ['-9223372036854775807 > m.x', { m: { x: -9223372036854775808 } }],
      // A key whose value is null is absent for the library, as for has().
      ["'x' in m", { m: { x: null } }],
      ["'x' in m", { m: { x: 1n } }],
      ["'y' in m", { m: { x: null } }],
    ];
    for (const [source, bindings] of cases) {
      // The compiler may leave an evaluation to the library; what it answers must be the library's.
      const mine = closure(source, bindings);
      if (mine !== 'refused') expect([source, mine]).toEqual([source, library(source, bindings)]);
    }
    expect(closure(cases[0]![0], cases[0]![1])).toEqual({ value: true });
  });

  it(
    'on generated expressions and records: a value or an error only where the library gives it',
    () => {
      let decided = 0;
      let total = 0;
      fc.assert(
        fc.property(exprOf([], 3), record, (source, bindings) => {
          try {
            compileCel(source);
          } catch (thrown) {
            if (thrown instanceof CelCompileError) return; // the checker rejects it for both
            throw thrown;
          }
          total++;
          const mine = closure(source, bindings);
          if (mine === 'unsupported' || mine === 'refused') return;
          decided++;
          const theirs = library(source, bindings);
          if (mine === 'error') {
            expect([source, theirs === 'error' ? 'error' : theirs]).toEqual([source, 'error']);
            return;
          }
          expect(theirs, source).not.toBe('error');
          if (!same(mine.value, (theirs as { value: unknown }).value)) {
            expect([source, mine.value]).toEqual([source, (theirs as { value: unknown }).value]);
          }
        }),
        { numRuns: fuzzRuns(10_000) },
      );
      // The compiler must decide most checked expressions itself, or the test says little.
      // (About half: the grammar deliberately reaches missing fields, null-prototype objects and
      // other values the compiler leaves to the library.)
      expect(decided / total).toBeGreaterThan(0.4);
      expect(total).toBeGreaterThan(1000);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'evalBool gives the library answer on every generated predicate',
    () => {
      fc.assert(
        fc.property(exprOf([], 2), record, (source, bindings) => {
          let program;
          try {
            program = compileCel(source);
          } catch {
            return;
          }
          const fast = (() => {
            try {
              return program.evalBool(bindings);
            } catch (thrown) {
              if (thrown instanceof CelEvalError) return `error:${thrown.kind}`;
              throw thrown;
            }
          })();
          const slow = (() => {
            try {
              return compileCel(source, { fastPath: false }).evalBool(bindings);
            } catch (thrown) {
              if (thrown instanceof CelEvalError) return `error:${thrown.kind}`;
              throw thrown;
            }
          })();
          expect([source, fast]).toEqual([source, slow]);
        }),
        { numRuns: fuzzRuns(2_000) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

interface IntEnv extends ClosureEnv {
  b: Record<string, unknown>;
}

const INT_NAMES = ['x', 'y', 'n', 'xs'];
const intScope: Scope<IntEnv> = {
  lookup: (name) =>
    INT_NAMES.includes(name)
      ? {
          kind: 'closure',
          t:
            name === 'xs'
              ? { k: 'list', elem: INT }
              : name === 'n'
                ? { k: 'string' }
                : name === 'x' || name === 'y'
                  ? INT
                  : DYN,
          fn: (env) => env.b[name],
        }
      : undefined,
  known: () => INT_NAMES,
};

function intExpr(vars: string[], depth: number): fc.Arbitrary<string> {
  const leafs = fc.oneof(
    fc.constantFrom('x', 'y', 'n', 'xs', ...vars),
    fc.integer({ min: -4, max: 4 }).map(String),
    fc.constantFrom("'a'", "'b'", 'true', 'false', '[1, 2, 3]', "{'k': 1}"),
  );
  if (depth <= 0) return leafs;
  const sub = intExpr(vars, depth - 1);
  const v = vars.length === 0 ? 'i' : 'j';
  return fc.oneof(
    { depthSize: 'small' },
    leafs,
    fc
      .tuple(sub, fc.constantFrom('<', '<=', '==', '!=', '>'), sub)
      .map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc.tuple(sub, fc.constantFrom('&&', '||'), sub).map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc
      .tuple(sub, fc.constantFrom('+', '-', '*', '/', '%'), sub)
      .map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc.tuple(sub, sub, sub).map(([c, t, f]) => `(${c} ? ${t} : ${f})`),
    fc.tuple(sub, sub).map(([a, c]) => `(${a} in ${c})`),
    sub.map((a) => `size(${a})`),
    fc
      .tuple(
        sub,
        fc.constantFrom('all', 'exists', 'exists_one', 'map', 'filter'),
        intExpr([...vars, v], depth - 1),
      )
      .map(([r, m, body]) => `${r}.${m}(${v}, ${body})`),
  );
}

const toBig = (v: unknown): unknown =>
  typeof v === 'number' ? BigInt(v) : Array.isArray(v) ? v.map(toBig) : v;
const fromBig = (v: unknown): unknown =>
  typeof v === 'bigint'
    ? Number(v)
    : Array.isArray(v)
      ? v.map(fromBig)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromBig(x)]))
        : v;

describe('fuzz: closure compiler (int mode, the model checker) agrees with @bufbuild/cel', () => {
  it(
    'on generated expressions over ints, strings and lists',
    () => {
      let decided = 0;
      fc.assert(
        fc.property(
          intExpr([], 3),
          fc.integer({ min: -5, max: 5 }),
          fc.integer({ min: -5, max: 5 }),
          fc.constantFrom('a', 'b'),
          fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 4 }),
          (source, x, y, n, xs) => {
            let c;
            try {
              c = compileClosure<IntEnv>(source, { mode: 'int', scope: intScope });
            } catch (thrown) {
              if (thrown instanceof CelCompileError) return; // refused when compiled
              throw thrown;
            }
            let mine: Outcome;
            try {
              mine = { value: c.fn({ b: { x, y, n, xs }, l: new Array(c.slots) }) };
            } catch (thrown) {
              if (!(thrown instanceof CelEvalError)) throw thrown;
              mine = 'error';
            }
            let theirs: Outcome;
            try {
              const r = celRun(source, { x: BigInt(x), y: BigInt(y), n, xs: toBig(xs) } as never);
              theirs =
                r instanceof Error ||
                (r as { constructor?: { name?: string } })?.constructor?.name === 'CelError'
                  ? 'error'
                  : { value: fromBig(toPlain(r)) };
            } catch {
              theirs = 'error';
            }
            decided++;
            if (mine === 'error') {
              expect([source, theirs]).toEqual([source, 'error']);
              return;
            }
            expect(theirs, source).not.toBe('error');
            if (!same(mine.value, (theirs as { value: unknown }).value))
              expect([source, mine.value]).toEqual([source, (theirs as { value: unknown }).value]);
          },
        ),
        { numRuns: fuzzRuns(3_000) },
      );
      expect(decided).toBeGreaterThan(100);
    },
    FUZZ_TIMEOUT_MS,
  );
});
