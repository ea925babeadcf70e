import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeEvidence } from '../../action/evidence/write.js';
import { generateEphemeralKey } from '../../action/signing/sign-door.js';
import { loadTrust, type LoadedTrust } from '../../action/signing/trust.js';
import { verifyEvidence, type VerifyReport } from '../../action/verify/verify.js';
import {
  AUDIT_LOG,
  HEAD,
  actionsEnv,
  fixtureRun,
  readDir,
  tempDir,
} from '../fixtures/evidence/helpers.js';

let files: Map<string, Buffer>;
let trust: LoadedTrust;
let publicKeyPem: string;
const BUNDLES = [
  'audit-log',
  'invariant-report',
  'model-check-report',
  'provenance',
  'verdict',
].map((n) => `${n}.sigstore.json`);

beforeAll(async () => {
  const key = generateEphemeralKey();
  publicKeyPem = key.publicKeyPem;
  const dir = tempDir();
  const r = await writeEvidence({
    run: fixtureRun(),
    auditLogPath: AUDIT_LOG,
    evidenceDir: dir,
    env: actionsEnv(),
    signing: { mode: 'key', keyPem: key.privateKeyPem },
    headSha: HEAD,
  });
  expect(r.gateResult).toBeUndefined();
  files = readDir(dir);
  trust = loadTrust({ publicKeyPem });
});

function run(
  mutated: Map<string, Buffer>,
  extra: Partial<Parameters<typeof verifyEvidence>[0]> = {},
): VerifyReport {
  const bundles = [...mutated]
    .filter(([n]) => n.endsWith('.sigstore.json'))
    .map(([name, b]) => {
      let json: unknown;
      try {
        json = JSON.parse(b.toString('utf8'));
      } catch (e) {
        json = e;
      }
      return { name, json };
    });
  return verifyEvidence({
    bundles,
    files: mutated,
    trust,
    policy: {},
    commit: HEAD,
    repository: 'acme/router',
    ...extra,
  });
}

/** Every leaf path of a JSON value. */
function leaves(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (v !== null && typeof v === 'object') {
    const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
    if (entries.length === 0) return [path];
    return entries.flatMap(([k, x]) => leaves(x, [...path, k]));
  }
  return [path];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

function mutateValue(v: unknown): unknown[] {
  if (typeof v === 'string')
    return [
      `${v}x`,
      v.length > 1 ? v.slice(0, -2) : 'y',
      v.toUpperCase() === v ? v.toLowerCase() + 'z' : v.toUpperCase(),
    ];
  if (typeof v === 'number') return [v + 1, -v - 1];
  if (typeof v === 'boolean') return [!v];
  if (v === null) return ['null'];
  return [null, 'x'];
}

describe('tamper detection', () => {
  it('the untouched evidence verifies (the tests below can fail)', () => {
    const r = run(files);
    expect(r.checks.filter((c) => !c.ok)).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('rejects every single-field mutation of every bundle', () => {
    let cases = 0;
    for (const name of BUNDLES) {
      const bundle = JSON.parse(files.get(name)!.toString('utf8')) as unknown;
      for (const path of leaves(bundle)) {
        const at = path.reduce<unknown>(
          (n, k) => (n as Record<string | number, unknown>)[k],
          bundle,
        );
        for (const value of mutateValue(at)) {
          const m = new Map(files);
          m.set(name, Buffer.from(JSON.stringify(setAt(bundle, path, value))));
          const r = run(m);
          expect(r.ok, `${name} ${path.join('.')} = ${JSON.stringify(value)}`).toBe(false);
          cases++;
        }
      }
      // Added fields are refused too.
      for (const where of [
        [],
        ['dsseEnvelope'],
        ['verificationMaterial'],
        ['dsseEnvelope', 'signatures', 0],
      ] as (string | number)[][]) {
        const obj = structuredClone(bundle) as Record<string, unknown>;
        let node = obj as Record<string | number, unknown>;
        for (const k of where) node = node[k] as Record<string | number, unknown>;
        node['extra'] = 1;
        const m = new Map(files);
        m.set(name, Buffer.from(JSON.stringify(obj)));
        expect(run(m).ok, `${name} +${where.join('.')}.extra`).toBe(false);
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(50);
  });

  it('rejects every single-field mutation of every statement (payload re-encoded, signature kept)', () => {
    let cases = 0;
    for (const name of BUNDLES) {
      const bundle = JSON.parse(files.get(name)!.toString('utf8')) as {
        dsseEnvelope: { payload: string };
      };
      const st = JSON.parse(
        Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'),
      ) as unknown;
      const paths = leaves(st);
      // Every top-level and subject field, plus a sample of predicate leaves.
      const chosen = paths.filter((p, i) => p[0] !== 'predicate' || i % 3 === 0);
      for (const path of chosen) {
        const at = path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], st);
        const value = mutateValue(at)[0];
        const b2 = structuredClone(bundle);
        b2.dsseEnvelope.payload = Buffer.from(JSON.stringify(setAt(st, path, value))).toString(
          'base64',
        );
        const m = new Map(files);
        m.set(name, Buffer.from(JSON.stringify(b2)));
        const r = run(m);
        expect(r.ok, `${name} statement ${path.join('.')}`).toBe(false);
        expect(r.checks.find((c) => !c.ok)?.code).toBe('VERIFY_SIGNATURE_INVALID');
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(50);
  });

  it('rejects 1,000 seeded random byte flips in the bundles and evidence files', () => {
    const targets = [
      ...BUNDLES,
      'verdict.json',
      'gate-run.json',
      'audit-log.jsonl',
      'invariant-report.json',
    ];
    // Bundles are checked in compact form so a flip cannot land in insignificant whitespace.
    const compact = new Map(files);
    for (const n of BUNDLES)
      compact.set(n, Buffer.from(JSON.stringify(JSON.parse(files.get(n)!.toString('utf8')))));
    expect(run(compact).ok).toBe(true);
    let flips = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...targets),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (name, pos, xor) => {
          const original = compact.get(name)!;
          const bytes = Buffer.from(original);
          const i = pos % bytes.length;
          bytes[i] = bytes[i]! ^ xor;
          const m = new Map(compact);
          m.set(name, bytes);
          flips++;
          return !run(m).ok;
        },
      ),
      { seed: 20261121, numRuns: 1000 },
    );
    expect(flips).toBe(1000);
  });

  it('rejects a missing bundle, a missing evidence file and a swapped bundle', () => {
    for (const gone of [
      'verdict.sigstore.json',
      'provenance.sigstore.json',
      'invariant-report.sigstore.json',
      'audit-log.sigstore.json',
    ]) {
      const m = new Map(files);
      m.delete(gone);
      const r = run(m);
      expect(r.ok, gone).toBe(false);
      expect(r.reason_code).toBe('VERIFY_BUNDLE_MISSING');
    }
    const m = new Map(files);
    m.delete('model-check-report.json');
    expect(run(m).reason_code).toBe('VERIFY_BUNDLE_MISSING');
    // A duplicated statement.
    const d = new Map(files);
    d.set('copy.sigstore.json', files.get('verdict.sigstore.json')!);
    expect(run(d).ok).toBe(false);
  });

  it('rejects the wrong key with a precise message', () => {
    const other = loadTrust({ publicKeyPem: generateEphemeralKey().publicKeyPem });
    const r = verifyEvidence({
      bundles: [
        {
          name: 'verdict.sigstore.json',
          json: JSON.parse(files.get('verdict.sigstore.json')!.toString()) as unknown,
        },
      ],
      files,
      trust: other,
      policy: {},
    });
    expect(r.ok).toBe(false);
    expect(r.checks[1]).toMatchObject({
      check: 'signature',
      ok: false,
      code: 'VERIFY_SIGNATURE_INVALID',
    });
    expect(r.checks[1]!.message).toContain('signature verification failed');
  });

  it('rejects the wrong subject commit and a foreign artifact with precise messages', () => {
    const r = run(files, { commit: 'c'.repeat(40) });
    expect(r.ok).toBe(false);
    expect(r.reason_code).toBe('VERIFY_SUBJECT_MISMATCH');
    expect(r.checks.find((c) => !c.ok)!.message).toContain(`expected ${'c'.repeat(40)}`);
    const a = run(files, {
      artifacts: [{ name: 'other.txt', bytes: Buffer.from('not evidence') }],
    });
    expect(a.ok).toBe(false);
    expect(a.checks.find((c) => !c.ok)!.message).toMatch(
      /other\.txt \(sha256 [0-9a-f]{64}\) is not a subject/,
    );
    // A subject file that changed on disk.
    const m = new Map(files);
    m.set('gate-run.json', Buffer.from('{}'));
    const s = run(m);
    expect(s.reason_code).toBe('VERIFY_SUBJECT_MISMATCH');
    expect(s.checks.find((c) => !c.ok)!.message).toContain('gate-run.json: sha256');
  });

  it('rejects identity flags on a key-signed bundle', () => {
    const r = run(files, { policy: { issuer: 'https://token.actions.githubusercontent.com' } });
    expect(r.reason_code).toBe('VERIFY_IDENTITY_MISMATCH');
  });

  it('refuses a STOPPED verdict, and PAUSE_FOR_HITL unless --allow-pause', async () => {
    for (const [decision, allowPause, ok] of [
      ['STOPPED', true, false],
      ['PAUSE_FOR_HITL', false, false],
      ['PAUSE_FOR_HITL', true, true],
    ] as const) {
      const key = generateEphemeralKey();
      const doc = fixtureRun();
      doc.verdict = {
        ...doc.verdict,
        decision,
        reason_codes: ['OK'],
        overrideable: decision === 'PAUSE_FOR_HITL',
      };
      const dir = tempDir();
      const w = await writeEvidence({
        run: doc,
        evidenceDir: dir,
        env: actionsEnv(),
        signing: { mode: 'key', keyPem: key.privateKeyPem },
        headSha: HEAD,
      });
      expect(w.gateResult).toBeUndefined();
      const f = readDir(dir);
      const r = verifyEvidence({
        bundles: [...f]
          .filter(([n]) => n.endsWith('.sigstore.json'))
          .map(([name, b]) => ({ name, json: JSON.parse(b.toString()) as unknown })),
        files: f,
        trust: loadTrust({ publicKeyPem: key.publicKeyPem }),
        policy: {},
        repository: 'acme/router',
        commit: HEAD,
        allowPause,
      });
      expect(r.ok, `${decision} allowPause=${allowPause}`).toBe(ok);
      const v = r.checks.find((c) => c.check === 'verdict')!;
      if (!ok) expect(v.code).toBe('VERIFY_VERDICT_NOT_ACCEPTED');
      if (ok) expect(v.message).toContain('--allow-pause');
    }
    writeFileSync(join(tempDir(), 'touch'), '');
  });
});
