import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveBase } from '../../action/util/snapshot.js';
import { tempRepo } from '../helpers/repo.js';
import { check, prRepo } from './helpers.js';

/** The base stops: a critical invariant the head's trace violates. */
const BASE = {
  '.github/maestro.yml':
    'version: 1\ngates:\n  invariants:\n    paths: [invariants]\n    traces: ["traces/*.jsonl"]\n',
  'invariants/budget.yaml':
    '- id: INV.BUDGET\n  title: spend within budget\n  severity: critical\n  scope: call\n  assert:\n    - expr: spend <= budget\n',
  'traces/run.jsonl':
    '{"run_id":"r1","ts":"2026-01-01T00:00:00Z","scope":"call","event":"e","spend":1,"budget":2}\n',
};

/** The pull request violates the invariant and adds a `main/` folder posing as the base. */
const HEAD = {
  'traces/run.jsonl':
    '{"run_id":"r1","ts":"2026-01-01T00:00:00Z","scope":"call","event":"e","spend":9,"budget":2}\n',
  'main/.github/maestro.yml':
    'version: 1\ngates:\n  invariants:\n    paths: [invariants]\n    traces: ["traces/*.jsonl"]\n',
  'main/invariants/ok.yaml':
    '- id: INV.TRUE\n  title: always\n  severity: low\n  scope: call\n  assert:\n    - expr: "true"\n',
};

describe('a base the pull request cannot shadow', () => {
  it('--base main reads the git ref main, not a main/ folder the pull request adds', async () => {
    const dir = prRepo(BASE, HEAD);
    const r = await check(dir, ['--base', 'main']);
    expect(r.doc?.verdict.decision).toBe('STOPPED');
    expect(r.doc?.verdict.reason_codes).toContain('INV_VIOLATION_CRITICAL');
    expect(r.code).toBe(1);
  });

  it('--base dir:main inside the checkout is refused with a reason code', async () => {
    const dir = prRepo(BASE, HEAD);
    expect(() => resolveBase(`dir:${join(dir, 'main')}`, dir)).toThrow(/inside the checkout/);
    const r = await check(dir, ['--base-dir', join(dir, 'main')]);
    expect(r.code).toBe(1);
    expect(r.err + r.out).toContain('BASE_SNAPSHOT_UNAVAILABLE');
  });

  it('a directory outside the checkout is used when named as one', () => {
    const head = tempRepo({});
    const base = tempRepo({});
    mkdirSync(join(base, 'x'));
    expect(resolveBase(`dir:${base}`, head)).toContain(base.split('/').pop()!);
  });

  it('a ref that looks like an option is refused', () => {
    const dir = prRepo(BASE, {});
    expect(() => resolveBase('--output=/tmp/x', dir)).toThrow(/not a valid git ref/);
    expect(() => resolveBase('no-such-ref', dir)).toThrow(/not a git ref/);
  });
});
