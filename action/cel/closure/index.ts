/**
 * The one CEL closure compiler of Maestro Gate, used by the invariant gate and the runtime
 * library (through `compileCel`, `json` mode) and by the model checker (through
 * `gates/modelcheck/expr.ts`, `int` mode). `@bufbuild/cel` parses (it passes the cel-spec
 * conformance suite, so the syntax and the macro expansion are exactly CEL's) and stays the
 * reference: a closure either computes what the library computes or refuses, and then the
 * library evaluates (json mode), or the expression is rejected when it is compiled (int mode).
 * `tests/cel/closure-differential.test.ts` checks this on generated expressions and inputs.
 *
 * Pipeline: {@link parseExpression} (length limit, syntax errors, cached by source) →
 * {@link Compiler} (static types, depth and macro-nesting limits, names resolved through the
 * caller's {@link Scope}, constant folding) → closures `(env) => value`, evaluated under the
 * cost budget of `budget.ts`.
 *
 * Limits are those of `limits.ts`, for every caller: length {@link DEFAULT_MAX_LENGTH}, depth
 * {@link DEFAULT_MAX_DEPTH}, macro nesting {@link DEFAULT_MAX_COMPREHENSION_NESTING}, cost
 * {@link DEFAULT_MAX_COST} per evaluation (plus `maxEvalMs` when a clock is given). Errors are
 * those of `errors.ts`: {@link CelCompileError} (`syntax` | `type` | `limit`) when compiling,
 * {@link CelRuntimeError} (a {@link CelEvalError}: `runtime` | `cost` | `deadline`) when
 * evaluating.
 *
 * ## Extension functions (for the model checker's spec language)
 * Pass `functions` to {@link compileClosure} (or to `compileExpr` in the model checker): a
 * {@link FunctionRegistry} maps a global function name to a {@link CelFunction} with its arity,
 * a static `type(args)` check that returns the result type or an error message, and a pure
 * `impl(args, ctx)` that receives the evaluated arguments in the mode's representation (in
 * `int` mode: ints are JS numbers, lists arrays, records plain objects) and returns one. It
 * throws `CelRuntimeError` for a domain error and calls `ctx.charge(n)` for work beyond
 * constant time, so an extension cannot escape the cost budget. Example (floored modulus):
 *
 * ```ts
 * const functions: FunctionRegistry = {
 *   mod: {
 *     arity: 2,
 *     type: (a) => (a.every((t) => t.k === 'int' || t.k === 'dyn') ? INT : 'needs two ints'),
 *     impl: ([a, b]) => {
 *       if (b === 0) throw new CelRuntimeError('mod by zero');
 *       return (((a as number) % (b as number)) + (b as number)) % (b as number);
 *     },
 *   },
 *   range: {
 *     arity: 2,
 *     type: () => listOf(INT),
 *     impl: ([a, b], ctx) => {
 *       const n = Math.max(0, (b as number) - (a as number));
 *       ctx.charge(n);
 *       return Array.from({ length: n }, (_, i) => (a as number) + i);
 *     },
 *   },
 * };
 * ```
 * Standard names (`size`, `contains`, operators, macros) cannot be redefined.
 */
import { withBudget, type BudgetLimits } from './budget.js';
import { Compiler, type CallHook, type Closure, type ClosureEnv, type Scope } from './compiler.js';
import { CelCompileError } from './errors.js';
import type { FunctionRegistry } from './functions.js';
import { BUILTIN_FUNCTIONS } from './functions.js';
import {
  DEFAULT_MAX_COMPREHENSION_NESTING,
  DEFAULT_MAX_COST,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_EVAL_MS,
  DEFAULT_MAX_LENGTH,
  type CelLimits,
} from './limits.js';
import { offsetFinder, parseExpression, type ParsedCel } from './parse.js';
import type { CelT } from './types.js';
import { INT_OPS } from './int-ops.js';
import { JSON_OPS } from './json-ops.js';
import type { NumberMode, Ops } from './values.js';

export * from './errors.js';
export * from './limits.js';
export * from './types.js';
export type { CallContext, CelFunction, FunctionRegistry } from './functions.js';
export type {
  CallHook,
  Closure,
  ClosureEnv,
  Compiled,
  HookContext,
  Scope,
  ScopeBinding,
} from './compiler.js';
export { parseExpression, offsetFinder, type ParsedCel } from './parse.js';
export { quantifierOf } from './macros.js';
export { showValue, type MapLike, type NumberMode } from './values.js';

/** The runtime operations of `mode`. */
export function opsFor(mode: NumberMode): Ops {
  return mode === 'json' ? JSON_OPS : INT_OPS;
}
export { budgetOverrun, checkClock, step, withBudget, type BudgetLimits } from './budget.js';

/** Options of {@link compileClosure}. */
export interface ClosureOptions<E extends ClosureEnv> extends CelLimits {
  /** Number convention: `int` (JS numbers are ints) or `json` (numbers are doubles). */
  mode: NumberMode;
  /** Resolves free names. */
  scope: Scope<E>;
  /** Extension functions (see the module comment). */
  functions?: FunctionRegistry;
  /** Specialised closures for some calls (the model checker's set-membership bit tests). */
  hook?: CallHook<E>;
  /** Clock for `maxEvalMs` (without one only the cost budget bounds an evaluation). */
  clock?: () => number;
  /** Where expressions are written, for messages ("in specs"). */
  dialect?: string;
  /** json mode: true when the bindings hold a variable of this dotted name. */
  qualified?: (env: E, name: string) => boolean;
}

/** A compiled expression. */
export interface CompiledClosure<E extends ClosureEnv> {
  /** Evaluates; throws `CelRuntimeError` (json mode also `REFUSED`). */
  fn: Closure<E>;
  /** The static result type. */
  type: CelT;
  /** Scope bindings (their `reads` index) the expression reads. */
  reads: Set<number>;
  /** Macro slots the environment's `l` array needs. */
  slots: number;
  /** True when evaluation is not linear in the expression (macros, extension calls). */
  hasLoops: boolean;
  /** Set when the whole expression is a constant (folded when it was compiled). */
  known?: { value: unknown };
  /** The budget `fn` evaluates under (when it has loops). */
  limits: BudgetLimits;
  /** The parsed expression (shared with other compilations of the same source). */
  parsed: ParsedCel;
  /** The compiler (for callers that compile further parts against the same state). */
  compiler: Compiler<E>;
  /** The offset in the source of an AST node. */
  offsetOf(id: bigint | undefined): number;
}

/**
 * Parses and compiles `source`. Throws {@link CelCompileError}: `syntax`, `limit` (length,
 * depth, macro nesting) or `type` (unknown name or function, impossible operand types, or a
 * construct the compiler does not support).
 */
export function compileClosure<E extends ClosureEnv>(
  source: string,
  opts: ClosureOptions<E>,
): CompiledClosure<E> {
  const parsed = parseExpression(source, opts.maxLength ?? DEFAULT_MAX_LENGTH);
  const functions = opts.functions ?? {};
  for (const name of Object.keys(functions)) {
    if (BUILTIN_FUNCTIONS.includes(name))
      throw new CelCompileError(
        'type',
        `the standard function \`${name}\` cannot be redefined`,
        source,
        0,
      );
  }
  const offsetOf = offsetFinder(parsed);
  const maxCost = opts.maxCost ?? DEFAULT_MAX_COST;
  const compiler = new Compiler<E>({
    ops: opsFor(opts.mode),
    scope: opts.scope,
    functions,
    hook: opts.hook,
    maxDepth: opts.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxComprehensionNesting: opts.maxComprehensionNesting ?? DEFAULT_MAX_COMPREHENSION_NESTING,
    maxCost,
    offsetOf,
    source,
    dialect: opts.dialect ?? 'here',
    qualified: opts.qualified,
  });
  let out;
  try {
    out = compiler.compile(parsed.expr, new Map(), 1, 0);
  } catch (thrown) {
    if (thrown instanceof RangeError)
      throw new CelCompileError(
        'limit',
        'the expression is nested too deeply to compile',
        source,
        0,
        thrown,
      );
    throw thrown;
  }
  const root = out.fn;
  const hasLoops = compiler.loops > 0;
  const limits = { maxCost, maxEvalMs: opts.maxEvalMs ?? DEFAULT_MAX_EVAL_MS, clock: opts.clock };
  const fn: Closure<E> = hasLoops ? (env) => withBudget(limits, root, env) : root;
  return {
    fn,
    type: out.t,
    reads: compiler.reads,
    slots: compiler.maxSlot,
    hasLoops,
    limits,
    ...(out.known !== undefined ? { known: out.known } : {}),
    parsed,
    compiler,
    offsetOf,
  };
}
