/**
 * The OPE benchmark's measured process (spawned by bench/ope.bench.ts, so its peak RSS is the
 * gate's alone): reads the zstd Parquet file, evaluates both policies with all five estimators,
 * the t and Bernstein bounds and a bootstrap, and prints one JSON line of figures.
 */
import { readFileSync } from 'node:fs';
import { resolveSettings } from '../action/gates/ope/config.js';
import { evaluate } from '../action/gates/ope/evaluate.js';
import { parsePolicy } from '../action/gates/ope/policy.js';

const [data, base, cand, armsCsv, resamples] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const arms = armsCsv.split(',');
const started = performance.now();
const cpuStarted = process.cpuUsage();
const schema = {
  path: data,
  context: ['segment'],
  action: 'arm',
  propensity: 'pscore',
  reward: 'reward',
  q_hat_prefix: 'q_hat_',
};
const { report } = await evaluate({
  data: { abs: data, file: data, schema },
  baseline: parsePolicy(readFileSync(base, 'utf8'), base, arms, ['segment']),
  candidate: parsePolicy(readFileSync(cand, 'utf8'), cand, arms, ['segment']),
  settings: resolveSettings({
    arms,
    bound: 'bootstrap',
    bootstrap: { resamples: Number(resamples), seed: 1 },
  }),
  alwaysBootstrap: true,
});
const wall = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
process.stdout.write(
  `${JSON.stringify({
    wall_s: wall,
    // On a shared machine wall time is mostly waiting for a core; CPU time is the work done.
    cpu_s: (cpu.user + cpu.system) / 1e6,
    rows: report.data.rows_used,
    max_rss_bytes: process.resourceUsage().maxRSS * 1024,
    bootstrap_groups: report.gate_rule.bootstrap?.groups,
    dr_difference: report.estimators.dr.difference.estimate,
    lower: report.gate_rule.bounds,
  })}\n`,
);
