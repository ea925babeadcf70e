/** `guard()` and the `@requireInvariant` decorator: invariants checked on every call. */
import { MaestroError } from '../contract/errors.js';
import type { CompiledInvariant, InvariantSet } from '../gates/invariants/model.js';
import { CircuitBreaker } from './breaker.js';
import { checkRecord } from './check.js';
import { InvariantViolationError, type RuntimeViolation } from './errors.js';
import { hasDefaultSet, resolveInvariants } from './invariant-set.js';

/** Options of {@link guard} and {@link requireInvariant}. */
export interface GuardOptions {
  /** The invariant set (default: the one given to {@link configureInvariants}). */
  set?: InvariantSet;
  /**
   * Builds the record checked before the call from the arguments (default: the first
   * argument, when it is a plain object).
   */
  before?: (...args: never[]) => Record<string, unknown> | undefined;
  /** Builds a record checked after the call from the result (awaited) and the arguments. */
  after?: (result: never, ...args: never[]) => Record<string, unknown> | undefined;
  /** Receives violations of invariants whose policy is `warn` (default: `process.emitWarning`). */
  onWarning?: (violation: RuntimeViolation) => void;
  /** The clock of the circuit breakers of `trip` invariants (default `Date.now`). */
  clock?: () => number;
}

type AnyFn = (this: unknown, ...args: unknown[]) => unknown;

function defaultRecord(...args: unknown[]): Record<string, unknown> | undefined {
  const first = args[0];
  if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
    return first as Record<string, unknown>;
  }
  return undefined;
}

/**
 * Wraps `fn` so that every call satisfies the invariants `ids`. Violations of `throw`
 * invariants throw {@link InvariantViolationError}; `trip` invariants also open their circuit
 * breaker (later calls fail fast with {@link CircuitOpenError} until it recovers); `warn`
 * invariants are reported to `onWarning`. Works for sync and async functions; `this` is kept.
 */
export function guard<F extends (...args: never[]) => unknown>(
  fn: F,
  ids: string | readonly string[],
  opts: GuardOptions = {},
): F {
  const list = typeof ids === 'string' ? [ids] : [...ids];
  if (list.length === 0)
    throw new MaestroError(
      'INV_INVALID',
      'maestro-gate/runtime: guard() needs at least one invariant id',
    );
  let invariants: CompiledInvariant[] | undefined;
  const breakers = new Map<string, CircuitBreaker>();
  const resolved = (): CompiledInvariant[] => {
    invariants ??= resolveInvariants(opts.set, list);
    return invariants;
  };
  if (opts.set !== undefined || hasDefaultSet()) resolved();
  const breakerFor = (inv: CompiledInvariant): CircuitBreaker => {
    let b = breakers.get(inv.id);
    if (b === undefined) {
      b = CircuitBreaker.forInvariant(inv, opts.clock);
      breakers.set(inv.id, b);
    }
    return b;
  };
  const warn =
    opts.onWarning ??
    ((v: RuntimeViolation) =>
      process.emitWarning(`${v.invariant.id}: ${v.message}`, 'InvariantWarning'));

  const enforce = (record: Record<string, unknown> | undefined): void => {
    const invs = resolved();
    const tripping = invs.some((inv) => inv.runtime.onViolation === 'trip');
    if (record === undefined) {
      throw new MaestroError(
        'INV_EVAL_ERROR',
        `maestro-gate/runtime: no record to check ${list.join(', ')} against; pass { before } to build one from the arguments`,
      );
    }
    const violations = checkRecord(invs, record);
    if (violations.length === 0 && !tripping) return;
    const blocking: RuntimeViolation[] = [];
    const failed = new Set<string>();
    for (const v of violations) {
      failed.add(v.invariant.id);
      const policy = v.error === undefined ? v.invariant.runtime.onViolation : 'throw';
      if (v.invariant.runtime.onViolation === 'trip') {
        breakerFor(v.invariant).recordFailure(v.message, v.invariant.id);
        blocking.push(v);
      } else if (policy === 'warn') warn(v);
      else blocking.push(v);
    }
    for (const inv of invs) {
      if (inv.runtime.onViolation === 'trip' && !failed.has(inv.id))
        breakerFor(inv).recordSuccess();
    }
    if (blocking.length > 0) throw new InvariantViolationError(blocking);
  };

  const wrapped = function (this: unknown, ...args: unknown[]): unknown {
    const invs = resolved();
    for (let i = 0; i < invs.length; i++) {
      if (invs[i]!.runtime.onViolation === 'trip') breakerFor(invs[i]!).admit();
    }
    const pre =
      (opts.before as ((...a: unknown[]) => Record<string, unknown> | undefined) | undefined) ??
      defaultRecord;
    if (opts.before !== undefined || opts.after === undefined) enforce(pre(...args));
    const result = (fn as unknown as AnyFn).apply(this, args);
    const after = opts.after as
      ((r: unknown, ...a: unknown[]) => Record<string, unknown> | undefined) | undefined;
    if (after === undefined) return result;
    if (result instanceof Promise) {
      return result.then((value: unknown) => {
        enforce(after(value, ...args));
        return value;
      });
    }
    enforce(after(result, ...args));
    return result;
  };
  return wrapped as unknown as F;
}

/**
 * A standard (TC39, TypeScript 5+) method decorator: `@requireInvariant('INV.BUDGET.CAP')`.
 * The method is wrapped with {@link guard}; the invariant set is resolved at the first call, so
 * {@link configureInvariants} may run after the class is defined.
 */
export function requireInvariant(ids: string | readonly string[], opts: GuardOptions = {}) {
  return function <This, A extends unknown[], R>(
    method: (this: This, ...args: A) => R,
    context: ClassMethodDecoratorContext<This, (this: This, ...args: A) => R>,
  ): (this: This, ...args: A) => R {
    if (context.kind !== 'method') {
      throw new MaestroError(
        'INV_INVALID',
        'maestro-gate/runtime: @requireInvariant applies to methods only',
      );
    }
    let guarded: ((this: This, ...args: A) => R) | undefined;
    return function (this: This, ...args: A): R {
      guarded ??= guard(method as unknown as (...a: never[]) => R, ids, opts) as unknown as (
        this: This,
        ...args: A
      ) => R;
      return guarded.apply(this, args);
    };
  };
}
