/**
 * Verification of approval receipts, behind the verify door (no signing code): what
 * `maestro-gate verify --approval-receipt` runs before it accepts a PAUSE_FOR_HITL verdict.
 */
import statementSchema from '../../schemas/predicate-statement.schema.json' with { type: 'json' };
import { describeThrown } from '../contract/errors.js';
import { STATEMENT_TYPE, type Statement } from '../evidence/types.js';
import { registerSchema, validate } from '../schemas/validators.js';
import {
  IN_TOTO_PAYLOAD_TYPE,
  verifyBundleSignature,
  type LoadedTrust,
} from '../signing/verify-door.js';
import { canonicalJson, sha256Hex } from '../util/digest.js';
import {
  APPROVAL_RECEIPT_PREDICATE,
  RECEIPT_VERDICT_SUBJECT,
  validateReceiptPredicate,
  type ApprovalReceipt,
} from './receipt-types.js';

/** The digest a receipt names for a verdict predicate: sha256 of its canonical JSON. */
export function verdictDigest(predicate: unknown): string {
  return sha256Hex(canonicalJson(predicate));
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
