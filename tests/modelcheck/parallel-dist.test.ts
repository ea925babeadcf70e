// A parallel check from the BUILT bundle: `maestro-gate modelcheck --workers 2` (dist/cli.js
// beside dist/mc-search-worker.js) and the gate with `gates.modelcheck.workers: 2` (its code in a
// dist/gate-worker/ chunk, one folder below the search worker entry).
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const ENTRY = join(ROOT, 'dist/mc-search-worker.js');
// MCLamportMutex (N = 3) stopped at 400,000 states: long enough for the workers to start (at a
// quarter second) and take part.
const SPEC = join(ROOT, 'tests/fixtures/modelcheck/reference/lamport-mutex.yaml');
const BOUND = 400_000;
// The CLI's code: cli.js and the chunks of the split build it imports (dist/cli/).
const CHUNKS = join(ROOT, 'dist/cli');
const cliCode = [
  CLI,
  ...(existsSync(CHUNKS) ? readdirSync(CHUNKS).map((f) => join(CHUNKS, f)) : []),
];
// A worktree whose dist/ was restored after a build keeps the new untracked entry beside an old
// cli.js: both must be of one build.
const missing =
  existsSync(ENTRY) && cliCode.some((f) => readFileSync(f, 'utf8').includes('mc-search-worker.js'))
    ? undefined
    : `${ENTRY} is not built (npm run build)`;

describe.skipIf(missing !== undefined && process.env['CI'] !== 'true')(
  'a parallel check runs from the bundle',
  () => {
    const dirs: string[] = [];
    afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

    it('maestro-gate modelcheck --workers 2: the one-worker counts, two workers used', async () => {
      if (missing) throw new Error(missing);
      const out = async (workers: number) => {
        const args = [CLI, 'modelcheck', SPEC, '--workers', `${workers}`];
        // A bound pauses: exit code 2, the JSON on stdout all the same.
        const r = await run(process.execPath, [
          ...args,
          '--max-states',
          `${BOUND}`,
          '--format',
          'json',
        ]).catch((e: { code?: number; stdout?: string }) => {
          expect(e.code).toBe(2);
          return { stdout: e.stdout ?? '' };
        });
        return (JSON.parse(r.stdout) as { bound: string; stats: Record<string, number> }[])[0]!;
      };
      const one = await out(1);
      const two = await out(2);
      expect([one.bound, two.bound]).toEqual(['states', 'states']);
      expect([one.stats['workers'], two.stats['workers']]).toEqual([1, 2]);
      expect([two.stats['distinct'], two.stats['generated']]).toEqual([
        one.stats['distinct'],
        one.stats['generated'],
      ]);
      expect(two.stats['distinct']).toBe(BOUND);
    }, 120_000);

    it('the gate with gates.modelcheck.workers: 2 (maestro-gate check)', async () => {
      if (missing) throw new Error(missing);
      const dir = mkdtempSync(join(tmpdir(), 'maestro-mc-parallel-'));
      dirs.push(dir);
      mkdirSync(join(dir, '.github'));
      mkdirSync(join(dir, 'specs'));
      copyFileSync(SPEC, join(dir, 'specs/lamport-mutex.yaml'));
      writeFileSync(
        join(dir, '.github/maestro.yml'),
        `version: 1\nowners: [me]\ngates:\n  modelcheck:\n    specs: [specs]\n    workers: 2\n    max_states: ${BOUND}\n    bound_action: RUN\n`,
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
      expect([stats['distinct'], stats['workers']]).toEqual([BOUND, 2]);
    }, 60_000);
  },
);
