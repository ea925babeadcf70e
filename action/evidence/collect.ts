/** The evidence files and predicates of one gate run, built in memory before anything is signed. */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { MaestroError, describeThrown } from '../contract/errors.js';
import { sha256Hex } from '../util/digest.js';
import type { EvidenceEnv } from './env.js';
import {
  buildAuditLogPredicate,
  buildGateReportPredicate,
  buildProvenance,
  buildVerdictPredicate,
  type EvidenceBinding,
  type GateRunDocument,
  type VerdictPredicate,
} from './statements.js';
import {
  EVIDENCE_FILES,
  PREDICATE_TYPES,
  REPORT_GATES,
  SLSA_PROVENANCE_V1,
  STATEMENT_NAMES,
} from './types.js';

/** One evidence file, held in memory until the boundary scan and signing have passed. */
export interface PendingFile {
  name: string;
  content: string | Buffer;
  /** False for a file that already sits in the evidence directory (the live audit log). */
  write?: boolean;
}

/** One predicate to be wrapped in a statement (and signed) under `<name>.intoto.json`. */
export interface PendingPredicate {
  name: string;
  type: string;
  predicate: unknown;
}

/** Pretty JSON with a trailing newline, as every evidence file is written. */
export const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

/** What `collectEvidence` needs to know about the run. */
export interface CollectInput {
  run: GateRunDocument;
  headSha: string;
  binding: EvidenceBinding;
  env: EvidenceEnv;
  /** The OIDC token's claims (keyless), or `{}`. */
  claims: Record<string, unknown>;
  auditLogPath?: string;
  evidenceDir: string;
}

/**
 * The run document, one report per reporting gate, the audit log and the verdict, with the
 * predicates to sign: provenance first, then the verdict, then the reports and the audit log.
 */
export async function collectEvidence(
  input: CollectInput,
): Promise<{ files: PendingFile[]; predicates: PendingPredicate[] }> {
  const { run, headSha } = input;
  const files: PendingFile[] = [{ name: EVIDENCE_FILES.run, content: json(run) }];
  const reports: VerdictPredicate['reports'] = [];
  const predicates: PendingPredicate[] = [];
  for (const gate of REPORT_GATES) {
    const result = run.gates.find((g) => g.gate === (gate as string));
    if (result === undefined) continue;
    const predicate = buildGateReportPredicate(run, headSha, result);
    files.push({ name: EVIDENCE_FILES[gate], content: json(predicate) });
    reports.push({ gate, predicate_type: PREDICATE_TYPES[gate], file: EVIDENCE_FILES[gate] });
    predicates.push({ name: STATEMENT_NAMES[gate], type: PREDICATE_TYPES[gate], predicate });
  }
  let auditRef: VerdictPredicate['audit_log'] = null;
  if (input.auditLogPath !== undefined) {
    let bytes: Buffer;
    try {
      bytes = await readFile(input.auditLogPath);
    } catch (e) {
      throw new MaestroError(
        'EVIDENCE_WRITE_FAILED',
        `the audit log ${input.auditLogPath} could not be read: ${describeThrown(e)}`,
        { cause: e },
      );
    }
    files.push({ name: EVIDENCE_FILES.auditLog, content: bytes });
    // The live log, when it sits in the evidence directory, is signed as it is now: a line
    // appended after signing shows as a changed file, never as unsigned content that counts.
    if (
      resolve(dirname(input.auditLogPath)) === resolve(input.evidenceDir) &&
      basename(input.auditLogPath) !== EVIDENCE_FILES.auditLog
    )
      files.push({ name: basename(input.auditLogPath), content: bytes, write: false });
    const predicate = buildAuditLogPredicate(run.run_id, EVIDENCE_FILES.auditLog, bytes, sha256Hex);
    auditRef = { file: EVIDENCE_FILES.auditLog, sha256: predicate.sha256 };
    predicates.push({ name: STATEMENT_NAMES.audit, type: PREDICATE_TYPES.audit, predicate });
  }
  const verdict = buildVerdictPredicate(run, input.binding, reports, auditRef);
  files.push({ name: EVIDENCE_FILES.verdict, content: json(verdict) });
  predicates.unshift({
    name: STATEMENT_NAMES.verdict,
    type: PREDICATE_TYPES.verdict,
    predicate: verdict,
  });
  predicates.unshift({
    name: STATEMENT_NAMES.provenance,
    type: SLSA_PROVENANCE_V1,
    predicate: buildProvenance(input.env, input.claims, run.started_at),
  });
  return { files, predicates };
}
