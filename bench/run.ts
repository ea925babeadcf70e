/**
 * `npm run bench`: imports every bench/*.bench.ts, runs them one after another, writes
 * bench/results.json (one entry per figure, with the node version and CPU model) and prints a
 * table. Select with `npm run bench -- NAME...` (file names without .bench.ts).
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
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
const results: (BenchFigure & { node: string; cpu: string; file: string; measured_at: string })[] =
  [];
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
      });
  } catch (thrown) {
    failed += 1;
    console.error(
      `   FAILED: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}`,
    );
  }
}
writeFileSync(join(here, 'results.json'), `${JSON.stringify({ machine, results }, null, 2)}\n`);
const w = Math.max(4, ...results.map((r) => r.name.length));
console.log(`${'name'.padEnd(w)}  ${'value'.padStart(14)}  unit`);
for (const r of results) {
  const v = Number.isInteger(r.value) ? String(r.value) : r.value.toPrecision(6);
  console.log(`${r.name.padEnd(w)}  ${v.padStart(14)}  ${r.unit}`);
}
console.log(
  `\n${machine.cpu}, ${machine.cores} cores, node ${machine.node}; written to bench/results.json`,
);
if (failed > 0) process.exitCode = 1;
