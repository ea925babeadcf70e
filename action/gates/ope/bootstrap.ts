/**
 * A seeded Poisson percentile bootstrap of a mean: in each resample every row appears c ~
 * Poisson(1) times and the resampled mean is Σ c·x / Σ c (Hanley & MacGibbon 2006; Chamandy et
 * al. 2012). Rows with equal values are grouped first: the sum of k independent Poisson(1)
 * counts is exactly Poisson(k), so a group costs one draw per resample instead of k. Draws
 * invert each group's Poisson CDF from a 32-bit uniform (xorshift32 seeded from `seed`).
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

/** Runs `resamples` Poisson-bootstrap resamples of the mean of `values`. */
export function poissonBootstrap(
  values: Float64Array,
  resamples: number,
  seed: number,
  signal?: AbortSignal,
): BootstrapResult {
  const { value, count } = groupValues(values);
  const sums = new Float64Array(resamples);
  const totals = new Float64Array(resamples);
  let x = (Math.imul((seed ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ 0x27d4eb2f) >>> 0 || 0x6d2b79f5;
  const tables = new Map<number, InverseTable>();
  for (let k = 0; k < value.length; k++) {
    if ((k & 0x3ff) === 0 && signal?.aborted) throw signal.reason;
    const lambda = count[k]!;
    let t = tables.get(lambda);
    if (t === undefined) {
      t = poissonTable(lambda);
      tables.set(lambda, t);
    }
    const { lo, cdf, guide } = t;
    const g = guide.length;
    const v = value[k]!;
    for (let b = 0; b < resamples; b++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      const u = x >>> 0;
      let j = guide[Math.floor((u / TWO32) * g)]!;
      while (cdf[j]! <= u) j++;
      const c = lo + j;
      sums[b] = sums[b]! + c * v;
      totals[b] = totals[b]! + c;
    }
  }
  const means = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) means[b] = totals[b]! > 0 ? sums[b]! / totals[b]! : 0;
  means.sort();
  return { resamples, seed, groups: value.length, means };
}
