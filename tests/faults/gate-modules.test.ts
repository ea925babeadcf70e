/**
 * A gate's worker imports that gate's module and nothing else: the loaders name the same gates
 * as the registry, the worker's static imports reach no gate, and a name no loader has stops.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { Gate } from '../../action/contract/gate.js';
import { outcome } from '../../action/contract/gate-result.js';
import { runGate, type RunnerContext } from '../../action/pipeline/runner.js';
import { loadableGates, loadGate } from '../../action/gates/gate-modules.js';
import { allGates } from '../../action/gates/registry.js';
import { gateWorkerEntry } from '../../action/util/isolation.js';

const root = join(import.meta.dirname, '../..');
const entry = gateWorkerEntry(pathToFileURL(join(root, 'action/pipeline.ts')).href)!;

function ctx(headDir: string): RunnerContext {
  return {
    headDir,
    baseDir: headDir,
    gateConfig: {},
    config: { version: 1, gates: {} },
    priorResults: [],
    now: () => new Date('2026-01-01T00:00:00Z'),
    progress: () => undefined,
    timeoutMs: 60_000,
    isolation: { entry, memoryMb: 512 },
  };
}

describe('per-gate worker modules', () => {
  it('has a loader for every registered gate, and only those', () => {
    expect(loadableGates().sort()).toEqual(
      allGates()
        .map((g) => g.name)
        .sort(),
    );
  });

  it.each(allGates().map((g) => g.name))('loads %s by its name alone', async (name) => {
    const gate = await loadGate(name);
    expect(gate?.name).toBe(name);
  });

  it.each(['tamper', 'constructor', '__proto__', 'toString', ''])(
    'has no gate named "%s"',
    async (name) => {
      expect(await loadGate(name)).toBeUndefined();
    },
  );

  it('the worker entry statically imports no gate module (each is split off)', async () => {
    const out = await build({
      absWorkingDir: root,
      entryPoints: { 'gate-worker': 'action/gates/gate-worker.ts' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      write: false,
      metafile: true,
      outdir: 'out',
      logLevel: 'silent',
    });
    const outputs = out.metafile.outputs;
    const start = Object.keys(outputs).find((k) => outputs[k]!.entryPoint !== undefined)!;
    const seen = new Set<string>();
    const todo = [start];
    while (todo.length > 0) {
      const file = todo.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const i of outputs[file]!.imports)
        if (i.kind === 'import-statement' && !i.external) todo.push(i.path);
    }
    const loadedAtStart = [...seen].flatMap((f) => Object.keys(outputs[f]!.inputs));
    const gateModule = /^action\/gates\/(?!gate-)[^/]+\//;
    expect(loadedAtStart.filter((f) => gateModule.test(f))).toEqual([]);
    // Each gate is still in the bundle, behind its dynamic import.
    const everything = Object.values(outputs).flatMap((o) => Object.keys(o.inputs));
    for (const name of loadableGates())
      expect(everything).toContain(`action/gates/${name}/index.ts`);
  });

  it('a worker asked for a gate it cannot load is STOPPED, not RUN', async () => {
    const stranger: Gate = { name: 'tamper', version: '1', run: () => outcome('RUN', 'OK', []) };
    const r = await runGate(stranger, ctx('/nonexistent/head'));
    expect(r.decision).toBe('STOPPED');
    expect(r.reason_code).toBe('GATE_ERROR');
    expect(r.summary).toContain('no gate named tamper');
  });

  it('a real gate runs in its worker from its own module', async () => {
    const gate = allGates().find((g) => g.name === 'invariants')!;
    const demo = join(root, 'examples/demo/head');
    const inWorker = await runGate(gate, ctx(demo));
    const { isolation: _i, ...plain } = ctx(demo);
    const inProcess = await runGate(gate, plain);
    expect(inWorker.reason_code).not.toBe('GATE_ERROR');
    expect({ decision: inWorker.decision, reason: inWorker.reason_code }).toEqual({
      decision: inProcess.decision,
      reason: inProcess.reason_code,
    });
  });
});
