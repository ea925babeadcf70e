/**
 * Model checking side by side with TLC: the same models (bench/tla/*.tla for TLC, the reference
 * specs under tests/fixtures/modelcheck/reference for ours) run in one bench, TLC with
 * `-workers 1` and `-workers 2` and ours with 1 and 2 worker threads, each in its own process;
 * reported per model: distinct states, distinct states/s of each (whole process, wall clock: JVM
 * and Node start included, and for TLC also its own "Finished in" time; for ours also the search
 * alone), the ratio at equal worker counts, and peak memory (max RSS from /usr/bin/time: one
 * process each, its threads included). Needs java and ../shared/tools/tlc/tla2tools.jar
 * (MAESTRO_TLC_DIR); without them only our figures are reported. MAESTRO_BENCH_REPEAT runs
 * each pair several times and keeps the median. Ours runs with its code cache (as every run
 * after a user's first) and once per repeat without it (a first run's figure).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTlcOutput, tlcArgs } from '../action/gates/modelcheck/tlc.js';
import type { BenchFigure, BenchModule } from './types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tlcDir = process.env['MAESTRO_TLC_DIR'] ?? join(root, '..', 'shared', 'tools', 'tlc');
const jar = join(tlcDir, 'tla2tools.jar');
const repeat = Math.max(1, Number(process.env['MAESTRO_BENCH_REPEAT'] ?? '1'));

/**
 * Ours runs from the built bundle (`dist/cli.js modelcheck`, as users run it, as TLC runs from
 * its jar) when that bundle is newer than every source file under action/; otherwise from source
 * under tsx, where each worker thread compiles its code first. MAESTRO_BENCH_MC_FROM=dist|source
 * forces one.
 */
function newestSource(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return t;
}
const distCli = join(root, 'dist/cli.js');
/**
 * The Node that runs ours from dist: this bench's own by default; MAESTRO_BENCH_MC_NODE names
 * another (the Action runs on the runner's Node 24).
 */
const oursNode = process.env['MAESTRO_BENCH_MC_NODE'] ?? process.execPath;
const oursNodeVersion = execFileSync(oursNode, ['--version'], { encoding: 'utf8' }).trim();
const FROM_DIST =
  process.env['MAESTRO_BENCH_MC_FROM'] === 'dist' ||
  (process.env['MAESTRO_BENCH_MC_FROM'] !== 'source' &&
    existsSync(join(root, 'dist/mc-search-worker.js')) &&
    statSync(distCli).mtimeMs > newestSource(join(root, 'action')));

interface Model {
  name: string;
  /** Module and .cfg under bench/tla/. */
  tla: string;
  /** Our spec under tests/fixtures/modelcheck/reference/ and its constant overrides. */
  yaml: string;
  constants?: Record<string, unknown>;
}

/**
 * The five reference models of tlaplus/Examples (Peterson, DiningPhilosophers, CoffeeCan100Beans,
 * EWD426's TokenRing, MCLamportMutex) and TwoPhase. The three small ones take TLC and us well
 * under a second: there the figures measure mostly each tool's start.
 */
const MODELS: Model[] = [
  { name: 'Peterson', tla: 'Peterson', yaml: 'peterson' },
  { name: 'DiningPhilosophers-NP5', tla: 'Dining', yaml: 'dining' },
  { name: 'CoffeeCan100Beans', tla: 'CoffeeCan', yaml: 'coffeecan' },
  { name: 'TokenRing-N6-M6', tla: 'TokenRing', yaml: 'tokenring' },
  {
    name: 'TwoPhase-RM6',
    tla: 'TwoPhase',
    yaml: 'twophase',
    constants: { RM: ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'] },
  },
  { name: 'MCLamportMutex-N3', tla: 'LamportMutex', yaml: 'lamport-mutex' },
];

/**
 * Both tools run without NODE_EXTRA_CA_CERTS. Some machines set it (this development machine
 * points it at the system bundle of 144 certificates), and Node 20 then reads and parses that
 * bundle at every start, before any of our code runs: about 43 ms here, a third of a small
 * model's whole run, where Node 24 reads it only when a TLS connection needs it. Neither tool
 * opens a connection, and the JVM ignores the variable. MAESTRO_BENCH_KEEP_ENV=1 keeps it, to
 * measure that environment; the figures record which was measured.
 */
const keepEnv = process.env['MAESTRO_BENCH_KEEP_ENV'] === '1';
const removedEnv =
  !keepEnv && process.env['NODE_EXTRA_CA_CERTS'] !== undefined ? ['NODE_EXTRA_CA_CERTS'] : [];
const childEnv: NodeJS.ProcessEnv = { ...process.env };
for (const k of removedEnv) delete childEnv[k];
/**
 * Ours runs with its code cache (the CLI writes it after a run, so every run but the bench's
 * first finds it), and once per repeat without it: the figure of a first run.
 */
const NO_CODE_CACHE: NodeJS.ProcessEnv = { ...childEnv, NODE_DISABLE_COMPILE_CACHE: '1' };

interface Timed {
  stdout: string;
  wallMs: number;
  maxRssKiB: number;
  code: number | null;
}

/** Runs a command under /usr/bin/time for its peak RSS; wall clock measured here. */
function timed(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = childEnv,
): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'MAXRSS=%M', cmd, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const rss = /MAXRSS=(\d+)/.exec(err);
      resolve({
        stdout: out,
        wallMs: performance.now() - started,
        maxRssKiB: rss ? Number(rss[1]) : 0,
        code,
      });
    });
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function runOurs(
  m: Model,
  workers: number,
  env: NodeJS.ProcessEnv = childEnv,
): Promise<{
  distinct: number;
  generated: number;
  workersRan: number;
  wallMs: number;
  searchMs: number;
  rssKiB: number;
}> {
  const spec = join(root, 'tests/fixtures/modelcheck/reference', `${m.yaml}.yaml`);
  const constants = m.constants ? [JSON.stringify(m.constants)] : [];
  const r = await timed(
    FROM_DIST ? oursNode : process.execPath,
    FROM_DIST
      ? [
          join(root, 'dist/cli.js'),
          'modelcheck',
          spec,
          '--workers',
          `${workers}`,
          '--max-states',
          '50000000',
          '--time-seconds',
          '600',
          '--format',
          'json',
          ...(m.constants ? ['--constants', constants[0]!] : []),
        ]
      : [
          ...process.execArgv,
          join(root, 'bench', 'modelcheck-child.ts'),
          spec,
          `${workers}`,
          ...constants,
        ],
    root,
    env,
  );
  const parsed = (
    FROM_DIST
      ? (JSON.parse(r.stdout) as unknown[])[0]
      : JSON.parse(r.stdout.trim().split('\n').pop() ?? '')
  ) as {
    status: string;
    stats: { distinct: number; generated: number; durationMs: number; workers?: number };
  };
  if (parsed.status !== 'ok') throw new Error(`${m.name}: our checker ended ${parsed.status}`);
  return {
    // The search may end before its workers have started (then the main thread did it all).
    workersRan: parsed.stats.workers ?? 1,
    distinct: parsed.stats.distinct,
    generated: parsed.stats.generated,
    wallMs: r.wallMs,
    searchMs: parsed.stats.durationMs,
    rssKiB: r.maxRssKiB,
  };
}

async function runTlcOnce(
  m: Model,
  workers: number,
): Promise<{ distinct: number; wallMs: number; tlcMs: number; rssKiB: number }> {
  const meta = mkdtempSync(join(os.tmpdir(), 'maestro-bench-tlc-'));
  try {
    const dir = join(root, 'bench', 'tla');
    const args = tlcArgs(
      { java: 'java', jar, spec: `${m.tla}.tla`, config: `${m.tla}.cfg`, cwd: dir, workers },
      meta,
    );
    const r = await timed('java', args, dir);
    const report = parseTlcOutput(r.stdout);
    if (report.status !== 'ok')
      throw new Error(`${m.name}: TLC ended ${report.status}: ${report.errors.join('; ')}`);
    return {
      distinct: report.distinct ?? 0,
      wallMs: r.wallMs,
      tlcMs: report.tlcMs ?? r.wallMs,
      rssKiB: r.maxRssKiB,
    };
  } finally {
    rmSync(meta, { recursive: true, force: true });
  }
}

const perSecond = (n: number, ms: number): number => Math.round((n / Math.max(ms, 1)) * 1000);

/** The worker counts compared: ours and TLC's at each. */
const WORKERS = [1, 2] as const;

const bench: BenchModule = async (log) => {
  const figures: BenchFigure[] = [];
  const haveTlc = existsSync(jar);
  if (!haveTlc) log(`modelcheck: ${jar} not found: TLC columns skipped`);
  for (const m of MODELS) {
    const ours: Record<number, Awaited<ReturnType<typeof runOurs>>[]> = { 1: [], 2: [] };
    const tlc: Record<number, Awaited<ReturnType<typeof runTlcOnce>>[]> = { 1: [], 2: [] };
    const loads: number[] = [];
    // Ours without its code cache too (action/cli/code-cache.ts): what a first run costs.
    const uncached: Awaited<ReturnType<typeof runOurs>>[] = [];
    for (let i = 0; i < repeat; i++) {
      loads.push(os.loadavg()[0]!);
      for (const w of WORKERS) {
        ours[w]!.push(await runOurs(m, w));
        if (haveTlc) tlc[w]!.push(await runTlcOnce(m, w));
      }
      if (FROM_DIST) uncached.push(await runOurs(m, 1, NO_CODE_CACHE));
    }
    const distinct = ours[1]![0]!.distinct;
    const parameters: Record<string, unknown> = {
      model: m.name,
      distinct,
      ours_from: FROM_DIST ? 'dist/cli.js modelcheck' : 'source (tsx bench/modelcheck-child.ts)',
      ours_node: FROM_DIST ? oursNodeVersion : process.version,
      repeat,
      loadavg_1min_at_start: loads,
      env_removed_for_both_tools: removedEnv,
      how: 'whole process wall clock (JVM / Node start included); peak RSS of the process (threads included) from /usr/bin/time',
    };
    let line = `modelcheck ${m.name}: ${distinct} distinct (ours from ${FROM_DIST ? `dist on Node ${oursNodeVersion}` : 'source'}${removedEnv.length > 0 ? `; both without ${removedEnv.join(', ')}` : ''})`;
    const oursProcess: Record<number, number> = {};
    for (const w of WORKERS) {
      const runs = ours[w]!;
      if (runs.some((r) => r.distinct !== distinct || r.generated !== ours[1]![0]!.generated))
        throw new Error(`${m.name}: ${w} workers gave other counts than one`);
      const process = median(runs.map((o) => perSecond(o.distinct, o.wallMs)));
      const search = median(runs.map((o) => perSecond(o.distinct, o.searchMs)));
      const rss = Math.max(...runs.map((o) => o.rssKiB));
      oursProcess[w] = process;
      const ran = runs.map((r) => r.workersRan);
      line += `; ours ${w} worker(s) ${process} distinct/s (process), ${search} (search), ${Math.round(rss / 1024)} MiB`;
      if (ran.some((r) => r !== w)) line += ` (threads that expanded states: ${ran.join('/')})`;
      // One worker keeps the figure names of earlier runs (bench/results.json).
      const key = w === 1 ? 'ours' : `ours_w${w}`;
      const p = { ...parameters, workers: w, workers_that_expanded: ran };
      figures.push(
        {
          name: `modelcheck.${m.name}.${key}.distinct_per_second`,
          value: process,
          unit: 'states/s',
          parameters: p,
        },
        {
          name: `modelcheck.${m.name}.${key}.search_distinct_per_second`,
          value: search,
          unit: 'states/s',
          parameters: p,
        },
        {
          name: `modelcheck.${m.name}.${key}.peak_rss`,
          value: rss * 1024,
          unit: 'bytes',
          parameters: p,
        },
      );
    }
    let uncachedProcess: number | undefined;
    if (uncached.length > 0) {
      if (uncached.some((r) => r.distinct !== distinct))
        throw new Error(`${m.name}: the run without a code cache gave other counts`);
      uncachedProcess = median(uncached.map((o) => perSecond(o.distinct, o.wallMs)));
      line += `; ours 1 worker without code cache ${uncachedProcess} distinct/s (process)`;
      figures.push({
        name: `modelcheck.${m.name}.ours_no_code_cache.distinct_per_second`,
        value: uncachedProcess,
        unit: 'states/s',
        parameters: { ...parameters, workers: 1, env_added: { NODE_DISABLE_COMPILE_CACHE: '1' } },
      });
    }
    const speedup = oursProcess[2]! / Math.max(oursProcess[1]!, 1);
    line += `; ours 2 vs 1 worker ${speedup.toFixed(2)}×`;
    figures.push({
      name: `modelcheck.${m.name}.ours_w2_vs_w1`,
      value: Math.round(speedup * 100) / 100,
      unit: '×',
      parameters,
    });
    if (haveTlc) {
      for (const w of WORKERS) {
        const runs = tlc[w]!;
        if (runs.some((r) => r.distinct !== distinct))
          log(
            `   WARNING ${m.name}: TLC -workers ${w} found ${runs.map((r) => r.distinct).join('/')} distinct states, ours ${distinct}`,
          );
        const tlcProcess = median(runs.map((r) => perSecond(r.distinct, r.wallMs)));
        const tlcOwn = median(runs.map((r) => perSecond(r.distinct, r.tlcMs)));
        const rss = Math.max(...runs.map((r) => r.rssKiB));
        // At equal worker counts: ours with w workers against TLC with -workers w.
        const ratio = oursProcess[w]! / Math.max(tlcProcess, 1);
        line += `; TLC -workers ${w} ${tlcProcess} distinct/s (process), ${tlcOwn} (its own time), ${Math.round(rss / 1024)} MiB, ratio at ${w} worker(s) ${ratio.toFixed(1)}×`;
        const p = { ...parameters, workers: w, tlc_distinct: runs[0]!.distinct };
        if (w === 1 && uncachedProcess !== undefined) {
          const cold = uncachedProcess / Math.max(tlcProcess, 1);
          line += ` (${cold.toFixed(1)}× without our code cache)`;
          figures.push({
            name: `modelcheck.${m.name}.ratio_vs_tlc_w1_no_code_cache`,
            value: Math.round(cold * 100) / 100,
            unit: '×',
            parameters: p,
          });
        }
        figures.push(
          {
            name: `modelcheck.${m.name}.tlc_w${w}.distinct_per_second`,
            value: tlcProcess,
            unit: 'states/s',
            parameters: p,
          },
          {
            name: `modelcheck.${m.name}.tlc_w${w}.own_time_distinct_per_second`,
            value: tlcOwn,
            unit: 'states/s',
            parameters: p,
          },
          {
            name: `modelcheck.${m.name}.tlc_w${w}.peak_rss`,
            value: rss * 1024,
            unit: 'bytes',
            parameters: p,
          },
          {
            name: `modelcheck.${m.name}.ratio_vs_tlc_w${w}`,
            value: Math.round(ratio * 100) / 100,
            unit: '×',
            parameters: p,
          },
        );
      }
    }
    log(line);
  }
  return figures;
};

export default bench;
