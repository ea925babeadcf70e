/** The circuit breaker that trips with an invariant's reason and recovers per its policy. */
import type { CompiledInvariant } from '../gates/invariants/model.js';
import { CircuitOpenError } from './errors.js';

/** Options of a {@link CircuitBreaker}. */
export interface BreakerOptions {
  /** Consecutive failures that open the breaker (default 1). */
  failureThreshold?: number;
  /** Time the breaker stays open before a half-open trial (default 30 000). */
  coolDownMs?: number;
  /** Successful trials that close it again (default 1). */
  halfOpenSuccesses?: number;
  /** The clock, in milliseconds (default `Date.now`). */
  clock?: () => number;
}

/** Breaker states. */
export type BreakerState = 'closed' | 'open' | 'half_open';

/**
 * A circuit breaker: `closed` lets calls through and counts consecutive failures; at the
 * threshold it opens with the failure's reason; while `open` every call fails fast with
 * {@link CircuitOpenError}; after the cool-down the next call is a `half_open` trial; enough
 * successful trials close it, one failure opens it again.
 */
export class CircuitBreaker {
  private current: BreakerState = 'closed';
  private failures = 0;
  private successes = 0;
  private openedAt = 0;
  private lastReason = '';
  private lastInvariant: string | undefined;
  private readonly threshold: number;
  private readonly coolDownMs: number;
  private readonly halfOpenSuccesses: number;
  private readonly clock: () => number;

  constructor(opts: BreakerOptions = {}) {
    this.threshold = opts.failureThreshold ?? 1;
    this.coolDownMs = opts.coolDownMs ?? 30_000;
    this.halfOpenSuccesses = opts.halfOpenSuccesses ?? 1;
    this.clock = opts.clock ?? Date.now;
  }

  /** A breaker with the invariant's `runtime.breaker` policy. */
  static forInvariant(inv: CompiledInvariant, clock?: () => number): CircuitBreaker {
    return new CircuitBreaker({
      failureThreshold: inv.runtime.failureThreshold,
      coolDownMs: inv.runtime.coolDownMs,
      halfOpenSuccesses: inv.runtime.halfOpenSuccesses,
      ...(clock === undefined ? {} : { clock }),
    });
  }

  /** The state, after applying the cool-down. */
  get state(): BreakerState {
    if (this.current === 'open' && this.clock() - this.openedAt >= this.coolDownMs) {
      this.current = 'half_open';
      this.successes = 0;
    }
    return this.current;
  }

  /** Why the breaker last opened. */
  get reason(): string {
    return this.lastReason;
  }

  /** Throws {@link CircuitOpenError} while open; otherwise lets the call through. */
  admit(): void {
    if (this.state === 'open') {
      throw new CircuitOpenError(
        this.lastReason,
        this.openedAt + this.coolDownMs,
        this.lastInvariant,
      );
    }
  }

  /** Records a successful call. */
  recordSuccess(): void {
    const s = this.state;
    if (s === 'half_open') {
      this.successes++;
      if (this.successes >= this.halfOpenSuccesses) {
        this.current = 'closed';
        this.failures = 0;
      }
    } else if (s === 'closed') this.failures = 0;
  }

  /** Records a failure with its reason (the invariant's message). */
  recordFailure(reason: string, invariantId?: string): void {
    const s = this.state;
    this.lastReason = reason;
    this.lastInvariant = invariantId;
    if (s === 'half_open') {
      this.trip();
      return;
    }
    this.failures++;
    if (this.failures >= this.threshold) this.trip();
  }

  private trip(): void {
    this.current = 'open';
    this.openedAt = this.clock();
    this.failures = 0;
    this.successes = 0;
  }
}
