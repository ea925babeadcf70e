import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../action/cli/main.js';
import { verifyAuditLog } from '../../action/audit/arl.js';
import type { Gate } from '../../action/contract/gate.js';
import { outcome } from '../../action/contract/gate-result.js';
import type { GateRun } from '../../action/contract/run.js';
import { runPipeline } from '../../action/pipeline.js';
import { exitCodeFor } from '../../action/render/outcome.js';
import { renderMarkdown } from '../../action/render/markdown.js';
import { renderSarif } from '../../action/render/sarif.js';
import { renderText } from '../../action/render/text.js';
import { validateGateRun } from '../../action/schemas/validators.js';
import { captureIo, tempRepo } from '../helpers/repo.js';

const CONFIG = 'version: 1\ngates: {}\n';

function fake(name: 'config', result: ReturnType<typeof outcome>): Gate {
  return { name, version: '1', run: () => result };
}

async function pipelineWith(gates: Gate[], config = CONFIG): Promise<GateRun> {
  const dir = tempRepo({ '.github/maestro.yml': config });
  const { run } = await runPipeline({
    headDir: dir,
    evidenceDir: join(dir, '.ev'),
    gates,
    now: () => new Date('2026-11-21T00:00:00Z'),
    configPath: join(dir, '.github/maestro.yml'),
  });
  return run;
}

describe('maestro-gate check', () => {
  it('--format json prints one document that conforms to schemas/gate-run.schema.json', async () => {
    const dir = tempRepo({ '.github/maestro.yml': CONFIG });
    const cap = captureIo();
    const code = await main(
      ['check', dir, '--format', 'json', '--quiet', '--evidence-dir', join(dir, '.ev')],
      cap.io,
    );
    const doc = JSON.parse(cap.out()) as GateRun;
    expect(validateGateRun(doc)).toEqual([]);
    expect(doc.verdict).toMatchObject({ decision: 'STOPPED', reason_codes: ['NO_GATES_ENABLED'] });
    expect(code).toBe(1);
    expect(verifyAuditLog(readFileSync(doc.evidence!.audit_log, 'utf8')).ok).toBe(true);
  });

  it('a document missing required verdict fields does not conform', () => {
    expect(
      validateGateRun({ schema_version: 1, verdict: { decision: 'RUN' }, gates: [] }).length,
    ).toBeGreaterThan(0);
  });

  it('--format sarif prints SARIF 2.1.0 with file locations', async () => {
    const dir = tempRepo({ '.github/maestro.yml': 'version: 1\ngates: {}\nbogus: 1\n' });
    const cap = captureIo();
    await main(
      ['check', dir, '--format', 'sarif', '--quiet', '--evidence-dir', join(dir, '.ev')],
      cap.io,
    );
    const sarif = JSON.parse(cap.out()) as {
      version: string;
      runs: {
        results: { locations?: { physicalLocation: { region?: { startLine: number } } }[] }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results[0]!.locations![0]!.physicalLocation.region!.startLine).toBe(3);
  });

  it('a missing configuration stops with CONFIG_NOT_CONFIGURED and says how to fix it', async () => {
    const dir = tempRepo({ 'README.md': 'x' });
    const cap = captureIo();
    const code = await main(['check', dir, '--quiet', '--evidence-dir', join(dir, '.ev')], cap.io);
    expect(code).toBe(1);
    expect(cap.out()).toContain('CONFIG_NOT_CONFIGURED');
    expect(cap.out()).toContain('Create .github/maestro.yml');
  });

  it('reads the configuration from --base, not from the checked directory', async () => {
    const head = tempRepo({ '.github/maestro.yml': 'this: is: not: yaml' });
    const base = tempRepo({ '.github/maestro.yml': CONFIG });
    const cap = captureIo();
    await main(
      [
        'check',
        head,
        '--base-dir',
        base,
        '--format',
        'json',
        '--quiet',
        '--evidence-dir',
        join(head, '.ev'),
      ],
      cap.io,
    );
    const doc = JSON.parse(cap.out()) as GateRun;
    expect(doc.verdict.reason_codes).toEqual(['NO_GATES_ENABLED']);
  });

  it('a --base that is neither a directory nor a git ref fails with exit 1 and a message', async () => {
    const head = tempRepo({ '.github/maestro.yml': CONFIG });
    const cap = captureIo();
    const code = await main(['check', head, '--base', 'no-such-ref', '--quiet'], cap.io);
    expect(code).toBe(1);
    expect(cap.err()).toContain('BASE_SNAPSHOT_UNAVAILABLE');
    expect(cap.err()).toContain('not a git ref');
  });

  it('usage errors exit 64', async () => {
    const cap = captureIo();
    expect(await main(['check', '--format', 'yaml'], cap.io)).toBe(64);
    expect(await main(['check', '--no-such-flag'], cap.io)).toBe(64);
    expect(await main(['frobnicate'], cap.io)).toBe(64);
    expect(await main(['--version'], cap.io)).toBe(0);
  });

  it('prints progress on stderr unless --quiet', async () => {
    const dir = tempRepo({ '.github/maestro.yml': CONFIG });
    const cap = captureIo();
    await main(['check', dir, '--evidence-dir', join(dir, '.ev')], cap.io);
    expect(cap.err()).toContain('loading .github/maestro.yml');
  });
});

describe('exit codes and renderers', () => {
  const cases: [string, ReturnType<typeof outcome>, number][] = [
    ['RUN', outcome('RUN', 'OK', []), 0],
    [
      'PAUSE_FOR_HITL',
      outcome('PAUSE_FOR_HITL', 'HITL_REQUESTED', [
        { level: 'warning', message: 'needs a human', file: 'a.ts', line: 3 },
      ]),
      2,
    ],
    [
      'STOPPED',
      outcome(
        'STOPPED',
        'INV_VIOLATION_CRITICAL',
        [{ level: 'error', message: 'broken', file: 'b.ts', line: 7, column: 2 }],
        { sealed: true },
      ),
      1,
    ],
  ];
  it.each(cases)('%s exits %s and renders in every format', async (decision, result, code) => {
    const run = await pipelineWith([fake('config', result)]);
    expect(run.verdict.decision).toBe(decision);
    expect(exitCodeFor(run.verdict.decision)).toBe(code);
    expect(validateGateRun(run)).toEqual([]);
    expect(renderText(run)).toContain(`VERDICT: ${decision}`);
    expect(renderMarkdown(run)).toContain(`Maestro Gate: ${decision}`);
    const sarif = JSON.stringify(renderSarif(run));
    if (result.findings.length > 0) expect(sarif).toContain(result.findings[0]!.file!);
  });

  it('records every gate result and the verdict in the audit log', async () => {
    const run = await pipelineWith([
      fake('config', outcome('PAUSE_FOR_HITL', 'HITL_REQUESTED', [])),
    ]);
    const lines = readFileSync(run.evidence!.audit_log, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['layer'])).toEqual(['config', 'config', 'evidence', 'verdict']);
    expect(lines[3]).toMatchObject({
      decision: 'PAUSE_FOR_HITL',
      reason_code: 'HITL_REQUESTED',
      final_decider: 'SYSTEM',
    });
  });

  it('a gate report that cannot be redacted stops the run instead of being written', async () => {
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 80; i++) deep = { deeper: deep };
    const run = await pipelineWith([fake('config', outcome('RUN', 'OK', [], { report: deep }))]);
    expect(run.verdict.decision).toBe('STOPPED');
    expect(run.verdict.reason_codes).toContain('AUDIT_REDACTION_FAILED');
    expect(readFileSync(run.evidence!.audit_log, 'utf8')).not.toContain('deeper');
  });

  it('a cyclic result is outside the contract', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const run = await pipelineWith([fake('config', outcome('RUN', 'OK', [], { report: cyclic }))]);
    expect(run.verdict.reason_codes).toEqual(['GATE_CONTRACT_VIOLATION']);
  });
});
