// Temporal properties under fairness: `eventually` and `leads_to` over the whole state graph,
// weak versus strong fairness, lasso counterexamples, and agreement with the real TLC.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MaestroError } from '../../action/contract/errors.js';
import { runGate } from '../../action/pipeline/runner.js';
import { checkModel } from '../../action/gates/modelcheck/checker.js';
import { createModelcheckGate } from '../../action/gates/modelcheck/index.js';
import { loadSpec } from '../../action/gates/modelcheck/spec.js';
import { runTlc } from '../../action/gates/modelcheck/tlc.js';

const REF = resolve('tests/fixtures/modelcheck/reference');
const TLC_FIX = resolve('tests/fixtures/modelcheck/tlc');
const TLC_DIR = resolve(process.env['MAESTRO_TLC_DIR'] ?? '../shared/tools/tlc');
const JAR = join(TLC_DIR, 'tla2tools.jar');
const javaOk = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
const haveTlc = javaOk && spawnSync('test', ['-f', JAR]).status === 0;
if (!haveTlc && process.env['CI'] === 'true') {
  throw new Error(`liveness tests need java and ${JAR} in CI; .ci/run installs a JRE`);
}
if (!haveTlc) {
  console.warn(`tests/modelcheck/liveness.test.ts: SKIPPING the real-TLC comparisons (no TLC)`);
}

const lines = (...l: string[]): string => l.join('\n');
const check = (text: string) => checkModel(loadSpec('s.yaml', text));
const failure = (text: string): MaestroError => {
  try {
    loadSpec('s.yaml', text);
  } catch (thrown) {
    if (thrown instanceof MaestroError) return thrown;
    throw thrown;
  }
  throw new Error('the spec loaded');
};

// Hit is enabled only when x = 1, and Toggle flips x: under weak fairness Hit may be skipped
// forever (it is not continuously enabled), under strong fairness it may not.
const hit = (hitFairness: string | undefined): string =>
  lines(
    'spec: Hit',
    'variables: { x: { int: [0, 1] }, done: bool }',
    "init: { x: '0', done: 'false' }",
    'actions:',
    "  - { name: Toggle, guard: '!done', updates: { x: '1 - x' } }",
    "  - { name: Hit, guard: '!done && x == 1', updates: { done: 'true' } }",
    'deadlock: false',
    ...(hitFairness === undefined
      ? []
      : ['fairness:', '  - weak: Toggle', `  - ${hitFairness}: Hit`]),
    'properties:',
    "  - { name: Done, eventually: 'done' }",
  );

// Peterson's algorithm (reference/peterson.yaml) with starvation freedom: a process that has
// started to enter (a1) reaches its critical section.
const peterson = readFileSync(join(REF, 'peterson.yaml'), 'utf8');
const starvationFree = lines(
  'properties:',
  '  - { name: NoStarvation, params: { p: ProcSet }, when: \'pc[p] == "a1"\', leads_to: \'pc[p] == "cs"\' }',
);
const fairProcesses = lines('fairness:', '  - { weak: [a0, a1, a2, a3, cs, a4], per: self }');

describe('temporal properties under fairness', () => {
  it('starvation freedom of Peterson holds under weak fairness of each process, and fails without it (stuttering)', async () => {
    const unfair = await check(`${peterson}\n${starvationFree}\n`);
    expect(unfair.status).toBe('violation');
    expect(unfair.violation?.kind).toBe('liveness');
    expect(unfair.violation?.message).toContain('NoStarvation[p=1]');
    const t = unfair.violation!.trace;
    // Shortest prefix to a state where process 1 is at a1, then it stops forever.
    expect(
      t.map((s) => [s.action, s.params, (s.state['pc'] as Record<string, string>)?.['1']]),
    ).toEqual([
      [null, {}, 'a0'],
      ['a0', { self: 1 }, 'a1'],
      [null, {}, 'a1'],
    ]);
    expect(t[2]).toMatchObject({ index: 3, stuttering: true, state: t[1]!.state });

    const fair = await check(`${peterson}\n${starvationFree}\n${fairProcesses}\n`);
    expect(fair.status).toBe('ok');
    expect(fair.stats.distinct).toBe(42);
  });

  it('weak fairness of Toggle alone is not enough for `eventually`: a state where nothing fair is enabled stutters', async () => {
    const r = await check(hit(undefined));
    expect(r.violation?.trace).toEqual([
      { index: 1, action: null, params: {}, state: { x: 0, done: false } },
      { index: 2, action: null, params: {}, state: { x: 0, done: false }, stuttering: true },
    ]);
  });

  it('weak fairness of Hit admits a loop that never takes it (a lasso, state by state); strong fairness does not', async () => {
    const weak = await check(hit('weak'));
    expect(weak.status).toBe('violation');
    expect(weak.violation?.message).toBe(
      'property Done is violated: `eventually` never holds on a fair behaviour (the behaviour then loops back to state 1)',
    );
    expect(weak.violation?.trace).toEqual([
      { index: 1, action: null, params: {}, state: { x: 0, done: false } },
      { index: 2, action: 'Toggle', params: {}, state: { x: 1, done: false } },
      { index: 3, action: 'Toggle', params: {}, state: { x: 0, done: false }, back_to: 1 },
    ]);
    const strong = await check(hit('strong'));
    expect(strong.status).toBe('ok');
  });

  it('`eventually` starts in the initial states; `leads_to` in every reachable state', async () => {
    const counter = (prop: string): string =>
      lines(
        'spec: Count',
        'variables: { n: { int: [0, 3] } }',
        "init: { n: '0' }",
        'actions:',
        "  - { name: Up, guard: 'n < 3', updates: { n: 'n + 1' } }",
        "  - { name: Reset, guard: 'n == 3', updates: { n: '0' } }",
        'fairness: [{ weak: [Up, Reset] }]',
        'properties:',
        `  - ${prop}`,
      );
    // n = 2 is passed on every fair behaviour, n = 1 ~> n = 0 holds through Reset, and n > 3
    // never holds: its lasso goes round the loop back to the state where n = 1.
    expect((await check(counter("{ name: P, eventually: 'n == 2' }"))).status).toBe('ok');
    expect((await check(counter("{ name: P, when: 'n == 1', leads_to: 'n == 0' }"))).status).toBe(
      'ok',
    );
    const never = await check(counter("{ name: P, when: 'n == 1', leads_to: 'n > 3' }"));
    expect(never.violation?.trace.map((s) => [s.action, s.state['n'], s.back_to])).toEqual([
      [null, 0, undefined],
      ['Up', 1, undefined],
      ['Up', 2, undefined],
      ['Up', 3, undefined],
      ['Reset', 0, undefined],
      ['Up', 1, 2],
    ]);
  });

  it('a search stopped by a bound decides no property: the violation is not claimed, the bound is', async () => {
    const r = await checkModel(loadSpec('s.yaml', hit('weak')), { maxStates: 2 });
    expect([r.status, r.bound, r.violation]).toEqual(['bound', 'states', undefined]);
  });

  it('a response witness under a state constraint follows the transition it names', async () => {
    // Up's successor at n = 2 is outside the constraint (kept as a -1 edge), so the witness
    // from n = 1 must take Side, the second transition, not the first.
    const r = await check(
      lines(
        'spec: C',
        'variables: { n: { int: [0, 3] }, s: bool }',
        "init: { n: '1', s: 'false' }",
        "constraint: 'n <= 1'",
        'actions:',
        "  - { name: Up, updates: { n: 'n + 1' } }",
        "  - { name: Side, guard: '!s', updates: { s: 'true' } }",
        'deadlock: false',
        'responses:',
        "  - { name: R, when: 'n == 1', then: 'n == 0', within: 1 }",
      ),
    );
    expect(r.violation?.kind).toBe('response');
    expect(r.violation?.trace.map((t) => [t.action, t.state['s']])).toEqual([
      [null, false],
      ['Side', true],
    ]);
  });

  it('the gate stops a liveness violation with MC_PROPERTY_VIOLATED and a state lasso', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maestro-live-'));
    mkdirSync(join(dir, 'specs'));
    writeFileSync(join(dir, 'specs', 'hit.yaml'), hit('weak'));
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
    expect([r.decision, r.reason_code, r.sealed]).toEqual([
      'STOPPED',
      'MC_PROPERTY_VIOLATED',
      false,
    ]);
    const f = r.findings[0]!;
    expect(f.rule).toBe('Done');
    expect(f.counterexample?.kind).toBe('state-lasso');
    expect(f.message).toMatch(/3\. Toggle: back to state 1 \(a loop\)/);
    expect([f.file, f.line, f.column]).toEqual(['specs/hit.yaml', 12, 5]);
  });

  it('bad fairness and property entries are refused at file:line:col', () => {
    const base = hit(undefined).replace(/properties:[\s\S]*$/, '');
    const cases: [string, string, RegExp][] = [
      [
        'fairness:\n  - weak: Hti\n',
        's.yaml:9:11',
        /fairness names `Hti`, which is not an action; actions: Toggle, Hit/,
      ],
      [
        'fairness:\n  - { weak: Hit, per: who }\n',
        's.yaml:9:23',
        /action `Hit` has no parameter `who`/,
      ],
      [
        'fairness:\n  - { weak: Hit, strong: Hit }\n',
        's.yaml:9:5',
        /either \{weak: Action\} or \{strong: Action\}/,
      ],
      [
        "properties:\n  - { name: P, eventually: 'x + 1' }\n",
        's.yaml:9:28',
        /`eventually` of property `P` must be bool/,
      ],
      ["properties:\n  - { name: P, eventually: 'dome' }\n", 's.yaml:9:29', /unknown name `dome`/],
      [
        "properties:\n  - { name: P, when: 'done' }\n",
        's.yaml:9:5',
        /needs \{eventually: q\} or both `when` and `leads_to`/,
      ],
      [
        "properties:\n  - { name: P, eventually: 'done', when: 'done', leads_to: 'done' }\n",
        's.yaml:9:5',
        /not both/,
      ],
    ];
    for (const [tail, at, message] of cases) {
      const e = failure(`${base}${tail}`);
      expect(e.message.startsWith(`${at}: `), `${e.message} at ${at}`).toBe(true);
      expect(e.message).toMatch(message);
    }
  });
});

describe.skipIf(!haveTlc)('agreement with the real TLC on liveness', () => {
  const tlc = (spec: string, config: string) =>
    runTlc({
      java: 'java',
      jar: JAR,
      spec: join(TLC_FIX, `${spec}.tla`),
      config: join(TLC_FIX, `${config}.cfg`),
      cwd: TLC_FIX,
      library: [],
    });

  it('DiningPhilosophers (NP = 5): NobodyStarves holds with fair philosophers and fails without, for TLC and for us', async () => {
    const dining = readFileSync(join(REF, 'dining.yaml'), 'utf8');
    const [fairTlc, unfairTlc] = [
      await tlc('Dining', 'DiningFair'),
      await tlc('Dining', 'DiningUnfair'),
    ];
    // TLC's verdicts, as recorded: no error (67 distinct, 336 generated, depth 29); and
    // "Temporal property NobodyStarves was violated" without fairness.
    expect([fairTlc.status, fairTlc.distinct, fairTlc.generated, fairTlc.depth]).toEqual([
      'ok',
      67,
      336,
      29,
    ]);
    expect([unfairTlc.status, unfairTlc.violation?.kind, unfairTlc.violation?.property]).toEqual([
      'violation',
      'liveness',
      'NobodyStarves',
    ]);
    const fair = await checkModel(loadSpec('dining.yaml', dining));
    expect([fair.status, fair.stats.distinct, fair.stats.generated, fair.stats.depth]).toEqual([
      'ok',
      67,
      336,
      29,
    ]);
    const unfair = await checkModel(
      loadSpec('dining.yaml', dining.replace(/^fairness:\n.*\n/m, '')),
    );
    expect([unfair.status, unfair.violation?.kind]).toEqual(['violation', 'liveness']);
    expect(unfair.violation?.message).toMatch(/^property NobodyStarves\[p=1\] is violated/);
  }, 120_000);

  it('Hit: the same verdicts as TLC under weak and strong fairness, and the same lasso', async () => {
    const [weakTlc, strongTlc] = [await tlc('Hit', 'HitWeak'), await tlc('Hit', 'HitStrong')];
    expect(strongTlc.status).toBe('ok');
    expect((await check(hit('strong'))).status).toBe('ok');
    expect(weakTlc.violation?.kind).toBe('liveness');
    const ours = (await check(hit('weak'))).violation!.trace;
    const key = (s: {
      action: string | null;
      state: Record<string, unknown>;
      back_to?: number;
    }) => [s.action, s.state['x'], s.state['done'], s.back_to];
    expect(weakTlc.violation!.trace.map(key)).toEqual(ours.map(key));
  }, 120_000);
});
