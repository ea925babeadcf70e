/**
 * Approval receipts: an in-toto Statement v1 with Maestro Gate's approval-receipt predicate,
 * bound to the head commit and to the digest of the signed verdict it answers, signed by the
 * approval app's P-256 key. Verification (`receipt-verify.ts`) stays behind the verify door.
 */
import { MaestroError } from '../contract/errors.js';
import { commitSubject } from '../evidence/statements.js';
import { STATEMENT_TYPE, type Statement } from '../evidence/types.js';
import { signWithKey, type SigningKey } from '../signing/sign-door.js';
import {
  APPROVAL_RECEIPT_PREDICATE,
  RECEIPT_VERDICT_SUBJECT,
  humanOperatorId,
  validateReceiptPredicate,
  type ApprovalReceipt,
} from './receipt-types.js';
import type { Evaluation, PullRequestState, VerdictState } from './types.js';

export { APPROVAL_RECEIPT_PREDICATE, humanOperatorId, type ApprovalReceipt };

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
