// The gate with `workers`: the same decision and counts as one worker, and a note for the specs
// that need the state graph (they run with one worker).
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../action/pipeline/runner.js';
import { createModelcheckGate } from '../../action/gates/modelcheck/index.js';

const REF = resolve('tests/fixtures/modelcheck/reference');

function repo(...specs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-parallel-gate-'));
  mkdirSync(join(dir, 'specs'));
  for (const s of specs) copyFileSync(join(REF, `${s}.yaml`), join(dir, 'specs', `${s}.yaml`));
  return dir;
}
const rc = (dir: string, gateConfig: Record<string, unknown>) => ({
  headDir: dir,
  baseDir: dir,
  gateConfig: { specs: ['specs'], ...gateConfig },
  config: { version: 1 as const, gates: {} },
  priorResults: [],
  now: () => new Date(0),
  progress: () => undefined,
  timeoutMs: 120_000,
});
type Report = { specs: { file: string; stats: Record<string, number> }[] };

describe('gates.modelcheck.workers', () => {
  it('two workers: the one-worker decision and counts; a graph spec runs with one and says so', async () => {
    const dir = repo('diehard', 'dining', 'tokenring');
    const gate = createModelcheckGate();
    const one = await runGate(gate, rc(dir, {}));
    const two = await runGate(gate, rc(dir, { workers: 2 }));
    expect([two.decision, two.reason_code]).toEqual([one.decision, one.reason_code]);
    expect(one.reason_code).toBe('MC_INVARIANT_VIOLATED');
    const stats = (r: typeof one) =>
      (r.report as Report).specs.map((s) => [s.file, s.stats['distinct'], s.stats['generated']]);
    expect(stats(two)).toEqual(stats(one));
    expect(two.findings.map((f) => f.message)).toContain(
      'specs/dining.yaml: searched with one worker: responses and temporal properties need the whole state graph',
    );
    expect(one.findings.map((f) => f.message).join('\n')).not.toMatch(/one worker/);
  }, 120_000);
});
