/** The messages between the parallel search (parallel.ts) and its workers (search-worker.ts). */
import type { SharedInvariant } from './model.js';
import type { ChunkStop, SeenSlots } from './parallel-expand.js';

/** What a worker needs to rebuild the model: the spec's own source (closures do not transfer). */
export interface SpecSource {
  file: string;
  text: string;
  invariants?: ReadonlyMap<string, SharedInvariant>;
  constants?: Record<string, unknown>;
}

/** `workerData` of a search worker. */
export interface SearchWorkerInput {
  source: SpecSource;
}

/**
 * Claim cells shared by the main thread and the workers, one per job (`chunk % CLAIM_SLOTS`):
 * a job is expanded by whoever moves its cell from {@link CLAIM_QUEUED} first, so the main
 * thread can take back a job still waiting in a worker's queue.
 */
export const CLAIM_SLOTS = 1 << 16;
/** The job waits in a worker's queue. */
export const CLAIM_QUEUED = 0;
/** The worker took the job. */
export const CLAIM_WORKER = 1;
/** The main thread took the job back; the worker answers it `skipped`. */
export const CLAIM_MAIN = 2;

/** Main thread → worker: expand one slice of the level. */
export interface ExpandJob {
  type: 'expand';
  chunk: number;
  /** The slice's packed states (transferred). */
  words: Uint32Array;
  count: number;
  /** False at the depth bound: invariants only. */
  expand: boolean;
  /** A consumed result buffer handed back for reuse (transferred). */
  recycle?: Int32Array;
  /** The fingerprint slots (shared, not copied) when they changed since the last job. */
  seen?: SeenSlots;
  /** The claim cells (shared), with a worker's first job. */
  claims?: Int32Array;
}

/** Worker → main thread. */
export type SearchWorkerMessage =
  /** The model is rebuilt; its shape, so the main thread can check it is the same model. */
  | { type: 'ready'; words: number; actions: number; invariants: number }
  /** Still working on a long slice. */
  | { type: 'alive' }
  | {
      type: 'result';
      chunk: number;
      /** Transferred; see `ChunkResult`. */
      data: Int32Array;
      length: number;
      states: number;
      stop?: ChunkStop;
      /** The job's words buffer handed back for reuse (transferred). */
      spent?: Uint32Array;
      /** The main thread had taken the job back: nothing was expanded. */
      skipped?: true;
    }
  /** Something other than a violation went wrong in the worker. */
  | { type: 'error'; code?: string; message: string };
