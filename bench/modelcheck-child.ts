/**
 * One model-checker run in its own process, so the bench measures it as it measures TLC: whole
 * process (worker threads included), peak RSS. Prints one JSON line: the search statistics and
 * the status.
 * Usage: tsx bench/modelcheck-child.ts <spec.yaml> [workers] [constants-json]
 */
import { readFileSync } from 'node:fs';
import { checkParallel } from '../action/gates/modelcheck/parallel.js';
import { loadSpec } from '../action/gates/modelcheck/spec.js';

const [file, workers, json] = process.argv.slice(2);
if (file === undefined) {
  console.error('usage: modelcheck-child.ts <spec.yaml> [workers] [constants-json]');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const constants = json !== undefined ? (JSON.parse(json) as Record<string, unknown>) : undefined;
const model = loadSpec(file, text, constants !== undefined ? { constants } : {});
const r = await checkParallel(model, {
  workers: Number(workers ?? '1'),
  source: { file, text, ...(constants !== undefined ? { constants } : {}) },
  maxStates: 50_000_000,
  timeMs: 600_000,
});
console.log(JSON.stringify({ status: r.status, stats: r.stats }));
