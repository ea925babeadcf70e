/**
 * The five estimators (and the cost estimate) as one mergeable accumulator of compensated
 * sums. Every estimator's per-round value is a linear form `X + Y / mean(w)` over per-row
 * components, with Open Bandit Pipeline's conventions (FIELD-NOTES: obp 0.5.7, exactly):
 * IPS `r·min(w,λ)`; SNIPS `r·w / mean(w)`; DM `Σ_a π·q̂ / Σ_a π`; DR `DM + min(w,λ)·(r − q̂)`;
 * SNDR `DM + w·(r − q̂) / mean(w)` (unclipped mean weight; SNIPS and SNDR ignore λ).
 * First and cross second moments of the components give each estimate, its variance and the
 * variance of the paired difference, so chunks and shards combine by adding sums.
 */
import type { EstimatorName } from './config.js';
import { ESTIMATORS } from './config.js';
import { CompensatedSums } from './sums.js';

/** The per-row inputs of one chunk (index 0 = baseline, 1 = candidate for per-policy arrays). */
export interface ChunkValues {
  n: number;
  reward: Float64Array;
  /** q̂(x_i, a_i): the reward model at the logged action. */
  qFactual: Float64Array;
  /** Unclipped importance weights π(a_i|x_i) / p_i. */
  weight: [Float64Array, Float64Array];
  /** DM per-round values Σ_a π(a|x_i) q̂(x_i, a) / Σ_a π(a|x_i). */
  dm: [Float64Array, Float64Array];
  cost?: Float64Array;
  /** Candidate probability on arms never logged in the row's context. */
  violation: Float64Array;
  /** Total-variation distance between the two policies at the row's context. */
  tv: Float64Array;
  /** 1 when the most likely arm differs between the policies at the row's context. */
  changed: Uint8Array;
}

/** Linear forms: the five estimators, then the cost estimate (SNIPS of cost). */
export const FORMS = [...ESTIMATORS, 'cost'] as const;
const NF = FORMS.length;
const PER_FORM = 14;
// Per-form sums: Xb, Xc, Yb, Yc, Xb², XbYb, Yb², Xc², XcYc, Yc², U², UYc, UYb, YcYb (U = Xc − Xb).
const G = NF * PER_FORM;
// Global sums after the forms.
const SWB = G,
  SWB2 = G + 1,
  SWC = G + 2,
  SWC2 = G + 3,
  SR = G + 4,
  SCOST = G + 5,
  SVIOL = G + 6,
  STV = G + 7,
  SCHANGED = G + 8,
  NSUMS = G + 9;

/** Mean and variance of one per-round value. */
export interface Moments {
  mean: number;
  /** Population variance (divide by n), as obp's `np.var`. */
  variance: number;
}

/** Per estimator: baseline, candidate and the paired difference. */
export interface FormMoments {
  baseline: Moments;
  candidate: Moments;
  difference: Moments;
}

/** Weight statistics of one policy. */
export interface WeightStats {
  sum: number;
  sumSquares: number;
  max: number;
  mean: number;
  /** Kish effective sample size (Σw)² / Σw². */
  ess: number;
}

/** What the accumulator knows at the end. */
export interface AccumulatedStats {
  n: number;
  forms: Record<EstimatorName | 'cost', FormMoments>;
  weights: { baseline: WeightStats; candidate: WeightStats };
  loggedMeanReward: number;
  loggedMeanCost: number | undefined;
  meanSupportViolation: number;
  meanTotalVariation: number;
  changedRowShare: number;
}

/** The mergeable accumulator. */
export class OpeAccumulator {
  n = 0;
  readonly sums = new CompensatedSums(NSUMS);
  maxW: [number, number] = [0, 0];
  hasCost = false;

  /** `clip` is λ for IPS and DR (undefined: no clipping). */
  constructor(readonly clip: number | undefined) {}

  /** Adds rows [0, v.n) of a chunk. */
  addChunk(v: ChunkValues): void {
    const s = this.sums;
    const lambda = this.clip ?? Infinity;
    const [wb, wc] = v.weight;
    const [dmb, dmc] = v.dm;
    const cost = v.cost;
    if (cost !== undefined) this.hasCost = true;
    // Sums of terms that are identically zero are skipped (they stay 0): IPS, DM and DR have no
    // Y part, SNIPS and cost no X part, and without a cost column the cost form is all zero.
    const lin = (o: number, XB: number, XC: number): void => {
      const U = XC - XB;
      s.add(o, XB);
      s.add(o + 1, XC);
      s.add(o + 4, XB * XB);
      s.add(o + 7, XC * XC);
      s.add(o + 10, U * U);
    };
    const nor = (o: number, YB: number, YC: number): void => {
      s.add(o + 2, YB);
      s.add(o + 3, YC);
      s.add(o + 6, YB * YB);
      s.add(o + 9, YC * YC);
      s.add(o + 13, YC * YB);
    };
    const P = PER_FORM;
    for (let i = 0; i < v.n; i++) {
      const r = v.reward[i]!;
      const q = v.qFactual[i]!;
      const b = wb[i]!;
      const c = wc[i]!;
      const bc = b < lambda ? b : lambda;
      const cc = c < lambda ? c : lambda;
      const db = dmb[i]!;
      const dc = dmc[i]!;
      lin(0, r * bc, r * cc); // ips
      nor(P, r * b, r * c); // snips
      lin(2 * P, db, dc); // dm
      lin(3 * P, db + bc * (r - q), dc + cc * (r - q)); // dr
      // sndr: X = DM, Y = w·(r − q̂), every cross term.
      const YB = b * (r - q);
      const YC = c * (r - q);
      const U = dc - db;
      const o = 4 * P;
      s.add(o, db);
      s.add(o + 1, dc);
      s.add(o + 2, YB);
      s.add(o + 3, YC);
      s.add(o + 4, db * db);
      s.add(o + 5, db * YB);
      s.add(o + 6, YB * YB);
      s.add(o + 7, dc * dc);
      s.add(o + 8, dc * YC);
      s.add(o + 9, YC * YC);
      s.add(o + 10, U * U);
      s.add(o + 11, U * YC);
      s.add(o + 12, U * YB);
      s.add(o + 13, YC * YB);
      // cost (self-normalised)
      const k = cost === undefined ? 0 : cost[i]!;
      if (cost !== undefined) nor(5 * P, b * k, c * k);
      s.add(SWB, b);
      s.add(SWB2, b * b);
      s.add(SWC, c);
      s.add(SWC2, c * c);
      s.add(SR, r);
      s.add(SCOST, k);
      s.add(SVIOL, v.violation[i]!);
      s.add(STV, v.tv[i]!);
      s.add(SCHANGED, v.changed[i]!);
      if (b > this.maxW[0]) this.maxW[0] = b;
      if (c > this.maxW[1]) this.maxW[1] = c;
    }
    this.n += v.n;
  }

  /** Adds another accumulator (a later chunk or another shard). */
  merge(other: OpeAccumulator): void {
    this.sums.merge(other.sums);
    this.n += other.n;
    this.maxW = [Math.max(this.maxW[0], other.maxW[0]), Math.max(this.maxW[1], other.maxW[1])];
    this.hasCost ||= other.hasCost;
  }

  /** Means of the policies' weights (the self-normalisers). */
  meanWeights(): [number, number] {
    return [this.sums.get(SWB) / this.n, this.sums.get(SWC) / this.n];
  }

  /** Finishes: estimates, variances, diagnostics. */
  stats(): AccumulatedStats {
    const n = this.n;
    const s = this.sums;
    const [mwb, mwc] = this.meanWeights();
    const ib = 1 / mwb;
    const ic = 1 / mwc;
    const moments = (mean: number, second: number): Moments => ({
      mean,
      variance: Math.max(0, second - mean * mean),
    });
    const forms = {} as Record<EstimatorName | 'cost', FormMoments>;
    FORMS.forEach((name, f) => {
      const o = f * PER_FORM;
      const g = (k: number): number => s.get(o + k);
      const mb = (g(0) + g(2) * ib) / n;
      const mc = (g(1) + g(3) * ic) / n;
      const eb2 = (g(4) + 2 * g(5) * ib + g(6) * ib * ib) / n;
      const ec2 = (g(7) + 2 * g(8) * ic + g(9) * ic * ic) / n;
      const ed2 =
        (g(10) +
          g(9) * ic * ic +
          g(6) * ib * ib +
          2 * g(11) * ic -
          2 * g(12) * ib -
          2 * g(13) * ic * ib) /
        n;
      forms[name] = {
        baseline: moments(mb, eb2),
        candidate: moments(mc, ec2),
        difference: moments(mc - mb, ed2),
      };
    });
    const wstats = (sum: number, sq: number, max: number): WeightStats => ({
      sum,
      sumSquares: sq,
      max,
      mean: sum / n,
      ess: sq > 0 ? (sum * sum) / sq : 0,
    });
    return {
      n,
      forms,
      weights: {
        baseline: wstats(s.get(SWB), s.get(SWB2), this.maxW[0]),
        candidate: wstats(s.get(SWC), s.get(SWC2), this.maxW[1]),
      },
      loggedMeanReward: s.get(SR) / n,
      loggedMeanCost: this.hasCost ? s.get(SCOST) / n : undefined,
      meanSupportViolation: s.get(SVIOL) / n,
      meanTotalVariation: s.get(STV) / n,
      changedRowShare: s.get(SCHANGED) / n,
    };
  }
}
