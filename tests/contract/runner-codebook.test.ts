import { describe, expect, it } from 'vitest';
import type { Gate } from '../../action/contract/gate.js';
import { outcome, type GateOutcome } from '../../action/contract/gate-result.js';
import { codebookProblems, runGate, type RunnerContext } from '../../action/pipeline/runner.js';
import { MaestroError, normaliseThrown } from '../../action/contract/errors.js';

function ctx(): RunnerContext {
  return {
    headDir: '/nonexistent/head',
    baseDir: '/nonexistent/base',
    gateConfig: {},
    config: { version: 1, gates: {} },
    priorResults: [],
    now: () => new Date('2026-01-01T00:00:00Z'),
    progress: () => undefined,
    timeoutMs: 1000,
  };
}

const gate = (value: unknown): Gate => ({
  name: 'opa',
  version: '1',
  run: () => value as GateOutcome,
});

describe('the runner enforces the codebook pairing', () => {
  const refused: [string, unknown][] = [
    ['RUN with OPA_DENY', outcome('RUN', 'OPA_DENY', [])],
    ['PAUSE_FOR_HITL with OPA_DENY', outcome('PAUSE_FOR_HITL', 'OPA_DENY', [])],
    ['STOPPED with OK', outcome('STOPPED', 'OK', [])],
    ['RUN with GATE_ERROR', outcome('RUN', 'GATE_ERROR', [])],
    ['a sealed GATE_ERROR', outcome('STOPPED', 'GATE_ERROR', [], { sealed: true })],
    ['an unsealed critical violation', outcome('STOPPED', 'INV_VIOLATION_CRITICAL', [])],
    ['RUN with INV_VIOLATION_MEDIUM', outcome('RUN', 'INV_VIOLATION_MEDIUM', [])],
  ];
  it.each(refused)('%s is STOPPED with a contract violation', async (_name, value) => {
    const r = await runGate(gate(value), ctx());
    expect(r.decision).toBe('STOPPED');
    expect(r.reason_code).toBe('GATE_CONTRACT_VIOLATION');
    expect(r.sealed).toBe(false);
    expect(r.findings[0]?.message).toMatch(/codebook does not allow/);
  });

  const allowed: [string, unknown, string][] = [
    ['STOPPED with OPA_DENY', outcome('STOPPED', 'OPA_DENY', []), 'STOPPED'],
    ['RUN with OPA_WARN', outcome('RUN', 'OPA_WARN', []), 'RUN'],
    [
      'a sealed critical violation',
      outcome('STOPPED', 'INV_VIOLATION_CRITICAL', [], { sealed: true }),
      'STOPPED',
    ],
    [
      'a sealed model-check violation',
      outcome('STOPPED', 'MC_INVARIANT_VIOLATED', [], { sealed: true }),
      'STOPPED',
    ],
    [
      'an unsealed model-check violation',
      outcome('STOPPED', 'MC_INVARIANT_VIOLATED', []),
      'STOPPED',
    ],
    ['a bound reached that runs', outcome('RUN', 'MC_BOUND_REACHED', []), 'RUN'],
  ];
  it.each(allowed)('%s passes through', async (_name, value, decision) => {
    const r = await runGate(gate(value), ctx());
    expect(r.decision).toBe(decision);
    expect(r.reason_code).toBe((value as GateOutcome).reason_code);
  });

  it('names who may decide', () => {
    expect(
      codebookProblems({
        reason_code: 'OK',
        decision: 'RUN',
        sealed: false,
        overrideable: false,
        final_decider: 'USER',
      }),
    ).toEqual(['OK is decided by SYSTEM, not USER']);
  });
});

describe('one normaliser for thrown values', () => {
  it('keeps a MaestroError', () => {
    const e = new MaestroError('OPA_DENY', 'x');
    expect(normaliseThrown(e, 'GATE_ERROR')).toBe(e);
  });
  it.each([
    ['an Error', new Error('boom'), 'GATE_ERROR', 'ctx: boom'],
    ['a string', 'opa_abort', 'GATE_THREW_NON_ERROR', 'ctx: opa_abort'],
    ['undefined', undefined, 'GATE_THREW_NON_ERROR', 'ctx: undefined was thrown'],
    ['an object', { a: 1 }, 'GATE_THREW_NON_ERROR', 'ctx: a non-Error value was thrown: {"a":1}'],
  ])('codes %s', (_n, thrown, code, message) => {
    const e = normaliseThrown(thrown, 'GATE_ERROR', {
      context: 'ctx',
      nonErrorCode: 'GATE_THREW_NON_ERROR',
    });
    expect(e).toBeInstanceOf(MaestroError);
    expect(e.code).toBe(code);
    expect(e.message).toBe(message);
    expect(e.cause).toBe(thrown);
  });
});
