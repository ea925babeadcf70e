/**
 * Structured types stored field by field or entry by entry, so a partial update (`f[k]`,
 * `r.field`) rewrites only its bits: records, sets (one bit per possible element), finite
 * functions and bounded sequences.
 */
import { bitsFor, getBits, setBits, type FiniteType } from './finite-type.js';
import { DomainError, FnValue, isRecordValue, show } from './values.js';

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
