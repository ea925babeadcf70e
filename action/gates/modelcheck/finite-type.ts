/** The interface of a finite type with its bit encoding, and bit access to packed states. */

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

/** Bits needed to store an index below `size`. */
export function bitsFor(size: number): number {
  return size <= 1 ? 0 : Math.ceil(Math.log2(size));
}
