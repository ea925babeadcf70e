// The TLC adapter: recordings of the real tla2tools.jar parsed, then the jar itself run on the
// same models through the adapter and through the gate.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../action/pipeline/runner.js';
import { createModelcheckGate } from '../../action/gates/modelcheck/index.js';
import { parseTlcOutput, runTlc, type TlcReport } from '../../action/gates/modelcheck/tlc.js';
import { parseTlaValue } from '../../action/gates/modelcheck/tla-value.js';

const FIX = resolve('tests/fixtures/modelcheck/tlc');
const TLC_DIR = resolve(process.env['MAESTRO_TLC_DIR'] ?? '../shared/tools/tlc');
const JAR = join(TLC_DIR, 'tla2tools.jar');
const TLAPS = join(TLC_DIR, 'tlapm-lib');
const recording = (name: string): TlcReport =>
  parseTlcOutput(readFileSync(join(FIX, `${name}.tool-output.txt`), 'utf8'));

const javaOk = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
const haveTlc = javaOk && existsSync(JAR);
if (!haveTlc && process.env['CI'] === 'true') {
  throw new Error(
    `TLC tests need java and ${JAR} in CI (java: ${javaOk ? 'found' : 'missing'}); .ci/run installs a JRE`,
  );
}
if (!haveTlc) {
  console.warn(
    `tests/modelcheck/tlc.test.ts: SKIPPING the real-TLC tests: ${javaOk ? `${JAR} is missing` : 'java is not installed'}`,
  );
}

const steps = (r: TlcReport, ...vars: string[]): unknown[][] =>
  (r.violation?.trace ?? []).map((s) => [s.action, ...vars.map((v) => s.state[v])]);

const DIEHARD_TRACE = [
  [null, 0, 0],
  ['FillBigJug', 5, 0],
  ['BigToSmall', 2, 3],
  ['EmptySmallJug', 2, 0],
  ['BigToSmall', 0, 2],
  ['FillBigJug', 5, 2],
  ['BigToSmall', 4, 3],
];

/** What every recording (and every live run of the same model) must say. */
const expectations: Record<string, (r: TlcReport) => void> = {
  DieHard: (r) => {
    expect(r.status).toBe('violation');
    expect(r.violation?.kind).toBe('invariant');
    expect(r.violation?.property).toBe('NotSolved');
    expect(steps(r, 'big', 'small')).toEqual(DIEHARD_TRACE);
    expect([r.distinct, r.generated, r.depth]).toEqual([14, 73, 7]);
  },
  DieHardOk: (r) => {
    expect(r.status).toBe('ok');
    expect([r.distinct, r.generated, r.depth]).toEqual([16, 97, 8]);
  },
  InitBad: (r) => {
    // One variable (printed without `/\ `), violated by an initial state: message 2107.
    expect(r.status).toBe('violation');
    expect(r.violation?.kind).toBe('invariant');
    expect(r.violation?.property).toBe('NotOne');
    expect(steps(r, 'x')).toEqual([[null, 1]]);
  },
  Stop: (r) => {
    expect(r.violation?.kind).toBe('deadlock');
    expect(steps(r, 'x', 'y')).toEqual([
      [null, 0, 'go'],
      ['Next', 1, 'go'],
      ['Next', 2, 'go'],
      ['Next', 3, 'done'],
    ]);
  },
  Loop: (r) => {
    // Liveness: 2116 + 2264, a trace that goes back to state 1 (2122).
    expect(r.violation?.kind).toBe('liveness');
    expect(r.violation?.property).toBe('Reaches3');
    const t = r.violation!.trace;
    expect(t.map((s) => s.state['x'])).toEqual([0, 1, 2, 0]);
    expect(t[3]).toMatchObject({ index: 4, action: 'Next', back_to: 1 });
  },
  Stutter: (r) => {
    // Liveness ending in stuttering (2218); records inside a sequence read as JSON.
    expect(r.violation?.kind).toBe('liveness');
    const t = r.violation!.trace;
    expect(t.map((s) => s.state['x'])).toEqual([0, 1, 1]);
    expect(t[1]!.state['log']).toEqual([{ at: 0, ok: true }]);
    expect(t[2]).toMatchObject({ index: 3, stuttering: true });
  },
};

describe('TLC -tool output, recorded from the real tla2tools.jar', () => {
  for (const [name, check] of Object.entries(expectations)) {
    it(`${name}`, () => check(recording(name)));
  }

  it('output without final statistics is an error, not a pass', () => {
    expect(parseTlcOutput('').status).toBe('error');
    expect(
      parseTlcOutput('@!@!@STARTMSG 2185:0 @!@!@\nStarting...\n@!@!@ENDMSG 2185 @!@!@').status,
    ).toBe('error');
  });

  it('TLC values become JSON', () => {
    expect(parseTlaValue('<<1, "a", TRUE>>')).toEqual([1, 'a', true]);
    expect(parseTlaValue('[a |-> {1, 2}, b |-> <<>>]')).toEqual({ a: [1, 2], b: [] });
    expect(parseTlaValue('(p1 :> 0 @@ p2 :> 1)')).toEqual({ p1: 0, p2: 1 });
    expect(parseTlaValue('0..2')).toEqual([0, 1, 2]);
    expect(parseTlaValue('"say \\"hi\\""')).toBe('say "hi"');
    expect(parseTlaValue('<<1, 2')).toBe('<<1, 2');
  });
});

describe.skipIf(!haveTlc)('the real TLC through the adapter', () => {
  const run = (spec: string, config = spec, library: string[] = [TLAPS]) =>
    runTlc({
      java: 'java',
      jar: JAR,
      spec: join(FIX, `${spec}.tla`),
      config: join(FIX, `${config}.cfg`),
      cwd: FIX,
      library,
    });

  it.each([
    ['DieHard', 'DieHard'],
    ['DieHard', 'DieHardOk'],
    ['InitBad', 'InitBad'],
    ['Stop', 'Stop'],
    ['Loop', 'Loop'],
    ['Stutter', 'Stutter'],
  ])('%s with %s.cfg gives what its recording says', async (spec, config) => {
    const before = readdirSync(FIX).sort();
    const r = await run(spec, config);
    expectations[config]!(r);
    // Measured, not zero; nothing left beside the spec (TLC's states/ folder goes to a temp dir).
    expect(r.wallMs).toBeGreaterThan(0);
    expect(readdirSync(FIX).sort()).toEqual(before);
  });

  it('a spec that extends TLAPS needs the library path', async () => {
    const r = await run('Stutter', 'Stutter', []);
    expect(r.status).toBe('error');
    expect(r.errors.join('\n')).toMatch(/Cannot find source file for module TLAPS/);
  });

  const repo = (files: string[], extraConfig: Record<string, unknown> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-tlc-'));
    mkdirSync(join(dir, 'specs'));
    for (const f of files) {
      copyFileSync(join(FIX, `${f}.tla`), join(dir, 'specs', `${f}.tla`));
      copyFileSync(join(FIX, `${f}.cfg`), join(dir, 'specs', `${f}.cfg`));
    }
    return {
      dir,
      ctx: {
        headDir: dir,
        baseDir: dir,
        gateConfig: {
          specs: ['specs'],
          tlc: { enabled: true, jar: JAR, library: [TLAPS], ...extraConfig },
        },
        config: { version: 1 as const, gates: {} },
        priorResults: [],
        now: () => new Date(0),
        progress: () => undefined,
        timeoutMs: 120_000,
      },
    };
  };

  it('through the gate: a liveness violation is STOPPED with its lasso, and the checkout stays clean', async () => {
    const { dir, ctx } = repo(['Loop']);
    const r = await runGate(createModelcheckGate(), ctx);
    expect([r.decision, r.reason_code]).toEqual(['STOPPED', 'MC_PROPERTY_VIOLATED']);
    const cx = r.findings[0]!.counterexample!;
    expect(cx.kind).toBe('state-lasso');
    expect(cx.steps).toHaveLength(4);
    expect(r.findings[0]!.message).toMatch(/loops back to state 1/);
    expect(readdirSync(join(dir, 'specs')).sort()).toEqual(['Loop.cfg', 'Loop.tla']);
    expect(readdirSync(dir).sort()).toEqual(['specs']);
  });

  it('through the gate: an initial-state violation is MC_INVARIANT_VIOLATED with its state; a pass reports measured throughput', async () => {
    const bad = await runGate(createModelcheckGate(), repo(['InitBad']).ctx);
    expect([bad.decision, bad.reason_code]).toEqual(['STOPPED', 'MC_INVARIANT_VIOLATED']);
    expect(bad.findings[0]!.counterexample!.steps).toEqual([
      { index: 1, action: null, params: {}, state: { x: 1 } },
    ]);
    const { dir, ctx } = repo([]);
    copyFileSync(join(FIX, 'DieHard.tla'), join(dir, 'specs/DieHard.tla'));
    copyFileSync(join(FIX, 'DieHardOk.cfg'), join(dir, 'specs/DieHard.cfg'));
    const ok = await runGate(createModelcheckGate(), ctx);
    expect([ok.decision, ok.reason_code]).toEqual(['RUN', 'OK']);
    expect(ok.summary).toMatch(/16 distinct states, 97 generated/);
    expect(ok.summary).not.toMatch(/ 0 distinct states\/s/);
  });
});

describe('the TLC path of the gate without a real TLC', () => {
  const fakeRepo = (javaScript: string | undefined) => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-tlc-'));
    mkdirSync(join(dir, 'specs'));
    writeFileSync(join(dir, 'specs/DieHard.tla'), '---- MODULE DieHard ----\n====\n');
    writeFileSync(join(dir, 'specs/DieHard.cfg'), 'INVARIANT NotSolved\n');
    writeFileSync(join(dir, 'tla2tools.jar'), 'not a real jar');
    let java: string | undefined;
    if (javaScript !== undefined) {
      java = join(dir, 'fake-java.sh');
      writeFileSync(java, javaScript);
      chmodSync(java, 0o755);
    }
    return {
      headDir: dir,
      baseDir: dir,
      gateConfig: {
        specs: ['specs'],
        tlc: { enabled: true, jar: 'tla2tools.jar', ...(java ? { java } : {}) },
      },
      config: { version: 1 as const, gates: {} },
      priorResults: [],
      now: () => new Date(0),
      progress: () => undefined,
      timeoutMs: 60_000,
    };
  };

  it('a TLC that dies without statistics is MC_TLC_FAILED; a missing java or jar is MC_TLC_UNAVAILABLE', async () => {
    const dying = await runGate(
      createModelcheckGate(),
      fakeRepo('#!/bin/sh\necho boom >&2\nexit 1\n'),
    );
    expect([dying.decision, dying.reason_code]).toEqual(['STOPPED', 'MC_TLC_FAILED']);
    const rc = fakeRepo(undefined);
    const missing = await runGate(createModelcheckGate(), {
      ...rc,
      gateConfig: {
        ...rc.gateConfig,
        tlc: { enabled: true, jar: 'tla2tools.jar', java: '/nonexistent/java' },
      },
    });
    expect([missing.decision, missing.reason_code]).toEqual(['STOPPED', 'MC_TLC_UNAVAILABLE']);
    const nojar = await runGate(createModelcheckGate(), {
      ...rc,
      gateConfig: { specs: ['specs'], tlc: { enabled: true, jar: 'missing.jar' } },
    });
    expect(nojar.reason_code).toBe('MC_TLC_UNAVAILABLE');
  });

  it('a recorded deadlock replayed by a stand-in java becomes MC_DEADLOCK with its trace', async () => {
    const sample = join(FIX, 'Stop.tool-output.txt');
    const r = await runGate(
      createModelcheckGate(),
      fakeRepo(`#!/bin/sh\ncat '${sample}'\nexit 11\n`),
    );
    expect([r.decision, r.reason_code]).toEqual(['STOPPED', 'MC_DEADLOCK']);
    expect(r.findings[0]?.counterexample?.steps).toHaveLength(4);
  });
});
