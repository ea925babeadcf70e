/** The trace monitor: one state machine over records, per invariant, clause and run_id. */
/**
 * Checks a stream of records against compiled invariants, one record at a time, with state
 * per `run_id` for the temporal operators. Used by the invariant gate over
 * JSONL traces and by the runtime library over live events.
 *
 * Semantics (finite traces, per run_id; "matching records" are the run's records that pass
 * the invariant's scope, event and `when` filters, in file order):
 * - `always p` / `assert`: every matching record satisfies p.
 * - `never p`: no matching record satisfies p.
 * - `eventually p within N`: one of the run's first N matching records satisfies p (without
 *   N: one of its matching records). Still unsatisfied at the end of the trace: a violation
 *   located on the run's first matching record (the opening record).
 * - `p leads_to q within N`: every matching record satisfying p is followed, strictly later and
 *   within the next N matching records, by one satisfying q. An obligation still open at the
 *   end of the trace is a violation located on the record that opened it.
 * After a temporal clause is violated for a run, it is not checked again for that run (one
 * finding per clause and run).
 */
import { CelEvalError } from '../../cel/index.js';
import type {
  Clause,
  CompiledExpr,
  CompiledInvariant,
  EventuallyClause,
  InvariantSet,
  LeadsToClause,
} from './model.js';
import { violationMessage } from './messages.js';

/** Where a record came from. */
export interface RecordLocation {
  file: string;
  line: number;
}

/** One violation (or evaluation error) found by the monitor. */
export interface Violation {
  kind: 'violation' | 'error';
  invariant: CompiledInvariant;
  clause: Clause;
  runId: string;
  /** The rendered message (template, or a default describing the clause). */
  message: string;
  /** The record the violation is located on (the opening record for open obligations). */
  record: Readonly<Record<string, unknown>>;
  location: RecordLocation;
  /** For temporal violations detected later: the record at which it was detected. */
  detectedAt?: { record: Readonly<Record<string, unknown>>; location: RecordLocation };
  /** For evaluation errors: the CEL error, and the expression that failed. */
  error?: CelEvalError;
  expr?: CompiledExpr;
}

/** Monitor options. */
export interface MonitorOptions {
  /** Violations kept in full (the rest are only counted). Default 200. */
  maxViolations?: number;
}

/** Counts per invariant. */
export interface InvariantStats {
  checks: number;
  violations: number;
  errors: number;
}

/** Default number of violations kept with their records. */
export const DEFAULT_MAX_VIOLATIONS = 200;

interface Opening {
  record: Readonly<Record<string, unknown>>;
  file: string;
  line: number;
}

interface EventuallyState {
  count: number;
  done: boolean;
  opening: Opening;
}

interface LeadsToState {
  count: number;
  /** Count at which the earliest open obligation was opened, or -1. */
  openAt: number;
  failed: boolean;
  opening: Opening | undefined;
}

interface Entry {
  inv: CompiledInvariant;
  /** True when an expression of the invariant reads `record` (the whole record). */
  needsRecord: boolean;
  stats: InvariantStats;
  /** Per temporal clause (by index into `inv.clauses`): run_id → state. */
  runs: (Map<string, EventuallyState | LeadsToState> | undefined)[];
}

type Bindings = Record<string, unknown>;

/**
 * Checks records against invariants. Call {@link observe} for each record (in order), then
 * {@link finish} once. Not re-entrant.
 */
export class TraceMonitor {
  /** Records observed. */
  records = 0;
  /** Record × invariant checks performed (records that passed an invariant's filters). */
  checks = 0;
  /** Violations found (all, including those not kept). */
  violationCount = 0;
  /** Evaluation errors found (all, including those not kept). */
  errorCount = 0;
  /** Kept violations and errors, in the order found. */
  readonly violations: Violation[] = [];
  /**
   * The first violation of each violated invariant, kept even past `maxViolations` so that
   * decisions and reports never depend on the cap.
   */
  readonly firstViolations = new Map<string, Violation>();

  private readonly entries: Entry[];
  private readonly index = new Map<string, Map<string, Entry[]>>();
  private readonly maxViolations: number;
  private finished = false;

  constructor(set: InvariantSet, opts: MonitorOptions = {}) {
    this.maxViolations = opts.maxViolations ?? DEFAULT_MAX_VIOLATIONS;
    this.entries = set.invariants.map((inv) => ({
      inv,
      needsRecord: [...inv.filters, ...inv.clauses.flatMap(exprsOf)].some((e) =>
        e.program.identifiers.includes('record'),
      ),
      stats: { checks: 0, violations: 0, errors: 0 },
      runs: inv.clauses.map((c) =>
        c.op === 'eventually' || c.op === 'leads_to' ? new Map() : undefined,
      ),
    }));
  }

  /** Per-invariant statistics, by id. */
  stats(): Map<string, InvariantStats> {
    return new Map(this.entries.map((e) => [e.inv.id, e.stats]));
  }

  /** The invariants that apply to a (scope, event) pair, computed once per pair. */
  matching(scope: string, event: string): readonly Entry[] {
    let byEvent = this.index.get(scope);
    if (byEvent === undefined) {
      byEvent = new Map();
      this.index.set(scope, byEvent);
    }
    let list = byEvent.get(event);
    if (list === undefined) {
      list = this.entries.filter(
        (e) =>
          (e.inv.scope === '*' || e.inv.scope === scope) &&
          (e.inv.events === undefined || e.inv.events.includes(event)),
      );
      byEvent.set(event, list);
    }
    return list;
  }

  /**
   * Checks one record. The record must have string `run_id`, `scope` and `event` (the trace
   * reader guarantees it). The monitor keeps references to records it reports.
   */
  observe(record: Bindings, file: string, line: number): void {
    this.records++;
    const list = this.matching(record['scope'] as string, record['event'] as string);
    if (list.length === 0) return;
    const runId = record['run_id'] as string;
    for (let i = 0; i < list.length; i++) {
      const entry = list[i]!;
      // Binding `record` costs a property definition: only for invariants that read it.
      // Non-enumerable, so reports (JSON) never see the self-reference.
      if (entry.needsRecord && !Object.hasOwn(record, 'record')) {
        Object.defineProperty(record, 'record', { value: record, enumerable: false });
      }
      this.check(entry, record, runId, file, line);
    }
  }

  private check(entry: Entry, record: Bindings, runId: string, file: string, line: number): void {
    const inv = entry.inv;
    const filters = inv.filters;
    for (let f = 0; f < filters.length; f++) {
      const r = this.evaluate(entry, filters[f]!, inv.clauses[0]!, record, runId, file, line);
      if (r !== true) return;
    }
    this.checks++;
    entry.stats.checks++;
    const clauses = inv.clauses;
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c]!;
      switch (clause.op) {
        case 'always': {
          const r = this.evaluate(entry, clause.expr, clause, record, runId, file, line);
          if (r === false) this.violate(entry, clause, runId, record, file, line);
          break;
        }
        case 'never': {
          const r = this.evaluate(entry, clause.expr, clause, record, runId, file, line);
          if (r === true) this.violate(entry, clause, runId, record, file, line);
          break;
        }
        case 'eventually':
          this.eventually(entry, c, clause, record, runId, file, line);
          break;
        case 'leads_to':
          this.leadsTo(entry, c, clause, record, runId, file, line);
          break;
      }
    }
  }

  private eventually(
    entry: Entry,
    index: number,
    clause: EventuallyClause,
    record: Bindings,
    runId: string,
    file: string,
    line: number,
  ): void {
    const st = runState(entry.runs[index] as Map<string, EventuallyState>, runId, () => ({
      count: 0,
      done: false,
      opening: { record, file, line },
    }));
    if (st.done) return;
    st.count++;
    const r = this.evaluate(entry, clause.expr, clause, record, runId, file, line);
    if (r === true) {
      st.done = true;
      return;
    }
    if (r === undefined) {
      st.done = true;
      return;
    }
    if (clause.within !== undefined && st.count >= clause.within) {
      st.done = true;
      this.violate(entry, clause, runId, st.opening.record, st.opening.file, st.opening.line, {
        record,
        location: { file, line },
      });
    }
  }

  private leadsTo(
    entry: Entry,
    index: number,
    clause: LeadsToClause,
    record: Bindings,
    runId: string,
    file: string,
    line: number,
  ): void {
    const st = runState(entry.runs[index] as Map<string, LeadsToState>, runId, () => ({
      count: 0,
      openAt: -1,
      failed: false,
      opening: undefined,
    }));
    if (st.failed) return;
    st.count++;
    if (st.openAt >= 0) {
      const q = this.evaluate(entry, clause.q, clause, record, runId, file, line);
      if (q === undefined) {
        st.failed = true;
        return;
      }
      if (q) {
        st.openAt = -1;
        st.opening = undefined;
      } else if (clause.within !== undefined && st.count - st.openAt >= clause.within) {
        st.failed = true;
        const o = st.opening!;
        this.violate(entry, clause, runId, o.record, o.file, o.line, {
          record,
          location: { file, line },
        });
        return;
      }
    }
    if (st.openAt < 0) {
      const p = this.evaluate(entry, clause.p, clause, record, runId, file, line);
      if (p === undefined) {
        st.failed = true;
        return;
      }
      if (p) {
        st.openAt = st.count;
        st.opening = { record, file, line };
      }
    }
  }

  /** Evaluates a predicate; an error is recorded and yields `undefined`. */
  private evaluate(
    entry: Entry,
    expr: CompiledExpr,
    clause: Clause,
    record: Bindings,
    runId: string,
    file: string,
    line: number,
  ): boolean | undefined {
    try {
      return expr.program.evalBool(record);
    } catch (thrown) {
      const error =
        thrown instanceof CelEvalError
          ? thrown
          : new CelEvalError(
              'runtime',
              thrown instanceof Error ? thrown.message : String(thrown),
              expr.source,
            );
      this.errorCount++;
      entry.stats.errors++;
      if (this.violations.length < this.maxViolations) {
        this.violations.push({
          kind: 'error',
          invariant: entry.inv,
          clause,
          runId,
          message: `cannot evaluate \`${expr.source}\`: ${error.message}`,
          record,
          location: { file, line },
          error,
          expr,
        });
      }
      return undefined;
    }
  }

  private violate(
    entry: Entry,
    clause: Clause,
    runId: string,
    record: Readonly<Record<string, unknown>>,
    file: string,
    line: number,
    detectedAt?: Violation['detectedAt'],
  ): void {
    this.violationCount++;
    entry.stats.violations++;
    const keep = this.violations.length < this.maxViolations;
    const first = !this.firstViolations.has(entry.inv.id);
    if (!keep && !first) return;
    const v: Violation = {
      kind: 'violation',
      invariant: entry.inv,
      clause,
      runId,
      message: violationMessage(entry.inv, clause, record, detectedAt !== undefined),
      record,
      location: { file, line },
      ...(detectedAt === undefined ? {} : { detectedAt }),
    };
    if (first) this.firstViolations.set(entry.inv.id, v);
    if (keep) this.violations.push(v);
  }

  /** Closes every open obligation (end of all traces). Idempotent. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    for (const entry of this.entries) {
      entry.inv.clauses.forEach((clause, i) => {
        const runs = entry.runs[i];
        if (runs === undefined) return;
        for (const [runId, st] of runs) {
          if (clause.op === 'eventually') {
            const s = st as EventuallyState;
            if (!s.done) {
              s.done = true;
              this.violate(entry, clause, runId, s.opening.record, s.opening.file, s.opening.line);
            }
          } else if (clause.op === 'leads_to') {
            const s = st as LeadsToState;
            if (!s.failed && s.openAt >= 0 && s.opening !== undefined) {
              s.failed = true;
              this.violate(entry, clause, runId, s.opening.record, s.opening.file, s.opening.line);
            }
          }
        }
      });
    }
  }
}

/** The state of a temporal clause for `runId`, created on the run's first matching record. */
function runState<S>(runs: Map<string, S>, runId: string, init: () => S): S {
  let st = runs.get(runId);
  if (st === undefined) {
    st = init();
    runs.set(runId, st);
  }
  return st;
}

function exprsOf(c: Clause): CompiledExpr[] {
  return c.op === 'leads_to' ? [c.p, c.q] : [c.expr];
}
