/**
 * Streams logged data as column chunks from JSONL, CSV (csv-parse) or Parquet (hyparquet with
 * hyparquet-compressors: snappy, gzip, zstd, brotli, lz4). Readers only decode; validation of
 * the values is the ingest's job. Every failure to read is `OPE_DATA_UNREADABLE` with the file.
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { open, type FileHandle } from 'node:fs/promises';
import { parquetMetadataAsync, parquetScan, type AsyncBuffer } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { describeThrown, MaestroError } from '../../contract/errors.js';
import type { DataFormat } from './config.js';
import { flatColumnPaths, readFlatRowGroup, type FlatFile } from './parquet-columns.js';

/** One chunk of rows, column by column. */
export interface RawChunk {
  /** 1-based number of the chunk's first row in the file's numbering (JSONL/CSV: line). */
  firstRow: number;
  n: number;
  /** Values by field name, `n` each. */
  columns: Map<string, ArrayLike<unknown>>;
  /** Line numbers per row when rows are not consecutive lines (JSONL with blank lines, CSV). */
  lines?: Int32Array;
}

/** The format of `path`: explicit, or from its extension. */
export function formatOf(path: string, explicit: DataFormat | undefined): DataFormat {
  if (explicit !== undefined) return explicit;
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.parquet')) return 'parquet';
  throw new MaestroError(
    'OPE_DATA_UNREADABLE',
    `${path}: cannot tell the data format from the extension; set \`gates.ope.data.format\` to jsonl, csv or parquet.`,
    { location: { file: path } },
  );
}

function unreadable(file: string, thrown: unknown, line?: number): MaestroError {
  return new MaestroError(
    'OPE_DATA_UNREADABLE',
    `${file}${line === undefined ? '' : `:${line}`}: the logged data could not be read: ${describeThrown(thrown)}`,
    { cause: thrown, location: line === undefined ? { file } : { file, line } },
  );
}

/** Collects the configured fields of row-shaped records (JSONL, CSV) into column chunks. */
class RowBuffer {
  private cols: unknown[][];
  private lines: number[] = [];
  constructor(private readonly fields: readonly string[]) {
    this.cols = fields.map(() => []);
  }
  get size(): number {
    return this.lines.length;
  }
  push(record: Record<string, unknown>, line: number): void {
    for (let i = 0; i < this.fields.length; i++) this.cols[i]!.push(record[this.fields[i]!]);
    this.lines.push(line);
  }
  flush(): RawChunk {
    const chunk: RawChunk = {
      firstRow: this.lines[0]!,
      n: this.lines.length,
      columns: new Map(this.fields.map((f, i) => [f, this.cols[i]!])),
      lines: Int32Array.from(this.lines),
    };
    this.cols = this.fields.map(() => []);
    this.lines = [];
    return chunk;
  }
}

/** Reads JSONL: one JSON object per line; blank lines are skipped (their numbers still count). */
async function* readJsonl(
  abs: string,
  file: string,
  fields: readonly string[],
  chunkRows: number,
): AsyncGenerator<RawChunk> {
  const rl = createInterface({ input: createReadStream(abs), crlfDelay: Infinity });
  let lineNo = 0;
  const buf = new RowBuffer(fields);
  try {
    for await (const line of rl) {
      lineNo++;
      if (line.trim() === '') continue;
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch (thrown) {
        throw unreadable(file, thrown, lineNo);
      }
      if (obj === null || typeof obj !== 'object' || Array.isArray(obj))
        throw unreadable(file, 'the line is not a JSON object', lineNo);
      const rec = obj as Record<string, unknown>;
      buf.push(rec, lineNo);
      if (buf.size >= chunkRows) yield buf.flush();
    }
  } catch (thrown) {
    if (thrown instanceof MaestroError) throw thrown;
    throw unreadable(file, thrown);
  }
  if (buf.size > 0) yield buf.flush();
}

/** Reads CSV with a header row (csv-parse, streaming). Values arrive as strings. */
async function* readCsv(
  abs: string,
  file: string,
  fields: readonly string[],
  chunkRows: number,
): AsyncGenerator<RawChunk> {
  const input = createReadStream(abs);
  const parser = input.pipe(
    parse({ columns: true, info: true, skip_empty_lines: true, bom: true }),
  );
  // pipe() does not forward the source's errors: without this a missing file would hang.
  input.on('error', (e) => parser.destroy(e));
  const buf = new RowBuffer(fields);
  let checkedHeader = false;
  try {
    for await (const item of parser) {
      const { record, info } = item as {
        record: Record<string, string>;
        info: { lines: number };
      };
      if (!checkedHeader) {
        const missing = fields.filter((f) => !Object.hasOwn(record, f));
        if (missing.length > 0)
          throw new MaestroError(
            'OPE_DATA_UNREADABLE',
            `${file}:1: the CSV header has no column ${missing.map((m) => `"${m}"`).join(', ')} (configured in gates.ope.data).`,
            { location: { file, line: 1 } },
          );
        checkedHeader = true;
      }
      buf.push(record, info.lines);
      if (buf.size >= chunkRows) yield buf.flush();
    }
  } catch (thrown) {
    if (thrown instanceof MaestroError) throw thrown;
    throw unreadable(file, thrown);
  }
  if (buf.size > 0) yield buf.flush();
}

/** Reads Parquet row group by row group, only the needed columns. */
async function* readParquet(
  abs: string,
  file: string,
  fields: readonly string[],
): AsyncGenerator<RawChunk> {
  let scan: Awaited<ReturnType<typeof parquetScan>> | undefined;
  let handle: FileHandle | undefined;
  let paths: ReturnType<typeof flatColumnPaths>;
  let flat: FlatFile;
  try {
    handle = await open(abs, 'r');
    const buffer = handleBuffer(handle, (await handle.stat()).size, file);
    const metadata = await parquetMetadataAsync(buffer);
    const present = new Set(metadata.schema.map((s) => s.name));
    const missing = fields.filter((f) => !present.has(f));
    if (missing.length > 0)
      throw new MaestroError(
        'OPE_DATA_UNREADABLE',
        `${file}: the Parquet file has no column ${missing.map((m) => `"${m}"`).join(', ')} (configured in gates.ope.data).`,
        { location: { file } },
      );
    paths = flatColumnPaths(metadata, fields);
    flat = {
      file,
      metadata,
      paths: paths ?? new Map<string, never>(),
      compressors,
      read: (a, b) => buffer.slice(a, b) as Promise<ArrayBuffer>,
    };
    if (paths === undefined)
      scan = await parquetScan({ file: buffer, metadata, columns: [...fields], compressors });
  } catch (thrown) {
    if (thrown instanceof MaestroError) throw thrown;
    throw unreadable(file, thrown);
  }
  try {
    if (paths !== undefined) {
      // Flat columns (the usual case): decoded straight into column arrays.
      let first = 0;
      for (let g = 0; g < flat.metadata.row_groups.length; g++) {
        let group;
        try {
          group = await readFlatRowGroup(flat, g, fields);
        } catch (thrown) {
          if (thrown instanceof MaestroError) throw thrown;
          throw unreadable(file, thrown);
        }
        if (group.rows > 0) yield { firstRow: first + 1, n: group.rows, columns: group.columns };
        first += group.rows;
      }
      return;
    }
    for (const range of scan!.ranges) {
      const columns = new Map<string, ArrayLike<unknown>>();
      try {
        for (const f of fields) columns.set(f, await scan!.readColumn({ column: f, ...range }));
      } catch (thrown) {
        if (thrown instanceof MaestroError) throw thrown;
        throw unreadable(file, thrown);
      }
      yield { firstRow: range.rowStart + 1, n: range.rowEnd - range.rowStart, columns };
    }
  } finally {
    await handle.close();
  }
}

/** hyparquet's AsyncBuffer over one open file: positional reads, no stream per slice (exported for tests). */
export function handleBuffer(handle: FileHandle, size: number, file: string): AsyncBuffer {
  return {
    byteLength: size,
    async slice(start: number, end?: number): Promise<ArrayBuffer> {
      const stop = Math.min(end ?? size, size);
      const out = new Uint8Array(Math.max(0, stop - start));
      let done = 0;
      while (done < out.length) {
        const { bytesRead } = await handle.read(out, done, out.length - done, start + done);
        if (bytesRead === 0)
          throw new MaestroError(
            'OPE_DATA_UNREADABLE',
            `${file}: the file ended at byte ${start + done}, before the ${stop} bytes its Parquet metadata promised (truncated while being read?).`,
            { location: { file } },
          );
        done += bytesRead;
      }
      return out.buffer;
    },
  };
}

/** Streams the chunks of a logged-data file. `file` is the name used in messages. */
export function readChunks(
  abs: string,
  file: string,
  format: DataFormat,
  fields: readonly string[],
  chunkRows: number,
): AsyncGenerator<RawChunk> {
  let isFile: boolean;
  try {
    isFile = statSync(abs).isFile();
  } catch (thrown) {
    throw unreadable(file, thrown);
  }
  if (!isFile)
    throw new MaestroError(
      'OPE_DATA_UNREADABLE',
      `${file}: the logged data path is not a regular file (a directory or a device?); point gates.ope.data.path at the data file.`,
      { location: { file } },
    );
  switch (format) {
    case 'jsonl':
      return readJsonl(abs, file, fields, chunkRows);
    case 'csv':
      return readCsv(abs, file, fields, chunkRows);
    case 'parquet':
      return readParquet(abs, file, fields);
  }
}
