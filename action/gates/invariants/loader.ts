/**
 * The one invariant loader, used by the invariant gate and by the runtime library: reads YAML
 * (one invariant, a list, or several documents per file), validates each invariant against
 * schemas/invariant.schema.json, compiles every CEL expression once, and rejects duplicate ids.
 * Every error is a {@link MaestroError} with a precise reason code and a `file:line:column`.
 * Parsing is in `parse.ts`, compiling in `compile.ts`, path resolution in `paths.ts`.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatLocation, MaestroError, type SourceLocation } from '../../contract/errors.js';
import { sha256 } from '../../util/digest.js';
import { compileInvariant, type ExpressionLimits } from './compile.js';
import type { CompiledInvariant, InvariantSet, LoadedFile } from './model.js';
import { parseInvariantText, type Located } from './parse.js';
import { resolveInvariantFiles } from './paths.js';
import { firstInvalidUtf8Line } from './utf8.js';

export type { ExpressionLimits } from './compile.js';
export { INVARIANT_SCHEMA_ID } from './parse.js';
export { assertInside, isGlob, resolveInvariantFiles } from './paths.js';

/** Largest invariant file the loader reads. */
export const DEFAULT_MAX_INVARIANT_FILE_BYTES = 1024 * 1024;

/** Options of the loader. */
export interface LoadOptions {
  limits?: ExpressionLimits;
  maxFileBytes?: number;
}

/** One file's text to parse (the runtime may pass text that never touched the disk). */
export interface InvariantText {
  /** Display path (relative, forward slashes). */
  file: string;
  text: string;
}

/**
 * Loads and compiles invariants from files under `root`. Throws {@link MaestroError} with
 * `INV_NONE_FOUND`, `INV_UNREADABLE`, `INV_YAML_UNPARSEABLE`, `INV_INVALID`, `INV_CEL_SYNTAX`,
 * `INV_CEL_TYPE`, `INV_CEL_LIMIT` or `INV_DUPLICATE_ID`.
 */
export function loadInvariants(
  root: string,
  patterns: readonly string[],
  opts: LoadOptions = {},
): InvariantSet {
  const files = resolveInvariantFiles(root, patterns);
  const texts: InvariantText[] = [];
  const loaded: LoadedFile[] = [];
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_INVARIANT_FILE_BYTES;
  for (const file of files) {
    let bytes: Buffer;
    try {
      const size = statSync(join(root, file)).size;
      if (size > maxBytes) {
        throw new MaestroError(
          'INV_INVALID',
          `${file}: the invariant file is ${size} bytes; the limit is ${maxBytes}. Split it into several files.`,
          { location: { file } },
        );
      }
      bytes = readFileSync(join(root, file));
    } catch (thrown) {
      if (thrown instanceof MaestroError) throw thrown;
      throw new MaestroError(
        'INV_UNREADABLE',
        `${file}: the invariant file could not be read (${thrown instanceof Error ? thrown.message : String(thrown)}).`,
        { cause: thrown, location: { file } },
      );
    }
    if (!isUtf8(bytes)) {
      const line = firstInvalidUtf8Line(bytes);
      throw new MaestroError(
        'INV_UNREADABLE',
        `${file}:${line}: the invariant file is not valid UTF-8. Save it as UTF-8.`,
        { location: { file, line } },
      );
    }
    loaded.push({ file, digest: sha256(bytes) });
    texts.push({ file, text: bytes.toString('utf8') });
  }
  return compileInvariantTexts(texts, opts, loaded);
}

/**
 * Parses, validates and compiles invariant texts (the loader's core; no file system).
 * `files` is echoed in the result (digests of what was read).
 */
export function compileInvariantTexts(
  texts: readonly InvariantText[],
  opts: LoadOptions = {},
  files: readonly LoadedFile[] = texts.map((t) => ({ file: t.file, digest: sha256(t.text) })),
): InvariantSet {
  const located: Located[] = [];
  for (const t of texts) located.push(...parseInvariantText(t.file, t.text));

  const seen = new Map<string, SourceLocation>();
  const invariants: CompiledInvariant[] = [];
  for (const l of located) {
    const inv = compileInvariant(l, opts.limits ?? {});
    const first = seen.get(inv.id);
    if (first !== undefined) {
      throw new MaestroError(
        'INV_DUPLICATE_ID',
        `invariant id ${inv.id} is defined twice: at ${formatLocation(first)} and at ${formatLocation(inv.location)}. Ids must be unique across all invariant files; rename one.`,
        { location: inv.location },
      );
    }
    seen.set(inv.id, inv.location);
    invariants.push(inv);
  }
  return { invariants, files, byId: new Map(invariants.map((i) => [i.id, i])) };
}
