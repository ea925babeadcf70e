/**
 * Writes the demo's logged routing data (examples/demo/{base,head}/logs/routing.parquet):
 * 60,000 agent calls logged under an exploring version of the base routing policy, with the
 * task's kind and length as context, the model called, its propensity, success (reward) and
 * cost. Deterministic: `npx tsx scripts/ope/demo-data.ts` rewrites the same bytes. zstd Parquet.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { rng } from './synthetic-bandit.js';
import { zstdCompressor } from './zstd.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEMO_ROWS = 60_000;
const KINDS = ['chat', 'code', 'summarise'] as const;
const LENGTHS = ['short', 'long'] as const;
/** True success rates: the large model truncates long summaries and fails them more often. */
const SUCCESS: Record<string, { small: number; large: number }> = {
  'chat|short': { small: 0.86, large: 0.88 },
  'chat|long': { small: 0.8, large: 0.83 },
  'code|short': { small: 0.62, large: 0.81 },
  'code|long': { small: 0.48, large: 0.74 },
  'summarise|short': { small: 0.9, large: 0.89 },
  'summarise|long': { small: 0.79, large: 0.57 },
};
const COST = { small: 0.002, large: 0.04 };
/** The base routing policy's probability of `large` per task kind. */
const BASE_LARGE: Record<string, number> = { chat: 0.1, code: 0.9, summarise: 0.1 };

/** Builds the columns. */
export function demoColumns(n = DEMO_ROWS) {
  const r = rng(20261201);
  const kind: string[] = [];
  const length: string[] = [];
  const model: string[] = [];
  const pscore = new Float64Array(n);
  const success = new Float64Array(n);
  const cost = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = KINDS[Math.floor(r() * 3)]!;
    const l = LENGTHS[Math.floor(r() * 2)]!;
    // Logged with 20 % uniform exploration around the base policy.
    const pLarge = 0.8 * BASE_LARGE[k]! + 0.2 * 0.5;
    const arm = r() < pLarge ? 'large' : 'small';
    kind.push(k);
    length.push(l);
    model.push(arm);
    pscore[i] = arm === 'large' ? pLarge : 1 - pLarge;
    success[i] = r() < SUCCESS[`${k}|${l}`]![arm] ? 1 : 0;
    cost[i] = COST[arm];
  }
  return { kind, length, model, pscore, success, cost };
}

/** The zstd Parquet bytes. */
export async function demoParquet(n = DEMO_ROWS): Promise<ArrayBuffer> {
  const c = demoColumns(n);
  return parquetWriteBuffer({
    columnData: [
      { name: 'task_kind', data: c.kind, type: 'STRING' },
      { name: 'length', data: c.length, type: 'STRING' },
      { name: 'model', data: c.model, type: 'STRING' },
      { name: 'pscore', data: c.pscore, type: 'DOUBLE' },
      { name: 'success', data: c.success, type: 'DOUBLE' },
      { name: 'cost_usd', data: c.cost, type: 'DOUBLE' },
    ],
    codec: 'ZSTD',
    compressors: { ZSTD: await zstdCompressor() },
    rowGroupSize: 16_384,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = new Uint8Array(await demoParquet());
  for (const side of ['base', 'head']) {
    const out = join(root, 'examples/demo', side, 'logs/routing.parquet');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, bytes);
    console.log(`wrote ${out} (${bytes.length} bytes, ${DEMO_ROWS} rows)`);
  }
}
