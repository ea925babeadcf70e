import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
const text = readFileSync(join(ROOT, '.github/workflows/maestro-gate.yml'), 'utf8');
const workflow = parse(text) as {
  permissions: Record<string, string>;
  jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
};

describe('the dogfood workflow', () => {
  it('defaults to contents: read and grants the job only what publishing needs', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs['gate']!.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      checks: 'write',
      'security-events': 'write',
      'id-token': 'write',
      attestations: 'write',
    });
  });

  it('pins every third-party action by full commit SHA', () => {
    const uses = Object.values(workflow.jobs).flatMap((j) =>
      j.steps.map((s) => s.uses).filter(Boolean),
    );
    expect(uses.length).toBeGreaterThan(3);
    for (const u of uses) {
      if (u === './') continue;
      expect(u, u).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    }
  });

  it('uses the action from this checkout the way the end-to-end tests run it', () => {
    const gate = workflow.jobs['gate']!.steps.find((s) => s.uses === './');
    expect(gate?.with).toMatchObject({ token: '${{ github.token }}', 'fail-on': 'paused' });
    expect(text).toContain('steps.gate.outputs.sarif-path');
  });
});
