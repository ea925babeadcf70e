/**
 * Extension functions: how a caller (the model checker) adds functions such as a floored
 * `mod(a, b)`, `tail(list)`, `subseq(list, i, j)` or `range(a, b)` to the closure compiler.
 *
 * A function is pure: it receives evaluated arguments (in the compilation's number mode, see
 * `values.ts`) and returns a value in the same representation. It reports a domain error by
 * throwing {@link CelRuntimeError}, and charges the cost budget for the work it does beyond
 * constant time (`range(0, n)` charges `n`), so that no extension can escape the budget.
 */
import type { CelT } from './types.js';
import type { NumberMode } from './values.js';

/** What an extension function may do besides computing its value. */
export interface CallContext {
  /** The number mode of the compilation (`int`: JS numbers are ints). */
  readonly mode: NumberMode;
  /** Charges `units` to the evaluation's cost budget; throws when the budget is exhausted. */
  readonly charge: (units: number) => void;
}

/** One extension function. */
export interface CelFunction {
  /** Number of arguments (a method call `x.f(a)` passes the receiver as the first). */
  readonly arity: number;
  /** True when the function may also be called as a method on its first argument. */
  readonly receiver?: boolean;
  /**
   * The static result type for the given argument types, or a message saying why these
   * argument types are wrong (reported as a compile-time type error at the call).
   */
  readonly type: (args: readonly CelT[]) => CelT | string;
  /** Computes the value. Throws `CelRuntimeError` for a domain error. */
  readonly impl: (args: readonly unknown[], ctx: CallContext) => unknown;
}

/** Extension functions by name. A name of the standard library cannot be redefined. */
export type FunctionRegistry = Readonly<Record<string, CelFunction>>;

/** Names the compiler implements itself; an extension with one of these names is refused. */
export const BUILTIN_FUNCTIONS: readonly string[] = [
  '&&',
  '||',
  '!',
  '? :',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
  'in',
  '[]',
  'size',
  'has',
  'all',
  'exists',
  'exists_one',
  'map',
  'filter',
  'contains',
  'startsWith',
  'endsWith',
];

/** How an operator's internal name is shown in messages (`_+_` → `+`). */
export const OPERATOR_NAMES: Readonly<Record<string, string>> = {
  '_+_': '+',
  '_-_': '-',
  '_*_': '*',
  '_/_': '/',
  '_%_': '%',
  '-_': '-',
  '_==_': '==',
  '_!=_': '!=',
  '_<_': '<',
  '_<=_': '<=',
  '_>_': '>',
  '_>=_': '>=',
  '@in': 'in',
  '_[_]': '[]',
};
