/**
 * The checks of one bundle: shape, signature against the trust, signer identity and policy,
 * payload type, statement, artifacts, predicate schema, subject digests and provenance.
 */
import { validatePredicate, validateStatement } from '../evidence/schemas.js';
import type { SlsaProvenance } from '../evidence/statements.js';
import { SLSA_PROVENANCE_V1, STATEMENT_TYPE, type Statement } from '../evidence/types.js';
import { describeThrown } from '../contract/errors.js';
import {
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_V01,
  type SignatureVerification,
  verifyBundleSignature,
} from '../signing/verify-door.js';
import { sha256Hex } from '../util/digest.js';
import { BUNDLE_V03, strictBundleShape } from './bundle-shape.js';
import { fromError, type Checks } from './checks.js';
import { checkIdentity, checkSigner, hasIdentityPolicy } from './policy.js';
import { checkProvenance } from './provenance.js';
import type { VerifyInput } from './verify.js';

/** A bundle whose signature and statement verified. */
export interface VerifiedStatement {
  bundle: string;
  statement: Statement;
  signature: SignatureVerification;
}

function subjectDigests(st: Statement): Map<string, Record<string, string>> {
  return new Map(st.subject.map((s) => [s.name, s.digest]));
}

/** A trusted-keys file binds keys to repositories: the signing key must be allowed for this one. */
function checkKeyRepository(
  sig: SignatureVerification,
  input: VerifyInput,
  t: string,
  c: Checks,
): void {
  const map = input.trust.keyRepositories;
  const fp = sig.key?.fingerprint ?? '?';
  if (map === undefined) {
    if (input.trust.publicKey !== undefined && sig.key === input.trust.publicKey)
      c.pass(
        'signer',
        t,
        `key ${fp} is trusted as given (--key); no trusted-keys file binds it to repositories`,
      );
    return;
  }
  const repos = map.get(fp);
  const repository = input.repository ?? input.policy.repository;
  if (repos === undefined)
    c.fail('signer', t, 'VERIFY_IDENTITY_MISMATCH', `key ${fp} is not in the trusted-keys file`);
  else if (repository === undefined || !repos.includes(repository))
    c.fail(
      'signer',
      t,
      'VERIFY_IDENTITY_MISMATCH',
      `key ${fp} may sign evidence for ${repos.join(', ')}, not for ${repository ?? '(no --repository)'} (trusted-keys file)`,
    );
  else c.pass('signer', t, `key ${fp} may sign evidence for ${repository} (trusted-keys file)`);
}

export function verifyOne(
  b: { name: string; json: unknown },
  input: VerifyInput,
  mode: 'evidence' | 'signature',
  c: Checks,
): VerifiedStatement | undefined {
  const t = b.name;
  if (b.json instanceof Error) {
    c.fail('bundle', t, 'VERIFY_BUNDLE_UNPARSEABLE', `not valid JSON: ${b.json.message}`);
    return undefined;
  }
  if (mode === 'evidence') {
    const problem = strictBundleShape(b.json);
    if (problem !== undefined) {
      c.fail('bundle', t, 'VERIFY_BUNDLE_UNPARSEABLE', problem);
      return undefined;
    }
    c.pass('bundle', t, `${BUNDLE_V03} with one DSSE signature`);
  }

  // Signature, chain, SCTs, transparency log, timestamps.
  let sig: SignatureVerification;
  try {
    const artifact =
      mode === 'signature' && input.artifacts?.length === 1 ? input.artifacts[0]!.bytes : undefined;
    sig = verifyBundleSignature(b.json, input.trust, {
      label: t,
      ...(artifact === undefined ? {} : { artifact }),
      ...(input.thresholds === undefined ? {} : { thresholds: input.thresholds }),
    });
  } catch (e) {
    const { code, message } = fromError(e, 'VERIFY_SIGNATURE_INVALID');
    c.fail('signature', t, code, message);
    return undefined;
  }
  const th = `thresholds: tlog ${sig.thresholds.tlog}, ctlog ${sig.thresholds.ctlog}, timestamps ${sig.thresholds.timestamp}; found ${sig.tlogEntries} tlog entr${sig.tlogEntries === 1 ? 'y' : 'ies'}, ${sig.timestamps} timestamp(s)`;
  if (sig.keyKind === 'public-key') {
    c.pass(
      'signature',
      t,
      `signed by the trusted key ${sig.key?.fingerprint ?? '?'} (${sig.key?.label ?? 'key'}; ${th})`,
    );
    const hint = (b.json as { verificationMaterial?: { publicKey?: { hint?: unknown } } })
      .verificationMaterial?.publicKey?.hint;
    if (mode === 'evidence') {
      if (sig.key !== undefined && hint === sig.key.hint)
        c.pass('key-hint', t, `key hint ${String(hint)} is base64(sha256(SPKI)) of the given key`);
      else
        c.fail(
          'key-hint',
          t,
          'VERIFY_SIGNATURE_INVALID',
          `key hint ${JSON.stringify(hint)} does not name the given key (${sig.key?.hint ?? 'none'})`,
        );
      checkKeyRepository(sig, input, t, c);
    }
    if (hasIdentityPolicy(input.policy)) {
      c.fail(
        'identity',
        t,
        'VERIFY_IDENTITY_MISMATCH',
        'an identity policy was given, but the bundle is signed with a key, not a certificate: its identity cannot be checked',
      );
    }
  } else {
    c.pass('signature', t, `certificate chains to the trust root, signature valid (${th})`);
    const cert = sig.certificate ?? { extensions: {}, notBefore: '', notAfter: '' };
    const repository = input.repository ?? input.policy.repository;
    const policy = {
      ...input.policy,
      ...(repository === undefined ? {} : { repository }),
      ...(input.signerRepository === undefined ? {} : { signerRepository: input.signerRepository }),
    };
    const results = [
      ...checkIdentity(cert, policy),
      ...(mode === 'evidence'
        ? checkSigner(cert, policy, {
            ...(input.allowPullRequestWorkflow === true ? { allowPullRequestWorkflow: true } : {}),
          })
        : []),
    ];
    for (const r of results) {
      if (r.ok) c.pass('identity', t, r.message);
      else c.fail('identity', t, 'VERIFY_IDENTITY_MISMATCH', r.message);
    }
  }

  // DSSE payload: what @sigstore/verify leaves to the caller.
  if (sig.envelope === undefined) {
    if (mode === 'evidence') {
      c.fail(
        'payload-type',
        t,
        'VERIFY_STATEMENT_INVALID',
        'a message-signature bundle is not an attestation',
      );
      return undefined;
    }
    c.pass('artifact', t, 'the message digest matches the artifact');
    return undefined;
  }
  if (sig.envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    c.fail(
      'payload-type',
      t,
      'VERIFY_STATEMENT_INVALID',
      `payloadType is ${JSON.stringify(sig.envelope.payloadType)}, expected ${IN_TOTO_PAYLOAD_TYPE}`,
    );
    return undefined;
  }
  c.pass('payload-type', t, IN_TOTO_PAYLOAD_TYPE);
  let st: Statement;
  try {
    st = JSON.parse(sig.envelope.payload.toString('utf8')) as Statement;
  } catch (e) {
    c.fail(
      'statement',
      t,
      'VERIFY_STATEMENT_INVALID',
      `the payload is not JSON: ${describeThrown(e)}`,
    );
    return undefined;
  }
  const v01 =
    mode === 'signature' &&
    st !== null &&
    typeof st === 'object' &&
    (st as { _type?: unknown })._type === IN_TOTO_STATEMENT_V01;
  if (v01) {
    // cosign's attest-blob still writes Statement v0.1; the shape is v1's (subject, predicate).
    st = { ...(st as object), _type: STATEMENT_TYPE } as Statement;
  }
  if (st === null || typeof st !== 'object' || st._type !== STATEMENT_TYPE) {
    c.fail(
      'statement',
      t,
      'VERIFY_STATEMENT_INVALID',
      `statement _type is ${JSON.stringify((st as { _type?: unknown } | null)?._type ?? null)}, expected ${STATEMENT_TYPE}${mode === 'signature' ? ` (or ${IN_TOTO_STATEMENT_V01})` : ''}`,
    );
    return undefined;
  }
  const problems = validateStatement(st);
  if (problems.length > 0) {
    c.fail(
      'statement',
      t,
      'VERIFY_STATEMENT_INVALID',
      `the statement is malformed: ${problems.map((p) => `${p.pointer || '/'} ${p.message}`).join('; ')}`,
    );
    return undefined;
  }
  c.pass(
    'statement',
    t,
    `${v01 ? IN_TOTO_STATEMENT_V01 : STATEMENT_TYPE}, ${st.subject.length} subjects`,
  );

  // Artifacts given on the command line must be subjects.
  const digests = subjectDigests(st);
  const shas = new Set(
    st.subject.map((s) => s.digest['sha256']).filter((x): x is string => x !== undefined),
  );
  for (const a of input.artifacts ?? []) {
    const h = sha256Hex(a.bytes);
    if (shas.has(h)) c.pass('artifact', t, `${a.name} (sha256 ${h}) is a subject`);
    else
      c.fail(
        'artifact',
        t,
        'VERIFY_SUBJECT_MISMATCH',
        `${a.name} (sha256 ${h}) is not a subject of the statement`,
      );
  }
  if (input.commit !== undefined) {
    const commits = st.subject.map((s) => s.digest['gitCommit']).filter((x) => x !== undefined);
    if (commits.length === 1 && commits[0] === input.commit)
      c.pass('commit', t, `bound to commit ${input.commit}`);
    else
      c.fail(
        'commit',
        t,
        'VERIFY_SUBJECT_MISMATCH',
        `bound to commit ${JSON.stringify(commits)}, expected ${input.commit}`,
      );
  }
  if (mode === 'signature') return { bundle: t, statement: st, signature: sig };

  // Predicate type and schema.
  const ptProblems = validatePredicate(st.predicateType, st.predicate);
  if (ptProblems.length > 0) {
    c.fail(
      'predicate',
      t,
      'VERIFY_STATEMENT_INVALID',
      `${st.predicateType}: ${ptProblems
        .slice(0, 5)
        .map((p) => `${p.pointer || '/'} ${p.message}`)
        .join('; ')}`,
    );
    return undefined;
  }
  c.pass('predicate', t, `${st.predicateType} matches its schema`);

  // Subject digests against the evidence files.
  let subjectsOk = true;
  for (const [name, digest] of digests) {
    if (digest['sha256'] === undefined) continue;
    const bytes = input.files.get(name);
    if (bytes === undefined) {
      subjectsOk = false;
      c.fail(
        'subjects',
        t,
        'VERIFY_BUNDLE_MISSING',
        `subject ${name} is not in the evidence directory`,
      );
    } else if (sha256Hex(bytes) !== digest['sha256']) {
      subjectsOk = false;
      c.fail(
        'subjects',
        t,
        'VERIFY_SUBJECT_MISMATCH',
        `${name}: sha256 ${sha256Hex(bytes)} does not match the signed subject ${digest['sha256']}`,
      );
    }
  }
  if (subjectsOk)
    c.pass(
      'subjects',
      t,
      `every file subject matches its sha256 (${[...digests.values()].filter((d) => d['sha256'] !== undefined).length} files)`,
    );

  // SLSA provenance against the certificate.
  if (st.predicateType === SLSA_PROVENANCE_V1)
    checkProvenance(st.predicate as SlsaProvenance, sig, t, c);
  return { bundle: t, statement: st, signature: sig };
}
