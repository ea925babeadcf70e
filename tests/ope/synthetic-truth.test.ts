// A synthetic bandit with known truth: unbiasedness and interval coverage over 200 seeded runs.
import { describe, expect, it } from 'vitest';
import type { EstimatorName } from '../../action/gates/ope/config.js';
import { evaluate } from '../../action/gates/ope/evaluate.js';
import {
  logRows,
  makeBandit,
  rankedPolicy,
  tableOf,
  trueValue,
} from '../../scripts/ope/synthetic-bandit.js';
import { chunksOf, policy, SCHEMA, settings } from './helpers.js';

const REPLICATIONS = 200;
const N = 3000;
// DM is unbiased only when the reward model is; the fixed model here is off by up to ±0.05.
// IPS and DR are unbiased; SNIPS and SNDR are consistent (bias O(1/n)). Following Open Bandit
// Pipeline, their per-round values carry the full-sample normaliser and are treated as iid,
// which overstates their variance: their intervals are conservative (cover ≥ 95 %).
const UNBIASED: EstimatorName[] = ['ips', 'snips', 'dr', 'sndr'];
const CALIBRATED = new Set<EstimatorName>(['ips', 'dr']);

interface Tally {
  errors: number[];
  covered: number;
}

async function replicate(withEstimates: boolean, bootstrap: boolean) {
  const bandit = makeBandit(2026, 10, 3);
  const arms = bandit.arms;
  const basePi = rankedPolicy(bandit, 0, 0.6);
  const candPi = rankedPolicy(bandit, 1, 0.5);
  const truthB = trueValue(bandit, basePi);
  const truthC = trueValue(bandit, candPi);
  const base = policy(tableOf(bandit, basePi), arms);
  const cand = policy(tableOf(bandit, candPi), arms);
  const schema = withEstimates ? SCHEMA : { ...SCHEMA, q_hat: undefined };
  const tallies = new Map<string, Tally>();
  const tally = (key: string, estimate: number, lower: number, upper: number, truth: number) => {
    const t = tallies.get(key) ?? { errors: [], covered: 0 };
    t.errors.push(estimate - truth);
    if (lower <= truth && truth <= upper) t.covered++;
    tallies.set(key, t);
  };
  for (let rep = 0; rep < REPLICATIONS; rep++) {
    const rows = [...logRows(bandit, N, 10_000 + rep)] as unknown as Record<string, unknown>[];
    const { report } = await evaluate({
      data: { abs: '', file: 'rows.jsonl', schema },
      chunks: chunksOf(rows, 1024),
      baseline: base,
      candidate: cand,
      settings: settings(arms, {
        bound: bootstrap ? 'bootstrap' : 't',
        bootstrap: { resamples: 400, seed: rep },
      }),
    });
    for (const e of UNBIASED) {
      const x = report.estimators[e];
      tally(`${e}/candidate`, x.candidate.estimate, x.candidate.lower, x.candidate.upper, truthC);
      tally(`${e}/baseline`, x.baseline.estimate, x.baseline.lower, x.baseline.upper, truthB);
      tally(
        `${e}/difference`,
        x.difference.estimate,
        x.difference.lower,
        x.difference.upper,
        truthC - truthB,
      );
    }
    const g = report.gate_rule;
    if (g.bootstrap !== null)
      tally(
        'dr/difference/bootstrap',
        g.mean_difference,
        g.bootstrap.interval.lower,
        g.bootstrap.interval.upper,
        truthC - truthB,
      );
    // One-sided bounds: the truth is above the 95 % lower bound in ≥ 92 % of runs.
    tally('dr/difference/t-lower', g.mean_difference, g.bounds.t, Infinity, truthC - truthB);
    tally(
      'dr/difference/bernstein-lower',
      g.mean_difference,
      g.bounds.bernstein,
      Infinity,
      truthC - truthB,
    );
  }
  return tallies;
}

function check(tallies: Map<string, Tally>, key: string, coverage: [number, number]) {
  const t = tallies.get(key)!;
  const n = t.errors.length;
  const mean = t.errors.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(t.errors.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const se = sd / Math.sqrt(n);
  expect(n).toBe(REPLICATIONS);
  expect(Math.abs(mean), `${key}: mean error ${mean} vs 3 SE = ${3 * se}`).toBeLessThanOrEqual(
    3 * se,
  );
  const share = t.covered / n;
  expect(share, `${key}: coverage ${share}`).toBeGreaterThanOrEqual(coverage[0]);
  expect(share, `${key}: coverage ${share}`).toBeLessThanOrEqual(coverage[1]);
}

describe(`a synthetic bandit with known truth (${REPLICATIONS} seeded replications of ${N} rows)`, () => {
  it('with reward-model estimate columns: unbiased, and 95 % intervals cover 92–98 %', async () => {
    const tallies = await replicate(true, true);
    for (const e of UNBIASED)
      for (const side of ['baseline', 'candidate', 'difference'])
        check(tallies, `${e}/${side}`, CALIBRATED.has(e) ? [0.92, 0.98] : [0.92, 1]);
    check(tallies, 'dr/difference/bootstrap', [0.92, 0.98]);
    check(tallies, 'dr/difference/t-lower', [0.92, 1]);
    check(tallies, 'dr/difference/bernstein-lower', [0.92, 1]);
  }, 120_000);

  it('with the built-in cross-fitted reward model: DR stays unbiased with honest intervals', async () => {
    const tallies = await replicate(false, false);
    for (const side of ['baseline', 'candidate', 'difference'])
      check(tallies, `dr/${side}`, [0.92, 0.98]);
  }, 120_000);
});
