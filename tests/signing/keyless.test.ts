import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProvenance, commitSubject, statement } from '../../action/evidence/statements.js';
import { SLSA_PROVENANCE_V1 } from '../../action/evidence/types.js';
import { writeEvidence } from '../../action/evidence/write.js';
import {
  decodeJwtClaims,
  generateEphemeralKey,
  instanceForVisibility,
  loadSigningKey,
  signKeyless,
  signingEndpoints,
} from '../../action/signing/sign-door.js';
import { loadTrust } from '../../action/signing/trust.js';
import { verifyEvidence, type VerifyInput } from '../../action/verify/verify.js';
import {
  HEAD,
  actionsEnv,
  findCosign,
  fixtureRun,
  readDir,
  tempDir,
} from '../fixtures/evidence/helpers.js';
import { githubClaims, localJwt, startMockSigstore, type MockSigstore } from './mock-sigstore.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const SAN = 'https://github.com/acme/router/.github/workflows/gate.yml@refs/heads/main';
let mock: MockSigstore;
let other: MockSigstore;
let dir: string;
let tsaOnlyDir: string;

function input(d: string, extra: Partial<VerifyInput> = {}): VerifyInput {
  const files = readDir(d);
  return {
    bundles: [...files]
      .filter(([n]) => n.endsWith('.sigstore.json'))
      .map(([name, b]) => ({ name, json: JSON.parse(b.toString()) as unknown })),
    files,
    trust: loadTrust({ trustedRoot: mock.trustedRoot }),
    policy: {
      issuer: ISSUER,
      repository: 'acme/router',
      workflowPath: '.github/workflows/gate.yml',
      workflowRef: 'refs/heads/main',
    },
    commit: HEAD,
    ...extra,
  };
}

beforeAll(async () => {
  mock = await startMockSigstore();
  other = await startMockSigstore();
  const token = localJwt(githubClaims());
  dir = tempDir();
  const r = await writeEvidence({
    run: fixtureRun(),
    evidenceDir: dir,
    env: actionsEnv(),
    signing: {
      mode: 'keyless',
      getToken: () => Promise.resolve(token),
      endpoints: {
        fulcioURL: mock.url,
        rekorURL: mock.url,
        tsaURL: mock.url,
        rekorEntryType: 'intoto',
      },
    },
    headSha: HEAD,
  });
  expect(r.gateResult).toBeUndefined();
  expect(r.summaryMarkdown).toContain('--workflow-path .github/workflows/gate.yml');
  expect(r.signingMode).toBe('keyless');
  expect(r.attestations.map((a) => a.predicateType)).toContain(
    'https://maestro-gate.dev/attestation/verdict/v2',
  );
  expect(r.attestations).toHaveLength(Object.keys(r.bundles).length);
  // GitHub's instance: Fulcio + timestamp authority, no transparency log.
  tsaOnlyDir = tempDir();
  const t = await writeEvidence({
    run: fixtureRun(),
    evidenceDir: tsaOnlyDir,
    env: actionsEnv(),
    signing: {
      mode: 'keyless',
      getToken: () => Promise.resolve(localJwt(githubClaims({ repository_visibility: 'private' }))),
      endpoints: { fulcioURL: mock.url, tsaURL: mock.url },
    },
    headSha: HEAD,
  });
  expect(t.gateResult).toBeUndefined();
});

afterAll(async () => {
  await mock.close();
  await other.close();
});

describe('keyless signing (offline, @sigstore/mock)', () => {
  it('verifies against the mock trust root with the anchored identity policy and SLSA cross-checks', () => {
    const r = verifyEvidence(input(dir));
    expect(r.checks.filter((c) => !c.ok)).toEqual([]);
    expect(r.checks.filter((c) => c.check === 'provenance' && c.ok).length).toBeGreaterThanOrEqual(
      8,
    );
    expect(r.verdict).toBe('RUN');
  });

  it('verifies a TSA-only bundle (GitHub instance shape) with a root that has no transparency log', () => {
    const root = { ...mock.trustedRoot, tlogs: [] };
    const r = verifyEvidence(input(tsaOnlyDir, { trust: loadTrust({ trustedRoot: root }) }));
    expect(r.checks.filter((c) => !c.ok).map((c) => c.message)).toEqual([]);
    expect(r.checks.find((c) => c.check === 'signature')!.message).toContain(
      'tlog 0, ctlog 0, timestamps 1',
    );
  });

  it.each([
    ['another workflow ref', { workflowRef: 'refs/heads/dev' }, 'workflow (SAN)'],
    [
      'another repository',
      { repository: 'acme/other', workflowPath: undefined, workflowRef: undefined },
      'source repository',
    ],
    ['another issuer', { issuer: 'https://accounts.google.com' }, 'issuer'],
    [
      'an unanchored prefix regexp',
      { identityRegexp: 'https://github.com/acme/rout' },
      'does not match ^(?:',
    ],
    ['no issuer', { issuer: undefined }, 'no issuer policy'],
  ])('rejects %s with a precise message', (_n, policy, needle) => {
    const base = input(dir).policy;
    const r = verifyEvidence(input(dir, { policy: { ...base, ...policy } }));
    expect(r.ok).toBe(false);
    expect(r.reason_code).toBe('VERIFY_IDENTITY_MISMATCH');
    expect(r.checks.find((c) => !c.ok)!.message).toContain(needle);
  });

  it('rejects every single-field mutation of a keyless bundle (certificate, log entry, timestamp)', () => {
    const base = input(dir);
    const name = 'verdict.sigstore.json';
    const bundle = JSON.parse(base.files.get(name)!.toString('utf8')) as unknown;
    const leaves = (v: unknown, path: (string | number)[] = []): (string | number)[][] =>
      v !== null && typeof v === 'object'
        ? (Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v)).flatMap(
            ([k, x]) => leaves(x, [...path, k]),
          )
        : [path];
    let cases = 0;
    for (const path of leaves(bundle)) {
      const copy = structuredClone(bundle) as Record<string | number, unknown>;
      let node = copy;
      for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
      const last = path.at(-1)!;
      const v = node[last];
      // Flip one character of strings (base64 stays base64 for most positions), bump numbers.
      node[last] =
        typeof v === 'string'
          ? v.length > 8
            ? `${v.slice(0, 4)}${v[4] === 'A' ? 'B' : 'A'}${v.slice(5)}`
            : `${v}x`
          : typeof v === 'number'
            ? v + 1
            : !v;
      const bundles = base.bundles.map((b) => (b.name === name ? { name, json: copy } : b));
      const r = verifyEvidence({ ...base, bundles });
      expect(r.ok, path.join('.')).toBe(false);
      cases++;
    }
    expect(cases).toBeGreaterThan(10);
  });

  it('accepts an anchored regexp that matches the whole identity', () => {
    const r = verifyEvidence(
      input(dir, {
        policy: {
          issuer: ISSUER,
          identityRegexp:
            'https://github\\.com/acme/router/\\.github/workflows/[a-z]+\\.yml@refs/heads/main',
        },
        repository: 'acme/router',
      }),
    );
    expect(r.ok).toBe(true);
  });

  it('rejects an unknown trust root', () => {
    const r = verifyEvidence(input(dir, { trust: loadTrust({ trustedRoot: other.trustedRoot }) }));
    expect(r.ok).toBe(false);
    expect(r.reason_code).toBe('VERIFY_SIGNATURE_INVALID');
    expect(r.checks.find((c) => !c.ok)!.message).toMatch(/CERTIFICATE_ERROR|TLOG|TIMESTAMP/);
  });

  it('rejects a keyless bundle when only a key is trusted', () => {
    const r = verifyEvidence(
      input(dir, { trust: loadTrust({ publicKeyPem: generateEphemeralKey().publicKeyPem }) }),
    );
    expect(r.reason_code).toBe('VERIFY_SIGNATURE_INVALID');
    expect(r.checks.find((c) => !c.ok)!.message).toContain('no certificate authority');
  });

  it('rejects provenance that disagrees with the certificate', async () => {
    // Provenance from an environment that claims another ref and commit than the token.
    const env = { ...actionsEnv(), ref: 'refs/heads/release', sha: 'c'.repeat(40) };
    const st = statement(
      [commitSubject('https://github.com', 'acme/router', HEAD)],
      SLSA_PROVENANCE_V1,
      buildProvenance(env),
    );
    const b = await signKeyless(Buffer.from(JSON.stringify(st)), {
      getToken: () => Promise.resolve(localJwt(githubClaims())),
      endpoints: { fulcioURL: mock.url, rekorURL: mock.url, rekorEntryType: 'intoto' },
    });
    const r = verifyEvidence({
      ...input(dir),
      bundles: [{ name: 'provenance.sigstore.json', json: b }],
      files: new Map(),
    });
    const bad = r.checks.filter((c) => c.code === 'VERIFY_PROVENANCE_MISMATCH');
    expect(bad.map((c) => c.message.split(':')[0])).toEqual([
      'externalParameters.workflow.ref vs Source Repository Ref',
      'resolvedDependencies[0].digest.gitCommit vs Source Repository Digest',
    ]);
    expect(r.ok).toBe(false);
  });

  it('picks the Sigstore instance as actions/attest does', () => {
    expect(instanceForVisibility('public')).toBe('public-good');
    expect(instanceForVisibility('private')).toBe('github');
    expect(instanceForVisibility('internal')).toBe('github');
    expect(instanceForVisibility(undefined)).toBe('github');
    expect(signingEndpoints('public-good')).toEqual({
      fulcioURL: 'https://fulcio.sigstore.dev',
      rekorURL: 'https://rekor.sigstore.dev',
    });
    expect(signingEndpoints('github')).toEqual({
      fulcioURL: 'https://fulcio.githubapp.com',
      tsaURL: 'https://timestamp.githubapp.com',
    });
    expect(signingEndpoints('github', 'https://ghe.example.com')).toEqual({
      fulcioURL: 'https://fulcio.ghe.example.com',
      tsaURL: 'https://timestamp.ghe.example.com',
    });
  });

  it('decodes token claims and refuses a non-JWT', () => {
    expect(decodeJwtClaims(localJwt({ repository: 'acme/router' }))['repository']).toBe(
      'acme/router',
    );
    expect(() => decodeJwtClaims('not-a-jwt')).toThrow(/not a JWT/);
    expect(() => decodeJwtClaims('a.b.c')).toThrow(/could not be decoded/);
  });

  it.each([
    ['empty', ''],
    ['garbage', 'hello'],
    [
      'an RSA key',
      generateKeyPairSync('rsa', { modulusLength: 1024 })
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString(),
    ],
    [
      'a P-384 key',
      generateKeyPairSync('ec', { namedCurve: 'secp384r1' })
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString(),
    ],
  ])('refuses %s as a signing key', (_n, pem) => {
    expect(() => loadSigningKey(pem)).toThrow(
      expect.objectContaining({ code: 'EVIDENCE_KEY_INVALID' }) as Error,
    );
  });
});

// cosign interop: required in CI (CI=true), skipped locally when cosign is absent.
const cosign = findCosign();
const needCosign = process.env['CI'] === 'true';

describe('cosign verify-blob-attestation interop', () => {
  it.runIf(cosign !== undefined || needCosign)(
    'accepts the key-signed and the mock-keyless bundles',
    async () => {
      if (cosign === undefined)
        throw new Error(
          'CI=true but cosign is not installed: go install github.com/sigstore/cosign/v3/cmd/cosign@v3.1.3',
        );
      const key = generateEphemeralKey();
      const kdir = tempDir();
      const w = await writeEvidence({
        run: fixtureRun(),
        evidenceDir: kdir,
        env: actionsEnv(),
        signing: { mode: 'key', keyPem: key.privateKeyPem },
        headSha: HEAD,
      });
      expect(w.gateResult).toBeUndefined();
      const run = (args: string[]): { ok: boolean; out: string } => {
        try {
          return {
            ok: true,
            out: execFileSync(cosign, args, {
              encoding: 'utf8',
              stdio: ['ignore', 'pipe', 'pipe'],
              timeout: 60_000,
            }),
          };
        } catch (e) {
          return { ok: false, out: String((e as { stderr?: unknown }).stderr ?? e) };
        }
      };
      for (const [bundle, type, blob] of [
        [
          'verdict.sigstore.json',
          'https://maestro-gate.dev/attestation/verdict/v2',
          'verdict.json',
        ],
        ['provenance.sigstore.json', 'https://slsa.dev/provenance/v1', 'gate-run.json'],
      ] as const) {
        const k = run([
          'verify-blob-attestation',
          '--bundle',
          join(kdir, bundle),
          '--key',
          join(kdir, 'signing-key.pub.pem'),
          '--insecure-ignore-tlog',
          '--type',
          type,
          join(kdir, blob),
        ]);
        expect(k.ok, k.out).toBe(true);
        const root = join(tempDir(), 'trusted_root.json');
        writeFileSync(root, JSON.stringify(mock.trustedRoot));
        // The mock CA issues no SCT (see mock-sigstore.ts), hence --insecure-ignore-sct.
        const kl = run([
          'verify-blob-attestation',
          '--bundle',
          join(dir, bundle),
          '--trusted-root',
          root,
          '--certificate-identity',
          SAN,
          '--certificate-oidc-issuer',
          ISSUER,
          '--insecure-ignore-sct',
          '--type',
          type,
          join(dir, blob),
        ]);
        expect(kl.ok, kl.out).toBe(true);
      }
      // And cosign refuses what maestro-gate refuses: a wrong key, a wrong blob.
      const wrong = join(tempDir(), 'wrong.pem');
      writeFileSync(wrong, generateEphemeralKey().publicKeyPem);
      const notASubject = join(tempDir(), 'not-a-subject.txt');
      writeFileSync(notASubject, 'not evidence');
      expect(
        run([
          'verify-blob-attestation',
          '--bundle',
          join(kdir, 'verdict.sigstore.json'),
          '--key',
          wrong,
          '--insecure-ignore-tlog',
          '--type',
          'https://maestro-gate.dev/attestation/verdict/v2',
          join(kdir, 'verdict.json'),
        ]).ok,
      ).toBe(false);
      expect(
        run([
          'verify-blob-attestation',
          '--bundle',
          join(kdir, 'verdict.sigstore.json'),
          '--key',
          join(kdir, 'signing-key.pub.pem'),
          '--insecure-ignore-tlog',
          '--type',
          'https://maestro-gate.dev/attestation/verdict/v2',
          notASubject,
        ]).ok,
      ).toBe(false);
    },
  );
});
