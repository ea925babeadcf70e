import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { GateName, ReasonCode } from '../contract/codebook.js';
import type { Decision, FinalDecider } from '../contract/decision.js';
import { describeThrown, MaestroError } from '../contract/errors.js';
import { canonicalJson, sha256Hex } from '../util/digest.js';
import { redact } from './redact.js';

/** The hash a chain starts from. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a caller records. Required fields per MISSION §1; `details` is free-form JSON. */
export interface AuditEntry {
  layer: GateName;
  decision: Decision;
  reason_code: ReasonCode;
  sealed: boolean;
  overrideable: boolean;
  final_decider: FinalDecider;
  policy_version?: string;
  artifact_id?: string;
  route_id?: string;
  human_operator_id?: string;
  details?: unknown;
}

/** One line as written: the entry plus run id, time, sequence number and chain hashes. */
export interface AuditRecord extends AuditEntry {
  seq: number;
  run_id: string;
  ts: string;
  /** SHA-256 (hex) of the previous line's exact bytes; `GENESIS_HASH` for the first line. */
  prev: string;
  /** SHA-256 (hex) of this record's canonical JSON without `hash`. */
  hash: string;
}

/**
 * An append-only, hash-chained JSONL audit log. Every line is redacted before it is written;
 * when redaction or the write fails, nothing is written and a `MaestroError` is thrown so the
 * run stops.
 */
export class AuditLog {
  private prev: string;
  private seq: number;

  private constructor(
    readonly path: string,
    readonly runId: string,
    private readonly now: () => Date,
    state: { prev: string; seq: number },
  ) {
    this.prev = state.prev;
    this.seq = state.seq;
  }

  /** Opens (or continues) the log at `path`, checking the existing chain first. */
  static open(path: string, runId: string, now: () => Date): AuditLog {
    let state = { prev: GENESIS_HASH, seq: 0 };
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      const report = verifyAuditLog(text);
      if (!report.ok) {
        throw new MaestroError(
          'AUDIT_WRITE_FAILED',
          `${path}: will not append to an audit log that fails verification (${report.problems[0]?.message ?? 'unknown problem'})`,
        );
      }
      state = { prev: report.head, seq: report.lines };
    } else {
      mkdirSync(dirname(path), { recursive: true });
    }
    return new AuditLog(path, runId, now, state);
  }

  /** The hash of the last line written (the value to anchor in signed evidence). */
  get head(): string {
    return this.prev;
  }

  /** Number of lines in the log. */
  get length(): number {
    return this.seq;
  }

  /** Redacts and appends one record. Throws `MaestroError` (and writes nothing) on failure. */
  append(entry: AuditEntry): AuditRecord {
    let redacted: Record<string, unknown>;
    try {
      redacted = redact(entry).value as Record<string, unknown>;
    } catch (thrown) {
      throw new MaestroError(
        'AUDIT_REDACTION_FAILED',
        `audit log: a ${entry.layer} record could not be redacted (${describeThrown(thrown)}); nothing was written and the run stops.`,
        { cause: thrown },
      );
    }
    const body = {
      ...redacted,
      seq: this.seq + 1,
      run_id: this.runId,
      ts: this.now().toISOString(),
      prev: this.prev,
    };
    const record = { ...body, hash: sha256Hex(canonicalJson(body)) } as AuditRecord;
    const line = JSON.stringify(record);
    try {
      appendFileSync(this.path, `${line}\n`, { flag: 'a' });
    } catch (thrown) {
      throw new MaestroError(
        'AUDIT_WRITE_FAILED',
        `audit log: could not write ${this.path} (${describeThrown(thrown)}); the run stops.`,
        { cause: thrown },
      );
    }
    this.seq += 1;
    this.prev = sha256Hex(line);
    return record;
  }
}

/** One problem found by `verifyAuditLog`, at a 1-based line. */
export interface AuditProblem {
  line: number;
  kind: 'malformed' | 'edited' | 'deleted' | 'inserted' | 'reordered' | 'truncated';
  message: string;
}

/** The result of verifying an audit log. */
export interface AuditReport {
  ok: boolean;
  lines: number;
  /** Hash of the last line (what a signed statement anchors). */
  head: string;
  problems: AuditProblem[];
}

const REQUIRED = [
  'seq',
  'run_id',
  'ts',
  'layer',
  'decision',
  'reason_code',
  'sealed',
  'overrideable',
  'final_decider',
  'prev',
  'hash',
] as const;

/**
 * Verifies a hash-chained audit log. Detects an edited line (its own hash, or the next line's
 * `prev`, no longer matches), a deleted line (a gap in `seq`), an inserted line (a repeated
 * `seq` or a broken chain), and reordered lines (`seq` going backwards), naming the line.
 * A deleted tail is only detectable against an expected head hash or line count (from the
 * signed evidence): pass `expect`.
 */
export function verifyAuditLog(
  text: string,
  expect: { head?: string; lines?: number } = {},
): AuditReport {
  const problems: AuditProblem[] = [];
  const raw = text.split('\n');
  if (raw[raw.length - 1] === '') raw.pop();
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  raw.forEach((line, i) => {
    const n = i + 1;
    let rec: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(line);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('not a JSON object');
      rec = parsed as Record<string, unknown>;
    } catch (thrown) {
      problems.push({
        line: n,
        kind: 'malformed',
        message: `line ${n}: not a JSON object (${describeThrown(thrown)})`,
      });
      prevHash = sha256Hex(line);
      expectedSeq += 1;
      return;
    }
    const missing = REQUIRED.filter((k) => !(k in rec));
    if (missing.length > 0) {
      problems.push({
        line: n,
        kind: 'malformed',
        message: `line ${n}: missing required field(s) ${missing.join(', ')}`,
      });
    }
    const seq = rec['seq'];
    if (typeof seq === 'number' && seq !== expectedSeq) {
      if (seq > expectedSeq) {
        problems.push({
          line: n,
          kind: 'deleted',
          message: `line ${n}: sequence jumps from ${expectedSeq - 1} to ${seq}: ${seq - expectedSeq} line(s) were deleted before this line`,
        });
      } else if (seq === expectedSeq - 1) {
        problems.push({
          line: n,
          kind: 'inserted',
          message: `line ${n}: repeats sequence number ${seq}: a line was inserted or duplicated`,
        });
      } else {
        problems.push({
          line: n,
          kind: 'reordered',
          message: `line ${n}: sequence number ${seq} comes after ${expectedSeq - 1}: lines were reordered`,
        });
      }
    }
    const { hash, ...body } = rec;
    if (hash !== sha256Hex(canonicalJson(body))) {
      problems.push({
        line: n,
        kind: 'edited',
        message: `line ${n}: content does not match its hash: the line was edited`,
      });
    }
    if (rec['prev'] !== prevHash) {
      problems.push({
        line: n,
        kind: n === 1 ? 'inserted' : 'edited',
        message:
          n === 1
            ? `line 1: does not start the chain (prev is not the genesis hash): lines were deleted or inserted at the start`
            : `line ${n}: does not chain to line ${n - 1} (prev hash mismatch): line ${n - 1} was changed, removed, or this line was moved`,
      });
    }
    prevHash = sha256Hex(line);
    expectedSeq = (typeof seq === 'number' ? seq : expectedSeq) + 1;
  });
  if (expect.lines !== undefined && raw.length !== expect.lines) {
    problems.push({
      line: raw.length,
      kind: 'truncated',
      message: `the log has ${raw.length} line(s); the evidence records ${expect.lines}`,
    });
  }
  if (expect.head !== undefined && prevHash !== expect.head) {
    problems.push({
      line: raw.length,
      kind: 'truncated',
      message: `the last line's hash ${prevHash} is not the recorded head ${expect.head}: lines were removed or appended at the end`,
    });
  }
  problems.sort((a, b) => a.line - b.line);
  return { ok: problems.length === 0, lines: raw.length, head: prevHash, problems };
}
