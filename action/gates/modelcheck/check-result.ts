/** The search's options and results: statistics, violations and their traces. */
import type { SourceLocation } from '../../contract/errors.js';
import type { Invariant, Response, Temporal } from './model.js';

/** Options of one search. */
export interface CheckOptions {
  /** Stop after this many distinct states (bound). */
  maxStates?: number;
  /** Do not expand states at this depth (initial states have depth 1). */
  maxDepth?: number;
  /** Stop after this many milliseconds (bound). */
  timeMs?: number;
  /** Monotonic milliseconds; defaults to `performance.now`. */
  clock?: () => number;
  /** Aborts the search (the gate's time limit). */
  signal?: AbortSignal;
  /** Progress lines, about once a second. */
  progress?: (line: string) => void;
  /**
   * Insert a state's successors into the table together (default), or each as it is
   * generated (`false`): the same results either way; tests compare the two.
   */
  batchInserts?: boolean;
}

/** One state of a counterexample. */
export interface TraceStep {
  /** 1-based position in the trace. */
  index: number;
  /** The action that led here (`null` for the initial state). */
  action: string | null;
  params: Record<string, unknown>;
  state: Record<string, unknown>;
  /** A lasso's last entry: the behaviour stutters in the previous state forever. */
  stuttering?: true;
  /** A lasso's last entry: the behaviour goes back to state `back_to` (1-based) and loops. */
  back_to?: number;
}

/** What went wrong, with the shortest trace that shows it. */
export interface Violation {
  kind: 'invariant' | 'deadlock' | 'response' | 'liveness' | 'action-property' | 'domain' | 'eval';
  message: string;
  /** The invariant or response that failed. */
  invariant?: Invariant;
  response?: Response;
  /** The temporal property that failed. */
  property?: Temporal;
  /** Where in the spec the failing rule or expression is. */
  location: SourceLocation;
  trace: TraceStep[];
}

/** Search statistics. */
export interface CheckStats {
  distinct: number;
  generated: number;
  /** Number of BFS levels reached (TLC's "depth"; initial states are depth 1). */
  depth: number;
  durationMs: number;
  distinctPerSecond: number;
  generatedPerSecond: number;
  /** TLC's optimistic estimate of a fingerprint collision: n² / 2^65. */
  collisionProbability: number;
  /** Bytes of search memory per distinct state (fingerprint table, per-state arrays, frontier). */
  bytesPerState: number;
  /** Words (32-bit) of one packed state. */
  stateWords: number;
  /** Worker threads that expanded states (set by the parallel search; absent: one). */
  workers?: number;
}

/** The outcome of one search. */
export interface CheckResult {
  spec: string;
  file: string;
  status: 'ok' | 'violation' | 'bound' | 'aborted';
  bound?: 'depth' | 'states' | 'time';
  violation?: Violation;
  stats: CheckStats;
}
