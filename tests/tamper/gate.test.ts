import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MaestroConfig } from '../../action/config/types.js';
import type { GateResult } from '../../action/contract/gate-result.js';
import type { ChangedFile } from '../../action/contract/pr-facts.js';
import { runGate } from '../../action/pipeline/runner.js';
import { configuredMaterial, createTamperGate } from '../../action/gates/tamper/index.js';
import { runPipeline } from '../../action/pipeline.js';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const mod = (path: string): ChangedFile => ({
  path,
  status: 'modified',
  additions: 1,
  deletions: 0,
});

function check(
  config: Partial<MaestroConfig>,
  changed: ChangedFile[] | undefined,
  configPath?: string,
): Promise<GateResult> {
  const full: MaestroConfig = { version: 1, gates: {}, ...config };
  return runGate(createTamperGate(), {
    baseDir: '/nonexistent',
    headDir: '/nonexistent',
    gateConfig: undefined,
    config: full,
    ...(configPath ? { configPath } : {}),
    priorResults: [],
    ...(changed ? { changedFiles: changed } : {}),
    now: () => new Date('2026-11-21T12:00:00Z'),
    progress: () => undefined,
    timeoutMs: 10_000,
  });
}

describe('tamper check (core)', () => {
  it('collects every path a gate configuration names, enabled or not', () => {
    expect(
      configuredMaterial({
        opa: { policies: ['rego'], data: ['rego-data'], namespace: 'main' },
        invariants: { enabled: false, paths: ['inv'], traces: ['traces/**'] },
        modelcheck: { specs: ['models'] },
        ope: { routing_policies: ['routing/policy.yaml'], logs: 'logs/x.parquet' },
      }),
    ).toEqual(['inv', 'models', 'rego', 'rego-data', 'routing/policy.yaml']);
  });

  it('escalates a changed spec, invariant or policy named by any gate, to the owners', async () => {
    const r = await check(
      {
        owners: ['acme/security'],
        gates: { modelcheck: { specs: ['models'] }, opa: { enabled: false, policies: ['rego'] } },
      },
      [mod('models/lock.yaml'), mod('rego/a.rego'), mod('src/app.ts')],
    );
    expect([r.decision, r.reason_code]).toEqual(['PAUSE_FOR_HITL', 'GATE_TAMPER_SUSPECTED']);
    expect(r.findings.map((f) => f.file)).toEqual(['models/lock.yaml', 'rego/a.rego']);
    expect(r.approver_groups).toEqual(['acme/security']);
    expect(r.required_approvals).toBe(2);
    expect(r.overrideable).toBe(true);
  });

  it('covers the configured config file, the workflows and gate_material globs', async () => {
    const r = await check(
      { gate_material: ['CODEOWNERS'] },
      [mod('ci/maestro.yml'), mod('.github/workflows/gate.yml'), mod('CODEOWNERS')],
      'ci/maestro.yml',
    );
    expect(r.reason_code).toBe('GATE_TAMPER_SUSPECTED');
    expect(r.findings.filter((f) => f.rule === 'tamper:gate-material').map((f) => f.file)).toEqual([
      'ci/maestro.yml',
      '.github/workflows/gate.yml',
      'CODEOWNERS',
      'ci/maestro.yml',
    ]);
  });

  it('runs clean when no gate material changed, and notes when changes are unknown', async () => {
    expect((await check({}, [mod('src/app.ts')])).reason_code).toBe('OK');
    const unknown = await check({}, undefined);
    expect(unknown.decision).toBe('RUN');
    expect(unknown.findings[0]!.rule).toBe('tamper:unknown-changes');
  });

  it('runs in the pipeline even when only the model checker is enabled', async () => {
    const repo = (specText: string): string => {
      const dir = mkdtempSync(join(tmpdir(), 'maestro-tamper-'));
      mkdirSync(join(dir, '.github'), { recursive: true });
      writeFileSync(
        join(dir, '.github/maestro.yml'),
        'version: 1\ngates:\n  modelcheck:\n    specs: [models]\n',
      );
      mkdirSync(join(dir, 'models'));
      writeFileSync(join(dir, 'models/x.txt'), specText);
      return dir;
    };
    const base = repo('a');
    const head = repo('b');
    const { run } = await runPipeline({
      headDir: head,
      baseDir: base,
      evidenceDir: mkdtempSync(join(tmpdir(), 'maestro-tamper-ev-')),
      changedFiles: [mod('models/x.txt')],
      // Only the tamper check is asked about: the model checker itself is not under test here.
      gates: undefined,
    });
    const tamper = run.gates.find((g) => g.gate === 'tamper');
    expect(tamper?.reason_code).toBe('GATE_TAMPER_SUSPECTED');
  });
});
