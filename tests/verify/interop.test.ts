/**
 * Interop: the cosign command the summary prints matches the signing mode (GitHub's instance:
 * timestamps, no transparency log), `--signature-only` accepts cosign's in-toto Statement v0.1
 * bundles, and the summary prints no command a release must not run.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSummary, type SummaryInput } from '../../action/evidence/summary.js';
import { writeEvidence } from '../../action/evidence/write.js';
import {
  generateEphemeralKey,
  loadSigningKey,
  signWithKey,
} from '../../action/signing/sign-door.js';
import { IN_TOTO_STATEMENT_V01 } from '../../action/signing/verify-door.js';
import { runVerifyCli } from '../../action/verify/cli.js';
import { HEAD, actionsEnv, findCosign, fixtureRun, tempDir } from '../fixtures/evidence/helpers.js';
import {
  githubClaims,
  localJwt,
  startMockSigstore,
  type MockSigstore,
} from '../signing/mock-sigstore.js';

const cosign = findCosign();
const needCosign = process.env['CI'] === 'true';
let mock: MockSigstore;
let tsaDir: string;
let summary: string;

function runCosign(args: string[]): { ok: boolean; out: string } {
  if (cosign === undefined)
    throw new Error(
      'CI=true but cosign is not installed: go install github.com/sigstore/cosign/v3/cmd/cosign@v3.1.3',
    );
  try {
    return {
      ok: true,
      out: execFileSync(cosign, args, {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 60_000,
        env: { ...process.env, COSIGN_PASSWORD: '' },
      }),
    };
  } catch (e) {
    return { ok: false, out: String((e as { stderr?: unknown }).stderr ?? e) };
  }
}

async function verifyCli(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runVerifyCli(argv, {
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
  });
  return { code, out };
}

beforeAll(async () => {
  mock = await startMockSigstore();
  tsaDir = tempDir();
  const token = localJwt(githubClaims({ repository_visibility: 'private' }));
  const w = await writeEvidence({
    run: fixtureRun(),
    evidenceDir: tsaDir,
    env: actionsEnv(),
    signing: {
      mode: 'keyless',
      getToken: () => Promise.resolve(token),
      endpoints: { fulcioURL: mock.url, tsaURL: mock.url },
    },
    headSha: HEAD,
  });
  expect(w.gateResult).toBeUndefined();
  summary = w.summaryMarkdown;
});

afterAll(async () => {
  await mock.close();
});

describe('the printed commands', () => {
  it("for GitHub's instance, the cosign command uses signed timestamps and no transparency log", () => {
    expect(summary).toMatch(
      /^cosign verify-blob-attestation .*--trusted-root github-trusted_root\.json --insecure-ignore-tlog --use-signed-timestamps /m,
    );
    expect(summary).toMatch(
      /^npx maestro-gate verify .*--trusted-root github-trusted_root\.json .*--repository acme\/router --commit a{40}$/m,
    );
  });

  it.runIf(cosign !== undefined || needCosign)(
    'cosign accepts the TSA-only bundle with exactly the printed command (and refuses it without the timestamp flags)',
    () => {
      const line = summary.split('\n').find((l) => l.startsWith('cosign '))!;
      const root = join(tempDir(), 'github-trusted_root.json');
      writeFileSync(root, JSON.stringify({ ...mock.trustedRoot, tlogs: [] }));
      // The evidence directory is absolute here; only the trusted root file is supplied.
      const args = line
        .split(' ')
        .slice(1)
        .map((a) => (a === 'github-trusted_root.json' ? root : a));
      // The mock CA issues no SCT (see mock-sigstore.ts); GitHub's Fulcio does.
      const printed = runCosign([...args, '--insecure-ignore-sct']);
      expect(printed.ok, printed.out).toBe(true);
      const without = runCosign([
        ...args.filter((a) => a !== '--use-signed-timestamps' && a !== '--insecure-ignore-tlog'),
        '--insecure-ignore-sct',
      ]);
      expect(without.ok).toBe(false);
    },
  );

  it('a run signed from refs/pull/* prints no verify command, and says why', () => {
    const s: SummaryInput = {
      decision: 'RUN',
      reasonCodes: ['OK'],
      headSha: HEAD,
      repository: 'acme/router',
      signed: true,
      signingMode: 'keyless',
      files: [],
      bundles: [{ file: 'verdict.sigstore.json', predicateType: 'x' }],
      evidenceDir: 'evidence',
      identity: {
        repository: 'acme/router',
        workflowPath: '.github/workflows/gate.yml',
        workflowRef: 'refs/pull/7/merge',
        instance: 'public-good',
      },
    };
    const md = renderSummary(s);
    expect(md).not.toContain('maestro-gate verify');
    expect(md).not.toContain('cosign verify');
    expect(md).toContain('**Not for releases:** the signing workflow ran from `refs/pull/7/merge`');
    const reusable = renderSummary({
      ...s,
      identity: {
        ...s.identity!,
        workflowRef: 'refs/heads/main',
        signerRepository: 'acme/workflows',
      },
    });
    expect(reusable).toMatch(
      /--signer-repository acme\/workflows --workflow-path \.github\/workflows\/gate\.yml --workflow-ref refs\/heads\/main/,
    );
    expect(reusable).toContain(
      '--certificate-identity https://github.com/acme/workflows/.github/workflows/gate.yml@refs/heads/main',
    );
  });
});

describe('--signature-only and in-toto Statement v0.1', () => {
  it('accepts a v0.1 statement (the shape cosign attest-blob writes) and refuses it as Maestro Gate evidence', async () => {
    const key = generateEphemeralKey();
    const dir = tempDir();
    const artifact = join(dir, 'app.tgz');
    writeFileSync(artifact, 'release bytes');
    const digest = (await import('node:crypto'))
      .createHash('sha256')
      .update('release bytes')
      .digest('hex');
    const st = {
      _type: IN_TOTO_STATEMENT_V01,
      subject: [{ name: 'app.tgz', digest: { sha256: digest } }],
      predicateType: 'https://example.com/p/v1',
      predicate: { ok: true },
    };
    const bundle = join(dir, 'b.json');
    writeFileSync(
      bundle,
      JSON.stringify(
        await signWithKey(Buffer.from(JSON.stringify(st)), loadSigningKey(key.privateKeyPem)),
      ),
    );
    const pub = join(tempDir(), 'k.pub');
    writeFileSync(pub, key.publicKeyPem);
    const ok = await verifyCli([
      '--bundle',
      bundle,
      '--key',
      pub,
      '--signature-only',
      '--artifact',
      artifact,
    ]);
    expect(ok.out).toContain(
      'PASS statement [b.json]: https://in-toto.io/Statement/v0.1, 1 subjects',
    );
    expect(ok.code).toBe(0);
    const strict = await verifyCli([
      '--bundle',
      bundle,
      '--key',
      pub,
      '--artifact',
      artifact,
      '--repository',
      'acme/router',
    ]);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('expected https://in-toto.io/Statement/v1');
  });

  it.runIf(cosign !== undefined || needCosign)(
    'accepts a bundle from cosign attest-blob',
    async () => {
      const dir = tempDir();
      const keyDir = tempDir();
      expect(
        runCosign(['generate-key-pair', '--output-key-prefix', join(keyDir, 'cosign')]).ok,
      ).toBe(true);
      writeFileSync(join(dir, 'app.tgz'), 'release bytes');
      writeFileSync(join(dir, 'predicate.json'), '{"ok":true}');
      const config = join(keyDir, 'signing-config.json');
      expect(runCosign(['signing-config', 'create', '--out', config]).ok).toBe(true);
      const made = runCosign([
        'attest-blob',
        '--key',
        join(keyDir, 'cosign.key'),
        '--predicate',
        join(dir, 'predicate.json'),
        '--type',
        'https://example.com/p/v1',
        '--bundle',
        join(dir, 'b.json'),
        '--signing-config',
        config,
        '--yes',
        join(dir, 'app.tgz'),
      ]);
      expect(made.ok, made.out).toBe(true);
      const payload = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')) as {
        dsseEnvelope: { payload: string };
      };
      expect(
        (
          JSON.parse(Buffer.from(payload.dsseEnvelope.payload, 'base64').toString()) as {
            _type: string;
          }
        )._type,
      ).toBe(IN_TOTO_STATEMENT_V01);
      const r = await verifyCli([
        '--bundle',
        join(dir, 'b.json'),
        '--key',
        join(keyDir, 'cosign.pub'),
        '--signature-only',
        '--artifact',
        join(dir, 'app.tgz'),
      ]);
      expect(r.out).toContain('is a subject');
      expect(r.code).toBe(0);
    },
  );
});
