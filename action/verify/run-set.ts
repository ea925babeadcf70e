/** The statements of one evidence set must be one run of one signer. */
import { isDeepStrictEqual } from 'node:util';
import type { AuditLogPredicate, VerdictPredicate } from '../evidence/statements.js';
import { EVIDENCE_FILES, PREDICATE_TYPES, SLSA_PROVENANCE_V1 } from '../evidence/types.js';
import { sha256Hex } from '../util/digest.js';
import { checkAuditChain } from './audit-log.js';
import type { VerifiedStatement } from './bundle.js';
import type { Checks } from './checks.js';
import type { VerifyInput } from './verify.js';

/**
 * Checks that the statements form one run: one statement per type, the same subjects and the
 * same signer everywhere, every report the verdict lists, the audit log it signed, and
 * `verdict.json` equal to the signed predicate. Returns the verified verdict statement.
 */
export function checkRunSet(
  verified: VerifiedStatement[],
  input: VerifyInput,
  c: Checks,
): VerifiedStatement | undefined {
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
    return undefined;
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
    } else {
      c.pass(
        'audit-log',
        verdictSt.bundle,
        `${verdict.audit_log.file} sha256 ${verdict.audit_log.sha256}`,
      );
      checkAuditChain(
        verdict.audit_log.file,
        bytes,
        audit?.statement.predicate as AuditLogPredicate | undefined,
        c,
      );
    }
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
  return verdictSt;
}
