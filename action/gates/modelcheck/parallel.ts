// The breadth-first search with N expanding threads: one unit, its level loop and its slices.
/**
 * The search with N threads (N − 1 workers). Level-synchronous: the main thread owns the
 * fingerprint table, the parent pointers and the ordinals; each level's frontier is cut into
 * slices that the workers expand (invariants, constraints, deadlock, successors, fingerprints)
 * while the main thread inserts the successors of the slices in frontier order. Inserting in
 * that order makes the search the one-worker search (checker.ts) exactly: the same state ids,
 * the same counts at every bound, the same shortest counterexample. Specs with responses or
 * temporal properties need the whole state graph and run with one worker.
 */
import { Checker } from './checker.js';
import type { CheckOptions, CheckResult, CheckStats } from './check-result.js';
import { Frontier, StateTable } from './fingerprints.js';
import {
  searchLimits,
  searchStats,
  seedInitialStates,
  stepFailureViolation,
} from './search-common.js';
import type { Model } from './model.js';
import {
  ChunkExpander,
  type ChunkResult,
  type SeenSlots,
  type SerialFailure,
} from './parallel-expand.js';
import { SearchPool, type PoolEvent, type PoolOptions } from './parallel-pool.js';
import { CLAIM_MAIN, CLAIM_QUEUED, CLAIM_SLOTS, type SpecSource } from './parallel-protocol.js';
import { StepFailure } from './step-failure.js';
import { traceTo } from './traces.js';
import { MaestroError } from '../../contract/errors.js';

export type { SpecSource } from './parallel-protocol.js';

/** Options of a search with worker threads. */
export interface ParallelOptions extends CheckOptions, Omit<PoolOptions, 'workers'> {
  /** Worker threads (1: the one-thread search, no worker started). */
  workers: number;
  /** The spec's source, from which each worker rebuilds the model. */
  source: SpecSource;
  /** Levels with fewer states are expanded on the main thread (default 256). */
  minParallelLevel?: number;
  /**
   * While workers are still starting, the main thread expands slices itself (default true), so
   * a small model does not wait for them. Tests set false to have every slice expanded by a worker.
   */
  inlineWhileStarting?: boolean;
}

/** True when the spec needs the state graph (responses, temporal properties). */
export function needsStateGraph(model: Model): boolean {
  return model.responses.length + model.properties.length > 0;
}

/**
 * Searches `model` with `options.workers` worker threads (one: the one-thread search). Specs
 * that need the state graph always run with one worker; `stats.workers` says how many ran.
 */
export async function checkParallel(model: Model, options: ParallelOptions): Promise<CheckResult> {
  if (options.workers <= 1 || needsStateGraph(model)) {
    const r = await new Checker(model).run(options);
    return { ...r, stats: { ...r.stats, workers: 1 } };
  }
  return runParallel(model, options);
}

/** Slice size for a level of `n` states: several slices per worker, 64 to 2048 states. */
function sliceSize(n: number, workers: number): number {
  return Math.min(2048, Math.max(64, Math.ceil(n / (workers * 8))));
}

/** The workers are started once the search has run this long (ms) and is still growing. */
const LAUNCH_AFTER_MS = 250;

const malformed = (what: string): MaestroError =>
  new MaestroError(
    'MC_WORKER_FAILED',
    `modelcheck: a search worker sent a malformed result (${what})`,
  );

async function runParallel(model: Model, options: ParallelOptions): Promise<CheckResult> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const W = model.words;
  const limits = searchLimits(model, options);
  const { maxStates, maxDepth, timeMs } = limits;
  const minParallel = Math.max(1, options.minParallelLevel ?? 256);
  const t = new ChunkExpander(model);
  // Over shared memory: the workers read it to drop successors already found (seenIn).
  const table = new StateTable(
    1 << 12,
    (ints) => new Int32Array(new SharedArrayBuffer(ints * Int32Array.BYTES_PER_ELEMENT)),
  );
  const seen = (): SeenSlots => ({ table: table.table, mask: table.mask });
  let generated = 0;
  let depth = 0;
  let peakFrontierBytes = 0;
  /** Workers that expanded at least one slice (none: the main thread did it all). */
  const usedWorkers = new Set<number>();

  const stats = (): CheckStats => ({
    ...searchStats(table, generated, depth, clock() - started, peakFrontierBytes, W),
    workers: usedWorkers.size > 0 ? options.workers : 1,
  });
  const result = (
    status: CheckResult['status'],
    extra: Partial<CheckResult> = {},
  ): CheckResult => ({
    spec: model.name,
    file: model.file,
    status,
    ...extra,
    stats: stats(),
  });
  const failure = (f: SerialFailure, parentId: number): CheckResult => {
    let step: { action: string; params: Record<string, unknown> } | undefined;
    if (f.step !== undefined) {
      const action = model.actions[f.step.action];
      if (action === undefined) throw malformed('unknown action');
      step = { action: action.name, params: f.step.params };
    }
    return result('violation', {
      violation: stepFailureViolation(t, table, parentId, f, step),
    });
  };

  let frontier = new Frontier(W);
  let bound: CheckResult['bound'];
  try {
    const seeded = await seedInitialStates(
      t,
      table,
      frontier,
      limits,
      () => clock() - started,
      options.signal,
    );
    generated = seeded.generated;
    if (seeded.stop === 'aborted') return result('aborted');
    bound = seeded.stop;
  } catch (thrown) {
    if (thrown instanceof StepFailure)
      return failure({ kind: thrown.kind, message: thrown.message, location: thrown.location }, -1);
    throw thrown;
  }
  if (bound !== undefined) return result('bound', { bound });
  // The main thread's own expansions (small levels) check the bounds as the one-worker search.
  t.interrupt = () => {
    if (clock() - started > timeMs) {
      bound = 'time';
      return true;
    }
    return options.signal?.aborted === true;
  };

  let next = new Frontier(W);
  const tmp = new Uint32Array(W);
  let expanded = 0;
  let lastProgress = clock();

  /** Inserts one slice's successors in order; a result ends the search. */
  const apply = (r: ChunkResult, start: number, count: number): CheckResult | undefined => {
    const d = r.data;
    const len = r.length;
    if (!(len >= 0 && len <= d.length)) throw malformed('length');
    if (
      r.stop === undefined ? r.states !== count : r.states !== r.stop.index + 1 || r.states > count
    )
      throw malformed('state count');
    let p = 0;
    for (let i = 0; i < r.states; i++) {
      const curId = frontier.ids[start + i]!;
      const kept = d[p]!;
      const gen = d[p + 1]!;
      p += 2;
      if (!(kept >= 0 && gen >= kept && p + kept * (3 + W) <= len)) throw malformed('record');
      const base = generated;
      for (let k = 0; k < kept; k++) {
        const ord = d[p]!;
        if (!(ord >= 0 && ord < gen)) throw malformed('ordinal');
        const id = table.insert(d[p + 1]!, d[p + 2]!, curId, ord);
        if (id >= 0) {
          for (let w = 0; w < W; w++) tmp[w] = d[p + 3 + w]!;
          next.push(tmp, id);
        }
        p += 3 + W;
        generated = base + ord + 1;
        if (table.count >= maxStates) {
          bound = 'states';
          return result('bound', { bound });
        }
      }
      generated = base + gen;
      const stop = r.stop;
      if (stop !== undefined && stop.index === i) return stopped(stop, curId);
      expanded++;
      if ((expanded & 1023) === 0) {
        const now = clock();
        if (options.signal?.aborted) return result('aborted');
        if (now - started > timeMs) {
          bound = 'time';
          return result('bound', { bound });
        }
        if (now - lastProgress > 1000) {
          lastProgress = now;
          options.progress?.(
            `${model.name}: ${table.count} distinct states, depth ${depth}, ${next.length} queued (${options.workers} workers)`,
          );
        }
      }
    }
    if (p !== len) throw malformed('trailing data');
    return undefined;
  };

  const stopped = (stop: NonNullable<ChunkResult['stop']>, curId: number): CheckResult => {
    switch (stop.kind) {
      case 'invariant': {
        const inv = model.invariants[stop.invariant];
        const check = inv?.checks[stop.check];
        if (inv === undefined || check === undefined) throw malformed('invariant');
        return result('violation', {
          violation: {
            kind: 'invariant',
            message: `invariant ${inv.name} is violated: \`${check.source}\` is false${(check.message ?? inv.message) ? ` (${check.message ?? inv.message})` : ''}`,
            invariant: inv,
            location: inv.loc,
            trace: traceTo(t, table, curId),
          },
        });
      }
      case 'deadlock':
        return result('violation', {
          violation: {
            kind: 'deadlock',
            message:
              'deadlock: no action is enabled in the last state (set `deadlock: false` in the spec if termination is intended)',
            location: { file: model.file, line: 1, column: 1 },
            trace: traceTo(t, table, curId),
          },
        });
      case 'failure':
        return failure(stop.failure, curId);
      case 'interrupted':
        if (options.signal?.aborted) return result('aborted');
        return result('bound', { bound: 'time' });
      default:
        throw malformed('stop');
    }
  };

  let pool: SearchPool | undefined;
  // `workers` counts the expanding threads, the main thread among them (as TLC's -workers); with
  // inlineWhileStarting false (tests) the main thread only inserts, and every worker is a thread.
  const threads = options.inlineWhileStarting === false ? options.workers : options.workers - 1;
  /** Per worker: the slot array it was last sent. */
  const sentSlots: Int32Array[] = [];
  // Slice buffers the workers handed back, for the next slices.
  const spentWords: Uint32Array[] = [];
  const spentData: Int32Array[] = [];
  // Jobs carry ids unique over the whole search; a worker answers its jobs in the order sent.
  let nextChunk = 0;
  /** Per worker: the jobs it was sent and has not answered, oldest first. */
  const assigned = new Map<number, number[]>();
  /** Jobs the main thread took back from a worker's queue; the worker answers them skipped. */
  const stolen = new Set<number>();
  const claims = new Int32Array(new SharedArrayBuffer(CLAIM_SLOTS * Int32Array.BYTES_PER_ELEMENT));
  const claimsSent: boolean[] = [];
  let prevLevel = 0;
  try {
    while (frontier.length > 0) {
      depth++;
      next = new Frontier(W, Math.max(1024, frontier.length));
      const expand = depth < maxDepth;
      if (!expand) bound ??= 'depth';
      const n = frontier.length;
      let out: CheckResult | undefined;
      if (n < minParallel) {
        t.seen = seen();
        out = apply(t.expandSlice(frontier.words.subarray(0, n * W), n, expand), 0, n);
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (out === undefined && options.signal?.aborted) return result('aborted');
      } else {
        out = await parallelLevel(n, expand, prevLevel);
      }
      if (out !== undefined) return out;
      prevLevel = n;
      peakFrontierBytes = Math.max(
        peakFrontierBytes,
        frontier.words.byteLength +
          frontier.ids.byteLength +
          next.words.byteLength +
          next.ids.byteLength,
      );
      frontier = next;
    }
  } finally {
    await pool?.close();
  }
  if (bound !== undefined) return result('bound', { bound });
  return result('ok');

  /**
   * One level by the workers and by the main thread: the workers take slices of `size` states
   * (each holding the next one queued), the main thread short ones while none can take more, and
   * the slices' results are applied in frontier order.
   */
  async function parallelLevel(
    n: number,
    expand: boolean,
    prevLevel: number,
  ): Promise<CheckResult | undefined> {
    const inline = options.inlineWhileStarting !== false;
    // Workers are worth their start while the levels grow, or while this level alone would take
    // the main thread as long as the search has run before it starts them; so a search that
    // ends within its first quarter second, or one that is winding down, never starts one.
    const expanded = Math.max(1, table.count - n);
    const worth = n > prevLevel || (n * (clock() - started)) / expanded >= LAUNCH_AFTER_MS;
    const launch = (): SearchPool | undefined =>
      (pool ??=
        !inline || (worth && clock() - started >= LAUNCH_AFTER_MS)
          ? SearchPool.launch(model, options.source, { ...options, workers: threads })
          : undefined);
    const size = sliceSize(n, options.workers);
    // The main thread's slices are short, so it is soon back to feed the workers and apply.
    const own = Math.max(16, size >> 3);
    // States sent ahead of the first slice not yet applied, at most (bounds buffered results).
    const window = 4 * options.workers * size;
    // Slice k is frontier[starts[k], ends[k]).
    const starts: number[] = [];
    const ends: number[] = [];
    const done = new Map<number, ChunkResult>();
    /** The slice of each job sent in this level, and per slice its job (-1: the main thread's). */
    const sliceOf = new Map<number, number>();
    const jobOf: number[] = [];
    const workerOf = new Map<number, number>();
    let sent = 0;
    let applied = 0;
    /** True while states are left to send and the window has room for them. */
    const room = (): boolean => {
      if (sent === 0) return true;
      const last = ends[sent - 1]!;
      return last < n && last - (applied < sent ? starts[applied]! : last) < window;
    };
    /**
     * The next slice, of at most `len` states and shorter as the level runs out (a share of what
     * is left), so the threads finish the level together rather than wait for one long slice.
     */
    const take = (len: number): number => {
      const s = sent > 0 ? ends[sent - 1]! : 0;
      const share = Math.max(16, Math.ceil((n - s) / (4 * options.workers)));
      starts.push(s);
      ends.push(Math.min(n, s + Math.min(len, share)));
      jobOf.push(-1);
      return sent++;
    };
    const dispatch = (p: SearchPool): void => {
      for (let w = p.idle(); w >= 0 && room(); w = p.idle()) {
        const k = take(size);
        const s = starts[k]!;
        const e = ends[k]!;
        const chunk = nextChunk++;
        jobOf[k] = chunk;
        sliceOf.set(chunk, k);
        workerOf.set(chunk, w);
        Atomics.store(claims, chunk % CLAIM_SLOTS, CLAIM_QUEUED);
        const queue = assigned.get(w);
        if (queue === undefined) assigned.set(w, [chunk]);
        else queue.push(chunk);
        const first = claimsSent[w] !== true;
        claimsSent[w] = true;
        // Buffers come back with the results and are reused (no allocation per slice).
        let words = spentWords.pop();
        if (words === undefined || words.length < (e - s) * W) words = new Uint32Array(size * W);
        words.set(frontier.words.subarray(s * W, e * W));
        const recycle = spentData.pop();
        const slots = table.table !== sentSlots[w] ? seen() : undefined;
        if (slots !== undefined) sentSlots[w] = slots.table;
        p.send(w, {
          type: 'expand',
          chunk,
          words,
          count: e - s,
          expand,
          ...(recycle !== undefined ? { recycle } : {}),
          ...(slots !== undefined ? { seen: slots } : {}),
          ...(first ? { claims } : {}),
        });
      }
    };
    const handle = (ev: PoolEvent): CheckResult | undefined => {
      if (ev.kind === 'tick') {
        if (options.signal?.aborted) return result('aborted');
        if (clock() - started > timeMs) {
          bound = 'time';
          return result('bound', { bound });
        }
        return undefined;
      }
      const m = ev.message;
      const queue = assigned.get(ev.worker);
      if (queue === undefined || queue[0] !== m.chunk) throw malformed('slice');
      queue.shift();
      if (m.spent instanceof Uint32Array) spentWords.push(m.spent);
      // A job the main thread took back is answered skipped, and only such a job.
      if (stolen.delete(m.chunk) !== (m.skipped === true)) throw malformed('skipped slice');
      if (m.skipped === true) return undefined;
      const k = sliceOf.get(m.chunk);
      if (k === undefined) throw malformed('slice');
      usedWorkers.add(ev.worker);
      done.set(k, m);
      return undefined;
    };
    /**
     * Takes back the first slice not yet done that still waits in a worker's queue (the worker
     * has not started it), so the main thread need not wait for it; false when there is none.
     */
    const steal = (): boolean => {
      for (let k = applied; k < sent; k++) {
        const chunk = jobOf[k]!;
        if (chunk < 0 || done.has(k) || stolen.has(chunk)) continue;
        // A worker's first job not taken back is the one it expands (or is about to): left to it.
        const queue = assigned.get(workerOf.get(chunk)!)!;
        if (queue.find((c) => !stolen.has(c)) === chunk) continue;
        if (
          Atomics.compareExchange(claims, chunk % CLAIM_SLOTS, CLAIM_QUEUED, CLAIM_MAIN) !==
          CLAIM_QUEUED
        )
          continue;
        stolen.add(chunk);
        sliceOf.delete(chunk);
        const s = starts[k]!;
        const e = ends[k]!;
        t.seen = seen();
        done.set(k, t.expandSlice(frontier.words.subarray(s * W, e * W), e - s, expand));
        return true;
      }
      return false;
    };
    while (applied < sent || room()) {
      const p = launch();
      if (p !== undefined) dispatch(p);
      for (let r = done.get(applied); r !== undefined; r = done.get(applied)) {
        done.delete(applied);
        const out = apply(r, starts[applied]!, ends[applied]! - starts[applied]!);
        if (out !== undefined) return out;
        if ('chunk' in r) spentData.push(r.data);
        applied++;
      }
      if (applied >= sent && !room()) break;
      // Applying made room in the window: feed an idle worker before anything else.
      if (p !== undefined) dispatch(p);
      const mine = inline && (p === undefined || p.idle() < 0) && room();
      if (mine || (inline && p !== undefined && steal())) {
        if (mine) {
          // No worker can take a slice (or none is ready yet): the main thread expands one itself.
          const k = take(p === undefined || p.readyWorkers === 0 ? size : own);
          const s = starts[k]!;
          const e = ends[k]!;
          t.seen = seen();
          done.set(k, t.expandSlice(frontier.words.subarray(s * W, e * W), e - s, expand));
        }
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (p === undefined) {
          if (options.signal?.aborted) return result('aborted');
          continue;
        }
        for (let ev = p.poll(); ev !== undefined; ev = p.poll()) {
          const out = handle(ev);
          if (out !== undefined) return out;
        }
        continue;
      }
      if (p === undefined)
        throw new MaestroError('MC_INTERNAL_ERROR', 'internal: a parallel level has no workers');
      const out = handle(await p.next());
      if (out !== undefined) return out;
    }
    return undefined;
  }
}
