/**
 * The search workers of one parallel check: started from the bundle's `mc-search-worker.js`
 * (or the TypeScript source under tsx), each rebuilding the model from the spec's source. Every
 * way a worker can fail — an uncaught throw, an exit, running out of memory, a message that is
 * not the protocol, silence while busy — becomes a coded `MaestroError`, and `close()`
 * terminates every worker (the caller calls it on every exit path).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MaestroError, describeThrown } from '../../contract/errors.js';
import { workerScript, type GateWorkerEntry } from '../../util/isolation.js';
import type { Model } from './model.js';
import type {
  ExpandJob,
  SearchWorkerInput,
  SearchWorkerMessage,
  SpecSource,
} from './parallel-protocol.js';

/** A result message of a worker. */
export type ResultMessage = Extract<SearchWorkerMessage, { type: 'result' }>;

/** What the search waits for. */
export type PoolEvent =
  { kind: 'result'; worker: number; message: ResultMessage } | { kind: 'tick' };

/** Options of the pool. */
export interface PoolOptions {
  workers: number;
  /** The worker script (tests use a faulty one); default: `searchWorkerEntry()`. */
  entry?: GateWorkerEntry;
  /** Extra `workerData` for a custom entry (tests). */
  workerData?: Record<string, unknown>;
  /** Heap cap of each worker, in MiB (default 512). */
  memoryMb?: number;
  /** A busy worker silent for this long is taken as hung (default 20 s). */
  stallMs?: number;
  /** How often the search is woken to check its bounds, in ms (default 50). */
  tickMs?: number;
}

/** Default heap cap of a search worker, in MiB. */
export const DEFAULT_WORKER_MEMORY_MB = 512;
/** Jobs a worker holds at most: the one it expands and the next, so it never waits for one. */
export const QUEUED_JOBS = 2;

/** Default silence after which a busy search worker is taken as hung, in ms. */
export const DEFAULT_STALL_MS = 20_000;

/**
 * The search worker entry next to `from` (an `import.meta.url`): the bundle's
 * `mc-search-worker.js` (beside the bundle, or one folder up from a gate-worker chunk), or,
 * when running from source, `search-worker.ts` under tsx.
 */
export function searchWorkerEntry(from: string = import.meta.url): GateWorkerEntry | undefined {
  const here = dirname(fileURLToPath(from));
  for (const c of [join(here, 'mc-search-worker.js'), join(here, '..', 'mc-search-worker.js')])
    if (existsSync(c)) return { url: pathToFileURL(c) };
  const source = join(here, 'search-worker.ts');
  if (!existsSync(source)) return undefined;
  try {
    const tsx = dirname(createRequire(from).resolve('tsx/package.json'));
    return {
      url: pathToFileURL(source),
      tsx: pathToFileURL(join(tsx, 'dist/esm/api/index.mjs')).href,
    };
  } catch {
    return undefined;
  }
}

const failure = (message: string, cause?: unknown): MaestroError =>
  new MaestroError('MC_WORKER_FAILED', message, cause !== undefined ? { cause } : {});

/** The running workers of one check. */
export class SearchPool {
  private readonly workers: Worker[] = [];
  private readonly lastHeard: number[] = [];
  /** Per worker: the jobs sent and not yet answered. */
  private readonly pending: number[] = [];
  private readonly starting: boolean[] = [];
  private readonly events: PoolEvent[] = [];
  private error: MaestroError | undefined;
  private wake: (() => void) | undefined;
  private closed = false;
  private ready = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly stallMs: number;

  private constructor(
    private readonly model: Model,
    source: SpecSource,
    private readonly options: PoolOptions,
  ) {
    this.stallMs = options.stallMs ?? DEFAULT_STALL_MS;
    this.timer = setInterval(() => {
      if (this.error === undefined) this.push({ kind: 'tick' });
    }, options.tickMs ?? 50);
    const entry = options.entry ?? searchWorkerEntry();
    if (entry === undefined) {
      this.error = failure(
        'modelcheck: the search worker script (mc-search-worker.js) was not found beside the bundle; run with workers: 1 or rebuild',
      );
      return;
    }
    const { script, eval: isEval } = workerScript(entry);
    const data: SearchWorkerInput & Record<string, unknown> = {
      ...(options.workerData ?? {}),
      source,
    };
    for (let i = 0; i < options.workers; i++) {
      let w: Worker;
      try {
        w = new Worker(script, {
          eval: isEval,
          workerData: data,
          resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? DEFAULT_WORKER_MEMORY_MB },
          stdout: false,
          stderr: false,
        });
      } catch (thrown) {
        this.fail(
          failure(`modelcheck: cannot start search worker ${i}: ${describeThrown(thrown)}`, thrown),
        );
        return;
      }
      this.workers.push(w);
      this.pending.push(0);
      this.starting.push(true);
      this.lastHeard.push(performance.now());
      w.on('message', (m: unknown) => this.onMessage(i, m));
      w.on('error', (e: Error) => {
        const oom = (e as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        this.fail(
          failure(
            oom
              ? `modelcheck: search worker ${i} ran out of memory (${this.options.memoryMb ?? DEFAULT_WORKER_MEMORY_MB} MiB heap)`
              : `modelcheck: search worker ${i} threw: ${describeThrown(e)}`,
            e,
          ),
        );
      });
      w.on('messageerror', (e) =>
        this.fail(failure(`modelcheck: a message of search worker ${i} could not be read`, e)),
      );
      w.on('exit', (code) => {
        if (!this.closed)
          this.fail(
            failure(`modelcheck: search worker ${i} exited (code ${code}) during the search`),
          );
      });
    }
  }

  /** Starts `options.workers` workers over `source`; each becomes idle once it has rebuilt `model`. */
  static launch(model: Model, source: SpecSource, options: PoolOptions): SearchPool {
    return new SearchPool(model, source, options);
  }

  /** The workers that have rebuilt the model and take jobs. */
  get readyWorkers(): number {
    return this.ready;
  }

  /** True while some worker is still starting (loading its code, rebuilding the model). */
  get anyStarting(): boolean {
    return this.ready < this.workers.length || this.workers.length < this.options.workers;
  }

  /** The next event if one is queued (no waiting); throws the first worker failure. */
  poll(): PoolEvent | undefined {
    if (this.error !== undefined) throw this.error;
    return this.events.shift();
  }

  /** Starts `options.workers` workers over `source` and waits until each has rebuilt `model`. */
  static async start(model: Model, source: SpecSource, options: PoolOptions): Promise<SearchPool> {
    const pool = new SearchPool(model, source, options);
    try {
      while (pool.ready < options.workers) {
        const e = await pool.next();
        if (e.kind === 'result')
          throw failure('modelcheck: a search worker answered before it was ready');
      }
    } catch (thrown) {
      await pool.close();
      throw thrown;
    }
    return pool;
  }

  /** The number of workers. */
  get size(): number {
    return this.workers.length;
  }

  private push(e: PoolEvent): void {
    if (e.kind === 'tick') {
      // One pending tick is enough.
      if (this.events.at(-1)?.kind === 'tick') return;
      const now = performance.now();
      for (let i = 0; i < this.workers.length; i++) {
        // Starting a worker (loading the code, rebuilding the model) gets a minute at least.
        const limit = this.starting[i] ? Math.max(this.stallMs, 60_000) : this.stallMs;
        if ((this.starting[i] || this.pending[i]! > 0) && now - this.lastHeard[i]! > limit) {
          this.fail(
            new MaestroError(
              'MC_WORKER_STALLED',
              `modelcheck: search worker ${i} sent nothing for ${Math.round((now - this.lastHeard[i]!) / 1000)} s while ${this.starting[i] ? 'starting' : 'busy'}; taken as hung`,
            ),
          );
          return;
        }
      }
    }
    this.events.push(e);
    this.wakeUp();
  }

  private wakeUp(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  private fail(e: MaestroError): void {
    if (this.closed) return;
    this.error ??= e;
    this.wakeUp();
  }

  private onMessage(i: number, raw: unknown): void {
    this.lastHeard[i] = performance.now();
    const m = raw as SearchWorkerMessage | null;
    switch (typeof m === 'object' && m !== null ? m.type : undefined) {
      case 'alive':
        return;
      case 'ready': {
        const r = m as Extract<SearchWorkerMessage, { type: 'ready' }>;
        if (
          r.words !== this.model.words ||
          r.actions !== this.model.actions.length ||
          r.invariants !== this.model.invariants.length
        ) {
          this.fail(failure(`modelcheck: search worker ${i} rebuilt a different model`));
          return;
        }
        this.starting[i] = false;
        this.ready++;
        this.push({ kind: 'tick' });
        return;
      }
      case 'result': {
        const r = m as ResultMessage;
        if (!(r.data instanceof Int32Array) || this.pending[i]! === 0) {
          this.fail(failure(`modelcheck: search worker ${i} sent a result it was not asked for`));
          return;
        }
        this.pending[i]!--;
        this.push({ kind: 'result', worker: i, message: r });
        return;
      }
      case 'error': {
        const r = m as Extract<SearchWorkerMessage, { type: 'error' }>;
        this.fail(
          failure(
            `modelcheck: search worker ${i} failed${r.code !== undefined ? ` (${r.code})` : ''}: ${String(r.message)}`,
          ),
        );
        return;
      }
      case undefined:
      default:
        this.fail(failure(`modelcheck: search worker ${i} sent a message outside the protocol`));
    }
  }

  /** Sends a job to a worker that can take one (its words are transferred). */
  send(worker: number, job: ExpandJob): void {
    // Silence counts from the first job sent to a worker with none.
    if (this.pending[worker] === 0) this.lastHeard[worker] = performance.now();
    this.pending[worker]!++;
    try {
      const transfer = [job.words.buffer as ArrayBuffer];
      if (job.recycle !== undefined) transfer.push(job.recycle.buffer as ArrayBuffer);
      this.workers[worker]!.postMessage(job, transfer);
    } catch (thrown) {
      this.fail(failure(`modelcheck: cannot send work to search worker ${worker}`, thrown));
    }
  }

  /**
   * The ready worker with the fewest jobs, when it has fewer than {@link QUEUED_JOBS} (a job
   * waits in its queue while it expands the one before), or -1.
   */
  idle(): number {
    let best = -1;
    for (let i = 0; i < this.workers.length; i++) {
      if (this.starting[i] || this.pending[i]! >= QUEUED_JOBS) continue;
      if (best < 0 || this.pending[i]! < this.pending[best]!) best = i;
    }
    return best;
  }

  /** The next event; throws the first worker failure. */
  async next(): Promise<PoolEvent> {
    for (;;) {
      if (this.error !== undefined) throw this.error;
      const e = this.events.shift();
      if (e !== undefined) return e;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Terminates every worker and stops the timer; safe to call more than once. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    this.wakeUp();
    await Promise.allSettled(this.workers.map((w) => w.terminate()));
  }
}
