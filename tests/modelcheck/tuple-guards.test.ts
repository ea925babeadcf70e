// Guards specialised per parameter tuple (parameters bound as constants, so parts fold and access
// paths become fixed offsets) must give the general guard's value or error on every reachable
// state and every tuple, and leave the search's counts unchanged.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkModel, type CheckResult } from '../../action/gates/modelcheck/checker.js';
import type { Env } from '../../action/gates/modelcheck/expr.js';
import type { Model } from '../../action/gates/modelcheck/model.js';
import { loadSpec } from '../../action/gates/modelcheck/spec.js';
import { Transitions } from '../../action/gates/modelcheck/transitions.js';
import { outcome } from '../helpers/modelcheck.js';

const REF = resolve('tests/fixtures/modelcheck/reference');
const load = (name: string, constants?: Record<string, unknown>): Model =>
  loadSpec(
    `${name}.yaml`,
    readFileSync(join(REF, `${name}.yaml`), 'utf8'),
    constants !== undefined ? { constants } : {},
  );

/** Every reachable state (inside the constraints), packed; at most `limit`. */
function reachable(model: Model, limit = 20_000): Uint32Array[] {
  const t = new Transitions(model);
  const seen = new Set<string>();
  const queue: Uint32Array[] = [];
  const add = (s: Uint32Array): void => {
    const key = s.join(',');
    if (!seen.has(key) && queue.length < limit) {
      seen.add(key);
      queue.push(s.slice());
    }
  };
  for (const s of t.initialStates()) add(s);
  for (let i = 0; i < queue.length; i++)
    try {
      t.successors(queue[i]!, (succ) => {
        if (t.inModel(succ)) add(succ);
      });
    } catch {
      // A state whose expansion fails still has its guards compared below.
    }
  return queue;
}

function envOf(model: Model, words: Uint32Array, params: unknown[]): Env {
  const env: Env = {
    v: new Array<unknown>(model.vars.length).fill(undefined),
    s: words,
    p: params,
    l: new Array<unknown>(model.slots + 4),
    load: (i) => (env.v[i] = model.vars[i]!.type.read(words, model.vars[i]!.offset)),
    has: (i, elem) => {
      const v = model.vars[i]!;
      return ((words[(v.offset + elem) >>> 5]! >>> ((v.offset + elem) & 31)) & 1) === 1;
    },
  };
  return env;
}

/** A check result without its timings. */
function untimed(r: CheckResult): unknown {
  return {
    ...r,
    stats: { ...r.stats, durationMs: 0, distinctPerSecond: 0, generatedPerSecond: 0 },
  };
}

/** Compares every specialised guard with the general one; returns how many were compared. */
function compareGuards(
  model: Model,
  states: Uint32Array[],
): { compared: number; errors: number; sourced: number } {
  let compared = 0;
  let sourced = 0;
  let errors = 0;
  for (const action of model.actions) {
    if (action.tupleGuards === undefined) continue;
    const tuples = action.tuples!;
    expect(action.tupleGuards).toHaveLength(tuples.length);
    for (const s of states) {
      for (let t = 0; t < tuples.length; t++) {
        const special = action.tupleGuards[t];
        const fast = outcome(() =>
          special === undefined ? true : special(envOf(model, s, tuples[t]!)),
        );
        const slow = outcome(() => action.guard!(envOf(model, s, tuples[t]!)));
        if (!isDeepStrictEqual(fast, slow)) expect(fast).toEqual(slow);
        if (action.guardAt !== undefined) {
          const generated = outcome(() => action.guardAt!(envOf(model, s, tuples[t]!), t));
          if (!isDeepStrictEqual(generated, slow)) expect(generated).toEqual(slow);
          sourced++;
        }
        compared++;
        if ('error' in slow) errors++;
      }
    }
  }
  return { compared, errors, sourced };
}

describe('guards specialised per parameter tuple', () => {
  it.each([
    ['lamport-mutex', { N: 2, maxClock: 5 }],
    ['twophase', undefined],
    ['dining', undefined],
    ['peterson', undefined],
    ['tcommit', undefined],
    ['tokenring', undefined],
  ] as const)('%s: the general guard’s value on every reachable state and tuple', (name, k) => {
    const model = load(name, k);
    const states = reachable(model);
    const { compared, sourced } = compareGuards(model, states);
    if (name === 'lamport-mutex' || name === 'twophase') {
      expect(compared).toBeGreaterThan(0);
      expect(sourced).toBeGreaterThan(0);
    }
  });

  const HOSTILE = `
spec: Hostile
constants:
  Keys: [0, 1, 2, 3]
  Names: ['a', "b'c", "\`\${x}\`", "__proto__", "line\\u2028sep"]
variables:
  f: { function: { from: { int: [1, 2] }, to: { int: [0, 3] } } }
  s: { set: { enum: ['a', "b'c", "\`\${x}\`", "__proto__", "line\\u2028sep"] } }
  q: { seq: { int: [0, 3] }, max_length: 1 }
  e: { enum: ['a', "b'c", "\`\${x}\`", "__proto__", "line\\u2028sep"] }
init:
  f: { any: true }
  s: { any: true }
  q: { any: true }
  e: { any: true }
deadlock: false
actions:
  - name: Bump
    params: { k: Keys }
    guard: 'f[k] < 3 && (k == 0 || f[k] >= 0)'
    updates: { 'f[k]': 'f[k] + 1' }
  - name: Add
    params: { n: Names }
    guard: '!(n in s) && Keys.all(x, x >= 0) && size(append([1], 2)) == 2'
    updates: { s: 's + [n]' }
  - name: Push
    params: { k: Keys }
    guard: 'size(q) < 1 && (k > 1 ? head(q) >= 0 : true) && [k].exists(x, x == k) && size(append([1], k)) == 2'
    updates: { q: 'append(q, k)' }
  - name: Pop
    params: { k: Keys, n: Names }
    guard: 'size(q) > 0 && head(q) == k && n == "a"'
    updates: { q: 'tail(q)' }
  - name: Pick
    params: { n: Names }
    guard: 'e == n || e == ''x\`\${y}'' || (size(q) > 0 && head(q) > 1) || e != "__proto__"'
    updates: { e: 'n' }
invariants:
  - name: Small
    expr: 'size(q) <= 2'
`;

  it('keys outside the domain, hostile strings, empty heads and folded loops: the same values and errors', async () => {
    const model = loadSpec('hostile.yaml', HOSTILE);
    // A guard whose extension call folds at compile time (once it knows its tuple, or even without)
    // keeps the general closure, so each evaluation charges the budget as before.
    const add = model.actions.find((a) => a.name === 'Add')!;
    expect(add.tupleGuards).toBeUndefined();
    const push = model.actions.find((a) => a.name === 'Push')!;
    expect(push.tupleGuards?.every((g) => g === push.guard)).toBe(true);
    const bump = model.actions.find((a) => a.name === 'Bump')!;
    expect(bump.tupleGuards?.some((g) => g !== bump.guard)).toBe(true);
    // Every value of every variable is an initial state: 16 × 32 × 5 × 5.
    const states = [...new Transitions(model).initialStates()];
    expect(states.length).toBe(16 * 32 * 5 * 5);
    const { compared, errors, sourced } = compareGuards(model, states);
    expect(compared).toBeGreaterThan(0);
    expect(sourced).toBeGreaterThan(0);
    // Keys 0 and 3 are outside f's domain, and `head(q)` of an empty q fails.
    expect(errors).toBeGreaterThan(0);
    // Nothing the spec wrote reaches the generated source: names, strings and constants are
    // arguments; the source holds only operators, the argument names and integers.
    const sources = model.actions.flatMap((a) =>
      a.guardAt !== undefined ? [a.guardAt.toString()] : [],
    );
    expect(sources.length).toBeGreaterThan(1);
    for (const src of sources) {
      expect(src).toMatch(/^function guards\(env, t\) \{[\w\s()[\]{};:=!&|?<>+\-.,]*\}$/);
      expect(src).not.toMatch(/proto|line|\$|`|'|"/);
    }
    const r = await checkModel(model);
    const general = await checkModel({
      ...model,
      actions: model.actions.map(({ tupleGuards: _, guardAt: __, ...a }) => a),
    });
    expect(r.status).toBe('violation');
    expect(untimed(r)).toEqual(untimed(general));
  });

  it('the search gives the same result with and without the specialised guards', async () => {
    const model = load('lamport-mutex', { N: 2, maxClock: 5 });
    expect(model.actions.some((a) => a.tupleGuards !== undefined)).toBe(true);
    const general = {
      ...model,
      actions: model.actions.map(({ tupleGuards: _, guardAt: __, ...a }) => a),
    };
    const [a, b] = [await checkModel(model), await checkModel(general)];
    expect(untimed(a)).toEqual(untimed(b));
    expect(a.status).toBe('ok');
  });
});
