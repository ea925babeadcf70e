import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Gate } from '../../action/contract/gate.js';
import { outcome } from '../../action/contract/gate-result.js';
import { runGate, type RunnerContext } from '../../action/pipeline/runner.js';
import { gateWorkerEntry } from '../../action/util/isolation.js';

const entry = gateWorkerEntry(
  pathToFileURL(join(import.meta.dirname, '../../action/pipeline.ts')).href,
)!;
const gates = {
  module: pathToFileURL(join(import.meta.dirname, 'fixtures/hostile-gates.ts')).href,
  export: 'hostileGates',
};

function ctx(mode: string, timeoutMs = 45_000, memoryMb = 64): RunnerContext & { lines: string[] } {
  const lines: string[] = [];
  return {
    headDir: '/nonexistent/head',
    baseDir: '/nonexistent/base',
    gateConfig: { mode },
    config: { version: 1, gates: {} },
    priorResults: [],
    now: () => new Date('2026-01-01T00:00:00Z'),
    progress: (l) => lines.push(l),
    timeoutMs,
    isolation: { entry, memoryMb, gates },
    lines,
  };
}

/** Stands in for the registry's gate: only its name matters, the worker loads the real one. */
const opa: Gate = { name: 'opa', version: '1', run: () => outcome('RUN', 'OK', []) };

describe('isolated gates', () => {
  it('finds the worker entry from source', () => {
    expect(entry.url.href).toMatch(/gate-worker\.ts$/);
    expect(entry.tsx).toBeDefined();
  });

  it.each([
    ['spin', 'GATE_TIMEOUT', 1500],
    ['oom', 'GATE_RESOURCE_LIMIT', 45_000],
    ['exit', 'GATE_ERROR', 45_000],
    ['coded', 'OPA_COMPILE_FAILED', 45_000],
    ['string', 'GATE_THREW_NON_ERROR', 45_000],
    ['function', 'GATE_CONTRACT_VIOLATION', 45_000],
    ['deny-as-run', 'GATE_CONTRACT_VIOLATION', 45_000],
  ])('a gate that does %s is STOPPED with %s', async (mode, code, timeoutMs) => {
    const r = await runGate(opa, ctx(mode, timeoutMs));
    expect(r.decision).toBe('STOPPED');
    expect(r.reason_code).toBe(code);
    expect(r.gate).toBe('opa');
  });

  it('keeps a coded error’s location', async () => {
    const r = await runGate(opa, ctx('coded'));
    expect(r.findings[0]).toMatchObject({ file: 'p.rego', line: 3, column: 1 });
  });

  it('passes progress, the clock and a clean result through', async () => {
    const c = ctx('progress');
    const r = await runGate(opa, c);
    expect(r).toMatchObject({ decision: 'RUN', reason_code: 'OK' });
    expect(r.summary).toBe('now=2026-01-01T00:00:00.000Z');
    expect(c.lines).toContain('half way');
  });

  it('a gate that cannot move runs in-process', async () => {
    const local: Gate = {
      ...opa,
      isolation: 'in-process',
      run: () => outcome('RUN', 'OK', [], { summary: 'here' }),
    };
    expect((await runGate(local, ctx('spin'))).summary).toBe('here');
  });
});
