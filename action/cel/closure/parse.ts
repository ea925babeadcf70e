/**
 * Parsing with the one set of limits: the expression length is checked before the parser runs,
 * a parse that recurses too deeply is a `limit` error, and every syntax error becomes a
 * {@link CelCompileError} with its position. Parsed expressions are cached by source, so an
 * invariant shared by the invariant gate and the model checker is parsed once.
 */
import { parse } from '@bufbuild/cel';
import { CelCompileError } from './errors.js';
import { DEFAULT_MAX_LENGTH } from './limits.js';

/** A parsed CEL expression: the AST with source positions (offsets by expression id). */
export type ParsedCel = ReturnType<typeof parse>;

const CACHE_ENTRIES = 4096;
const cache = new Map<string, ParsedCel>();

/**
 * Parses `source` (at most `maxLength` UTF-16 units). Throws {@link CelCompileError} of kind
 * `syntax` (with the position) or `limit`.
 */
export function parseExpression(source: string, maxLength = DEFAULT_MAX_LENGTH): ParsedCel {
  if (typeof source !== 'string')
    throw new CelCompileError('syntax', 'the expression must be a string', '', 0);
  if (source.length > maxLength) {
    throw new CelCompileError(
      'limit',
      `the expression is ${source.length} characters long; the limit is ${maxLength}. Split it into several assertions.`,
      source,
      maxLength,
    );
  }
  if (source.trim() === '')
    throw new CelCompileError('syntax', 'the expression is empty', source, 0);
  const hit = cache.get(source);
  if (hit !== undefined) return hit;
  let parsed: ParsedCel;
  try {
    parsed = parse(source);
  } catch (thrown) {
    if (thrown instanceof RangeError) {
      throw new CelCompileError(
        'limit',
        'the expression is nested too deeply to parse',
        source,
        0,
        thrown,
      );
    }
    const loc = (thrown as { location?: { start?: { offset?: number } } } | null)?.location?.start
      ?.offset;
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    throw new CelCompileError(
      'syntax',
      message.replace(/^<input>:\d+:\d+: /, ''),
      source,
      loc ?? offsetOfMessage(source, message),
      thrown,
    );
  }
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(source, parsed);
  return parsed;
}

/** The 0-based offset named by a `<input>:LINE:COLUMN:` message prefix (0 when absent). */
function offsetOfMessage(source: string, message: string): number {
  const m = /^<input>:(\d+):(\d+): /.exec(message);
  if (!m) return 0;
  const lines = source.split('\n');
  let offset = 0;
  for (let i = 0; i < Number(m[1]) - 1 && i < lines.length; i++) offset += lines[i]!.length + 1;
  return offset + Math.max(0, Number(m[2]) - 1);
}

/** The offset in the source of the AST node `id` (0 when unknown). */
export function offsetFinder(parsed: ParsedCel): (id: bigint | undefined) => number {
  const positions = (parsed.sourceInfo?.positions ?? {}) as Record<string, number>;
  return (id) => {
    if (id === undefined) return 0;
    const p = positions[id.toString()];
    return typeof p === 'number' ? p : 0;
  };
}
