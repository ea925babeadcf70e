import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Gate } from '../../action/contract/gate.js';
import { outcome } from '../../action/contract/gate-result.js';
import { buildRun, stoppedRun, withGateResult, type RunHeader } from '../../action/contract/run.js';
import { stoppedResult } from '../../action/pipeline/runner.js';
import { runPipeline } from '../../action/pipeline.js';
import { decideOutcome, exitCodeFor } from '../../action/render/outcome.js';
import { validateGateRun } from '../../action/schemas/validators.js';
import { tempRepo } from '../helpers/repo.js';

const HEADER: RunHeader = {
  run_id: 'run-1',
  started_at: '2026-11-21T00:00:00.000Z',
  head_dir: '/h',
  base_dir: '/b',
  config_file: '.github/maestro.yml',
};

const passing: Gate = { name: 'config', version: '1', run: () => outcome('RUN', 'OK', []) };

function auditLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('one results model', () => {
  it('a signing failure lists the evidence gate once, as the failure, in the run and on disk', async () => {
    const dir = tempRepo({ '.github/maestro.yml': 'version: 1\ngates: {}\n' });
    const { run, evidence } = await runPipeline({
      headDir: dir,
      evidenceDir: join(dir, '.ev'),
      gates: [passing],
      signing: { mode: 'key', keyPem: 'not a key' },
      now: () => new Date('2026-11-21T00:00:00Z'),
    });
    const rows = run.gates.filter((g) => g.gate === 'evidence');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ decision: 'STOPPED', reason_code: 'EVIDENCE_KEY_INVALID' });
    expect(run.verdict).toMatchObject({
      decision: 'STOPPED',
      reason_codes: ['EVIDENCE_KEY_INVALID'],
    });
    expect(evidence?.signed).toBe(false);
    const onDisk = JSON.parse(readFileSync(join(dir, '.ev', 'gate-run.json'), 'utf8')) as {
      gates: { gate: string }[];
      verdict: unknown;
    };
    expect(onDisk.gates.filter((g) => g.gate === 'evidence')).toHaveLength(1);
    expect(onDisk.verdict).toEqual(run.verdict);
    expect(validateGateRun(onDisk)).toEqual([]);
    // The audit log's last verdict is the run's final verdict, not the one before signing.
    const verdicts = auditLines(run.evidence!.audit_log).filter((l) => l['layer'] === 'verdict');
    expect(verdicts.at(-1)).toMatchObject({
      decision: 'STOPPED',
      reason_code: 'EVIDENCE_KEY_INVALID',
    });
  });

  it('a run whose evidence is produced keeps the row it signed and hands the outcome back', async () => {
    const dir = tempRepo({ '.github/maestro.yml': 'version: 1\ngates: {}\n' });
    const { run, evidence } = await runPipeline({
      headDir: dir,
      evidenceDir: join(dir, '.ev'),
      gates: [passing],
      now: () => new Date('2026-11-21T00:00:00Z'),
    });
    expect(run.gates.map((g) => [g.gate, g.reason_code])).toEqual([
      ['config', 'OK'],
      ['evidence', 'EVIDENCE_UNSIGNED'],
    ]);
    expect(evidence?.summaryMarkdown).toContain('Maestro Gate evidence');
    const onDisk = JSON.parse(readFileSync(join(dir, '.ev', 'gate-run.json'), 'utf8')) as {
      gates: unknown[];
    };
    expect(onDisk.gates).toEqual(run.gates);
  });

  it('withGateResult replaces a gate row instead of adding a second one, and refolds', () => {
    const run = buildRun(HEADER, [
      { ...stoppedResult('opa', 'OPA_DENY', 'denied'), decision: 'STOPPED' },
    ]);
    const relaxed = withGateResult(run, {
      ...stoppedResult('evidence', 'EVIDENCE_WRITE_FAILED', 'x'),
    });
    expect(relaxed.gates.map((g) => g.gate)).toEqual(['opa', 'evidence']);
    const replaced = withGateResult(
      relaxed,
      stoppedResult('evidence', 'EVIDENCE_KEY_INVALID', 'y'),
    );
    expect(replaced.gates.map((g) => [g.gate, g.reason_code])).toEqual([
      ['opa', 'OPA_DENY'],
      ['evidence', 'EVIDENCE_KEY_INVALID'],
    ]);
    expect(replaced.verdict.reason_codes).toEqual(['OPA_DENY', 'EVIDENCE_KEY_INVALID']);
    expect(run.gates).toHaveLength(1);
  });

  it('an early stop is a valid STOPPED run with the precise code', () => {
    const run = stoppedRun(HEADER, 'host', 'BASE_SNAPSHOT_UNAVAILABLE', 'no base');
    expect(validateGateRun(run)).toEqual([]);
    expect(run.verdict).toMatchObject({
      decision: 'STOPPED',
      reason_codes: ['BASE_SNAPSHOT_UNAVAILABLE'],
    });
    expect(run.gates[0]?.findings[0]?.message).toBe('no base');
  });
});

describe('the one exit-code rule', () => {
  it.each([
    ['RUN', 'paused', false, 0, undefined],
    ['RUN', 'paused', true, 0, 'publish'],
    ['PAUSE_FOR_HITL', 'paused', false, 2, 'verdict'],
    ['PAUSE_FOR_HITL', 'stopped', false, 2, undefined],
    ['PAUSE_FOR_HITL', 'stopped', true, 2, 'publish'],
    ['STOPPED', 'stopped', false, 1, 'verdict'],
    [undefined, 'stopped', false, 1, 'verdict'],
  ] as const)(
    '%s, fail-on %s, publish failed %s → exit %i, failure %s',
    (d, failOn, pf, code, failure) => {
      expect(decideOutcome(d, failOn, pf)).toEqual({ exitCode: code, failure });
      expect(exitCodeFor(d)).toBe(code);
    },
  );
});
