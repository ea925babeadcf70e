/**
 * The attack suite: what a release engineer and an attacker would try against `maestro-gate
 * verify`, one table row each (forgeries, swaps, binding, identity, time, trust, audit log).
 * Every row asserts that verification fails, with the reason code and message it must give.
 */
import { copyFileSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../action/audit/arl.js';
import type { ReasonCode } from '../../action/contract/codebook.js';
import { statement } from '../../action/evidence/statements.js';
import { writeEvidence, type WriteEvidenceInput } from '../../action/evidence/write.js';
import {
  generateEphemeralKey,
  loadSigningKey,
  signKeyless,
  signWithKey,
  type EphemeralKey,
} from '../../action/signing/sign-door.js';
import { loadTrust } from '../../action/signing/verify-door.js';
import { runVerifyCli } from '../../action/verify/cli.js';
import { verifyRuns } from '../../action/verify/freshness.js';
import { canonicalJson as canonical, sha256Hex as sha } from '../../action/util/digest.js';
import { verifyEvidence, type VerifyInput, type VerifyReport } from '../../action/verify/verify.js';
import {
  AUDIT_LOG,
  HEAD,
  actionsEnv,
  fixtureRun,
  readDir,
  tempDir,
} from '../fixtures/evidence/helpers.js';
import {
  githubClaims,
  localJwt,
  startMockSigstore,
  type MockSigstore,
} from '../signing/mock-sigstore.js';

const REPO = 'acme/router';
const ISSUER = 'https://token.actions.githubusercontent.com';
const T1 = new Date('2026-11-21T10:00:05.000Z');
const T2 = new Date('2026-11-21T11:00:05.000Z');
const PR = { number: 7, baseRef: 'main', baseSha: 'c'.repeat(40) };
const OTHER_COMMIT = 'd'.repeat(40);

let keyA: EphemeralKey;
let keyB: EphemeralKey;
let pubA: string;
const dirs: Record<string, string> = {};
let mock: MockSigstore;
let stranger: MockSigstore;

type Decision = 'RUN' | 'PAUSE_FOR_HITL' | 'STOPPED';

async function evidence(
  name: string,
  o: {
    key?: EphemeralKey;
    repository?: string;
    head?: string;
    decision?: Decision;
    now?: Date;
    runId?: string;
    audit?: (lines: string[]) => string[];
    signing?: WriteEvidenceInput['signing'];
  } = {},
): Promise<void> {
  const dir = tempDir(`maestro-attack-${name}-`);
  const run = fixtureRun();
  if (o.decision !== undefined)
    run.verdict = {
      ...run.verdict,
      decision: o.decision,
      overrideable: o.decision === 'PAUSE_FOR_HITL',
      reason_codes: ['OK'],
    };
  // The live log sits beside the evidence, as the pipeline writes it.
  const live = join(dir, 'audit.jsonl');
  const lines = readFileSync(AUDIT_LOG, 'utf8').split('\n').filter(Boolean);
  writeFileSync(live, `${(o.audit ?? ((l) => l))(lines).join('\n')}\n`);
  const env = {
    ...actionsEnv(),
    repository: o.repository ?? REPO,
    runId: o.runId ?? '4242',
  };
  const w = await writeEvidence({
    run,
    auditLogPath: live,
    evidenceDir: dir,
    env,
    signing: o.signing ?? { mode: 'key', keyPem: (o.key ?? keyA).privateKeyPem },
    headSha: o.head ?? HEAD,
    now: () => o.now ?? T1,
    pullRequest: PR,
    configSha256: `sha256:${'e'.repeat(64)}`,
  });
  if (o.signing?.mode !== 'none') expect(w.gateResult, name).toBeUndefined();
  dirs[name] = dir;
}

/** The verify input for an evidence directory (file map as on disk, optionally changed). */
function input(
  name: string,
  extra: Partial<VerifyInput> = {},
  change?: (files: Map<string, Buffer>) => void,
): VerifyInput {
  const files = readDir(dirs[name]!);
  change?.(files);
  return {
    bundles: [...files]
      .filter(([n]) => n.endsWith('.sigstore.json'))
      .map(([n, b]) => {
        try {
          return { name: n, json: JSON.parse(b.toString('utf8')) as unknown };
        } catch (e) {
          return { name: n, json: e };
        }
      }),
    files,
    trust: loadTrust({ publicKeyPem: keyA.publicKeyPem }),
    policy: {},
    repository: REPO,
    commit: HEAD,
    ...extra,
  };
}

function keyless(name: string, extra: Partial<VerifyInput> = {}): VerifyInput {
  return input(name, {
    trust: loadTrust({ trustedRoot: mock.trustedRoot }),
    policy: {
      issuer: ISSUER,
      workflowPath: '.github/workflows/gate.yml',
      workflowRef: 'refs/heads/main',
    },
    ...extra,
  });
}

/** Rewrites one bundle JSON. */
function editBundle(
  file: string,
  edit: (b: Record<string, unknown>) => void,
): (files: Map<string, Buffer>) => void {
  return (files) => {
    const b = JSON.parse(files.get(file)!.toString('utf8')) as Record<string, unknown>;
    edit(b);
    files.set(file, Buffer.from(JSON.stringify(b)));
  };
}

function envelope(b: Record<string, unknown>): {
  payload: string;
  payloadType: string;
  signatures: { sig: string }[];
} {
  return b['dsseEnvelope'] as {
    payload: string;
    payloadType: string;
    signatures: { sig: string }[];
  };
}

/** Replaces a JSON evidence file's field (the signature over it is untouched). */
function editJson(file: string, edit: (v: Record<string, unknown>) => void) {
  return (files: Map<string, Buffer>): void => {
    const v = JSON.parse(files.get(file)!.toString('utf8')) as Record<string, unknown>;
    edit(v);
    files.set(file, Buffer.from(`${JSON.stringify(v, null, 2)}\n`));
  };
}

/** Copies some files of another evidence directory over these. */
function from(name: string, ...names: string[]) {
  return (files: Map<string, Buffer>): void => {
    const other = readDir(dirs[name]!);
    for (const n of names) files.set(n, other.get(n)!);
  };
}

interface Outcome {
  ok: boolean;
  failures: { code: string; message: string }[];
}

function outcome(r: VerifyReport): Outcome {
  return { ok: r.ok, failures: r.checks.filter((c) => !c.ok) };
}

async function cli(argv: string[]): Promise<Outcome> {
  let out = '';
  let err = '';
  const code = await runVerifyCli([...argv, '--format', 'json'], {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  });
  if (code === 64) return { ok: false, failures: [{ code: 'USAGE', message: err }] };
  return outcome(JSON.parse(out) as VerifyReport);
}

/** A single TSA-only keyless statement bundle, signed while the mock's clocks are shifted. */
async function shiftedBundle(caShiftMs: number): Promise<unknown> {
  const st = statement(
    [{ name: 'artifact.txt', digest: { sha256: 'a'.repeat(64) } }],
    'https://example.com/predicate/v1',
    { ok: true },
  );
  const before = mock.clocks.ca.getTime();
  mock.clocks.ca.setTime(Date.now() + caShiftMs);
  try {
    return await signKeyless(Buffer.from(JSON.stringify(st)), {
      getToken: () => Promise.resolve(localJwt(githubClaims())),
      endpoints: { fulcioURL: mock.url, tsaURL: mock.url },
    });
  } finally {
    mock.clocks.ca.setTime(before);
  }
}

function signatureOnly(json: unknown, root: Record<string, unknown>): VerifyInput {
  return {
    bundles: [{ name: 'bundle.sigstore.json', json }],
    files: new Map(),
    trust: loadTrust({ trustedRoot: root }),
    policy: {
      issuer: ISSUER,
      identity: `https://github.com/${REPO}/.github/workflows/gate.yml@refs/heads/main`,
    },
    mode: 'signature',
  };
}

const bundles: Record<string, unknown> = {};
let trustedKeysFile: string;

beforeAll(async () => {
  keyA = generateEphemeralKey();
  keyB = generateEphemeralKey();
  const keyX = generateEphemeralKey();
  pubA = join(tempDir(), 'release-key.pub');
  writeFileSync(pubA, keyA.publicKeyPem);
  trustedKeysFile = join(tempDir(), 'trusted-keys.json');
  writeFileSync(
    trustedKeysFile,
    JSON.stringify({
      schema_version: 1,
      keys: [
        { fingerprint: keyA.fingerprint, repositories: [REPO], public_key: keyA.publicKeyPem },
        {
          fingerprint: keyB.fingerprint,
          repositories: ['acme/other'],
          public_key: keyB.publicKeyPem,
        },
      ],
    }),
  );
  await evidence('run');
  await evidence('stopped', { decision: 'STOPPED', now: T2, runId: '4243' });
  await evidence('paused', { decision: 'PAUSE_FOR_HITL' });
  await evidence('other-commit', { head: OTHER_COMMIT });
  await evidence('other-repo', { key: keyB, repository: 'acme/other' });
  await evidence('org-key', { key: keyB });
  await evidence('attacker', { key: keyX, decision: 'RUN' });
  await evidence('unsigned', { signing: { mode: 'none', reason: 'a fork gets no OIDC token' } });
  await evidence('swapped-audit', { audit: (l) => [l[1]!, l[0]!, l[2]!] });

  mock = await startMockSigstore();
  stranger = await startMockSigstore();
  const signedBy = (claims: Record<string, string>): WriteEvidenceInput['signing'] => {
    const token = localJwt(githubClaims(claims));
    return {
      mode: 'keyless',
      getToken: () => Promise.resolve(token),
      endpoints: {
        fulcioURL: mock.url,
        rekorURL: mock.url,
        tsaURL: mock.url,
        rekorEntryType: 'intoto',
      },
    };
  };
  const job = (ref: string, extra: Record<string, string> = {}): Record<string, string> => ({
    san: `https://github.com/${ref}`,
    job_workflow_ref: ref,
    ...extra,
  });
  await evidence('keyless', { signing: signedBy({}) });
  await evidence('keyless-feature', {
    signing: signedBy(
      job(`${REPO}/.github/workflows/gate.yml@refs/heads/feature`, {
        ref: 'refs/heads/feature',
        workflow_ref: `${REPO}/.github/workflows/gate.yml@refs/heads/feature`,
      }),
    ),
  });
  await evidence('keyless-pull', {
    signing: signedBy(
      job(`${REPO}/.github/workflows/gate.yml@refs/pull/7/merge`, {
        ref: 'refs/pull/7/merge',
        workflow_ref: `${REPO}/.github/workflows/gate.yml@refs/pull/7/merge`,
      }),
    ),
  });
  await evidence('keyless-evil', {
    signing: signedBy(job('evil/workflows/.github/workflows/gate.yml@refs/heads/main')),
  });
  await evidence('keyless-other-repo', {
    repository: 'acme/other',
    signing: signedBy(
      job('acme/other/.github/workflows/gate.yml@refs/heads/main', {
        repository: 'acme/other',
        workflow_ref: 'acme/other/.github/workflows/gate.yml@refs/heads/main',
      }),
    ),
  });
  bundles['fresh'] = await shiftedBundle(-60_000);
  bundles['expired'] = await shiftedBundle(-60 * 60_000);
  bundles['future'] = await shiftedBundle(60 * 60_000);
}, 120_000);

afterAll(async () => {
  await mock.close();
  await stranger.close();
});

describe('the untouched evidence verifies (so every attack below can fail)', () => {
  it.each(['run', 'other-commit', 'swapped-audit'])('key-signed %s', (name) => {
    const i = input(name, name === 'other-commit' ? { commit: OTHER_COMMIT } : {});
    const r = verifyEvidence(i);
    if (name === 'swapped-audit') {
      expect(r.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(['audit-chain']);
      return;
    }
    expect(r.checks.filter((c) => !c.ok)).toEqual([]);
    expect(r.binding).toMatchObject({ repository: REPO, pull_request: { number: 7 } });
  });
  it('keyless', () => {
    expect(verifyEvidence(keyless('keyless')).checks.filter((c) => !c.ok)).toEqual([]);
  });
  it('the newest of several runs decides when it is RUN', () => {
    const r = verifyRuns([
      { label: 'old', input: input('stopped', { expectVerdict: 'STOPPED' }) },
      { label: 'new', input: input('run', { expectVerdict: 'STOPPED' }) },
    ]);
    expect(r.checks.find((c) => c.check === 'freshness')?.message).toContain(
      'the newest of 2 runs',
    );
  });
  it('a fresh keyless certificate verifies', () => {
    const root = { ...mock.trustedRoot, tlogs: [] };
    expect(
      verifyEvidence(signatureOnly(bundles['fresh'], root)).checks.filter((c) => !c.ok),
    ).toEqual([]);
  });
});

type Attack = [
  category: string,
  name: string,
  run: () => Outcome | Promise<Outcome>,
  code: ReasonCode | 'USAGE',
  message: RegExp,
];

const v = (i: VerifyInput): Outcome => outcome(verifyEvidence(i));

const attacks: Attack[] = [
  // Forgeries: content changed without the key.
  [
    'forgery',
    "everything re-signed with the attacker's key",
    () => v(input('attacker')),
    'VERIFY_SIGNATURE_INVALID',
    /signature verification failed/,
  ],
  [
    'forgery',
    'verdict.json edited',
    () =>
      v(
        input(
          'run',
          {},
          editJson(
            'verdict.json',
            (x) => (
              ((x['verdict'] as Record<string, unknown>)['decision'] = 'RUN'),
              (x['run_id'] = 'forged')
            ),
          ),
        ),
      ),
    'VERIFY_SUBJECT_MISMATCH',
    /verdict\.json: sha256 [0-9a-f]{64} does not match the signed subject/,
  ],
  [
    'forgery',
    'verdict.intoto.json (unsigned statement file) edited',
    () =>
      v(
        input(
          'run',
          {},
          editJson(
            'verdict.intoto.json',
            (x) => ((x['predicate'] as Record<string, unknown>)['run_id'] = 'forged'),
          ),
        ),
      ),
    'VERIFY_UNCOVERED_FILE',
    /differs from the statement signed in verdict\.sigstore\.json/,
  ],
  [
    'forgery',
    'SUMMARY.md rewritten to say RUN',
    () =>
      v(
        input('stopped', { expectVerdict: 'STOPPED' }, (f) =>
          f.set('SUMMARY.md', Buffer.from('### ✅ Maestro Gate evidence: `RUN`\n')),
        ),
      ),
    'VERIFY_SUBJECT_MISMATCH',
    /SUMMARY\.md: sha256/,
  ],
  [
    'forgery',
    'manifest edited to say signed and RUN',
    () =>
      v(
        input(
          'run',
          {},
          editJson('evidence-manifest.json', (x) => (x['verdict'] = 'RUN')),
        ),
      ),
    'VERIFY_SUBJECT_MISMATCH',
    /evidence-manifest\.json: sha256/,
  ],
  [
    'forgery',
    'an extra release-approved.json',
    () =>
      v(input('run', {}, (f) => f.set('release-approved.json', Buffer.from('{"approved":true}')))),
    'VERIFY_UNCOVERED_FILE',
    /release-approved\.json|not covered by any signature/,
  ],
  [
    'forgery',
    'an extra unsigned approvals folder',
    () => v(input('run', {}, (f) => f.set('approvals/', Buffer.from('dir')))),
    'VERIFY_UNCOVERED_FILE',
    /not covered by any signature/,
  ],
  [
    'forgery',
    'payload re-encoded with another decision, signature kept',
    () =>
      v(
        input(
          'run',
          {},
          editBundle('verdict.sigstore.json', (b) => {
            const e = envelope(b);
            const st = JSON.parse(Buffer.from(e.payload, 'base64').toString('utf8')) as {
              predicate: { verdict: { decision: string } };
            };
            st.predicate.verdict.decision = 'RUN';
            st.predicate.verdict = { ...st.predicate.verdict };
            e.payload = Buffer.from(JSON.stringify({ ...st, forged: true })).toString('base64');
          }),
        ),
      ),
    'VERIFY_SIGNATURE_INVALID',
    /signature verification failed/,
  ],
  [
    'forgery',
    'payloadType changed',
    () =>
      v(
        input(
          'run',
          {},
          editBundle(
            'verdict.sigstore.json',
            (b) => (envelope(b).payloadType = 'application/json'),
          ),
        ),
      ),
    'VERIFY_SIGNATURE_INVALID',
    /signature/,
  ],
  [
    'forgery',
    'a DSSE keyid added',
    () =>
      v(
        input(
          'run',
          {},
          editBundle(
            'verdict.sigstore.json',
            (b) => ((envelope(b).signatures[0] as Record<string, string>)['keyid'] = 'x'),
          ),
        ),
      ),
    'VERIFY_BUNDLE_UNPARSEABLE',
    /unexpected signature field "keyid"/,
  ],
  [
    'forgery',
    'a second signature added',
    () =>
      v(
        input(
          'run',
          {},
          editBundle('verdict.sigstore.json', (b) =>
            envelope(b).signatures.push({ sig: envelope(b).signatures[0]!.sig }),
          ),
        ),
      ),
    'VERIFY_BUNDLE_UNPARSEABLE',
    /exactly one signature/,
  ],
  [
    'forgery',
    'bundle media type downgraded to v0.2',
    () =>
      v(
        input(
          'run',
          {},
          editBundle(
            'verdict.sigstore.json',
            (b) => (b['mediaType'] = 'application/vnd.dev.sigstore.bundle+json;version=0.2'),
          ),
        ),
      ),
    'VERIFY_BUNDLE_UNPARSEABLE',
    /mediaType/,
  ],
  [
    'forgery',
    'unsigned evidence',
    () => v(input('unsigned')),
    'VERIFY_BUNDLE_MISSING',
    /written unsigned \(a fork gets no OIDC token\)/,
  ],
  [
    'forgery',
    'the verdict bundle removed',
    () => v(input('run', {}, (f) => f.delete('verdict.sigstore.json'))),
    'VERIFY_BUNDLE_MISSING',
    /no verdict statement/,
  ],
  [
    'forgery',
    'the provenance bundle removed',
    () => v(input('run', {}, (f) => f.delete('provenance.sigstore.json'))),
    'VERIFY_BUNDLE_MISSING',
    /no SLSA provenance statement/,
  ],
  [
    'forgery',
    'a report bundle removed',
    () => v(input('run', {}, (f) => f.delete('invariant-report.sigstore.json'))),
    'VERIFY_BUNDLE_MISSING',
    /the verdict lists the invariants report/,
  ],
  [
    'forgery',
    'a signed subject file deleted',
    () => v(input('run', {}, (f) => f.delete('gate-run.json'))),
    'VERIFY_BUNDLE_MISSING',
    /subject gate-run\.json is not in the evidence directory/,
  ],
  [
    'forgery',
    'a bundle that is not JSON',
    () => v(input('run', {}, (f) => f.set('verdict.sigstore.json', Buffer.from('{"mediaType":')))),
    'VERIFY_BUNDLE_UNPARSEABLE',
    /not valid JSON/,
  ],
  [
    'forgery',
    'an old verdict/v1 predicate without a binding, re-signed with the key',
    async () => {
      const files = readDir(dirs['run']!);
      const b = JSON.parse(files.get('verdict.sigstore.json')!.toString('utf8')) as Record<
        string,
        unknown
      >;
      const st = JSON.parse(Buffer.from(envelope(b).payload, 'base64').toString('utf8')) as Record<
        string,
        unknown
      >;
      const { binding: _b, ...rest } = st['predicate'] as Record<string, unknown>;
      const old = {
        ...st,
        predicateType: 'https://maestro-gate.dev/attestation/verdict/v1',
        predicate: rest,
      };
      const signed = await signWithKey(
        Buffer.from(JSON.stringify(old)),
        loadSigningKey(keyA.privateKeyPem),
      );
      return v(
        input('run', {}, (f) =>
          f.set('verdict.sigstore.json', Buffer.from(JSON.stringify(signed))),
        ),
      );
    },
    'VERIFY_STATEMENT_INVALID',
    /unknown predicate type "https:\/\/maestro-gate\.dev\/attestation\/verdict\/v1"/,
  ],

  // Swaps: signed pieces from elsewhere.
  [
    'swap',
    'the verdict bundle of another commit swapped in',
    () => v(input('run', {}, from('other-commit', 'verdict.sigstore.json'))),
    'VERIFY_SUBJECT_MISMATCH',
    /its subjects differ from .*: the bundles are not from one run/,
  ],
  [
    'swap',
    "the STOPPED run's verdict swapped into a RUN run",
    () => v(input('run', {}, from('stopped', 'verdict.sigstore.json', 'verdict.json'))),
    'VERIFY_SUBJECT_MISMATCH',
    /not from one run|does not match the signed subject/,
  ],
  [
    'swap',
    'a whole RUN evidence set of another commit',
    () => v(input('other-commit')),
    'VERIFY_SUBJECT_MISMATCH',
    /bound to commit \["d{40}"\], expected a{40}/,
  ],
  [
    'swap',
    'a statement duplicated under another name',
    () => v(input('run', {}, (f) => f.set('copy.sigstore.json', f.get('verdict.sigstore.json')!))),
    'VERIFY_STATEMENT_INVALID',
    /a second statement of type https:\/\/maestro-gate\.dev\/attestation\/verdict\/v2/,
  ],
  [
    'swap',
    "two bundles exchanged under each other's names",
    () =>
      v(
        input('run', {}, (f) => {
          const a = f.get('verdict.sigstore.json')!;
          f.set('verdict.sigstore.json', f.get('provenance.sigstore.json')!);
          f.set('provenance.sigstore.json', a);
        }),
      ),
    'VERIFY_UNCOVERED_FILE',
    /differs from the statement signed in (verdict|provenance)\.sigstore\.json/,
  ],
  [
    'swap',
    'the audit log of another run swapped in',
    () => v(input('run', {}, from('swapped-audit', 'audit-log.jsonl'))),
    'VERIFY_SUBJECT_MISMATCH',
    /audit-log\.jsonl: sha256/,
  ],
  [
    'swap',
    'evidence of acme/other (same key, same commit) for acme/router',
    () => v(input('other-repo', { trust: loadTrust({ publicKeyPem: keyB.publicKeyPem }) })),
    'VERIFY_BINDING_MISMATCH',
    /the signed verdict is for repository "acme\/other", expected "acme\/router"/,
  ],
  [
    'swap',
    'a report of another run swapped in',
    () =>
      v(
        input(
          'run',
          {},
          from('other-commit', 'invariant-report.sigstore.json', 'invariant-report.json'),
        ),
      ),
    'VERIFY_SUBJECT_MISMATCH',
    /not from one run|does not match the signed subject/,
  ],

  // Binding: what the release expects.
  [
    'binding',
    'another head commit expected',
    () => v(input('run', { commit: OTHER_COMMIT })),
    'VERIFY_SUBJECT_MISMATCH',
    /expected d{40}/,
  ],
  [
    'binding',
    'no --repository',
    () => v(input('run', { repository: undefined })),
    'VERIFY_BINDING_MISMATCH',
    /no --repository/,
  ],
  [
    'binding',
    'no --commit and no --artifact',
    () => v(input('run', { commit: undefined })),
    'VERIFY_BINDING_MISMATCH',
    /no --commit or --artifact/,
  ],
  [
    'binding',
    'CLI without --repository',
    () => cli(['--evidence-dir', dirs['run']!, '--key', pubA, '--commit', HEAD]),
    'USAGE',
    /pass --repository OWNER\/NAME/,
  ],
  [
    'binding',
    'CLI without --commit',
    () => cli(['--evidence-dir', dirs['run']!, '--key', pubA, '--repository', REPO]),
    'USAGE',
    /pass --commit SHA/,
  ],
  [
    'binding',
    'another pull request expected',
    () => v(input('run', { expect: { pullRequest: 8 } })),
    'VERIFY_BINDING_MISMATCH',
    /pull request 7, expected 8/,
  ],
  [
    'binding',
    'another base branch expected',
    () => v(input('run', { expect: { baseRef: 'release' } })),
    'VERIFY_BINDING_MISMATCH',
    /base ref "main", expected "release"/,
  ],
  [
    'binding',
    'another base commit expected',
    () => v(input('run', { expect: { baseSha: 'f'.repeat(40) } })),
    'VERIFY_BINDING_MISMATCH',
    /base commit "c{40}", expected "f{40}"/,
  ],
  [
    'binding',
    'another repository id expected (a renamed or recreated repository)',
    () => v(input('run', { expect: { repositoryId: '999' } })),
    'VERIFY_BINDING_MISMATCH',
    /repository id "123456", expected "999"/,
  ],
  [
    'binding',
    'an artifact that is not a subject',
    () => v(input('run', { artifacts: [{ name: 'app.tgz', bytes: Buffer.from('release') }] })),
    'VERIFY_SUBJECT_MISMATCH',
    /app\.tgz \(sha256 [0-9a-f]{64}\) is not a subject/,
  ],
  [
    'binding',
    'an organisation key used for a repository it may not sign for',
    () =>
      v(
        input('org-key', {
          trust: loadTrust({ trustedKeys: JSON.parse(readFileSync(trustedKeysFile, 'utf8')) }),
        }),
      ),
    'VERIFY_IDENTITY_MISMATCH',
    /may sign evidence for acme\/other, not for acme\/router/,
  ],
  [
    'binding',
    'a key the trusted-keys file does not list',
    () =>
      v(
        input('run', {
          trust: loadTrust({
            publicKeyPem: keyA.publicKeyPem,
            trustedKeys: {
              schema_version: 1,
              keys: [{ fingerprint: keyB.fingerprint, repositories: [REPO] }],
            },
          }),
        }),
      ),
    'VERIFY_IDENTITY_MISMATCH',
    /is not in the trusted-keys file/,
  ],
  [
    'binding',
    'CLI: organisation key via --trusted-keys for another repository',
    () =>
      cli([
        '--evidence-dir',
        dirs['org-key']!,
        '--trusted-keys',
        trustedKeysFile,
        '--repository',
        REPO,
        '--commit',
        HEAD,
      ]),
    'VERIFY_IDENTITY_MISMATCH',
    /not for acme\/router/,
  ],

  // Identity: signers the pull request controls.
  [
    'identity',
    'a workflow on a feature branch with --repository alone',
    () => v(keyless('keyless-feature', { policy: { issuer: ISSUER } })),
    'VERIFY_IDENTITY_MISMATCH',
    /the signing workflow's ref is not pinned \(it ran from refs\/heads\/feature\)/,
  ],
  [
    'identity',
    'a workflow on a feature branch against --workflow-ref refs/heads/main',
    () => v(keyless('keyless-feature')),
    'VERIFY_IDENTITY_MISMATCH',
    /workflow \(SAN\) is .*@refs\/heads\/feature", expected exactly/,
  ],
  [
    'identity',
    'a pull_request run verified with --workflow-ref refs/pull/7/merge',
    () =>
      v(
        keyless('keyless-pull', {
          policy: {
            issuer: ISSUER,
            workflowPath: '.github/workflows/gate.yml',
            workflowRef: 'refs/pull/7/merge',
          },
        }),
      ),
    'VERIFY_IDENTITY_MISMATCH',
    /ran from refs\/pull\/7\/merge: on pull_request the workflow file comes from the pull request's merge ref, so the pull request's author controls it/,
  ],
  [
    'identity',
    'a pull_request run verified with an identity regexp that allows it',
    () =>
      v(
        keyless('keyless-pull', {
          policy: {
            issuer: ISSUER,
            identityRegexp:
              'https://github\\.com/acme/router/\\.github/workflows/gate\\.yml@refs/pull/[0-9]+/merge',
          },
        }),
      ),
    'VERIFY_IDENTITY_MISMATCH',
    /pass --allow-pull-request-workflow/,
  ],
  [
    'identity',
    'a reusable workflow from evil/workflows with --repository alone',
    () =>
      v(
        keyless('keyless-evil', {
          policy: {
            issuer: ISSUER,
            identityRegexp:
              'https://github\\.com/[^/]+/[^/]+/\\.github/workflows/gate\\.yml@refs/heads/main',
          },
        }),
      ),
    'VERIFY_IDENTITY_MISMATCH',
    /lives in evil\/workflows, not in acme\/router/,
  ],
  [
    'identity',
    'a reusable workflow from evil/workflows, --signer-repository names another',
    () => v(keyless('keyless-evil', { signerRepository: 'acme/workflows' })),
    'VERIFY_IDENTITY_MISMATCH',
    /lives in evil\/workflows, not in acme\/workflows/,
  ],
  [
    'identity',
    'keyless evidence of another repository',
    () => v(keyless('keyless-other-repo')),
    'VERIFY_IDENTITY_MISMATCH',
    /source repository is "https:\/\/github\.com\/acme\/other", expected exactly "https:\/\/github\.com\/acme\/router"/,
  ],
  [
    'identity',
    'the x)|(?:.* breakout of the identity regexp',
    () =>
      v(
        keyless('keyless-other-repo', {
          policy: { issuer: ISSUER, identityRegexp: 'https://github\\.com/acme/router/x)|(?:.*' },
        }),
      ),
    'VERIFY_IDENTITY_MISMATCH',
    /does not compile on its own/,
  ],
  [
    'identity',
    'the breakout of the issuer regexp',
    () =>
      v(
        keyless('keyless', {
          policy: {
            issuerRegexp: 'https://x)|(?:.*',
            workflowPath: '.github/workflows/gate.yml',
            workflowRef: 'refs/heads/main',
          },
        }),
      ),
    'VERIFY_IDENTITY_MISMATCH',
    /issuer pattern .* does not compile on its own/,
  ],
  [
    'identity',
    'an unanchored prefix regexp',
    () =>
      v(
        keyless('keyless', {
          policy: { issuer: ISSUER, identityRegexp: 'https://github\\.com/acme/rout' },
        }),
      ),
    'VERIFY_IDENTITY_MISMATCH',
    /does not match \^\(\?:/,
  ],
  [
    'identity',
    'a regexp with a trailing wildcard alternative',
    () =>
      v(
        keyless('keyless-other-repo', {
          policy: { issuer: ISSUER, identityRegexp: 'https://github\\.com/acme/router/.*|x' },
        }),
      ),
    'VERIFY_IDENTITY_MISMATCH',
    /source repository is "https:\/\/github\.com\/acme\/other"/,
  ],
  [
    'identity',
    'another issuer',
    () =>
      v(
        keyless('keyless', {
          policy: {
            issuer: 'https://accounts.google.com',
            workflowPath: '.github/workflows/gate.yml',
            workflowRef: 'refs/heads/main',
          },
        }),
      ),
    'VERIFY_IDENTITY_MISMATCH',
    /issuer is "https:\/\/token\.actions\.githubusercontent\.com", expected exactly "https:\/\/accounts\.google\.com"/,
  ],
  [
    'identity',
    'no issuer policy',
    () =>
      v(
        keyless('keyless', {
          policy: { workflowPath: '.github/workflows/gate.yml', workflowRef: 'refs/heads/main' },
        }),
      ),
    'VERIFY_IDENTITY_MISMATCH',
    /no issuer policy/,
  ],
  [
    'identity',
    'identity flags on key-signed evidence',
    () => v(input('run', { policy: { issuer: ISSUER } })),
    'VERIFY_IDENTITY_MISMATCH',
    /the bundle is signed with a key, not a certificate/,
  ],
  [
    'identity',
    'keyless evidence against a key only',
    () => v(keyless('keyless', { trust: loadTrust({ publicKeyPem: keyA.publicKeyPem }) })),
    'VERIFY_SIGNATURE_INVALID',
    /no certificate authority/,
  ],
  [
    'identity',
    'key-signed evidence against a trusted root only',
    () => v(input('run', { trust: loadTrust({ trustedRoot: mock.trustedRoot }) })),
    'VERIFY_SIGNATURE_INVALID',
    /pass the signer's public key with --key/,
  ],

  // Time: stale or out-of-validity signatures.
  [
    'time',
    'evidence signed before --not-before',
    () => v(input('run', { notBefore: new Date('2026-11-21T10:30:00Z') })),
    'VERIFY_NOT_FRESH',
    /signed at 2026-11-21T10:00:05\.000Z, before --not-before 2026-11-21T10:30:00\.000Z/,
  ],
  [
    'time',
    'an older RUN while a newer run of the commit was STOPPED',
    () =>
      outcome(
        verifyRuns([
          { label: 'old', input: input('run') },
          { label: 'new', input: input('stopped') },
        ]),
      ),
    'VERIFY_NOT_FRESH',
    /the signed verdict is STOPPED .*\(the newest run decides; an older run decided otherwise\)/,
  ],
  [
    'time',
    'CLI: two evidence dirs, the newer one STOPPED',
    () =>
      cli([
        '--evidence-dir',
        dirs['run']!,
        '--evidence-dir',
        dirs['stopped']!,
        '--key',
        pubA,
        '--repository',
        REPO,
        '--commit',
        HEAD,
      ]),
    'VERIFY_NOT_FRESH',
    /newest run decides/,
  ],
  [
    'time',
    'an expired signing certificate',
    () => v(signatureOnly(bundles['expired'], { ...mock.trustedRoot, tlogs: [] })),
    'VERIFY_SIGNATURE_INVALID',
    /CERTIFICATE_ERROR: expired: the signing certificate expired at .*, but the signature was timestamped at/,
  ],
  [
    'time',
    'a signing certificate not yet valid',
    () => v(signatureOnly(bundles['future'], { ...mock.trustedRoot, tlogs: [] })),
    'VERIFY_SIGNATURE_INVALID',
    /CERTIFICATE_ERROR: not yet valid: the signing certificate is valid from/,
  ],
  [
    'time',
    'a certificate authority outside its validity in the trust root',
    () => {
      const root = structuredClone({ ...mock.trustedRoot, tlogs: [] }) as unknown as {
        certificateAuthorities: { validFor: Record<string, string> }[];
      };
      root.certificateAuthorities[0]!.validFor = {
        start: '2023-01-01T00:00:00Z',
        end: '2024-01-01T00:00:00Z',
      };
      return v(signatureOnly(bundles['fresh'], root));
    },
    'VERIFY_SIGNATURE_INVALID',
    /CERTIFICATE_ERROR: CA validity: the issuing certificate authority is trusted from 2023-01-01T00:00:00\.000Z to 2024-01-01T00:00:00\.000Z/,
  ],
  [
    'time',
    'a certificate from another Sigstore instance',
    () =>
      v(
        signatureOnly(bundles['fresh'], {
          ...stranger.trustedRoot,
          tlogs: [],
          timestampAuthorities: (mock.trustedRoot as { timestampAuthorities: unknown })
            .timestampAuthorities,
        }),
      ),
    'VERIFY_SIGNATURE_INVALID',
    /CERTIFICATE_ERROR: unknown instance: no certificate authority of the trust root issued the signing certificate/,
  ],
  [
    'time',
    'a STOPPED verdict offered for release',
    () => v(input('stopped')),
    'VERIFY_VERDICT_NOT_ACCEPTED',
    /the signed verdict is STOPPED/,
  ],
  [
    'time',
    'a PAUSE_FOR_HITL verdict without --allow-pause',
    () => v(input('paused')),
    'VERIFY_VERDICT_NOT_ACCEPTED',
    /approval records cannot be verified yet/,
  ],

  // Trust: material from the evidence itself.
  [
    'trust',
    '--key is the copy inside the evidence',
    () =>
      cli([
        '--evidence-dir',
        dirs['run']!,
        '--key',
        join(dirs['run']!, 'signing-key.pub.pem'),
        '--repository',
        REPO,
        '--commit',
        HEAD,
      ]),
    'VERIFY_TRUST_ROOT_INVALID',
    /lies inside the evidence .*trust material never comes from the evidence itself/,
  ],
  [
    'trust',
    'the attacker swaps signing-key.pub.pem and passes it as --key',
    () =>
      cli([
        '--evidence-dir',
        dirs['attacker']!,
        '--key',
        join(dirs['attacker']!, 'signing-key.pub.pem'),
        '--repository',
        REPO,
        '--commit',
        HEAD,
      ]),
    'VERIFY_TRUST_ROOT_INVALID',
    /lies inside the evidence/,
  ],
  [
    'trust',
    '--key through a link that points into the evidence',
    () => {
      const link = join(tempDir(), 'key.pem');
      symlinkSync(join(dirs['run']!, 'signing-key.pub.pem'), link);
      return cli([
        '--evidence-dir',
        dirs['run']!,
        '--key',
        link,
        '--repository',
        REPO,
        '--commit',
        HEAD,
      ]);
    },
    'VERIFY_TRUST_ROOT_INVALID',
    /lies inside the evidence/,
  ],
  [
    'trust',
    'the key inside the evidence pinned with another fingerprint',
    () =>
      cli([
        '--evidence-dir',
        dirs['attacker']!,
        '--key',
        join(dirs['attacker']!, 'signing-key.pub.pem'),
        '--key-fingerprint',
        keyA.fingerprint,
        '--repository',
        REPO,
        '--commit',
        HEAD,
      ]),
    'VERIFY_TRUST_ROOT_INVALID',
    /not the pinned sha256:[0-9a-f]{64} \(--key-fingerprint\)/,
  ],
  [
    'trust',
    'a trusted root inside the evidence',
    () => {
      const d = tempDir();
      for (const [n, b] of readDir(dirs['keyless']!)) writeFileSync(join(d, n), b);
      writeFileSync(join(d, 'trusted_root.json'), JSON.stringify(mock.trustedRoot));
      return cli([
        '--evidence-dir',
        d,
        '--trusted-root',
        join(d, 'trusted_root.json'),
        '--certificate-oidc-issuer',
        ISSUER,
        '--repository',
        REPO,
        '--commit',
        HEAD,
      ]);
    },
    'VERIFY_TRUST_ROOT_INVALID',
    /--trusted-root .* lies inside the evidence/,
  ],
  [
    'trust',
    'a trusted root pinned with another digest',
    () => {
      const root = join(tempDir(), 'trusted_root.json');
      writeFileSync(root, JSON.stringify(stranger.trustedRoot));
      return cli([
        '--evidence-dir',
        dirs['keyless']!,
        '--trusted-root',
        root,
        '--trusted-root-sha256',
        'f'.repeat(64),
        '--certificate-oidc-issuer',
        ISSUER,
        '--repository',
        REPO,
        '--commit',
        HEAD,
      ]);
    },
    'VERIFY_TRUST_ROOT_INVALID',
    /not the pinned f{64} \(--trusted-root-sha256\)/,
  ],
  [
    'trust',
    'a trusted-keys file inside the evidence',
    () => {
      const d = tempDir();
      for (const [n, b] of readDir(dirs['run']!)) writeFileSync(join(d, n), b);
      copyFileSync(trustedKeysFile, join(d, 'keys.json'));
      return cli([
        '--evidence-dir',
        d,
        '--trusted-keys',
        join(d, 'keys.json'),
        '--repository',
        REPO,
        '--commit',
        HEAD,
      ]);
    },
    'VERIFY_TRUST_ROOT_INVALID',
    /--trusted-keys .* lies inside the evidence/,
  ],
  [
    'trust',
    'a trusted-keys entry whose PEM is another key',
    () => {
      const f = join(tempDir(), 'keys.json');
      writeFileSync(
        f,
        JSON.stringify({
          schema_version: 1,
          keys: [
            { fingerprint: keyA.fingerprint, repositories: [REPO], public_key: keyB.publicKeyPem },
          ],
        }),
      );
      return cli([
        '--evidence-dir',
        dirs['run']!,
        '--trusted-keys',
        f,
        '--repository',
        REPO,
        '--commit',
        HEAD,
      ]);
    },
    'VERIFY_TRUST_ROOT_INVALID',
    /public_key has fingerprint sha256:[0-9a-f]{64}, not sha256:/,
  ],
  [
    'trust',
    'a private key passed as --key',
    () => {
      const f = join(tempDir(), 'k.pem');
      writeFileSync(f, keyA.privateKeyPem);
      return cli([
        '--evidence-dir',
        dirs['run']!,
        '--key',
        f,
        '--repository',
        REPO,
        '--commit',
        HEAD,
      ]);
    },
    'VERIFY_TRUST_ROOT_INVALID',
    /is a private key/,
  ],
  [
    'trust',
    'a trusted-keys file with an unknown field',
    () => {
      const f = join(tempDir(), 'keys.json');
      writeFileSync(
        f,
        JSON.stringify({
          schema_version: 1,
          keys: [{ fingerprint: keyA.fingerprint, repositories: ['*'], any: true }],
        }),
      );
      return cli([
        '--evidence-dir',
        dirs['run']!,
        '--trusted-keys',
        f,
        '--repository',
        REPO,
        '--commit',
        HEAD,
      ]);
    },
    'VERIFY_TRUST_ROOT_INVALID',
    /unknown field "any"/,
  ],

  // Audit log.
  [
    'audit',
    'the signed copy of the audit log truncated',
    () =>
      v(
        input('run', {}, (f) =>
          f.set(
            'audit-log.jsonl',
            Buffer.from(`${f.get('audit-log.jsonl')!.toString().split('\n')[0]!}\n`),
          ),
        ),
      ),
    'VERIFY_SUBJECT_MISMATCH',
    /audit-log\.jsonl: sha256/,
  ],
  [
    'audit',
    'a line appended to the live audit log after signing',
    () =>
      v(
        input('run', {}, (f) =>
          f.set('audit.jsonl', Buffer.concat([f.get('audit.jsonl')!, Buffer.from('{"seq":4}\n')])),
        ),
      ),
    'VERIFY_SUBJECT_MISMATCH',
    /audit\.jsonl: sha256/,
  ],
  [
    'audit',
    'a signed log whose lines were swapped before signing',
    () => v(input('swapped-audit')),
    'VERIFY_AUDIT_LOG_INVALID',
    /line 1: swapped: lines 1 and 2 are swapped/,
  ],
  [
    'audit',
    'truncation against the signed head and line count',
    () => {
      const text = readFileSync(AUDIT_LOG, 'utf8');
      const full = verifyAuditLog(text);
      const r = verifyAuditLog(text.split('\n').slice(0, 2).join('\n'), {
        head: full.head,
        lines: full.lines,
      });
      return { ok: r.ok, failures: r.problems.map((p) => ({ code: p.kind, message: p.message })) };
    },
    'truncated' as ReasonCode,
    /the log has 2 line\(s\), the signed evidence records 3: the last 1 line\(s\) were removed/,
  ],
  [
    'audit',
    'a chained append after signing',
    () => {
      const text = readFileSync(AUDIT_LOG, 'utf8');
      const full = verifyAuditLog(text);
      const lines = text.trim().split('\n');
      const r = verifyAuditLog(`${text}${lines[2]!}\n`, { head: full.head, lines: full.lines });
      return { ok: r.ok, failures: r.problems.map((p) => ({ code: p.kind, message: p.message })) };
    },
    'appended' as ReasonCode,
    /lines 4–4 were appended after the log was signed/,
  ],
  [
    'audit',
    'an edit with every later hash recomputed (re-chained)',
    () => {
      const text = readFileSync(AUDIT_LOG, 'utf8');
      const full = verifyAuditLog(text);
      const rechained = rechain(text.replace('"decision":"RUN"', '"decision":"STOPPED"'));
      expect(verifyAuditLog(rechained).ok).toBe(true);
      const r = verifyAuditLog(rechained, { head: full.head, lines: full.lines });
      return { ok: r.ok, failures: r.problems.map((p) => ({ code: p.kind, message: p.message })) };
    },
    'rechained' as ReasonCode,
    /the chain is intact and has the signed 3 line\(s\), but its head [0-9a-f]{64} is not the signed head [0-9a-f]{64}: a line was edited and every later hash recomputed \(re-chained\)/,
  ],
];

/** Recomputes a log's chain after an edit, as an attacker with the format (not the key) can. */
function rechain(text: string): string {
  const lines = text.trim().split('\n');
  let prev = '0'.repeat(64);
  const out: string[] = [];
  for (const l of lines) {
    const { hash: _h, ...body } = JSON.parse(l) as Record<string, unknown>;
    const b = { ...body, prev };
    const line = JSON.stringify({ ...b, hash: sha(canonical(b)) });
    out.push(line);
    prev = sha(line);
  }
  return `${out.join('\n')}\n`;
}

describe('attacks on maestro-gate verify', () => {
  it('has at least 60 attacks in every category', () => {
    expect(attacks.length).toBeGreaterThanOrEqual(60);
    expect(new Set(attacks.map((a) => a[0]))).toEqual(
      new Set(['forgery', 'swap', 'binding', 'identity', 'time', 'trust', 'audit']),
    );
  });

  it.each(attacks)('%s: %s is rejected', async (_category, _name, attack, code, message) => {
    const r = await attack();
    expect(r.ok).toBe(false);
    const hit = r.failures.find((f) => f.code === code && message.test(f.message));
    expect(hit, JSON.stringify(r.failures.slice(0, 6), null, 1)).toBeDefined();
  });
});

describe('what passes only with a loud warning', () => {
  it('--expect-verdict PAUSE_FOR_HITL says approval records are not checked, as --allow-pause does', () => {
    const expected = verifyEvidence(input('paused', { expectVerdict: 'PAUSE_FOR_HITL' }));
    const allowed = verifyEvidence(input('paused', { allowPause: true }));
    for (const r of [expected, allowed]) {
      expect(r.ok).toBe(true);
      expect(r.warnings.join('\n')).toContain('approval records NOT checked');
    }
  });

  it('--insecure-skip-binding and --allow-uncovered pass, and say what was not checked', () => {
    const r = verifyEvidence(
      input(
        'run',
        {
          repository: undefined,
          commit: undefined,
          skipBinding: true,
          allowUncovered: ['notes.txt'],
        },
        (f) => f.set('notes.txt', Buffer.from('hello')),
      ),
    );
    expect(r.ok).toBe(true);
    expect(r.warnings.join('\n')).toMatch(/NOT BOUND \(--insecure-skip-binding\)/);
    expect(r.warnings.join('\n')).toMatch(/notes\.txt.*--allow-uncovered/);
  });

  it('a pull_request-signed run passes only with --allow-pull-request-workflow, and says why it is weak', () => {
    const r = verifyEvidence(
      keyless('keyless-pull', {
        policy: {
          issuer: ISSUER,
          workflowPath: '.github/workflows/gate.yml',
          workflowRef: 'refs/pull/7/merge',
        },
        allowPullRequestWorkflow: true,
      }),
    );
    expect(r.checks.filter((c) => !c.ok)).toEqual([]);
    expect(r.checks.map((c) => c.message).join('\n')).toContain(
      "the pull request's author controls it",
    );
  });

  it('a reusable workflow passes when --signer-repository names it', () => {
    const r = verifyEvidence(keyless('keyless-evil', { signerRepository: 'evil/workflows' }));
    expect(r.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it('the evidence key pinned by its fingerprint is accepted, and the binding is printed', async () => {
    let out = '';
    const code = await runVerifyCli(
      [
        '--evidence-dir',
        dirs['run']!,
        '--key',
        join(dirs['run']!, 'signing-key.pub.pem'),
        '--key-fingerprint',
        keyA.fingerprint,
        '--repository',
        REPO,
        '--commit',
        HEAD,
      ],
      { stdout: (t) => void (out += t), stderr: () => undefined },
    );
    expect(code).toBe(0);
    expect(out).toMatch(
      /PASS binding \[verdict\.sigstore\.json\]: verified binding: repository acme\/router \(id 123456\), PR #7 \(base main @ c{40}\), head a{40}, config sha256:e{64}, gate material sha256:[0-9a-f]{64}, workflow acme\/router\/\.github\/workflows\/gate\.yml@refs\/heads\/main \(pull_request\), run 4242 attempt 1, signed at 2026-11-21T10:00:05\.000Z/,
    );
  });
});
