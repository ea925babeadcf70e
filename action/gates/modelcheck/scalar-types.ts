/** Scalar types (bool, int range, enum, union), stored as their index in the domain. */
import { MAX_ENUMERATED, bitsFor, getBits, setBits, type FiniteType } from './finite-type.js';
import { DomainError, show } from './values.js';

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
