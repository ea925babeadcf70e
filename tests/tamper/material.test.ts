import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../action/contract/pr-facts.js';
import { detectGateTamper, gateMaterialPatterns } from '../../action/gates/tamper/material.js';

const mod = (path: string, extra: Partial<ChangedFile> = {}): ChangedFile => ({
  path,
  status: 'modified',
  additions: 1,
  deletions: 1,
  ...extra,
});

describe('detectGateTamper', () => {
  it('finds nothing in an empty change or in ordinary source files', () => {
    expect(detectGateTamper([])).toEqual([]);
    expect(
      detectGateTamper([mod('src/router.ts'), mod('README.md'), mod('docs/policies.md')]),
    ).toEqual([]);
  });

  it.each([
    '.github/maestro.yml',
    '.github/workflows/gate.yml',
    '.github/workflows/nested/x.yaml',
    'policies/risk.rego',
    'policies/sub/dir/x_test.rego',
    'invariants/budget.yaml',
    'specs/queue.yaml',
  ])('flags %s', (path) => {
    const hits = detectGateTamper([mod(path)]);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toBe(path);
  });

  it('flags configured policy dirs and gate_material globs', () => {
    const material = { dirs: ['./security/rego/'], globs: ['CODEOWNERS', 'tools/gate-*.sh'] };
    expect(gateMaterialPatterns(material)).toEqual(
      expect.arrayContaining(['security/rego/**', 'CODEOWNERS']),
    );
    const hits = detectGateTamper(
      [
        mod('security/rego/a.rego'),
        mod('CODEOWNERS'),
        mod('tools/gate-run.sh'),
        mod('tools/other.sh'),
        mod('security/other.txt'),
      ],
      material,
    );
    expect(hits.map((h) => h.path)).toEqual([
      'security/rego/a.rego',
      'CODEOWNERS',
      'tools/gate-run.sh',
    ]);
  });

  it('flags a rename out of gate material by its old path, and deletions', () => {
    const hits = detectGateTamper([
      mod('attic/risk.rego', { status: 'renamed', previous_path: 'policies/risk.rego' }),
      mod('invariants/old.yaml', { status: 'removed' }),
    ]);
    expect(hits.map((h) => [h.path, h.status])).toEqual([
      ['policies/risk.rego', 'renamed'],
      ['invariants/old.yaml', 'removed'],
    ]);
  });

  it('is not fooled by look-alike paths', () => {
    expect(
      detectGateTamper([
        mod('src/policies.ts'),
        mod('mypolicies/x.rego'),
        mod('.github/maestro.yml.bak'),
      ]),
    ).toEqual([]);
  });

  it('ignores unchanged entries and normalises backslashes', () => {
    expect(detectGateTamper([mod('policies/a.rego', { status: 'unchanged' })])).toEqual([]);
    expect(detectGateTamper([mod('.github\\workflows\\ci.yml')])).toHaveLength(1);
  });

  it('treats a configured root directory as everything', () => {
    expect(detectGateTamper([mod('anything/at/all.txt')], { dirs: ['.'] })).toHaveLength(1);
  });
});
