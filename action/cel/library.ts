/**
 * The `@bufbuild/cel` evaluation of {@link compileCel}: the reference that answers whatever
 * the closure compiler refuses, planned once per expression and run with the library's
 * values and error messages.
 *
 * Bounded like the closures. The library evaluates synchronously and offers no step hook, so
 * every comprehension (the macros `all`, `exists`, `exists_one`, `map`, `filter`) is planned
 * with its loop condition wrapped in `@maestro_step(…)`, an identity function that charges one
 * step of the closure compiler's budget (`closure/budget.ts`) per iteration and reads the
 * clock every `CLOCK_EVERY` steps, and its range wrapped in `@maestro_loop(…)`, which reads
 * the clock before the library copies the range (an inner loop that stops at its first
 * element still costs that copy). `ids.all(a, ids.exists_one(b, string(b) == a))` over
 * 100,000 ids therefore stops with the same `cost` or `deadline` {@link CelEvalError} as the
 * compiled path, within about `maxEvalMs`. The library turns the thrown budget error into a
 * CEL error value that `||` or a loop condition could absorb; the overrun is kept by the
 * budget and re-thrown after the evaluation ({@link budgetOverrun}), so it never becomes a
 * value. `@` cannot start a CEL identifier, so no expression can call the step function.
 */
import { celEnv, celFunc, CelScalar, isCelError, plan, type CelEnv } from '@bufbuild/cel';
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import {
  budgetOverrun,
  CelCompileError,
  checkClock,
  CelEvalError,
  CelRuntimeError,
  step,
  withBudget,
  type BudgetLimits,
  type ParsedCel,
} from './closure/index.js';

/** Evaluates a planned expression; returns the raw CEL value or throws {@link CelEvalError}. */
export type LibraryEvaluator = (bindings: Readonly<Record<string, unknown>>) => unknown;

/** The function that charges one loop iteration (not a CEL identifier: no source can call it). */
const STEP_FUNCTION = '@maestro_step';
/** The function that reads the clock before a loop starts (the library copies its range). */
const LOOP_FUNCTION = '@maestro_loop';

let sharedEnv: CelEnv | undefined;

/**
 * The one CEL environment: the standard library, plus the step function that meters loops.
 * Created lazily.
 */
export function celEnvironment(): CelEnv {
  sharedEnv ??= celEnv({
    funcs: [
      celFunc(STEP_FUNCTION, [CelScalar.DYN], CelScalar.DYN, (condition) => {
        step();
        return condition;
      }),
      celFunc(LOOP_FUNCTION, [CelScalar.DYN], CelScalar.DYN, (range) => {
        checkClock();
        return range;
      }),
    ],
  });
  return sharedEnv;
}

/**
 * Runs `body(arg)` under `limits` (or under the budget already active); a cost or deadline
 * overrun, also one the library absorbed into a value, is thrown as a {@link CelEvalError} of
 * `source`.
 */
export function underBudget<A, T>(
  limits: BudgetLimits,
  source: string,
  body: (arg: A) => T,
  arg: A,
): T {
  try {
    return withBudget(limits, body, arg);
  } catch (thrown) {
    if (thrown instanceof CelRuntimeError && (thrown.kind === 'cost' || thrown.kind === 'deadline'))
      throw new CelEvalError(thrown.kind, thrown.detail, source, undefined, thrown);
    throw thrown;
  }
}

/**
 * Plans `parsed` with the library. Programs with macros (`budget`) are metered and run under
 * the budget; programs without are linear in the expression and run as planned. Throws
 * {@link CelCompileError} (kind `type`) when the library cannot plan the expression.
 */
export function planLibrary(
  parsed: ParsedCel,
  source: string,
  offsetOf: (id: bigint | undefined) => number,
  budget: BudgetLimits | undefined,
): LibraryEvaluator {
  let fn: (bindings: Record<string, unknown>) => unknown;
  try {
    fn = plan(
      celEnvironment(),
      budget === undefined ? parsed : metered(parsed.expr ?? ({} as Expr)),
    ) as unknown as (bindings: Record<string, unknown>) => unknown;
  } catch (thrown) {
    throw new CelCompileError(
      'type',
      thrown instanceof Error ? thrown.message : String(thrown),
      source,
      0,
      thrown,
    );
  }

  const run = (bindings: Readonly<Record<string, unknown>>): unknown => {
    let value: unknown;
    try {
      value = runPlanned(fn, bindings, source);
    } catch (thrown) {
      throw budgetOverrun() ?? thrown;
    }
    // An overrun the library absorbed (`… || true`) still ends the evaluation.
    const over = budgetOverrun();
    if (over !== undefined) throw over;
    if (isCelError(value)) {
      const err = value as { message?: string; exprId?: bigint };
      throw new CelEvalError(
        'runtime',
        err.message ?? 'evaluation failed',
        source,
        offsetOf(err.exprId),
        value,
      );
    }
    return value;
  };
  if (budget === undefined) return run;
  return (bindings) => underBudget(budget, source, run, bindings);
}

/** Runs a planned function; a JS exception inside the library becomes a {@link CelEvalError}. */
function runPlanned(
  fn: (bindings: Record<string, unknown>) => unknown,
  bindings: Readonly<Record<string, unknown>>,
  source: string,
): unknown {
  try {
    return fn(bindings);
  } catch (thrown) {
    throw new CelEvalError(
      'runtime',
      `the evaluator failed: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
      source,
      undefined,
      thrown,
    );
  }
}

/**
 * A copy of `e` whose every comprehension charges one step per iteration: its loop condition
 * `c` becomes `@maestro_step(c)`, which the library evaluates exactly once per element. The
 * parsed tree is shared (cached by source) and never modified.
 */
function metered(e: Expr): Expr {
  const k = e.exprKind;
  switch (k.case) {
    case 'selectExpr':
      return k.value.operand === undefined
        ? e
        : {
            ...e,
            exprKind: { case: k.case, value: { ...k.value, operand: metered(k.value.operand) } },
          };
    case 'callExpr':
      return {
        ...e,
        exprKind: {
          case: k.case,
          value: {
            ...k.value,
            target: k.value.target === undefined ? undefined : metered(k.value.target),
            args: k.value.args.map(metered),
          },
        },
      };
    case 'listExpr':
      return {
        ...e,
        exprKind: { case: k.case, value: { ...k.value, elements: k.value.elements.map(metered) } },
      };
    case 'structExpr':
      return {
        ...e,
        exprKind: {
          case: k.case,
          value: {
            ...k.value,
            entries: k.value.entries.map((entry) => ({
              ...entry,
              keyKind:
                entry.keyKind.case === 'mapKey'
                  ? { case: 'mapKey', value: metered(entry.keyKind.value) }
                  : entry.keyKind,
              value: entry.value === undefined ? undefined : metered(entry.value),
            })),
          },
        },
      };
    case 'comprehensionExpr': {
      const c = k.value;
      const sub = (x: Expr | undefined): Expr | undefined => (x === undefined ? x : metered(x));
      const condition = sub(c.loopCondition);
      return {
        ...e,
        exprKind: {
          case: k.case,
          value: {
            ...c,
            iterRange:
              c.iterRange === undefined ? undefined : call(LOOP_FUNCTION, metered(c.iterRange)),
            accuInit: sub(c.accuInit),
            loopCondition: condition === undefined ? undefined : call(STEP_FUNCTION, condition),
            loopStep: sub(c.loopStep),
            result: sub(c.result),
          },
        },
      };
    }
    case 'constExpr':
    case 'identExpr':
    case undefined:
      return e;
  }
}

/** `fn(arg)`, located where `arg` is (errors keep its position). */
function call(fn: string, arg: Expr): Expr {
  return {
    ...arg,
    exprKind: {
      case: 'callExpr',
      value: { $typeName: 'cel.expr.Expr.Call', target: undefined, function: fn, args: [arg] },
    },
  };
}
