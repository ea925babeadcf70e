/**
 * Runner-contract end-to-end tests: the BUILT dist/index.js under Node 24, the demo pull
 * request as a real git repository, and the fake GitHub as GITHUB_API_URL. Build first with
 * `npm run build`. In CI (CI=true) a missing Node 24 or a missing dist/ fails; locally the
 * suite is skipped with the reason.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STICKY_COMMENT_MARKER } from '../../action/github/port.js';
import { VERDICT_JSON_BEGIN, type CheckRunVerdict } from '../../action/render/check-run.js';
import { diffSnapshots, listFiles } from '../../action/util/snapshot.js';
import type { GateRun } from '../../action/contract/run.js';
import { FakeGitHub } from '../fake-github/server.js';
import {
  DEMO_BASE,
  DEMO_HEAD,
  DIST,
  demoWorkspace,
  mergeGroupEvent,
  node24,
  pullRequestEvent,
  pushEvent,
  runAction,
  signingKeyPem,
  snapshotFiles,
  type ActionRun,
} from './harness.js';

const REPO = 'maestro-demo/router';
/** Clean pull requests are signed with a key, so unsigned evidence does not pause them. */
const KEY = signingKeyPem();
const node = node24();
const missing = !node.path
  ? node.reason
  : !existsSync(DIST)
    ? `${DIST} is not built (npm run build)`
    : undefined;
const inCi = process.env['CI'] === 'true';

describe('the runner contract needs Node 24 and dist/', () => {
  it.runIf(inCi)('has both in CI', () => {
    expect(missing, missing).toBeUndefined();
  });
});

const CONCLUSION = {
  RUN: 'success',
  PAUSE_FOR_HITL: 'action_required',
  STOPPED: 'failure',
} as const;

function gateRunOf(run: ActionRun): GateRun {
  return JSON.parse(
    readFileSync(join(run.outputs['evidence-path']!, 'gate-run.json'), 'utf8'),
  ) as GateRun;
}

function verdictJson(text: string | null): CheckRunVerdict {
  const after = (text ?? '').split(VERDICT_JSON_BEGIN)[1] ?? '';
  const json = /```json\n([\s\S]*?)\n```/.exec(after)?.[1];
  if (!json) throw new Error(`no verdict JSON in the check run text:\n${text}`);
  return JSON.parse(json) as CheckRunVerdict;
}

describe.skipIf(missing !== undefined)(
  'dist/index.js under Node 24 against the fake GitHub',
  () => {
    const fake = new FakeGitHub();
    const changed = diffSnapshots(DEMO_BASE, DEMO_HEAD);

    beforeAll(async () => {
      await fake.start();
      fake.tokens.set('write-token', 'write');
      fake.tokens.set('read-token', 'read');
    });
    afterAll(async () => {
      await fake.close();
      // Every response the action received conformed to GitHub's OpenAPI description.
      expect(fake.problems).toEqual([]);
    });

    function seedPull(
      number: number,
      baseSha: string,
      headSha: string,
      headRepository?: string,
    ): void {
      const repo = fake.addRepo(REPO);
      repo.trees.set(baseSha, snapshotFiles(DEMO_BASE));
      repo.pulls.set(number, {
        number,
        title: 'Route canary traffic to the new model',
        author: { login: headRepository ? 'mallory' : 'octocat' },
        base: { ref: 'main', sha: baseSha },
        head: {
          ref: 'feature',
          sha: headSha,
          ...(headRepository ? { repository: headRepository } : {}),
        },
        files: changed,
      });
    }

    it('pull_request: reads the base commit, lists files once, publishes check run, one sticky comment, outputs and summary', async () => {
      const ws = demoWorkspace();
      seedPull(42, ws.baseSha, ws.headSha);
      const event = pullRequestEvent({
        repository: REPO,
        number: 42,
        baseSha: ws.baseSha,
        headSha: ws.headSha,
        changedFiles: changed.length,
      });
      const first = await runAction({
        node: node.path!,
        workspace: ws.dir,
        apiUrl: fake.url,
        eventName: 'pull_request',
        event,
        sha: ws.headSha,
        repository: REPO,
        inputs: { token: 'write-token' },
      });
      const gateRun = gateRunOf(first);
      const decision = gateRun.verdict.decision;

      // Outputs and exit code follow the verdict.
      expect(first.outputs['verdict']).toBe(decision);
      expect(first.outputs['reason-codes']).toBe(gateRun.verdict.reason_codes.join(','));
      expect(first.outputs['sealed']).toBe(String(gateRun.verdict.sealed));
      expect(first.outputs['published']).toBe('true');
      expect(first.outputs['check-run-url']).toMatch(
        /^https:\/\/github\.com\/maestro-demo\/router\/runs\/\d+$/,
      );
      expect(existsSync(first.outputs['sarif-path']!)).toBe(true);
      expect(first.code).toBe(decision === 'RUN' ? 0 : 1);

      // Config and gate material came from the base commit (git archive), not the head.
      expect(first.stdout).toContain(`base snapshot ${ws.baseSha} (git-archive)`);
      expect(gateRun.base_dir).not.toBe(gateRun.head_dir);
      expect(readFileSync(join(gateRun.base_dir, '.github/maestro.yml'), 'utf8')).toBe(
        readFileSync(join(DEMO_BASE, '.github/maestro.yml'), 'utf8'),
      );
      expect(first.stdout).toContain(`pull request #42 changes ${changed.length} file(s)`);

      // The check run carries the verdict JSON and the conclusion.
      const runs = fake.repos.get(REPO)!.checkRuns.filter((r) => r.head_sha === ws.headSha);
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({
        name: 'maestro-gate',
        status: 'completed',
        conclusion: CONCLUSION[decision],
        external_id: gateRun.run_id,
      });
      expect(runs[0]!.output.title).toContain(decision);
      expect(runs[0]!.output.summary).toContain(`Maestro Gate: ${decision}`);
      const embedded = verdictJson(runs[0]!.output.text);
      expect(embedded.verdict).toEqual(gateRun.verdict);
      expect(embedded.gates.map((g) => [g.gate, g.decision, g.reason_code])).toEqual(
        gateRun.gates.map((g) => [g.gate, g.decision, g.reason_code]),
      );

      // One sticky comment with the marker and the verdict.
      const comments = fake.repos.get(REPO)!.comments.get(42)!;
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body.startsWith(STICKY_COMMENT_MARKER)).toBe(true);
      expect(comments[0]!.body).toContain(`Maestro Gate: ${decision}`);
      expect(comments[0]!.body).toContain(first.outputs['check-run-url']);
      expect(comments[0]!.body).toContain(
        'https://github.com/maestro-demo/router/actions/runs/4242',
      );

      // The job summary.
      expect(first.summary).toContain(`Maestro Gate: ${decision}`);
      expect(first.summary).toContain('Check run maestro-gate: created.');
      expect(first.summary).toContain('Pull-request comment: created.');

      // A second run updates the comment in place; it never adds a second one.
      const second = await runAction({
        node: node.path!,
        workspace: ws.dir,
        apiUrl: fake.url,
        eventName: 'pull_request',
        event,
        sha: ws.headSha,
        repository: REPO,
        inputs: { token: 'write-token' },
      });
      expect(second.outputs['verdict']).toBe(decision);
      expect(fake.repos.get(REPO)!.comments.get(42)).toHaveLength(1);
      expect(fake.repos.get(REPO)!.comments.get(42)![0]!.body).toContain(gateRunOf(second).run_id);
      expect(second.summary).toContain('Pull-request comment: updated.');
    });

    it('push: gates the pushed commit and publishes a check run, no comment, no file listing', async () => {
      const ws = demoWorkspace();
      fake.addRepo(REPO);
      const before = fake.apiRequests().length;
      const run = await runAction({
        node: node.path!,
        workspace: ws.dir,
        apiUrl: fake.url,
        eventName: 'push',
        event: pushEvent({ repository: REPO, before: ws.baseSha, after: ws.headSha }),
        sha: ws.headSha,
        repository: REPO,
        inputs: { token: 'write-token' },
      });
      const gateRun = gateRunOf(run);
      expect(run.outputs['verdict']).toBe(gateRun.verdict.decision);
      expect(run.code).toBe(gateRun.verdict.decision === 'RUN' ? 0 : 1);
      const calls = fake.apiRequests().slice(before);
      expect(calls.map((c) => `${c.method} ${c.route}`)).toEqual([
        'POST /repos/{owner}/{repo}/check-runs',
      ]);
      const runs = fake.repos.get(REPO)!.checkRuns.filter((r) => r.head_sha === ws.headSha);
      expect(runs.at(-1)).toMatchObject({ conclusion: CONCLUSION[gateRun.verdict.decision] });
      expect(run.summary).toContain('Check run maestro-gate: created.');
    });

    it('fork pull request with a read-only token: base from the API tarball, verdict kept, says it could not publish', async () => {
      const ws = demoWorkspace({ withBase: false });
      seedPull(43, ws.baseSha, ws.headSha, 'mallory/router');
      const event = pullRequestEvent({
        repository: REPO,
        number: 43,
        baseSha: ws.baseSha,
        headSha: ws.headSha,
        headRepository: 'mallory/router',
        changedFiles: changed.length,
      });
      const run = await runAction({
        node: node.path!,
        workspace: ws.dir,
        apiUrl: fake.url,
        eventName: 'pull_request',
        event,
        sha: ws.headSha,
        repository: REPO,
        inputs: { token: 'read-token' },
      });
      const gateRun = gateRunOf(run);
      const decision = gateRun.verdict.decision;
      expect(run.stdout).toContain(`base snapshot ${ws.baseSha} (api-tarball)`);
      expect(readFileSync(join(gateRun.base_dir, '.github/maestro.yml'), 'utf8')).toBe(
        readFileSync(join(DEMO_BASE, '.github/maestro.yml'), 'utf8'),
      );
      expect(run.outputs['verdict']).toBe(decision);
      expect(run.outputs['published']).toBe('false');
      // Never fails open: the verdict alone decides the exit code.
      expect(run.code).toBe(decision === 'RUN' ? 0 : 1);
      expect(run.stdout).toMatch(
        /::warning::Check run maestro-gate: not published — the token is read-only/,
      );
      expect(run.summary).toContain('the token is read-only');
      expect(run.summary).toContain(`Maestro Gate: ${decision}`);
      expect(fake.repos.get(REPO)!.checkRuns.filter((r) => r.head_sha === ws.headSha)).toHaveLength(
        0,
      );
      expect(fake.repos.get(REPO)!.comments.get(43) ?? []).toHaveLength(0);
    });

    it('pull_request without a token: verdict from the two snapshots, nothing published, says so', async () => {
      const ws = demoWorkspace();
      const event = pullRequestEvent({
        repository: REPO,
        number: 46,
        baseSha: ws.baseSha,
        headSha: ws.headSha,
        changedFiles: changed.length,
      });
      const before = fake.requests.length;
      const run = await runAction({
        node: node.path!,
        workspace: ws.dir,
        apiUrl: fake.url,
        eventName: 'pull_request',
        event,
        sha: ws.headSha,
        repository: REPO,
        inputs: {},
      });
      const gateRun = gateRunOf(run);
      expect(run.outputs['verdict']).toBe(gateRun.verdict.decision);
      expect(run.outputs['published']).toBe('false');
      expect(run.code).toBe(gateRun.verdict.decision === 'RUN' ? 0 : 1);
      expect(run.stdout).toContain(
        'no token: the changed files are computed from the base and head snapshots',
      );
      expect(run.summary).toContain(
        'No token: the check run and the pull-request comment were not published.',
      );
      expect(fake.requests.length).toBe(before);
    });

    it('merge_group (merge queue): config from the queue base, check run on the queue head', async () => {
      const ws = demoWorkspace();
      fake.addRepo(REPO);
      const run = await runAction({
        node: node.path!,
        workspace: ws.dir,
        apiUrl: fake.url,
        eventName: 'merge_group',
        event: mergeGroupEvent({ repository: REPO, baseSha: ws.baseSha, headSha: ws.headSha }),
        sha: ws.headSha,
        repository: REPO,
        inputs: { token: 'write-token' },
      });
      const gateRun = gateRunOf(run);
      expect(run.stdout).toContain(`base snapshot ${ws.baseSha} (git-archive)`);
      expect(readFileSync(join(gateRun.base_dir, '.github/maestro.yml'), 'utf8')).toBe(
        readFileSync(join(DEMO_BASE, '.github/maestro.yml'), 'utf8'),
      );
      expect(run.outputs['verdict']).toBe(gateRun.verdict.decision);
      const runs = fake.repos.get(REPO)!.checkRuns.filter((r) => r.head_sha === ws.headSha);
      expect(runs.at(-1)).toMatchObject({ conclusion: CONCLUSION[gateRun.verdict.decision] });
    });

    it('a clean pull request passes: RUN, success check run, exit 0', async () => {
      const ws = demoWorkspace({ clean: true });
      seedPull(70, ws.baseSha, ws.headSha);
      fake.repos.get(REPO)!.pulls.get(70)!.files = [
        { path: 'README.md', status: 'modified', additions: 2, deletions: 0 },
      ];
      const event = pullRequestEvent({
        repository: REPO,
        number: 70,
        baseSha: ws.baseSha,
        headSha: ws.headSha,
        changedFiles: 1,
      });
      const run = await runAction({
        node: node.path!,
        workspace: ws.dir,
        apiUrl: fake.url,
        eventName: 'pull_request',
        event,
        sha: ws.headSha,
        repository: REPO,
        inputs: { token: 'write-token', 'signing-key': KEY },
      });
      expect(run.outputs['verdict']).toBe('RUN');
      expect(run.code).toBe(0);
      const runs = fake.repos.get(REPO)!.checkRuns.filter((r) => r.head_sha === ws.headSha);
      expect(runs).toEqual([expect.objectContaining({ conclusion: 'success' })]);
      expect(fake.repos.get(REPO)!.comments.get(70)![0]!.body).toContain('Maestro Gate: RUN');
      // The evidence is signed with the key and summarised in the comment, check run and summary.
      expect(existsSync(join(run.outputs['evidence-path']!, 'verdict.sigstore.json'))).toBe(true);
      expect(run.summary).toContain('Signed with a P-256 key');
      expect(runs[0]!.output.summary).toContain('Maestro Gate evidence');
      expect(fake.repos.get(REPO)!.comments.get(70)![0]!.body).toContain('Maestro Gate evidence');
      expect(run.summary).toContain('Maestro Gate evidence');
      // Key-signed bundles are not stored with the attestations API (it accepts keyless only).
      expect(fake.repos.get(REPO)!.attestations).toEqual([]);
    });

    it('RUN with a read-only token: the step passes and says nothing was published', async () => {
      const ws = demoWorkspace({ clean: true });
      seedPull(71, ws.baseSha, ws.headSha, 'mallory/router');
      fake.repos.get(REPO)!.pulls.get(71)!.files = [
        { path: 'README.md', status: 'modified', additions: 2, deletions: 0 },
      ];
      const event = pullRequestEvent({
        repository: REPO,
        number: 71,
        baseSha: ws.baseSha,
        headSha: ws.headSha,
        headRepository: 'mallory/router',
        changedFiles: 1,
      });
      const run = await runAction({
        node: node.path!,
        workspace: ws.dir,
        apiUrl: fake.url,
        eventName: 'pull_request',
        event,
        sha: ws.headSha,
        repository: REPO,
        inputs: { token: 'read-token', 'signing-key': KEY },
      });
      expect(run.outputs['verdict']).toBe('RUN');
      expect(run.outputs['published']).toBe('false');
      expect(run.code).toBe(0);
      expect(run.summary).toContain('the token is read-only');
    });

    it('a publish failure fails a RUN step but never changes the verdict; a STOPPED stays STOPPED', async () => {
      for (const clean of [true, false]) {
        const ws = demoWorkspace({ clean });
        const number = clean ? 72 : 73;
        seedPull(number, ws.baseSha, ws.headSha);
        if (clean) {
          fake.repos.get(REPO)!.pulls.get(number)!.files = [
            { path: 'README.md', status: 'modified', additions: 2, deletions: 0 },
          ];
        }
        // 422 is not retried: the failure reaches the action at once.
        fake.faults.set('POST /repos/{owner}/{repo}/check-runs', [422]);
        fake.faults.set('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', [422]);
        const files = fake.repos.get(REPO)!.pulls.get(number)!.files.length;
        const event = pullRequestEvent({
          repository: REPO,
          number,
          baseSha: ws.baseSha,
          headSha: ws.headSha,
          changedFiles: files,
        });
        const run = await runAction({
          node: node.path!,
          workspace: ws.dir,
          apiUrl: fake.url,
          eventName: 'pull_request',
          event,
          sha: ws.headSha,
          repository: REPO,
          inputs: { token: 'write-token', 'signing-key': KEY },
        });
        expect(run.outputs['verdict']).toBe(clean ? 'RUN' : 'STOPPED');
        expect(run.outputs['published']).toBe('false');
        expect(run.code).toBe(1);
        expect(run.summary).toMatch(/Check run maestro-gate: publishing failed/);
        expect(run.stdout).toMatch(
          clean
            ? /::error::Maestro Gate verdict: RUN, but publishing it to GitHub failed/
            : /::error::Maestro Gate verdict: STOPPED \(/,
        );
      }
    });

    it('a base commit nobody can provide stops the run; it never falls back to the head', async () => {
      const ws = demoWorkspace({ withBase: false });
      const ghost = 'f'.repeat(40);
      seedPull(44, ghost, ws.headSha);
      fake.repos.get(REPO)!.trees.delete(ghost);
      const event = pullRequestEvent({
        repository: REPO,
        number: 44,
        baseSha: ghost,
        headSha: ws.headSha,
        changedFiles: changed.length,
      });
      const run = await runAction({
        node: node.path!,
        workspace: ws.dir,
        apiUrl: fake.url,
        eventName: 'pull_request',
        event,
        sha: ws.headSha,
        repository: REPO,
        inputs: { token: 'write-token' },
      });
      expect(run.code).toBe(1);
      expect(run.outputs['verdict']).toBe('STOPPED');
      expect(run.outputs['reason-codes']).toBe('BASE_SNAPSHOT_UNAVAILABLE');
      expect(run.summary).toContain('BASE_SNAPSHOT_UNAVAILABLE');
      const runs = fake.repos.get(REPO)!.checkRuns.filter((r) => r.head_sha === ws.headSha);
      expect(runs.at(-1)).toMatchObject({
        conclusion: 'failure',
        output: { title: 'STOPPED: BASE_SNAPSHOT_UNAVAILABLE' },
      });
    });

    it('a pull request whose file list comes back short stops instead of judging a partial diff', async () => {
      const ws = demoWorkspace();
      seedPull(45, ws.baseSha, ws.headSha);
      const event = pullRequestEvent({
        repository: REPO,
        number: 45,
        baseSha: ws.baseSha,
        headSha: ws.headSha,
        changedFiles: changed.length + 3001,
      });
      const run = await runAction({
        node: node.path!,
        workspace: ws.dir,
        apiUrl: fake.url,
        eventName: 'pull_request',
        event,
        sha: ws.headSha,
        repository: REPO,
        inputs: { token: 'write-token' },
      });
      expect(run.code).toBe(1);
      expect(run.outputs['verdict']).toBe('STOPPED');
      expect(run.outputs['reason-codes']).toBe('PR_FACTS_UNAVAILABLE');
      expect(run.summary).toMatch(/GitHub lists at most 3000/);
    });

    it('API economics: a constant number of calls plus pages, never one per file (1 vs 300 files)', async () => {
      const count = async (number: number, files: number): Promise<string[]> => {
        const ws = demoWorkspace();
        seedPull(number, ws.baseSha, ws.headSha);
        fake.repos.get(REPO)!.pulls.get(number)!.files = Array.from({ length: files }, (_, i) => ({
          path: `src/generated/f${i}.ts`,
          status: 'added' as const,
          additions: 1,
          deletions: 0,
        }));
        const event = pullRequestEvent({
          repository: REPO,
          number,
          baseSha: ws.baseSha,
          headSha: ws.headSha,
          changedFiles: files,
        });
        const before = fake.apiRequests().length;
        const run = await runAction({
          node: node.path!,
          workspace: ws.dir,
          apiUrl: fake.url,
          eventName: 'pull_request',
          event,
          sha: ws.headSha,
          repository: REPO,
          inputs: { token: 'write-token' },
        });
        expect(run.outputs['verdict']).toMatch(/^(RUN|PAUSE_FOR_HITL|STOPPED)$/);
        return fake
          .apiRequests()
          .slice(before)
          .map((r) => `${r.method} ${r.route}`);
      };
      const one = await count(50, 1);
      const many = await count(51, 300);
      expect(one).toHaveLength(5); // four calls plus the base branch protection lookup
      const files = '/repos/{owner}/{repo}/pulls/{pull_number}/files';
      expect(many.filter((c) => c.endsWith(files))).toHaveLength(3); // 300 files = 3 pages of 100
      expect(many.filter((c) => !c.endsWith(files))).toEqual(one.filter((c) => !c.endsWith(files)));
    });

    it('a poisoned result cache never makes the verdict less severe', async () => {
      const ws = demoWorkspace();
      seedPull(60, ws.baseSha, ws.headSha);
      const cacheDir = mkdtempSync(join(tmpdir(), 'maestro-e2e-cache-'));
      const event = pullRequestEvent({
        repository: REPO,
        number: 60,
        baseSha: ws.baseSha,
        headSha: ws.headSha,
        changedFiles: changed.length,
      });
      const go = () =>
        runAction({
          node: node.path!,
          workspace: ws.dir,
          apiUrl: fake.url,
          eventName: 'pull_request',
          event,
          sha: ws.headSha,
          repository: REPO,
          inputs: { token: 'write-token', 'cache-dir': cacheDir },
        });
      const clean = await go();
      const entries = listFiles(cacheDir);
      expect(entries.length).toBeGreaterThan(0);
      const warm = await go();
      expect(warm.outputs['verdict']).toBe(clean.outputs['verdict']);
      expect(warm.outputs['reason-codes']).toBe(clean.outputs['reason-codes']);
      // The report says which results were reused: output, check run and summary agree with
      // the run document.
      const reused = gateRunOf(warm)
        .gates.filter((g) => g.reused)
        .map((g) => g.gate);
      expect(warm.outputs['reused-gates']).toBe(reused.join(','));
      const warmRun = fake.repos
        .get(REPO)!
        .checkRuns.find((r) => r.external_id === gateRunOf(warm).run_id)!;
      expect(warmRun.output.text).toContain(
        reused.length
          ? `Reused cached results for: ${reused.join(', ')}`
          : 'No cached result was reused',
      );
      for (const gate of reused)
        expect(warm.summary).toMatch(new RegExp(`\\| ${gate} \\|.*\\(reused\\)`));
      // Poison every entry: JSON entries claim a clean pass, binary entries become garbage.
      for (const rel of entries) {
        const abs = join(cacheDir, rel);
        if (rel.endsWith('.json')) {
          writeFileSync(
            abs,
            readFileSync(abs, 'utf8').replace(/"(STOPPED|PAUSE_FOR_HITL)"/g, '"RUN"'),
          );
        } else {
          writeFileSync(abs, Buffer.from('\0asm\x01\0\0\0poisoned'));
        }
      }
      const poisoned = await go();
      const severity = { RUN: 0, PAUSE_FOR_HITL: 1, STOPPED: 2 } as const;
      const v = (r: ActionRun) => r.outputs['verdict'] as keyof typeof severity;
      expect(severity[v(poisoned)]).toBeGreaterThanOrEqual(severity[v(clean)]);
      expect(poisoned.code).toBe(clean.code);
    });
  },
);
