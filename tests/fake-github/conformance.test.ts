/**
 * The fake GitHub's own tests: every response it can send conforms to GitHub's official
 * OpenAPI description, and the validator really rejects what does not conform.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestFromPayload } from '../../action/github/event.js';
import { webhookExample } from '../action/harness.js';
import { example, openApi, responseSchema, validateResponse } from './openapi.js';
import { FakeGitHub } from './server.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const fake = new FakeGitHub();

async function call(
  method: string,
  path: string,
  token: string | undefined = 'w',
  body?: unknown,
): Promise<Response> {
  return fetch(`${fake.url}${path}`, {
    method,
    redirect: 'manual',
    headers: {
      ...(token ? { authorization: `token ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

beforeAll(async () => {
  await fake.start();
  fake.tokens.set('w', 'write');
  fake.tokens.set('r', 'read');
  const repo = fake.addRepo('o/r');
  repo.trees.set(BASE, { 'README.md': '# hi\n' });
  repo.permissions.set('alice', 'admin');
  fake.teams.set('o/t/alice', 'active');
  repo.pulls.set(1, {
    number: 1,
    title: 'x',
    author: { login: 'alice' },
    base: { ref: 'main', sha: BASE },
    head: { ref: 'f', sha: HEAD },
    files: Array.from({ length: 5 }, (_, i) => ({
      path: `f${i}`,
      status: 'added' as const,
      additions: 1,
      deletions: 0,
    })),
    commits: [{ sha: HEAD, message: 'm', author: null, committer: { login: 'web-flow' } }],
    reviews: [
      { id: 3, user: { login: 'bob' }, state: 'CHANGES_REQUESTED', body: '', commit_id: HEAD },
    ],
  });
});

afterAll(() => fake.close());

describe('the OpenAPI validator', () => {
  it('uses the official api.github.com description (OpenAPI 3.0)', () => {
    expect(openApi().openapi).toMatch(/^3\.0\./);
    expect(
      responseSchema('get', '/repos/{owner}/{repo}/pulls/{pull_number}/files', 200),
    ).toMatchObject({
      type: 'array',
    });
  });

  it('rejects bodies that drift from the description', () => {
    const files = '/repos/{owner}/{repo}/pulls/{pull_number}/files';
    expect(validateResponse('get', files, 200, [{ filename: 'a' }])?.errors.join()).toMatch(
      /required property/,
    );
    expect(validateResponse('get', files, 200, { not: 'an array' })).toBeDefined();
    expect(
      validateResponse('post', '/repos/{owner}/{repo}/check-runs', 201, { id: 'one' }),
    ).toBeDefined();
    expect(validateResponse('get', files, 299, [])?.errors[0]).toMatch(/not documented/);
    expect(
      validateResponse('get', '/repos/{owner}/{repo}/tarball/{ref}', 302, { x: 1 }),
    ).toBeDefined();
    expect(validateResponse('get', '/no/such/route', 200, {})?.errors[0]).toMatch(/not documented/);
  });

  it('accepts nullable fields the description marks nullable', () => {
    // A commit whose author has no GitHub account: `author: null`.
    const commits = '/repos/{owner}/{repo}/pulls/{pull_number}/commits';
    const commit = example<Record<string, unknown>[]>('commit-items')[0]!;
    expect(validateResponse('get', commits, 200, [{ ...commit, author: null }])).toBeUndefined();
    expect(validateResponse('get', commits, 200, [{ ...commit, sha: null }])).toBeDefined();
  });
});

describe('every fake route answers conformingly', () => {
  it.each([
    ['GET', '/repos/o/r/pulls/1', 200],
    ['GET', '/repos/o/r/pulls/1/files?per_page=2&page=2', 200],
    ['GET', '/repos/o/r/pulls/1/commits', 200],
    ['GET', '/repos/o/r/pulls/1/reviews', 200],
    ['GET', '/repos/o/r/issues/1/comments', 200],
    ['GET', '/repos/o/r/collaborators/alice/permission', 200],
    ['GET', '/repos/o/r/collaborators/nobody/permission', 404],
    ['GET', '/orgs/o/teams/t/memberships/alice', 200],
    ['GET', '/orgs/o/teams/t/memberships/nobody', 404],
    ['GET', `/repos/o/r/commits/${HEAD}/check-runs`, 200],
    ['GET', `/repos/o/r/contents/README.md?ref=${BASE}`, 200],
    ['GET', `/repos/o/r/contents/missing.md?ref=${BASE}`, 404],
    ['GET', `/repos/o/r/tarball/${BASE}`, 302],
    ['GET', '/repos/o/r/pulls/99', 404],
    ['GET', '/repos/o/r/pulls/1/files', 401, 'bad-token'],
  ] as const)('%s %s → %i', async (method, path, status, token?: string) => {
    const before = fake.problems.length;
    const res = await call(method, path, token ?? 'w');
    expect(res.status).toBe(status);
    expect(fake.problems.slice(before)).toEqual([]);
  });

  it('writes: 201/200 with a write token, 403 with a read token, 422 on a bad body', async () => {
    const before = fake.problems.length;
    expect((await call('POST', '/repos/o/r/issues/1/comments', 'w', { body: 'hi' })).status).toBe(
      201,
    );
    expect((await call('POST', '/repos/o/r/issues/1/comments', 'r', { body: 'hi' })).status).toBe(
      403,
    );
    expect((await call('POST', '/repos/o/r/issues/1/comments', 'w', {})).status).toBe(422);
    const id = fake.repos.get('o/r')!.comments.get(1)![0]!.id;
    expect(
      (await call('PATCH', `/repos/o/r/issues/comments/${id}`, 'w', { body: 'edited' })).status,
    ).toBe(200);
    expect(
      (await call('PATCH', `/repos/o/r/issues/comments/${id}`, 'r', { body: 'x' })).status,
    ).toBe(403);
    const check = {
      name: 'maestro-gate',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'success',
      output: { title: 't', summary: 's' },
    };
    expect((await call('POST', '/repos/o/r/check-runs', 'w', check)).status).toBe(201);
    expect((await call('POST', '/repos/o/r/check-runs', 'r', check)).status).toBe(403);
    expect(
      (await call('POST', '/repos/o/r/attestations', 'w', { bundle: { mediaType: 'x' } })).status,
    ).toBe(201);
    expect((await call('POST', '/repos/o/r/attestations', 'r', { bundle: {} })).status).toBe(403);
    expect((await call('POST', '/repos/o/r/attestations', 'w', { bundle: 'no' })).status).toBe(422);
    const tooLong = { ...check, output: { title: 't', summary: 'x'.repeat(65_536) } };
    expect((await call('POST', '/repos/o/r/check-runs', 'w', tooLong)).status).toBe(422);
    const listed = (await (await call('GET', `/repos/o/r/commits/${HEAD}/check-runs`)).json()) as {
      total_count: number;
    };
    expect(listed.total_count).toBe(1);
    expect(fake.problems.slice(before)).toEqual([]);
  });

  it('paginates with Link headers the way GitHub does', async () => {
    const res = await call('GET', '/repos/o/r/pulls/1/files?per_page=2');
    expect(res.headers.get('link')).toMatch(/page=2>; rel="next", <[^>]*page=3>; rel="last"/);
    const last = await call('GET', '/repos/o/r/pulls/1/files?per_page=2&page=3');
    expect(last.headers.get('link')).toBeNull();
    expect(((await last.json()) as unknown[]).length).toBe(1);
  });

  it('an unimplemented route is a 404 that names it', async () => {
    const res = await call('GET', '/repos/o/r/branches');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { message: string }).message).toMatch(/does not implement/);
  });

  it('implements only documented routes', () => {
    const documented = new Set(Object.keys(openApi().paths));
    const routes = new Set(fake.requests.map((r) => r.route).filter((r) => r.includes('{')));
    expect(routes.size).toBeGreaterThan(8);
    for (const r of routes)
      if (!r.startsWith('/_codeload')) expect(documented.has(r), r).toBe(true);
  });
});

describe('webhook payloads from @octokit/webhooks-examples', () => {
  it('every pull_request example maps to facts', () => {
    const all = webhookExample('pull_request');
    expect(all['pull_request']).toBeDefined();
    const pr = pullRequestFromPayload(all['pull_request'], 'example');
    expect(pr.base.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(pr.fork).toBe(false);
  });
});
