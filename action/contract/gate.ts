import type { GateName } from './codebook.js';
import type { MaestroConfig } from './config-document.js';
import type { GateOutcome, GateResult } from './gate-result.js';

/** An input a gate is configured to read; the runner checks it exists before the gate runs. */
export interface RequiredInput {
  /** Absolute path. */
  path: string;
  /** What the input is, for the error message ("invariants directory", "trace glob base", ...). */
  description: string;
  /** The configuration key that names it, e.g. `gates.invariants.paths[0]`. */
  configKey: string;
}

/** Progress callback for long work: one short line at a time. */
export type ProgressFn = (message: string) => void;

/**
 * Everything a gate may know. Gates are pure over this context: no `process.env`, no network,
 * no wall clock (use `now`).
 */
export interface GateContext {
  /** Absolute path of the checkout being gated (the pull request head). */
  headDir: string;
  /**
   * Absolute path of the trusted snapshot that gate configuration and gate policies are read
   * from (the base branch). Equal to `headDir` when no base was given.
   */
  baseDir: string;
  /** This gate's validated configuration section (`gates.<name>` of `.github/maestro.yml`). */
  gateConfig: unknown;
  /** The configuration file as the run names it (repository-relative), for messages. */
  configPath?: string;
  /** The whole validated configuration. */
  config: MaestroConfig;
  /** Results of the gates that ran before this one, in order. */
  priorResults: readonly GateResult[];
  /** Files the pull request changes (relative paths), when known. */
  changedFiles?: readonly import('./pr-facts.js').ChangedFile[];
  /** Facts about the pull request, when the run is for one. */
  pr?: import('./pr-facts.js').PullRequestFacts;
  /** Directory for content-addressed cached results; absent disables caching. */
  cacheDir?: string;
  /**
   * MAC key for cache entries, from a secret the cache directory never holds. Without it a
   * gate may reuse only results that cannot let a run pass.
   */
  cacheSecret?: Uint8Array;
  /** The clock. */
  now: () => Date;
  /** Aborted when the gate's time limit runs out; long loops must check it. */
  signal: AbortSignal;
  progress: ProgressFn;
}

/** A gate: takes data in, returns a result. */
export interface Gate {
  readonly name: GateName;
  /** Bumped whenever the gate's semantics change; part of every cache key. */
  readonly version: string;
  /**
   * `in-process` for a gate that cannot run in a worker thread; by default the pipeline runs
   * every gate isolated (hard deadline, memory cap).
   */
  readonly isolation?: 'worker' | 'in-process';
  /** The inputs this configuration makes the gate need (checked before `run`). */
  requiredInputs?(ctx: GateContext): RequiredInput[];
  run(ctx: GateContext): Promise<GateOutcome> | GateOutcome;
}
