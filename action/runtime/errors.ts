/** The errors and violations the runtime library reports to the service. */
import type { CelEvalError } from '../cel/index.js';
import type { Clause, CompiledInvariant, Severity } from '../gates/invariants/model.js';

/** A violation found at runtime. */
export interface RuntimeViolation {
  invariant: CompiledInvariant;
  clause: Clause;
  message: string;
  record: Readonly<Record<string, unknown>>;
  /** Present when the expression could not be evaluated (fails closed). */
  error?: CelEvalError;
}

/** Thrown when a guarded call breaks an invariant whose policy is `throw` or `trip`. */
export class InvariantViolationError extends Error {
  override readonly name = 'InvariantViolationError';
  readonly invariantId: string;
  readonly severity: Severity;
  readonly violations: readonly RuntimeViolation[];

  constructor(violations: readonly RuntimeViolation[]) {
    const first = violations[0]!;
    super(
      `${first.invariant.id} (${first.invariant.severity}): ${first.message}${violations.length > 1 ? ` (+${violations.length - 1} more)` : ''}`,
    );
    this.invariantId = first.invariant.id;
    this.severity = first.invariant.severity;
    this.violations = violations;
  }
}

/** Thrown while a circuit breaker is open: the call was not made. */
export class CircuitOpenError extends Error {
  override readonly name = 'CircuitOpenError';
  /** Clock value at which a half-open trial becomes possible. */
  readonly retryAt: number;
  readonly invariantId: string | undefined;

  constructor(reason: string, retryAt: number, invariantId?: string) {
    super(`circuit open: ${reason}`);
    this.retryAt = retryAt;
    this.invariantId = invariantId;
  }
}
