// The tlaplus/Examples reference models written in the spec language, with the counts the real
// TLC (../shared/tools/tlc, -workers 1) printed for the original models and their .cfg files.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MaestroError } from '../../action/contract/errors.js';
import { checkModel } from '../../action/gates/modelcheck/checker.js';
import { loadSpec } from '../../action/gates/modelcheck/spec.js';

const REF = resolve('tests/fixtures/modelcheck/reference');
const load = (name: string, constants?: Record<string, unknown>) =>
  loadSpec(
    `${name}.yaml`,
    readFileSync(join(REF, `${name}.yaml`), 'utf8'),
    constants !== undefined ? { constants } : {},
  );

describe('reference models give TLC counts (distinct, generated, depth)', () => {
  it.each([
    // model, TLC distinct, TLC generated, TLC depth (original model and .cfg, one worker)
    ['peterson', 42, 77, 11],
    ['dining', 67, 336, 29],
    ['coffeecan', 5150, 20002, 1],
    ['tokenring', 46656, 248832, 1],
  ])('%s: %i distinct, %i generated, depth %i', async (name, distinct, generated, depth) => {
    const r = await checkModel(load(name));
    expect(r.status).toBe('ok');
    expect([r.stats.distinct, r.stats.generated, r.stats.depth]).toEqual([
      distinct,
      generated,
      depth,
    ]);
  });

  it('MCLamportMutex with N = 2, maxClock = 5 (the full N = 3 model, 724,274 states, is in the bench): 685 distinct, 1326 generated, depth 34', async () => {
    const r = await checkModel(load('lamport-mutex', { N: 2, maxClock: 5 }));
    expect(r.status).toBe('ok');
    expect([r.stats.distinct, r.stats.generated, r.stats.depth]).toEqual([685, 1326, 34]);
  });
});

describe('state constraints', () => {
  it('a successor that keeps the variables a constraint reads skips it, with the same counts', async () => {
    const model = load('lamport-mutex', { N: 2, maxClock: 5 });
    expect(model.constraints.map((c) => c.reads)).toEqual([
      [model.vars.findIndex((v) => v.name === 'clock')],
    ]);
    let evaluated = 0;
    const counting = (m: typeof model, keepReads: boolean): typeof model => ({
      ...m,
      constraints: m.constraints.map((c) => ({
        fn: (env) => (evaluated++, c.fn(env)),
        source: c.source,
        loc: c.loc,
        ...(keepReads && c.reads !== undefined ? { reads: c.reads } : {}),
      })),
    });
    const fast = await checkModel(counting(model, true));
    const fastEvaluations = evaluated;
    evaluated = 0;
    const slow = await checkModel(counting(model, false));
    expect([fast.stats.distinct, fast.stats.generated, fast.stats.depth]).toEqual([685, 1326, 34]);
    expect([slow.stats.distinct, slow.stats.generated, slow.stats.depth]).toEqual([685, 1326, 34]);
    expect(fastEvaluations).toBeLessThan(evaluated);
    expect(fastEvaluations).toBeGreaterThan(0);
  });
});

const spec = (lines: string[]): string => lines.join('\n');
const failure = (text: string): MaestroError => {
  try {
    loadSpec('s.yaml', text);
  } catch (thrown) {
    if (thrown instanceof MaestroError) return thrown;
    throw thrown;
  }
  throw new Error('the spec loaded');
};

describe('spec language extensions', () => {
  it("a state constraint has TLC's CONSTRAINT semantics (tlc/Constrained.tla: 8 distinct, 14 generated, depth 4, no deadlock)", async () => {
    const text = spec([
      'spec: Constrained',
      'variables: { x: { int: [0, 5] }, y: { int: [0, 1] } }',
      "init: { x: '0', y: { in: '0..1' } }",
      'actions:',
      "  - { name: Step, updates: { x: 'x + 1' } }",
      "  - { name: Jump, guard: 'y == 1', updates: { x: 'x + 2', y: '0' } }",
      "constraint: 'x <= 3'",
    ]);
    const r = await checkModel(loadSpec('c.yaml', text));
    expect(r.status).toBe('ok');
    expect([r.stats.distinct, r.stats.generated, r.stats.depth]).toEqual([8, 14, 4]);
  });

  it('definitions with parameters, ranges in parameters and init, filtered init, floored mod', async () => {
    const text = spec([
      'spec: Defs',
      'constants: { N: 4 }',
      'definitions:',
      '  Nodes: 0..N-1',
      "  Next(i): 'mod(i + 1, N)'",
      "  Prev(i): 'mod(i - 1, N)'",
      'variables: { at: { int: [0, 3] }, seen: { function: { from: { int: [0, 3] }, to: bool } } }',
      'init:',
      "  at: { in: '0..N-1', where: 'at != 2' }",
      "  seen: { each: 'false' }",
      'actions:',
      '  - name: Move',
      "    params: { d: '1..2' }",
      "    updates: { at: 'd == 1 ? Next(at) : Prev(at)', 'seen[at]': 'true' }",
      'invariants:',
      "  - { name: Floored, expr: 'Prev(0) == 3 && mod(-5, 3) == 1 && Nodes.size() == N' }",
    ]);
    const r = await checkModel(loadSpec('d.yaml', text));
    expect(r.status).toBe('ok');
    expect(r.stats.distinct).toBeGreaterThan(3);
  });

  it("CEL's truncating % is refused at file:line:col, with what to write instead", () => {
    const e = failure(
      spec([
        'spec: P',
        'variables: { x: { int: [0, 3] } }',
        "init: { x: '0' }",
        "actions: [{ name: A, updates: { x: '(x + 1) % 4' } }]",
      ]),
    );
    expect(e.code).toBe('MC_SPEC_INVALID');
    expect(e.message).toMatch(/^s\.yaml:4:45: .*floored.*mod\(a, b\)/);
  });

  it('a definition called with the wrong arity, or nesting into itself, is an error at the call', () => {
    const base = [
      'spec: D',
      'definitions:',
      "  F(a, b): 'a + b'",
      "  G(a): 'G(a)'",
      'variables: { x: { int: [0, 3] } }',
      "init: { x: '0' }",
    ];
    const arity = failure(spec([...base, "actions: [{ name: A, updates: { x: 'F(x)' } }]"]));
    expect(arity.message).toMatch(/^s\.yaml:7:37: `F` takes 2 argument\(s\) \(a, b\), given 1/);
    const loop = failure(spec([...base, "actions: [{ name: A, updates: { x: 'G(x)' } }]"]));
    expect(loop.message).toMatch(/s\.yaml:7:37: definitions nest deeper/);
  });

  it('a type error inside an expansion points at the call that produced it', () => {
    const e = failure(
      spec([
        'spec: T',
        'definitions:',
        '  Bad(a): \'a + "s"\'',
        'variables: { x: { int: [0, 3] } }',
        "init: { x: '0' }",
        "actions: [{ name: A, updates: { x: 'x + Bad(1)' } }]",
      ]),
    );
    expect(e.message).toMatch(/^s\.yaml:6:41: /);
  });

  it('a `where` that is not a bool, and a range over a non-int variable, are type errors', () => {
    const w = failure(
      spec([
        'spec: W',
        'variables: { x: { int: [0, 3] } }',
        "init: { x: { any: true, where: 'x + 1' } }",
        "actions: [{ name: A, updates: { x: '0' } }]",
      ]),
    );
    expect([w.code, w.message.slice(0, 11)]).toEqual(['MC_TYPE_ERROR', 's.yaml:3:32']);
    const r = failure(
      spec([
        'spec: R',
        'variables: { b: bool }',
        "init: { b: { in: '0..1' } }",
        "actions: [{ name: A, updates: { b: 'true' } }]",
      ]),
    );
    expect(r.code).toBe('MC_TYPE_ERROR');
  });
});
