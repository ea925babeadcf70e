import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness.js';

const manifest = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
// The runner and its parts under action/run-action/.
const source = [
  'action/run-action.ts',
  ...readdirSync(join(ROOT, 'action/run-action')).map((f) => `action/run-action/${f}`),
]
  .map((f) => readFileSync(join(ROOT, f), 'utf8'))
  .join('\n');

describe('action.yml matches the runner', () => {
  it('declares every output the runner sets', () => {
    const set = [...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]!);
    expect(set.length).toBeGreaterThan(5);
    for (const name of set) expect(Object.keys(manifest.outputs), name).toContain(name);
  });

  it('declares every input the runner reads', () => {
    const read = [...source.matchAll(/getInput\('([a-z-]+)'/g)].map((m) => m[1]!);
    expect(read).toContain('token');
    for (const name of read) expect(Object.keys(manifest.inputs), name).toContain(name);
  });

  it('runs dist/index.js on node24', () => {
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
