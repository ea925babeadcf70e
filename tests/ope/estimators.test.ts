// Exact oracles of the estimators and the mergeable accumulator (chunked = whole).
import { describe, expect, it } from 'vitest';
import { OpeAccumulator, type ChunkValues } from '../../action/gates/ope/accumulator.js';
import { tInterval } from '../../action/gates/ope/bounds.js';
import { ESTIMATORS } from '../../action/gates/ope/config.js';
import { evaluate } from '../../action/gates/ope/evaluate.js';
import { CompensatedSums } from '../../action/gates/ope/sums.js';
import { logRows, makeBandit, rankedPolicy, tableOf } from '../../scripts/ope/synthetic-bandit.js';
import { chunksOf, policy, SCHEMA, settings } from './helpers.js';

const ARMS = ['a', 'b'];
const schema = { ...SCHEMA, cost: undefined, q_hat: 'q_hat' };

function run(rows: Record<string, unknown>[], base: object, cand: object, over = {}, size = 1000) {
  return evaluate({
    data: { abs: '', file: 'rows.jsonl', schema },
    chunks: chunksOf(rows, size),
    baseline: policy(base, ARMS, 'base.json'),
    candidate: policy(cand, ARMS, 'head.json'),
    settings: settings(ARMS, { bound: 'bootstrap', ...over }),
  });
}

describe('exact oracles', () => {
  it('ips(p_log = 0.3, r = 1, p_pred = 0.6) = 2.0', () => {
    const acc = new OpeAccumulator(undefined);
    const one = (x: number): Float64Array => Float64Array.of(x);
    const v: ChunkValues = {
      n: 1,
      reward: one(1),
      qFactual: one(0),
      weight: [one(0.3 / 0.3), one(0.6 / 0.3)],
      dm: [one(0), one(0)],
      violation: one(0),
      tv: one(0),
      changed: Uint8Array.of(0),
    };
    acc.addChunk(v);
    expect(acc.stats().forms.ips.candidate.mean).toBe(2.0);
    expect(acc.stats().forms.ips.baseline.mean).toBe(1.0);
  });

  it('a constant stream (1, c, 1)×10 gives c for every estimator and every interval covers c', async () => {
    const c = 0.7;
    const rows = Array.from({ length: 10 }, () => ({
      segment: 's',
      arm: 'a',
      pscore: 1,
      reward: c,
      q_hat: { a: c, b: c },
    }));
    const only = { key: 'segment', table: { s: { a: 1, b: 0 } } };
    const { report } = await run(rows, only, only, {}, 3);
    for (const e of ESTIMATORS) {
      for (const side of ['baseline', 'candidate'] as const) {
        const x = report.estimators[e][side];
        expect(x.estimate, `${e} ${side}`).toBeCloseTo(c, 14);
        expect(x.lower, `${e} ${side} lower`).toBeLessThanOrEqual(c);
        expect(x.upper, `${e} ${side} upper`).toBeGreaterThanOrEqual(c);
      }
      expect(report.estimators[e].difference.estimate).toBe(0);
    }
    expect(report.gate_rule.bounds.t).toBe(0);
    expect(report.gate_rule.bounds.bootstrap).toBe(0);
    expect(report.gate_rule.passed).toBe(true);
  });

  it('a candidate equal to the logging policy gives IPS = the logged mean reward', async () => {
    const rows = [
      { segment: 's', arm: 'a', pscore: 0.25, reward: 1, q_hat: { a: 0, b: 0 } },
      { segment: 's', arm: 'b', pscore: 0.75, reward: 0.2, q_hat: { a: 0, b: 0 } },
      { segment: 's', arm: 'b', pscore: 0.75, reward: 0.6, q_hat: { a: 0, b: 0 } },
      { segment: 's', arm: 'a', pscore: 0.25, reward: 0.0, q_hat: { a: 0, b: 0 } },
    ];
    const logging = { key: 'segment', table: { s: { a: 0.25, b: 0.75 } } };
    const { report } = await run(rows, logging, logging);
    expect(report.estimators.ips.candidate.estimate).toBeCloseTo(report.logged.mean_reward, 15);
    expect(report.logged.mean_reward).toBeCloseTo(0.45, 15);
    expect(report.diagnostics.mean_weight).toBe(1);
    expect(report.diagnostics.ess).toBeCloseTo(4, 12);
  });

  it('t intervals are symmetric around the mean and shrink with n', () => {
    const m = { mean: 1, variance: 4 };
    const a = tInterval(m, 10, 0.05);
    const b = tInterval(m, 1000, 0.05);
    expect(a.upper - 1).toBeCloseTo(1 - a.lower, 12);
    expect(b.upper - b.lower).toBeLessThan(a.upper - a.lower);
  });
});

describe('mergeable accumulators', () => {
  it('compensated sums keep a million tiny terms next to a huge one', () => {
    const s = new CompensatedSums(1);
    s.add(0, 1e16);
    for (let i = 0; i < 1_000_000; i++) s.add(0, 1);
    s.add(0, -1e16);
    expect(s.get(0)).toBe(1_000_000);
  });

  it('chunked = whole, and shards merge to the same numbers', async () => {
    const b = makeBandit(7, 15, 4);
    const arms = b.arms;
    const rows = [...logRows(b, 20_000, 8)] as unknown as Record<string, unknown>[];
    const base = policy(tableOf(b, rankedPolicy(b, 0, 0.7)), arms);
    const cand = policy(tableOf(b, rankedPolicy(b, 1, 0.6)), arms);
    const go = (size: number) =>
      evaluate({
        data: { abs: '', file: 'rows.jsonl', schema: SCHEMA },
        chunks: chunksOf(rows, size),
        baseline: base,
        candidate: cand,
        settings: settings(arms, { clip: 5, bound: 'bootstrap' }),
      });
    const whole = await go(rows.length);
    const chunked = await go(333);
    for (const e of ESTIMATORS)
      for (const side of ['baseline', 'candidate', 'difference'] as const) {
        const x = whole.stats.forms[e][side];
        const y = chunked.stats.forms[e][side];
        expect(Math.abs(x.mean - y.mean), `${e} ${side} mean`).toBeLessThanOrEqual(
          4 * Number.EPSILON * Math.abs(x.mean),
        );
        expect(Math.abs(x.variance - y.variance), `${e} ${side} var`).toBeLessThanOrEqual(
          16 * Number.EPSILON * x.variance,
        );
      }
    expect(chunked.report.gate_rule.bounds.bootstrap).toBe(whole.report.gate_rule.bounds.bootstrap);
    expect(chunked.report.diagnostics.max_weight).toBe(whole.report.diagnostics.max_weight);
  });
});
