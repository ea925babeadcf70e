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
  kind:
    | 'malformed'
    | 'edited'
    | 'deleted'
    | 'inserted'
    | 'reordered'
    | 'swapped'
    | 'truncated'
    | 'appended'
    | 'rechained';
  message: string;
}

/** The result of verifying an audit log. */
export interface AuditReport {
  ok: boolean;
  lines: number;
  /** Hash of the last line (what a signed statement anchors). */
  head: string;
  problems: AuditProblem[];
  /**
   * True when the log was checked against an expected head or line count (from signed
   * evidence). Without one, truncation at the end and a re-chained edit cannot be detected.
   */
  anchored: boolean;
}

/** What `verifyAuditLog` says when no signed head was given. */
export const UNANCHORED_WARNING =
  'no signed audit head was given: lines removed from the end, and an edit with every later hash recomputed (re-chained), cannot be detected. Verify against the head the signed evidence records (maestro-gate verify, or --evidence-dir / --head).';

function parseLine(line: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(line);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Adjacent pairs that were swapped: line i+1 carries sequence k+1 and line i+2 sequence k, and
 * every `prev` agrees with the original order. Returns the 0-based index of each pair's first line.
 */
function findSwaps(raw: string[]): Set<number> {
  const recs = raw.map(parseLine);
  const hashOf = (i: number): string => (i < 0 ? GENESIS_HASH : sha256Hex(raw[i]!));
  const out = new Set<number>();
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = recs[i];
    const b = recs[i + 1];
    if (a === undefined || b === undefined) continue;
    if (typeof a['seq'] !== 'number' || a['seq'] !== (b['seq'] as number) + 1) continue;
    const next = recs[i + 2];
    if (
      b['prev'] === hashOf(i - 1) &&
      a['prev'] === hashOf(i + 1) &&
      (next === undefined || next['prev'] === hashOf(i))
    ) {
      out.add(i);
      i++;
    }
  }
  return out;
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
  const swaps = findSwaps(raw);
  // Lines whose sequence and chain problems the swap explains (0-based).
  const explainedSeq = new Set<number>();
  const explainedPrev = new Set<number>();
  for (const i of swaps) {
    problems.push({
      line: i + 1,
      kind: 'swapped',
      message: `lines ${i + 1} and ${i + 2} are swapped: sequence ${String(parseLine(raw[i]!)?.['seq'])} comes before ${String(parseLine(raw[i + 1]!)?.['seq'])}, and their hashes chain in the original order`,
    });
    explainedSeq.add(i).add(i + 1);
    explainedPrev
      .add(i)
      .add(i + 1)
      .add(i + 2);
  }
  raw.forEach((line, i) => {
    const n = i + 1;
    let rec: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(line);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new MaestroError('VERIFY_AUDIT_LOG_INVALID', 'not a JSON object');
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
    if (explainedSeq.has(i)) {
      // The swap accounts for it; the sequence continues after the pair.
    } else if (typeof seq === 'number' && seq !== expectedSeq) {
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
    if (rec['prev'] !== prevHash && !explainedPrev.has(i)) {
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
    if (swaps.has(i - 1)) {
      // The second line of a swapped pair: the sequence continues after the pair's larger one.
      const first = parseLine(raw[i - 1]!)?.['seq'];
      expectedSeq = (typeof first === 'number' ? first : expectedSeq) + 1;
    } else if (!swaps.has(i)) {
      expectedSeq = (typeof seq === 'number' ? seq : expectedSeq) + 1;
    }
  });
  problems.push(...tailProblems(raw, prevHash, problems.length === 0, expect));
  problems.sort((a, b) => a.line - b.line);
  return {
    ok: problems.length === 0,
    lines: raw.length,
    head: prevHash,
    problems,
    anchored: expect.head !== undefined || expect.lines !== undefined,
  };
}

/** What the signed head and line count say about the end of the log. */
function tailProblems(
  raw: string[],
  head: string,
  intact: boolean,
  expect: { head?: string; lines?: number },
): AuditProblem[] {
  const n = raw.length;
  const m = expect.lines;
  if (m !== undefined && n < m) {
    return [
      {
        line: n,
        kind: 'truncated',
        message: `the log has ${n} line(s), the signed evidence records ${m}: the last ${m - n} line(s) were removed`,
      },
    ];
  }
  if (m !== undefined && n > m) {
    const atM = m === 0 ? GENESIS_HASH : sha256Hex(raw[m - 1]!);
    if (expect.head === undefined || atM === expect.head)
      return [
        {
          line: m + 1,
          kind: 'appended',
          message: `lines ${m + 1}–${n} were appended after the log was signed (the signed evidence records ${m} line(s)${expect.head === undefined ? '' : `, and line ${m}'s hash is the signed head`})`,
        },
      ];
    return [
      {
        line: n,
        kind: 'rechained',
        message: `the log has ${n} line(s), the signed evidence records ${m}, and line ${m}'s hash is not the signed head ${expect.head}: the log was rewritten and extended`,
      },
    ];
  }
  if (expect.head !== undefined && head !== expect.head) {
    if (intact && m !== undefined)
      return [
        {
          line: n,
          kind: 'rechained',
          message: `the chain is intact and has the signed ${m} line(s), but its head ${head} is not the signed head ${expect.head}: a line was edited and every later hash recomputed (re-chained)`,
        },
      ];
    const at = raw.findIndex((l) => sha256Hex(l) === expect.head);
    if (at >= 0 && at < n - 1)
      return [
        {
          line: at + 2,
          kind: 'appended',
          message: `lines ${at + 2}–${n} were appended after the log was signed (line ${at + 1}'s hash is the signed head)`,
        },
      ];
    return [
      {
        line: n,
        kind: intact && m !== undefined ? 'rechained' : 'truncated',
        message: intact
          ? `the chain is intact, but its head ${head} is not the signed head ${expect.head}: the log was rewritten (re-chained) or lines were removed from the end`
          : `the last line's hash ${head} is not the recorded head ${expect.head}: lines were removed or appended at the end`,
      },
    ];
  }
  return [];
}
