/** A live event stream checked with the invariant gate's temporal semantics. */
import { MaestroError } from '../contract/errors.js';
import { TraceMonitor, type Violation } from '../gates/invariants/engine.js';
import type { InvariantSet } from '../gates/invariants/model.js';

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
        throw new MaestroError(
          'INV_TRACE_MALFORMED',
          `maestro-gate/runtime: record.${key} must be a string`,
        );
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
