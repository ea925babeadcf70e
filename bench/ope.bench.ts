/**
 * OPE gate benchmark (MISSION §7, issue #14.10): 1,000,000 logged rows × 10 arms in a zstd
 * Parquet file written to a temp dir at bench time; both policies, all five estimators, the t
 * and Bernstein bounds and a 1,000-resample bootstrap, in a child process whose peak RSS is
 * measured. When Open Bandit Pipeline is importable (MAESTRO_OBP_PYTHON names a Python with
 * obp, e.g. the venv of scripts/ope/obp-fixtures.py), it runs on the same file and the ratio is
 * printed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { poissonBootstrap } from '../action/gates/ope/bootstrap.js';
import { rng } from '../scripts/ope/synthetic-bandit.js';
import { zstdCompressor } from '../scripts/ope/zstd.js';
import type { BenchFigure, BenchModule } from './types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROWS = 1_000_000;
const ARMS = 10;
const CONTEXTS = 1000;
const RESAMPLES = 1000;

function dist(r: () => number, a: number, floor = 0): number[] {
  const raw = Array.from({ length: a }, () => floor + r() ** 2);
  const s = raw.reduce((x, y) => x + y, 0);
  const out = raw.map((x) => x / s);
  out[a - 1] = 1 - out.slice(0, a - 1).reduce((x, y) => x + y, 0);
  return out;
}

/** Writes the benchmark's data file and policies into `dir` (exported for profiling runs). */
export async function writeData(dir: string) {
  const r = rng(14);
  const arms = Array.from({ length: ARMS }, (_, i) => `a${i}`);
  const logging = Array.from({ length: CONTEXTS }, () => dist(r, ARMS, 0.2));
  const mu = Array.from({ length: CONTEXTS }, () => arms.map(() => 0.1 + 0.8 * r()));
  const qHat = mu.map((row) => row.map((m) => Math.min(1, Math.max(0, m + (r() - 0.5) * 0.1))));
  const table = (pis: number[][]) => ({
    key: 'segment',
    table: Object.fromEntries(
      pis.map((p, k) => [`s${k}`, Object.fromEntries(arms.map((a, i) => [a, p[i]!]))]),
    ),
  });
  const base = Array.from({ length: CONTEXTS }, () => dist(r, ARMS, 0.05));
  const cand = Array.from({ length: CONTEXTS }, () => dist(r, ARMS, 0.05));
  writeFileSync(join(dir, 'base.json'), JSON.stringify(table(base)));
  writeFileSync(join(dir, 'cand.json'), JSON.stringify(table(cand)));
  const segment: string[] = new Array<string>(ROWS);
  const arm: string[] = new Array<string>(ROWS);
  const pscore = new Float64Array(ROWS);
  const reward = new Float64Array(ROWS);
  const q = arms.map(() => new Float64Array(ROWS));
  for (let i = 0; i < ROWS; i++) {
    const k = Math.floor(r() * CONTEXTS);
    const p = logging[k]!;
    let u = r();
    let a = 0;
    while (a < ARMS - 1 && u >= p[a]!) u -= p[a++]!;
    segment[i] = `s${k}`;
    arm[i] = arms[a]!;
    pscore[i] = p[a]!;
    reward[i] = r() < mu[k]![a]! ? 1 : 0;
    for (let j = 0; j < ARMS; j++) q[j]![i] = qHat[k]![j]!;
  }
  const zstd = await zstdCompressor();
  const bytes = parquetWriteBuffer({
    columnData: [
      { name: 'segment', data: segment, type: 'STRING' },
      { name: 'arm', data: arm, type: 'STRING' },
      { name: 'pscore', data: pscore, type: 'DOUBLE' },
      { name: 'reward', data: reward, type: 'DOUBLE' },
      ...arms.map((a, j) => ({ name: `q_hat_${a}`, data: q[j]!, type: 'DOUBLE' as const })),
    ],
    codec: 'ZSTD',
    compressors: { ZSTD: zstd },
    rowGroupSize: 65_536,
  });
  writeFileSync(join(dir, 'logs.parquet'), new Uint8Array(bytes));
  return { arms, bytes: bytes.byteLength };
}

const bench: BenchModule = async (log) => {
  const dir = mkdtempSync(join(tmpdir(), 'maestro-ope-bench-'));
  try {
    const { arms, bytes } = await writeData(dir);
    log(
      `wrote ${ROWS.toLocaleString('en-US')} rows × ${ARMS} arms, zstd Parquet, ${(bytes / 2 ** 20).toFixed(1)} MiB`,
    );
    const load = loadavg().map((x) => Number(x.toFixed(2)));
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'bench/ope-child.ts'),
        join(dir, 'logs.parquet'),
        join(dir, 'base.json'),
        join(dir, 'cand.json'),
        arms.join(','),
        String(RESAMPLES),
      ],
      { encoding: 'utf8', cwd: root },
    );
    if (child.status !== 0) throw new Error(`ope-child failed: ${child.stderr}`);
    const m = JSON.parse(child.stdout.trim().split('\n').pop()!) as {
      wall_s: number;
      cpu_s: number;
      rows: number;
      max_rss_bytes: number;
      bootstrap_groups: number;
    };
    const loadAfter = loadavg().map((x) => Number(x.toFixed(2)));
    log(
      `gate: ${m.wall_s.toFixed(2)} s wall (${m.cpu_s.toFixed(2)} s CPU), ${Math.round(m.rows / m.wall_s).toLocaleString('en-US')} rows/s, peak RSS ${(m.max_rss_bytes / 2 ** 20).toFixed(0)} MiB; load average ${load.join(' ')} → ${loadAfter.join(' ')}`,
    );
    const parameters = {
      rows: ROWS,
      arms: ARMS,
      contexts: CONTEXTS,
      file: 'zstd Parquet, 65,536-row groups, q_hat per arm',
      estimators: 'ips, snips, dm, dr, sndr × baseline and candidate',
      bounds: `t, bernstein, poisson bootstrap (${RESAMPLES} resamples over ${m.bootstrap_groups} distinct values)`,
      process: 'child node process (tsx loader included in RSS)',
      load_average_before: load,
      load_average_after: loadAfter,
    };
    const figures: BenchFigure[] = [
      { name: 'ope.gate_wall_seconds_1m_rows', value: m.wall_s, unit: 's', parameters },
      { name: 'ope.gate_cpu_seconds_1m_rows', value: m.cpu_s, unit: 's', parameters },
      { name: 'ope.rows_per_second', value: m.rows / m.wall_s, unit: 'rows/s', parameters },
      { name: 'ope.peak_rss_mib', value: m.max_rss_bytes / 2 ** 20, unit: 'MiB', parameters },
    ];
    // The bench file's d_i take ~20,000 distinct values (q̂ per context and arm, 0/1 rewards),
    // which the bootstrap groups. A reward model with per-row estimates makes every d_i
    // distinct: that worst case, timed alone.
    {
      const r = rng(15);
      const d = Float64Array.from({ length: ROWS }, () => r() - 0.5);
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const boot = poissonBootstrap(d, RESAMPLES, 1);
      const wall = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      const cpuS = (cpu.user + cpu.system) / 1e6;
      log(
        `bootstrap worst case (${boot.groups.toLocaleString('en-US')} distinct d_i × ${RESAMPLES} resamples): ${wall.toFixed(2)} s wall (${cpuS.toFixed(2)} s CPU); load average ${loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')}`,
      );
      figures.push({
        name: 'ope.bootstrap_all_distinct_wall_seconds',
        value: wall,
        unit: 's',
        parameters: { rows: ROWS, distinct: boot.groups, resamples: RESAMPLES, cpu_s: cpuS },
      });
    }
    const py = process.env['MAESTRO_OBP_PYTHON'];
    if (py !== undefined && py !== '') {
      const obp = spawnSync(
        py,
        [
          join(root, 'scripts/ope/obp-bench.py'),
          join(dir, 'logs.parquet'),
          join(dir, 'base.json'),
          join(dir, 'cand.json'),
          arms.join(','),
        ],
        { encoding: 'utf8' },
      );
      if (obp.status === 0) {
        const o = JSON.parse(obp.stdout.trim().split('\n').pop()!) as {
          wall_s: number;
          load_s: number;
          max_rss_bytes: number;
          workload: string;
        };
        log(
          `obp: ${o.wall_s.toFixed(2)} s (${o.workload}) after ${o.load_s.toFixed(2)} s loading, peak RSS ${(o.max_rss_bytes / 2 ** 20).toFixed(0)} MiB; ratio obp/maestro ${(o.wall_s / m.wall_s).toFixed(2)}×`,
        );
        figures.push({
          name: 'ope.obp_wall_seconds',
          value: o.wall_s,
          unit: 's',
          parameters: {
            workload: o.workload,
            load_s: o.load_s,
            max_rss_mib: o.max_rss_bytes / 2 ** 20,
          },
        });
        figures.push({
          name: 'ope.obp_over_maestro_wall_ratio',
          value: o.wall_s / m.wall_s,
          unit: '×',
          parameters: { obp_workload: o.workload, maestro_workload: parameters.estimators },
        });
      } else log(`obp run failed: ${obp.stderr.slice(-500)}`);
    } else log('obp: not run (set MAESTRO_OBP_PYTHON to a Python with obp 0.5.7)');
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
export default bench;
