/**
 * What isolating a gate in a worker thread costs, per gate: the demo pipeline with every gate
 * in-process versus each in its own worker (per-gate wall time from the run document), and the
 * start of one gate's worker until its first answer (the thread, the entry, that one gate's
 * module, a round trip), from the bundle (dist/gate-worker.js) and from source through tsx.
 * Each figure carries the load average (`os.loadavg()`) before and after it was measured.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadableGates } from '../action/gates/gate-modules.js';
import { opaToolchainFromEnvironment } from '../action/gates/opa/toolchain.js';
import { runPipeline } from '../action/pipeline.js';
import { gateWorkerEntry, workerScript, type GateWorkerEntry } from '../action/util/isolation.js';
import type { BenchFigure, BenchModule } from './types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
const load = (): number[] => loadavg().map((l) => Math.round(l * 100) / 100);

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
      .filter((g) => !['config', 'evidence', 'tamper'].includes(g.gate))
      .map((g) => [g.gate, g.duration_ms]),
  );
}

/**
 * Starts the worker for `gate` over an empty context: the thread starts, imports the entry and
 * that gate's module, and answers (the gate refuses the empty context at once). `none` is a
 * name no gate has: the worker's own cost, no gate module.
 */
function workerStart(entry: GateWorkerEntry, gate: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const { script, eval: isEval } = workerScript(entry);
    const w = new Worker(script, {
      eval: isEval,
      workerData: { gate, ctx: {}, nowMs: 0, services: [] },
    });
    w.once('message', () => {
      resolve(performance.now() - t0);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

async function startFigures(
  from: 'bundle' | 'source',
  entry: GateWorkerEntry,
  iterations: number,
  log: (line: string) => void,
): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const gate of ['none', ...loadableGates()]) {
    const before = load();
    const starts: number[] = [];
    for (let i = 0; i < iterations; i++) starts.push(await workerStart(entry, gate));
    const after = load();
    log(
      `${from} worker start, ${gate}: ${starts.map((t) => t.toFixed(0)).join(', ')} ms (load ${before.join(' ')} → ${after.join(' ')})`,
    );
    figures.push({
      name: `isolation.${from}_worker_start_${gate}_ms`,
      value: round(median(starts)),
      unit: 'ms',
      parameters: {
        iterations,
        statistic: 'median',
        min_ms: round(Math.min(...starts)),
        measures:
          gate === 'none'
            ? 'thread start, worker entry, first message; no gate module'
            : `thread start, worker entry, the ${gate} gate's module only, first message`,
        entry: from === 'bundle' ? 'dist/gate-worker.js' : 'action/gates/gate-worker.ts via tsx',
        load_average_before: before,
        load_average_after: after,
      },
    });
  }
  return figures;
}

const bench: BenchModule = async (log) => {
  const iterations = 3;
  const samples: Record<'worker' | 'in-process', Record<string, number[]>> = {
    worker: {},
    'in-process': {},
  };
  const before = load();
  for (let i = 0; i < iterations; i++) {
    for (const mode of ['in-process', 'worker'] as const) {
      for (const [gate, ms] of Object.entries(await perGate(mode)))
        (samples[mode][gate] ??= []).push(ms);
    }
  }
  const after = load();
  const figures: BenchFigure[] = [];
  for (const gate of Object.keys(samples.worker)) {
    const inProcess = median(samples['in-process'][gate] ?? [0]);
    const isolated = median(samples.worker[gate]!);
    log(`${gate}: in-process ${inProcess.toFixed(0)} ms, worker ${isolated.toFixed(0)} ms`);
    figures.push({
      name: `isolation.${gate}_overhead_ms`,
      value: round(isolated - inProcess),
      unit: 'ms',
      parameters: {
        iterations,
        statistic: 'median difference',
        in_process_ms: inProcess,
        worker_ms: isolated,
        workload: 'examples/demo',
        worker_from: 'TypeScript source through tsx',
        load_average_before: before,
        load_average_after: after,
      },
    });
  }
  const bundle = join(root, 'dist/gate-worker.js');
  if (existsSync(bundle))
    figures.push(...(await startFigures('bundle', { url: pathToFileURL(bundle) }, 5, log)));
  else log('dist/gate-worker.js is not built (npm run build): no bundled start figures');
  const source = gateWorkerEntry(pathToFileURL(join(root, 'action/pipeline.ts')).href);
  if (source?.tsx !== undefined) figures.push(...(await startFigures('source', source, 3, log)));
  return figures;
};

export default bench;
