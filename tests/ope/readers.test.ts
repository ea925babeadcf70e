// Logged data: every format and Parquet codec reads the same; bad rows stop with file:row or are counted.
import { copyFileSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MaestroError } from '../../action/contract/errors.js';
import type { DataSchema } from '../../action/gates/ope/config.js';
import { handleBuffer, readChunks } from '../../action/gates/ope/data-readers.js';
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { evaluate } from '../../action/gates/ope/evaluate.js';
import { tempRepo } from '../helpers/repo.js';
import { policy, settings } from './helpers.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const ARMS = ['small', 'large'];
const BASE = { key: 'segment', table: {}, default: { small: 0.5, large: 0.5 } };
const CAND = {
  key: ['segment', 'tier'],
  table: { 'code|1': { large: 1 }, 'code|0': { small: 0.2, large: 0.8 } },
  default: { small: 0.9, large: 0.1 },
};
const COLUMNS: DataSchema = {
  path: '',
  context: ['segment', 'tier'],
  action: 'arm',
  propensity: 'pscore',
  reward: 'reward',
  cost: 'cost',
  q_hat_prefix: 'q_hat_',
};

async function run(abs: string, schema: Partial<DataSchema> = {}, file = abs) {
  const s = { ...COLUMNS, path: file, ...schema };
  return evaluate({
    data: { abs, file, schema: s },
    baseline: policy(BASE, ARMS, 'base.json', COLUMNS.context),
    candidate: policy(CAND, ARMS, 'head.json', COLUMNS.context),
    settings: settings(ARMS),
  });
}

async function failure(p: Promise<unknown>): Promise<MaestroError> {
  try {
    await p;
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(MaestroError);
    return thrown as MaestroError;
  }
  throw new Error('expected the evaluation to fail');
}

describe('logged data readers', () => {
  it('JSONL (q_hat map), CSV and Parquet with every codec give the same report', async () => {
    // The candidate keys on two context fields, so `tier` must match as a number (JSONL,
    // Parquet) and as a string (CSV).
    const jsonl = await run(join(fixtures, 'codec-rows.jsonl'), {
      q_hat_prefix: undefined,
      q_hat: 'q_hat',
    });
    const reference = jsonl.report.estimators;
    expect(jsonl.report.data.rows_used).toBe(60);
    expect(jsonl.report.data.contexts).toBe(6);
    const csv = await run(join(fixtures, 'codec-rows.csv'));
    expect(csv.report.estimators).toEqual(reference);
    for (const codec of ['none', 'snappy', 'gzip', 'brotli', 'zstd', 'lz4']) {
      const pq = await run(join(fixtures, `codec-${codec}.parquet`));
      expect(pq.report.data.format).toBe('parquet');
      expect(pq.report.estimators, codec).toEqual(reference);
      expect(pq.report.logged.mean_cost).toBeCloseTo(jsonl.report.logged.mean_cost!, 15);
    }
  });

  it('the built-in reward model runs when there are no estimate columns', async () => {
    const r = await run(join(fixtures, 'codec-rows.csv'), { q_hat_prefix: undefined });
    expect(r.report.data.reward_model).toBe('cross-fitted per-context mean (2 folds)');
    expect(Number.isFinite(r.report.estimators.dr.candidate.estimate)).toBe(true);
  });

  const bad: [string, string, RegExp][] = [
    [
      'missing propensity',
      '{"segment":"chat","tier":0,"arm":"small","reward":1,"cost":0}',
      /propensity/,
    ],
    [
      'zero propensity',
      '{"segment":"chat","tier":0,"arm":"small","pscore":0,"reward":1,"cost":0}',
      /propensity 0/,
    ],
    [
      'negative propensity',
      '{"segment":"chat","tier":0,"arm":"small","pscore":-0.2,"reward":1,"cost":0}',
      /propensity/,
    ],
    [
      'propensity > 1',
      '{"segment":"chat","tier":0,"arm":"small","pscore":1.5,"reward":1,"cost":0}',
      /greater than 1/,
    ],
    [
      'unknown arm',
      '{"segment":"chat","tier":0,"arm":"huge","pscore":0.5,"reward":1,"cost":0}',
      /"huge" is not one of/,
    ],
    [
      'non-finite reward',
      '{"segment":"chat","tier":0,"arm":"small","pscore":0.5,"reward":"NaN","cost":0}',
      /reward/,
    ],
    [
      'non-finite cost',
      '{"segment":"chat","tier":0,"arm":"small","pscore":0.5,"reward":1,"cost":null}',
      /cost/,
    ],
    ['missing context', '{"tier":0,"arm":"small","pscore":0.5,"reward":1,"cost":0}', /"segment"/],
  ];
  const good = '{"segment":"chat","tier":0,"arm":"small","pscore":0.5,"reward":1,"cost":0}';

  for (const [what, line, message] of bad) {
    it(`a bad row (${what}) stops with file:row by default`, async () => {
      const dir = tempRepo({ 'logs.jsonl': [good, good, line, good].join('\n') + '\n' });
      const e = await failure(
        run(join(dir, 'logs.jsonl'), { q_hat_prefix: undefined }, 'logs/routing.jsonl'),
      );
      expect(e.code).toBe('OPE_DATA_INVALID');
      expect(e.message).toMatch(/^logs\/routing\.jsonl:3: /);
      expect(e.message).toMatch(message);
      expect(e.location).toEqual({ file: 'logs/routing.jsonl', line: 3 });
    });
  }

  it('drop mode counts and reports every bad row', async () => {
    const lines = [good, ...bad.map((b) => b[1]), good, good];
    const dir = tempRepo({ 'logs.jsonl': lines.join('\n') + '\n' });
    const r = await run(
      join(dir, 'logs.jsonl'),
      { q_hat_prefix: undefined, bad_rows: 'drop' },
      'logs.jsonl',
    );
    expect(r.report.data.rows_read).toBe(lines.length);
    expect(r.report.data.rows_dropped).toBe(bad.length);
    expect(r.report.data.rows_used).toBe(3);
    expect(r.report.data.dropped_examples.map((x) => x.location)).toEqual(
      bad.map((_, i) => `logs.jsonl:${i + 2}`),
    );
    expect(Object.values(r.report.data.dropped_by_reason).reduce((a, b) => a + b, 0)).toBe(
      bad.length,
    );
  });

  it('CSV bad rows are located on their line; a CSV without a configured column is unreadable', async () => {
    const dir = tempRepo({
      'a.csv': 'segment,tier,arm,pscore,reward,cost\nchat,0,small,0.5,1,0\nchat,0,small,,1,0\n',
      'b.csv': 'segment,arm,pscore,reward,cost\nchat,small,0.5,1,0\n',
    });
    const e = await failure(run(join(dir, 'a.csv'), { q_hat_prefix: undefined }, 'a.csv'));
    expect(e.code).toBe('OPE_DATA_INVALID');
    expect(e.location).toEqual({ file: 'a.csv', line: 3 });
    const u = await failure(run(join(dir, 'b.csv'), { q_hat_prefix: undefined }, 'b.csv'));
    expect(u.code).toBe('OPE_DATA_UNREADABLE');
    expect(u.message).toContain('"tier"');
  });

  it('malformed, empty, missing and hostile files fail closed', async () => {
    const dir = tempRepo({
      'broken.jsonl': `${good}\n{"segment": \n`,
      'array.jsonl': `${good}\n[1,2]\n`,
      'empty.jsonl': '',
      'fake.parquet': 'PAR1 not really parquet PAR1',
    });
    const noQ = { q_hat_prefix: undefined };
    expect((await failure(run(join(dir, 'broken.jsonl'), noQ, 'broken.jsonl'))).location).toEqual({
      file: 'broken.jsonl',
      line: 2,
    });
    expect((await failure(run(join(dir, 'array.jsonl'), noQ))).code).toBe('OPE_DATA_UNREADABLE');
    expect((await failure(run(join(dir, 'empty.jsonl'), noQ))).code).toBe('OPE_DATA_INVALID');
    expect((await failure(run(join(dir, 'missing.jsonl'), noQ))).code).toBe('OPE_DATA_UNREADABLE');
    expect((await failure(run(join(dir, 'fake.parquet')))).code).toBe('OPE_DATA_UNREADABLE');
    copyFileSync(join(fixtures, 'codec-zstd.parquet'), join(dir, 'cut.parquet'));
    truncateSync(join(dir, 'cut.parquet'), 3000);
    expect((await failure(run(join(dir, 'cut.parquet')))).code).toBe('OPE_DATA_UNREADABLE');
    const pqMissing = await failure(run(join(fixtures, 'codec-zstd.parquet'), { reward: 'nope' }));
    expect(pqMissing.code).toBe('OPE_DATA_UNREADABLE');
    expect(pqMissing.message).toContain('"nope"');
  });

  it('a directory for a data file, and a file that shrinks while it is read, are coded errors', async () => {
    const dir = tempRepo({ 'x.txt': 'x' });
    mkdirSync(join(dir, 'logs.parquet'));
    const notFile = await failure(run(join(dir, 'logs.parquet'), {}, 'logs.parquet'));
    expect(notFile.code).toBe('OPE_DATA_UNREADABLE');
    expect(notFile.message).toContain('logs.parquet: the logged data path is not a regular file');
    writeFileSync(join(dir, 'shrinks.parquet'), Buffer.alloc(4096, 1));
    const handle = await open(join(dir, 'shrinks.parquet'), 'r');
    try {
      const buffer = handleBuffer(handle, 4096, 'shrinks.parquet');
      expect((await buffer.slice(0, 16)).byteLength).toBe(16);
      truncateSync(join(dir, 'shrinks.parquet'), 100);
      let cut: unknown;
      try {
        await buffer.slice(0, 4096);
      } catch (thrown) {
        cut = thrown;
      }
      expect(cut).toBeInstanceOf(MaestroError);
      expect((cut as MaestroError).code).toBe('OPE_DATA_UNREADABLE');
      expect((cut as MaestroError).location).toEqual({ file: 'shrinks.parquet' });
    } finally {
      await handle.close();
    }
  });

  it('flat Parquet columns with nulls, several row groups and pages read as hyparquet reads them', async () => {
    const n = 5000;
    const seg = Array.from({ length: n }, (_, i) => (i % 97 === 5 ? null : `s${i % 7}`));
    const ps = Array.from({ length: n }, (_, i) => (i % 101 === 3 ? null : 0.25 + (i % 3) * 0.25));
    const reward = Float64Array.from({ length: n }, (_, i) => (i * 7919) % 13);
    const tier = Array.from({ length: n }, (_, i) => (i % 89 === 1 ? null : i % 2));
    const bytes = parquetWriteBuffer({
      columnData: [
        { name: 'segment', data: seg, type: 'STRING' },
        { name: 'pscore', data: ps, type: 'DOUBLE' },
        { name: 'reward', data: reward, type: 'DOUBLE' },
        { name: 'tier', data: tier, type: 'INT32' },
      ],
      rowGroupSize: 1200,
      pageSize: 2000,
    });
    const dir = tempRepo({ 'x.txt': '' });
    writeFileSync(join(dir, 'nulls.parquet'), new Uint8Array(bytes));
    const fields = ['segment', 'pscore', 'reward', 'tier'];
    const got: Record<string, unknown[]> = { segment: [], pscore: [], reward: [], tier: [] };
    let next = 1;
    for await (const c of readChunks(
      join(dir, 'nulls.parquet'),
      'nulls.parquet',
      'parquet',
      fields,
      8192,
    )) {
      expect(c.firstRow).toBe(next);
      next += c.n;
      for (const f of fields) got[f]!.push(...Array.from(c.columns.get(f)!));
    }
    const ref = (await parquetReadObjects({ file: bytes, compressors })) as Record<
      string,
      unknown
    >[];
    expect(ref).toHaveLength(n);
    const nullAsNaN = (v: unknown) => (v === null ? NaN : v);
    expect(got['segment']).toEqual(ref.map((r) => r['segment']));
    expect(got['pscore']).toEqual(ref.map((r) => nullAsNaN(r['pscore'])));
    expect(got['reward']).toEqual(ref.map((r) => r['reward']));
    expect(got['tier']).toEqual(ref.map((r) => nullAsNaN(r['tier'])));
    // A null propensity is a bad row at its row number, as in JSONL.
    const e = await failure(
      evaluate({
        data: {
          abs: join(dir, 'nulls.parquet'),
          file: 'nulls.parquet',
          schema: {
            path: 'nulls.parquet',
            context: ['segment'],
            action: 'segment',
            propensity: 'pscore',
            reward: 'reward',
          },
        },
        baseline: policy(
          { key: 'segment', table: {}, default: { s0: 1 } },
          ['s0', 's1', 's2', 's3', 's4', 's5', 's6'],
          'b.json',
        ),
        candidate: policy(
          { key: 'segment', table: {}, default: { s1: 1 } },
          ['s0', 's1', 's2', 's3', 's4', 's5', 's6'],
          'c.json',
        ),
        settings: settings(['s0', 's1', 's2', 's3', 's4', 's5', 's6']),
      }),
    );
    expect(e.location).toEqual({ file: 'nulls.parquet', line: 4 });
    expect(e.message).toMatch(/propensity null/);
  });
});
