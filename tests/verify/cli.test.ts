import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeEvidence } from '../../action/evidence/write.js';
import { generateEphemeralKey } from '../../action/signing/sign-door.js';
import { loadTrust } from '../../action/signing/trust.js';
import { runVerifyCli, verifyArgvFromInputs, verifyEvidence } from '../../action/verify/index.js';
import { main } from '../../action/cli/main.js';
import { AUDIT_LOG, HEAD, actionsEnv, fixtureRun, tempDir } from '../fixtures/evidence/helpers.js';

let dir: string;
let pub: string;
let privatePem: string;

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runVerifyCli(argv, {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  });
  return { code, out, err };
}

beforeAll(async () => {
  const key = generateEphemeralKey();
  privatePem = key.privateKeyPem;
  dir = tempDir();
  const r = await writeEvidence({
    run: fixtureRun(),
    auditLogPath: AUDIT_LOG,
    evidenceDir: dir,
    env: actionsEnv(),
    signing: { mode: 'key', keyPem: key.privateKeyPem },
    headSha: HEAD,
  });
  expect(r.gateResult).toBeUndefined();
  // The release keeps its own copy of the public key, never the one beside the evidence.
  pub = join(tempDir(), 'maestro.pub');
  writeFileSync(pub, key.publicKeyPem);
});

/** The binding every release must state. */
const BIND = ['--repository', 'acme/router', '--commit', HEAD];

describe('maestro-gate verify (CLI)', () => {
  it('prints every check and exits 0 on verified evidence', async () => {
    const r = await cli(['--evidence-dir', dir, '--key', pub, ...BIND]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^PASS signature \[verdict\.sigstore\.json\]: signed by the trusted key sha256:[0-9a-f]{64}/m,
    );
    expect(r.out).toMatch(/^PASS verdict \[verdict\.sigstore\.json\]: the signed verdict is RUN$/m);
    expect(r.out).toMatch(
      /verified: \d+ checks passed, verdict RUN, bound to repository acme\/router \(id 123456\), no pull request, head a{40}, .*, run 4242 attempt 1, signed at .*\n$/,
    );
    expect(r.out).not.toContain('FAIL');
  });

  it('is reachable as `maestro-gate verify`', async () => {
    let out = '';
    const code = await main(
      ['verify', '--evidence-dir', dir, '--key', pub, ...BIND, '--format', 'json'],
      {
        stdout: (t) => void (out += t),
        stderr: () => undefined,
      },
    );
    expect(code).toBe(0);
    expect((JSON.parse(out) as { ok: boolean }).ok).toBe(true);
  });

  it('--format json carries every check', async () => {
    const r = await cli(['--evidence-dir', dir, '--key', pub, ...BIND, '--format', 'json']);
    const report = JSON.parse(r.out) as {
      ok: boolean;
      reason_code: string;
      verdict: string;
      checks: { check: string; ok: boolean }[];
    };
    expect(report).toMatchObject({ ok: true, reason_code: 'VERIFY_OK', verdict: 'RUN' });
    expect(new Set(report.checks.map((c) => c.check))).toEqual(
      new Set([
        'bundle',
        'signature',
        'key-hint',
        'payload-type',
        'statement',
        'predicate',
        'subjects',
        'provenance',
        'audit-log',
        'verdict-file',
        'verdict',
        'signer',
        'commit',
        'audit-chain',
        'binding',
        'coverage',
      ]),
    );
  });

  it('exits 1 and names the failed check on a wrong key', async () => {
    const wrong = join(tempDir(), 'wrong.pem');
    writeFileSync(wrong, generateEphemeralKey().publicKeyPem);
    const r = await cli(['--evidence-dir', dir, '--key', wrong, ...BIND]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /^FAIL signature \[verdict\.sigstore\.json\]: .*signature verification failed \(VERIFY_SIGNATURE_INVALID\)$/m,
    );
    expect(r.out).toMatch(/NOT verified: \d+ of \d+ checks failed \(VERIFY_SIGNATURE_INVALID\)/);
  });

  it.each([
    [[], 'pass --evidence-dir DIR or --bundle FILE'],
    [['--evidence-dir', 'x'], 'no trust root'],
    [['--evidence-dir', 'x', '--key', 'k', '--format', 'xml'], '--format must be text or json'],
    [['--evidence-dir', 'x', '--public-good', '--public-good-offline'], 'exclude each other'],
    [
      ['--evidence-dir', 'x', '--trusted-root', 'r', '--public-good-offline'],
      'pass one trusted root',
    ],
    [
      ['--evidence-dir', 'x', '--key', 'k', ...BIND, '--tlog-threshold', 'one'],
      'non-negative integer',
    ],
    [['--evidence-dir', 'x', '--key', 'k', '--commit', HEAD], 'pass --repository OWNER/NAME'],
    [['--evidence-dir', 'x', '--key', 'k', '--repository', 'acme/router'], 'pass --commit SHA'],
    [['--nope'], 'Unknown option'],
    [['positional'], 'Unexpected argument'],
  ])('usage error %j exits 64', async (argv, needle) => {
    const r = await cli(argv);
    expect(r.code).toBe(64);
    expect(r.err).toContain(needle);
  });

  it('says why unsigned evidence cannot be verified', async () => {
    const d = tempDir();
    const w = await writeEvidence({
      run: fixtureRun(),
      evidenceDir: d,
      env: actionsEnv(),
      signing: { mode: 'none', reason: 'a pull request from a fork gets no OIDC token' },
      headSha: HEAD,
    });
    expect(w.signed).toBe(false);
    const r = await cli(['--evidence-dir', d, '--key', pub, ...BIND]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'the evidence was written unsigned (a pull request from a fork gets no OIDC token)',
    );
  });

  it('--help exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: maestro-gate verify');
  });

  it.each([
    [
      'a missing evidence directory',
      (d: string) => ['--evidence-dir', join(d, 'nope'), '--key', pub],
      'VERIFY_BUNDLE_MISSING',
    ],
    [
      'a missing key file',
      (d: string) => ['--evidence-dir', dir, '--key', join(d, 'nope.pem')],
      'VERIFY_TRUST_ROOT_INVALID',
    ],
    [
      'a key that is not PEM',
      (d: string) => (
        writeFileSync(join(d, 'bad.pem'), 'hello'),
        ['--evidence-dir', dir, '--key', join(d, 'bad.pem')]
      ),
      'VERIFY_TRUST_ROOT_INVALID',
    ],
    [
      'a private key given as --key',
      (d: string) => (
        writeFileSync(join(d, 'priv.pem'), privatePem),
        ['--evidence-dir', dir, '--key', join(d, 'priv.pem')]
      ),
      'VERIFY_TRUST_ROOT_INVALID',
    ],
    [
      'a trusted root that is not JSON',
      (d: string) => (
        writeFileSync(join(d, 'root.json'), '{'),
        ['--evidence-dir', dir, '--trusted-root', join(d, 'root.json')]
      ),
      'VERIFY_TRUST_ROOT_INVALID',
    ],
    [
      'a trusted root of the wrong media type',
      (d: string) => (
        writeFileSync(join(d, 'root.json'), '{"mediaType":"x"}'),
        ['--evidence-dir', dir, '--trusted-root', join(d, 'root.json')]
      ),
      'VERIFY_TRUST_ROOT_INVALID',
    ],
    [
      'an empty evidence directory',
      (d: string) => (
        mkdirSync(join(d, 'empty')),
        ['--evidence-dir', join(d, 'empty'), '--key', pub]
      ),
      'VERIFY_BUNDLE_MISSING',
    ],
    [
      'a malformed bundle',
      (d: string) => (
        writeFileSync(join(d, 'x.sigstore.json'), '{"mediaType":'),
        ['--bundle', join(d, 'x.sigstore.json'), '--key', pub]
      ),
      'VERIFY_BUNDLE_UNPARSEABLE',
    ],
    [
      'a key-signed bundle against only a trusted root',
      () => ['--evidence-dir', dir, '--public-good-offline'],
      'VERIFY_SIGNATURE_INVALID',
    ],
  ])('fails closed on %s', async (_n, argv, code) => {
    const r = await cli([...argv(tempDir()), ...BIND, '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { reason_code: string }).reason_code).toBe(code);
  });

  it('never accepts arbitrary JSON as a bundle, and never throws', () => {
    const trust = loadTrust({ publicKeyPem: generateEphemeralKey().publicKeyPem });
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const r = verifyEvidence({
          bundles: [{ name: 'x.sigstore.json', json }],
          files: new Map(),
          trust,
          policy: {},
        });
        return !r.ok && r.checks.length > 0;
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('mode: verify (action inputs)', () => {
  it('maps inputs to verify arguments', () => {
    const inputs: Record<string, string> = {
      'evidence-dir': 'ev',
      'verify-key': 'pub.pem',
      'verify-commit': HEAD,
      'verify-allow-pause': 'true',
      'verify-public-good': 'false',
    };
    expect(verifyArgvFromInputs((n) => inputs[n] ?? '')).toEqual([
      '--evidence-dir',
      'ev',
      '--key',
      'pub.pem',
      '--commit',
      HEAD,
      '--allow-pause',
      '--format',
      'text',
    ]);
  });

  it('refuses a switch that is not true or false', () => {
    expect(() => verifyArgvFromInputs((n) => (n === 'verify-allow-pause' ? 'yes' : ''))).toThrow(
      /must be true or false/,
    );
  });
});
