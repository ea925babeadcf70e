/**
 * A seeded Poisson percentile bootstrap of a mean: in each resample every row appears c ~
 * Poisson(1) times and the resampled mean is Σ c·x / Σ c (Hanley & MacGibbon 2006; Chamandy et
 * al. 2012). Rows with equal values are grouped first: the sum of k independent Poisson(1)
 * counts is exactly Poisson(k), so a group costs one draw per resample instead of k. Draws
 * invert each group's Poisson CDF from a 32-bit uniform (xorshift32 seeded from `seed`): the
 * top 10 bits pick a cell of a 1024-cell table that holds the count itself wherever the cell
 * lies within one CDF step (almost always), else where to start the search. One resample is
 * one pass over the groups with its sums in registers.
 */
import gammaln from '@stdlib/math-base-special-gammaln';

/** The bootstrap distribution of the mean. */
export interface BootstrapResult {
  resamples: number;
  seed: number;
  /** Distinct values (groups) the resampling ran over. */
  groups: number;
  /** Sorted resampled means. */
  means: Float64Array;
}

const TWO32 = 4294967296;

/** A Poisson(λ) sampler by table inversion: `cdf[j]` = P(X ≤ lo + j)·2³², guided by `guide`. */
interface InverseTable {
  lo: number;
  cdf: Float64Array;
  guide: Int32Array;
}

function poissonTable(lambda: number): InverseTable {
  const mode = Math.floor(lambda);
  const spread = Math.ceil(12 * Math.sqrt(lambda) + 12);
  const lo = Math.max(0, mode - spread);
  const hi = mode + spread;
  const pmf = new Float64Array(hi - lo + 1);
  // log p(mode), then ratios outward: stable for any λ.
  const logMode = mode * Math.log(lambda) - lambda - gammaln(mode + 1);
  pmf[mode - lo] = Math.exp(logMode);
  for (let k = mode + 1; k <= hi; k++) pmf[k - lo] = (pmf[k - 1 - lo]! * lambda) / k;
  for (let k = mode - 1; k >= lo; k--) pmf[k - lo] = (pmf[k + 1 - lo]! * (k + 1)) / lambda;
  const cdf = new Float64Array(pmf.length);
  let acc = 0;
  for (let j = 0; j < pmf.length; j++) {
    acc += pmf[j]!;
    cdf[j] = acc;
  }
  // Normalise away the (negligible) truncated tails; the last cell catches every uniform.
  for (let j = 0; j < cdf.length; j++) cdf[j] = (cdf[j]! / acc) * TWO32;
  cdf[cdf.length - 1] = TWO32;
  const g = cdf.length;
  const guide = new Int32Array(g);
  let j = 0;
  for (let i = 0; i < g; i++) {
    const u = (i / g) * TWO32;
    while (cdf[j]! <= u) j++;
    guide[i] = j;
  }
  return { lo, cdf, guide };
}

/** Groups equal values: distinct values and how many rows hold each. */
function groupValues(values: Float64Array): { value: Float64Array; count: Float64Array } {
  const map = new Map<number, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    map.set(v, (map.get(v) ?? 0) + 1);
  }
  const value = new Float64Array(map.size);
  const count = new Float64Array(map.size);
  let k = 0;
  for (const [v, c] of map) {
    value[k] = v;
    count[k++] = c;
  }
  return { value, count };
}

const CELL_BITS = 10;
const CELLS = 1 << CELL_BITS;
const CELL_SHIFT = 32 - CELL_BITS;
const CELL_WIDTH = TWO32 / CELLS;

/**
 * The cell table of one CDF: the count for a cell wholly inside one CDF step, or −(j + 1) with
 * j the first index whose step the cell may fall in.
 */
function cellTable(t: InverseTable, out: Int32Array, at: number): void {
  let j = 0;
  for (let i = 0; i < CELLS; i++) {
    const lo = i * CELL_WIDTH;
    while (t.cdf[j]! <= lo) j++;
    out[at + i] = t.cdf[j]! > lo + CELL_WIDTH - 1 ? t.lo + j : -(j + 1);
  }
}

/** The nonzero xorshift32 state of resample `b`'s stream (a murmur3-style mix of seed and b). */
function streamSeed(seed: number, b: number): number {
  let h = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 1, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 0x6d2b79f5;
}

/** Runs `resamples` Poisson-bootstrap resamples of the mean of `values`. */
export function poissonBootstrap(
  values: Float64Array,
  resamples: number,
  seed: number,
  signal?: AbortSignal,
): BootstrapResult {
  const { value, count } = groupValues(values);
  const G = value.length;
  // One table per distinct group size (at most √(2n) of them).
  const byLambda = new Map<number, number>();
  const tables: InverseTable[] = [];
  const tableOf = new Int32Array(G);
  for (let k = 0; k < G; k++) {
    const lambda = count[k]!;
    let ti = byLambda.get(lambda);
    if (ti === undefined) {
      ti = tables.length;
      tables.push(poissonTable(lambda));
      byLambda.set(lambda, ti);
    }
    tableOf[k] = ti << CELL_BITS;
  }
  const cells = new Int32Array(tables.length * CELLS);
  tables.forEach((t, ti) => cellTable(t, cells, ti * CELLS));
  const means = new Float64Array(resamples);
  // Four resamples per pass, each with its own xorshift32 stream: four independent chains keep
  // the core busy, and each group's value and table are loaded once for the four.
  const draw = (u: number, base: number): number => {
    const c = cells[base | (u >>> CELL_SHIFT)]!;
    if (c >= 0) return c;
    const t = tables[base >>> CELL_BITS]!;
    let j = -c - 1;
    while (t.cdf[j]! <= u) j++;
    return t.lo + j;
  };
  for (let b = 0; b < resamples; b += 4) {
    if ((b & 0xf) === 0 && signal?.aborted) throw signal.reason;
    let x0 = streamSeed(seed, b);
    let x1 = streamSeed(seed, b + 1);
    let x2 = streamSeed(seed, b + 2);
    let x3 = streamSeed(seed, b + 3);
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      t0 = 0,
      t1 = 0,
      t2 = 0,
      t3 = 0;
    for (let k = 0; k < G; k++) {
      x0 ^= x0 << 13;
      x1 ^= x1 << 13;
      x2 ^= x2 << 13;
      x3 ^= x3 << 13;
      x0 ^= x0 >>> 17;
      x1 ^= x1 >>> 17;
      x2 ^= x2 >>> 17;
      x3 ^= x3 >>> 17;
      x0 ^= x0 << 5;
      x1 ^= x1 << 5;
      x2 ^= x2 << 5;
      x3 ^= x3 << 5;
      const base = tableOf[k]!;
      const v = value[k]!;
      const c0 = draw(x0 >>> 0, base);
      const c1 = draw(x1 >>> 0, base);
      const c2 = draw(x2 >>> 0, base);
      const c3 = draw(x3 >>> 0, base);
      s0 += c0 * v;
      s1 += c1 * v;
      s2 += c2 * v;
      s3 += c3 * v;
      t0 += c0;
      t1 += c1;
      t2 += c2;
      t3 += c3;
    }
    const put = (i: number, sum: number, total: number): void => {
      if (i < resamples) means[i] = total > 0 ? sum / total : 0;
    };
    put(b, s0, t0);
    put(b + 1, s1, t1);
    put(b + 2, s2, t2);
    put(b + 3, s3, t3);
  }
  means.sort();
  return { resamples, seed, groups: G, means };
}
