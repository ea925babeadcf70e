/**
 * Model-checker throughput: distinct states per second on the tlaplus/Examples reference
 * models and on TwoPhase scaled to eight resource managers (> 1 M distinct states), compared
 * with TLC's one-worker figure measured on a 2-core machine of this kind (≈ 42 k distinct/s).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkModel } from '../action/gates/modelcheck/checker.js';
import { loadSpec } from '../action/gates/modelcheck/spec.js';
import type { BenchFigure, BenchModule } from './types.js';

const TLC_ONE_WORKER_DISTINCT_PER_SECOND = 42_000;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reference = (name: string): string =>
  readFileSync(join(root, 'tests/fixtures/modelcheck/reference', `${name}.yaml`), 'utf8');

const bench: BenchModule = async (log) => {
  const figures: BenchFigure[] = [];
  const models: { name: string; text: string; constants?: Record<string, unknown> }[] = [
    { name: 'DieHard', text: reference('diehard').replace(/ {2}- name: NotSolved[\s\S]*$/, '') },
    { name: 'TCommit', text: reference('tcommit') },
    { name: 'TwoPhase-RM3', text: reference('twophase') },
    {
      name: 'TwoPhase-RM8',
      text: reference('twophase'),
      constants: { RM: ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'] },
    },
  ];
  for (const m of models) {
    const model = loadSpec(`${m.name}.yaml`, m.text, m.constants ? { constants: m.constants } : {});
    const heapBefore = process.memoryUsage().heapUsed;
    const cpuBefore = process.cpuUsage();
    const r = await checkModel(model, { maxStates: 50_000_000, timeMs: 600_000 });
    const cpu = process.cpuUsage(cpuBefore);
    const heapAfter = process.memoryUsage().heapUsed;
    const s = r.stats;
    // CPU time of the process (all its threads, GC included): a fairer figure than wall time
    // when other work shares the machine.
    const cpuMs = Math.max((cpu.user + cpu.system) / 1000, 1e-3);
    const cpuDistinctPerSecond = Math.round((s.distinct / cpuMs) * 1000);
    log(
      `modelcheck ${m.name}: ${r.status}, ${s.distinct} distinct / ${s.generated} generated, depth ${s.depth}, ` +
        `${s.durationMs.toFixed(0)} ms, ${s.distinctPerSecond} distinct/s (${(s.distinctPerSecond / TLC_ONE_WORKER_DISTINCT_PER_SECOND).toFixed(1)}× TLC one worker), ` +
        `${s.generatedPerSecond} generated/s, ${s.bytesPerState} B/state; per CPU second ${cpuDistinctPerSecond} distinct/s`,
    );
    const parameters = {
      model: m.name,
      status: r.status,
      distinct: s.distinct,
      generated: s.generated,
      depth: s.depth,
      duration_ms: s.durationMs,
      tlc_one_worker_distinct_per_second: TLC_ONE_WORKER_DISTINCT_PER_SECOND,
      ratio_vs_tlc: s.distinctPerSecond / TLC_ONE_WORKER_DISTINCT_PER_SECOND,
    };
    figures.push(
      {
        name: `modelcheck.${m.name}.distinct_states_per_second`,
        value: s.distinctPerSecond,
        unit: 'states/s',
        parameters,
      },
      {
        name: `modelcheck.${m.name}.generated_states_per_second`,
        value: s.generatedPerSecond,
        unit: 'states/s',
        parameters,
      },
      {
        name: `modelcheck.${m.name}.distinct_states_per_cpu_second`,
        value: cpuDistinctPerSecond,
        unit: 'states/s',
        parameters: { ...parameters, cpu_ms: cpuMs, loadavg: os.loadavg() },
      },
      {
        name: `modelcheck.${m.name}.search_bytes_per_state`,
        value: s.bytesPerState,
        unit: 'bytes',
        parameters: {
          ...parameters,
          what: 'fingerprint table + per-state parent/ordinal + peak frontier',
        },
      },
      {
        name: `modelcheck.${m.name}.heap_bytes_per_state`,
        value: s.distinct > 0 ? Math.max(0, Math.round((heapAfter - heapBefore) / s.distinct)) : 0,
        unit: 'bytes',
        parameters: {
          ...parameters,
          what: 'V8 heapUsed delta over the search (typed arrays are mostly off-heap)',
        },
      },
    );
  }
  return figures;
};

export default bench;
