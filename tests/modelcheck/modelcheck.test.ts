import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run as celRun } from '@bufbuild/cel';
import { describe, expect, it } from 'vitest';
import { MaestroError } from '../../action/contract/errors.js';
import { runGate } from '../../action/pipeline/runner.js';
import type { MaestroConfig } from '../../action/config/types.js';
import { checkModel } from '../../action/gates/modelcheck/checker.js';
import {
  createModelcheckGate,
  loadInvariantIndex,
  toSpecOutcome,
} from '../../action/gates/modelcheck/index.js';
import { loadSpec } from '../../action/gates/modelcheck/spec.js';
import { compileExpr, type Env } from '../../action/gates/modelcheck/expr.js';

const FIX = resolve('tests/fixtures/modelcheck');
const read = (p: string): string => readFileSync(p, 'utf8');
const load = (p: string, constants?: Record<string, unknown>) =>
  loadSpec(p, read(p), constants ? { constants } : {});

describe('reference models (counts from tlaplus/Examples manifest.json)', () => {
  it('DieHard: 16 distinct states without NotSolved', async () => {
    const text = read(join(FIX, 'reference/diehard.yaml')).replace(
      / {2}- name: NotSolved[\s\S]*$/,
      '',
    );
    const r = await checkModel(loadSpec('diehard.yaml', text));
    expect(r.status).toBe('ok');
    expect(r.stats.distinct).toBe(16);
  });

  it('DieHard: the shortest counterexample to big != 4 has 7 states', async () => {
    const r = await checkModel(load(join(FIX, 'reference/diehard.yaml')));
    expect(r.status).toBe('violation');
    expect(r.violation?.kind).toBe('invariant');
    expect(r.violation?.trace.map((s) => [s.action, s.state['big'], s.state['small']])).toEqual([
      [null, 0, 0],
      ['FillBigJug', 5, 0],
      ['BigToSmall', 2, 3],
      ['EmptySmallJug', 2, 0],
      ['BigToSmall', 0, 2],
      ['FillBigJug', 5, 2],
      ['BigToSmall', 4, 3],
    ]);
  });

  it('TCommit: 34 distinct, 94 generated, depth 7', async () => {
    const r = await checkModel(load(join(FIX, 'reference/tcommit.yaml')));
    expect(r.status).toBe('ok');
    expect([r.stats.distinct, r.stats.generated, r.stats.depth]).toEqual([34, 94, 7]);
  });

  it('TwoPhase with three RMs: 288 distinct, 1146 generated, depth 11', async () => {
    const r = await checkModel(load(join(FIX, 'reference/twophase.yaml')));
    expect(r.status).toBe('ok');
    expect([r.stats.distinct, r.stats.generated, r.stats.depth]).toEqual([288, 1146, 11]);
  });

  it('TwoPhase with five RMs: 8832 distinct states', async () => {
    const RM = ['r1', 'r2', 'r3', 'r4', 'r5'];
    const r = await checkModel(load(join(FIX, 'reference/twophase.yaml'), { RM }));
    expect(r.stats.distinct).toBe(8832);
  });
});

describe('the deliberately buggy demo spec', () => {
  it('base is clean, head has a shortest counterexample, state by state', async () => {
    const base = await checkModel(load('examples/demo/base/specs/spend-guard.yaml'));
    expect(base.status).toBe('ok');
    const head = await checkModel(load('examples/demo/head/specs/spend-guard.yaml'));
    expect(head.status).toBe('violation');
    expect(head.violation?.invariant?.name).toBe('SpendWithinBudget');
    expect(head.violation?.trace.map((s) => [s.action, s.params, s.state])).toEqual([
      [null, {}, { spent: 0, routed: 0 }],
      ['Route', { cost: 2 }, { spent: 2, routed: 1 }],
      ['Route', { cost: 5 }, { spent: 7, routed: 2 }],
      ['Route', { cost: 5 }, { spent: 12, routed: 3 }],
    ]);
  });
});

describe('bad specs fail closed with precise errors', () => {
  const cases: [string, string, RegExp][] = [
    [
      'wrong-type.yaml',
      'MC_TYPE_ERROR',
      /wrong-type\.yaml:9:\d+: the new value of `count` must be int, but the expression is string/,
    ],
    ['unknown-variable.yaml', 'MC_TYPE_ERROR', /unknown-variable\.yaml:8:13: unknown name `cnt`/],
    [
      'guard-not-bool.yaml',
      'MC_TYPE_ERROR',
      /guard-not-bool\.yaml:8:\d+: the guard of action `Inc` must be a bool, but it is int/,
    ],
    ['unbounded.yaml', 'MC_SPEC_INVALID', /unbounded\.yaml:3:10: unbounded domain: `int`/],
    ['not-yaml.txt', 'MC_SPEC_UNPARSEABLE', /not-yaml\.txt:\d+:\d+: the spec is not valid YAML/],
    ['cel-syntax.yaml', 'MC_SPEC_UNPARSEABLE', /cel-syntax\.yaml:8:\d+: CEL syntax error/],
    [
      'unknown-invariant.yaml',
      'MC_INVARIANT_NOT_FOUND',
      /unknown-invariant\.yaml:11:9: invariant id `INV\.BUDGET\.CAPP` does not resolve/,
    ],
  ];
  for (const [file, code, message] of cases) {
    it(`${file} → ${code}`, () => {
      const p = join(FIX, 'bad', file);
      let err: unknown;
      try {
        loadSpec(`bad/${file}`, read(p), { invariants: new Map() });
      } catch (thrown) {
        err = thrown;
      }
      expect(err).toBeInstanceOf(MaestroError);
      expect((err as MaestroError).code).toBe(code);
      expect((err as MaestroError).message).toMatch(message);
      expect((err as MaestroError).location?.line).toBeGreaterThan(0);
    });
  }

  it('an update that leaves the declared domain is a domain violation with the trace', async () => {
    const r = await checkModel(load(join(FIX, 'bad/out-of-domain.yaml')));
    expect(r.status).toBe('violation');
    expect(r.violation?.kind).toBe('domain');
    expect(r.violation?.trace.map((s) => s.action)).toEqual([null, 'Inc', 'Inc', 'Inc', 'Inc']);
  });

  it('the empty spec is invalid', () => {
    expect(() => loadSpec('empty.yaml', '')).toThrow(/the spec is empty/);
  });

  it('hostile: a huge expression is refused', () => {
    const text = read(join(FIX, 'bad/guard-not-bool.yaml')).replace(
      "'count + 1'\n    updates",
      `'${'1 + '.repeat(2000)}1'\n    updates`,
    );
    expect(() => loadSpec('huge.yaml', text)).toThrow(MaestroError);
  });
});

describe('project specs', () => {
  const invariants = loadInvariantIndex(resolve('invariants'), resolve('.'));
  for (const file of readdirSync('specs').filter((f) => f.endsWith('.yaml'))) {
    it(`specs/${file} is exhaustive and clean`, async () => {
      const r = await checkModel(loadSpec(`specs/${file}`, read(`specs/${file}`), { invariants }));
      expect(r.violation?.message).toBeUndefined();
      expect(r.status).toBe('ok');
    });
  }
});

describe('compiled CEL agrees with @bufbuild/cel', () => {
  const exprs = [
    'x + y * 2 - 1',
    'x / 2 == 1 && x % 2 == 0',
    '-x < y || x >= y',
    "['a', 'b'].exists(s, s == n)",
    '[1, 2, 3].all(i, i > 0) && [1, 2].map(i, i * 2) == [2, 4]',
    '[1, 2, 3, 4].filter(i, i % 2 == 0).size() == 2',
    "{'k': x}.k == x && 'k' in {'k': 1}",
    "n + '!' == 'a!' ? 1 : 2",
    'x in [1, 2, 3]',
    '[1, 2, 3].exists_one(i, i == x)',
    "size('héllo') == 5",
    "'abc'.startsWith('a') && 'abc'.contains('b')",
  ];
  const scope = {
    lookup: (name: string) =>
      name === 'x' || name === 'y'
        ? ({ kind: 'param', index: name === 'x' ? 0 : 1, t: { k: 'int' } } as const)
        : name === 'n'
          ? ({ kind: 'param', index: 2, t: { k: 'string' } } as const)
          : undefined,
    known: () => ['x', 'y', 'n'],
  };
  for (const src of exprs) {
    it(src, () => {
      const c = compileExpr(src, scope);
      for (const [x, y, n] of [
        [2, 3, 'a'],
        [-4, 1, 'b'],
        [1, 1, 'c'],
      ] as const) {
        const env: Env = {
          v: [],
          s: new Uint32Array(0),
          p: [x, y, n],
          l: new Array<unknown>(8),
          load: () => undefined,
          has: () => false,
        };
        const mine = c.fn(env);
        const theirs = celRun(src, { x: BigInt(x), y: BigInt(y), n });
        const norm = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : v);
        expect(mine).toEqual(norm(theirs));
      }
    });
  }
});

describe('the gate', () => {
  const config = (): MaestroConfig => ({ version: 1, gates: { modelcheck: { specs: ['specs'] } } });
  const ctx = (side: 'base' | 'head', cacheDir?: string) => ({
    headDir: resolve(`examples/demo/${side}`),
    baseDir: resolve('examples/demo/base'),
    gateConfig: { specs: ['specs'] },
    config: config(),
    priorResults: [],
    now: () => new Date(0),
    progress: () => undefined,
    timeoutMs: 60_000,
    ...(cacheDir !== undefined ? { cacheDir } : {}),
  });

  it('demo base → RUN, demo head → sealed STOPPED with the counterexample', async () => {
    const gate = createModelcheckGate();
    const base = await runGate(gate, ctx('base'));
    expect(base.decision).toBe('RUN');
    expect(base.reason_code).toBe('OK');
    const head = await runGate(gate, ctx('head'));
    expect(head.decision).toBe('STOPPED');
    expect(head.reason_code).toBe('MC_INVARIANT_VIOLATED');
    expect(head.sealed).toBe(true);
    const f = head.findings.find((x) => x.counterexample !== undefined);
    expect(f?.counterexample?.steps).toHaveLength(4);
    expect(f?.file).toBe('specs/spend-guard.yaml');
  });

  it('an unchanged spec reuses its signed result and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-cache-'));
    const gate = createModelcheckGate({ cacheSecret: Buffer.from('test-secret') });
    const first = await runGate(gate, ctx('base', dir));
    expect(first.reused).toBeUndefined();
    const second = await runGate(gate, ctx('base', dir));
    expect(second.decision).toBe('RUN');
    expect(second.reused).toBe(true);
    expect(second.summary).toContain('[reused from cache]');
  });

  it('a poisoned cache entry claiming RUN for the buggy head is ignored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-poison-'));
    for (const secret of [undefined, Buffer.from('test-secret')]) {
      const gate = createModelcheckGate(secret ? { cacheSecret: secret } : {});
      const first = await runGate(gate, ctx('head', dir));
      expect(first.decision).toBe('STOPPED');
      // Rewrite every entry to claim a clean run (keeping key, gate and version, forging the MAC).
      const root = join(dir, 'maestro-result-cache/v1/modelcheck');
      for (const sub of readdirSync(root)) {
        for (const name of readdirSync(join(root, sub))) {
          const p = join(root, sub, name);
          const entry = JSON.parse(read(p)) as { value: Record<string, unknown>; mac?: string };
          entry.value = {
            ...entry.value,
            decision: 'RUN',
            reason_code: 'OK',
            sealed: false,
            findings: [],
            summary: 'clean',
          };
          if (entry.mac !== undefined) entry.mac = `hmac-sha256:${'0'.repeat(64)}`;
          writeFileSync(p, JSON.stringify(entry));
        }
      }
      const second = await runGate(gate, ctx('head', dir));
      expect(second.decision).toBe('STOPPED');
      expect(second.reused).toBeUndefined();
    }
  });

  it('a missing spec directory is GATE_INPUT_MISSING; an empty one is MC_NO_SPECS', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'mc-empty-'));
    const gate = createModelcheckGate();
    const missing = await runGate(gate, { ...ctx('base'), headDir: join(empty, 'nope') });
    expect(missing.reason_code).toBe('GATE_INPUT_MISSING');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(empty, 'specs'));
    const none = await runGate(gate, { ...ctx('base'), headDir: empty });
    expect(none.decision).toBe('STOPPED');
    expect(none.reason_code).toBe('MC_NO_SPECS');
  });
});

describe('violations other than invariants, and bounds', () => {
  it('a buggy approval machine keeps stale votes after a push: shortest trace, step by step', async () => {
    const r = await checkModel(load(join(FIX, 'buggy/approval-stale-votes.yaml')));
    expect(r.status).toBe('violation');
    expect(r.violation?.invariant?.name).toBe('NoStaleVotes');
    expect(
      r.violation?.trace.map((s) => [
        s.action,
        s.params,
        s.state['status'],
        s.state['head'],
        s.state['vote'],
      ]),
    ).toEqual([
      [null, {}, 'idle', 0, { alice: 'none', bob: 'none' }],
      ['RequestHitl', {}, 'requested', 0, { alice: 'none', bob: 'none' }],
      ['Approve', { r: 'alice' }, 'approved', 0, { alice: 'approve', bob: 'none' }],
      ['Push', {}, 'requested', 1, { alice: 'approve', bob: 'none' }],
    ]);
  });

  it('bounded response: the trace reaches the `when` state, then avoids `then`', async () => {
    const r = await checkModel(load(join(FIX, 'buggy/approval-response.yaml')));
    expect(r.status).toBe('violation');
    expect(r.violation?.kind).toBe('response');
    expect(r.violation?.trace.map((s) => [s.action, s.state['status'], s.state['head']])).toEqual([
      [null, 'idle', 0],
      ['RequestHitl', 'requested', 0],
      ['Push', 'requested', 1],
    ]);
  });

  it('deadlock is found with its trace', async () => {
    const r = await checkModel(load(join(FIX, 'buggy/deadlock.yaml')));
    expect(r.violation?.kind).toBe('deadlock');
    expect(r.violation?.trace.map((s) => s.state['count'])).toEqual([0, 1, 2]);
  });

  it('a state bound is reported, and decides by criticality', async () => {
    const r = await checkModel(load(join(FIX, 'reference/twophase.yaml')), { maxStates: 100 });
    expect(r.status).toBe('bound');
    expect(r.bound).toBe('states');
    const critical = toSpecOutcome(r, true, {});
    expect([critical.decision, critical.reason_code]).toEqual([
      'PAUSE_FOR_HITL',
      'MC_BOUND_REACHED',
    ]);
    expect(critical.summary).toMatch(/NOT fully verified/);
    expect(toSpecOutcome(r, true, { critical_bound_action: 'STOPPED' }).decision).toBe('STOPPED');
    // Not critical: still never a silent pass; RUN with a warning only when configured so.
    const plain = toSpecOutcome(r, false, {});
    expect([plain.decision, plain.findings[0]?.level]).toEqual(['PAUSE_FOR_HITL', 'error']);
    const accepted = toSpecOutcome(r, false, { bound_action: 'RUN' });
    expect([accepted.decision, accepted.findings[0]?.level]).toEqual(['RUN', 'warning']);
  });

  it('a depth bound is reported', async () => {
    const r = await checkModel(load(join(FIX, 'reference/twophase.yaml')), { maxDepth: 3 });
    expect([r.status, r.bound, r.stats.depth]).toEqual(['bound', 'depth', 3]);
  });

  it('an aborted search says so (the gate turns it into GATE_TIMEOUT)', async () => {
    const controller = new AbortController();
    controller.abort();
    const RM = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
    const r = await checkModel(load(join(FIX, 'reference/twophase.yaml'), { RM }), {
      signal: controller.signal,
    });
    expect(r.status).toBe('aborted');
  });
});

describe('set fast paths keep CEL semantics', () => {
  const spec = (added: string): string => `spec: sets
constants:
  IDS: [a, b]
variables:
  seen: { set: { record: { kind: { enum: [x, y] }, id: { enum: IDS } } } }
init:
  seen: '[]'
actions:
  - name: Add
    params: { i: IDS }
    guard: "!({'kind': 'x', 'id': i} in seen)"
    updates: { seen: "seen + [${added}]" }
deadlock: false
`;
  it('membership and added bits agree with the generic path', async () => {
    const r = await checkModel(loadSpec('sets.yaml', spec("{'id': i, 'kind': 'x'}")));
    expect([r.status, r.stats.distinct]).toEqual(['ok', 4]);
  });
  it('adding an element outside the element type is a domain violation', async () => {
    const r = await checkModel(loadSpec('sets.yaml', spec("{'kind': 'z', 'id': i}")));
    expect(r.violation?.kind).toBe('domain');
    expect(r.violation?.message).toMatch(/"kind": "z"/);
  });
});

describe('hostile inputs', () => {
  const base = (vars: string): string =>
    `spec: hostile\nvariables:\n${vars}\ninit:\n  x: '0'\nactions:\n  - name: Stay\n`;
  it('a state larger than the packing limit is refused', () => {
    const text = `spec: big\nvariables:\n  x: { int: [0, 1] }\n${Array.from({ length: 40 }, (_, i) => `  f${i}: { function: { from: { int: [0, 60000] }, to: bool } }`).join('\n')}\ninit:\n  x: '0'\nactions:\n  - name: Stay\n`;
    expect(() => loadSpec('big.yaml', text)).toThrow(/at most 65536 are supported/);
  });
  it('a union too large to enumerate is refused', () => {
    const text = base('  x: { union: [{ int: [0, 100000] }, bool] }');
    expect(() => loadSpec('union.yaml', text)).toThrow(/union has 100003 values/);
  });
  it('a large int range reads without enumerating it', async () => {
    const text = `spec: wide\nvariables:\n  x: { int: [0, 1000000000] }\ninit:\n  x: '999999999'\nactions:\n  - name: Inc\n    guard: 'x < 1000000000'\n    updates: { x: 'x + 1' }\ndeadlock: false\n`;
    const r = await checkModel(loadSpec('wide.yaml', text));
    expect([r.status, r.stats.distinct]).toEqual(['ok', 2]);
  });
  it('specs are not read through symbolic links or outside the repository', async () => {
    const { mkdirSync, symlinkSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'mc-link-'));
    mkdirSync(join(dir, 'specs'));
    symlinkSync(resolve('examples/demo/base/specs/spend-guard.yaml'), join(dir, 'specs/link.yaml'));
    const gate = createModelcheckGate();
    const rc = {
      headDir: dir,
      baseDir: dir,
      gateConfig: { specs: ['specs'] },
      config: { version: 1 as const, gates: {} },
      priorResults: [],
      now: () => new Date(0),
      progress: () => undefined,
      timeoutMs: 60_000,
    };
    const linked = await runGate(gate, rc);
    expect([linked.decision, linked.reason_code]).toEqual(['STOPPED', 'MC_SPEC_INVALID']);
    expect(linked.summary).toMatch(/symbolic link/);
    const outside = await runGate(gate, { ...rc, gateConfig: { specs: ['..'] } });
    expect([outside.decision, outside.reason_code]).toEqual(['STOPPED', 'MC_SPEC_INVALID']);
  });
});

describe('shared invariants by id', () => {
  it('an invariant file the invariant gate would reject stops the model-check gate with its INV code', async () => {
    const { mkdirSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'mc-inv-'));
    mkdirSync(join(dir, 'specs'));
    mkdirSync(join(dir, 'invariants'));
    writeFileSync(join(dir, 'specs/budget.yaml'), read('specs/budget.yaml'));
    writeFileSync(join(dir, 'invariants/broken.yaml'), 'id: INV.BUDGET.CAP\ntitle: [unclosed\n');
    const r = await runGate(createModelcheckGate(), {
      headDir: dir,
      baseDir: dir,
      gateConfig: { specs: ['specs'] },
      config: { version: 1 as const, gates: {} },
      priorResults: [],
      now: () => new Date(0),
      progress: () => undefined,
      timeoutMs: 60_000,
    });
    expect([r.decision, r.reason_code]).toEqual(['STOPPED', 'INV_YAML_UNPARSEABLE']);
    expect(r.findings[0]!.file).toBe('invariants/broken.yaml');
  });

  it('a violated shared invariant carries its own severity and definition site', async () => {
    const invariants = loadInvariantIndex(resolve('invariants'), resolve('.'));
    const text = read('specs/budget.yaml').replace(
      "guard: '!tripped && calls < 6 && spent + cost <= BUDGET'",
      "guard: '!tripped && calls < 6 && spent < BUDGET'",
    );
    const model = loadSpec('specs/budget.yaml', text, {
      invariants,
      constants: { BUDGET: 10 },
    });
    // The declared type of `spent` stops at BUDGET, so overspending shows as a domain violation
    // unless the type leaves room; widen it to let the invariant speak.
    const wide = loadSpec(
      'specs/budget.yaml',
      text.replace('spent: { int: [0, BUDGET] }', 'spent: { int: [0, 20] }'),
      {
        invariants,
      },
    );
    expect((await checkModel(model)).violation?.kind).toBe('domain');
    const r = await checkModel(wide);
    expect(r.violation?.invariant?.id).toBe('INV.BUDGET.CAP');
    expect(r.violation?.invariant?.severity).toBe('critical');
    expect(r.violation?.invariant?.definedAt?.file).toBe('invariants/budget.yaml');
    expect(toSpecOutcome(r, true, {}).sealed).toBe(true);
  });
});

describe('compiled guards agree with @bufbuild/cel on random TwoPhase states', () => {
  it('every TwoPhase guard and invariant, 300 random states', async () => {
    const fc = (await import('fast-check')).default;
    const { FnValue, EnumType } = await import('../../action/gates/modelcheck/domain.js');
    const model = load(join(FIX, 'reference/twophase.yaml'));
    const RM = ['r1', 'r2', 'r3'];
    const dom = new EnumType(RM);
    const sources = readFileSync(join(FIX, 'reference/twophase.yaml'), 'utf8')
      .split('\n')
      .map((l) => /^\s+(?:guard|expr): "(.*)"$/.exec(l)?.[1])
      .filter((x): x is string => x !== undefined);
    expect(sources.length).toBeGreaterThan(5);
    const varIndex = new Map(model.vars.map((v, i) => [v.name, i]));
    const scope = {
      lookup: (name: string) => {
        const i = varIndex.get(name);
        if (i !== undefined) return { kind: 'var', index: i, type: model.vars[i]!.type } as const;
        if (name === 'RM')
          return { kind: 'const', value: RM, t: { k: 'list', elem: { k: 'string' } } } as const;
        if (name === 'rm') return { kind: 'param', index: 0, t: { k: 'string' } } as const;
        return undefined;
      },
      known: () => [],
    };
    const compiled = sources.map((src) => ({ src, c: compileExpr(src, scope) }));
    const messages = [
      ...RM.map((r) => ({ type: 'Prepared', rm: r })),
      { type: 'Commit' },
      { type: 'Abort' },
    ];
    const st = ['working', 'prepared', 'committed', 'aborted'];
    fc.assert(
      fc.property(
        fc.tuple(fc.constantFrom(...st), fc.constantFrom(...st), fc.constantFrom(...st)),
        fc.constantFrom('init', 'committed', 'aborted'),
        fc.subarray(RM),
        fc.subarray(messages),
        fc.constantFrom(...RM),
        (rms, tmState, tmPrepared, msgs, rm) => {
          const values: Record<string, unknown> = {
            rmState: new FnValue(dom, rms),
            tmState,
            tmPrepared,
            msgs,
          };
          const v = model.vars.map((x) => values[x.name]);
          const setBit = (name: string, elem: number): boolean => {
            const vals = values[name] as unknown[];
            const type = model.vars[varIndex.get(name)!]!.type as unknown as {
              elem: { values(): unknown[] };
            };
            const e = type.elem.values()[elem];
            return vals.some((x) => JSON.stringify(x) === JSON.stringify(e));
          };
          const env: Env = {
            v,
            s: new Uint32Array(0),
            p: [rm],
            l: new Array<unknown>(8),
            load: () => undefined,
            has: (i, elem) => setBit(model.vars[i]!.name, elem),
          };
          const bindings = {
            rmState: Object.fromEntries(RM.map((r, i) => [r, rms[i]])),
            tmState,
            tmPrepared,
            msgs,
            RM,
            rm,
          };
          for (const { src, c } of compiled) {
            expect([src, c.fn(env)]).toEqual([
              src,
              celRun(src, bindings as unknown as Parameters<typeof celRun>[1]),
            ]);
          }
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe('criticality is read from the base', () => {
  const twoSides = (baseCritical: string | undefined, headCritical: string) => {
    const root = mkdtempSync(join(tmpdir(), 'mc-crit-'));
    const spec = read(join(FIX, 'reference/twophase.yaml')).replace(/^critical:.*\n/m, '');
    for (const [side, flag] of [
      ['base', baseCritical],
      ['head', headCritical],
    ] as const) {
      mkdirSync(join(root, side, 'specs'), { recursive: true });
      if (flag !== undefined)
        writeFileSync(join(root, side, 'specs/m.yaml'), `critical: ${flag}\n${spec}`);
    }
    return {
      headDir: join(root, 'head'),
      baseDir: join(root, 'base'),
      gateConfig: { specs: ['specs'], max_states: 50, bound_action: 'RUN' },
      config: { version: 1 as const, gates: {} },
      priorResults: [],
      now: () => new Date(0),
      progress: () => undefined,
      timeoutMs: 60_000,
    };
  };

  it('a pull request cannot unmark a critical spec; a base that cannot be parsed counts as critical', async () => {
    const unmarked = await runGate(createModelcheckGate(), twoSides('true', 'false'));
    expect([unmarked.decision, unmarked.reason_code]).toEqual([
      'PAUSE_FOR_HITL',
      'MC_BOUND_REACHED',
    ]);
    const broken = await runGate(createModelcheckGate(), twoSides('[oops', 'false'));
    expect(broken.decision).toBe('PAUSE_FOR_HITL');
    // Not critical in either version, and bound_action RUN: a pass with a warning.
    const plain = await runGate(createModelcheckGate(), twoSides('false', 'false'));
    expect([plain.decision, plain.reason_code]).toEqual(['RUN', 'MC_BOUND_REACHED']);
    // New in the pull request: its own flag.
    const fresh = await runGate(createModelcheckGate(), twoSides(undefined, 'true'));
    expect(fresh.decision).toBe('PAUSE_FOR_HITL');
  });
});
