// fuzz: the CEL parser and compilers never crash on hostile input — a coded compile error or
// a program; evaluation gives a value or a coded evaluation error, within the cost budget.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CelCompileError, CelEvalError, compileCel } from '../../action/cel/index.js';
import { compileExpr, ExprError, type Env } from '../../action/gates/modelcheck/expr.js';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from '../helpers/fuzz.js';

const TOKENS = [
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '.',
  ',',
  ':',
  '?',
  '!',
  '-',
  '+',
  '*',
  '/',
  '%',
  '==',
  '!=',
  '<',
  '<=',
  '>=',
  '&&',
  '||',
  ' in ',
  'has(',
  '.all(',
  '.exists(',
  '.exists_one(',
  '.map(',
  '.filter(',
  'a',
  'b',
  'xs',
  'm',
  'x',
  '1',
  '0',
  '-9223372036854775808',
  '1.5',
  '1e308',
  '1u',
  "'s'",
  '"é𝄞"',
  "b'x'",
  "r'\\d'",
  '"""',
  '\\',
  'true',
  'false',
  'null',
  'size(',
  'int(',
  'double(',
  'string(',
  'dyn(',
  'type(',
  'matches(',
  '.startsWith(',
  'timestamp(',
  'duration(',
  ' ',
  '\n',
  '`',
  '@',
  '#',
  '\u0000',
  '\uFFFD',
  '\uD800',
];

const source = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((t) => t.join('')),
  fc.integer({ min: 1, max: 400 }).map((n) => `${'('.repeat(n)}1${')'.repeat(n)} == 1`),
  fc.integer({ min: 1, max: 400 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 1, max: 60 }).map((n) => Array.from({ length: n }, () => 'a').join(' && ')),
);

const binding = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 50 }),
  fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }),
);

describe('fuzz: CEL parser and compilers', () => {
  it(
    'compileCel/evalBool/evaluate: only CelCompileError or CelEvalError',
    () => {
      fc.assert(
        fc.property(
          source,
          fc.record({ a: binding, b: binding, xs: binding, m: binding, x: binding }),
          (src, bindings) => {
            let program;
            try {
              program = compileCel(src);
            } catch (thrown) {
              expect(thrown).toBeInstanceOf(CelCompileError);
              expect((thrown as CelCompileError).line).toBeGreaterThanOrEqual(1);
              return;
            }
            for (const run of [
              () => program.evalBool(bindings),
              () => program.evaluate(bindings),
            ]) {
              try {
                run();
              } catch (thrown) {
                expect(thrown).toBeInstanceOf(CelEvalError);
              }
            }
          },
        ),
        { numRuns: fuzzRuns(10_000) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'the model checker adapter: only ExprError when compiling, CelEvalError when evaluating',
    () => {
      const scope = {
        lookup: (name: string) =>
          name === 'x'
            ? ({ kind: 'param', index: 0, t: { k: 'int' } } as const)
            : name === 'xs'
              ? ({ kind: 'param', index: 1, t: { k: 'list', elem: { k: 'int' } } } as const)
              : undefined,
        known: () => ['x', 'xs'],
      };
      fc.assert(
        fc.property(
          source,
          fc.integer(),
          fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }),
          (src, x, xs) => {
            let c;
            try {
              c = compileExpr(src, scope);
            } catch (thrown) {
              expect(thrown).toBeInstanceOf(ExprError);
              return;
            }
            const env: Env = {
              v: [],
              s: new Uint32Array(0),
              p: [x, xs],
              l: new Array<unknown>(c.slots),
              load: () => undefined,
              has: () => false,
            };
            try {
              c.fn(env);
            } catch (thrown) {
              expect(thrown).toBeInstanceOf(CelEvalError);
            }
          },
        ),
        { numRuns: fuzzRuns(10_000) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
