/**
 * Approval receipts: an in-toto Statement v1 with Maestro Gate's approval-receipt predicate,
 * bound to the head commit and to the digest of the signed verdict it answers, signed by the
 * approval app's P-256 key. `verifyReceipt` is what `maestro-gate verify` runs before it
 * accepts a PAUSE_FOR_HITL verdict.
 */
import receiptSchema from '../../schemas/predicate-approval-receipt.schema.json' with { type: 'json' };
import statementSchema from '../../schemas/predicate-statement.schema.json' with { type: 'json' };
import { MaestroError, describeThrown } from '../contract/errors.js';
import { commitSubject } from '../evidence/statements.js';
import { STATEMENT_TYPE, type Statement } from '../evidence/types.js';
import { registerSchema, validate } from '../schemas/validators.js';
import {
  IN_TOTO_PAYLOAD_TYPE,
  signWithKey,
  verifyBundleSignature,
  type LoadedTrust,
  type SigningKey,
} from '../signing/index.js';
import type { Evaluation, PullRequestState, VerdictState } from './types.js';

/** The receipt's predicate type. */
export const APPROVAL_RECEIPT_PREDICATE =
  'https://maestro-gate.dev/attestation/approval-receipt/v1';
/** Subject name of the verdict statement a receipt answers. */
export const RECEIPT_VERDICT_SUBJECT = 'verdict.intoto.json';

/** The receipt predicate (schemas/predicate-approval-receipt.schema.json). */
export interface ApprovalReceipt {
  schema_version: 1;
  repository: string;
  pull_request: number;
  base_ref: string;
  head_sha: string;
  verdict: {
    digest: { sha256: string };
    decision: 'PAUSE_FOR_HITL';
    reason_codes: string[];
    run_id: string;
  };
  decision: 'CONTINUE' | 'STOP';
  final_decider: 'USER';
  required: number;
  approvers: {
    login: string;
    human_operator_id: string;
    vote: 'approve' | 'reject';
    source: 'review' | 'comment';
    id: number;
    reason: string;
    at: string;
  }[];
  evaluated_at: string;
  app: { login: string; check: string };
}

/** The operator id written to receipts and the audit log for a GitHub user. */
export function humanOperatorId(login: string): string {
  return `github:${login}`;
}

/**
 * Builds the receipt statement for a human decision (approved or rejected); `undefined` when
 * the evaluation is not one (no receipt for RUN, STOPPED or pending verdicts).
 */
export function buildReceipt(args: {
  pr: PullRequestState;
  verdict: VerdictState;
  evaluation: Evaluation;
  appLogin: string;
  check: string;
  now: Date;
  serverUrl?: string;
}): Statement<ApprovalReceipt> | undefined {
  const { pr, verdict: v, evaluation: e } = args;
  if (v.status !== 'verified' || v.decision !== 'PAUSE_FOR_HITL') return undefined;
  const decision =
    e.reason_code === 'APPROVAL_GRANTED'
      ? 'CONTINUE'
      : e.reason_code === 'APPROVAL_REJECTED'
        ? 'STOP'
        : undefined;
  if (decision === undefined) return undefined;
  const votes = decision === 'CONTINUE' ? e.approvals : e.rejections;
  const predicate: ApprovalReceipt = {
    schema_version: 1,
    repository: pr.repository,
    pull_request: pr.number,
    base_ref: pr.base_ref,
    head_sha: pr.head_sha,
    verdict: {
      digest: { sha256: v.digest },
      decision: 'PAUSE_FOR_HITL',
      reason_codes: v.reason_codes,
      run_id: v.run_id,
    },
    decision,
    final_decider: 'USER',
    required: e.needed,
    approvers: votes.map((a) => ({
      login: a.login,
      human_operator_id: humanOperatorId(a.login),
      vote: a.vote,
      source: a.source,
      id: a.id,
      reason: a.reason,
      at: a.at,
    })),
    evaluated_at: args.now.toISOString(),
    app: { login: args.appLogin, check: args.check },
  };
  return {
    _type: STATEMENT_TYPE,
    subject: [
      commitSubject(args.serverUrl ?? 'https://github.com', pr.repository, pr.head_sha),
      { name: RECEIPT_VERDICT_SUBJECT, digest: { sha256: v.digest } },
    ],
    predicateType: APPROVAL_RECEIPT_PREDICATE,
    predicate,
  };
}

/** Signs a receipt statement with the app's key into a Sigstore bundle (DSSE). */
export async function signReceipt(
  statement: Statement<ApprovalReceipt>,
  key: SigningKey,
): Promise<Record<string, unknown>> {
  const problems = validateReceiptPredicate(statement.predicate);
  if (problems.length > 0)
    throw new MaestroError(
      'APPROVAL_RECEIPT_INVALID',
      `the approval receipt does not match its schema: ${problems.join('; ')}`,
    );
  return await signWithKey(Buffer.from(JSON.stringify(statement), 'utf8'), key);
}

function validateReceiptPredicate(value: unknown): string[] {
  registerSchema(receiptSchema);
  return validate(receiptSchema.$id, value).map((p) => `${p.pointer || '/'} ${p.message}`);
}

/** What a receipt must answer. */
export interface ReceiptExpectation {
  repository: string;
  head_sha: string;
  /** sha256 (hex) of the verdict statement the release verified. */
  verdict_digest: string;
}

/** The outcome of checking one receipt. */
export type ReceiptCheck =
  { ok: true; message: string; receipt: ApprovalReceipt } | { ok: false; message: string };

/**
 * Verifies an approval receipt bundle against the app's public key and the expected head and
 * verdict. Never throws: every problem is a failed check with its message.
 */
export function verifyReceipt(
  bundle: unknown,
  trust: LoadedTrust,
  expected: ReceiptExpectation,
): ReceiptCheck {
  let payload: Buffer;
  try {
    const sig = verifyBundleSignature(bundle, trust, { label: 'approval receipt' });
    if (sig.keyKind !== 'public-key')
      return { ok: false, message: 'the receipt is not signed by the approval app key' };
    if (sig.envelope === undefined || sig.envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
      return { ok: false, message: `the receipt is not an in-toto DSSE envelope` };
    payload = sig.envelope.payload;
  } catch (e) {
    return { ok: false, message: `the receipt signature does not verify: ${describeThrown(e)}` };
  }
  let st: Statement<ApprovalReceipt>;
  try {
    st = JSON.parse(payload.toString('utf8')) as Statement<ApprovalReceipt>;
  } catch (e) {
    return { ok: false, message: `the receipt payload is not JSON: ${describeThrown(e)}` };
  }
  registerSchema(statementSchema);
  const outer = validate(statementSchema.$id, st);
  if (outer.length > 0 || st._type !== STATEMENT_TYPE)
    return { ok: false, message: 'the receipt is not an in-toto Statement v1' };
  if (st.predicateType !== APPROVAL_RECEIPT_PREDICATE)
    return {
      ok: false,
      message: `predicateType is ${JSON.stringify(st.predicateType)}, expected ${APPROVAL_RECEIPT_PREDICATE}`,
    };
  const problems = validateReceiptPredicate(st.predicate);
  if (problems.length > 0)
    return { ok: false, message: `the receipt predicate is malformed: ${problems.join('; ')}` };
  const r = st.predicate;
  const commits = st.subject.map((s) => s.digest['gitCommit']).filter((x) => x !== undefined);
  const verdicts = st.subject
    .filter((s) => s.name === RECEIPT_VERDICT_SUBJECT)
    .map((s) => s.digest['sha256']);
  if (r.repository !== expected.repository)
    return { ok: false, message: `the receipt is for ${r.repository}, not ${expected.repository}` };
  if (r.head_sha !== expected.head_sha || commits.length !== 1 || commits[0] !== r.head_sha)
    return {
      ok: false,
      message: `the receipt is for head ${r.head_sha}, not ${expected.head_sha}`,
    };
  if (
    r.verdict.digest.sha256 !== expected.verdict_digest ||
    verdicts.length !== 1 ||
    verdicts[0] !== r.verdict.digest.sha256
  )
    return {
      ok: false,
      message: `the receipt answers verdict sha256 ${r.verdict.digest.sha256}, not the verified verdict ${expected.verdict_digest}`,
    };
  if (r.decision !== 'CONTINUE')
    return {
      ok: false,
      message: `the receipt records a rejection by ${r.approvers.map((a) => a.login).join(', ')}`,
    };
  const people = new Set(r.approvers.map((a) => a.login.toLowerCase()));
  if (people.size < r.required || r.approvers.some((a) => a.vote !== 'approve'))
    return {
      ok: false,
      message: `the receipt lists ${people.size} distinct approver(s), fewer than the ${r.required} it requires`,
    };
  return {
    ok: true,
    message: `approved by ${r.approvers.map((a) => `${a.login} (${a.source}: ${a.reason})`).join(', ')} at ${r.evaluated_at}, for head ${r.head_sha} and verdict sha256 ${r.verdict.digest.sha256}`,
    receipt: r,
  };
}
