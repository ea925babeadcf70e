/**
 * The STOPPED run document for a run that could not reach the gates or finish its evidence
 * (no base snapshot, an unwritable or full evidence directory): the same document shape as a
 * normal run, so `--format json` still prints one, with a reason code and what to do.
 */
import { randomUUID } from 'node:crypto';
import type { GateName } from '../contract/codebook.js';
import { MaestroError, normaliseThrown } from '../contract/errors.js';
import type { Finding } from '../contract/gate-result.js';
import { stoppedResult } from '../contract/runner-results.js';
import { buildRun, type GateRun } from '../contract/run.js';

const DISK_ERRORS = new Set([
  'ENOSPC',
  'EROFS',
  'EACCES',
  'EPERM',
  'EDQUOT',
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'EEXIST',
]);

/** Codes and explains what stopped the run before a verdict could be written. */
export function earlyStopError(thrown: unknown, evidenceDir: string): MaestroError {
  if (thrown instanceof MaestroError) return thrown;
  const errno = (thrown as NodeJS.ErrnoException | null)?.code;
  if (typeof errno === 'string' && DISK_ERRORS.has(errno)) {
    const path = (thrown as NodeJS.ErrnoException).path ?? evidenceDir;
    const what =
      errno === 'ENOSPC' || errno === 'EDQUOT'
        ? 'the disk is full'
        : errno === 'EROFS' || errno === 'EACCES' || errno === 'EPERM'
          ? 'it is not writable'
          : 'it is not a usable directory';
    return new MaestroError(
      'EVIDENCE_WRITE_FAILED',
      `cannot write the evidence at ${path}: ${what} (${errno}). Pass --evidence-dir DIR naming a writable directory with free space; an unrecorded verdict never stands.`,
      { cause: thrown, location: { file: path } },
    );
  }
  return normaliseThrown(thrown, 'GATE_ERROR', { nonErrorCode: 'GATE_THREW_NON_ERROR' });
}

/** A STOPPED run document for `error`, built through the one results model. */
export function earlyStopRun(
  error: MaestroError,
  where: { headDir: string; baseDir: string; evidenceDir: string; configFile: string },
): GateRun {
  const layer: GateName = error.code.startsWith('EVIDENCE_')
    ? 'evidence'
    : error.code.startsWith('AUDIT_')
      ? 'audit'
      : 'config';
  const finding: Finding = { level: 'error', message: error.message, ...(error.location ?? {}) };
  const result = stoppedResult(layer, error.code, error.message, { findings: [finding] });
  return buildRun(
    {
      run_id: randomUUID(),
      started_at: new Date().toISOString(),
      head_dir: where.headDir,
      base_dir: where.baseDir,
      config_file: where.configFile,
    },
    [result],
  );
}
