/**
 * The shared CEL layer of Maestro Gate: one small, stable API over `@bufbuild/cel` used by the
 * invariant gate, the bounded model-check gate and the runtime library.
 *
 * Contract:
 * - {@link compileCel} parses, checks and plans an expression once; it throws
 *   {@link CelCompileError} (with `offset`, `line`, `column` inside the expression, so callers
 *   can add the position of the expression in their own file) and never returns a program
 *   that exceeds the limits.
 * - {@link CelProgram.evaluate} runs the planned expression many times; it throws
 *   {@link CelEvalError} on any CEL runtime error (missing field, no matching overload,
 *   division by zero, overflow, deadline) and never returns a CEL error value.
 * - {@link CelProgram.evalBool} is the fast path for predicates: it returns a JS boolean or
 *   throws {@link CelEvalError} (kind `type`) when the result is anything else.
 *
 * Numbers. CEL has distinct `int` (64-bit), `uint` and `double` types and no implicit
 * conversion in arithmetic: `1 + 2.0` is an error, while comparisons across numeric types
 * (`x <= 3` with `x` a double) are fine. Bindings are handed to CEL as given:
 * a JS `number` is a CEL `double`, a `bigint` is a CEL `int`. JSON has one number type, so
 * trace records parsed with `JSON.parse` carry doubles (the convention of cel-go's
 * `google.protobuf.Struct`): compare freely, but write `retries + 1.0` or `int(retries) + 1`
 * for arithmetic with literals. Callers that model integers (state variables of a spec) should
 * bind them as `bigint`, or convert a JSON-like value with {@link toCelInput}
 * (`integers: 'int'`). Results converted with {@link toPlain}: `int`/`uint` → `bigint`
 * (lossless; binding it again keeps the CEL type), `double` → `number`, list → array,
 * map → plain object (string keys) or `Map` (other keys), bytes → `Uint8Array`,
 * everything else (timestamps, durations, types) as the library's value.
 *
 * Limits. Expression length ({@link DEFAULT_MAX_LENGTH}), AST nesting
 * ({@link DEFAULT_MAX_DEPTH}) and macro nesting ({@link DEFAULT_MAX_COMPREHENSION_NESTING})
 * are enforced at compile time. Without macros, evaluation time is linear in the expression
 * size; with macros it is bounded by the size of the bound lists to the power of the macro
 * nesting. JavaScript cannot pre-empt a synchronous evaluation, so programs that contain
 * macros count their loop iterations against `maxCost` ({@link DEFAULT_MAX_COST}) and read
 * the clock while they run, whether the closure compiler or the library (`library.ts`)
 * evaluates them: past either limit the evaluation fails with {@link CelEvalError} (kind
 * `cost` or `deadline`, `maxEvalMs` {@link DEFAULT_MAX_EVAL_MS}); callers bound the size of
 * the data they bind (the invariant gate bounds trace line length).
 */
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import { checkExpr, type CheckSummary } from './check.js';
import {
  CelCompileError,
  CelEvalError,
  DEFAULT_MAX_COMPREHENSION_NESTING,
  DEFAULT_MAX_COST,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_EVAL_MS,
  DEFAULT_MAX_LENGTH,
  offsetFinder,
  parseExpression,
  type BudgetLimits,
  type ParsedCel,
} from './closure/index.js';
import { describeCelValue, toPlain } from './convert.js';
import { jsonClosure } from './json-closure.js';
import { celEnvironment, planLibrary, underBudget } from './library.js';
import type { CelProgram, CelTypeName, CompileOptions } from './options.js';

export {
  CelCompileError,
  CelEvalError,
  DEFAULT_MAX_COMPREHENSION_NESTING,
  DEFAULT_MAX_COST,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_EVAL_MS,
  DEFAULT_MAX_LENGTH,
  type ParsedCel,
};
export type { CelCompileErrorKind, CelEvalErrorKind } from './closure/index.js';
export { lineColumn } from './closure/index.js';
export type { CelProgram, CelTypeName, CompileOptions } from './options.js';
export { describeCelValue, toCelInput, toPlain, type CelInputOptions } from './convert.js';
export { compileJsonClosure } from './json-closure.js';
export { celEnvironment } from './library.js';

/**
 * Parses a CEL expression without checking or planning it (cached by source; the length limit
 * applies). Throws {@link CelCompileError}.
 */
export function parseCel(source: string): ParsedCel {
  return parseExpression(source);
}

/**
 * Compiles a CEL expression. Throws {@link CelCompileError} on syntax errors, checker errors
 * (unknown function, impossible operand types, undeclared variable when `variables` is given,
 * result type differing from `expect`) and limit violations.
 */
export function compileCel(source: string, opts: CompileOptions = {}): CelProgram {
  const parsed = parseExpression(source, opts.maxLength ?? DEFAULT_MAX_LENGTH);

  const offsetOf = offsetFinder(parsed);
  const declared =
    opts.variables === undefined ? undefined : new Map(Object.entries(opts.variables));
  const checked = checkExpr(
    celEnvironment(),
    parsed.expr,
    {
      maxDepth: opts.maxDepth ?? DEFAULT_MAX_DEPTH,
      maxComprehensionNesting: opts.maxComprehensionNesting ?? DEFAULT_MAX_COMPREHENSION_NESTING,
    },
    declared,
  );
  if (!checked.ok) {
    throw new CelCompileError(
      checked.problem.kind,
      checked.problem.message,
      source,
      offsetOf(checked.problem.exprId),
    );
  }
  const summary: CheckSummary = checked.summary;
  if (opts.expect !== undefined && summary.type !== 'dyn' && summary.type !== opts.expect) {
    throw new CelCompileError(
      'type',
      `the expression must yield ${opts.expect}, but yields ${summary.type}`,
      source,
      0,
    );
  }

  const hasMacros = summary.comprehensionNesting > 0;
  const maxEvalMs = opts.maxEvalMs ?? DEFAULT_MAX_EVAL_MS;
  const clock = opts.clock ?? (() => performance.now());
  // Programs with macros run under one budget per evaluation, spent by the closure and, when
  // it refuses, by the library together: either way an evaluation ends within its cost budget
  // and about `maxEvalMs`. Programs without macros are linear in the expression.
  const budget: BudgetLimits | undefined = hasMacros
    ? { maxCost: opts.maxCost ?? DEFAULT_MAX_COST, maxEvalMs, clock }
    : undefined;
  const evalRaw = planLibrary(parsed, source, offsetOf, budget);

  const slowBool = (bindings: Readonly<Record<string, unknown>>): boolean => {
    const value = evalRaw(bindings);
    if (value === true || value === false) return value;
    throw new CelEvalError(
      'type',
      `the expression yielded ${describeCelValue(value)}, not a bool`,
      source,
    );
  };
  // Predicates run as closures compiled by the shared compiler (json mode): exact where they
  // answer, and bounded by the cost budget; whatever they refuse (or fail on) is answered by
  // the library, so values and error messages are always the library's.
  const fast =
    opts.fastPath === false
      ? undefined
      : jsonClosure(source, opts, summary.comprehensionNesting > 0 ? clock : undefined);

  const predicate =
    fast === undefined
      ? slowBool
      : (bindings: Readonly<Record<string, unknown>>): boolean => {
          const v = fast(bindings);
          return v === true || v === false ? v : slowBool(bindings);
        };
  return {
    source,
    type: summary.type as CelTypeName,
    identifiers: summary.identifiers,
    hasMacros,
    evaluate: (bindings) => {
      const raw = evalRaw(bindings);
      try {
        return toPlain(raw);
      } catch (thrown) {
        throw new CelEvalError(
          'runtime',
          `the result cannot be converted: ${String(thrown)}`,
          source,
          undefined,
          thrown,
        );
      }
    },
    evaluateRaw: evalRaw,
    evalBool: budget === undefined ? predicate : (b) => underBudget(budget, source, predicate, b),
  };
}

/** Re-exported for callers that inspect the AST (the model-check gate's fingerprints, docs). */
export type { Expr as CelExpr };
