/** One measured figure. `bench/run.ts` adds the node version and CPU model. */
export interface BenchFigure {
  /** Stable name, e.g. `invariants.record_checks_per_second`. */
  name: string;
  value: number;
  /** e.g. `checks/s`, `ms`, `states/s`, `bytes`. */
  unit: string;
  /** What was measured on what: sizes, iterations, models, comparisons. */
  parameters: Record<string, unknown>;
}

/** A benchmark module under bench/ (`*.bench.ts`) default-exports one of these. */
export type BenchModule = (log: (line: string) => void) => Promise<BenchFigure[]>;
