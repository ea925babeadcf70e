// Rego routing policies: compiled with opa, evaluated through the OPA gate's wasm module, validated like tables.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../action/cli/main.js';
import { runGate } from '../../action/pipeline/runner.js';
import { MaestroError } from '../../action/contract/errors.js';
import { evaluate } from '../../action/gates/ope/evaluate.js';
import { createOpeGate } from '../../action/gates/ope/index.js';
import { Ingest } from '../../action/gates/ope/ingest.js';
import { loadRoutingPolicy } from '../../action/gates/ope/load-policy.js';
import type { RoutingPolicy } from '../../action/gates/ope/policy.js';
import { fixedOpaToolchain } from '../../action/gates/opa/toolchain.js';
import {
  logRows,
  makeBandit,
  rankedPolicy,
  tableOf,
  type PolicyTable,
} from '../../scripts/ope/synthetic-bandit.js';
import { opaForTests, skipWithoutOpa } from '../opa/opa-bin.js';
import { captureIo, tempRepo } from '../helpers/repo.js';
import { chunksOf, SCHEMA, settings } from './helpers.js';

const bandit = makeBandit(5, 5, 3);
const rows = [...logRows(bandit, 4000, 9)];
const records = rows as unknown as Record<string, unknown>[];
const jsonl = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
const baseTable = tableOf(bandit, rankedPolicy(bandit, 0, 0.7));
const candTable = tableOf(bandit, rankedPolicy(bandit, 1, 0.7));

/** The same table as Rego: a lookup by `input.segment`. */
const asRego = (t: PolicyTable, pkg = 'routing'): string =>
  `package ${pkg}\n\ntables := ${JSON.stringify(t.table)}\n\nroute := tables[input.segment]\n`;

const load = (text: string, file: string, evalTimeoutMs?: number): Promise<RoutingPolicy> =>
  loadRoutingPolicy(text, file, file, {
    ...(evalTimeoutMs === undefined ? {} : { evalTimeoutMs }),
    arms: bandit.arms,
    contextFields: ['segment'],
    resolveOpa: () =>
      fixedOpaToolchain(opaForTests()!).resolve({
        pin: {},
        progress: () => undefined,
        signal: new AbortController().signal,
      }),
  });

async function run(base: RoutingPolicy, cand: RoutingPolicy) {
  return evaluate({
    data: { abs: '', file: 'logs.jsonl', schema: SCHEMA },
    baseline: base,
    candidate: cand,
    settings: settings(bandit.arms, { bound: 'bootstrap', bootstrap: { resamples: 200, seed: 3 } }),
    chunks: chunksOf(records, 700),
  });
}

async function failure(p: Promise<unknown>): Promise<MaestroError> {
  try {
    await p;
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(MaestroError);
    return thrown as MaestroError;
  }
  throw new Error('expected a failure');
}

describe.skipIf(skipWithoutOpa())('Rego routing policies', () => {
  it('a Rego policy equal to a JSON table gives identical estimates, bounds and diagnostics', async () => {
    const fromTables = await run(
      await load(JSON.stringify(baseTable), 'base.json'),
      await load(JSON.stringify(candTable), 'cand.json'),
    );
    const fromRego = await run(
      await load(asRego(baseTable), 'base.rego'),
      await load(asRego(candTable, 'routing.v2'), 'cand.rego'),
    );
    expect(fromRego.report.estimators).toEqual(fromTables.report.estimators);
    expect(fromRego.report.gate_rule).toEqual(fromTables.report.gate_rule);
    expect(fromRego.report.diagnostics).toEqual(fromTables.report.diagnostics);
    expect(fromRego.report.policy_delta).toEqual(fromTables.report.policy_delta);
    // The two policies differ, so the comparison above compares something.
    expect(fromRego.report.policy_delta.contexts_changed_share).toBeGreaterThan(0);
  });

  it('one arm name is a one-hot distribution; a default covers the rest', async () => {
    const table = await load(
      JSON.stringify({
        key: 'segment',
        table: { [bandit.contexts[0]!]: { [bandit.arms[2]!]: 1 } },
        default: Object.fromEntries(bandit.arms.map((a, i) => [a, i === 0 ? 1 : 0])),
      }),
      'one.json',
    );
    const rego = await load(
      `package one\n\ndefault route := "${bandit.arms[0]}"\n\nroute := "${bandit.arms[2]}" if input.segment == "${bandit.contexts[0]}"\n`,
      'one.rego',
    );
    const base = await load(JSON.stringify(baseTable), 'base.json');
    expect((await run(base, rego)).report.estimators).toEqual(
      (await run(base, table)).report.estimators,
    );
  });

  it('malformed distributions, unknown arms and undefined routes stop with a code and the row', async () => {
    const base = await load(JSON.stringify(baseTable), 'base.json');
    const [a0, a1] = bandit.arms;
    const cases: [string, string, RegExp][] = [
      [`route := {"${a0}": 0.5, "${a1}": 0.4}`, 'OPE_POLICY_INVALID', /sum to 0\.9/],
      [`route := {"${a0}": 1.5, "${a1}": -0.5}`, 'OPE_POLICY_INVALID', /finite number ≥ 0/],
      [`route := "nope"`, 'OPE_POLICY_INVALID', /names the arm "nope"/],
      [`route := {"nope": 1}`, 'OPE_POLICY_INVALID', /"nope"/],
      [`route := [1]`, 'OPE_POLICY_INVALID', /one arm name or an object/],
      [`route := "${a0}" if input.segment == "none"`, 'OPE_POLICY_NO_ENTRY', /undefined/],
    ];
    for (const [rule, code, message] of cases) {
      const cand = await load(`package bad\n\n${rule}\n`, 'bad.rego');
      const e = await failure(run(base, cand));
      expect(e.code, rule).toBe(code);
      expect(e.message, rule).toMatch(message);
      expect(e.message, rule).toContain('bad.rego');
      expect(e.message, rule).toContain('logs.jsonl:1');
    }
  });

  it('an evaluation error, a policy that does not compile and one without a package are coded', async () => {
    const base = await load(JSON.stringify(baseTable), 'base.json');
    // Two complete rules with different values for the first logged context: OPA aborts.
    const conflict = await load(
      `package bad\n\nroute := "${bandit.arms[0]}" if input.segment != ""\n\nroute := "${bandit.arms[1]}" if input.segment == "${rows[0]!.segment}"\n`,
      'conflict.rego',
    );
    const e = await failure(run(base, conflict));
    expect(e.code).toBe('OPE_POLICY_EVAL_FAILED');
    expect(e.location).toEqual({ file: 'logs.jsonl', line: 1 });
    expect(e.message).toContain('conflict.rego');
    const slow = await load(
      `package slow\n\nroute := "${bandit.arms[0]}" if {\n  x := [j | some j in numbers.range(1, 100000000)]\n  count(x) > 0\n}\n`,
      'slow.rego',
      // Well below the time this policy takes to fill the instance's 64 MiB (about 190 ms at
      // load 6 here), so the deadline, not opa_malloc, ends it on a quiet machine too.
      20,
    );
    const late = await failure(run(base, slow));
    expect(late.code).toBe('OPE_POLICY_EVAL_FAILED');
    expect(late.message).toContain('did not finish within 20 ms');
    expect(late.cause).toMatchObject({ code: 'OPA_POLICY_TIMEOUT' });
    const broken = await failure(load('package bad\n\nroute := {\n', 'broken.rego'));
    expect(broken.code).toBe('OPE_POLICY_INVALID');
    expect(broken.message).toContain('broken.rego');
    expect(broken.location).toEqual({ file: 'broken.rego', line: 4 });
    const noPackage = await failure(load('route := "x"\n', 'nopkg.rego'));
    expect(noPackage.code).toBe('OPE_POLICY_INVALID');
  });

  it('the gate evaluates a changed .rego policy (base vs head) and a Rego eval error is STOPPED', async () => {
    const section = {
      policies: ['routing/policy.rego'],
      arms: bandit.arms,
      data: { ...SCHEMA, path: 'logs/routing.jsonl' },
    };
    const gate = (head: string, toolchain = fixedOpaToolchain(opaForTests()!)) =>
      runGate(createOpeGate({ toolchain }), {
        baseDir: tempRepo({
          'logs/routing.jsonl': jsonl,
          'routing/policy.rego': asRego(baseTable),
        }),
        headDir: tempRepo({ 'logs/routing.jsonl': jsonl, 'routing/policy.rego': head }),
        gateConfig: section,
        config: { version: 1, gates: { ope: section } },
        priorResults: [],
        now: () => new Date('2026-01-01T00:00:00Z'),
        progress: () => undefined,
        timeoutMs: 60_000,
      });
    const worse = await gate(asRego(tableOf(bandit, rankedPolicy(bandit, 2, 0.9))));
    expect(worse).toMatchObject({ decision: 'STOPPED', reason_code: 'OPE_REGRESSION' });
    const same = await gate(`# reformatted\n${asRego(baseTable)}`);
    expect(same.decision).toBe('RUN');
    const aborting = await gate(
      `package routing\n\nroute := "${bandit.arms[0]}"\n\nroute := "${bandit.arms[1]}" if input.segment == "${rows[0]!.segment}"\n`,
    );
    expect(aborting).toMatchObject({ decision: 'STOPPED', reason_code: 'OPE_POLICY_EVAL_FAILED' });
    const noOpa = await gate(asRego(candTable), fixedOpaToolchain('/nonexistent/opa'));
    expect(noOpa.decision).toBe('STOPPED');
    expect(noOpa.reason_code).toBe('OPA_CLI_FAILED');
  });

  it('maestro-gate ope accepts .rego for --baseline and --candidate', async () => {
    const dir = tempRepo({ 'logs.jsonl': jsonl });
    writeFileSync(join(dir, 'base.rego'), asRego(baseTable));
    writeFileSync(join(dir, 'cand.json'), JSON.stringify(baseTable));
    const cap = captureIo();
    const flags = ['--arms', bandit.arms.join(','), '--context', 'segment', '--action', 'arm'];
    const code = await main(
      [
        'ope',
        '--data',
        join(dir, 'logs.jsonl'),
        '--baseline',
        join(dir, 'base.rego'),
        '--candidate',
        join(dir, 'cand.json'),
        ...flags,
        '--propensity',
        'pscore',
        '--reward',
        'reward',
        '--q-hat',
        'q_hat',
        '--format',
        'json',
      ],
      cap.io,
    );
    expect(cap.err()).not.toContain('Error');
    const out = JSON.parse(cap.out()) as { decision: string; report: { gate_rule: object } };
    expect(code).toBe(0);
    expect(out.decision).toBe('RUN');
    expect(out.report.gate_rule).toMatchObject({ mean_difference: 0 });
  });
});

describe('each distinct context is evaluated once per policy', () => {
  it('across chunks, with at most one batch per chunk', () => {
    const seen: string[][] = [];
    const counting = (t: PolicyTable): RoutingPolicy => {
      const inner = (i: number) =>
        Float64Array.from(bandit.arms.map((a) => t.table[bandit.contexts[i]!]![a]!));
      return {
        file: 'counting',
        kind: 'table',
        distributions(contexts, where) {
          expect(where.lines).toHaveLength(contexts.length);
          seen.push(contexts.map((c) => c['segment']!));
          return contexts.map((c) => inner(bandit.contexts.indexOf(c['segment']!)));
        },
      };
    };
    const ingest = new Ingest(
      'logs.jsonl',
      SCHEMA,
      bandit.arms,
      counting(baseTable),
      counting(candTable),
    );
    const chunks = chunksOf(records, 500);
    for (const c of chunks) ingest.add(c);
    const data = ingest.finish();
    const all = seen.flat();
    // Baseline and candidate each saw every context exactly once.
    expect(all.length).toBe(2 * bandit.contexts.length);
    expect(new Set(all).size).toBe(bandit.contexts.length);
    expect(data.contexts.length).toBe(bandit.contexts.length);
    expect(seen.length).toBeLessThanOrEqual(2 * chunks.length);
  });
});
