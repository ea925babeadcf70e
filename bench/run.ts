/**
 * `npm run bench`: imports every bench/*.bench.ts, runs them one after another, writes
 * bench/results.json (one entry per figure, with the node version and CPU model) and prints a
 * table. Select with `npm run bench -- NAME...` (file names without .bench.ts): the figures of
 * the other files already in results.json are kept, so a partial run replaces only its own.
 * Every figure records the load average it was measured under.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import type { BenchFigure, BenchModule } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = (await glob('*.bench.ts', { cwd: here }))
  .sort()
  .filter((f) => only.length === 0 || only.includes(basename(f, '.bench.ts')));
const machine = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memory_gib: Math.round(totalmem() / 2 ** 30),
};
type Recorded = BenchFigure & {
  node: string;
  cpu: string;
  file: string;
  measured_at: string;
  load_average?: number[];
};
const resultsPath = join(here, 'results.json');
const kept: Recorded[] =
  only.length > 0 && existsSync(resultsPath)
    ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as { results: Recorded[] }).results.filter(
        (r) => !files.includes(r.file),
      )
    : [];
const results: Recorded[] = [];
let failed = 0;
for (const file of files) {
  console.error(`== ${file}`);
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: BenchModule };
    const figures = await mod.default((line) => console.error(`   ${line}`));
    for (const f of figures)
      results.push({
        ...f,
        node: machine.node,
        cpu: machine.cpu,
        file,
        measured_at: new Date().toISOString(),
        load_average: loadavg().map((l) => Math.round(l * 100) / 100),
      });
  } catch (thrown) {
    failed += 1;
    console.error(
      `   FAILED: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}`,
    );
  }
}
const all = [...kept, ...results].sort((a, b) => a.file.localeCompare(b.file));
writeFileSync(resultsPath, `${JSON.stringify({ machine, results: all }, null, 2)}\n`);
const w = Math.max(4, ...results.map((r) => r.name.length));
console.log(`${'name'.padEnd(w)}  ${'value'.padStart(14)}  unit`);
for (const r of results) {
  const v = Number.isInteger(r.value) ? String(r.value) : r.value.toPrecision(6);
  console.log(`${r.name.padEnd(w)}  ${v.padStart(14)}  ${r.unit}`);
}
console.log(
  `\n${machine.cpu}, ${machine.cores} cores, node ${machine.node}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; written to bench/results.json` +
    (kept.length > 0 ? ` (${kept.length} figures of other files kept)` : ''),
);
if (failed > 0) process.exitCode = 1;
