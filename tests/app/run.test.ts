/**
 * Running the app: the manifest, the Dockerfile (checked statically — Docker cannot run here —
 * and its bundle step executed), and the server itself: `/healthz`, Prometheus `/metrics`, and
 * a webhook with a bad signature refused before any work.
 */
import { spawn, execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateEphemeralKey } from '../../action/signing/sign-door.js';
import { APP_EVENTS } from '../../app/index.js';
import { tempDir } from '../fixtures/evidence/helpers.js';

const root = join(import.meta.dirname, '../..');

describe('app.yml (the manifest)', () => {
  const manifest = parse(readFileSync(join(root, 'app.yml'), 'utf8')) as {
    default_events: string[];
    default_permissions: Record<string, string>;
  };
  it('subscribes to exactly the events the app handles', () => {
    expect([...manifest.default_events].sort()).toEqual([...APP_EVENTS].sort());
  });
  it('asks for minimal permissions: write only where the app writes', () => {
    expect(manifest.default_permissions).toEqual({
      actions: 'read',
      checks: 'write',
      contents: 'read',
      metadata: 'read',
      members: 'read',
      pull_requests: 'write',
      statuses: 'write',
    });
  });
});

describe('Dockerfile (static checks, hadolint-style)', () => {
  const text = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const froms = lines.filter((l) => /^FROM\s/i.test(l));
  const final = text.slice(text.lastIndexOf('\nFROM '));

  it('pins every base image to an exact release (no latest, no floating major)', () => {
    expect(froms.length).toBeGreaterThan(0);
    for (const f of froms)
      expect(f).toMatch(
        /^FROM\s+[a-z0-9./-]+:\d+\.\d+\.\d+[-a-z0-9.]*(@sha256:[0-9a-f]{64})?(\s+AS\s+\w+)?$/i,
      );
  });
  it('runs as a non-root user in the final stage, with a healthcheck and an exec-form CMD', () => {
    const user = /^USER\s+(\S+)/m.exec(final)?.[1];
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    expect(final.indexOf('USER ')).toBeLessThan(final.indexOf('CMD '));
    expect(final).toMatch(/^HEALTHCHECK\s.*\/healthz/ms);
    expect(final).toMatch(/^CMD \[/m);
  });
  it('installs reproducibly and fetches nothing by URL', () => {
    expect(text).not.toMatch(/npm install\b/);
    expect(text).toMatch(/npm ci/);
    expect(text).not.toMatch(/^ADD\s+https?:/im);
    expect(text).not.toMatch(/curl|wget|sudo/);
    expect(final).toMatch(/--omit=dev/);
  });

  it('its bundle step builds an app that serves /healthz and /metrics and refuses bad webhook signatures', async () => {
    const step = /^RUN (npx esbuild .*)$/m.exec(text)?.[1];
    expect(step).toBeDefined();
    const outDir = join(root, 'node_modules/.cache/maestro-app-test');
    mkdirSync(outDir, { recursive: true });
    const out = join(outDir, `app-${process.pid}.js`);
    const args = step!
      .replace(/^npx esbuild /, '')
      .replace('--outfile=build/app.js', `--outfile=${out}`)
      .split(' ');
    execFileSync(join(root, 'node_modules/.bin/esbuild'), args, { cwd: root, stdio: 'pipe' });
    const port = await freePort();
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const dir = tempDir('maestro-app-run-');
    const child = spawn(process.execPath, [out], {
      cwd: root,
      env: {
        PATH: process.env['PATH'],
        APP_ID: '1',
        PRIVATE_KEY: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
        WEBHOOK_SECRET: 'test-secret',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'fatal',
        MAESTRO_RECEIPT_KEY: generateEphemeralKey().privateKeyPem,
        MAESTRO_AUDIT_LOG: join(dir, 'audit.jsonl'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      const base = `http://127.0.0.1:${port}`;
      const health = await poll(`${base}/healthz`, () => stderr);
      expect(await health.json()).toEqual({ status: 'ok' });
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toContain('maestro_approval_webhook_duration_seconds');
      expect(metrics).toContain('maestro_approval_github_api_calls_total');
      const bad = await fetch(`${base}/api/github/webhooks`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'issue_comment',
          'x-github-delivery': 'forged-1',
          'x-hub-signature-256': `sha256=${'0'.repeat(64)}`,
        },
        body: JSON.stringify({ action: 'created' }),
      });
      expect(bad.status).toBeGreaterThanOrEqual(400);
      expect(bad.status).toBeLessThan(500);
    } finally {
      child.kill('SIGTERM');
      rmSync(out, { force: true });
    }
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function poll(url: string, log: () => string): Promise<Response> {
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return r;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} never answered; stderr: ${log()}`);
}
