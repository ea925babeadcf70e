import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { DIST, node24, pullRequestEvent } from '../action/harness.js';
import { runEntry } from './action-run.js';
import { git, prRepo } from './helpers.js';

const CONFIG = { '.github/maestro.yml': 'version: 1\ngates: {}\n' };

function pr(dir: string, mutate: (e: Record<string, unknown>) => void = () => undefined) {
  const event = pullRequestEvent({
    repository: 'octo/repo',
    number: 3,
    baseSha: git(dir, 'rev-parse', 'main'),
    headSha: git(dir, 'rev-parse', 'HEAD'),
    changedFiles: 1,
  });
  mutate(event);
  return event;
}

/** The source entry always; the built dist/index.js under Node 24 when both are there. */
const NODE24 = node24().path;
const TARGETS: [string, string | undefined][] = [
  ['action/main.ts', undefined],
  ...(NODE24 && existsSync(DIST) ? [['dist/index.js', NODE24] as [string, string]] : []),
];

describe.each(TARGETS)('the Action entry (%s) under faults', (_target, node) => {
  it('a GITHUB_EVENT_PATH that is not JSON is STOPPED with a reason, not an import crash', async () => {
    const dir = prRepo(CONFIG, {});
    const r = await runEntry({
      ...(node ? { node } : {}),
      workspace: dir,
      event: '{ not json',
    });
    expect(r.hung).toBe(false);
    expect(r.code).toBe(1);
    expect(r.outputs['verdict']).toBe('STOPPED');
    expect(r.outputs['reason-codes']).toBe('PR_FACTS_UNAVAILABLE');
    expect(r.stdout).toMatch(/::error::.*GITHUB_EVENT_PATH/);
  });

  it('an unwritable GITHUB_OUTPUT cannot make the last-resort handler throw', async () => {
    const dir = prRepo(CONFIG, {});
    const r = await runEntry({
      ...(node ? { node } : {}),
      workspace: dir,
      event: pr(dir),
      outputPath: mkdtempSync(join(tmpdir(), 'maestro-output-is-a-dir-')),
    });
    expect(r.hung).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::/);
    expect(r.stderr).not.toMatch(/at .*last-resort|Uncaught/);
  });

  it('a GitHub that accepts and never answers does not hang the Action: GITHUB_NETWORK', async () => {
    const dir = prRepo(CONFIG, {});
    const server = createServer(() => undefined);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const r = await runEntry({
        ...(node ? { node } : {}),
        workspace: dir,
        event: pr(dir),
        inputs: { token: 't' },
        env: {
          GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
          MAESTRO_GITHUB_REQUEST_TIMEOUT_MS: '300',
          MAESTRO_GITHUB_CALL_BUDGET_MS: '1500',
        },
      });
      expect(r.hung).toBe(false);
      expect(r.outputs['verdict']).toBe('STOPPED');
      expect(r.outputs['reason-codes']).toBe('GITHUB_NETWORK');
      expect(r.stdout).not.toContain('pull-requests: read');
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it('a refused connection is named a network failure at once, without a permission hint', async () => {
    const dir = prRepo(CONFIG, {});
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const dead = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((r) => closed.close(r));
    // The default request timeout and call budget: nothing here shortens the retries.
    const r = await runEntry({
      ...(node ? { node } : {}),
      workspace: dir,
      event: pr(dir),
      inputs: { token: 't' },
      env: { GITHUB_API_URL: dead },
      timeoutMs: 120_000,
    });
    expect(r.hung).toBe(false);
    expect(r.code).toBe(1);
    expect(r.outputs['verdict']).toBe('STOPPED');
    expect(r.outputs['reason-codes']).toBe('GITHUB_NETWORK');
    expect(r.stdout).toMatch(/ECONNREFUSED/);
    expect(r.stdout).toMatch(/network failure/);
    expect(r.stdout).not.toMatch(/pull-requests: read|permission/i);
  });

  it('a pull_request payload without base.ref treats the base as protected and says so', async () => {
    const dir = prRepo(
      {
        '.github/maestro.yml':
          'version: 1\ngates:\n  invariants:\n    paths: [inv]\n    traces: ["t/*.jsonl"]\n',
        'inv/a.yaml':
          '- id: INV.A\n  title: a\n  severity: low\n  scope: s\n  assert:\n    - expr: x == 1\n',
        't/a.jsonl': '{"run_id":"r","ts":"2026-01-01T00:00:00Z","scope":"s","event":"e","x":1}\n',
      },
      {},
    );
    const r = await runEntry({
      ...(node ? { node } : {}),
      workspace: dir,
      event: pr(dir, (e) => {
        delete ((e['pull_request'] as Record<string, unknown>)['base'] as Record<string, unknown>)[
          'ref'
        ];
      }),
      inputs: { signing: 'none' },
    });
    expect(r.hung).toBe(false);
    expect(r.outputs['verdict']).toBe('PAUSE_FOR_HITL');
    expect(r.outputs['reason-codes']).toContain('EVIDENCE_UNSIGNED');
    expect(r.stdout).toMatch(/Unknown means strict: the pull_request event names no base branch/);
  });
});
