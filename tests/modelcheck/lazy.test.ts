// Large initial sets and parameter tuples are enumerated lazily against the bounds: a huge
// cross product reaches MC_BOUND_REACHED instead of exhausting memory.
import { describe, expect, it } from 'vitest';
import { checkModel } from '../../action/gates/modelcheck/checker.js';
import { loadSpec } from '../../action/gates/modelcheck/spec.js';

const hundred = `[${Array.from({ length: 100 }, (_, i) => i).join(', ')}]`;

describe('lazy initial states and parameter tuples', () => {
  it('10^12 initial states stop at the state bound', async () => {
    const vars = ['a', 'b', 'c', 'd', 'e', 'f'];
    const text = [
      'spec: WideInit',
      `constants: { N: ${hundred} }`,
      'variables:',
      ...vars.map((v) => `  ${v}: { int: [0, 99] }`),
      'init:',
      ...vars.map((v) => `  ${v}: { in: 'N' }`),
      'actions:',
      '  - name: Bump',
      "    guard: 'a < 99'",
      "    updates: { a: 'a + 1' }",
      'deadlock: false',
    ].join('\n');
    const r = await checkModel(loadSpec('wide.yaml', text), { maxStates: 5000 });
    expect([r.status, r.bound]).toEqual(['bound', 'states']);
    expect(r.stats.distinct).toBe(5000);
  });

  it('10^8 parameter tuples per state stop at the time bound', async () => {
    const text = [
      'spec: WideParams',
      `constants: { N: ${hundred} }`,
      'variables:',
      '  x: { int: [0, 3] }',
      "init: { x: '0' }",
      'actions:',
      '  - name: Pick',
      "    params: { a: 'N', b: 'N', c: 'N', d: 'N' }",
      "    guard: 'a + b + c + d == 1000'",
      "    updates: { x: '1' }",
      'deadlock: false',
    ].join('\n');
    const r = await checkModel(loadSpec('params.yaml', text), { timeMs: 300 });
    expect([r.status, r.bound]).toEqual(['bound', 'time']);
  });

  it('the lazy enumeration takes the same transitions as a listed one, dependent parameters included', async () => {
    // Two parameters over 100 values each (10,000 tuples: enumerated lazily) and a second
    // action whose parameter depends on the first (never listed).
    const text = [
      'spec: Pairs',
      `constants: { N: ${hundred} }`,
      'variables:',
      '  x: { int: [0, 199] }',
      "init: { x: '0' }",
      'actions:',
      '  - name: Jump',
      "    params: { a: 'N', b: 'N' }",
      "    guard: 'a + b == x + 3 && a < 50'",
      "    updates: { x: 'a + b' }",
      '  - name: Dep',
      "    params: { a: 'N', b: 'N.filter(v, v < a)' }",
      "    guard: 'x == 0 && a == 5'",
      "    updates: { x: 'b + 100' }",
      'deadlock: false',
    ].join('\n');
    const r = await checkModel(loadSpec('pairs.yaml', text));
    expect(r.status).toBe('ok');
    // x = 0 → Dep gives 100..104; Jump climbs 0, 3, 6, ... up to 99 (a < 50, b ≤ 99: a+b ≤ 148).
    const jumps = Array.from({ length: 200 }, (_, i) => i).filter((v) => v % 3 === 0 && v <= 148);
    const reachable = new Set([...jumps, 100, 101, 102, 103, 104]);
    // From 100..104 Jump continues by +3 as long as the sum stays ≤ 148.
    for (const start of [100, 101, 102, 103, 104])
      for (let v = start; v <= 148; v += 3) reachable.add(v);
    expect(r.stats.distinct).toBe(reachable.size);
  });
});
