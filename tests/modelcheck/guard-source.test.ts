// Generated guard functions (guard-source.ts) against the closures they stand for: the same
// value or error on every reachable state, and the same budget spent, step by step (evaluated
// inside an outer budget of 0, 1, 2, … steps, both fail at the same limit or neither does).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { withBudget } from '../../action/cel/closure/index.js';
import {
  compileExpr,
  type Closure,
  type Env,
  type NameScope,
} from '../../action/gates/modelcheck/expr.js';
import { expressionFunction } from '../../action/gates/modelcheck/guard-source.js';
import type { Model } from '../../action/gates/modelcheck/model.js';
import { SPEC_FUNCTIONS } from '../../action/gates/modelcheck/spec-functions.js';
import { loadSpec } from '../../action/gates/modelcheck/spec.js';
import { reachable, outcome } from '../helpers/modelcheck.js';

const LAMPORT = resolve('tests/fixtures/modelcheck/reference/lamport-mutex.yaml');

function scopeOf(model: Model): NameScope {
  return {
    lookup(name) {
      const i = model.vars.findIndex((v) => v.name === name);
      if (i >= 0) {
        const v = model.vars[i]!;
        return { kind: 'var', index: i, type: v.type, offset: v.offset };
      }
      if (name === 'p') return { kind: 'const', value: 1, t: { k: 'int' } };
      if (name === 'Proc')
        return { kind: 'const', value: [1, 2], t: { k: 'list', elem: { k: 'int' } } };
      if (name === 'Keys')
        return { kind: 'const', value: [0, 1, 2, 3], t: { k: 'list', elem: { k: 'int' } } };
      return undefined;
    },
    known: () => [],
  };
}

function envOf(model: Model, words: Uint32Array, params: unknown[] = []): Env {
  const env: Env = {
    v: new Array<unknown>(model.vars.length).fill(undefined),
    s: words,
    p: params,
    l: new Array<unknown>(32),
    load: (i) => (env.v[i] = model.vars[i]!.type.read(words, model.vars[i]!.offset)),
    has: (i, elem) => {
      const at = model.vars[i]!.offset + elem;
      return ((words[at >>> 5]! >>> (at & 31)) & 1) === 1;
    },
  };
  return env;
}

/** Compares two evaluations of one expression, alone and inside budgets of 0..maxSteps. */
function same(a: () => unknown, b: () => unknown, maxSteps: number): void {
  const x = outcome(a);
  const y = outcome(b);
  if (!isDeepStrictEqual(x, y)) expect(x).toEqual(y);
  for (let k = 0; k <= maxSteps; k++) {
    const limits = { maxCost: k, maxEvalMs: Infinity };
    const bx = outcome(() => withBudget(limits, a, undefined));
    const by = outcome(() => withBudget(limits, b, undefined));
    if (!isDeepStrictEqual(bx, by)) expect([k, bx]).toEqual([k, by]);
  }
}

const EXPRESSIONS = [
  // Nested loops over constants, unrolled with their steps.
  'Proc.all(x, Proc.all(y, size(network[x][y]) <= 3))',
  'Proc.all(x, clock[x] <= 4)',
  'Proc.exists(x, x != p && req[p][x] > 0) || size(crit) > 0',
  'Proc.all(x, x in ack[p]) && Proc.all(x, x == p || req[p][x] == 0 || req[p][p] < req[p][x])',
  // Keys outside the domain fail inside the unrolled copy, as in the loop.
  'Keys.exists(x, req[p][x] == 1)',
  'Keys.all(x, x == 0 || clock[x] > 0)',
  // Heads of empty channels fail; `||` absorbs a failure on its left only in the closures.
  'Proc.exists(x, head(network[x][p]).type == "req")',
  'size(network[2][1]) == 0 || head(network[2][1]).clock > 1',
  'Proc.all(x, head(network[2][1]).clock >= 0)',
  'Proc.all(x, Proc.exists(y, y != x && (req[x][y] == 0 ? true : req[x][y] > clock[x])))',
  '!(p in crit) ? Proc.all(x, req[x][x] >= 0) : size(crit) == 1',
];

describe('generated expressions give the closures’ values, errors and budget', () => {
  const model = loadSpec(LAMPORT, readFileSync(LAMPORT, 'utf8'), {
    constants: { N: 2, maxClock: 5 },
  });
  const states = reachable(model);

  it.each(EXPRESSIONS)('%s', (src) => {
    const opts = { functions: SPEC_FUNCTIONS };
    const general = compileExpr(src, scopeOf(model), undefined, opts);
    const withSource = compileExpr(src, scopeOf(model), undefined, { ...opts, source: true });
    expect(withSource.source).toBeDefined();
    const generated: Closure | undefined = expressionFunction(withSource.source!, withSource.fn);
    expect(generated).toBeDefined();
    let errors = 0;
    for (const s of states) {
      same(
        () => generated!(envOf(model, s)),
        () => general.fn(envOf(model, s)),
        14,
      );
      if ('error' in outcome(() => general.fn(envOf(model, s)))) errors++;
    }
    if (/Keys|Proc\.\w+\(x, head/.test(src)) expect(errors).toBeGreaterThan(0);
  });

  it('the reference model’s guards, invariants and constraint', () => {
    const lamport = loadSpec(LAMPORT, readFileSync(LAMPORT, 'utf8'), {
      constants: { N: 2, maxClock: 5 },
    });
    const enter = lamport.actions.find((a) => a.name === 'Enter')!;
    expect(enter.guardAt).toBeDefined();
    for (const s of states.slice(0, 300))
      for (let t = 0; t < enter.tuples!.length; t++) {
        const tuple = enter.tuples![t]!;
        same(
          () => enter.guardAt!(envOf(lamport, s, tuple), t),
          () => enter.guard!(envOf(lamport, s, tuple)),
          8,
        );
      }
  });
});
