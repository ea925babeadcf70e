/**
 * One model-checker run in its own process, so the bench measures it as it measures TLC: whole
 * process, peak RSS. Prints one JSON line: the search statistics and the status.
 * Usage: tsx bench/modelcheck-child.ts <spec.yaml> [constants-json]
 */
import { readFileSync } from 'node:fs';
import { checkModel } from '../action/gates/modelcheck/checker.js';
import { loadSpec } from '../action/gates/modelcheck/spec.js';

const [file, constants] = process.argv.slice(2);
if (file === undefined) {
  console.error('usage: modelcheck-child.ts <spec.yaml> [constants-json]');
  process.exit(2);
}
const model = loadSpec(
  file,
  readFileSync(file, 'utf8'),
  constants !== undefined ? { constants: JSON.parse(constants) as Record<string, unknown> } : {},
);
const r = await checkModel(model, { maxStates: 50_000_000, timeMs: 600_000 });
console.log(JSON.stringify({ status: r.status, stats: r.stats }));
