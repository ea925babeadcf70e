/**
 * The search's compact state store: 64-bit fingerprints (two Murmur3-style 32-bit lanes over
 * the packed words) in an open-addressing table with a parent pointer and a transition ordinal
 * per state, and the growable frontier of packed states of one BFS level.
 */
/** Ints per slot of the open-addressing table: the fingerprint's two halves and id + 1. */
const SLOT = 3;

/**
 * Open-addressing set of 64-bit fingerprints mapping to state ids, with per-state metadata.
 * Each slot holds the fingerprint beside the id, so a probe reads one place in memory.
 */
export class StateTable {
  /** Slots - 1 (the number of slots is a power of two). */
  mask: number;
  /** `SLOT` ints per slot: low half, high half, id + 1 (0: empty). */
  table: Int32Array;
  parent: Int32Array;
  ord: Int32Array;
  count = 0;

  /**
   * `alloc` makes the slot arrays (the parallel search passes one over a SharedArrayBuffer, which
   * its workers read as a filter); the cells of an array are written once and never again.
   */
  constructor(
    initialCapacity = 1 << 12,
    private readonly alloc: (ints: number) => Int32Array = (ints) => new Int32Array(ints),
  ) {
    this.table = alloc(initialCapacity * 2 * SLOT);
    this.mask = initialCapacity * 2 - 1;
    this.parent = new Int32Array(initialCapacity);
    this.ord = new Int32Array(initialCapacity);
  }

  /** Inserts; returns the new id, or `-(existing id) - 1`. */
  insert(lo: number, hi: number, parent: number, ord: number): number {
    const table = this.table;
    const mask = this.mask;
    let i = (lo ^ (hi >>> 7)) & mask;
    for (;;) {
      const at = i * SLOT;
      const slot = table[at + 2]!;
      if (slot === 0) break;
      if (table[at] === lo && table[at + 1] === hi) return -slot;
      i = (i + 1) & mask;
    }
    const id = this.count++;
    if (id >= this.parent.length) this.growArrays();
    this.parent[id] = parent;
    this.ord[id] = ord;
    const at = i * SLOT;
    table[at] = lo;
    table[at + 1] = hi;
    table[at + 2] = id + 1;
    if (this.count * 2 > mask + 1) this.rehash();
    return id;
  }

  /** Makes room for `n` states without growing again (a hint: more still fit). */
  reserve(n: number): void {
    while (n > this.parent.length) this.growArrays();
    while (n * 2 > this.mask + 1) this.rehash();
  }

  /** What callers of {@link touch} fold their reads into, so the reads are kept. */
  touched = 0;

  /**
   * Reads the slot where a probe for (`lo`, `hi`) starts. Touching the slots of several
   * fingerprints before inserting them lets their cache misses overlap.
   */
  touch(lo: number, hi: number): number {
    return this.table[((lo ^ (hi >>> 7)) & this.mask) * SLOT + 2]!;
  }

  private growArrays(): void {
    const n = this.parent.length * 2;
    const grow = (a: Int32Array): Int32Array => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.parent = grow(this.parent);
    this.ord = grow(this.ord);
  }

  private rehash(): void {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    const table = this.alloc(slots * SLOT);
    const mask = slots - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      const id1 = old[at + 2]!;
      if (id1 === 0) continue;
      const lo = old[at]!;
      const hi = old[at + 1]!;
      let i = (lo ^ (hi >>> 7)) & mask;
      while (table[i * SLOT + 2] !== 0) i = (i + 1) & mask;
      const to = i * SLOT;
      table[to] = lo;
      table[to + 1] = hi;
      table[to + 2] = id1;
    }
    this.table = table;
    this.mask = mask;
  }

  bytes(): number {
    return this.table.byteLength + this.parent.byteLength * 2;
  }
}

/** A growable buffer of packed states (one BFS level). */
export class Frontier {
  words: Uint32Array;
  ids: Int32Array;
  length = 0;
  constructor(
    readonly w: number,
    capacity = 1024,
  ) {
    this.words = new Uint32Array(capacity * w);
    this.ids = new Int32Array(capacity);
  }
  /** Makes room for `n` states without growing again (a hint: more still fit). */
  reserve(n: number): void {
    if (n <= this.ids.length) return;
    const words = new Uint32Array(n * this.w);
    words.set(this.words);
    this.words = words;
    const ids = new Int32Array(n);
    ids.set(this.ids);
    this.ids = ids;
  }
  /** Pushes the state at word `from` of `words`. */
  pushAt(words: Uint32Array, from: number, id: number): void {
    if (this.length >= this.ids.length) this.grow();
    const base = this.length * this.w;
    for (let i = 0; i < this.w; i++) this.words[base + i] = words[from + i]!;
    this.ids[this.length++] = id;
  }
  private grow(): void {
    const words = new Uint32Array(this.words.length * 2);
    words.set(this.words);
    this.words = words;
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.ids = ids;
  }
  push(state: Uint32Array, id: number): void {
    if (this.length >= this.ids.length) this.grow();
    const base = this.length * this.w;
    for (let i = 0; i < this.w; i++) this.words[base + i] = state[i]!;
    this.ids[this.length++] = id;
  }
}

/** The two 32-bit halves of the last fingerprint computed. */
export let h1 = 0;
export let h2 = 0;

/** Two independent 32-bit Murmur3-style lanes over the packed words: a 64-bit fingerprint. */
export function fingerprint(words: Uint32Array, n: number): void {
  let a = 0x9747b28c ^ n;
  let b = 0x5bd1e995 ^ Math.imul(n, 0x27d4eb2d);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    let k = Math.imul(w, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    a ^= k;
    a = (a << 13) | (a >>> 19);
    a = (Math.imul(a, 5) + 0xe6546b64) | 0;
    let j = Math.imul(w ^ 0x85ebca6b, 0x85ebca77);
    j = (j << 17) | (j >>> 15);
    j = Math.imul(j, 0xc2b2ae3d);
    b ^= j;
    b = (b << 11) | (b >>> 21);
    b = (Math.imul(b, 9) + 0x38b34ae5) | 0;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  b ^= a;
  b ^= b >>> 15;
  b = Math.imul(b, 0x2c1b3c6d);
  b ^= b >>> 12;
  b = Math.imul(b, 0x297a2d39);
  b ^= b >>> 15;
  h1 = a | 0;
  h2 = b | 0;
}
