/**
 * Reads flat (non-nested) Parquet columns of one row group straight into column arrays, with
 * hyparquet's own page decoders (headers, decompression, levels, encodings, type conversion).
 * hyparquet's row assembly is built for nested data: for an OPTIONAL flat column it pushes
 * every value into a growing array one by one and then copies the pages together, which is
 * most of the time and memory of a million-row read. Here numeric columns land in one
 * Float64Array per row group (a null is NaN, which the ingest rejects as missing, exactly as
 * it rejects null) and other columns in one preallocated array.
 */
import type {
  ColumnMetaData,
  Compressors,
  DecodedArray,
  FileMetaData,
  PageHeader,
  SchemaTree,
} from 'hyparquet';
import { parquetSchema } from 'hyparquet';
import type { ColumnDecoder } from 'hyparquet/src/types.js';
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, convertWithDictionary, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { getMaxDefinitionLevel, getTreePath, isFlatColumn } from 'hyparquet/src/schema.js';
import { MaestroError } from '../../contract/errors.js';

/** Reads `[start, end)` of the file. */
export type ReadBytes = (start: number, end: number) => Promise<ArrayBuffer>;

/** Physical types decoded to JavaScript numbers (so a Float64Array holds them exactly). */
const NUMERIC = new Set(['DOUBLE', 'FLOAT', 'INT32']);

/** The flat columns of a file, or `undefined` when one of `fields` is nested (map, list, struct). */
export function flatColumnPaths(
  metadata: FileMetaData,
  fields: readonly string[],
): Map<string, SchemaTree[]> | undefined {
  const tree = parquetSchema(metadata);
  const out = new Map<string, SchemaTree[]>();
  for (const f of fields) {
    const path = getTreePath(tree, [f]);
    if (!isFlatColumn(path)) return undefined;
    out.set(f, path);
  }
  return out;
}

function fail(file: string, message: string): MaestroError {
  return new MaestroError('OPE_DATA_UNREADABLE', `${file}: ${message}`, { location: { file } });
}

/**
 * Decodes one column chunk of `rows` rows into `out` (a Float64Array or an array), nulls as
 * NaN or null.
 */
function decodeChunk(
  bytes: Uint8Array,
  decoder: ColumnDecoder,
  rows: number,
  out: Float64Array | unknown[],
  file: string,
): void {
  const reader = {
    view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    offset: 0,
  };
  const maxDef = getMaxDefinitionLevel(decoder.schemaPath);
  const nullValue = out instanceof Float64Array ? NaN : null;
  let dictionary: DecodedArray | undefined;
  let row = 0;
  while (row < rows) {
    if (reader.offset >= bytes.byteLength)
      throw fail(
        file,
        `a column chunk of "${decoder.pathInSchema[0]}" ends before its ${rows} rows`,
      );
    const header: PageHeader = parquetHeader(reader);
    const page = new Uint8Array(
      bytes.buffer,
      bytes.byteOffset + reader.offset,
      header.compressed_page_size,
    );
    reader.offset += header.compressed_page_size;
    if (header.type === 'DICTIONARY_PAGE') {
      const d = decompressPage(
        page,
        Number(header.uncompressed_page_size),
        decoder.codec,
        decoder.compressors,
      );
      const count = header.dictionary_page_header?.num_values ?? 0;
      const view = { view: new DataView(d.buffer, d.byteOffset, d.byteLength), offset: 0 };
      dictionary = convert(
        readPlain(view, decoder.type, count, decoder.element.type_length),
        decoder,
      );
      continue;
    }
    let levels: ArrayLike<number> | undefined;
    let values: DecodedArray;
    let encoding: string;
    let n: number;
    if (header.type === 'DATA_PAGE' && header.data_page_header) {
      const h = header.data_page_header;
      const raw = decompressPage(
        page,
        Number(header.uncompressed_page_size),
        decoder.codec,
        decoder.compressors,
      );
      const p = readDataPage(raw, h, decoder);
      levels = p.definitionLevels;
      values = p.dataPage;
      encoding = h.encoding;
      n = h.num_values;
    } else if (header.type === 'DATA_PAGE_V2' && header.data_page_header_v2) {
      const h = header.data_page_header_v2;
      const p = readDataPageV2(page, header, decoder);
      levels = h.num_nulls === 0 ? undefined : p.definitionLevels;
      values = p.dataPage;
      encoding = h.encoding;
      n = h.num_rows;
    } else continue; // index pages carry no values
    values = convertWithDictionary(values, dictionary, encoding as never, decoder);
    if (row + n > rows)
      throw fail(file, `a page of "${decoder.pathInSchema[0]}" holds more rows than its row group`);
    if (levels === undefined || levels.length === 0) {
      if (values.length !== n)
        throw fail(
          file,
          `a page of "${decoder.pathInSchema[0]}" has ${values.length} values for ${n} rows`,
        );
      if (out instanceof Float64Array && values instanceof Float64Array) out.set(values, row);
      else for (let i = 0; i < n; i++) out[row + i] = values[i] as never;
    } else {
      let v = 0;
      for (let i = 0; i < n; i++)
        out[row + i] = (levels[i] === maxDef ? values[v++] : nullValue) as never;
    }
    row += n;
  }
}

/** What {@link readFlatRowGroup} needs about the file. */
export interface FlatFile {
  file: string;
  metadata: FileMetaData;
  paths: Map<string, SchemaTree[]>;
  compressors: Compressors;
  read: ReadBytes;
}

/** Reads `fields` of row group `g` as column arrays of its row count. */
export async function readFlatRowGroup(
  f: FlatFile,
  g: number,
  fields: readonly string[],
): Promise<{ rows: number; columns: Map<string, ArrayLike<unknown>> }> {
  const group = f.metadata.row_groups[g]!;
  const rows = Number(group.num_rows);
  const columns = new Map<string, ArrayLike<unknown>>();
  for (const field of fields) {
    const chunk = group.columns.find((c) => c.meta_data?.path_in_schema[0] === field);
    const meta: ColumnMetaData | undefined = chunk?.meta_data;
    if (meta === undefined) throw fail(f.file, `row group ${g} has no column "${field}"`);
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    const bytes = new Uint8Array(await f.read(start, start + Number(meta.total_compressed_size)));
    const schemaPath = f.paths.get(field)!;
    const decoder: ColumnDecoder = {
      pathInSchema: meta.path_in_schema,
      element: schemaPath[schemaPath.length - 1]!.element,
      schemaPath,
      type: meta.type,
      codec: meta.codec,
      compressors: f.compressors,
      parsers: DEFAULT_PARSERS,
    };
    const out = NUMERIC.has(meta.type) ? new Float64Array(rows) : new Array<unknown>(rows);
    decodeChunk(bytes, decoder, rows, out, f.file);
    columns.set(field, out);
  }
  return { rows, columns };
}
