/**
 * One slice of a BFS level expanded the way the one-worker search expands it (checker.ts):
 * invariants in spec order, the depth bound, successors with TLC's state constraints, and
 * deadlock, for each state in frontier order. The successors come back as one flat buffer, so
 * the thread that owns the fingerprint table can insert them in exactly the order the one-worker
 * search would (parallel.ts). Used inside the search workers and, for small levels, on the main
 * thread itself.
 */
import { fingerprint, h1, h2 } from './fingerprints.js';
import { StepFailure, evalFailure } from './step-failure.js';
import { paramsOf } from './traces.js';
import { Transitions, type OnSuccessor } from './transitions.js';
import type { SourceLocation } from '../../contract/errors.js';

/** A step failure as it crosses threads: the failing transition by action index. */
export interface SerialFailure {
  kind: 'domain' | 'eval';
  message: string;
  location: SourceLocation;
  step?: { action: number; params: Record<string, unknown> };
}

/**
 * Why the expansion of a slice stopped early, at slice position `index`. The state at `index`
 * has its record (with the successors generated before the stop) in the buffer.
 */
export type ChunkStop =
  | { index: number; kind: 'invariant'; invariant: number; check: number }
  | { index: number; kind: 'deadlock' }
  | { index: number; kind: 'failure'; failure: SerialFailure }
  /** The main thread's own interrupt (time bound or abort) stopped a long expansion. */
  | { index: number; kind: 'interrupted' };

/**
 * The expansion of a slice. `data[0..length)` holds, for each state processed in order,
 * `[kept, generated]` and then `kept` records `[ordinal, fpLo, fpHi, ...words]` (successors
 * outside the state constraints, found in the shared table or recorded earlier in the slice are
 * counted in `generated` but not recorded).
 */
export interface ChunkResult {
  data: Int32Array;
  length: number;
  /** States with a record: the whole slice, or `stop.index + 1`. */
  states: number;
  stop?: ChunkStop;
}

/** The slot array of the main thread's StateTable (`[lo, hi, id + 1]` per slot) and its mask. */
export interface SeenSlots {
  table: Int32Array;
  mask: number;
}

/**
 * True when fingerprint `lo, hi` is in `seen`, probed as StateTable.insert probes. Read while
 * the main thread writes: each cell is written once (0, then its value), so a cell read is 0 or
 * final. A match needs both halves non-zero and equal, so it is always a fingerprint the table
 * holds; anything read too early is a miss, and a missed successor is sent and deduplicated.
 */
export function seenIn(seen: SeenSlots, lo: number, hi: number): boolean {
  if (lo === 0 || hi === 0) return false;
  const { table, mask } = seen;
  let i = (lo ^ (hi >>> 7)) & mask;
  // The table is at most half full, so an empty slot ends the probe; the bound is a safeguard.
  for (let n = 0; n <= mask; n++) {
    const at = i * 3;
    if (Atomics.load(table, at + 2) === 0) return false;
    if (table[at] === lo && table[at + 1] === hi) return true;
    i = (i + 1) & mask;
  }
  return false;
}

/**
 * The fingerprints recorded in the slice being expanded: a successor recorded earlier in the
 * same slice is dropped, as the main thread, inserting the slice in order, would find it there.
 * A slot belongs to the current slice when its stamp is the slice's, so a new slice clears
 * nothing.
 */
class SliceSeen {
  private lo = new Int32Array(1 << 12);
  private hi = new Int32Array(1 << 12);
  private stamp = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  private cur = 1;
  private n = 0;

  /** Starts a new slice. */
  reset(): void {
    this.n = 0;
    if (++this.cur === 0x7fffffff) {
      this.stamp.fill(0);
      this.cur = 1;
    }
  }

  /** Adds fingerprint `lo, hi`; false when the slice already holds it. */
  add(lo: number, hi: number): boolean {
    const mask = this.mask;
    const cur = this.cur;
    let i = (lo ^ (hi >>> 7)) & mask;
    for (;;) {
      if (this.stamp[i] !== cur) break;
      if (this.lo[i] === lo && this.hi[i] === hi) return false;
      i = (i + 1) & mask;
    }
    this.stamp[i] = cur;
    this.lo[i] = lo;
    this.hi[i] = hi;
    if (++this.n * 2 > mask + 1) this.grow();
    return true;
  }

  private grow(): void {
    const { lo, hi, stamp, cur } = this;
    const size = (this.mask + 1) * 2;
    const mask = size - 1;
    this.lo = new Int32Array(size);
    this.hi = new Int32Array(size);
    this.stamp = new Int32Array(size);
    this.mask = mask;
    for (let j = 0; j < stamp.length; j++) {
      if (stamp[j] !== cur) continue;
      let i = (lo[j]! ^ (hi[j]! >>> 7)) & mask;
      while (this.stamp[i] === cur) i = (i + 1) & mask;
      this.stamp[i] = cur;
      this.lo[i] = lo[j]!;
      this.hi[i] = hi[j]!;
    }
  }
}

/** Serialises a step failure for another thread. */
export function serialFailure(f: StepFailure, actionIndex: Map<unknown, number>): SerialFailure {
  return {
    kind: f.kind,
    message: f.message,
    location: f.location,
    ...(f.step !== undefined
      ? {
          step: {
            action: actionIndex.get(f.step.action) ?? -1,
            params: paramsOf(f.step.action, f.step.tuple),
          },
        }
      : {}),
  };
}

/** Expands slices of a level over one model. */
export class ChunkExpander extends Transitions {
  private data: Int32Array = new Int32Array(1 << 12);
  private length = 0;
  private ordinal = 0;
  private generated = 0;
  private kept = 0;
  /** The state being expanded: a successor that keeps its constrained bits needs no check. */
  private expanding: Uint32Array = new Uint32Array(0);
  private readonly actionIndex = new Map<unknown, number>(this.model.actions.map((a, i) => [a, i]));
  private readonly inSlice = new SliceSeen();
  private readonly onSucc: OnSuccessor = (succ) => {
    this.generated++;
    const ord = this.ordinal++;
    // TLC's CONSTRAINT: generated (so the state is not deadlocked) but neither stored nor explored.
    if (this.model.constraints.length > 0 && !this.inModel(succ, this.expanding)) return false;
    const W = this.words;
    fingerprint(succ, W);
    // The slice's own small set first: it stays in cache, the shared table does not.
    if (!this.inSlice.add(h1, h2)) return false;
    if (this.seen !== undefined && seenIn(this.seen, h1, h2)) return false;
    this.reserve(3 + W);
    const d = this.data;
    let p = this.length;
    d[p++] = ord;
    d[p++] = h1;
    d[p++] = h2;
    for (let w = 0; w < W; w++) d[p++] = succ[w]! | 0;
    this.length = p;
    this.kept++;
    return false;
  };

  /**
   * The main thread's fingerprint slots (shared, possibly an older copy): a successor found
   * there is counted but not recorded, as the main thread would drop it anyway.
   */
  seen: SeenSlots | undefined;

  /** Called between states (the workers' heartbeat). */
  between: (() => void) | undefined;

  private reserve(n: number): void {
    if (this.length + n <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.length + n) size *= 2;
    const d = new Int32Array(size);
    d.set(this.data.subarray(0, this.length));
    this.data = d;
  }

  /**
   * Expands `count` packed states from `words` (`expand` false at the depth bound: invariants
   * only). The returned buffer is handed over: the next call starts a new one.
   */
  expandSlice(words: Uint32Array, count: number, expand: boolean): ChunkResult {
    const W = this.words;
    const model = this.model;
    this.length = 0;
    this.inSlice.reset();
    const cur = new Uint32Array(W);
    let stop: ChunkStop | undefined;
    let s = 0;
    for (; s < count; s++) {
      for (let w = 0, base = s * W; w < W; w++) cur[w] = words[base + w]!;
      this.reserve(2);
      const header = this.length;
      this.length += 2;
      this.kept = 0;
      this.generated = 0;
      stop = this.expandOne(cur, s, expand, model);
      this.data[header] = this.kept;
      this.data[header + 1] = this.generated;
      if (stop !== undefined) break;
      this.between?.();
    }
    const out: ChunkResult = {
      data: this.data,
      length: this.length,
      states: stop !== undefined ? s + 1 : count,
      ...(stop !== undefined ? { stop } : {}),
    };
    this.data = this.spare ?? new Int32Array(Math.max(1 << 12, this.data.length));
    this.spare = undefined;
    this.length = 0;
    return out;
  }

  /** A buffer handed back by the main thread, used for the next slice (no allocation). */
  private spare: Int32Array | undefined;

  /** Takes back a result buffer the main thread has consumed. */
  recycle(buffer: Int32Array): void {
    if (buffer.length >= 1 << 12) this.spare = buffer;
  }

  private expandOne(
    cur: Uint32Array,
    index: number,
    expand: boolean,
    model: Transitions['model'],
  ): ChunkStop | undefined {
    this.decode(cur);
    for (let i = 0; i < model.invariants.length; i++) {
      const inv = model.invariants[i]!;
      for (let c = 0; c < inv.checks.length; c++) {
        let ok: unknown;
        try {
          ok = inv.checks[c]!.fn(this.env);
        } catch (thrown) {
          const f = evalFailure(thrown, inv.loc, `invariant ${inv.name}`);
          return { index, kind: 'failure', failure: serialFailure(f, this.actionIndex) };
        }
        if (ok === true) continue;
        if (ok !== false) {
          const f = new StepFailure(
            'eval',
            `invariant ${inv.name} evaluated to a non-bool value`,
            inv.loc,
          );
          return { index, kind: 'failure', failure: serialFailure(f, this.actionIndex) };
        }
        return { index, kind: 'invariant', invariant: i, check: c };
      }
    }
    if (!expand) return undefined;
    this.ordinal = 0;
    this.expanding = cur;
    let enabled: number;
    try {
      enabled = this.successors(cur, this.onSucc, true);
    } catch (thrown) {
      if (thrown instanceof StepFailure)
        return { index, kind: 'failure', failure: serialFailure(thrown, this.actionIndex) };
      throw thrown;
    }
    if (this.interrupted) return { index, kind: 'interrupted' };
    if (enabled === 0 && model.deadlock) return { index, kind: 'deadlock' };
    return undefined;
  }
}
