import { describe, expect, it } from 'vitest';
import type { GateResult } from '../../action/contract/gate-result.js';
import { buildInput } from '../../action/gates/opa/input.js';
import { registerSchema, validate } from '../../action/schemas/validators.js';
import schema from '../../schemas/opa-input.schema.json' with { type: 'json' };

const prior: GateResult = {
  gate: 'config',
  decision: 'RUN',
  reason_code: 'OK',
  sealed: false,
  overrideable: false,
  final_decider: 'SYSTEM',
  findings: [{ level: 'note', message: 'n' }],
  inputs_digest: `sha256:${'0'.repeat(64)}`,
  duration_ms: 1,
};

describe('buildInput', () => {
  registerSchema(schema);

  it('describes a pull request and validates against the published schema', () => {
    const input = buildInput({
      pr: {
        number: 7,
        title: 'Route long summaries to the large model',
        author: 'octocat',
        draft: false,
        labels: ['routing', 'enhancement'],
        base: { ref: 'main', sha: 'a'.repeat(40) },
        head: { ref: 'feature', sha: 'b'.repeat(40) },
        repository: 'acme/router',
      },
      changedFiles: [
        { path: 'src/z.ts', status: 'added', additions: 10, deletions: 0 },
        {
          path: 'src/a.ts',
          status: 'renamed',
          additions: 1,
          deletions: 2,
          previous_path: 'src/old.ts',
        },
      ],
      priorResults: [prior],
      runMax: 0.3,
      highRequires: 2,
    });
    expect(validate(schema.$id, input)).toEqual([]);
    expect(input.pull_request?.labels).toEqual(['enhancement', 'routing']);
    expect(input.changed_files.map((f) => f.path)).toEqual(['src/a.ts', 'src/z.ts']);
    expect(input.totals).toEqual({ files: 2, additions: 11, deletions: 2 });
    expect(input.gates).toEqual([
      { gate: 'config', decision: 'RUN', reason_code: 'OK', sealed: false, findings: 1 },
    ]);
  });

  it('describes a local run without a pull request', () => {
    const input = buildInput({ priorResults: [], runMax: 0.3, highRequires: 2 });
    expect(validate(schema.$id, input)).toEqual([]);
    expect(input.pull_request).toBeNull();
    expect(input.changed_files).toEqual([]);
  });

  it('the schema rejects unknown keys', () => {
    const input = { ...buildInput({ priorResults: [], runMax: 0.3, highRequires: 2 }), extra: 1 };
    expect(
      validate(schema.$id, input)
        .map((p) => p.message)
        .join(),
    ).toContain('unknown key `extra`');
  });
});
