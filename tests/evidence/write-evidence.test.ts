import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceEnvFromVariables } from '../../action/evidence/env.js';
import { evidenceGateResult, planSigning } from '../../action/evidence/policy.js';
import { buildProvenance } from '../../action/evidence/statements.js';
import { writeEvidence } from '../../action/evidence/write.js';
import { generateEphemeralKey } from '../../action/signing/sign-door.js';
import { loadTrust } from '../../action/signing/trust.js';
import { verifyEvidence } from '../../action/verify/verify.js';
import {
  AUDIT_LOG,
  HEAD,
  actionsEnv,
  fixtureRun,
  readDir,
  tempDir,
} from '../fixtures/evidence/helpers.js';

const NOW = () => new Date('2026-11-21T10:00:05.000Z');

describe('writeEvidence', () => {
  it('writes a key-signed bundle that verifies, with every file a subject', async () => {
    const key = generateEphemeralKey();
    const dir = tempDir();
    const r = await writeEvidence({
      run: fixtureRun(),
      auditLogPath: AUDIT_LOG,
      evidenceDir: dir,
      env: actionsEnv(),
      signing: { mode: 'key', keyPem: key.privateKeyPem },
      headSha: HEAD,
      now: NOW,
    });
    expect(r.gateResult).toBeUndefined();
    expect(r.signed).toBe(true);
    expect(r.signingMode).toBe('key');
    expect(r.attestations).toEqual([]);
    expect(r.bundlePath).toBe(join(dir, 'verdict.sigstore.json'));
    expect(Object.keys(r.bundles).sort()).toEqual([
      'https://maestro-gate.dev/attestation/audit-log/v1',
      'https://maestro-gate.dev/attestation/invariant-report/v1',
      'https://maestro-gate.dev/attestation/model-check-report/v1',
      'https://maestro-gate.dev/attestation/ope-report/v1',
      'https://maestro-gate.dev/attestation/verdict/v2',
      'https://slsa.dev/provenance/v1',
    ]);
    expect(readFileSync(join(dir, 'signing-key.pub.pem'), 'utf8')).toBe(key.publicKeyPem);
    expect(r.summaryMarkdown).toContain(`--repository acme/router --commit ${HEAD}`);
    expect(r.summaryMarkdown).toContain('cosign verify-blob-attestation');
    // Nothing printed tells a release to trust the key shipped beside the evidence.
    expect(r.summaryMarkdown).toContain('--key "$MAESTRO_PUBLIC_KEY"');
    expect(r.summaryMarkdown).not.toMatch(/--key \S*signing-key\.pub\.pem/);
    expect(r.summaryMarkdown).toContain(key.fingerprint);
    expect(r.summaryMarkdown).not.toContain('PRIVATE');
    const report = verifyEvidence({
      bundles: [...readDir(dir)]
        .filter(([n]) => n.endsWith('.sigstore.json'))
        .map(([name, b]) => ({ name, json: JSON.parse(b.toString()) as unknown })),
      files: readDir(dir),
      trust: loadTrust({ publicKeyPem: key.publicKeyPem }),
      policy: {},
      commit: HEAD,
      repository: 'acme/router',
    });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.verdict).toBe('RUN');
    const verdict = JSON.parse(readFileSync(join(dir, 'verdict.intoto.json'), 'utf8')) as {
      subject: { name: string }[];
      predicate: { cards: unknown[]; gates: { report?: unknown }[] };
    };
    expect(verdict.subject.map((s) => s.name)).toEqual([
      'gate-run.json',
      'invariant-report.json',
      'model-check-report.json',
      'ope-report.json',
      'audit-log.jsonl',
      'verdict.json',
      'signing-key.pub.pem',
      'decision-cards.html',
      'evidence-manifest.json',
      'SUMMARY.md',
      'git+https://github.com/acme/router',
    ]);
    expect(verdict.predicate.cards).toHaveLength(1);
    expect(verdict.predicate.gates.every((g) => g.report === undefined)).toBe(true);
  });

  it('fills SLSA provenance the way actions/attest does', () => {
    const p = buildProvenance(actionsEnv());
    expect(p).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/heads/main',
            repository: 'https://github.com/acme/router',
            path: '.github/workflows/gate.yml',
          },
        },
        internalParameters: {
          github: {
            event_name: 'pull_request',
            repository_id: '123456',
            repository_owner_id: '654321',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [
          {
            uri: 'git+https://github.com/acme/router@refs/heads/main',
            digest: { gitCommit: 'b'.repeat(40) },
          },
        ],
      },
      runDetails: {
        builder: {
          id: 'https://github.com/acme/router/.github/workflows/gate.yml@refs/heads/main',
        },
        metadata: { invocationId: 'https://github.com/acme/router/actions/runs/4242/attempts/1' },
      },
    });
    // OIDC claims win over the environment (they are what the certificate says).
    const q = buildProvenance(actionsEnv(), {
      job_workflow_ref: 'acme/shared/.github/workflows/reusable.yml@refs/tags/v1',
      sha: 'c'.repeat(40),
    });
    expect(q.runDetails.builder.id).toBe(
      'https://github.com/acme/shared/.github/workflows/reusable.yml@refs/tags/v1',
    );
    expect(q.buildDefinition.resolvedDependencies[0]!.digest.gitCommit).toBe('c'.repeat(40));
    // Outside Actions: the local build type, never GitHub's.
    const l = buildProvenance(evidenceEnvFromVariables({}));
    expect(l.buildDefinition.buildType).toBe('https://maestro-gate.dev/buildtypes/local/v1');
  });

  it('stops on a secret in any evidence file, naming file and pattern but not the secret', async () => {
    const run = fixtureRun();
    const secret = `ghp_${'A1b2C3d4E5'.repeat(4)}`;
    run.gates[0]!.findings.push({ level: 'note', message: `token was ${secret}` });
    const dir = join(tempDir(), 'out');
    const r = await writeEvidence({
      run,
      evidenceDir: dir,
      env: actionsEnv(),
      signing: { mode: 'key', keyPem: generateEphemeralKey().privateKeyPem },
      headSha: HEAD,
    });
    expect(r.gateResult?.decision).toBe('STOPPED');
    expect(r.gateResult?.reason_code).toBe('EVIDENCE_SENSITIVE_DATA');
    expect(r.gateResult?.sealed).toBe(true);
    const msg = r.gateResult!.findings[0]!.message;
    expect(msg).toContain('gate-run.json');
    expect(msg).toContain('github-token');
    expect(msg).not.toContain(secret);
    expect(JSON.stringify(r)).not.toContain(secret);
    expect(r.files).toEqual([]);
    expect(existsSync(dir)).toBe(false);
  });

  it('stops on PII in the audit log', async () => {
    const dir = tempDir();
    const log = join(dir, 'audit.jsonl');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(log, '{"run_id":"r","note":"mail jane.doe@example.com"}\n');
    const r = await writeEvidence({
      run: fixtureRun(),
      auditLogPath: log,
      evidenceDir: join(dir, 'out'),
      env: actionsEnv(),
      signing: { mode: 'key', keyPem: generateEphemeralKey().privateKeyPem },
      headSha: HEAD,
    });
    expect(r.gateResult?.reason_code).toBe('EVIDENCE_SENSITIVE_DATA');
    expect(r.gateResult?.findings[0]?.message).toContain('audit-log.jsonl:1:');
    expect(r.gateResult?.findings[0]?.message).toContain('email-address');
    expect(r.gateResult?.findings[0]?.message).not.toContain('jane.doe');
  });

  it.each([
    ['an empty object', {}],
    ['null', null],
    ['a string', 'RUN'],
    [
      'a run without gates',
      (() => {
        const r = fixtureRun() as unknown as Record<string, unknown>;
        delete r['gates'];
        return r;
      })(),
    ],
  ])('refuses %s as the run (EVIDENCE_RUN_INVALID)', async (_name, run) => {
    const r = await writeEvidence({
      run,
      evidenceDir: tempDir(),
      env: actionsEnv(),
      signing: { mode: 'key', keyPem: generateEphemeralKey().privateKeyPem },
      headSha: HEAD,
    });
    expect(r.gateResult?.decision).toBe('STOPPED');
    expect(r.gateResult?.reason_code).toBe('EVIDENCE_RUN_INVALID');
    expect(r.signed).toBe(false);
  });

  it('refuses a malformed head commit', async () => {
    const r = await writeEvidence({
      run: fixtureRun(),
      evidenceDir: tempDir(),
      env: actionsEnv(),
      signing: { mode: 'key', keyPem: generateEphemeralKey().privateKeyPem },
      headSha: 'main',
    });
    expect(r.gateResult?.reason_code).toBe('EVIDENCE_RUN_INVALID');
  });

  it('a broken key is EVIDENCE_KEY_INVALID and writes nothing', async () => {
    const dir = join(tempDir(), 'out');
    const r = await writeEvidence({
      run: fixtureRun(),
      evidenceDir: dir,
      env: actionsEnv(),
      signing: {
        mode: 'key',
        keyPem: '-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n',
      },
      headSha: HEAD,
    });
    expect(r.gateResult?.reason_code).toBe('EVIDENCE_KEY_INVALID');
    expect(r.gateResult?.findings[0]?.message).not.toContain('nope');
    expect(existsSync(dir)).toBe(false);
  });

  it('a failing OIDC token provider is EVIDENCE_SIGNING_FAILED', async () => {
    const r = await writeEvidence({
      run: fixtureRun(),
      evidenceDir: tempDir(),
      env: actionsEnv(),
      signing: {
        mode: 'keyless',
        // A thrown string, as some libraries do: it must still fail closed.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        getToken: () => Promise.reject('no token'),
        endpoints: { fulcioURL: 'http://127.0.0.1:9' },
      },
      headSha: HEAD,
    });
    expect(r.gateResult?.reason_code).toBe('EVIDENCE_SIGNING_FAILED');
    expect(r.gateResult?.findings[0]?.message).toContain('no token');
  });

  it('unsigned evidence is written with the reason and is never a silent pass on a protected branch', async () => {
    const dir = tempDir();
    const r = await writeEvidence({
      run: fixtureRun(),
      evidenceDir: dir,
      env: actionsEnv(),
      signing: { mode: 'none', reason: 'a pull request from a fork gets no OIDC token' },
      headSha: HEAD,
      baseRef: 'refs/heads/main',
    });
    expect(r.signed).toBe(false);
    expect(r.bundlePath).toBeNull();
    expect(r.gateResult?.decision).toBe('PAUSE_FOR_HITL');
    expect(r.gateResult?.reason_code).toBe('EVIDENCE_UNSIGNED');
    expect(r.summaryMarkdown).toContain('**Unsigned:** a pull request from a fork');
    const manifest = JSON.parse(readFileSync(join(dir, 'evidence-manifest.json'), 'utf8')) as {
      signed: boolean;
      signing: { reason: string };
    };
    expect(manifest.signed).toBe(false);
    expect(manifest.signing.reason).toContain('fork');
    expect(existsSync(join(dir, 'verdict.sigstore.json'))).toBe(false);
  });
});

describe('signing policy', () => {
  it('plans keyless, then key, then unsigned with the reason', () => {
    expect(planSigning(undefined, { oidc: true, key: true })).toEqual({ mode: 'keyless' });
    expect(planSigning(undefined, { oidc: false, key: true })).toEqual({ mode: 'key' });
    expect(planSigning(undefined, { oidc: false, key: false, fork: true })).toMatchObject({
      mode: 'none',
      reason: expect.stringContaining('fork') as string,
    });
    expect(planSigning({ signing: 'keyless' }, { oidc: false, key: true })).toMatchObject({
      mode: 'none',
    });
    expect(planSigning({ signing: 'key' }, { oidc: true, key: false })).toMatchObject({
      mode: 'none',
    });
    expect(planSigning({ signing: 'none' }, { oidc: true, key: true })).toMatchObject({
      mode: 'none',
    });
  });

  it.each([
    ['main', {}, 'PAUSE_FOR_HITL'],
    ['refs/heads/release/1.2', {}, 'PAUSE_FOR_HITL'],
    ['feature/x', {}, 'RUN'],
    ['main', { unsigned_on_protected: 'STOPPED' as const }, 'STOPPED'],
    ['feature/x', { unsigned_on_unprotected: 'STOPPED' as const }, 'STOPPED'],
    ['develop', { protected_branches: ['develop'] }, 'PAUSE_FOR_HITL'],
    // A config that asks for RUN on protected branches is not honoured.
    ['main', { unsigned_on_protected: 'RUN' as unknown as 'STOPPED' }, 'PAUSE_FOR_HITL'],
  ])('unsigned on %s with %j is %s', (baseRef, config, decision) => {
    const g = evidenceGateResult({ mode: 'none', reason: 'no token' }, { baseRef, config });
    expect(g.decision).toBe(decision);
    expect(g.reason_code).toBe('EVIDENCE_UNSIGNED');
    expect(g.gate).toBe('evidence');
    expect(g.findings).toHaveLength(1);
    if (decision === 'PAUSE_FOR_HITL')
      expect(g).toMatchObject({ sealed: false, overrideable: true });
  });

  it('a branch reported as protected counts even when no glob matches', () => {
    expect(
      evidenceGateResult({ mode: 'none', reason: 'x' }, { baseRef: 'trunk', branchProtected: true })
        .decision,
    ).toBe('PAUSE_FOR_HITL');
  });

  it('signed plans are RUN/OK', () => {
    expect(evidenceGateResult({ mode: 'key' }, { baseRef: 'main' })).toMatchObject({
      decision: 'RUN',
      reason_code: 'OK',
    });
  });
});
