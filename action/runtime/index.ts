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
import { TraceMonitor, violationMessage, type Violation } from '../gates/invariants/engine.js';
import {
  compileInvariantTexts,
  loadInvariants,
  type InvariantText,
  type LoadOptions,
} from '../gates/invariants/loader.js';
import type {
  Clause,
  CompiledInvariant,
  InvariantSet,
  RuntimePolicy,
  Severity,
} from '../gates/invariants/model.js';

export type { Clause, CompiledInvariant, InvariantSet, RuntimePolicy, Severity };
export { CelEvalError };

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

/**
 * Loads invariants from files, directories or globs relative to `root` (default: the current
 * directory), with the gate's loader. Throws `MaestroError` (reason codes `INV_*`).
 */
export function loadInvariantSet(
  paths: string | readonly string[],
  opts: LoadOptions & { root?: string } = {},
): InvariantSet {
  return loadInvariants(
    opts.root ?? process.cwd(),
    typeof paths === 'string' ? [paths] : paths,
    opts,
  );
}

/** Compiles invariants from YAML text (no file system), e.g. bundled with the service. */
export function invariantSetFromText(
  texts: readonly InvariantText[],
  opts: LoadOptions = {},
): InvariantSet {
  return compileInvariantTexts(texts, opts);
}

let defaultSet: InvariantSet | undefined;

/** Sets the invariant set used by guards and decorators that are given none. */
export function configureInvariants(set: InvariantSet | undefined): void {
  defaultSet = set;
}

function resolve(set: InvariantSet | undefined, ids: readonly string[]): CompiledInvariant[] {
  const s = set ?? defaultSet;
  if (s === undefined) {
    throw new Error(
      'maestro-gate/runtime: no invariants configured. Call configureInvariants(loadInvariantSet("invariants")) at start-up, or pass { set }.',
    );
  }
  return ids.map((id) => {
    const inv = s.byId.get(id);
    if (inv === undefined) throw new Error(`maestro-gate/runtime: unknown invariant ${id}`);
    return inv;
  });
}

/**
 * True when the invariant applies to the record: `scope` and `event` filters apply when the
 * record carries those fields; `when` expressions always apply. A `when` expression that
 * cannot be evaluated makes the invariant apply (fail closed: {@link checkRecord} reports the
 * error).
 */
export function applies(
  inv: CompiledInvariant,
  record: Readonly<Record<string, unknown>>,
): boolean {
  return filterOutcome(inv, record) !== false;
}

/** `true`/`false`, or the error of the first `when` expression that cannot be evaluated. */
function filterOutcome(
  inv: CompiledInvariant,
  record: Readonly<Record<string, unknown>>,
): boolean | { error: CelEvalError; source: string } {
  const scope = record['scope'];
  if (typeof scope === 'string' && inv.scope !== '*' && inv.scope !== scope) return false;
  const event = record['event'];
  if (typeof event === 'string' && inv.events !== undefined && !inv.events.includes(event)) {
    return false;
  }
  for (const f of inv.filters) {
    try {
      if (!f.program.evalBool(record)) return false;
    } catch (thrown) {
      const error =
        thrown instanceof CelEvalError
          ? thrown
          : new CelEvalError('runtime', String(thrown), f.source);
      return { error, source: f.source };
    }
  }
  return true;
}

/**
 * Checks the stateless clauses of the given invariants against one record. Returns the
 * violations (empty when every clause holds).
 */
export function checkRecord(
  invariants: readonly CompiledInvariant[],
  record: Readonly<Record<string, unknown>>,
): RuntimeViolation[] {
  let out: RuntimeViolation[] | undefined;
  let bindings: Readonly<Record<string, unknown>> | undefined;
  for (let i = 0; i < invariants.length; i++) {
    const inv = invariants[i]!;
    // A copy with `record` bound only when an expression of this invariant reads it.
    const b = readsRecord(inv) ? (bindings ??= withRecord(record)) : record;
    const filter = filterOutcome(inv, b);
    if (filter === false) continue;
    if (filter !== true) {
      (out ??= []).push({
        invariant: inv,
        clause: inv.clauses[0]!,
        message: `cannot evaluate the filter \`${filter.source}\`: ${filter.error.message}`,
        record,
        error: filter.error,
      });
      continue;
    }
    for (const clause of inv.clauses) {
      if (clause.op !== 'always' && clause.op !== 'never') continue;
      try {
        const value = clause.expr.program.evalBool(b);
        if (value === (clause.op === 'never')) {
          (out ??= []).push({
            invariant: inv,
            clause,
            message: violationMessage(inv, clause, record, false),
            record,
          });
        }
      } catch (thrown) {
        const error =
          thrown instanceof CelEvalError
            ? thrown
            : new CelEvalError('runtime', String(thrown), clause.expr.source);
        (out ??= []).push({
          invariant: inv,
          clause,
          message: `cannot evaluate \`${clause.expr.source}\`: ${error.message}`,
          record,
          error,
        });
      }
    }
  }
  return out ?? [];
}

const READS_RECORD = new WeakMap<CompiledInvariant, boolean>();

function readsRecord(inv: CompiledInvariant): boolean {
  let r = READS_RECORD.get(inv);
  if (r === undefined) {
    r = [
      ...inv.filters,
      ...inv.clauses.flatMap((c) => (c.op === 'leads_to' ? [c.p, c.q] : [c.expr])),
    ].some((e) => e.program.identifiers.includes('record'));
    READS_RECORD.set(inv, r);
  }
  return r;
}

function withRecord(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  if (Object.hasOwn(record, 'record')) return record;
  const b: Record<string, unknown> = { ...record };
  Object.defineProperty(b, 'record', { value: record, enumerable: false });
  return b;
}

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
    throw new Error('maestro-gate/runtime: guard() needs at least one invariant id');
  let invariants: CompiledInvariant[] | undefined;
  const breakers = new Map<string, CircuitBreaker>();
  const resolved = (): CompiledInvariant[] => {
    invariants ??= resolve(opts.set, list);
    return invariants;
  };
  if (opts.set !== undefined || defaultSet !== undefined) resolved();
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
      throw new Error(
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
      throw new Error('maestro-gate/runtime: @requireInvariant applies to methods only');
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

/** Options of {@link RuntimeMonitor}. */
export interface RuntimeMonitorOptions {
  /** Called for each new violation (or evaluation error) as soon as it is found. */
  onViolation: (violation: Violation) => void;
  /** Name used as the "file" of records in reports (default `runtime`). */
  source?: string;
}

/**
 * Checks a live stream of records (`{run_id, scope, event, ...}`) with the gate's semantics,
 * temporal operators included; call {@link RuntimeMonitor.end} when the runs are over to close
 * open obligations.
 */
export class RuntimeMonitor {
  private readonly monitor: TraceMonitor;
  private readonly opts: RuntimeMonitorOptions;
  private seen = 0;
  private line = 0;

  constructor(set: InvariantSet, opts: RuntimeMonitorOptions) {
    this.monitor = new TraceMonitor(set, { maxViolations: Number.MAX_SAFE_INTEGER });
    this.opts = opts;
  }

  /** Observes one record; throws when it lacks string `run_id`, `scope` or `event`. */
  observe(record: Record<string, unknown>): void {
    for (const key of ['run_id', 'scope', 'event']) {
      if (typeof record[key] !== 'string')
        throw new Error(`maestro-gate/runtime: record.${key} must be a string`);
    }
    this.line++;
    this.monitor.observe(record, this.opts.source ?? 'runtime', this.line);
    this.flush();
  }

  /** Ends the stream: open obligations become violations. */
  end(): void {
    this.monitor.finish();
    this.flush();
  }

  private flush(): void {
    const all = this.monitor.violations;
    while (this.seen < all.length) this.opts.onViolation(all[this.seen++]!);
    // Reported violations are not needed again: drop them so a long-lived monitor stays small.
    all.length = 0;
    this.seen = 0;
  }
}
