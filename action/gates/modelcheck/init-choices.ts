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
  getBits,
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
 * The packed codes of a choice's first pass, kept to replay its later passes (the expressions
 * are pure, so every pass lists the same values), up to {@link MAX_CACHED_WORDS}; beyond, it
 * gives up and each pass lists the values again.
 */
class PackedReplay {
  private codes: Uint32Array;
  /** Values recorded so far (all of them once `complete`). */
  count = 0;
  complete = false;

  constructor(
    private readonly chunks: number,
    private enabled: boolean,
  ) {
    this.codes = new Uint32Array(enabled ? chunks * 4 : 0);
  }

  /** True when the first pass is recorded whole: later passes replay it. */
  get ready(): boolean {
    return this.enabled && this.complete;
  }

  /** Records the next value's `chunks` words from `from`, unless the first pass is over. */
  add(from: Uint32Array): void {
    if (!this.enabled || this.complete) return;
    const chunks = this.chunks;
    if ((this.count + 1) * chunks > MAX_CACHED_WORDS) {
      this.enabled = false;
      this.codes = new Uint32Array(0);
      return;
    }
    if ((this.count + 1) * chunks > this.codes.length) {
      const grown = new Uint32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes.set(from.subarray(0, chunks), this.count * chunks);
    this.count++;
  }

  /** Writes recorded value `i` into `words` at bit offset `off` (`bits` wide). */
  write(words: Uint32Array, i: number, off: number, bits: number): void {
    copyChunks(words, off, bits, this.codes, i * this.chunks);
  }
}

/** Writes `bits` bits from `from` (32 per word, from word `base`) into `words` at `off`. */
function copyChunks(
  words: Uint32Array,
  off: number,
  bits: number,
  from: Uint32Array,
  base: number,
): void {
  for (let c = 0; c * 32 < bits; c++)
    setBits(words, off + c * 32, Math.min(32, bits - c * 32), from[base + c]!);
}

/** A choice that walks `live` on its first pass and replays `replay` on the later ones. */
function withReplay(replay: PackedReplay, live: InitChoice, off: number, bits: number): InitChoice {
  let replaying = false;
  let i = 0;
  return {
    first() {
      if (replay.ready) {
        replaying = true;
        i = 0;
        return replay.count > 0;
      }
      replaying = false;
      return live.first();
    },
    next() {
      return replaying ? ++i < replay.count : live.next();
    },
    write(words) {
      if (replaying) replay.write(words, i, off, bits);
      else live.write(words);
    },
  };
}

/**
 * The values `source` lists (a fresh iterator per pass, filtered already), each packed by
 * `type.write` when first written. With `cache`, the packed codes of the first pass are
 * replayed on later passes ({@link PackedReplay}).
 */
export function valueChoice(
  source: () => Iterator<unknown>,
  type: FiniteType,
  off: number,
  cache: boolean,
): InitChoice {
  const bits = type.bits;
  const chunks = Math.max(Math.ceil(bits / 32), 1);
  const scratch = new Uint32Array(chunks);
  const replay = new PackedReplay(chunks, cache);
  let it: Iterator<unknown> | undefined;
  let cur: unknown;
  const advance = (): boolean => {
    const r = it!.next();
    if (r.done === true) {
      replay.complete = true;
      return false;
    }
    cur = r.value;
    return true;
  };
  const live: InitChoice = {
    first() {
      it = source();
      return advance();
    },
    next: advance,
    write(words) {
      scratch.fill(0);
      type.write(cur, scratch, 0);
      copyChunks(words, off, bits, scratch, 0);
      replay.add(scratch);
    },
  };
  return withReplay(replay, live, off, bits);
}

/**
 * The choices of `inner` (every value of a type, written straight into packed words at `off`,
 * `bits` wide) that `accept` keeps: each candidate is written into a scratch state of `words`
 * words, which `accept` reads. With `cache`, the accepted candidates of the first pass are
 * replayed on later passes ({@link PackedReplay}). `accept` throws what the filter threw.
 */
export function filteredChoice(
  inner: InitChoice,
  off: number,
  bits: number,
  words: number,
  accept: (scratch: Uint32Array) => boolean,
  cache: boolean,
): InitChoice {
  const state = new Uint32Array(words);
  const chunks = Math.max(Math.ceil(bits / 32), 1);
  const own = new Uint32Array(chunks);
  const replay = new PackedReplay(chunks, cache);
  // Moves `inner` to the first accepted candidate from the current one (`more`: there is one).
  const seek = (more: boolean): boolean => {
    for (; more; more = inner.next()) {
      inner.write(state);
      if (!accept(state)) continue;
      for (let c = 0; c < chunks; c++)
        own[c] = getBits(state, off + c * 32, Math.min(32, bits - c * 32));
      replay.add(own);
      return true;
    }
    replay.complete = true;
    return false;
  };
  const live: InitChoice = {
    first: () => seek(inner.first()),
    next: () => seek(inner.next()),
    write: (target) => copyChunks(target, off, bits, own, 0),
  };
  return withReplay(replay, live, off, bits);
}
