/**
 * The approval check `maestro-gate verify` runs on a PAUSE_FOR_HITL verdict when approval
 * receipts are given: at least one receipt must verify against the approval app's key, say
 * CONTINUE, and answer this verdict (same repository, head commit and verdict digest).
 */
import type { VerdictPredicate } from '../evidence/statements.js';
import type { LoadedTrust } from '../signing/verify-door.js';
import { verdictDigest, verifyReceipt } from './receipt-verify.js';

/** Builds the check from receipt bundles (parsed JSON, or the parse error) and the app's key. */
export function receiptApprovalCheck(
  receipts: { name: string; json: unknown }[],
  trust: LoadedTrust,
): (verdict: VerdictPredicate) => { ok: boolean; message: string } {
  return (verdict) => {
    const expected = {
      repository: verdict.repository,
      head_sha: verdict.head_sha,
      verdict_digest: verdictDigest(verdict),
    };
    const problems: string[] = [];
    for (const r of receipts) {
      if (r.json instanceof Error) {
        problems.push(`${r.name}: not valid JSON (${r.json.message})`);
        continue;
      }
      const c = verifyReceipt(r.json, trust, expected);
      if (c.ok) return { ok: true, message: `approval receipt ${r.name}: ${c.message}` };
      problems.push(`${r.name}: ${c.message}`);
    }
    return {
      ok: false,
      message: `no approval receipt answers this verdict (head ${expected.head_sha}, verdict sha256 ${expected.verdict_digest}): ${problems.join('; ') || 'none given'}`,
    };
  };
}
