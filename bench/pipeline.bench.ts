import { opaToolchainFromEnvironment } from '../action/gates/opa/toolchain.js';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../action/pipeline.js';
import type { BenchFigure, BenchModule } from './types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Time from spawning `node dist/index.js` to its first "running gate" line. */
function coldStart(node: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const child = spawn(node, [join(root, 'dist/index.js')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let done = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (!done && chunk.toString().includes('running gate')) {
        done = true;
        resolvePromise(performance.now() - t0);
      }
    });
    child.on('error', reject);
    child.on('close', () => {
      if (!done) reject(new Error('dist/index.js exited before running a gate'));
    });
  });
}

const bench: BenchModule = async (log) => {
  const demo = join(root, 'examples/demo');
  const iterations = 5;
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const evidence = mkdtempSync(join(tmpdir(), 'maestro-bench-'));
    const t0 = performance.now();
    await runPipeline({
      gateDeps: { opaToolchain: opaToolchainFromEnvironment(process.env) },
      headDir: join(demo, 'head'),
      baseDir: join(demo, 'base'),
      evidenceDir: evidence,
    });
    times.push(performance.now() - t0);
    rmSync(evidence, { recursive: true, force: true });
  }
  log(`pipeline on the demo: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  const figures: BenchFigure[] = [
    {
      name: 'pipeline.demo_wall_ms',
      value: Math.round(median(times) * 10) / 10,
      unit: 'ms',
      parameters: { iterations, statistic: 'median', cache: 'none', in_process: true },
    },
  ];
  if (existsSync(join(root, 'dist/index.js'))) {
    const evidence = mkdtempSync(join(tmpdir(), 'maestro-bench-'));
    const out = join(evidence, 'out');
    writeFileSync(out, '');
    const env = {
      ...process.env,
      GITHUB_WORKSPACE: join(demo, 'head'),
      INPUT_BASE: `dir:${join(demo, 'base')}`,
      'INPUT_EVIDENCE-DIR': evidence,
      GITHUB_OUTPUT: out,
    };
    // GitHub runs actions on Node 24: measure with it when MAESTRO_NODE24 names one.
    const node = process.env['MAESTRO_NODE24'] ?? process.execPath;
    const starts: number[] = [];
    for (let i = 0; i < iterations; i++) starts.push(await coldStart(node, env));
    rmSync(evidence, { recursive: true, force: true });
    log(`cold start to first gate: ${starts.map((t) => t.toFixed(0)).join(', ')} ms`);
    figures.push({
      name: 'action.cold_start_to_first_gate_ms',
      value: Math.round(median(starts) * 10) / 10,
      unit: 'ms',
      parameters: {
        iterations,
        statistic: 'median',
        cache: 'none',
        in_process: false,
        action_node: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim(),
      },
    });
  }
  return figures;
};

export default bench;
