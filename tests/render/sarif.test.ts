/**
 * SARIF that code scanning accepts: the demo's SARIF and the hostile run's SARIF pass the
 * SARIF 2.1.0 schema and the Multitool's GitHub ingestion rules with zero errors and zero
 * warnings; every result has a repository-relative location, rules carry their help, and
 * fingerprints are stable.
 */
import { join } from 'node:path';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../action/cli/main.js';
import { buildRun, type GateRun } from '../../action/contract/run.js';
import { FINGERPRINT_KEY, renderSarif, sarifText } from '../../action/render/sarif.js';
import { hostileRun } from './hostile.js';
import { multitool, multitoolValidate, schemaErrors } from './sarif-tools.js';

const ROOT = join(import.meta.dirname, '../..');
const DEMO = join(ROOT, 'examples/demo');

async function demoSarif(): Promise<Log> {
  let out = '';
  const code = await main(
    [
      'check',
      join(DEMO, 'head'),
      '--base-dir',
      join(DEMO, 'base'),
      '--evidence-dir',
      join(ROOT, '.maestro/test-sarif'),
      '--format',
      'sarif',
      '--quiet',
    ],
    { stdout: (t) => void (out += t), stderr: () => undefined },
  );
  expect(code).toBe(1);
  return JSON.parse(out) as Log;
}

function smallRun(findings: GateRun['gates'][number]['findings']): GateRun {
  return buildRun(
    {
      run_id: 'r',
      started_at: '2026-11-20T10:00:00.000Z',
      head_dir: '/work/repo/sub',
      base_dir: '/work/base',
      config_file: '.github/maestro.yml',
    },
    [
      {
        gate: 'opa',
        decision: 'STOPPED',
        reason_code: 'OPA_DENY',
        sealed: false,
        overrideable: false,
        final_decider: 'SYSTEM',
        inputs_digest: `sha256:${'0'.repeat(64)}`,
        duration_ms: 1,
        findings,
      },
    ],
  );
}

describe('SARIF for code scanning', () => {
  let demo: Log;
  beforeAll(async () => {
    demo = await demoSarif();
  }, 120_000);

  it('the demo SARIF and the hostile SARIF match the SARIF 2.1.0 schema', () => {
    expect(demo.runs[0]!.results!.length).toBeGreaterThan(0);
    expect(schemaErrors(demo)).toEqual([]);
    expect(schemaErrors(renderSarif(hostileRun()))).toEqual([]);
  });

  it('the schema check can fail', () => {
    expect(schemaErrors({ version: '2.1.0', runs: [{ results: [] }] }).length).toBeGreaterThan(0);
  });

  const tool = multitool();
  const needTool = !tool.path && process.env['CI'] === 'true';
  it.skipIf(!tool.path && !needTool)(
    'the Multitool with GitHub ingestion rules: zero errors and warnings on the demo and hostile SARIF',
    () => {
      if (!tool.path) throw new Error(`CI=true needs the SARIF Multitool: ${tool.reason}`);
      // The control: a result without a location is rejected by the GitHub rules.
      const bad = structuredClone(demo);
      delete bad.runs[0]!.results![0]!.locations;
      expect(multitoolValidate(tool.path, bad).map((p) => p.ruleId)).toContain('GH1015');
      expect(multitoolValidate(tool.path, demo)).toEqual([]);
      expect(multitoolValidate(tool.path, renderSarif(hostileRun()))).toEqual([]);
    },
    120_000,
  );

  it('every result has a location and a fingerprint; every rule its help', () => {
    for (const r of demo.runs[0]!.results!) {
      const loc = r.locations?.[0]?.physicalLocation;
      expect(loc?.artifactLocation?.uri).toMatch(/^(?!\/|\.\.\/)[^:]*$/);
      expect(loc?.region?.startLine).toBeGreaterThanOrEqual(1);
      expect(r.partialFingerprints?.[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
    }
    for (const rule of demo.runs[0]!.tool.driver.rules!) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.fullDescription?.text).toBeTruthy();
      expect(rule.help?.text).toBeTruthy();
      expect(rule.help?.markdown).toBeTruthy();
      expect(rule.helpUri).toMatch(/^https:\/\//);
    }
  });

  it('a finding without a file sits on the configuration file at line 1; paths are repository-relative', () => {
    const run = smallRun([
      { level: 'error', message: 'no file' },
      { level: 'error', message: 'relative', file: 'policies/a.rego', line: 4, column: 2 },
      { level: 'error', message: 'absolute inside', file: '/work/repo/sub/src/x.ts', line: 3 },
      { level: 'error', message: 'outside', file: '/tmp/evidence/audit.jsonl' },
      {
        level: 'error',
        message: 'counterexample',
        counterexample: { kind: 'trace', steps: [], location: { file: 'traces/t.jsonl', line: 9 } },
      },
    ]);
    const where = (log: Log): [string | undefined, number | undefined][] =>
      log.runs[0]!.results!.map((r) => {
        const p = r.locations![0]!.physicalLocation!;
        return [p.artifactLocation!.uri, p.region!.startLine];
      });
    expect(where(renderSarif(run))).toEqual([
      ['.github/maestro.yml', 1],
      ['policies/a.rego', 4],
      ['src/x.ts', 3],
      ['.github/maestro.yml', 1],
      ['traces/t.jsonl', 9],
    ]);
    expect(where(renderSarif(run, { sourceRoot: 'sub' }))).toEqual([
      ['sub/.github/maestro.yml', 1],
      ['sub/policies/a.rego', 4],
      ['sub/src/x.ts', 3],
      ['sub/.github/maestro.yml', 1],
      ['sub/traces/t.jsonl', 9],
    ]);
  });

  it('fingerprints are stable across runs and differ between findings', () => {
    const prints = (log: Log): string[] =>
      log.runs[0]!.results!.map((r) => r.partialFingerprints![FINGERPRINT_KEY]!);
    const a = prints(renderSarif(hostileRun()));
    const b = prints(renderSarif(hostileRun()));
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });

  it('brackets in messages stay text (no embedded links)', () => {
    expect(sarifText('[x](1) \\[y]')).toBe('\\[x\\](1) \\\\\\[y\\]');
  });
});
