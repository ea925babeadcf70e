/**
 * What isolating a gate in a worker thread costs: the demo pipeline with every gate in-process
 * versus each in its own worker (per-gate wall time from the run document), and the time to
 * start the bundled worker (dist/gate-worker.js) until it answers.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { opaToolchainFromEnvironment } from '../action/gates/opa/toolchain.js';
import { runPipeline } from '../action/pipeline.js';
import type { BenchFigure, BenchModule } from './types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function perGate(isolation: 'worker' | 'in-process'): Promise<Record<string, number>> {
  const evidence = mkdtempSync(join(tmpdir(), 'maestro-bench-'));
  const demo = join(root, 'examples/demo');
  const { run } = await runPipeline({
    gateDeps: { opaToolchain: opaToolchainFromEnvironment(process.env) },
    headDir: join(demo, 'head'),
    baseDir: join(demo, 'base'),
    evidenceDir: evidence,
    isolation,
  });
  rmSync(evidence, { recursive: true, force: true });
  return Object.fromEntries(
    run.gates
      .filter((g) => !['config', 'evidence'].includes(g.gate))
      .map((g) => [g.gate, g.duration_ms]),
  );
}

/** Starts the bundled worker for a gate that does not exist: module load until the answer. */
function bundledStart(entry: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const w = new Worker(pathToFileURL(entry), {
      workerData: { gate: 'none', ctx: {}, nowMs: 0, services: [] },
    });
    w.once('message', () => {
      resolve(performance.now() - t0);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

const bench: BenchModule = async (log) => {
  const iterations = 5;
  const samples: Record<'worker' | 'in-process', Record<string, number[]>> = {
    worker: {},
    'in-process': {},
  };
  for (let i = 0; i < iterations; i++) {
    for (const mode of ['in-process', 'worker'] as const) {
      for (const [gate, ms] of Object.entries(await perGate(mode)))
        (samples[mode][gate] ??= []).push(ms);
    }
  }
  const figures: BenchFigure[] = [];
  for (const gate of Object.keys(samples.worker)) {
    const inProcess = median(samples['in-process'][gate] ?? [0]);
    const isolated = median(samples.worker[gate]!);
    log(`${gate}: in-process ${inProcess.toFixed(0)} ms, worker ${isolated.toFixed(0)} ms`);
    figures.push({
      name: `isolation.${gate}_overhead_ms`,
      value: Math.round((isolated - inProcess) * 10) / 10,
      unit: 'ms',
      parameters: {
        iterations,
        statistic: 'median difference',
        in_process_ms: inProcess,
        worker_ms: isolated,
        workload: 'examples/demo',
        worker_from: 'TypeScript source through tsx',
      },
    });
  }
  const entry = join(root, 'dist/gate-worker.js');
  if (existsSync(entry)) {
    const starts: number[] = [];
    for (let i = 0; i < iterations; i++) starts.push(await bundledStart(entry));
    log(`bundled worker start: ${starts.map((t) => t.toFixed(0)).join(', ')} ms`);
    figures.push({
      name: 'isolation.bundled_worker_start_ms',
      value: Math.round(median(starts) * 10) / 10,
      unit: 'ms',
      parameters: { iterations, statistic: 'median', entry: 'dist/gate-worker.js' },
    });
  }
  return figures;
};

export default bench;
