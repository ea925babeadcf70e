/**
 * The `@bufbuild/cel` evaluation of {@link compileCel}: the reference that answers whatever
 * the closure compiler refuses, planned once per expression and run with the library's
 * values and error messages.
 */
import { celEnv, isCelError, plan, type CelEnv } from '@bufbuild/cel';
import { CelCompileError, CelEvalError, type ParsedCel } from './closure/index.js';

/** Evaluates a planned expression; returns the raw CEL value or throws {@link CelEvalError}. */
export type LibraryEvaluator = (bindings: Readonly<Record<string, unknown>>) => unknown;

/** How the library evaluation of one expression is bounded. */
export interface LibraryLimits {
  /** True when the expression has macros (only then is it timed). */
  hasMacros: boolean;
  maxEvalMs: number;
  clock: () => number;
}

let sharedEnv: CelEnv | undefined;

/** The one CEL environment (standard library only, no extensions); created lazily. */
export function celEnvironment(): CelEnv {
  sharedEnv ??= celEnv();
  return sharedEnv;
}

/**
 * Plans `parsed` with the library. Throws {@link CelCompileError} (kind `type`) when the
 * library cannot plan it.
 */
export function planLibrary(
  parsed: ParsedCel,
  source: string,
  offsetOf: (id: bigint | undefined) => number,
  limits: LibraryLimits,
): LibraryEvaluator {
  let fn: (bindings: Record<string, unknown>) => unknown;
  try {
    fn = plan(celEnvironment(), parsed) as unknown as (
      bindings: Record<string, unknown>,
    ) => unknown;
  } catch (thrown) {
    throw new CelCompileError(
      'type',
      thrown instanceof Error ? thrown.message : String(thrown),
      source,
      0,
      thrown,
    );
  }

  const fail = (value: unknown): never => {
    const err = value as { message?: string; exprId?: bigint };
    throw new CelEvalError(
      'runtime',
      err.message ?? 'evaluation failed',
      source,
      offsetOf(err.exprId),
      value,
    );
  };

  const { hasMacros, maxEvalMs, clock } = limits;
  // Wrapping plan() once more costs a function call; the timed variant is chosen at compile
  // time so that linear programs pay nothing for the deadline.
  const evalRaw = hasMacros
    ? (bindings: Readonly<Record<string, unknown>>): unknown => {
        const started = clock();
        const value = runPlanned(fn, bindings, source);
        const took = clock() - started;
        if (took > maxEvalMs) {
          throw new CelEvalError(
            'deadline',
            `evaluation took ${Math.round(took)} ms, more than the limit of ${maxEvalMs} ms`,
            source,
          );
        }
        if (isCelError(value)) fail(value);
        return value;
      }
    : (bindings: Readonly<Record<string, unknown>>): unknown => {
        const value = runPlanned(fn, bindings, source);
        if (isCelError(value)) fail(value);
        return value;
      };
  return evalRaw;
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
