/**
 * The pure core of `maestro-gate verify`: takes bundles, evidence files and trust material,
 * returns every check with its result. No I/O; the CLI reads files and prints.
 */
import type { Decision } from '../contract/decision.js';
import type { VerdictPredicate } from '../evidence/statements.js';
import { EVIDENCE_FILES, PREDICATE_TYPES } from '../evidence/types.js';
import type { LoadedTrust, Thresholds } from '../signing/verify-door.js';
import { acceptVerdict, type ApprovalCheck } from './acceptance.js';
import { checkBinding } from './binding.js';
import { verifyOne, type VerifiedStatement } from './bundle.js';
import { Checks, type VerifyReport } from './checks.js';
import { checkCoverage } from './coverage.js';
import type { IdentityPolicy } from './policy.js';
import { checkRunSet } from './run-set.js';

export type { Check, VerifyReport } from './checks.js';

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
  /** Expected head commit (the `gitCommit` subject and the binding's head). */
  commit?: string;
  /** Expected repository (`owner/name`): the binding's, and the certificate's source repository. */
  repository?: string;
  /** More of the binding to expect, when the release knows it. */
  expect?: { repositoryId?: string; pullRequest?: number; baseRef?: string; baseSha?: string };
  /** Pass without `repository` or a subject (`--insecure-skip-binding`); said loudly. */
  skipBinding?: boolean;
  /** Evidence signed before this time is refused (`--not-before`). */
  notBefore?: Date;
  /** The repository the signing workflow lives in, when not `repository` (a reusable workflow). */
  signerRepository?: string;
  /** Accept a signing workflow that ran from `refs/pull/*`. */
  allowPullRequestWorkflow?: boolean;
  /** Files that may sit in the evidence directory without a signature (named, loudly). */
  allowUncovered?: string[];
  /** Accept `PAUSE_FOR_HITL` (approval records are not checked). */
  allowPause?: boolean;
  /** Checks approval records of a `PAUSE_FOR_HITL` verdict (approval receipts plug in here). */
  approvals?: ApprovalCheck;
  /**
   * Require exactly this decision instead of a shippable one (audits: "prove this pull request
   * was stopped"). Without it, only `RUN` (or `PAUSE_FOR_HITL` with `allowPause`) passes.
   */
  expectVerdict?: Decision;
  /** False: leave the decision to the caller (several runs: the newest decides). */
  decide?: boolean;
  /**
   * `evidence` (default): a full Maestro Gate evidence set. `signature`: Sigstore-level checks
   * only (signature, trust, identity, payload type, artifact digest) for any bundle.
   */
  mode?: 'evidence' | 'signature';
  thresholds?: Partial<Thresholds>;
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

/** The verified verdict predicate of a report's run, for callers deciding across runs. */
export interface VerifiedRun {
  report: VerifyReport;
  verdict?: VerdictPredicate;
}

/** Verifies bundles and evidence; returns every check. Never throws for bad input. */
export function verifyEvidence(input: VerifyInput): VerifyReport {
  return verifyRun(input).report;
}

/** `verifyEvidence`, also returning the verified verdict predicate. */
export function verifyRun(input: VerifyInput): VerifiedRun {
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
  let verdict: VerdictPredicate | undefined;
  if (mode === 'evidence' && verified.length === input.bundles.length && verified.length > 0) {
    const verdictSt = checkRunSet(verified, input, c);
    if (verdictSt !== undefined) {
      verdict = verdictSt.statement.predicate as VerdictPredicate;
      checkBinding(verdictSt, verified, input, c);
      checkCoverage(input.files, verified, input.allowUncovered ?? [], c);
      if (input.decide !== false) {
        const a = acceptVerdict(verdict, input);
        if (a.ok) c.pass('verdict', verdictSt.bundle, a.message);
        else c.fail('verdict', verdictSt.bundle, 'VERIFY_VERDICT_NOT_ACCEPTED', a.message);
        if (a.warning !== undefined) c.warnings.push(a.warning);
      }
    }
  }
  const failed = c.list.find((x) => !x.ok);
  const decision = verified.find((v) => v.statement.predicateType === PREDICATE_TYPES.verdict)
    ?.statement.predicate as VerdictPredicate | undefined;
  const report: VerifyReport = {
    ok: failed === undefined,
    reason_code: failed?.code ?? 'VERIFY_OK',
    checks: c.list,
    ...(decision?.verdict?.decision === undefined ? {} : { verdict: decision.verdict.decision }),
    ...(verdict?.binding === undefined ? {} : { binding: verdict.binding }),
    warnings: c.warnings,
  };
  return { report, ...(verdict === undefined ? {} : { verdict }) };
}
