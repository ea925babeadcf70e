// The OPE gate through the fail-closed runner: applicability, decisions, cards, failures.
import { describe, expect, it } from 'vitest';
import { runGate } from '../../action/pipeline/runner.js';
import type { GateResult } from '../../action/contract/gate-result.js';
import { createOpeGate } from '../../action/gates/ope/index.js';
import type { OpeReport } from '../../action/gates/ope/report.js';
import { registerSchema, validate } from '../../action/schemas/validators.js';
import { sha256 } from '../../action/util/digest.js';
import cliSchema from '../../schemas/ope-report.schema.json' with { type: 'json' };
import predicateSchema from '../../schemas/predicate-ope-report.schema.json' with { type: 'json' };
import {
  logRows,
  makeBandit,
  rankedPolicy,
  tableOf,
  type LoggedRow,
} from '../../scripts/ope/synthetic-bandit.js';
import { tempRepo } from '../helpers/repo.js';

const bandit = makeBandit(11, 6, 3);
const rows = [...logRows(bandit, 6000, 12)];
const jsonl = (rs: readonly LoggedRow[]): string =>
  rs.map((r) => JSON.stringify(r)).join('\n') + '\n';
const table = (rank: number, share: number): string =>
  JSON.stringify(tableOf(bandit, rankedPolicy(bandit, rank, share)));

const SECTION = {
  policies: ['routing/policy.json'],
  arms: bandit.arms,
  data: {
    path: 'logs/routing.jsonl',
    context: ['segment'],
    action: 'arm',
    propensity: 'pscore',
    reward: 'reward',
    cost: 'cost',
    q_hat: 'q_hat',
  },
};

async function gate(
  basePolicy: string | undefined,
  headPolicy: string | undefined,
  section: object = SECTION,
  extra: { baseData?: string; headData?: string; timeoutMs?: number } = {},
): Promise<GateResult> {
  const baseFiles: Record<string, string> = { 'logs/routing.jsonl': extra.baseData ?? jsonl(rows) };
  const headFiles: Record<string, string> = { 'logs/routing.jsonl': extra.headData ?? jsonl(rows) };
  if (basePolicy !== undefined) baseFiles['routing/policy.json'] = basePolicy;
  if (headPolicy !== undefined) headFiles['routing/policy.json'] = headPolicy;
  const baseDir = tempRepo(baseFiles);
  const headDir = tempRepo(headFiles);
  return runGate(createOpeGate(), {
    headDir,
    baseDir,
    gateConfig: section,
    config: { version: 1, gates: { ope: section } },
    priorResults: [],
    now: () => new Date('2026-01-01T00:00:00Z'),
    progress: () => undefined,
    timeoutMs: extra.timeoutMs ?? 60_000,
  });
}

const evaluation = (r: GateResult): OpeReport =>
  (r.report as { evaluations: OpeReport[] }).evaluations[0]!;

describe('the OPE gate', () => {
  it('is not applicable (RUN) when the pull request leaves the routing policies alone', async () => {
    const p = table(0, 0.8);
    const r = await gate(p, p);
    expect(r).toMatchObject({ decision: 'RUN', reason_code: 'OPE_NOT_APPLICABLE' });
    expect(r.summary).toContain('routing/policy.json');
    expect(r.report).toMatchObject({ applicable: false });
  });

  it('stops a candidate that the logs show is worse, and the card shows why with numbers', async () => {
    const r = await gate(table(0, 0.8), table(2, 0.8));
    expect(r).toMatchObject({ decision: 'STOPPED', reason_code: 'OPE_REGRESSION', sealed: false });
    const rep = evaluation(r);
    expect(rep.gate_rule.passed).toBe(false);
    expect(rep.gate_rule.lower_bound).toBeLessThan(-0.01);
    const card = r.cards![0]!;
    expect(card.decision).toBe('STOPPED');
    expect(card.reasons[0]).toMatch(/^DR on 6,000 logged rows: candidate 0\.\d{4} \[/);
    expect(card.reasons[0]).toContain('lower bound');
    expect(card.reasons.join('\n')).toMatch(/ESS [\d,]+ \([\d.]+% of n\)/);
    expect(card.reasons.join('\n')).toMatch(/most likely arm changes in 100\.0% of 6 contexts/);
    expect(card.evidence['baseline_policy']).toBe(sha256(table(0, 0.8)));
    expect(card.evidence['logged_data']).toBe(sha256(jsonl(rows)));
    expect(r.findings[0]).toMatchObject({ level: 'error', file: 'routing/policy.json' });
  });

  it('its result is a valid OPE predicate (schemas/predicate-ope-report.schema.json)', async () => {
    for (const s of [predicateSchema, cliSchema]) registerSchema(s);
    for (const r of [
      await gate(table(0, 0.8), table(2, 0.8), { ...SECTION, bound: 'bootstrap' }),
      await gate(table(0, 0.8), table(0, 0.8)),
    ]) {
      const problems = validate(predicateSchema.$id, {
        run_id: 'r1',
        head_sha: 'unknown',
        result: r,
      });
      expect(problems).toEqual([]);
    }
    const broken = await gate(table(0, 0.8), table(2, 0.8));
    (broken.report as { evaluations: { gate_rule: { n: number } }[] }).evaluations[0]!.gate_rule.n =
      1;
    expect(
      validate(predicateSchema.$id, { run_id: 'r1', head_sha: 'unknown', result: broken }),
    ).not.toEqual([]);
  });

  it('lets a candidate that is better run', async () => {
    const r = await gate(table(2, 0.8), table(0, 0.8));
    expect(r).toMatchObject({ decision: 'RUN', reason_code: 'OK' });
    expect(evaluation(r).gate_rule.lower_bound).toBeGreaterThan(0);
  });

  it('reads the logged data from the base, never from the pull request', async () => {
    const faked = rows.map((x) => ({ ...x, reward: 1 }));
    const r = await gate(table(0, 0.8), table(2, 0.8), SECTION, { headData: jsonl(faked) });
    expect(r.decision).toBe('STOPPED');
    expect(r.cards![0]!.evidence['logged_data']).toBe(sha256(jsonl(rows)));
  });

  it('pauses when the diagnostics say the data cannot tell (support violation)', async () => {
    // Never log arm2 in seg0, then route seg0 to arm2.
    const logged = rows.filter((x) => !(x.segment === 'seg0' && x.arm === 'arm2'));
    const pi = rankedPolicy(bandit, 0, 0.8);
    const cand = tableOf(bandit, pi);
    cand.table['seg0'] = { arm0: 0, arm1: 0, arm2: 1 };
    const r = await gate(table(0, 0.8), JSON.stringify(cand), SECTION, {
      baseData: jsonl(logged),
    });
    expect(r).toMatchObject({ decision: 'PAUSE_FOR_HITL', reason_code: 'OPE_INCONCLUSIVE' });
    expect(r.findings.some((f) => /never logged in the context/.test(f.message))).toBe(true);
    expect(evaluation(r).diagnostics.crossed.length).toBeGreaterThan(0);
  });

  it('pauses when the effective sample size is below its threshold', async () => {
    const r = await gate(table(0, 0.8), table(1, 0.8), {
      ...SECTION,
      diagnostics: { min_ess_share: 0.99 },
    });
    expect(r).toMatchObject({ decision: 'PAUSE_FOR_HITL', reason_code: 'OPE_INCONCLUSIVE' });
    expect(r.findings[0]!.message).toMatch(/effective sample size is [\d.]+% of the rows/);
  });

  it('stops a candidate over the cost budget', async () => {
    const r = await gate(table(0, 0.8), table(0, 0.8).replace(/0\.8/g, '0.80000000000'), {
      ...SECTION,
      cost_budget: 0.0001,
      epsilon: 1,
    });
    // Same distributions but a changed file: evaluated; cost per round ≥ 0.001 > budget.
    expect(r).toMatchObject({ decision: 'STOPPED', reason_code: 'OPE_COST_OVER_BUDGET' });
  });

  it('fails closed on policies that are new, deleted, invalid, or silent on a context', async () => {
    expect((await gate(undefined, table(0, 0.8))).reason_code).toBe('OPE_POLICY_UNREADABLE');
    expect((await gate(table(0, 0.8), undefined)).reason_code).toBe('OPE_POLICY_UNREADABLE');
    expect(await gate(table(0, 0.8), '{"key": "segment", ')).toMatchObject({
      decision: 'STOPPED',
      reason_code: 'OPE_POLICY_UNREADABLE',
    });
    const bad = JSON.parse(table(1, 0.8)) as { table: Record<string, Record<string, number>> };
    bad.table['seg1']!['arm0'] = 0.9;
    expect((await gate(table(0, 0.8), JSON.stringify(bad))).reason_code).toBe('OPE_POLICY_INVALID');
    const silent = JSON.parse(table(1, 0.8)) as { table: Record<string, unknown> };
    delete silent.table['seg3'];
    const r = await gate(table(0, 0.8), JSON.stringify(silent));
    expect(r.reason_code).toBe('OPE_POLICY_NO_ENTRY');
    expect(r.findings[0]!.line).toBeGreaterThan(0);
  });

  it('stops when the configured data is missing, and when it runs out of time', async () => {
    const missing = await gate(table(0, 0.8), table(2, 0.8), {
      ...SECTION,
      data: { ...SECTION.data, path: 'logs/none.jsonl' },
    });
    expect(missing.reason_code).toBe('GATE_INPUT_MISSING');
    const slow = await gate(table(0, 0.8), table(2, 0.8), SECTION, { timeoutMs: 1 });
    expect(slow).toMatchObject({ decision: 'STOPPED', reason_code: 'GATE_TIMEOUT' });
  });

  it('the gate result is deterministic for the same inputs', async () => {
    const a = await gate(table(0, 0.8), table(2, 0.8), { ...SECTION, bound: 'bootstrap' });
    const b = await gate(table(0, 0.8), table(2, 0.8), { ...SECTION, bound: 'bootstrap' });
    expect(evaluation(a)).toEqual(evaluation(b));
    expect(a.inputs_digest).toBe(b.inputs_digest);
  });
});
