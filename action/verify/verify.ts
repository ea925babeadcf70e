/**
 * The pure core of `maestro-gate verify`: takes bundles, evidence files and trust material,
 * returns every check with its result. No I/O; the CLI reads files and prints.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ReasonCode } from '../contract/codebook.js';
import { MaestroError, describeThrown } from '../contract/errors.js';
import { validatePredicate, validateStatement } from '../evidence/schemas.js';
import type { SlsaProvenance, VerdictPredicate } from '../evidence/statements.js';
import {
  EVIDENCE_FILES,
  PREDICATE_TYPES,
  SLSA_PROVENANCE_V1,
  STATEMENT_TYPE,
  type Statement,
} from '../evidence/types.js';
import {
  IN_TOTO_PAYLOAD_TYPE,
  reserializeBundle,
  type LoadedTrust,
  type SignatureVerification,
  type Thresholds,
  verifyBundleSignature,
} from '../signing/index.js';
import { sha256Hex } from '../util/digest.js';
import { checkIdentity, hasIdentityPolicy, type IdentityPolicy } from './policy.js';

/** One check and its outcome. */
export interface Check {
  /** `signature`, `identity`, `payload-type`, `statement`, `predicate`, `subjects`, ... */
  check: string;
  /** The bundle or file the check is about (empty for run-wide checks). */
  target: string;
  ok: boolean;
  /** The reason code of a failure (`VERIFY_OK` when it passed). */
  code: ReasonCode;
  message: string;
}

/** The result of a verification. */
export interface VerifyReport {
  ok: boolean;
  /** The first failing check's code, or `VERIFY_OK`. */
  reason_code: ReasonCode;
  checks: Check[];
  /** The signed verdict decision, when a verdict statement verified. */
  verdict?: string;
}

/** Input of `verifyEvidence`. */
export interface VerifyInput {
  /** Bundles by display name (file name), as parsed JSON (or the parse error). */
  bundles: { name: string; json: unknown }[];
  /** Evidence files by name (the evidence directory), for subject digests and cross-checks. */
  files: ReadonlyMap<string, Buffer>;
  /** Extra artifacts whose sha256 must be a subject of every statement. */
  artifacts?: { name: string; bytes: Buffer }[];
  trust: LoadedTrust;
  policy: IdentityPolicy;
  /** Expected head commit (the `gitCommit` subject). */
  commit?: string;
  /** Accept `PAUSE_FOR_HITL` (approval records are not checked yet). */
  allowPause?: boolean;
  /**
   * Require exactly this decision instead of a shippable one (audits: "prove this pull request
   * was stopped"). Without it, only `RUN` (or `PAUSE_FOR_HITL` with `allowPause`) passes.
   */
  expectVerdict?: 'RUN' | 'PAUSE_FOR_HITL' | 'STOPPED';
  /**
   * `evidence` (default): a full Maestro Gate evidence set. `signature`: Sigstore-level checks
   * only (signature, trust, identity, payload type, artifact digest) for any bundle.
   */
  mode?: 'evidence' | 'signature';
  thresholds?: Partial<Thresholds>;
}

const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';

class Checks {
  readonly list: Check[] = [];
  pass(check: string, target: string, message: string): void {
    this.list.push({ check, target, ok: true, code: 'VERIFY_OK', message });
  }
  fail(check: string, target: string, code: ReasonCode, message: string): void {
    this.list.push({ check, target, ok: false, code, message });
  }
  get failed(): boolean {
    return this.list.some((c) => !c.ok);
  }
}

interface VerifiedStatement {
  bundle: string;
  statement: Statement;
  signature: SignatureVerification;
}

function fromError(e: unknown, fallback: ReasonCode): { code: ReasonCode; message: string } {
  if (e instanceof MaestroError) return { code: e.code, message: e.message };
  return { code: fallback, message: describeThrown(e) };
}

/** Re-serialises a bundle and compares: unknown or altered fields that parsing drops are refused. */
function strictBundleShape(json: unknown): string | undefined {
  if (json === null || typeof json !== 'object') return 'the bundle is not a JSON object';
  const b = json as Record<string, unknown>;
  if (b['mediaType'] !== BUNDLE_V03)
    return `mediaType is ${JSON.stringify(b['mediaType'])}, Maestro Gate evidence is ${BUNDLE_V03}`;
  const allowedTop = new Set(['mediaType', 'verificationMaterial', 'dsseEnvelope']);
  for (const k of Object.keys(b))
    if (!allowedTop.has(k)) return `unexpected top-level field ${JSON.stringify(k)}`;
  const env = b['dsseEnvelope'] as Record<string, unknown> | undefined;
  if (env === undefined || typeof env !== 'object') return 'the bundle has no DSSE envelope';
  for (const k of Object.keys(env))
    if (!['payload', 'payloadType', 'signatures'].includes(k))
      return `unexpected envelope field ${JSON.stringify(k)}`;
  const sigs = env['signatures'];
  if (!Array.isArray(sigs) || sigs.length !== 1)
    return 'the envelope must carry exactly one signature';
  const sig = sigs[0] as Record<string, unknown>;
  for (const k of Object.keys(sig))
    if (k !== 'sig')
      return `unexpected signature field ${JSON.stringify(k)} (Maestro Gate writes no DSSE keyid)`;
  const vm = b['verificationMaterial'] as Record<string, unknown> | undefined;
  if (vm === undefined || typeof vm !== 'object') return 'the bundle has no verificationMaterial';
  for (const k of Object.keys(vm)) {
    if (
      ![
        'publicKey',
        'certificate',
        'x509CertificateChain',
        'tlogEntries',
        'timestampVerificationData',
      ].includes(k)
    )
      return `unexpected verificationMaterial field ${JSON.stringify(k)}`;
  }
  if (typeof env['payload'] !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(env['payload']))
    return 'the envelope payload is not canonical base64';
  if (typeof sig['sig'] !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(sig['sig']))
    return 'the signature is not canonical base64';
  if (Buffer.from(env['payload'], 'base64').toString('base64') !== env['payload'])
    return 'the envelope payload is not canonical base64';
  if (Buffer.from(sig['sig'], 'base64').toString('base64') !== sig['sig'])
    return 'the signature is not canonical base64';
  // @sigstore/verify proves inclusion against the checkpoint's root hash and size; the proof's
  // own rootHash and treeSize fields are not read. Unread fields must still agree.
  const entries = (vm['tlogEntries'] ?? []) as {
    inclusionProof?: {
      rootHash?: unknown;
      treeSize?: unknown;
      checkpoint?: { envelope?: unknown };
    };
  }[];
  for (const [i, e] of (Array.isArray(entries) ? entries : []).entries()) {
    const p = e.inclusionProof;
    if (p === undefined) continue;
    const lines =
      typeof p.checkpoint?.envelope === 'string' ? p.checkpoint.envelope.split('\n') : [];
    if (lines[1] !== p.treeSize || lines[2] !== p.rootHash) {
      return `tlogEntries[${i}].inclusionProof: rootHash/treeSize disagree with the signed checkpoint`;
    }
  }
  let again: unknown;
  try {
    again = reserializeBundle(json);
  } catch (e) {
    return describeThrown(e);
  }
  if (!isDeepStrictEqual(again, json)) {
    return 'the bundle differs from its canonical serialisation (a field is null, misplaced or not meaningful)';
  }
  return undefined;
}

/** When the evidence manifest says the run was unsigned, its reason (for the message). */
function unsignedReason(files: ReadonlyMap<string, Buffer>): string {
  const m = files.get(EVIDENCE_FILES.manifest);
  if (m === undefined) return ': pass --evidence-dir <dir> or --bundle <file>';
  try {
    const manifest = JSON.parse(m.toString('utf8')) as {
      signed?: unknown;
      signing?: { reason?: unknown };
    };
    if (manifest.signed === false)
      return `: the evidence was written unsigned (${typeof manifest.signing?.reason === 'string' ? manifest.signing.reason : 'no reason recorded'}), so it cannot be verified`;
  } catch {
    // an unreadable manifest says nothing; fall through
  }
  return ': the evidence directory holds no *.sigstore.json';
}

function subjectDigests(st: Statement): Map<string, Record<string, string>> {
  return new Map(st.subject.map((s) => [s.name, s.digest]));
}

/** Verifies bundles and evidence; returns every check. Never throws for bad input. */
export function verifyEvidence(input: VerifyInput): VerifyReport {
  const mode = input.mode ?? 'evidence';
  const c = new Checks();
  if (input.bundles.length === 0) {
    c.fail(
      'bundles',
      '',
      'VERIFY_BUNDLE_MISSING',
      `no bundle to verify${unsignedReason(input.files)}`,
    );
  }
  const verified: VerifiedStatement[] = [];
  for (const b of input.bundles) {
    const v = verifyOne(b, input, mode, c);
    if (v !== undefined) verified.push(v);
  }
  if (mode === 'evidence' && verified.length === input.bundles.length && verified.length > 0)
    crossCheck(verified, input, c);
  const failed = c.list.find((x) => !x.ok);
  const verdict = verified.find((v) => v.statement.predicateType === PREDICATE_TYPES.verdict);
  const decision = (verdict?.statement.predicate as VerdictPredicate | undefined)?.verdict
    ?.decision;
  return {
    ok: failed === undefined,
    reason_code: failed?.code ?? 'VERIFY_OK',
    checks: c.list,
    ...(decision === undefined ? {} : { verdict: decision }),
  };
}

function verifyOne(
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
    c.pass('signature', t, `signed by the given public key (${th})`);
    const hint = (b.json as { verificationMaterial?: { publicKey?: { hint?: unknown } } })
      .verificationMaterial?.publicKey?.hint;
    if (mode === 'evidence') {
      if (hint === input.trust.publicKey?.hint)
        c.pass('key-hint', t, `key hint ${String(hint)} is base64(sha256(SPKI)) of the given key`);
      else
        c.fail(
          'key-hint',
          t,
          'VERIFY_SIGNATURE_INVALID',
          `key hint ${JSON.stringify(hint)} does not name the given key (${input.trust.publicKey?.hint ?? 'none'})`,
        );
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
    const results = checkIdentity(
      sig.certificate ?? { extensions: {}, notBefore: '', notAfter: '' },
      input.policy,
    );
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
  if (st === null || typeof st !== 'object' || st._type !== STATEMENT_TYPE) {
    c.fail(
      'statement',
      t,
      'VERIFY_STATEMENT_INVALID',
      `statement _type is ${JSON.stringify((st as { _type?: unknown } | null)?._type ?? null)}, expected ${STATEMENT_TYPE}`,
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
  c.pass('statement', t, `${STATEMENT_TYPE}, ${st.subject.length} subjects`);

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

function checkProvenance(
  p: SlsaProvenance,
  sig: SignatureVerification,
  t: string,
  c: Checks,
): void {
  if (sig.certificate === undefined) {
    c.pass(
      'provenance',
      t,
      'key-signed: the provenance is vouched for by the key holder only (no certificate to cross-check)',
    );
    return;
  }
  const ext = sig.certificate.extensions;
  const pairs: [string, string | undefined, string | undefined][] = [
    ['builder.id vs Build Signer URI', p.runDetails.builder.id, ext.buildSignerURI],
    [
      'externalParameters.workflow.repository vs Source Repository URI',
      p.buildDefinition.externalParameters.workflow.repository,
      ext.sourceRepositoryURI,
    ],
    [
      'externalParameters.workflow.ref vs Source Repository Ref',
      p.buildDefinition.externalParameters.workflow.ref,
      ext.sourceRepositoryRef,
    ],
    [
      'resolvedDependencies[0].digest.gitCommit vs Source Repository Digest',
      p.buildDefinition.resolvedDependencies[0]?.digest.gitCommit,
      ext.sourceRepositoryDigest,
    ],
    [
      'metadata.invocationId vs Run Invocation URI',
      p.runDetails.metadata.invocationId,
      ext.runInvocationURI,
    ],
    [
      'internalParameters.github.event_name vs Build Trigger',
      p.buildDefinition.internalParameters.github.event_name,
      ext.buildTrigger,
    ],
    [
      'internalParameters.github.repository_id vs Source Repository Identifier',
      p.buildDefinition.internalParameters.github.repository_id,
      ext.sourceRepositoryIdentifier,
    ],
    [
      'internalParameters.github.repository_owner_id vs Source Repository Owner Identifier',
      p.buildDefinition.internalParameters.github.repository_owner_id,
      ext.sourceRepositoryOwnerIdentifier,
    ],
    [
      'internalParameters.github.runner_environment vs Runner Environment',
      p.buildDefinition.internalParameters.github.runner_environment,
      ext.runnerEnvironment,
    ],
  ];
  // The first four are required; the rest are compared when the certificate carries them.
  pairs.forEach(([what, claimed, certified], i) => {
    if (certified === undefined && i >= 4) return;
    if (claimed !== undefined && claimed === certified)
      c.pass('provenance', t, `${what}: ${claimed}`);
    else
      c.fail(
        'provenance',
        t,
        'VERIFY_PROVENANCE_MISMATCH',
        `${what}: provenance says ${JSON.stringify(claimed ?? null)}, certificate says ${JSON.stringify(certified ?? null)}`,
      );
  });
}

function crossCheck(verified: VerifiedStatement[], input: VerifyInput, c: Checks): void {
  const byType = new Map<string, VerifiedStatement>();
  for (const v of verified) {
    if (byType.has(v.statement.predicateType)) {
      c.fail(
        'statements',
        v.bundle,
        'VERIFY_STATEMENT_INVALID',
        `a second statement of type ${v.statement.predicateType} (also in ${byType.get(v.statement.predicateType)!.bundle})`,
      );
    } else byType.set(v.statement.predicateType, v);
  }
  // One run: every statement names the same subjects.
  const first = verified[0]!;
  for (const v of verified.slice(1)) {
    if (!isDeepStrictEqual(v.statement.subject, first.statement.subject)) {
      c.fail(
        'statements',
        v.bundle,
        'VERIFY_SUBJECT_MISMATCH',
        `its subjects differ from ${first.bundle}: the bundles are not from one run`,
      );
    }
  }
  // One signer: all bundles signed by the same key or identity.
  const signerOf = (v: VerifiedStatement): string =>
    v.signature.certificate === undefined
      ? 'key'
      : `${v.signature.certificate.issuer ?? ''} ${v.signature.certificate.subjectAlternativeName ?? ''}`;
  for (const v of verified.slice(1)) {
    if (signerOf(v) !== signerOf(first))
      c.fail(
        'statements',
        v.bundle,
        'VERIFY_IDENTITY_MISMATCH',
        `signed by ${signerOf(v)}, but ${first.bundle} by ${signerOf(first)}`,
      );
  }
  const prov = byType.get(SLSA_PROVENANCE_V1);
  if (prov === undefined)
    c.fail(
      'statements',
      '',
      'VERIFY_BUNDLE_MISSING',
      'no SLSA provenance statement (provenance.sigstore.json)',
    );
  const verdictSt = byType.get(PREDICATE_TYPES.verdict);
  if (verdictSt === undefined) {
    c.fail('verdict', '', 'VERIFY_BUNDLE_MISSING', 'no verdict statement (verdict.sigstore.json)');
    return;
  }
  const verdict = verdictSt.statement.predicate as VerdictPredicate;
  // Required report statements and the audit log, as the signed verdict lists them.
  for (const r of verdict.reports) {
    if (!byType.has(r.predicate_type))
      c.fail(
        'statements',
        verdictSt.bundle,
        'VERIFY_BUNDLE_MISSING',
        `the verdict lists the ${r.gate} report (${r.predicate_type}), but no bundle carries it`,
      );
  }
  if (verdict.audit_log !== null) {
    const audit = byType.get(PREDICATE_TYPES.audit);
    if (audit === undefined)
      c.fail(
        'statements',
        verdictSt.bundle,
        'VERIFY_BUNDLE_MISSING',
        'the verdict lists an audit log, but no audit-log statement is present',
      );
    const bytes = input.files.get(verdict.audit_log.file);
    if (bytes === undefined || sha256Hex(bytes) !== verdict.audit_log.sha256) {
      c.fail(
        'audit-log',
        verdictSt.bundle,
        'VERIFY_SUBJECT_MISMATCH',
        `${verdict.audit_log.file} does not match the digest the verdict signed`,
      );
    } else
      c.pass(
        'audit-log',
        verdictSt.bundle,
        `${verdict.audit_log.file} sha256 ${verdict.audit_log.sha256}`,
      );
  }
  const extra = [...byType.keys()].filter(
    (k) =>
      k !== SLSA_PROVENANCE_V1 &&
      k !== PREDICATE_TYPES.verdict &&
      k !== PREDICATE_TYPES.audit &&
      !verdict.reports.some((r) => r.predicate_type === k),
  );
  for (const k of extra)
    c.fail(
      'statements',
      '',
      'VERIFY_STATEMENT_INVALID',
      `a ${k} statement that the verdict does not list`,
    );
  // verdict.json must be the signed predicate.
  const vf = input.files.get(EVIDENCE_FILES.verdict);
  if (vf !== undefined) {
    let same = false;
    try {
      same = isDeepStrictEqual(JSON.parse(vf.toString('utf8')), verdict);
    } catch {
      same = false;
    }
    if (same) c.pass('verdict-file', EVIDENCE_FILES.verdict, 'equals the signed verdict predicate');
    else
      c.fail(
        'verdict-file',
        EVIDENCE_FILES.verdict,
        'VERIFY_SUBJECT_MISMATCH',
        'differs from the signed verdict predicate',
      );
  }
  const bound = first.statement.subject
    .map((s) => s.digest['gitCommit'])
    .filter((x) => x !== undefined);
  if (bound.length !== 1 || bound[0] !== verdict.head_sha) {
    c.fail(
      'commit',
      verdictSt.bundle,
      'VERIFY_SUBJECT_MISMATCH',
      `the verdict's head_sha ${verdict.head_sha} is not the commit the statements are bound to (${JSON.stringify(bound)})`,
    );
  }
  if (input.commit !== undefined) {
    if (verdict.head_sha === input.commit)
      c.pass('commit', verdictSt.bundle, `the verdict is for head commit ${input.commit}`);
    else
      c.fail(
        'commit',
        verdictSt.bundle,
        'VERIFY_SUBJECT_MISMATCH',
        `the verdict is for head commit ${verdict.head_sha}, expected ${input.commit}`,
      );
  }
  // The decision.
  const d = verdict.verdict.decision;
  if (input.expectVerdict !== undefined) {
    if (d === input.expectVerdict) {
      c.pass(
        'verdict',
        verdictSt.bundle,
        `the signed verdict is ${d}, as --expect-verdict requires`,
      );
    } else {
      c.fail(
        'verdict',
        verdictSt.bundle,
        'VERIFY_VERDICT_NOT_ACCEPTED',
        `the signed verdict is ${d}; --expect-verdict requires ${input.expectVerdict}`,
      );
    }
  } else if (d === 'RUN') c.pass('verdict', verdictSt.bundle, 'the signed verdict is RUN');
  else if (d === 'PAUSE_FOR_HITL' && input.allowPause === true) {
    c.pass(
      'verdict',
      verdictSt.bundle,
      'the signed verdict is PAUSE_FOR_HITL, accepted because --allow-pause was given: approval records are NOT checked (no approval record format exists yet)',
    );
  } else if (d === 'PAUSE_FOR_HITL') {
    c.fail(
      'verdict',
      verdictSt.bundle,
      'VERIFY_VERDICT_NOT_ACCEPTED',
      'the signed verdict is PAUSE_FOR_HITL; approval records cannot be verified yet, so this is refused unless --allow-pause is given',
    );
  } else {
    c.fail(
      'verdict',
      verdictSt.bundle,
      'VERIFY_VERDICT_NOT_ACCEPTED',
      `the signed verdict is ${d} (${verdict.verdict.reason_codes.join(', ')}${verdict.verdict.sealed ? ', sealed' : ''})`,
    );
  }
}
