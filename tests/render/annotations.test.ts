/** Annotations and check-run annotations: repository-relative paths, also below a working-directory. */
import { describe, expect, it } from 'vitest';
import { buildRun } from '../../action/contract/run.js';
import { renderAnnotations } from '../../action/render/annotations.js';
import { renderCheckRun } from '../../action/render/check-run.js';

const run = buildRun(
  {
    run_id: 'r',
    started_at: '2026-11-20T10:00:00.000Z',
    head_dir: '/work/repo/app',
    base_dir: '/work/base',
    config_file: '.github/maestro.yml',
  },
  [
    {
      gate: 'invariants',
      decision: 'STOPPED',
      reason_code: 'INV_VIOLATION_CRITICAL',
      sealed: true,
      overrideable: false,
      final_decider: 'SYSTEM',
      inputs_digest: `sha256:${'0'.repeat(64)}`,
      duration_ms: 1,
      findings: [
        { level: 'error', message: 'a', file: './traces/t.jsonl', line: 11 },
        { level: 'warning', message: 'b', file: '/work/repo/app/src/x.ts', line: 2, column: 3 },
        { level: 'error', message: 'outside the checkout', file: '/tmp/evidence/audit.jsonl' },
        { level: 'error', message: 'climbs out', file: '../other/x.ts' },
        { level: 'note', message: 'no file' },
      ],
    },
  ],
);

describe('annotation paths', () => {
  it('are relative to the repository root, with the working directory in front', () => {
    expect(renderAnnotations(run).map((a) => [a.properties.file, a.properties.startLine])).toEqual([
      ['traces/t.jsonl', 11],
      ['src/x.ts', 2],
    ]);
    expect(renderAnnotations(run, { sourceRoot: 'app' }).map((a) => a.properties.file)).toEqual([
      'app/traces/t.jsonl',
      'app/src/x.ts',
    ]);
    expect(
      renderCheckRun(run, '', { sourceRoot: 'app' }).annotations.map((a) => [a.path, a.start_line]),
    ).toEqual([
      ['app/traces/t.jsonl', 11],
      ['app/src/x.ts', 2],
    ]);
  });
});
