// Update writers (`tail(P)`, `append(P, x)`, `P + [x]`, `c ? a : b`, record literals, `{each}`)
// write bits straight into the successor; the general path builds the value and encodes it.
// On every reachable state of a driver model, each probe action must give the same successors
// (bit for bit) or the same failure (kind, message, location) both ways.
import { describe, expect, it } from 'vitest';
import type { Model } from '../../action/gates/modelcheck/model.js';
import { loadSpec } from '../../action/gates/modelcheck/spec.js';
import { StepFailure } from '../../action/gates/modelcheck/step-failure.js';
import { Transitions } from '../../action/gates/modelcheck/transitions.js';

const SPEC = [
  'spec: Writers',
  'constants: { K: [1, 2] }',
  'variables:',
  '  f:',
  '    function:',
  '      from: { int: [1, 2] }',
  '      to: { seq: { record: { t: { enum: [a, b] }, c: { int: [0, 1] } } }, max_length: 2 }',
  '  g: { function: { from: { int: [1, 2] }, to: { set: { int: [0, 1] } } } }',
  '  n: { int: [0, 2] }',
  '  h: { function: { from: { int: [1, 2] }, to: { function: { from: { int: [1, 2] }, to: bool } } } }',
  "init: { f: { each: '[]' }, g: { each: '[]' }, n: '0', h: { each: { each: 'false' } } }",
  'actions:',
  // Drivers: they reach every state of the probes' domain.
  '  - name: Put',
  '    params: { k: K, c: \'0..1\', t: \'["a", "b"]\' }',
  "    guard: 'size(f[k]) < 2'",
  '    updates: { \'f[k]\': \'append(f[k], {"t": t, "c": c})\' }',
  "  - { name: Add, params: { x: '0..1' }, updates: { 'g[1]': 'g[1] + [x]' } }",
  "  - { name: Count, guard: 'n < 2', updates: { n: 'n + 1' } }",
  // Probes: fast writers, some of which fail on some states.
  "  - { name: Tail, params: { k: '0..3' }, updates: { 'f[1]': 'tail(f[k])' } }",
  '  - name: Append',
  "    params: { k: K, c: '0..2' }",
  '    updates: { \'f[k]\': \'append(f[k], {"t": "a", "c": c})\' }',
  '  - name: Method',
  '    params: { k: K }',
  '    updates: { \'f[k]\': \'f[k].append({"c": n, "t": "b"})\' }',
  "  - { name: AddBad, params: { k: K, x: '0..2' }, updates: { 'g[k]': 'g[k] + [x, n]' } }",
  '  - name: Cond',
  '    params: { k: K }',
  "    updates: { 'f[k]': 'n == 2 ? f[3 - k] : (n == 1 ? tail(f[k]) : append(f[k], head(f[3 - k])))' }",
  '  - name: Each',
  '    updates:',
  '      f: { each: \'key == 1 ? f[2] : append(f[1], {"t": "b", "c": n})\' }',
  "      g: { each: 'g[3 - key] + [n - 1]' }",
  "  - { name: Copy, params: { k: '1..3' }, updates: { 'g[1]': 'g[k]', 'f[2]': 'f[1]' } }",
  // Target keys outside the domain.
  "  - { name: Target, params: { k: '0..3' }, updates: { 'g[k]': '[]', 'f[3 - k]': '[]' } }",
  "  - { name: Target2, params: { k: '0..3' }, updates: { 'h[k][3 - n]': 'n == 1' } }",
  "  - { name: Target3, params: { k: '0..3' }, updates: { 'h[n][k]': 'true' } }",
  'deadlock: false',
].join('\n');

type Outcome = { succ: string[] } | { kind: string; message: string; line: number | undefined };

function probe(t: Transitions, state: Uint32Array): Outcome {
  const out: string[] = [];
  try {
    t.successors(state, (succ, action, tuple) => {
      out.push(`${action.name}(${tuple.join(',')}) ${succ.join(',')}`);
    });
  } catch (thrown) {
    if (!(thrown instanceof StepFailure)) throw thrown;
    return { kind: thrown.kind, message: thrown.message, line: thrown.location.line };
  }
  return { succ: out };
}

describe('update writers give the general path’s successors and failures', () => {
  it('on every reachable state, for every probe action', () => {
    const model = loadSpec('w.yaml', SPEC);
    const drivers = { ...model, actions: model.actions.slice(0, 3) };
    const t = new Transitions(drivers);
    const seen = new Set<string>();
    const states: Uint32Array[] = [];
    const add = (s: Uint32Array): void => {
      const key = s.join(',');
      if (!seen.has(key)) {
        seen.add(key);
        states.push(s.slice());
      }
    };
    for (const s of t.initialStates()) add(s);
    for (let i = 0; i < states.length; i++) t.successors(states[i]!, (succ) => add(succ));
    expect(states.length).toBe(21 * 21 * 4 * 3);

    const probes = model.actions.slice(3);
    const written = probes.flatMap((a) => a.updates.filter((u) => u.write !== undefined));
    // Every probe update but Target's list literals has a writer.
    expect(written.map((u) => u.target).sort()).toEqual(
      ['f[1]', 'f[k]', 'f[k]', 'g[k]', 'f[k]', 'f', 'g', 'g[1]', 'f[2]'].sort(),
    );
    const counts = { succ: 0, domain: 0, eval: 0 };
    for (const action of probes) {
      const fast: Model = { ...model, actions: [action] };
      const slow: Model = {
        ...model,
        actions: [
          {
            ...action,
            updates: action.updates.map((u) => {
              const { write: _write, offset: _offset, ...rest } = u;
              return rest;
            }),
          },
        ],
      };
      const [tf, ts] = [new Transitions(fast), new Transitions(slow)];
      for (const s of states) {
        const a = probe(tf, s);
        const b = probe(ts, s);
        // Compared as text (fast); on a difference, the assertion shows both.
        if (JSON.stringify(a) !== JSON.stringify(b)) expect(a).toEqual(b);
        if ('succ' in a) counts.succ += a.succ.length;
        else counts[a.kind as 'domain' | 'eval']++;
      }
    }
    // The probes succeed, overflow a sequence or a type, and fail on keys and empty tails.
    expect(counts.succ).toBeGreaterThan(1000);
    expect(counts.domain).toBeGreaterThan(100);
    expect(counts.eval).toBeGreaterThan(100);
  });
});
