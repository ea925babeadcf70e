// The one-thread search inserts a state's successors into the table together (their slots
// touched first); inserting each as it is generated must give the same result: counts, ids,
// bounds, counterexamples and step failures, including at every state bound.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModel, type CheckResult } from '../../action/gates/modelcheck/checker.js';
import type { Model } from '../../action/gates/modelcheck/model.js';
import { loadSpec } from '../../action/gates/modelcheck/spec.js';

const REF = resolve('tests/fixtures/modelcheck/reference');
const load = (name: string, constants?: Record<string, unknown>): Model =>
  loadSpec(
    `${name}.yaml`,
    readFileSync(join(REF, `${name}.yaml`), 'utf8'),
    constants !== undefined ? { constants } : {},
  );

function untimed(r: CheckResult): unknown {
  return {
    ...r,
    stats: { ...r.stats, durationMs: 0, distinctPerSecond: 0, generatedPerSecond: 0 },
  };
}

async function both(model: Model, maxStates?: number): Promise<[unknown, unknown]> {
  const opts = maxStates === undefined ? {} : { maxStates };
  const a = await checkModel(model, opts);
  const b = await checkModel(model, { ...opts, batchInserts: false });
  return [untimed(a), untimed(b)];
}

describe('batched inserts', () => {
  it('MCLamportMutex (N = 2) at every 37th state bound and exhausted', async () => {
    const model = load('lamport-mutex', { N: 2, maxClock: 5 });
    for (const bound of [1, 2, 3, ...Array.from({ length: 19 }, (_, i) => 5 + i * 37), undefined]) {
      const [a, b] = await both(model, bound);
      expect(a).toEqual(b);
    }
    const [a] = await both(model);
    expect((a as CheckResult).stats.distinct).toBe(685);
  });

  it('a violation after some steps, a deadlock and a step failure', async () => {
    const spec = (guard: string, inv: string, deadlock: boolean, c = 'x + 1'): string => `
spec: Steps
variables:
  x: { int: [0, 6] }
  y: { int: [0, 6] }
init:
  x: '0'
  y: '0'
deadlock: ${deadlock}
actions:
  - name: A
    guard: '${guard}'
    updates: { x: 'x + 1' }
  - name: B
    guard: 'y < 6'
    updates: { y: 'y + 1' }
  - name: C
    guard: 'x == 5 && y == 2'
    updates: { x: '${c}' }
invariants:
  - name: Inv
    expr: '${inv}'
`;
    for (const src of [
      spec('x < 6', 'x + y < 9', false),
      spec('x < 6', 'true', true),
      spec('x < 6', 'true', false, 'x + 2'),
    ]) {
      const model = loadSpec('steps.yaml', src);
      const [a, b] = await both(model);
      expect(a).toEqual(b);
      expect((a as CheckResult).status).toBe('violation');
    }
  });
});
