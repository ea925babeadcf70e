import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOctokitPort } from '../../action/github/octokit-adapter.js';
import { GitHubPortError } from '../../action/github/port.js';

/** A loopback server whose answer per request is chosen by the test. */
let behaviour: 'silent' | 'headers-only' | number = 'silent';
const sockets = new Set<Socket>();
let server: Server;
let url: string;
let requests = 0;

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests += 1;
    if (behaviour === 'silent') return; // accept, read, never answer
    if (behaviour === 'headers-only') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"number":');
      return; // the body never ends
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (behaviour === 429) headers['retry-after'] = '3600';
    res.writeHead(behaviour, headers);
    res.end(JSON.stringify({ message: `status ${behaviour}` }));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => server.close(r));
});

function port(baseUrl = url, resilient = true) {
  return createOctokitPort({
    token: 't',
    repository: 'octo/repo',
    baseUrl,
    resilient,
    requestTimeoutMs: 200,
    callBudgetMs: 1500,
  });
}

async function failure(p: Promise<unknown>): Promise<GitHubPortError> {
  const e = await p.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(e).toBeInstanceOf(GitHubPortError);
  return e as GitHubPortError;
}

describe('bounded GitHub calls', () => {
  it('a server that accepts and never answers is a named network failure, not a hang', async () => {
    behaviour = 'silent';
    const e = await failure(port().getPullRequest(1));
    expect(e.kind).toBe('network');
    expect(e.message).toMatch(/could not be reached/);
    expect(e.message).not.toMatch(/token|permission/i);
  });

  it('a body that never ends fails the call, not the run', async () => {
    behaviour = 'headers-only';
    const e = await failure(port(url, false).getPullRequest(1));
    expect(['network', 'unavailable']).toContain(e.kind);
  });

  it('a refused connection is a network failure, without a permission hint', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const dead = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((r) => closed.close(r));
    const e = await failure(port(dead).listChangedFiles(1));
    expect(e.kind).toBe('network');
    expect(e.message).toMatch(/ECONNREFUSED/);
    expect(e.message).not.toMatch(/pull-requests: read|permission/);
  });

  it('a refused connection is tried once, not retried with backoff', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const dead = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((r) => closed.close(r));
    const lines: string[] = [];
    const resilient = createOctokitPort({
      token: 't',
      repository: 'octo/repo',
      baseUrl: dead,
      log: (l) => lines.push(l),
    });
    const e = await failure(resilient.getPullRequest(1));
    expect(e.kind).toBe('network');
    expect(lines.filter((l) => /got no answer/.test(l))).toHaveLength(1);
  });

  it('an HTTP 500 is still retried within the call budget', async () => {
    behaviour = 500;
    requests = 0;
    const e = await failure(port().getPullRequest(1));
    expect(['unavailable', 'network']).toContain(e.kind);
    expect(requests).toBeGreaterThan(1);
  });

  it.each([
    [403, 'forbidden', true],
    [404, 'not_found', true],
    [500, 'unavailable', false],
    [502, 'unavailable', false],
  ] as const)('HTTP %i is %s; a permission hint only on 403/404', async (status, kind, hint) => {
    behaviour = status;
    const e = await failure(port(url, false).getPullRequest(1));
    expect(e.kind).toBe(kind);
    expect(e.status).toBe(status);
    expect(/permission/i.test(e.message)).toBe(hint);
  });

  it('a rate limit asking for an hour is not waited for', async () => {
    behaviour = 429;
    const started = Date.now();
    const e = await failure(port().getPullRequest(1));
    expect(['unavailable', 'network']).toContain(e.kind);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
