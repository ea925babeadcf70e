/**
 * Confidence bounds on a mean: Student-t (the default), empirical Bernstein on the observed
 * range (Thomas et al. 2015, as Open Bandit Pipeline's helper, with the range max − min so a
 * signed difference is handled), and percentile bounds of a bootstrap distribution.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { Moments } from './accumulator.js';
import type { BootstrapResult } from './bootstrap.js';

/** A two-sided interval. */
export interface Interval {
  lower: number;
  upper: number;
}

/** Standard error of the mean from the population variance (obp: `sqrt(var(x) / (n − 1))`). */
export function standardError(m: Moments, n: number): number {
  return n > 1 ? Math.sqrt(m.variance / (n - 1)) : Infinity;
}

/** One-sided Student-t lower bound at level 1 − alpha: `mean − t(n−1, 1−α)·s/√n`. */
export function tLowerBound(m: Moments, n: number, alpha: number): number {
  if (n < 2) return -Infinity;
  return m.mean - tQuantile(1 - alpha, n - 1) * standardError(m, n);
}

/** One-sided Student-t upper bound at level 1 − alpha. */
export function tUpperBound(m: Moments, n: number, alpha: number): number {
  if (n < 2) return Infinity;
  return m.mean + tQuantile(1 - alpha, n - 1) * standardError(m, n);
}

/** Two-sided Student-t interval at level 1 − alpha. */
export function tInterval(m: Moments, n: number, alpha: number): Interval {
  if (n < 2) return { lower: -Infinity, upper: Infinity };
  const h = tQuantile(1 - alpha / 2, n - 1) * standardError(m, n);
  return { lower: m.mean - h, upper: m.mean + h };
}

/**
 * Empirical-Bernstein lower bound at level 1 − alpha on values whose observed range is
 * `range` (max − min): `mean − 7·R·ln(2/α) / (3(n−1)) − sqrt(2·ln(2/α)·var / (n−1))`.
 */
export function bernsteinLowerBound(m: Moments, n: number, range: number, alpha: number): number {
  if (n < 2) return -Infinity;
  const l = Math.log(2 / alpha);
  return m.mean - (7 * range * l) / (3 * (n - 1)) - Math.sqrt((2 * l * m.variance) / (n - 1));
}

/** numpy's default (linear) percentile of sorted values, `p` in [0, 1]. */
export function percentileSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** One-sided bootstrap lower bound (the α percentile). */
export function bootstrapLowerBound(boot: BootstrapResult, alpha: number): number {
  return percentileSorted(boot.means, alpha);
}

/** Two-sided bootstrap interval (α/2 and 1 − α/2 percentiles, as obp). */
export function bootstrapInterval(boot: BootstrapResult, alpha: number): Interval {
  return {
    lower: percentileSorted(boot.means, alpha / 2),
    upper: percentileSorted(boot.means, 1 - alpha / 2),
  };
}
