/**
 * `maestro-gate/runtime`: enforce the same invariant YAML inside services that the invariant
 * gate checks in CI. The invariants are loaded by the gate's own loader (same schema, same CEL
 * layer, same limits), so a rule means the same thing in a pull request and in production.
 *
 * - {@link loadInvariantSet} / {@link configureInvariants}: load the YAML once, at start-up.
 * - {@link guard}: wrap a function so that a record built from its arguments (and optionally
 *   its result) satisfies the named invariants on every call.
 * - {@link requireInvariant}: the same as a standard (TC39) method decorator.
 * - {@link CircuitBreaker}: trips with the invariant's message and recovers per the invariant's
 *   `runtime.breaker` policy (open → half-open after the cool-down → closed after enough
 *   successful trials); the clock is injectable.
 * - {@link RuntimeMonitor}: a live event stream checked with the gate's temporal semantics.
 *
 * Runtime checks evaluate the stateless clauses (`assert`, `always`, `never`) per call;
 * temporal clauses (`eventually`, `leads_to`) need a stream and are checked by
 * {@link RuntimeMonitor}. An expression that cannot be evaluated fails closed (it counts as a
 * violation).
 */
import { CelEvalError } from '../cel/index.js';
import type {
  Clause,
  CompiledInvariant,
  InvariantSet,
  RuntimePolicy,
  Severity,
} from '../gates/invariants/model.js';

export type { Clause, CompiledInvariant, InvariantSet, RuntimePolicy, Severity };
export { CelEvalError };
export { CircuitOpenError, InvariantViolationError, type RuntimeViolation } from './errors.js';
export { configureInvariants, invariantSetFromText, loadInvariantSet } from './invariant-set.js';
export { applies, checkRecord } from './check.js';
export { CircuitBreaker, type BreakerOptions, type BreakerState } from './breaker.js';
export { guard, requireInvariant, type GuardOptions } from './guard.js';
export { RuntimeMonitor, type RuntimeMonitorOptions } from './monitor.js';
