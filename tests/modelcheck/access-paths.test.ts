// Access paths (`req[p][q]`, `head(network[q][p]).type`, `size(s)`, `x in ack[p]`) read bits of
// the packed state; the general closures decode variables into values. Both must give the same
// value or the same error on every reachable state, for keys inside and outside the domains.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileExpr,
  ExprError,
  type Env,
  type NameScope,
} from '../../action/gates/modelcheck/expr.js';
import type { Model } from '../../action/gates/modelcheck/model.js';
import { SPEC_FUNCTIONS } from '../../action/gates/modelcheck/spec-functions.js';
import { loadSpec } from '../../action/gates/modelcheck/spec.js';
import { reachable, outcome } from '../helpers/modelcheck.js';

const LAMPORT = resolve('tests/fixtures/modelcheck/reference/lamport-mutex.yaml');

/** Names of the model; with `paths`, variables carry their offsets (access paths compile). */
function scopeOf(model: Model, paths: boolean): NameScope {
  return {
    lookup(name) {
      const i = model.vars.findIndex((v) => v.name === name);
      if (i >= 0) {
        const v = model.vars[i]!;
        return paths
          ? { kind: 'var', index: i, type: v.type, offset: v.offset }
          : { kind: 'var', index: i, type: v.type };
      }
      if (name === 'p') return { kind: 'param', index: 0, t: { k: 'int' } };
      if (name === 'q') return { kind: 'param', index: 1, t: { k: 'int' } };
      if (name === 'Proc')
        return { kind: 'const', value: [1, 2], t: { k: 'list', elem: { k: 'int' } } };
      return undefined;
    },
    known: () => [],
  };
}

/** With `decode: false`, decoding a variable fails the test: access paths read bits only. */
function envOf(model: Model, words: Uint32Array, params: unknown[], decode = true): Env {
  const env: Env = {
    v: new Array<unknown>(model.vars.length).fill(undefined),
    s: words,
    p: params,
    l: new Array<unknown>(16),
    load: (i) => {
      if (!decode) throw new Error(`decoded ${model.vars[i]!.name}`);
      return (env.v[i] = model.vars[i]!.type.read(words, model.vars[i]!.offset));
    },
    has: () => {
      throw new Error('not used by these expressions');
    },
  };
  return env;
}

const EXPRESSIONS = [
  'req[p][q]',
  'req[p][p] < req[p][q] || (req[p][p] == req[p][q] && p < q)',
  'req[p]',
  'clock[p] + 1',
  'size(network[q][p]) > 0 && head(network[q][p]).type == "req"',
  'head(network[q][p]).clock',
  'network[q][p].head().type',
  'head(network[q][p])',
  'network[q][p]',
  'size(network[p][q])',
  'network[p][q].size()',
  'q in ack[p]',
  'size(ack[p])',
  'size(crit)',
  'Proc.all(x, x in ack[p])',
  'Proc.all(x, req[p][x] == 0 || network[x][p].size() <= 3)',
  'Proc.exists(x, head(network[x][p]).type == "rel")',
  'p in crit',
  'Proc.all(x, Proc.all(y, req[x][y] >= 0 && size(network[y][x]) < 3))',
  'req[3 - p][q] + req[p][q - 1]',
  'Proc.exists(x, head(network[x][3 - q]).clock > 1)',
];

describe('access paths give the general closures’ values and errors', () => {
  const model = loadSpec(LAMPORT, readFileSync(LAMPORT, 'utf8'), {
    constants: { N: 2, maxClock: 5 },
  });
  const states = reachable(model);

  it.each(EXPRESSIONS)('%s', (src) => {
    const fast = compileExpr(src, scopeOf(model, true), undefined, { functions: SPEC_FUNCTIONS });
    const slow = compileExpr(src, scopeOf(model, false), undefined, { functions: SPEC_FUNCTIONS });
    expect(fast.type).toEqual(slow.type);
    expect([...fast.reads].sort()).toEqual([...slow.reads].sort());
    let errors = 0;
    let values = 0;
    // Keys 0 and 3 are outside the domain 1..2; "x" is of the wrong kind for an int key.
    const keys: unknown[] = [0, 1, 2, 3];
    for (const s of states) {
      for (const p of keys) {
        for (const q of keys) {
          const a = outcome(() => fast.fn(envOf(model, s, [p, q], false)));
          const b = outcome(() => slow.fn(envOf(model, s, [p, q])));
          expect(a).toEqual(b);
          if ('error' in a) errors++;
          else values++;
        }
      }
    }
    expect(values).toBeGreaterThan(0);
    // Expressions whose keys are all in the domain never fail; the others do on some keys.
    const total = ['size(crit)', 'p in crit', EXPRESSIONS[18]].includes(src);
    if (!total) expect(errors).toBeGreaterThan(0);
  });

  it('the model reaches states with non-empty channels (so heads are read)', () => {
    expect(states.length).toBe(685);
    const c = compileExpr('size(network[1][2]) + size(network[2][1])', scopeOf(model, true));
    expect(states.some((s) => (c.fn(envOf(model, s, [])) as number) > 1)).toBe(true);
  });

  it('compile errors stay those of the general compiler', () => {
    const msg = (src: string, paths: boolean): string => {
      try {
        compileExpr(src, scopeOf(model, paths), undefined, { functions: SPEC_FUNCTIONS });
      } catch (thrown) {
        if (thrown instanceof ExprError) return `${thrown.code} ${thrown.offset} ${thrown.message}`;
        throw thrown;
      }
      return 'compiled';
    };
    for (const src of [
      'req["a"][1]',
      'req[1]["a"]',
      'head(network[1][2]).colour',
      '"x" in ack[1]',
      'size(req[1][2])',
      'head(crit)',
      `${'req[1]'.padEnd(6)}${'[1]'.repeat(40)}`,
      `size(${'head('.repeat(20)}network[1][2]${')'.repeat(20)})`,
    ]) {
      expect(msg(src, true)).toBe(msg(src, false));
    }
    expect(msg('head(network[1][2]).colour', true)).toMatch(/^MC_TYPE_ERROR/);
  });
});
