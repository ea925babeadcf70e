/**
 * API economics: GitHub API requests per gate run of the built action (dist/index.js) on the
 * demo pull request, against the fake GitHub, as the pull request grows from 1 to 3000 changed
 * files. Target: a constant number of requests plus pagination (100 files per page), never one
 * request per file.
 */
import { existsSync } from 'node:fs';
import { FakeGitHub } from '../tests/fake-github/server.js';
import {
  DIST,
  demoWorkspace,
  pullRequestEvent,
  runAction,
  snapshotFiles,
  DEMO_BASE,
} from '../tests/action/harness.js';
import type { BenchFigure, BenchModule } from './types.js';

const REPO = 'maestro-demo/router';

const bench: BenchModule = async (log) => {
  if (!existsSync(DIST)) {
    log('github: dist/index.js is not built; run `npm run build` first');
    return [];
  }
  const node = process.env['MAESTRO_NODE24'] ?? process.execPath;
  const fake = new FakeGitHub();
  await fake.start();
  fake.tokens.set('write', 'write');
  fake.tokens.set('read', 'read');
  const figures: BenchFigure[] = [];
  try {
    let number = 1;
    const measure = async (
      files: number,
      opts: { withBase: boolean; token: string },
    ): Promise<{ calls: number; ms: number; routes: Record<string, number> }> => {
      const ws = demoWorkspace({ withBase: opts.withBase });
      const repo = fake.addRepo(REPO);
      repo.trees.set(ws.baseSha, snapshotFiles(DEMO_BASE));
      const pull = number++;
      repo.pulls.set(pull, {
        number: pull,
        title: 'bench',
        author: { login: 'octocat' },
        base: { ref: 'main', sha: ws.baseSha },
        head: { ref: 'feature', sha: ws.headSha },
        files: Array.from({ length: files }, (_, i) => ({
          path: `src/generated/f${i}.ts`,
          status: 'added' as const,
          additions: 1,
          deletions: 0,
        })),
      });
      const before = fake.requests.length;
      const t0 = performance.now();
      const run = await runAction({
        node,
        workspace: ws.dir,
        apiUrl: fake.url,
        eventName: 'pull_request',
        event: pullRequestEvent({
          repository: REPO,
          number: pull,
          baseSha: ws.baseSha,
          headSha: ws.headSha,
          changedFiles: files,
        }),
        sha: ws.headSha,
        repository: REPO,
        inputs: { token: opts.token },
      });
      const ms = performance.now() - t0;
      if (!run.outputs['verdict'])
        throw new Error(`the action produced no verdict:\n${run.stderr}`);
      const calls = fake.requests.slice(before).filter((r) => !r.route.startsWith('/_codeload'));
      const routes: Record<string, number> = {};
      for (const c of calls)
        routes[`${c.method} ${c.route}`] = (routes[`${c.method} ${c.route}`] ?? 0) + 1;
      return { calls: calls.length, ms, routes };
    };
    for (const files of [1, 300, 3000]) {
      const m = await measure(files, { withBase: true, token: 'write' });
      log(
        `github: ${files} changed file(s): ${m.calls} API requests, ${m.ms.toFixed(0)} ms end to end`,
      );
      figures.push({
        name: `github.api_requests_per_run.files_${files}`,
        value: m.calls,
        unit: 'requests',
        parameters: {
          changed_files: files,
          per_page: 100,
          base: 'git archive (base commit in the checkout)',
          token: 'write',
          routes: m.routes,
          end_to_end_ms: Math.round(m.ms),
          node,
        },
      });
    }
    const fork = await measure(1, { withBase: false, token: 'read' });
    log(`github: fork PR, read-only token, base via API tarball: ${fork.calls} API requests`);
    figures.push({
      name: 'github.api_requests_per_run.fork_read_only',
      value: fork.calls,
      unit: 'requests',
      parameters: {
        changed_files: 1,
        base: 'API tarball (base commit not in the checkout)',
        token: 'read-only (writes refused with 403)',
        routes: fork.routes,
        end_to_end_ms: Math.round(fork.ms),
        node,
      },
    });
  } finally {
    await fake.close();
  }
  return figures;
};

export default bench;
