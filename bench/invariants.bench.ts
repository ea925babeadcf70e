/**
 * Invariant gate benchmark. Generates a JSONL trace of at least 1 M records in a temp dir from
 * the passing fixtures of the project's own invariants (so every record matches at least one
 * invariant and per-run temporal state is exercised), then measures, on one core:
 * - the CEL layer alone (`evalBool` of a compiled `a <= b`);
 * - the monitor alone over records already in memory (record × invariant checks per second);
 * - the whole gate path: streaming read + JSON.parse + checks (records and checks per second);
 * - the runtime guard's overhead per call against the bare function.
 */
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCel } from '../action/cel/index.js';
import { TraceMonitor } from '../action/gates/invariants/engine.js';
import { loadInvariants } from '../action/gates/invariants/loader.js';
import { readTrace } from '../action/gates/invariants/trace-reader.js';
import { guard } from '../action/runtime/index.js';
import type { BenchFigure, BenchModule } from './types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** At least 1 M records, rounded up to whole runs so that no obligation is left open. */
const MIN_RECORDS = 1_000_000;

/** The passing fixture records of every own invariant, as templates. */
function templates(): Record<string, unknown>[] {
  const dir = join(root, 'tests', 'fixtures', 'invariants', 'own');
  const out: Record<string, unknown>[] = [];
  for (const id of readdirSync(dir).sort()) {
    for (const line of readFileSync(join(dir, id, 'pass.jsonl'), 'utf8').split('\n')) {
      if (line.trim() !== '') out.push(JSON.parse(line) as Record<string, unknown>);
    }
  }
  return out;
}

/** Writes `n` records cycling through the templates; a run spans one pass over them. */
async function writeTrace(
  file: string,
  n: number,
  tpl: Record<string, unknown>[],
): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  let buf = '';
  for (let i = 0; i < n; i++) {
    const t = tpl[i % tpl.length]!;
    const run = Math.floor(i / tpl.length);
    buf += `${JSON.stringify({ ...t, run_id: `${String(t['run_id'])}-${run}` })}\n`;
    if (buf.length > 1 << 20) {
      bytes += buf.length;
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  bytes += buf.length;
  out.end(buf);
  await new Promise<void>((r) => out.on('finish', () => r()));
  return bytes;
}

function rate(count: number, ms: number): number {
  return Math.round((count / ms) * 1000);
}

const bench: BenchModule = async (log) => {
  const figures: BenchFigure[] = [];
  const set = loadInvariants(root, ['invariants']);
  const tpl = templates();
  const dir = mkdtempSync(join(tmpdir(), 'maestro-inv-bench-'));
  try {
    // CEL layer alone.
    const p = compileCel('total_spend_usd <= budget_usd');
    const recs = Array.from({ length: 1000 }, (_, i) => ({ total_spend_usd: i, budget_usd: 500 }));
    let hits = 0;
    for (let k = 0; k < 200; k++) for (const r of recs) if (p.evalBool(r)) hits++;
    let t = performance.now();
    for (let k = 0; k < 3000; k++) for (const r of recs) if (p.evalBool(r)) hits++;
    const celMs = performance.now() - t;
    figures.push({
      name: 'cel.evaluations_per_second',
      value: rate(3_000_000, celMs),
      unit: 'evals/s',
      parameters: {
        expression: 'total_spend_usd <= budget_usd',
        evaluations: 3_000_000,
        note: 'compiled once; shared closure compiler (action/cel/closure), json mode',
      },
    });
    log(`CEL evalBool (closure compiler): ${rate(3_000_000, celMs)} evals/s`);
    const lib = compileCel('total_spend_usd <= budget_usd', { fastPath: false });
    for (let k = 0; k < 100; k++) for (const r of recs) if (lib.evalBool(r)) hits++;
    t = performance.now();
    for (let k = 0; k < 1000; k++) for (const r of recs) if (lib.evalBool(r)) hits++;
    const libMs = performance.now() - t;
    figures.push({
      name: 'cel.library_evaluations_per_second',
      value: rate(1_000_000, libMs),
      unit: 'evals/s',
      parameters: {
        expression: 'total_spend_usd <= budget_usd',
        evaluations: 1_000_000,
        hits,
        note: '@bufbuild/cel interpreter only (fastPath: false)',
      },
    });
    log(`CEL evalBool (library): ${rate(1_000_000, libMs)} evals/s`);

    // Trace generation.
    const file = join(dir, 'trace.jsonl');
    const records = Math.ceil(MIN_RECORDS / tpl.length) * tpl.length;
    const bytes = await writeTrace(file, records, tpl);
    log(
      `trace: ${records} records, ${(bytes / 2 ** 20).toFixed(1)} MiB; load average ${loadavg()[0]!.toFixed(1)}`,
    );

    // Monitor alone, records in memory (a sample of 200 k, parsed beforehand).
    const sample: Record<string, unknown>[] = [];
    for (let i = 0; i < 200_000; i++) {
      const r = tpl[i % tpl.length]!;
      sample.push({ ...r, run_id: `${String(r['run_id'])}-${Math.floor(i / tpl.length)}` });
    }
    const warm = new TraceMonitor(set);
    for (const r of sample.slice(0, 20_000)) warm.observe(r, 'warm', 1);
    const mem = new TraceMonitor(set);
    t = performance.now();
    for (let i = 0; i < sample.length; i++) mem.observe(sample[i]!, 'mem', i + 1);
    mem.finish();
    const memMs = performance.now() - t;
    figures.push({
      name: 'invariants.engine_checks_per_second',
      value: rate(mem.checks, memMs),
      unit: 'checks/s',
      parameters: {
        invariants: set.invariants.length,
        records: sample.length,
        checks: mem.checks,
        violations: mem.violationCount,
        note: 'records already parsed in memory; no I/O',
      },
    });
    log(`engine: ${rate(mem.checks, memMs)} checks/s, ${rate(sample.length, memMs)} records/s`);

    // Whole gate path: stream + parse + check.
    const monitor = new TraceMonitor(set);
    const cpu0 = process.cpuUsage();
    t = performance.now();
    const summary = await readTrace(file, 'trace.jsonl', (r, line) =>
      monitor.observe(r, 'trace.jsonl', line),
    );
    monitor.finish();
    const gateMs = performance.now() - t;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    if (monitor.violationCount + monitor.errorCount > 0) {
      throw new Error(
        `benchmark trace is not clean: ${monitor.violationCount} violations, ${monitor.errorCount} errors`,
      );
    }
    const params = {
      invariants: set.invariants.length,
      records: summary.records,
      checks: monitor.checks,
      trace_mib: Math.round((summary.bytes / 2 ** 20) * 10) / 10,
      seconds: Math.round(gateMs) / 1000,
      cpu_seconds: Math.round(cpuMs) / 1000,
      load_average: Math.round(loadavg()[0]! * 10) / 10,
    };
    figures.push({
      name: 'invariants.record_checks_per_second',
      value: rate(monitor.checks, gateMs),
      unit: 'checks/s',
      parameters: {
        ...params,
        note: 'streamed from disk, JSON.parse per line, one core (wall clock)',
      },
    });
    figures.push({
      name: 'invariants.record_checks_per_cpu_second',
      value: rate(monitor.checks, cpuMs),
      unit: 'checks/s',
      parameters: {
        ...params,
        note: 'same run, per CPU second of this process (user + system): less sensitive to other load on the machine',
      },
    });
    figures.push({
      name: 'invariants.record_invariant_pairs_per_second',
      value: rate(summary.records * set.invariants.length, gateMs),
      unit: 'pairs/s',
      parameters: {
        ...params,
        note: 'records × invariants decided per second, counting pairs the (scope, event) index rules out without evaluating',
      },
    });
    figures.push({
      name: 'invariants.records_per_second',
      value: rate(summary.records, gateMs),
      unit: 'records/s',
      parameters: params,
    });
    log(
      `gate path: ${rate(monitor.checks, gateMs)} checks/s (${rate(monitor.checks, cpuMs)} per CPU s), ${rate(summary.records, gateMs)} records/s over ${summary.records} records (${monitor.checks} checks) in ${(gateMs / 1000).toFixed(2)} s`,
    );

    // Runtime guard overhead.
    const bare = (r: { attempt: number; max_attempts: number }): number => r.attempt;
    const guarded = guard(bare, 'INV.RETRY.BOUND', { set });
    const arg = { scope: 'retry', event: 'attempt', attempt: 2, max_attempts: 5 };
    let sink = 0;
    const N = 300_000;
    for (let i = 0; i < 20_000; i++) sink += guarded(arg) + bare(arg);
    t = performance.now();
    for (let i = 0; i < N; i++) sink += bare(arg);
    const bareNs = ((performance.now() - t) * 1e6) / N;
    t = performance.now();
    for (let i = 0; i < N; i++) sink += guarded(arg);
    const guardNs = ((performance.now() - t) * 1e6) / N;
    figures.push({
      name: 'runtime.guard_overhead_per_call',
      value: Math.round((guardNs - bareNs) * 10) / 10,
      unit: 'ns/call',
      parameters: {
        invariant: 'INV.RETRY.BOUND',
        calls: N,
        bare_ns: bareNs,
        guarded_ns: guardNs,
        sink,
      },
    });
    log(`guard overhead: ${(guardNs - bareNs).toFixed(0)} ns/call`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
};

export default bench;
