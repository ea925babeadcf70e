// Builders for OPE tests: in-memory chunks, data files and settings.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSchema, EvaluationSettings } from '../../action/gates/ope/config.js';
import { resolveSettings } from '../../action/gates/ope/config.js';
import type { RawChunk } from '../../action/gates/ope/data-readers.js';
import { parsePolicy, type TablePolicy } from '../../action/gates/ope/policy.js';
import type { LoggedRow, PolicyTable } from '../../scripts/ope/synthetic-bandit.js';

/** The schema of rows made by the synthetic bandit (JSONL names). */
export const SCHEMA: DataSchema = {
  path: 'logs.jsonl',
  context: ['segment'],
  action: 'arm',
  propensity: 'pscore',
  reward: 'reward',
  cost: 'cost',
  q_hat: 'q_hat',
};

/** Rows as in-memory chunks of `size`. */
export function chunksOf(rows: readonly Record<string, unknown>[], size = 1000): RawChunk[] {
  const out: RawChunk[] = [];
  const fields = Object.keys(rows[0] ?? {});
  for (let s = 0; s < rows.length; s += size) {
    const part = rows.slice(s, s + size);
    out.push({
      firstRow: s + 1,
      n: part.length,
      columns: new Map(fields.map((f) => [f, part.map((r) => r[f])])),
    });
  }
  return out;
}

/** A validated policy from a table. */
export function policy(
  t: PolicyTable | object,
  arms: string[],
  name = 'policy.json',
  context: string[] = ['segment'],
): TablePolicy {
  return parsePolicy(JSON.stringify(t), name, arms, context);
}

/** Settings with defaults and overrides. */
export function settings(
  arms: string[],
  over: Partial<EvaluationSettings> = {},
): EvaluationSettings {
  return { ...resolveSettings({ arms }), ...over };
}

/** Writes rows as JSONL. */
export function writeJsonl(dir: string, name: string, rows: readonly LoggedRow[]): string {
  const path = join(dir, name);
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}
