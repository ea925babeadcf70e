// The parallel search gives the one-worker search's answers (counts, depth, counterexamples,
// every bound), and every way a worker can fail stops the check with a coded error.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MaestroError } from '../../action/contract/errors.js';
import { checkModel } from '../../action/gates/modelcheck/checker.js';
import { checkParallel, type SpecSource } from '../../action/gates/modelcheck/parallel.js';
import { searchWorkerEntry } from '../../action/gates/modelcheck/parallel-pool.js';
import { loadSpec } from '../../action/gates/modelcheck/spec.js';

const started = vi.hoisted(() => [] as Worker[]);
vi.mock('node:worker_threads', async (importOriginal) => {
  const m = await importOriginal<typeof import('node:worker_threads')>();
  class Tracked extends m.Worker {
    constructor(...args: ConstructorParameters<typeof m.Worker>) {
      super(...args);
      started.push(this);
    }
  }
  return { ...m, Worker: Tracked, default: { ...m, Worker: Tracked } };
});

const REF = resolve('tests/fixtures/modelcheck/reference');
const source = (name: string, constants?: Record<string, unknown>, dir = REF): SpecSource => ({
  file: `${name}.yaml`,
  text: readFileSync(join(dir, `${name}.yaml`), 'utf8'),
  ...(constants !== undefined ? { constants } : {}),
});
const load = (s: SpecSource) =>
  loadSpec(s.file, s.text, s.constants !== undefined ? { constants: s.constants } : {});
const counts = (r: Awaited<ReturnType<typeof checkModel>>) => [
  r.status,
  r.bound,
  r.stats.distinct,
  r.stats.generated,
  r.stats.depth,
];

afterEach(() => {
  // Every worker a check started has exited when the check returns or throws.
  expect(started.map((w) => w.threadId).filter((id) => id !== -1)).toEqual([]);
  started.length = 0;
});

describe('two workers give the one-worker counts', () => {
  it.each([
    ['peterson', undefined],
    ['coffeecan', undefined],
    ['tokenring', undefined],
    ['lamport-mutex', { N: 2, maxClock: 5 }],
    ['twophase', undefined],
    ['twophase', { RM: ['r1', 'r2', 'r3', 'r4', 'r5'] }],
    ['tcommit', undefined],
  ] as const)(
    '%s',
    async (name, constants) => {
      const src = source(name, constants);
      const one = await checkModel(load(src));
      const two = await checkParallel(load(src), {
        workers: 2,
        source: src,
        minParallelLevel: 1,
        inlineWhileStarting: false,
      });
      expect(two.stats.workers).toBe(2);
      expect(counts(two)).toEqual(counts(one));
      expect(started.length).toBe(2);
    },
    60_000,
  );

  it('the main thread expanding slices while the workers start changes nothing', async () => {
    for (const src of [
      source('tokenring'),
      source('twophase', { RM: ['r1', 'r2', 'r3', 'r4', 'r5'] }),
    ]) {
      const one = await checkModel(load(src));
      const two = await checkParallel(load(src), { workers: 2, source: src, minParallelLevel: 16 });
      expect(counts(two)).toEqual(counts(one));
    }
  }, 60_000);

  it('workers: N is N expanding threads, the main thread one of them', async () => {
    const src = source('lamport-mutex');
    // Long enough that the workers start before the main thread alone reaches the bound.
    const one = await checkModel(load(src), { maxStates: 400_000 });
    const three = await checkParallel(load(src), { workers: 3, source: src, maxStates: 400_000 });
    expect(counts(three)).toEqual(counts(one));
    expect(three.stats.workers).toBe(3);
    expect(started.length).toBe(2);
  }, 60_000);

  it('a spec with temporal properties runs with one worker and says so', async () => {
    const src = source('dining');
    const r = await checkParallel(load(src), {
      workers: 2,
      source: src,
      minParallelLevel: 1,
      inlineWhileStarting: false,
    });
    expect(r.stats.workers).toBe(1);
    expect(started).toEqual([]);
    expect(counts(r)).toEqual(counts(await checkModel(load(src))));
  });
});

describe('violations and bounds as with one worker', () => {
  it('an invariant violation: the same shortest counterexample and counts (DieHard)', async () => {
    const src = source('diehard');
    const one = await checkModel(load(src));
    const two = await checkParallel(load(src), {
      workers: 2,
      source: src,
      minParallelLevel: 1,
      inlineWhileStarting: false,
    });
    expect(one.status).toBe('violation');
    expect(counts(two)).toEqual(counts(one));
    expect(two.violation?.trace.length).toBe(one.violation?.trace.length);
    expect(two.violation?.trace).toEqual(one.violation?.trace);
    expect(two.violation?.message).toBe(one.violation?.message);
  });

  it.each([
    ['states', { maxStates: 5000 }],
    ['depth', { maxDepth: 4 }],
  ] as const)('the %s bound stops at the same count', async (bound, opts) => {
    const src = source('twophase', { RM: ['r1', 'r2', 'r3', 'r4', 'r5'] });
    const one = await checkModel(load(src), opts);
    const two = await checkParallel(load(src), {
      ...opts,
      workers: 2,
      source: src,
      minParallelLevel: 1,
      inlineWhileStarting: false,
    });
    expect(one.bound).toBe(bound);
    expect(counts(two)).toEqual(counts(one));
  });

  it('the time bound and the abort signal end the search, workers terminated', async () => {
    const src = source('lamport-mutex');
    const timed = await checkParallel(load(src), {
      workers: 2,
      source: src,
      minParallelLevel: 1,
      inlineWhileStarting: false,
      timeMs: 1000,
      // A clock 50 times faster than the real one: the bound is hit after about 20 ms.
      clock: () => performance.now() * 50,
    });
    expect([timed.status, timed.bound]).toEqual(['bound', 'time']);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 1500);
    const aborted = await checkParallel(load(src), {
      workers: 2,
      source: src,
      minParallelLevel: 1,
      inlineWhileStarting: false,
      signal: ac.signal,
    });
    expect(aborted.status).toBe('aborted');
  }, 60_000);

  it('progress lines name the workers', async () => {
    const src = source('lamport-mutex', { N: 3, maxClock: 3 });
    const lines: string[] = [];
    await checkParallel(load(src), {
      workers: 2,
      source: src,
      minParallelLevel: 1,
      inlineWhileStarting: false,
      maxStates: 30_000,
      clock: () => performance.now() * 100,
      progress: (l) => lines.push(l),
    });
    expect(lines.some((l) => /distinct states, depth \d+, .* \(2 workers\)/.test(l))).toBe(true);
  }, 60_000);
});

const faulty = (fault: string, at = 2) => {
  const real = searchWorkerEntry()!;
  return {
    entry: {
      ...real,
      url: pathToFileURL(resolve('tests/fixtures/modelcheck/parallel/faulty-search-worker.ts')),
    },
    workerData: { fault, at },
  };
};

describe('slices a slow worker has not started', () => {
  it('are taken back by the main thread, the counts unchanged', async () => {
    // Each job waits 20 ms in the worker: the main thread runs out of slices of its own and
    // expands the ones queued behind the worker's current job; the worker answers them skipped.
    // Long enough for the worker to start under a loaded test run (which slices it expands and
    // which the main thread takes back depends on timing; the counts may not).
    const src = source('lamport-mutex');
    const one = await checkModel(load(src), { maxStates: 250_000 });
    const two = await checkParallel(load(src), {
      workers: 2,
      source: src,
      maxStates: 250_000,
      // A fast clock starts the worker at once.
      clock: () => performance.now() * 50,
      ...faulty('slow'),
    });
    expect(counts(two)).toEqual(counts(one));
    expect(started.length).toBe(1);
  }, 60_000);
});

describe('a failing worker stops the check with a coded error', () => {
  it.each([
    ['throw', 'MC_WORKER_FAILED', /threw: .*injected failure/],
    ['exit', 'MC_WORKER_FAILED', /exited \(code 7\)/],
    ['exit-at-start', 'MC_WORKER_FAILED', /exited \(code 3\)/],
    ['garbage', 'MC_WORKER_FAILED', /malformed result/],
    ['protocol', 'MC_WORKER_FAILED', /outside the protocol/],
    ['hang', 'MC_WORKER_STALLED', /taken as hung/],
    ['oom', 'MC_WORKER_FAILED', /ran out of memory/],
  ])(
    '%s → %s',
    async (fault, code, message) => {
      const src = source('twophase');
      const run = checkParallel(load(src), {
        workers: 2,
        source: src,
        minParallelLevel: 1,
        inlineWhileStarting: false,
        stallMs: 3000,
        memoryMb: 32,
        ...faulty(fault),
      });
      const e = await run.then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(e).toBeInstanceOf(MaestroError);
      expect((e as MaestroError).code).toBe(code);
      expect((e as MaestroError).message).toMatch(message);
    },
    60_000,
  );
});
