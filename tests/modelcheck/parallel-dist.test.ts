// A parallel check from the BUILT bundle: `maestro-gate modelcheck --workers 2` (dist/cli.js
// beside dist/mc-search-worker.js) and the gate with `gates.modelcheck.workers: 2` (its code in a
// dist/gate-worker/ chunk, one folder below the search worker entry).
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const ENTRY = join(ROOT, 'dist/mc-search-worker.js');
const SPEC = join(ROOT, 'tests/fixtures/modelcheck/reference/tokenring.yaml');
const missing = existsSync(ENTRY) ? undefined : `${ENTRY} is not built (npm run build)`;

describe.skipIf(missing !== undefined && process.env['CI'] !== 'true')(
  'a parallel check runs from the bundle',
  () => {
    const dirs: string[] = [];
    afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

    it('maestro-gate modelcheck --workers 2: the one-worker counts, two workers used', async () => {
      if (missing) throw new Error(missing);
      const out = async (workers: number) =>
        JSON.parse(
          (
            await run(process.execPath, [
              CLI,
              'modelcheck',
              SPEC,
              '--workers',
              `${workers}`,
              '--format',
              'json',
            ])
          ).stdout,
        ) as {
          decision: string;
          stats: { distinct: number; generated: number; workers: number };
        }[];
      const [one] = await out(1);
      const [two] = await out(2);
      expect(two!.decision).toBe('RUN');
      expect(two!.stats.workers).toBe(2);
      expect([two!.stats.distinct, two!.stats.generated]).toEqual([46656, 248832]);
      expect([one!.stats.distinct, one!.stats.generated, one!.stats.workers]).toEqual([
        46656, 248832, 1,
      ]);
    }, 60_000);

    it('the gate with gates.modelcheck.workers: 2 (maestro-gate check)', async () => {
      if (missing) throw new Error(missing);
      const dir = mkdtempSync(join(tmpdir(), 'maestro-mc-parallel-'));
      dirs.push(dir);
      mkdirSync(join(dir, '.github'));
      mkdirSync(join(dir, 'specs'));
      copyFileSync(SPEC, join(dir, 'specs/tokenring.yaml'));
      writeFileSync(
        join(dir, '.github/maestro.yml'),
        'version: 1\nowners: [me]\ngates:\n  modelcheck:\n    specs: [specs]\n    workers: 2\n',
      );
      const { stdout } = await run(process.execPath, [
        CLI,
        'check',
        dir,
        '--format',
        'json',
        '--quiet',
      ]);
      const gate = (
        JSON.parse(stdout) as {
          gates: {
            gate: string;
            decision: string;
            report?: { specs: { stats: Record<string, number> }[] };
          }[];
        }
      ).gates.find((g) => g.gate === 'modelcheck')!;
      expect(gate.decision).toBe('RUN');
      const stats = gate.report!.specs[0]!.stats;
      expect([stats['distinct'], stats['generated'], stats['workers']]).toEqual([46656, 248832, 2]);
    }, 60_000);
  },
);
