import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { createOctokitPort, createPortFromOctokit } from '../../action/github/octokit-adapter.js';
import { GitHubPortError, STICKY_COMMENT_MARKER } from '../../action/github/port.js';
import { extractTarball } from '../../action/github/base-snapshot.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeGitHub } from '../fake-github/server.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const fake = new FakeGitHub();

function port(token = 'write-token', repository = 'octo/router') {
  return createOctokitPort({ token, repository, baseUrl: fake.url, resilient: false });
}

beforeAll(async () => {
  await fake.start();
  fake.tokens.set('write-token', 'write');
  fake.tokens.set('read-token', 'read');
  const repo = fake.addRepo('octo/router');
  repo.trees.set(BASE, { '.github/maestro.yml': 'version: 1\n', 'src/a.ts': 'export {};\n' });
  repo.trees.set(HEAD, { '.github/maestro.yml': 'version: 1\ngates: {}\n' });
  repo.permissions.set('alice', 'maintain');
  repo.permissions.set('bob', 'read');
  fake.teams.set('octo/security/alice', 'active');
  fake.teams.set('octo/security/carol', 'pending');
  repo.pulls.set(7, {
    number: 7,
    title: 'Route canary traffic',
    author: { login: 'mallory' },
    draft: true,
    labels: ['routing', 'risk:high'],
    base: { ref: 'main', sha: BASE },
    head: { ref: 'canary', sha: HEAD, repository: 'mallory/router' },
    files: Array.from({ length: 250 }, (_, i) => ({
      path: `src/f${i}.ts`,
      status: i === 0 ? ('renamed' as const) : ('modified' as const),
      additions: i,
      deletions: 1,
      ...(i === 0 ? { previous_path: 'src/old.ts' } : {}),
    })),
    commits: [
      { sha: HEAD, message: 'canary', author: { login: 'mallory' }, committer: null },
      {
        sha: 'c'.repeat(40),
        message: 'bot',
        author: { login: 'renovate[bot]', type: 'Bot' },
        committer: { login: 'web-flow' },
      },
    ],
    reviews: [{ id: 1, user: { login: 'alice' }, state: 'APPROVED', body: 'ok', commit_id: HEAD }],
  });
  repo.comments.set(7, [
    {
      id: 11,
      user: { login: 'bob' },
      body: '/approve looks good',
      created_at: '2026-11-20T10:00:00Z',
      updated_at: '2026-11-20T10:05:00Z',
    },
    {
      id: 12,
      user: { login: 'eve' },
      body: `${STICKY_COMMENT_MARKER}\nnot the bot`,
      created_at: '2026-11-20T10:00:00Z',
      updated_at: '2026-11-20T10:00:00Z',
    },
  ]);
});

afterAll(async () => {
  await fake.close();
  expect(fake.problems).toEqual([]);
});

describe('Octokit adapter against the fake GitHub', () => {
  it('reads pull-request metadata, including fork and labels', async () => {
    const pr = await port().getPullRequest(7);
    expect(pr).toMatchObject({
      number: 7,
      title: 'Route canary traffic',
      author: 'mallory',
      draft: true,
      labels: ['routing', 'risk:high'],
      base: { ref: 'main', sha: BASE },
      head: { ref: 'canary', sha: HEAD },
      repository: 'octo/router',
      head_repository: 'mallory/router',
      fork: true,
    });
  });

  it('lists every changed file across pages, with status and line counts', async () => {
    const before = fake.apiRequests('/repos/{owner}/{repo}/pulls/{pull_number}/files').length;
    const files = await port().listChangedFiles(7);
    expect(files).toHaveLength(250);
    expect(files[0]).toEqual({
      path: 'src/f0.ts',
      status: 'renamed',
      additions: 0,
      deletions: 1,
      previous_path: 'src/old.ts',
    });
    expect(files[249]).toMatchObject({ path: 'src/f249.ts', additions: 249 });
    const pages =
      fake.apiRequests('/repos/{owner}/{repo}/pulls/{pull_number}/files').length - before;
    expect(pages).toBe(3);
  });

  it('reads file contents at base, head and a SHA; a missing file is undefined', async () => {
    const p = port();
    expect(await p.getFileContent(7, '.github/maestro.yml', 'base')).toBe('version: 1\n');
    expect(await p.getFileContent(7, '.github/maestro.yml', 'head')).toBe(
      'version: 1\ngates: {}\n',
    );
    expect(await p.getFileContent(7, 'src/a.ts', { sha: BASE })).toBe('export {};\n');
    expect(await p.getFileContent(7, 'nope.txt', 'base')).toBeUndefined();
  });

  it('reads commits with authors, committers and bots', async () => {
    const commits = await port().listCommits(7);
    expect(commits[0]).toMatchObject({
      sha: HEAD,
      author: { login: 'mallory', bot: false },
      committer: { bot: false },
    });
    expect(commits[0]!.committer.login).toBeUndefined();
    expect(commits[1]!.author).toMatchObject({ login: 'renovate[bot]', bot: true });
  });

  it('reads reviews bound to a commit and comments with their edit state', async () => {
    const p = port();
    expect(await p.listReviews(7)).toEqual([
      expect.objectContaining({
        id: 1,
        reviewer: { login: 'alice', bot: false },
        state: 'APPROVED',
        commit_id: HEAD,
      }),
    ]);
    const comments = await p.listComments(7);
    expect(comments.map((c) => [c.id, c.edited])).toEqual([
      [11, true],
      [12, false],
    ]);
  });

  it('reads permissions (role names win) and team membership; unknown users get none', async () => {
    const p = port();
    expect(await p.getCollaboratorPermission('alice')).toBe('maintain');
    expect(await p.getCollaboratorPermission('bob')).toBe('read');
    expect(await p.getCollaboratorPermission('stranger')).toBe('none');
    expect(await p.getTeamMembership('octo', 'security', 'alice')).toBe('active');
    expect(await p.getTeamMembership('octo', 'security', 'carol')).toBe('pending');
    expect(await p.getTeamMembership('octo', 'security', 'mallory')).toBe('none');
  });

  it('creates a check run and lists it back', async () => {
    const p = port();
    const created = await p.createCheckRun({
      name: 'maestro-gate',
      head_sha: HEAD,
      conclusion: 'action_required',
      title: 'PAUSE_FOR_HITL',
      summary: 's',
      text: 't',
      annotations: [
        { path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm' },
      ],
    });
    expect(created.id).toBeGreaterThan(0);
    const runs = await p.listCheckRuns(HEAD);
    expect(runs).toEqual([
      expect.objectContaining({
        id: created.id,
        name: 'maestro-gate',
        conclusion: 'action_required',
        app_slug: 'github-actions',
      }),
    ]);
  });

  it("keeps one sticky comment: created once, then updated in place; never a person's comment", async () => {
    const p = port();
    const first = await p.upsertStickyComment(7, STICKY_COMMENT_MARKER, 'one');
    const second = await p.upsertStickyComment(7, STICKY_COMMENT_MARKER, 'two');
    expect(first.action).toBe('created');
    expect(second).toEqual({ id: first.id, action: 'updated' });
    const all = fake.repos.get('octo/router')!.comments.get(7)!;
    expect(all.filter((c) => c.body.startsWith(STICKY_COMMENT_MARKER))).toHaveLength(2);
    expect(all.find((c) => c.id === 12)!.body).toBe(`${STICKY_COMMENT_MARKER}\nnot the bot`);
    expect(all.find((c) => c.id === first.id)!.body).toBe(`${STICKY_COMMENT_MARKER}\ntwo`);
  });

  it('stores an attestation (keyless bundle); a read-only token is forbidden', async () => {
    const bundle = {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {},
      dsseEnvelope: {
        payload: 'e30=',
        payloadType: 'application/vnd.in-toto+json',
        signatures: [],
      },
    };
    const { id } = await port().createAttestation(bundle);
    expect(fake.repos.get('octo/router')!.attestations).toEqual([{ id, bundle }]);
    await expect(port('read-token').createAttestation(bundle)).rejects.toMatchObject({
      kind: 'forbidden',
    });
  });

  it('downloads the base tarball through the redirect', async () => {
    const dir = extractTarball(await port().downloadTarball(BASE));
    expect(readFileSync(join(dir, '.github/maestro.yml'), 'utf8')).toBe('version: 1\n');
  });

  it('classifies a read-only token as forbidden, a bad token as forbidden, 404 and 5xx apart', async () => {
    const ro = port('read-token');
    await expect(
      ro.createCheckRun({
        name: 'x',
        head_sha: HEAD,
        conclusion: 'success',
        title: 't',
        summary: 's',
      }),
    ).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
    await expect(ro.upsertStickyComment(7, STICKY_COMMENT_MARKER, 'x')).rejects.toMatchObject({
      kind: 'forbidden',
    });
    await expect(port('no-such-token').listChangedFiles(7)).rejects.toMatchObject({
      kind: 'forbidden',
      status: 401,
    });
    await expect(port().getPullRequest(404)).rejects.toMatchObject({ kind: 'not_found' });
    fake.faults.set('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', [502]);
    const err = await port()
      .listChangedFiles(7)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubPortError);
    expect(err).toMatchObject({ kind: 'unavailable', status: 502, operation: 'pulls.listFiles' });
  });

  it('retries a transient 5xx in production mode (retry plugin on by default)', async () => {
    const resilient = createOctokitPort({
      token: 'write-token',
      repository: 'octo/router',
      baseUrl: fake.url,
    });
    fake.faults.set('GET /repos/{owner}/{repo}/pulls/{pull_number}', [503]);
    const before = fake.apiRequests('/repos/{owner}/{repo}/pulls/{pull_number}').length;
    expect((await resilient.getPullRequest(7)).number).toBe(7);
    expect(fake.apiRequests('/repos/{owner}/{repo}/pulls/{pull_number}').length - before).toBe(2);
    // Permission errors are not retried.
    const readOnly = createOctokitPort({
      token: 'read-token',
      repository: 'octo/router',
      baseUrl: fake.url,
    });
    const posts = fake.apiRequests('/repos/{owner}/{repo}/check-runs').length;
    await expect(
      readOnly.createCheckRun({
        name: 'x',
        head_sha: HEAD,
        conclusion: 'success',
        title: 't',
        summary: 's',
      }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    expect(fake.apiRequests('/repos/{owner}/{repo}/check-runs').length - posts).toBe(1);
  });

  it('drives an existing Octokit client (the app hands out one per installation)', async () => {
    const client = getOctokit('write-token', { baseUrl: fake.url });
    const p = createPortFromOctokit(client, 'octo/router');
    expect((await p.listChangedFiles(7)).length).toBe(250);
    expect(() => createPortFromOctokit(client, '../etc')).toThrow(/owner\/name/);
  });

  it('rejects a malformed repository name before any request', () => {
    expect(() => port('write-token', 'not a repo')).toThrow(/owner\/name/);
  });

  it('uses an injected fetch', async () => {
    const seen: string[] = [];
    const p = createOctokitPort({
      token: 'write-token',
      repository: 'octo/router',
      baseUrl: 'https://api.example.invalid',
      resilient: false,
      fetch: (input, init) => {
        const url = String(input instanceof Request ? input.url : input);
        seen.push(url);
        return fetch(url.replace('https://api.example.invalid', fake.url), init);
      },
    });
    expect((await p.getPullRequest(7)).number).toBe(7);
    expect(seen).toEqual(['https://api.example.invalid/repos/octo/router/pulls/7']);
  });
});
