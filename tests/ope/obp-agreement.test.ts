// Agreement with Open Bandit Pipeline 0.5.7 on fixtures scripts/ope/obp-fixtures.py made with it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bernsteinLowerBound, tLowerBound } from '../../action/gates/ope/bounds.js';
import { ESTIMATORS, type EstimatorName } from '../../action/gates/ope/config.js';
import { evaluate } from '../../action/gates/ope/evaluate.js';
import { chunksOf, policy, settings } from './helpers.js';

interface Side {
  value: number;
  t_lower: number;
}
interface Fixture {
  name: string;
  alpha: number;
  clip: number | null;
  arms: string[];
  baseline: Record<string, Record<string, number>>;
  candidate: Record<string, Record<string, number>>;
  rows: Record<string, unknown>[];
  expected: {
    estimators: Record<
      EstimatorName,
      { baseline: Side; candidate: Side; difference: Side & { bernstein_lower: number } }
    >;
    candidate_ess: number;
    candidate_max_weight: number;
  };
}

const dir = join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(dir)
  .filter((f) => f.startsWith('obp-') && f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture);

/** |a − b| ≤ 1e-9·|b| (plus a floor for values that are zero up to rounding). */
function agrees(actual: number, expected: number, what: string): void {
  const tol = 1e-9 * Math.abs(expected) + 1e-14;
  expect(Math.abs(actual - expected), `${what}: ${actual} vs obp ${expected}`).toBeLessThanOrEqual(
    tol,
  );
}

describe('agreement with Open Bandit Pipeline (obp 0.5.7) to 1e-9 relative', () => {
  it('has the fixtures', () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual([
      'bernoulli',
      'deterministic',
      'gaussian-clipped',
    ]);
  });

  for (const fx of fixtures) {
    for (const e of ESTIMATORS) {
      it(`${fx.name}: ${e}`, async () => {
        const schema = {
          path: 'fixture.jsonl',
          context: ['segment'],
          action: 'arm',
          propensity: 'pscore',
          reward: 'reward',
          q_hat: 'q_hat',
        };
        const { stats, report } = await evaluate({
          data: { abs: '', file: 'fixture.jsonl', schema },
          chunks: chunksOf(fx.rows, 97),
          baseline: policy({ key: 'segment', table: fx.baseline }, fx.arms, 'base.json'),
          candidate: policy({ key: 'segment', table: fx.candidate }, fx.arms, 'head.json'),
          settings: settings(fx.arms, {
            estimator: e,
            alpha: fx.alpha,
            clip: fx.clip ?? undefined,
          }),
        });
        const want = fx.expected.estimators[e];
        const got = stats.forms[e];
        const n = stats.n;
        agrees(got.baseline.mean, want.baseline.value, 'baseline value');
        agrees(got.candidate.mean, want.candidate.value, 'candidate value');
        agrees(got.difference.mean, want.difference.value, 'difference');
        agrees(tLowerBound(got.baseline, n, fx.alpha), want.baseline.t_lower, 'baseline t bound');
        agrees(
          tLowerBound(got.candidate, n, fx.alpha),
          want.candidate.t_lower,
          'candidate t bound',
        );
        agrees(report.gate_rule.bounds.t, want.difference.t_lower, 'difference t bound');
        agrees(
          report.gate_rule.bounds.bernstein,
          want.difference.bernstein_lower,
          'difference Bernstein bound',
        );
        agrees(
          bernsteinLowerBound(
            got.difference,
            n,
            report.gate_rule.difference_range[1] - report.gate_rule.difference_range[0],
            fx.alpha,
          ),
          want.difference.bernstein_lower,
          'Bernstein from moments',
        );
        agrees(report.diagnostics.ess, fx.expected.candidate_ess, 'ESS');
        agrees(report.diagnostics.max_weight, fx.expected.candidate_max_weight, 'max weight');
      });
    }
  }
});
