/**
 * Streams JSONL trace files record by record (constant memory per line, so traces larger than
 * memory work), hashing the bytes as they pass. A malformed line stops the read with
 * `INV_TRACE_MALFORMED` at `file:line`; blank lines are counted, never silently skipped
 * records.
 */
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { MaestroError } from '../../contract/errors.js';
import { showValue } from './template.js';

/** Default longest trace line, in characters (bounds the work of one evaluation). */
export const DEFAULT_MAX_LINE_CHARS = 1024 * 1024;

/** Options of {@link readTrace}. */
export interface ReadTraceOptions {
  /** Longest accepted line (default {@link DEFAULT_MAX_LINE_CHARS}). */
  maxLineChars?: number;
  /** Checked once per chunk; an aborted signal stops the read with its reason. */
  signal?: AbortSignal;
  /** Bytes per read (default 1 MiB). */
  chunkBytes?: number;
}

/** What one read produced. */
export interface TraceFileSummary {
  file: string;
  /** `sha256:<hex>` of the file's bytes. */
  digest: string;
  lines: number;
  records: number;
  blankLines: number;
  bytes: number;
}

/**
 * Reads `absPath` and calls `onRecord` for every record, in order. `file` is the display path
 * used in errors. Each record is a fresh object from `JSON.parse` with string `run_id`,
 * `scope` and `event` and a string or number `ts`.
 */
export async function readTrace(
  absPath: string,
  file: string,
  onRecord: (record: Record<string, unknown>, line: number) => void,
  opts: ReadTraceOptions = {},
): Promise<TraceFileSummary> {
  const maxLine = opts.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  const hash = createHash('sha256');
  let carry: Buffer | undefined;
  let lineNo = 0;
  let records = 0;
  let blank = 0;
  let bytes = 0;

  // Lines are split on bytes (0x0A never occurs inside a UTF-8 sequence) and each line must be
  // valid UTF-8: a decoder would turn a bad byte into U+FFFD and the record would be checked
  // as altered text.
  const handle = (bytesOfLine: Buffer): void => {
    lineNo++;
    if (!isUtf8(bytesOfLine)) {
      throw new MaestroError(
        'INV_TRACE_MALFORMED',
        `${file}:${lineNo}: the line is not valid UTF-8. Traces are UTF-8 JSONL; write the file as UTF-8.`,
        { location: { file, line: lineNo } },
      );
    }
    const raw = bytesOfLine.toString('utf8');
    const text = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (text.length > maxLine) tooLong(file, lineNo, text.length, maxLine);
    // Records start with `{`; only other lines pay for the blank-line test.
    if (text.charCodeAt(0) !== 123 && text.trim() === '') {
      blank++;
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (thrown) {
      throw new MaestroError(
        'INV_TRACE_MALFORMED',
        `${file}:${lineNo}: not valid JSON (${thrown instanceof Error ? thrown.message : String(thrown)}): ${snippet(text)}. Every line of a trace must be one JSON object.`,
        { cause: thrown, location: { file, line: lineNo } },
      );
    }
    const problem = recordProblem(value);
    if (problem !== undefined) {
      throw new MaestroError(
        'INV_TRACE_MALFORMED',
        `${file}:${lineNo}: ${problem}. Trace records are JSON objects {run_id, ts, scope, event, ...}.`,
        { location: { file, line: lineNo } },
      );
    }
    records++;
    onRecord(value as Record<string, unknown>, lineNo);
  };

  let stream;
  try {
    stream = createReadStream(absPath, { highWaterMark: opts.chunkBytes ?? 1024 * 1024 });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      opts.signal?.throwIfAborted();
      hash.update(chunk);
      bytes += chunk.length;
      const buf = carry === undefined ? chunk : Buffer.concat([carry, chunk]);
      let start = 0;
      let nl = buf.indexOf(10, start);
      while (nl >= 0) {
        handle(buf.subarray(start, nl));
        start = nl + 1;
        nl = buf.indexOf(10, start);
      }
      carry = start === 0 ? buf : start < buf.length ? buf.subarray(start) : undefined;
      // A UTF-8 character is at most 4 bytes: a carry this long is over the limit already.
      if (carry !== undefined && carry.length > maxLine * 4)
        tooLong(file, lineNo + 1, carry.length / 4, maxLine);
    }
    if (carry !== undefined && carry.length > 0) handle(carry);
  } catch (thrown) {
    stream?.destroy();
    if (thrown instanceof MaestroError || opts.signal?.aborted === true) throw thrown;
    throw new MaestroError(
      'INV_TRACE_UNREADABLE',
      `${file}: the trace could not be read (${thrown instanceof Error ? thrown.message : String(thrown)}).`,
      { cause: thrown, location: { file } },
    );
  }
  return {
    file,
    digest: `sha256:${hash.digest('hex')}`,
    lines: lineNo,
    records,
    blankLines: blank,
    bytes,
  };
}

function tooLong(file: string, line: number, length: number, max: number): never {
  throw new MaestroError(
    'INV_TRACE_MALFORMED',
    `${file}:${line}: the line is longer than ${max} characters (at least ${length}). Raise \`gates.invariants.limits.max_line_chars\` or write smaller records.`,
    { location: { file, line } },
  );
}

/** Why a parsed line is not a trace record, or `undefined` when it is one. */
export function recordProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return `expected a JSON object, found ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`;
  }
  const r = value as Record<string, unknown>;
  for (const key of ['run_id', 'scope', 'event'] as const) {
    const v = r[key];
    if (typeof v !== 'string' || v === '') {
      return `\`${key}\` must be a non-empty string, found ${v === undefined ? 'nothing' : showValue(v)}`;
    }
  }
  const ts = r['ts'];
  if (typeof ts !== 'string' && typeof ts !== 'number') {
    return `\`ts\` must be a string or a number, found ${ts === undefined ? 'nothing' : showValue(ts)}`;
  }
  return undefined;
}

function snippet(text: string): string {
  const s = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return JSON.stringify(s);
}
