/**
 * Spec-level expression sugar, applied to an expression's text before it is compiled: named
 * definitions with parameters (`Other(p): 'p == 1 ? 2 : 1'`, TLA+'s `Other(p) == …`), the
 * refusal of CEL's truncating `%` (specs call the floored `mod(a, b)` instead), and integer
 * ranges `lo..hi`. Expansion keeps a map from the expanded text back to the written one, so an
 * error inside an expansion points at the call that produced it.
 */

/** One named definition: `Name` or `Name(a, b)` and its body. */
export interface Definition {
  name: string;
  params: string[];
  body: string;
}

/** A problem in an expression's text, at an offset into what was written. */
export class MacroError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const MAX_EXPANSION_DEPTH = 16;
const MAX_EXPANDED_LENGTH = 1 << 16;

/** Built-in definitions available in every spec. */
export const BUILTIN_DEFINITIONS: readonly Definition[] = [];

/** Parses a definition key: `Name` or `Name(a, b)`; undefined when malformed. */
export function parseDefinitionKey(key: string): { name: string; params: string[] } | undefined {
  const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(\s*([^)]*)\))?\s*$/.exec(key);
  if (!m) return undefined;
  const params =
    m[2] === undefined || m[2].trim() === '' ? [] : m[2].split(',').map((p) => p.trim());
  if (!params.every((p) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(p))) return undefined;
  if (new Set(params).size !== params.length) return undefined;
  return { name: m[1]!, params };
}

/** Index just past the string literal starting at `i` (CEL quotes, escapes and raw strings). */
function skipString(s: string, i: number): number {
  const raw = i > 0 && (s[i - 1] === 'r' || s[i - 1] === 'R');
  const q = s[i]!;
  const triple = s.startsWith(q.repeat(3), i);
  const close = triple ? q.repeat(3) : q;
  let j = i + close.length;
  while (j < s.length) {
    if (!raw && s[j] === '\\') {
      j += 2;
      continue;
    }
    if (s.startsWith(close, j)) return j + close.length;
    j++;
  }
  return s.length;
}

/** Offsets of `%` written outside string literals. */
export function findPercent(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"' || c === "'") i = skipString(s, i) - 1;
    else if (c === '%') return i;
  }
  return -1;
}

/** Splits `lo..hi` written at the top level of an expression; undefined when it is not one. */
export function splitRange(s: string): { lo: string; hi: string; hiOffset: number } | undefined {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"' || c === "'") i = skipString(s, i) - 1;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && c === '.' && s[i + 1] === '.') {
      const lo = s.slice(0, i);
      const hi = s.slice(i + 2);
      if (lo.trim() === '' || hi.trim() === '') return undefined;
      return { lo, hi, hiOffset: i + 2 };
    }
  }
  return undefined;
}

/** Reads the arguments of a call whose `(` is at `open`; returns them and the index after `)`. */
function readArgs(s: string, open: number): { args: string[]; end: number } | undefined {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"' || c === "'") i = skipString(s, i) - 1;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        const last = s.slice(start, i);
        if (last.trim() !== '' || args.length > 0) args.push(last);
        return { args, end: i + 1 };
      }
    } else if (c === ',' && depth === 1) {
      args.push(s.slice(start, i));
      start = i + 1;
    }
  }
  return undefined;
}

/** Text with its definitions expanded, and a map from expanded offsets to written ones. */
export interface Expanded {
  text: string;
  /** The offset in the written text that produced `offset` of the expanded text. */
  origin(offset: number): number;
}

/**
 * Expands definitions in `src`. A name followed by `(` calls a definition with parameters; a
 * bare name is a definition without them. Names after `.` (fields, methods) are left alone.
 */
export function expandDefinitions(src: string, defs: ReadonlyMap<string, Definition>): Expanded {
  // Segments of the output: [outStart, writtenStart, writtenEnd, copied verbatim?]
  const segments: [number, number, number, boolean][] = [];
  let out = '';
  const emit = (text: string, from: number, to: number, verbatim: boolean): void => {
    segments.push([out.length, from, to, verbatim]);
    out += text;
  };
  const expandOnce = (s: string, depth: number, top: boolean): string => {
    let result = '';
    let i = 0;
    let copyFrom = 0;
    const flush = (to: number): void => {
      if (to > copyFrom) {
        if (top) emit(s.slice(copyFrom, to), copyFrom, to, true);
        else result += s.slice(copyFrom, to);
      }
    };
    while (i < s.length) {
      const c = s[i]!;
      if (c === '"' || c === "'") {
        i = skipString(s, i);
        continue;
      }
      IDENT.lastIndex = i;
      const m = /[A-Za-z_]/.test(c) && (i === 0 || !/[A-Za-z0-9_]/.test(s[i - 1]!));
      const word = m ? IDENT.exec(s) : null;
      if (!word) {
        i++;
        continue;
      }
      const name = word[0];
      const start = i;
      i += name.length;
      const def = defs.get(name);
      let before = start - 1;
      while (before >= 0 && s[before] === ' ') before--;
      if (def === undefined || (before >= 0 && s[before] === '.')) continue;
      let j = i;
      while (j < s.length && s[j] === ' ') j++;
      let args: string[] = [];
      let end = i;
      if (def.params.length > 0) {
        if (s[j] !== '(') {
          throw new MacroError(
            `\`${name}\` takes ${def.params.length} argument(s): write ${name}(${def.params.join(', ')})`,
            start,
          );
        }
        const read = readArgs(s, j);
        if (read === undefined) throw new MacroError(`unclosed call of \`${name}\``, start);
        if (read.args.length !== def.params.length) {
          throw new MacroError(
            `\`${name}\` takes ${def.params.length} argument(s) (${def.params.join(', ')}), given ${read.args.length}`,
            start,
          );
        }
        args = read.args.map((a) => expandOnce(a, depth + 1, false));
        end = read.end;
      }
      if (depth >= MAX_EXPANSION_DEPTH) {
        throw new MacroError(
          `definitions nest deeper than ${MAX_EXPANSION_DEPTH} levels at \`${name}\` (a definition that uses itself?)`,
          start,
        );
      }
      let body = '';
      let k = 0;
      const b = def.body;
      while (k < b.length) {
        const ch = b[k]!;
        if (ch === '"' || ch === "'") {
          const e = skipString(b, k);
          body += b.slice(k, e);
          k = e;
          continue;
        }
        IDENT.lastIndex = k;
        const w = /[A-Za-z_]/.test(ch) && (k === 0 || !/[A-Za-z0-9_]/.test(b[k - 1]!));
        const bw = w ? IDENT.exec(b) : null;
        if (bw) {
          const pi = def.params.indexOf(bw[0]);
          let pb = k - 1;
          while (pb >= 0 && b[pb] === ' ') pb--;
          body += pi >= 0 && !(pb >= 0 && b[pb] === '.') ? `(${args[pi]!})` : bw[0];
          k += bw[0].length;
        } else {
          body += ch;
          k++;
        }
      }
      const expanded = `(${expandOnce(body, depth + 1, false)})`;
      if (expanded.length > MAX_EXPANDED_LENGTH)
        throw new MacroError(`the expansion of \`${name}\` is too long`, start);
      flush(start);
      if (top) emit(expanded, start, end, false);
      else result += expanded;
      i = end;
      copyFrom = end;
    }
    flush(s.length);
    return result;
  };
  expandOnce(src, 0, true);
  return {
    text: out,
    origin(offset) {
      for (let n = segments.length - 1; n >= 0; n--) {
        const [outStart, from, , verbatim] = segments[n]!;
        if (offset >= outStart) return verbatim ? from + (offset - outStart) : from;
      }
      return 0;
    },
  };
}
