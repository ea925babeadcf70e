/** Compensated (Kahan–Babuška–Neumaier) sums in one flat array, mergeable across chunks and shards. */

/**
 * `size` running sums, each with its Neumaier compensation term. Adding chunk by chunk and
 * merging the chunk sums agrees with one pass over the whole to the last bits of rounding; the
 * compensation keeps a million-term sum as accurate as the inputs.
 */
export class CompensatedSums {
  /** Interleaved: [sum0, comp0, sum1, comp1, ...]. */
  readonly cells: Float64Array;

  constructor(readonly size: number) {
    this.cells = new Float64Array(size * 2);
  }

  /** Adds `x` to sum `i`. */
  add(i: number, x: number): void {
    const c = this.cells;
    const j = i * 2;
    const s = c[j]!;
    const t = s + x;
    c[j + 1] = c[j + 1]! + (Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s);
    c[j] = t;
  }

  /** The value of sum `i` (sum plus its compensation). */
  get(i: number): number {
    return this.cells[i * 2]! + this.cells[i * 2 + 1]!;
  }

  /** Adds every sum of `other` (same size) into this one. */
  merge(other: CompensatedSums): void {
    const o = other.cells;
    for (let i = 0; i < this.size; i++) {
      this.add(i, o[i * 2]!);
      this.cells[i * 2 + 1] = this.cells[i * 2 + 1]! + o[i * 2 + 1]!;
    }
  }
}
