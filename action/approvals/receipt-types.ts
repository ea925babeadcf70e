/** The approval receipt's predicate type, shape and schema check (no signing, no verifying). */
import receiptSchema from '../../schemas/predicate-approval-receipt.schema.json' with { type: 'json' };
import { registerSchema, validate } from '../schemas/validators.js';

/** The receipt's predicate type. */
export const APPROVAL_RECEIPT_PREDICATE =
  'https://maestro-gate.dev/attestation/approval-receipt/v1';
/**
 * Subject name of the verdict a receipt answers; its digest is the sha256 of the verdict
 * predicate's canonical JSON (what both the app and `maestro-gate verify` can compute).
 */
export const RECEIPT_VERDICT_SUBJECT = 'verdict-predicate.canonical.json';

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

/** Schema problems of a receipt predicate (empty when it is valid). */
export function validateReceiptPredicate(value: unknown): string[] {
  registerSchema(receiptSchema);
  return validate(receiptSchema.$id, value).map((p) => `${p.pointer || '/'} ${p.message}`);
}
