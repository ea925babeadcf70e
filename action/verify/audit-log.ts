/** The signed audit log's own chain, checked against the head and line count the evidence signed. */
import { verifyAuditLog } from '../audit/arl.js';
import type { AuditLogPredicate } from '../evidence/statements.js';
import type { Checks } from './checks.js';

/** Checks `file`'s hash chain against the audit-log statement's head and record count. */
export function checkAuditChain(
  file: string,
  bytes: Buffer,
  signed: AuditLogPredicate | undefined,
  c: Checks,
): void {
  if (signed === undefined) return; // the missing statement is reported by the run-set check
  const report = verifyAuditLog(bytes.toString('utf8'), {
    ...(signed.head === null ? {} : { head: signed.head }),
    lines: signed.records,
  });
  if (report.ok) {
    c.pass(
      'audit-chain',
      file,
      `hash chain intact: ${report.lines} line(s), head ${report.head} is the signed head`,
    );
    return;
  }
  for (const p of report.problems.slice(0, 5))
    c.fail(
      'audit-chain',
      file,
      'VERIFY_AUDIT_LOG_INVALID',
      `line ${p.line}: ${p.kind}: ${p.message}`,
    );
}
