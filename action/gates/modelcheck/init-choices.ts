/**
 * The choices of one variable in an initial block, written straight into packed words: every
 * value of a type as an odometer over its bit fields (nothing materialised), or a list of values
 * (`in`, an expression, a `where` filter) packed once and replayed on each restart.
 */
import {
  BoolType,
  FunctionType,
  IntType,
  MAX_ENUMERATED,
  RecordType,
  SetType,
  setBits,
  type FiniteType,
} from './domain.js';

/**
 * One variable's choices, walked by the initial-state odometer: `first` and `next` move (false
 * when there is no choice left), `write` writes the current choice's bits into the state.
 */
export interface InitChoice {
  first(): boolean;
  next(): boolean;
  /** Writes the current choice; throws what packing the value threw (a `DomainError`). */
  write(words: Uint32Array): void;
}

/** Most words a variable's packed choices keep for replay; beyond, they are regenerated. */
const MAX_CACHED_WORDS = 1 << 20;

/** One bit field of a type: its absolute offset, width, value count and codes (index if none). */
interface Leaf {
  off: number;
  width: number;
  size: number;
  codes: Uint32Array | undefined;
}

/** True when `t` has at least one value (as `typeValues` walks it). */
function hasValues(t: FiniteType): boolean {
  if (t instanceof FunctionType) return hasValues(t.range);
  if (t instanceof RecordType) return [...t.fields.values()].every(hasValues);
  return t.size > 0;
}

/**
 * The bit fields of `t` at `off`, in `typeValues` order (the last field fastest), or false when
 * a field is too wide or too large to walk as one code.
 */
function leavesOf(t: FiniteType, off: number, out: Leaf[]): boolean {
  if (t instanceof FunctionType) {
    for (let i = 0; i < t.dom.size; i++)
      if (!leavesOf(t.range, off + i * t.range.bits, out)) return false;
    return true;
  }
  if (t instanceof RecordType) {
    for (let f = 0; f < t.names.length; f++)
      if (!leavesOf(t.fields.get(t.names[f]!)!, off + t.offsets[f]!, out)) return false;
    return true;
  }
  // An int range and bool are stored as their index, a set of them as its bit mask (element i
  // at bit i); other fields as what writing them gives.
  if (t instanceof SetType && (t.elem instanceof IntType || t.elem instanceof BoolType)) {
    // Mask order counts up from element 0: the chunk holding bit 0 moves fastest, so it is last.
    for (let c = Math.ceil(t.bits / 32) - 1; c >= 0; c--) {
      const width = Math.min(32, t.bits - c * 32);
      out.push({ off: off + c * 32, width, size: 2 ** width, codes: undefined });
    }
    return true;
  }
  if (t.bits > 32) return false;
  if (t instanceof IntType || t instanceof BoolType) {
    out.push({ off, width: t.bits, size: t.size, codes: undefined });
    return true;
  }
  if (t.size > MAX_ENUMERATED) return false;
  const vals = t.values();
  const codes = new Uint32Array(vals.length);
  const scratch = new Uint32Array(1);
  for (let i = 0; i < vals.length; i++) {
    scratch[0] = 0;
    t.write(vals[i], scratch, 0);
    codes[i] = scratch[0]!;
  }
  out.push({ off, width: t.bits, size: vals.length, codes });
  return true;
}

/**
 * Every value of `type` at bit offset `off`, as an odometer over its bit fields in the order of
 * `typeValues`; undefined when the type has a field that cannot be walked this way.
 */
export function typeChoice(type: FiniteType, off: number): InitChoice | undefined {
  const leaves: Leaf[] = [];
  if (!leavesOf(type, off, leaves)) return undefined;
  const empty = !hasValues(type);
  const n = leaves.length;
  const offs = Int32Array.from(leaves, (l) => l.off);
  const widths = Int32Array.from(leaves, (l) => l.width);
  const sizes = Float64Array.from(leaves, (l) => l.size);
  const codes = leaves.map((l) => l.codes);
  const at = new Float64Array(n);
  // Fields from `dirty` on changed since the last write.
  let dirty = 0;
  return {
    first() {
      at.fill(0);
      dirty = 0;
      return !empty;
    },
    next() {
      for (let k = n - 1; k >= 0; k--) {
        if (++at[k]! < sizes[k]!) {
          if (k < dirty) dirty = k;
          return true;
        }
        at[k] = 0;
      }
      dirty = 0;
      return false;
    },
    write(words) {
      for (let k = dirty; k < n; k++) {
        const c = codes[k];
        setBits(words, offs[k]!, widths[k]!, c === undefined ? at[k]! : c[at[k]!]!);
      }
      dirty = n;
    },
  };
}

/**
 * The values `source` lists (a fresh iterator per pass, filtered already), each packed by
 * `type.write` when first written. With `cache`, the packed codes of the first pass are
 * replayed on later passes (the expressions are pure, so the values are the same), up to
 * {@link MAX_CACHED_WORDS}; beyond, each pass lists and packs the values again.
 */
export function valueChoice(
  source: () => Iterator<unknown>,
  type: FiniteType,
  off: number,
  cache: boolean,
): InitChoice {
  const bits = type.bits;
  const chunks = Math.ceil(bits / 32);
  const scratch = new Uint32Array(Math.max(chunks, 1));
  let caching = cache;
  let codes = new Uint32Array(caching ? Math.max(chunks, 1) * 4 : 0);
  let count = 0;
  let complete = false;
  let replay = false;
  let i = 0;
  let it: Iterator<unknown> | undefined;
  let cur: unknown;
  const copy = (words: Uint32Array, from: Uint32Array, base: number): void => {
    for (let c = 0; c < chunks; c++)
      setBits(words, off + c * 32, Math.min(32, bits - c * 32), from[base + c]!);
  };
  const advance = (): boolean => {
    const r = it!.next();
    if (r.done === true) {
      complete = true;
      return false;
    }
    cur = r.value;
    return true;
  };
  return {
    first() {
      if (complete && caching) {
        replay = true;
        i = 0;
        return count > 0;
      }
      replay = false;
      it = source();
      return advance();
    },
    next() {
      if (replay) return ++i < count;
      return advance();
    },
    write(words) {
      if (replay) {
        copy(words, codes, i * chunks);
        return;
      }
      scratch.fill(0);
      type.write(cur, scratch, 0);
      copy(words, scratch, 0);
      if (!caching || complete) return;
      if ((count + 1) * chunks > MAX_CACHED_WORDS) {
        caching = false;
        codes = new Uint32Array(0);
        return;
      }
      if ((count + 1) * chunks > codes.length) {
        const grown = new Uint32Array(codes.length * 2);
        grown.set(codes);
        codes = grown;
      }
      codes.set(scratch.subarray(0, chunks), count * chunks);
      count++;
    },
  };
}
