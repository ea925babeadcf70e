/**
 * Finite types of spec variables and their compact bit encoding.
 *
 * Every variable has a finite type; a state is the concatenation of each variable's bits in a
 * small `Uint32Array`. Scalars (bool, int range, enum, union) are stored as their index in the
 * type's domain; records, finite functions, sets (one bit per possible element) and bounded
 * sequences are stored structurally so that a partial update (`f[k]`) rewrites only its bits.
 */

/** A value of a finite function `[D -> R]`: the range value of every domain element, in order. */
export class FnValue {
  constructor(
    readonly dom: FiniteType,
    readonly vals: unknown[],
  ) {}

  /** The value at `key`, or `undefined` when `key` is outside the domain. */
  get(key: unknown): unknown {
    const i = this.dom.indexOf(key);
    return i < 0 ? undefined : this.vals[i];
  }

  /** The domain elements, in domain order. */
  keys(): unknown[] {
    return this.dom.values();
  }
}

/** A value that does not belong to the type it is written to. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
}

/** Largest domain enumerated for set elements or function keys (one bit or slot each). */
export const MAX_ENUMERATED = 1 << 16;

/** A finite type with its bit encoding. */
export interface FiniteType {
  readonly kind: 'bool' | 'int' | 'enum' | 'record' | 'set' | 'function' | 'seq' | 'union';
  /** Number of values (may exceed 2^53 for big structures; then only approximate). */
  readonly size: number;
  /** Width of the encoding in bits. */
  readonly bits: number;
  /** Human-readable type, e.g. `int[0..5]`. */
  describe(): string;
  /** Index of `v` in the domain, or -1. Only meaningful when `size <= MAX_ENUMERATED`. */
  indexOf(v: unknown): number;
  /** All values, in index order (only for enumerable domains; cached). */
  values(): unknown[];
  /** Writes `v` at bit offset `off`; throws `DomainError` when `v` is not in the type. */
  write(v: unknown, words: Uint32Array, off: number): void;
  /** Reads the value at bit offset `off`. */
  read(words: Uint32Array, off: number): unknown;
}

/** Reads `width` (≤ 32) bits at bit offset `off`. */
export function getBits(words: Uint32Array, off: number, width: number): number {
  if (width === 0) return 0;
  const w = off >>> 5;
  const b = off & 31;
  const lo = words[w]! >>> b;
  if (b + width <= 32) return width === 32 ? lo >>> 0 : (lo & ((1 << width) - 1)) >>> 0;
  const hi = words[w + 1]! << (32 - b);
  const v = (lo | hi) >>> 0;
  return width === 32 ? v : (v & ((1 << width) - 1)) >>> 0;
}

/** Writes `width` (≤ 32) bits of `value` at bit offset `off`. */
export function setBits(words: Uint32Array, off: number, width: number, value: number): void {
  if (width === 0) return;
  const w = off >>> 5;
  const b = off & 31;
  const mask = width === 32 ? 0xffffffff : (1 << width) - 1;
  const v = value & mask;
  words[w] = (words[w]! & ~(mask << b)) | (v << b);
  if (b + width > 32) {
    const spill = b + width - 32;
    const hiMask = (1 << spill) - 1;
    words[w + 1] = (words[w + 1]! & ~hiMask) | ((v >>> (32 - b)) & hiMask);
  }
}

function bitsFor(size: number): number {
  return size <= 1 ? 0 : Math.ceil(Math.log2(size));
}

/** Base for types stored as their index in the domain. */
abstract class ScalarType implements FiniteType {
  abstract readonly kind: FiniteType['kind'];
  abstract readonly size: number;
  abstract describe(): string;
  abstract indexOf(v: unknown): number;
  abstract valueAt(i: number): unknown;
  private cache: unknown[] | undefined;
  private width = -1;

  get bits(): number {
    if (this.width < 0) this.width = bitsFor(this.size);
    return this.width;
  }

  values(): unknown[] {
    if (this.cache === undefined) {
      const out: unknown[] = [];
      for (let i = 0; i < this.size; i++) out.push(this.valueAt(i));
      this.cache = out;
    }
    return this.cache;
  }

  write(v: unknown, words: Uint32Array, off: number): void {
    const i = this.indexOf(v);
    if (i < 0) throw new DomainError(`${show(v)} is not a value of ${this.describe()}`);
    setBits(words, off, this.bits, i);
  }

  read(words: Uint32Array, off: number): unknown {
    const i = getBits(words, off, this.bits);
    // Small domains read from a cached table; large int ranges compute the value.
    return this.size <= MAX_ENUMERATED ? this.values()[i] : this.valueAt(i);
  }
}

/** `bool`. */
export class BoolType extends ScalarType {
  readonly kind = 'bool' as const;
  readonly size = 2;
  describe(): string {
    return 'bool';
  }
  indexOf(v: unknown): number {
    return v === false ? 0 : v === true ? 1 : -1;
  }
  valueAt(i: number): unknown {
    return i === 1;
  }
}

/** `int[lo..hi]`. */
export class IntType extends ScalarType {
  readonly kind = 'int' as const;
  readonly size: number;
  constructor(
    readonly lo: number,
    readonly hi: number,
  ) {
    super();
    this.size = hi - lo + 1;
  }
  describe(): string {
    return `int[${this.lo}..${this.hi}]`;
  }
  indexOf(v: unknown): number {
    return typeof v === 'number' && Number.isInteger(v) && v >= this.lo && v <= this.hi
      ? v - this.lo
      : -1;
  }
  valueAt(i: number): unknown {
    return this.lo + i;
  }
}

/** An enumeration of strings. */
export class EnumType extends ScalarType {
  readonly kind = 'enum' as const;
  readonly size: number;
  private readonly index: Map<string, number>;
  constructor(readonly names: readonly string[]) {
    super();
    this.size = names.length;
    this.index = new Map(names.map((n, i) => [n, i]));
  }
  describe(): string {
    return `enum{${this.names.join(', ')}}`;
  }
  indexOf(v: unknown): number {
    return typeof v === 'string' ? (this.index.get(v) ?? -1) : -1;
  }
  valueAt(i: number): unknown {
    return this.names[i];
  }
}

/** A value of one of several types (e.g. messages of different shapes), stored as an index. */
export class UnionType extends ScalarType {
  readonly kind = 'union' as const;
  readonly size: number;
  private readonly starts: number[] = [];
  constructor(readonly alternatives: readonly FiniteType[]) {
    super();
    let n = 0;
    for (const alt of alternatives) {
      this.starts.push(n);
      n += alt.size;
    }
    this.size = n;
  }
  describe(): string {
    return this.alternatives.map((a) => a.describe()).join(' | ');
  }
  indexOf(v: unknown): number {
    for (let a = 0; a < this.alternatives.length; a++) {
      const i = this.alternatives[a]!.indexOf(v);
      if (i >= 0) return this.starts[a]! + i;
    }
    return -1;
  }
  valueAt(i: number): unknown {
    for (let a = this.alternatives.length - 1; a >= 0; a--) {
      if (i >= this.starts[a]!) return this.alternatives[a]!.values()[i - this.starts[a]!];
    }
    return undefined;
  }
}

/** A record with fixed fields, stored field after field. Values are plain objects. */
export class RecordType implements FiniteType {
  readonly kind = 'record' as const;
  readonly size: number;
  readonly bits: number;
  readonly offsets: number[] = [];
  readonly names: string[];
  private cache: unknown[] | undefined;
  constructor(readonly fields: ReadonlyMap<string, FiniteType>) {
    this.names = [...fields.keys()];
    let size = 1;
    let bits = 0;
    for (const t of fields.values()) {
      this.offsets.push(bits);
      bits += t.bits;
      size *= t.size;
    }
    this.size = size;
    this.bits = bits;
  }
  describe(): string {
    return `{${this.names.map((n) => `${n}: ${this.fields.get(n)!.describe()}`).join(', ')}}`;
  }
  indexOf(v: unknown): number {
    if (!isRecordValue(v)) return -1;
    let n = 0;
    for (const _ in v) n++;
    if (n !== this.names.length) return -1;
    let idx = 0;
    for (const name of this.names) {
      if (!Object.hasOwn(v, name)) return -1;
      const t = this.fields.get(name)!;
      const i = t.indexOf(v[name]);
      if (i < 0) return -1;
      idx = idx * t.size + i;
    }
    return idx;
  }
  values(): unknown[] {
    if (this.cache === undefined) {
      let out: Record<string, unknown>[] = [{}];
      for (const name of this.names) {
        const vals = this.fields.get(name)!.values();
        const next: Record<string, unknown>[] = [];
        for (const partial of out) for (const val of vals) next.push({ ...partial, [name]: val });
        out = next;
      }
      this.cache = out.map((o) => Object.freeze(o));
    }
    return this.cache;
  }
  write(v: unknown, words: Uint32Array, off: number): void {
    if (!isRecordValue(v)) throw new DomainError(`${show(v)} is not a record ${this.describe()}`);
    const keys = Object.keys(v);
    if (keys.length !== this.names.length || !this.names.every((n) => Object.hasOwn(v, n))) {
      throw new DomainError(`${show(v)} does not have exactly the fields of ${this.describe()}`);
    }
    for (let f = 0; f < this.names.length; f++) {
      const name = this.names[f]!;
      this.fields.get(name)!.write(v[name], words, off + this.offsets[f]!);
    }
  }
  read(words: Uint32Array, off: number): unknown {
    const out: Record<string, unknown> = {};
    for (let f = 0; f < this.names.length; f++) {
      out[this.names[f]!] = this.fields.get(this.names[f]!)!.read(words, off + this.offsets[f]!);
    }
    return out;
  }
}

/** A finite set, stored as one bit per possible element. Values are lists in domain order. */
export class SetType implements FiniteType {
  readonly kind = 'set' as const;
  readonly size: number;
  readonly bits: number;
  constructor(readonly elem: FiniteType) {
    this.bits = elem.size;
    this.size = 2 ** elem.size;
  }
  describe(): string {
    return `set<${this.elem.describe()}>`;
  }
  indexOf(v: unknown): number {
    if (!Array.isArray(v) || this.elem.size > 30) return -1;
    let mask = 0;
    for (const e of v) {
      const i = this.elem.indexOf(e);
      if (i < 0) return -1;
      mask |= 1 << i;
    }
    return mask;
  }
  values(): unknown[] {
    const out: unknown[] = [];
    for (let m = 0; m < this.size; m++)
      out.push(this.elem.values().filter((_, i) => (m & (1 << i)) !== 0));
    return out;
  }
  write(v: unknown, words: Uint32Array, off: number): void {
    if (!Array.isArray(v)) throw new DomainError(`${show(v)} is not a list (set values are lists)`);
    for (let i = 0; i < this.bits; i++) setBits(words, off + i, 1, 0);
    for (const e of v) {
      const i = this.elem.indexOf(e);
      if (i < 0)
        throw new DomainError(`${show(e)} is not a possible element of ${this.describe()}`);
      setBits(words, off + i, 1, 1);
    }
  }
  read(words: Uint32Array, off: number): unknown {
    const vals = this.elem.values();
    const out: unknown[] = [];
    for (let i = 0; i < this.bits; i++) if (getBits(words, off + i, 1) === 1) out.push(vals[i]);
    return out;
  }
}

/** A finite function `[D -> R]`, stored as one range slot per domain element. */
export class FunctionType implements FiniteType {
  readonly kind = 'function' as const;
  readonly size: number;
  readonly bits: number;
  constructor(
    readonly dom: FiniteType,
    readonly range: FiniteType,
  ) {
    this.bits = dom.size * range.bits;
    this.size = range.size ** dom.size;
  }
  describe(): string {
    return `[${this.dom.describe()} -> ${this.range.describe()}]`;
  }
  indexOf(v: unknown): number {
    if (!(v instanceof FnValue) && !(v instanceof Map) && !isRecordValue(v)) return -1;
    let idx = 0;
    for (const k of this.dom.values()) {
      const val: unknown =
        v instanceof FnValue
          ? v.get(k)
          : v instanceof Map
            ? (v as Map<unknown, unknown>).get(k)
            : typeof k === 'string'
              ? v[k]
              : undefined;
      const i = this.range.indexOf(val);
      if (i < 0) return -1;
      idx = idx * this.range.size + i;
    }
    return idx;
  }
  values(): unknown[] {
    let out: unknown[][] = [[]];
    for (let k = 0; k < this.dom.size; k++) {
      const next: unknown[][] = [];
      for (const partial of out) for (const r of this.range.values()) next.push([...partial, r]);
      out = next;
    }
    return out.map((vals) => new FnValue(this.dom, vals));
  }
  /** Bit offset of the entry for `key`, relative to the function's offset; -1 outside the domain. */
  entryOffset(key: unknown): number {
    const i = this.dom.indexOf(key);
    return i < 0 ? -1 : i * this.range.bits;
  }
  write(v: unknown, words: Uint32Array, off: number): void {
    const keys = this.dom.values();
    if (v instanceof FnValue) {
      if (v.dom !== this.dom && v.keys().length !== keys.length) {
        throw new DomainError(`a function over ${v.dom.describe()} is not a ${this.describe()}`);
      }
      for (let i = 0; i < keys.length; i++) {
        this.range.write(
          v.dom === this.dom ? v.vals[i] : v.get(keys[i]),
          words,
          off + i * this.range.bits,
        );
      }
      return;
    }
    if (v instanceof Map && v.size === keys.length) {
      // An int- or bool-keyed map literal such as `{1: 0, 2: 0}`: TLA+'s `[p \in Proc |-> 0]`.
      for (let i = 0; i < keys.length; i++) {
        if (!v.has(keys[i]))
          throw new DomainError(
            `${show(v)} has no entry for ${show(keys[i])} of ${this.describe()}`,
          );
        this.range.write(v.get(keys[i]), words, off + i * this.range.bits);
      }
      return;
    }
    if (
      isRecordValue(v) &&
      keys.every((k) => typeof k === 'string') &&
      Object.keys(v).length === keys.length
    ) {
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i] as string;
        if (!Object.hasOwn(v, k))
          throw new DomainError(`${show(v)} has no entry for ${show(k)} of ${this.describe()}`);
        this.range.write(v[k], words, off + i * this.range.bits);
      }
      return;
    }
    throw new DomainError(`${show(v)} is not a ${this.describe()}`);
  }
  read(words: Uint32Array, off: number): unknown {
    const vals: unknown[] = new Array<unknown>(this.dom.size);
    for (let i = 0; i < vals.length; i++)
      vals[i] = this.range.read(words, off + i * this.range.bits);
    return new FnValue(this.dom, vals);
  }
}

/** A sequence of at most `maxLength` elements: a length field and the elements. */
export class SeqType implements FiniteType {
  readonly kind = 'seq' as const;
  readonly size: number;
  readonly bits: number;
  readonly lenBits: number;
  constructor(
    readonly elem: FiniteType,
    readonly maxLength: number,
  ) {
    this.lenBits = bitsFor(maxLength + 1);
    this.bits = this.lenBits + maxLength * elem.bits;
    let size = 0;
    for (let n = 0; n <= maxLength; n++) size += elem.size ** n;
    this.size = size;
  }
  describe(): string {
    return `seq<${this.elem.describe()}, max ${this.maxLength}>`;
  }
  indexOf(v: unknown): number {
    if (!Array.isArray(v) || v.length > this.maxLength) return -1;
    let idx = 0;
    for (let n = 0; n < v.length; n++) idx += this.elem.size ** n;
    let within = 0;
    for (const e of v) {
      const i = this.elem.indexOf(e);
      if (i < 0) return -1;
      within = within * this.elem.size + i;
    }
    return idx + within;
  }
  values(): unknown[] {
    const out: unknown[][] = [[]];
    let layer: unknown[][] = [[]];
    for (let n = 1; n <= this.maxLength; n++) {
      const next: unknown[][] = [];
      for (const p of layer) for (const e of this.elem.values()) next.push([...p, e]);
      out.push(...next);
      layer = next;
    }
    return out;
  }
  write(v: unknown, words: Uint32Array, off: number): void {
    if (!Array.isArray(v)) throw new DomainError(`${show(v)} is not a list`);
    if (v.length > this.maxLength) {
      throw new DomainError(
        `a sequence of length ${v.length} exceeds max_length ${this.maxLength} of ${this.describe()}`,
      );
    }
    setBits(words, off, this.lenBits, v.length);
    for (let i = 0; i < this.maxLength; i++) {
      const at = off + this.lenBits + i * this.elem.bits;
      if (i < v.length) this.elem.write(v[i], words, at);
      else
        for (let b = 0; b < this.elem.bits; b += 32)
          setBits(words, at + b, Math.min(32, this.elem.bits - b), 0);
    }
  }
  read(words: Uint32Array, off: number): unknown {
    const n = getBits(words, off, this.lenBits);
    const out: unknown[] = new Array<unknown>(n);
    for (let i = 0; i < n; i++)
      out[i] = this.elem.read(words, off + this.lenBits + i * this.elem.bits);
    return out;
  }
}

/** True for a plain object used as a record value (not a list, not a function value). */
export function isRecordValue(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof FnValue);
}

/** A short rendering of a value for messages. */
export function show(v: unknown): string {
  if (v instanceof FnValue) {
    return `{${v
      .keys()
      .map((k, i) => `${show(k)}: ${show(v.vals[i])}`)
      .join(', ')}}`;
  }
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (isRecordValue(v)) {
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}: ${show(x)}`)
      .join(', ')}}`;
  }
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

/** Converts a runtime value to plain JSON (function values become objects keyed by their domain). */
export function toJson(v: unknown): unknown {
  if (v instanceof FnValue) {
    const out: Record<string, unknown> = {};
    v.keys().forEach((k, i) => {
      out[String(k)] = toJson(v.vals[i]);
    });
    return out;
  }
  if (Array.isArray(v)) return v.map(toJson);
  if (isRecordValue(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return v;
}
