/**
 * Where the approval app records decisions: the hash-chained audit log (ARL) of the action,
 * one file per app process, or an in-memory sink for tests.
 */
import { AuditLog, type AuditEntry } from '../action/audit/arl.js';

/** Records one audit entry; throws (a coded MaestroError) when it cannot. */
export interface AuditSink {
  record(entry: AuditEntry): void;
}

/** An audit sink on an ARL file (continues an existing, verified chain). */
export function fileAuditSink(path: string, runId: string, now: () => Date): AuditSink {
  const log = AuditLog.open(path, runId, now);
  return { record: (entry) => void log.append(entry) };
}

/** An in-memory audit sink (tests, Actions mode without a log file). */
export function memoryAuditSink(): AuditSink & { entries: AuditEntry[] } {
  const entries: AuditEntry[] = [];
  return { entries, record: (entry) => void entries.push(entry) };
}
