// The direct initial-state generator (choices written straight into packed words) against the
// general one it replaced (every value materialised and packed by `type.write`): the same
// states in the same order, and the same error after the same states, on every reference model
// and on specs built to reach each kind of choice, filter and failure.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModel } from '../../action/gates/modelcheck/checker.js';
import { initialStates } from '../../action/gates/modelcheck/initial-states.js';
import type { Model } from '../../action/gates/modelcheck/model.js';
import { loadSpec } from '../../action/gates/modelcheck/spec.js';
import { StepFailure } from '../../action/gates/modelcheck/step-failure.js';
import { Transitions } from '../../action/gates/modelcheck/transitions.js';
import { generalInitialStates } from './init-general.js';

const REFERENCE = resolve('tests/fixtures/modelcheck/reference');

interface Walk {
  states: string[];
  error: { kind: string; message: string; location: unknown } | undefined;
}

/** The states a generator yields (at most `cap`), and the failure it ends with, if any. */
function walk(states: Iterable<Uint32Array>, cap: number): Walk {
  const out: string[] = [];
  try {
    for (const s of states) {
      out.push(s.join(','));
      if (out.length >= cap) break;
    }
  } catch (thrown) {
    if (!(thrown instanceof StepFailure)) throw thrown;
    return {
      states: out,
      error: { kind: thrown.kind, message: thrown.message, location: thrown.location },
    };
  }
  return { states: out, error: undefined };
}

/** The general walk, and the direct one with fresh buffers and with one reused buffer. */
function both(model: Model, cap = 500_000): { general: Walk; direct: Walk; reused: Walk } {
  const t = new Transitions(model);
  const inModel = (w: Uint32Array): boolean => t.inModel(w);
  return {
    general: walk(generalInitialStates(model, inModel), cap),
    direct: walk(initialStates(model, inModel), cap),
    reused: walk(initialStates(model, inModel, true), cap),
  };
}

const spec = (name: string, lines: string[]): Model =>
  loadSpec(`${name}.yaml`, [`spec: ${name}`, ...lines].join('\n'));

const noop = ['actions:', '  - name: Stay', "    guard: 'false'", 'deadlock: false'];

describe('direct initial states equal the general ones', () => {
  const files = readdirSync(REFERENCE).filter((f) => f.endsWith('.yaml'));
  it.each(files)('reference model %s', (file) => {
    const path = resolve(REFERENCE, file);
    const r = both(loadSpec(path, readFileSync(path, 'utf8')));
    expect(r.general.states.length).toBeGreaterThan(0);
    expect(r.direct).toEqual(r.general);
    expect(r.reused).toEqual(r.general);
  });

  const cases: [string, string[], number | undefined, boolean][] = [
    // name, spec lines, states expected (undefined: not checked), ends with an error
    [
      'records, functions, sets and sequences walked as bit fields',
      [
        'variables:',
        '  r:',
        '    record:',
        '      f: { function: { from: { int: [1, 2] }, to: { enum: [a, b, c] } } }',
        '      s: { set: { int: [0, 2] } }',
        '      b: bool',
        '  x: { int: [0, 3] }',
        '  q: { seq: { int: [0, 1] }, max_length: 2 }',
        'init:',
        '  r: { any: true }',
        "  x: { in: '0..3' }",
        '  q: { any: true }',
        ...noop,
      ],
      9 * 8 * 2 * 4 * 7,
      false,
    ],
    [
      'unions, enum sets and sets of records',
      [
        'variables:',
        '  m: { union: [{ int: [0, 1] }, { enum: [x, y] }] }',
        '  e: { set: { enum: [p, q, r] } }',
        '  g: { set: { record: { a: bool, k: { int: [1, 2] } } } }',
        '  h: { function: { from: { enum: [u, v] }, to: { union: [bool, { enum: [z] }] } } }',
        'init:',
        '  m: { any: true }',
        '  e: { any: true }',
        '  g: { any: true }',
        '  h: { any: true }',
        ...noop,
      ],
      4 * 8 * 16 * 9,
      false,
    ],
    [
      'a function of functions of records',
      [
        'variables:',
        '  f:',
        '    function:',
        '      from: { int: [1, 2] }',
        '      to:',
        '        function:',
        '          { from: { int: [1, 2] }, to: { record: { p: bool, n: { int: [0, 2] } } } }',
        'init:',
        '  f: { any: true }',
        ...noop,
      ],
      6 ** 4,
      false,
    ],
    [
      'filters on a later variable, replayed on every restart',
      [
        'variables:',
        '  a: { int: [0, 3] }',
        '  c: { record: { black: { int: [0, 4] }, white: { int: [0, 4] } } }',
        '  d: { int: [0, 9] }',
        'init:',
        '  a: { any: true }',
        "  c: { any: true, where: 'c.black + c.white >= 1 && c.black + c.white <= 4' }",
        "  d: { in: '[1, 3, 5, 7, 9]', where: 'd > 2' }",
        ...noop,
      ],
      4 * 14 * 4,
      false,
    ],
    [
      'filters reading the candidate from its bits: fields, keys, members and the whole value',
      [
        'variables:',
        '  r:',
        '    record:',
        '      f: { function: { from: { int: [1, 2] }, to: { enum: [a, b, c] } } }',
        '      s: { set: { int: [0, 2] } }',
        '  g: { function: { from: { int: [1, 3] }, to: { int: [0, 2] } } }',
        '  w: { record: { p: bool, n: { int: [0, 3] } } }',
        'init:',
        '  r: { any: true, where: \'r.f[1] != "c" && (2 in r.s || size(r.s) == 0)\' }',
        "  g: { any: true, where: 'g[1] + g[2] + g[3] == 3 && g != {1: 1, 2: 1, 3: 1}' }",
        '  w: { any: true, where: \'w == {"p": true, "n": 2} || !w.p && w.n > 1\' }',
        ...noop,
      ],
      2 * 3 * 5 * 6 * 3,
      false,
    ],
    [
      'a filter that fails on a later candidate, after some states',
      [
        'variables:',
        '  a: { int: [0, 2] }',
        '  b: { int: [0, 5] }',
        'init:',
        "  a: { in: '0..2' }",
        "  b: { any: true, where: '10 / (b - 4) != 100' }",
        ...noop,
      ],
      4,
      true,
    ],
    [
      'a listed value outside the type, after some states',
      [
        'variables:',
        '  y: { int: [0, 1] }',
        '  x: { int: [0, 3] }',
        'init:',
        "  y: { in: '0..1' }",
        "  x: { in: '[0, 1, 7, 2]' }",
        ...noop,
      ],
      2,
      true,
    ],
    [
      'a value outside the type on a later variable of the first state',
      [
        'variables:',
        '  a: bool',
        '  x: { int: [0, 3] }',
        'init:',
        '  a: { any: true }',
        "  x: '9'",
        ...noop,
      ],
      0,
      true,
    ],
    [
      'alternative blocks, an empty choice and a state constraint',
      [
        'variables:',
        '  x: { int: [0, 3] }',
        '  y: { int: [0, 3] }',
        'init:',
        "  - { x: '0', y: { any: true } }",
        "  - { x: { in: '[]' }, y: { any: true, where: '10 / (y - 2) > 0' } }",
        "  - { x: { in: '1..3' }, y: { any: true, where: 'y != 1' } }",
        "constraint: 'x + y != 3'",
        ...noop,
      ],
      undefined,
      true,
    ],
    [
      'the state constraint on initial states',
      [
        'variables:',
        '  x: { int: [0, 3] }',
        '  y: { int: [0, 3] }',
        '  f: { function: { from: { int: [1, 2] }, to: bool } }',
        'init:',
        "  - { x: { in: '1..3' }, y: { any: true, where: 'y != 1' }, f: { any: true } }",
        "  - { x: '0', y: '1', f: { each: 'key == 1' } }",
        "constraint: 'x + y != 3'",
        ...noop,
      ],
      undefined,
      false,
    ],
  ];
  it.each(cases)('%s', (name, lines, count, fails) => {
    const r = both(spec(name.replace(/\W+/g, ''), lines));
    expect(r.direct).toEqual(r.general);
    expect(r.reused).toEqual(r.general);
    if (count !== undefined) expect(r.direct.states.length).toBe(count);
    expect(r.direct.error !== undefined).toBe(fails);
    expect(new Set(r.direct.states).size).toBe(r.direct.states.length);
  });
});

describe('the direct walk of a huge function space or set', () => {
  it('2^40 initial sets stop at the state bound, the masks counting up from element 0', async () => {
    const model = spec('WideSet', [
      'variables:',
      '  s: { set: { int: [0, 39] } }',
      'init:',
      '  s: { any: true }',
      ...noop,
    ]);
    const first = walk(
      initialStates(model, () => true),
      5,
    ).states;
    expect(first).toEqual(['0,0', '1,0', '2,0', '3,0', '4,0']);
    const r = await checkModel(model, { maxStates: 5000 });
    expect([r.status, r.bound, r.stats.distinct]).toEqual(['bound', 'states', 5000]);
  });

  it('[1..20 -> 0..9] stops at the state bound', async () => {
    const model = spec('WideFn', [
      'variables:',
      '  f: { function: { from: { int: [1, 20] }, to: { int: [0, 9] } } }',
      'init:',
      '  f: { any: true }',
      ...noop,
    ]);
    const r = await checkModel(model, { maxStates: 3000 });
    expect([r.status, r.bound, r.stats.distinct]).toEqual(['bound', 'states', 3000]);
  });
});
