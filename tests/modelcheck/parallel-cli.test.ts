// `maestro-gate modelcheck`: the search on local specs, --workers validated, decisions as exit codes.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../action/cli/main.js';
import { captureIo } from '../helpers/repo.js';

const REF = resolve('tests/fixtures/modelcheck/reference');

describe('maestro-gate modelcheck', () => {
  it('--workers 2 gives the one-worker counts at the state bound', async () => {
    const runs = [];
    for (const w of ['1', '2']) {
      const cap = captureIo();
      const code = await main(
        [
          'modelcheck',
          `${REF}/lamport-mutex.yaml`,
          '--workers',
          w,
          '--max-states',
          '60000',
          '--format',
          'json',
        ],
        cap.io,
      );
      expect(code).toBe(2);
      runs.push(JSON.parse(cap.out()) as { bound: string; stats: Record<string, number> }[]);
    }
    const [one, two] = runs.map((r) => r[0]!);
    expect(two!.bound).toBe('states');
    // From source each worker compiles its code first: the main thread may finish alone.
    expect([1, 2]).toContain(two!.stats['workers']);
    expect([two!.stats['distinct'], two!.stats['generated']]).toEqual([
      one!.stats['distinct'],
      one!.stats['generated'],
    ]);
  }, 60_000);

  it('a violation exits 1 with the shortest counterexample; a bound exits 2', async () => {
    const cap = captureIo();
    expect(await main(['modelcheck', `${REF}/diehard.yaml`, '--workers', '2'], cap.io)).toBe(1);
    expect(cap.out()).toMatch(/^STOPPED .*diehard\.yaml: .*counterexample of 7 states/);
    const bound = captureIo();
    expect(
      await main(['modelcheck', `${REF}/tokenring.yaml`, '--max-states', '100'], bound.io),
    ).toBe(2);
    expect(bound.out()).toMatch(/^PAUSE_FOR_HITL .*states bound/);
  }, 60_000);

  it.each([['0'], ['17'], ['1.5'], ['two']])('--workers %s is a usage error', async (w) => {
    const cap = captureIo();
    expect(await main(['modelcheck', `${REF}/tokenring.yaml`, '--workers', w], cap.io)).toBe(64);
    expect(cap.err()).toMatch(/--workers must be an integer from 1 to 16/);
  });
});
