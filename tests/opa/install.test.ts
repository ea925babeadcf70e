import { opaToolchainFromEnvironment } from '../../action/gates/opa/toolchain.js';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as toolCache from '@actions/tool-cache';
import { MaestroError } from '../../action/contract/errors.js';
import { installOpa, opaAssetName, PINNED_OPA_ASSETS } from '../../action/gates/opa/install.js';
import { runGate } from '../../action/pipeline/runner.js';
import { createOpaGate } from '../../action/gates/opa/index.js';
import { copyFixture, opaForTests, skipWithoutOpa, tempDir } from './opa-bin.js';

// A stand-in release binary: prints what `opa version` prints.
const FAKE_OPA = '#!/bin/sh\necho "Version: 1.10.1"\n';
const sha = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

let server: Server;
let baseUrl: string;
let hits: string[] = [];
const assets = new Map<string, Buffer>();

beforeAll(async () => {
  process.env['RUNNER_TOOL_CACHE'] = tempDir();
  process.env['RUNNER_TEMP'] = tempDir();
  // tool-cache retries failed downloads after 10-20 s; tests do not wait.
  (globalThis as Record<string, unknown>)['TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS'] = 0;
  (globalThis as Record<string, unknown>)['TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS'] = 0;
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const body = assets.get(req.url ?? '');
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  hits = [];
  process.env['RUNNER_TOOL_CACHE'] = tempDir();
});

async function failure(p: Promise<unknown>): Promise<MaestroError> {
  try {
    await p;
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(MaestroError);
    return thrown as MaestroError;
  }
  throw new Error('expected a failure');
}

describe('opaAssetName', () => {
  it.each([
    ['linux', 'x64', 'opa_linux_amd64_static'],
    ['linux', 'arm64', 'opa_linux_arm64_static'],
    ['darwin', 'x64', 'opa_darwin_amd64'],
    ['darwin', 'arm64', 'opa_darwin_arm64_static'],
    ['win32', 'x64', 'opa_windows_amd64.exe'],
  ])('%s/%s → %s, which has a pin', (platform, arch, asset) => {
    expect(opaAssetName(platform, arch)).toBe(asset);
    expect(PINNED_OPA_ASSETS['1.10.1']?.[asset]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses platforms OPA does not publish', () => {
    expect(() => opaAssetName('linux', 'ia32')).toThrow(/no binary/);
    expect(() => opaAssetName('freebsd', 'x64')).toThrow(/no binary/);
  });
});

describe('installOpa', () => {
  const url = '/v1.10.1/opa_linux_amd64_static';
  const options = { platform: 'linux', arch: 'x64', version: '1.10.1' };

  it('downloads, verifies and caches a binary with the pinned digest', async () => {
    assets.set(url, Buffer.from(FAKE_OPA));
    const path = await installOpa({ ...options, baseUrl, sha256: sha(FAKE_OPA) });
    expect(readFileSync(path, 'utf8')).toBe(FAKE_OPA);
    expect(execFileSync(path, ['version'], { encoding: 'utf8' })).toContain('Version: 1.10.1');
    expect(hits).toEqual([url]);
    // The second call is served from the tool cache.
    expect(await installOpa({ ...options, baseUrl, sha256: sha(FAKE_OPA) })).toBe(path);
    expect(hits).toEqual([url]);
  });

  it('fails closed on a wrong checksum and caches nothing', async () => {
    assets.set(url, Buffer.from(FAKE_OPA));
    const err = await failure(installOpa({ ...options, baseUrl, sha256: 'f'.repeat(64) }));
    expect(err.code).toBe('OPA_CLI_CHECKSUM_MISMATCH');
    expect(err.message).toContain(sha(FAKE_OPA));
    expect(err.message).toContain('deleted and not run');
    expect(toolCache.find('opa', '1.10.1')).toBe('');
  });

  it('fails closed on the built-in pin when the served binary differs', async () => {
    assets.set(url, Buffer.from(FAKE_OPA));
    const err = await failure(installOpa({ ...options, baseUrl }));
    expect(err.code).toBe('OPA_CLI_CHECKSUM_MISMATCH');
  });

  it('gives a clear error when the server is unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const err = await failure(
      installOpa({ ...options, baseUrl: `http://127.0.0.1:${port}`, sha256: sha(FAKE_OPA) }),
    );
    expect(err.code).toBe('OPA_CLI_DOWNLOAD_FAILED');
    expect(err.message).toContain(`127.0.0.1:${port}`);
    expect(err.message).toContain('put `opa` on PATH');
  });

  it('gives a clear error on a missing release asset', async () => {
    const err = await failure(
      installOpa({ ...options, version: '1.10.2', baseUrl, sha256: sha(FAKE_OPA) }),
    );
    expect(err.code).toBe('OPA_CLI_DOWNLOAD_FAILED');
    expect(err.message).toMatch(/404/);
  });

  it('refuses to download a version without a pinned digest', async () => {
    const err = await failure(installOpa({ ...options, version: '0.1.0', baseUrl }));
    expect(err.code).toBe('OPA_CLI_CHECKSUM_UNKNOWN');
    expect(hits).toEqual([]);
  });
});

describe.skipIf(skipWithoutOpa())('the gate installs opa when it is not on the runner', () => {
  it('compiles with a binary fetched from the release server and verified against opa_sha256', async () => {
    const real = readFileSync(opaForTests()!);
    const asset = `/v1.10.1/${opaAssetName(process.platform, process.arch)}`;
    assets.set(asset, real);
    const empty = tempDir();
    const base = tempDir();
    copyFixture('clean', base);
    const gateConfig = { policies: ['policies'], opa_sha256: sha(real) };
    const r = await runGate(
      createOpaGate({
        toolchain: opaToolchainFromEnvironment(
          {
            PATH: empty,
            HOME: empty,
            RUNNER_TOOL_CACHE: process.env['RUNNER_TOOL_CACHE'],
            RUNNER_TEMP: process.env['RUNNER_TEMP'],
          },
          { releasesUrl: baseUrl },
        ),
        bundledDir: empty,
      }),
      {
        baseDir: base,
        headDir: base,
        gateConfig,
        config: { version: 1, gates: { opa: gateConfig } },
        priorResults: [],
        changedFiles: [{ path: 'forbidden.txt', status: 'added', additions: 1, deletions: 0 }],
        now: () => new Date(0),
        progress: () => undefined,
        timeoutMs: 60_000,
      },
    );
    expect(hits).toEqual([asset]);
    expect(r.reason_code).toBe('OPA_DENY');
  });
});
