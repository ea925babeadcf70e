/**
 * Offline Sigstore for tests: the `@sigstore/mock` Fulcio, Rekor and TSA behind a local HTTP
 * server on 127.0.0.1, a trusted root assembled from their key material (as sigstore-js's
 * mock server does), and a locally signed GitHub-Actions-shaped OIDC token.
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
  type HandlerFn,
} from '@sigstore/mock';

/** A running mock Sigstore. */
export interface MockSigstore {
  url: string;
  trustedRoot: Record<string, unknown>;
  /** The mock's clocks: `ca` starts leaf certificates (valid 10 minutes), `tsa` stamps times. */
  clocks: { ca: Date; tsa: Date };
  close: () => Promise<void>;
}

/** GitHub Actions OIDC claims of a pull-request run of acme/router. */
export function githubClaims(overrides: Record<string, string> = {}): Record<string, string> {
  const repository = overrides['repository'] ?? 'acme/router';
  const wf = `${repository}/.github/workflows/gate.yml@refs/heads/main`;
  return {
    iss: 'https://token.actions.githubusercontent.com',
    aud: 'sigstore',
    sub: `repo:${repository}:pull_request`,
    san: `https://github.com/${wf}`,
    repository,
    repository_owner: repository.split('/')[0]!,
    repository_id: '123456',
    repository_owner_id: '654321',
    repository_visibility: 'public',
    ref: 'refs/heads/main',
    sha: 'b'.repeat(40),
    workflow: 'gate',
    workflow_ref: wf,
    job_workflow_ref: wf,
    event_name: 'pull_request',
    runner_environment: 'github-hosted',
    run_id: '4242',
    run_attempt: '1',
    ...overrides,
  };
}

/** A JWT signed with a throwaway P-256 key (the mock Fulcio reads it, as Fulcio would). */
export function localJwt(claims: Record<string, unknown>, now = new Date()): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const iat = Math.floor(now.getTime() / 1000);
  const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = `${enc({ alg: 'ES256', typ: 'JWT', kid: 'local' })}.${enc({ iat, nbf: iat, exp: iat + 600, ...claims })}`;
  const sig = sign('sha256', Buffer.from(head), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${head}.${sig.toString('base64url')}`;
}

const VALID_FROM = '2023-01-01T00:00:00Z';

function ca(cert: Buffer, url: string): Record<string, unknown> {
  return {
    subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
    uri: url,
    certChain: { certificates: [{ rawBytes: cert.toString('base64') }] },
    validFor: { start: VALID_FROM },
  };
}

function log(key: Buffer, url: string): Record<string, unknown> {
  return {
    baseUrl: url,
    hashAlgorithm: 'SHA2_256',
    publicKey: {
      rawBytes: key.toString('base64'),
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      validFor: { start: VALID_FROM },
    },
    logId: { keyId: createHash('sha256').update(key).digest('base64') },
  };
}

/** Starts the mock services; `subjectClaim` is the claim Fulcio puts in the SAN. */
export async function startMockSigstore(subjectClaim = 'san'): Promise<MockSigstore> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const keyPair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const ctlog = await initializeCTLog(keyPair);
  // The mock CA's embedded SCT list does not parse with @sigstore/core or cosign (its list
  // length prefix is one byte short), so certificates carry no SCT and the root lists no CT log.
  void ctlog;
  // Fixed clocks on a whole second: @sigstore/core accepts RFC 3161 times with exactly three
  // fractional digits or none, and the mock TSA strips trailing zeros (".12Z"), which would make
  // a test fail on one run in ten. The mock's root certificates start at their creation time,
  // so the clocks are set only after every certificate exists (the mock reads them lazily):
  // otherwise a second boundary crossed while a loaded machine creates them puts the
  // timestamp before the TSA's validity. Leaf certificates start a minute earlier.
  const caClock = new Date(0);
  const clock = new Date(0);
  const caInst = await initializeCA(keyPair, undefined, caClock);
  const tlog = await initializeTLog(url, keyPair, clock);
  const tsa = await initializeTSA(keyPair, clock);
  const t0 = Math.floor(Date.now() / 1000) * 1000;
  clock.setTime(t0);
  caClock.setTime(t0 - 60_000);
  const routes = new Map<string, HandlerFn>();
  for (const h of [
    fulcioHandler(caInst, { strict: true, subjectClaim }),
    rekorHandler(tlog, { strict: true }),
    tsaHandler(tsa, { strict: true }),
  ])
    routes.set(h.path, h.fn);
  server.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const fn = routes.get((req.url ?? '').split('?')[0] ?? '');
      if (req.method !== 'POST' || fn === undefined) {
        res.writeHead(404).end('not found');
        return;
      }
      fn(Buffer.concat(chunks).toString('utf8')).then(
        ({ statusCode, response, contentType }) => {
          res.writeHead(statusCode, { 'Content-Type': contentType ?? 'text/plain' }).end(response);
        },
        (e: unknown) => res.writeHead(500).end(String(e)),
      );
    });
  });
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    certificateAuthorities: [ca(caInst.rootCertificate, url)],
    ctlogs: [],
    tlogs: [log(tlog.publicKey, url)],
    timestampAuthorities: [
      {
        ...ca(tsa.rootCertificate, url),
        certChain: {
          certificates: [
            { rawBytes: tsa.intCertificate.toString('base64') },
            { rawBytes: tsa.rootCertificate.toString('base64') },
          ],
        },
      },
    ],
  };
  return {
    url,
    trustedRoot,
    clocks: { ca: caClock, tsa: clock },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
