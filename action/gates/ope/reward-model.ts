/**
 * The built-in reward model, used when the data carries no estimate columns: a cross-fitted
 * per-context mean. Rows are split into `folds` by position (row i is in fold i mod folds);
 * q̂ for a row is the mean reward of its (context, arm) in the other folds, falling back to the
 * arm's mean in the other folds, then to the other folds' overall mean, then 0.
 */
import type { IngestedData } from './ingest.js';

/** q̂ and DM values by (context, fold). */
export interface CrossFitted {
  folds: number;
  /** q̂[(ctx·folds + fold)·arms + arm]. */
  q: Float64Array;
  dmBaseline: Float64Array;
  dmCandidate: Float64Array;
}

/** Fits the model on the ingested rows. */
export function fitCrossFitted(data: IngestedData, arms: number, folds: number): CrossFitted {
  const K = data.contexts.length;
  const sum = new Float64Array(K * arms * folds);
  const cnt = new Float64Array(K * arms * folds);
  const armSum = new Float64Array(arms * folds);
  const armCnt = new Float64Array(arms * folds);
  const allSum = new Float64Array(folds);
  const allCnt = new Float64Array(folds);
  let row = 0;
  for (const c of data.chunks) {
    for (let i = 0; i < c.n; i++, row++) {
      const f = row % folds;
      const a = c.arm[i]!;
      const r = c.reward[i]!;
      const j = (c.ctx[i]! * arms + a) * folds + f;
      sum[j] = sum[j]! + r;
      cnt[j] = cnt[j]! + 1;
      armSum[a * folds + f] = armSum[a * folds + f]! + r;
      armCnt[a * folds + f] = armCnt[a * folds + f]! + 1;
      allSum[f] = allSum[f]! + r;
      allCnt[f] = allCnt[f]! + 1;
    }
  }
  const totals = (s: Float64Array, n: Float64Array, base: number): [number, number] => {
    let ts = 0;
    let tn = 0;
    for (let f = 0; f < folds; f++) {
      ts += s[base + f]!;
      tn += n[base + f]!;
    }
    return [ts, tn];
  };
  const [gS, gN] = totals(allSum, allCnt, 0);
  const q = new Float64Array(K * folds * arms);
  const dmB = new Float64Array(K * folds);
  const dmC = new Float64Array(K * folds);
  for (let k = 0; k < K; k++) {
    for (let a = 0; a < arms; a++) {
      const base = (k * arms + a) * folds;
      const [cS, cN] = totals(sum, cnt, base);
      const [aS, aN] = totals(armSum, armCnt, a * folds);
      for (let f = 0; f < folds; f++) {
        const n1 = cN - cnt[base + f]!;
        const n2 = aN - armCnt[a * folds + f]!;
        const n3 = gN - allCnt[f]!;
        q[(k * folds + f) * arms + a] =
          n1 > 0
            ? (cS - sum[base + f]!) / n1
            : n2 > 0
              ? (aS - armSum[a * folds + f]!) / n2
              : n3 > 0
                ? (gS - allSum[f]!) / n3
                : 0;
      }
    }
    for (let f = 0; f < folds; f++) {
      let nb = 0,
        db = 0,
        nc = 0,
        dc = 0;
      for (let a = 0; a < arms; a++) {
        const v = q[(k * folds + f) * arms + a]!;
        const pb = data.baselineDist[k * arms + a]!;
        const pc = data.candidateDist[k * arms + a]!;
        nb += pb * v;
        db += pb;
        nc += pc * v;
        dc += pc;
      }
      dmB[k * folds + f] = nb / db;
      dmC[k * folds + f] = nc / dc;
    }
  }
  return { folds, q, dmBaseline: dmB, dmCandidate: dmC };
}
