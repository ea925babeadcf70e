import { describe, expect, it } from 'vitest';
import type { Gate, GateContext } from '../../action/contract/gate.js';
import { outcome } from '../../action/contract/gate-result.js';
import { runGate, type RunnerContext } from '../../action/pipeline/runner.js';
import { MaestroError } from '../../action/contract/errors.js';

function ctx(timeoutMs = 1000): RunnerContext {
  return {
    headDir: '/nonexistent/head',
    baseDir: '/nonexistent/base',
    gateConfig: {},
    config: { version: 1, gates: {} },
    priorResults: [],
    now: () => new Date('2026-01-01T00:00:00Z'),
    progress: () => undefined,
    timeoutMs,
  };
}

function gate(run: (c: GateContext) => unknown, extra: Partial<Gate> = {}): Gate {
  return { name: 'config', version: '1', run: run as Gate['run'], ...extra };
}

describe('fail-closed gate runner', () => {
  it('passes a clean outcome through with the runner stamping gate, decider and duration', async () => {
    const r = await runGate(
      gate(() => outcome('RUN', 'OK', [])),
      ctx(),
    );
    expect(r).toMatchObject({
      gate: 'config',
      decision: 'RUN',
      reason_code: 'OK',
      final_decider: 'SYSTEM',
      sealed: false,
    });
    expect(r.inputs_digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  const faults: [string, Gate, string][] = [
    [
      'throws an Error',
      gate(() => {
        throw new Error('boom');
      }),
      'GATE_ERROR',
    ],
    [
      'throws a string',
      gate(() => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw 'opa_malloc: failed';
      }),
      'GATE_THREW_NON_ERROR',
    ],
    [
      'throws undefined',
      gate(() => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw undefined;
      }),
      'GATE_THREW_NON_ERROR',
    ],
    ['rejects', gate(() => Promise.reject(new Error('async boom'))), 'GATE_REJECTED'],
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    ['rejects with a string', gate(() => Promise.reject('nope')), 'GATE_THREW_NON_ERROR'],
    ['hangs', gate(() => new Promise(() => undefined)), 'GATE_TIMEOUT'],
    ['returns undefined', gate(() => undefined), 'GATE_CONTRACT_VIOLATION'],
    ['returns a string', gate(() => 'RUN'), 'GATE_CONTRACT_VIOLATION'],
    [
      'returns an unknown decision',
      gate(() => ({ ...outcome('RUN', 'OK', []), decision: 'ALLOW' })),
      'GATE_CONTRACT_VIOLATION',
    ],
    [
      'returns an unknown reason code',
      gate(() => ({ ...outcome('RUN', 'OK', []), reason_code: 'ALL_GOOD' })),
      'GATE_CONTRACT_VIOLATION',
    ],
    [
      'returns extra keys',
      gate(() => ({ ...outcome('RUN', 'OK', []), approved: true })),
      'GATE_CONTRACT_VIOLATION',
    ],
    [
      'returns an overrideable STOPPED',
      gate(() => ({ ...outcome('STOPPED', 'GATE_ERROR', []), overrideable: true })),
      'GATE_CONTRACT_VIOLATION',
    ],
    [
      'returns a sealed PAUSE',
      gate(() => ({ ...outcome('PAUSE_FOR_HITL', 'HITL_REQUESTED', []), sealed: true })),
      'GATE_CONTRACT_VIOLATION',
    ],
    [
      'returns a finding without a message',
      gate(() => outcome('RUN', 'OK', [{ level: 'error' } as never])),
      'GATE_CONTRACT_VIOLATION',
    ],
    [
      'lacks a configured input',
      gate(() => outcome('RUN', 'OK', []), {
        requiredInputs: () => [
          {
            path: '/nonexistent/invariants',
            description: 'invariants directory',
            configKey: 'gates.x.paths[0]',
          },
        ],
      }),
      'GATE_INPUT_MISSING',
    ],
    [
      'throws while listing its inputs',
      gate(() => outcome('RUN', 'OK', []), {
        requiredInputs: () => {
          throw new Error('bad config');
        },
      }),
      'GATE_ERROR',
    ],
    [
      'throws a MaestroError with a precise code',
      gate(() => {
        throw new MaestroError('CONFIG_INVALID', 'precise');
      }),
      'CONFIG_INVALID',
    ],
  ];

  it.each(faults)('a gate that %s is STOPPED with its reason code', async (_name, g, code) => {
    const r = await runGate(g, ctx(50));
    expect(r.decision).toBe('STOPPED');
    expect(r.reason_code).toBe(code);
    expect(r.overrideable).toBe(false);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.findings[0]!.message.length).toBeGreaterThan(0);
  });

  it('aborts the gate signal on timeout so long loops can stop', async () => {
    let seen: AbortSignal | undefined;
    const r = await runGate(
      gate((c) => {
        seen = c.signal;
        return new Promise(() => undefined);
      }),
      ctx(20),
    );
    expect(r.reason_code).toBe('GATE_TIMEOUT');
    expect(seen?.aborted).toBe(true);
  });

  it('names the missing input and the config key to change', async () => {
    const r = await runGate(
      gate(() => outcome('RUN', 'OK', []), {
        requiredInputs: () => [
          {
            path: '/nonexistent/specs',
            description: 'spec directory',
            configKey: 'gates.modelcheck.specs[0]',
          },
        ],
      }),
      ctx(),
    );
    expect(r.findings[0]!.message).toContain('gates.modelcheck.specs[0]');
    expect(r.findings[0]!.message).toContain('/nonexistent/specs');
  });
});
