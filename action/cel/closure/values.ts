/**
 * The runtime operations of compiled closures, in one of two number conventions:
 * - `int` (the model checker): a JS `number` is a CEL `int`, exact within ±2^53 (outside is an
 *   evaluation error, never a silent wrap-around); plain objects, `Map`s and objects with
 *   `get(key)`/`keys()` (the checker's function values) are maps.
 * - `json` (the invariant gate and the runtime library): a JS `number` is a CEL `double`, a
 *   `bigint` a CEL `int` (64-bit, overflow is an error), plain objects are maps, exactly as
 *   `@bufbuild/cel` binds them. Any other value (null-prototype objects, `Map`s, bytes, library
 *   values) and any operation whose exact semantics are not reproduced throws {@link REFUSED}
 *   so the caller falls back to the library.
 */
import { CelRuntimeError, REFUSED } from './errors.js';

/** The number convention of a compilation. */
export type NumberMode = 'int' | 'json';

/** An object that behaves as a map (the model checker's function values implement it). */
export interface MapLike {
  get(key: unknown): unknown;
  keys(): Iterable<unknown>;
}

/** The runtime kind of a value. */
export type Kind = 'null' | 'bool' | 'int' | 'double' | 'string' | 'list' | 'map' | 'other';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Marks a key that is absent from a map. */
export const MISSING: unique symbol = Symbol('missing');

/** Operations of one number mode (chosen once per compilation). */
export interface Ops {
  readonly mode: NumberMode;
  readonly kind: (v: unknown) => Kind;
  /** The value as the closures may use it (json mode refuses foreign values). */
  readonly admit: (v: unknown) => unknown;
  readonly eq: (a: unknown, b: unknown) => boolean;
  /** Negative, zero or positive; `NaN` when unordered (every comparison is then false). */
  readonly cmp: (a: unknown, b: unknown) => number;
  readonly add: (a: unknown, b: unknown) => unknown;
  readonly sub: (a: unknown, b: unknown) => unknown;
  readonly mul: (a: unknown, b: unknown) => unknown;
  readonly div: (a: unknown, b: unknown) => unknown;
  readonly mod: (a: unknown, b: unknown) => unknown;
  readonly neg: (a: unknown) => unknown;
  /** Converts a CEL int literal (bigint) to the mode's representation. */
  readonly intLiteral: (v: bigint) => unknown;
  readonly isIntValue: (v: unknown) => boolean;
  readonly inContainer: (x: unknown, c: unknown) => boolean;
  readonly size: (x: unknown) => unknown;
  readonly index: (c: unknown, k: unknown) => unknown;
  readonly select: (m: unknown, field: string) => unknown;
  readonly has: (m: unknown, field: string) => boolean;
  readonly items: (c: unknown) => readonly unknown[];
  /** A map value from literal entries (string keys give a plain object). */
  readonly makeMap: (keys: unknown[], vals: unknown[]) => unknown;
}

function isPlain(v: object): boolean {
  const p: unknown = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

function isMapLike(v: object): v is MapLike {
  const m = v as Partial<MapLike>;
  return typeof m.get === 'function' && typeof m.keys === 'function';
}

/** A short rendering of a value for messages. */
export function showValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (v !== null && typeof v === 'object') return 'a map';
  return String(v);
}

function err(message: string): never {
  throw new CelRuntimeError(message);
}

function refuse(): never {
  throw REFUSED;
}

/** The operations of `mode`. */
export function opsFor(mode: NumberMode): Ops {
  return mode === 'json' ? JSON_OPS : INT_OPS;
}

function setProp(out: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__')
    Object.defineProperty(out, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else out[k] = v;
}

// ---- shared structure helpers ------------------------------------------------------------

function mapGet(ops: Ops, m: unknown, key: unknown): unknown {
  if (m instanceof Map) {
    if (!m.has(key)) {
      if (ops.mode === 'json') refuse();
      return MISSING;
    }
    return m.get(key);
  }
  const o = m as object;
  if (isPlain(o)) {
    if (typeof key !== 'string') {
      if (ops.mode === 'json') refuse();
      return MISSING;
    }
    return Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : MISSING;
  }
  if (ops.mode === 'json') refuse();
  const v = (o as MapLike).get(key);
  return v === undefined ? MISSING : v;
}

function mapKeys(m: unknown): unknown[] {
  if (m instanceof Map) return [...m.keys()];
  const o = m as object;
  if (isPlain(o)) return Object.keys(o);
  return [...(o as MapLike).keys()];
}

function makeEq(ops: Ops): (a: unknown, b: unknown) => boolean {
  const eq = (a: unknown, b: unknown): boolean => {
    if (a === b) return ops.kind(a) !== 'other' || refuse();
    const ka = ops.kind(a);
    const kb = ops.kind(b);
    if (ka === 'other' || kb === 'other') refuse();
    if ((ka === 'int' || ka === 'double') && (kb === 'int' || kb === 'double'))
      // CEL compares int and double by value, as `==` does for number and bigint.
      return (a as number | bigint) == (b as number | bigint);
    if (ka !== kb) return false;
    if (ka === 'list') {
      const x = a as unknown[];
      const y = b as unknown[];
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) if (!eq(ops.admit(x[i]), ops.admit(y[i]))) return false;
      return true;
    }
    if (ka === 'map') {
      const keys = mapKeys(a);
      if (keys.length !== mapKeys(b).length) return false;
      for (const k of keys) {
        const other = mapGet(ops, b, k);
        if (other === MISSING || !eq(ops.admit(mapGet(ops, a, k)), ops.admit(other))) return false;
      }
      return true;
    }
    // Two different strings, bools or doubles (NaN included).
    return false;
  };
  return eq;
}

function ordered(ka: Kind, kb: Kind, a: unknown, b: unknown): number {
  if (ka === 'string' && kb === 'string')
    return (a as string) < (b as string) ? -1 : a === b ? 0 : 1;
  if (ka === 'bool' && kb === 'bool') return Number(a) - Number(b);
  err(`cannot order ${showValue(a)} and ${showValue(b)}`);
}

function structural(
  ops: Ops,
): Pick<Ops, 'inContainer' | 'size' | 'index' | 'select' | 'has' | 'items'> {
  const json = ops.mode === 'json';
  return {
    inContainer(x, c) {
      const kc = ops.kind(c);
      if (kc === 'list') {
        const list = c as unknown[];
        for (let i = 0; i < list.length; i++) if (ops.eq(x, ops.admit(list[i]))) return true;
        return false;
      }
      if (kc === 'map') return mapGet(ops, c, x) !== MISSING;
      if (kc === 'other') refuse();
      return err(`\`in\` needs a list or a map on the right, got ${showValue(c)}`);
    },
    size(x) {
      const k = ops.kind(x);
      let n: number;
      if (k === 'string') {
        n = 0;
        for (const _ of x as string) n++;
      } else if (k === 'list') n = (x as unknown[]).length;
      else if (k === 'map') n = mapKeys(x).length;
      else if (k === 'other') refuse();
      else err(`size() needs a string, list or map, got ${showValue(x)}`);
      return json ? BigInt(n) : n;
    },
    index(c, key) {
      const kc = ops.kind(c);
      if (kc === 'list') {
        const list = c as unknown[];
        const kk = ops.kind(key);
        if (kk !== 'int') {
          if (json) refuse();
          err(`a list index must be an int, got ${showValue(key)}`);
        }
        const i = Number(key);
        if (i < 0 || i >= list.length)
          err(`index ${String(key)} out of range (size ${list.length})`);
        return ops.admit(list[i]);
      }
      if (kc === 'map') {
        const v = mapGet(ops, c, key);
        if (v === MISSING) err(`no such key: ${showValue(key)}`);
        return ops.admit(v);
      }
      if (kc === 'other') refuse();
      return err(`cannot index ${showValue(c)}`);
    },
    select(m, field) {
      const km = ops.kind(m);
      if (km === 'map') {
        const v = mapGet(ops, m, field);
        if (v === MISSING) err(`no such key: ${field}`);
        return ops.admit(v);
      }
      if (km === 'other' || json) refuse();
      return err(`cannot select \`.${field}\` on ${showValue(m)}`);
    },
    has(m, field) {
      const km = ops.kind(m);
      if (km === 'map') {
        const v = mapGet(ops, m, field);
        // The library reports a null field of a plain object as absent: leave it to the library.
        if (json && (v === null || v === undefined)) refuse();
        if (v !== MISSING) ops.admit(v);
        return v !== MISSING;
      }
      if (km === 'other' || json) refuse();
      return err(`has() needs a map, got ${showValue(m)}`);
    },
    items(c) {
      const kc = ops.kind(c);
      if (kc === 'list') return c as unknown[];
      if (kc === 'map') return mapKeys(c);
      if (kc === 'other') refuse();
      return err(`cannot iterate over ${showValue(c)}`);
    },
  };
}

// ---- int mode (model checker) ---------------------------------------------------------------

function checkedInt(n: number): number {
  if (!Number.isSafeInteger(n)) err(`integer overflow (${n})`);
  return n + 0;
}

function ints(a: unknown, b: unknown, op: string): void {
  if (typeof a !== 'number' || typeof b !== 'number')
    err(`\`${op}\` needs ints, got ${showValue(a)} and ${showValue(b)}`);
}

const INT_OPS: Ops = (() => {
  const ops = {
    mode: 'int',
    kind(v: unknown): Kind {
      // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the default case handles the rest
      switch (typeof v) {
        case 'number':
          return 'int';
        case 'string':
          return 'string';
        case 'boolean':
          return 'bool';
        case 'object':
          if (v === null) return 'null';
          if (Array.isArray(v)) return 'list';
          if (v instanceof Map || isPlain(v) || isMapLike(v)) return 'map';
          return 'map';
        default:
          return 'other';
      }
    },
    admit: (v: unknown) => v,
    cmp(a: unknown, b: unknown): number {
      if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
      return ordered(ops.kind(a), ops.kind(b), a, b);
    },
    add(a: unknown, b: unknown): unknown {
      if (typeof a === 'number' && typeof b === 'number') return checkedInt(a + b);
      if (typeof a === 'string' && typeof b === 'string') return a + b;
      if (Array.isArray(a) && Array.isArray(b)) return (a as unknown[]).concat(b as unknown[]);
      return err(`\`+\` is not defined for ${showValue(a)} and ${showValue(b)}`);
    },
    sub(a: unknown, b: unknown): unknown {
      ints(a, b, '-');
      return checkedInt((a as number) - (b as number));
    },
    mul(a: unknown, b: unknown): unknown {
      ints(a, b, '*');
      return checkedInt((a as number) * (b as number));
    },
    div(a: unknown, b: unknown): unknown {
      ints(a, b, '/');
      if (b === 0) err('division by zero');
      return checkedInt(Math.trunc((a as number) / (b as number)));
    },
    mod(a: unknown, b: unknown): unknown {
      ints(a, b, '%');
      if (b === 0) err('modulus by zero');
      return checkedInt((a as number) % (b as number));
    },
    neg(a: unknown): unknown {
      if (typeof a !== 'number') err(`unary \`-\` needs an int, got ${showValue(a)}`);
      return checkedInt(-a);
    },
    intLiteral(v: bigint): unknown {
      const n = Number(v);
      if (!Number.isSafeInteger(n)) err(`integer literal ${v} is outside ±2^53`);
      return n;
    },
    isIntValue: (v: unknown) => typeof v === 'number',
    makeMap(keys: unknown[], vals: unknown[]): unknown {
      if (keys.every((k) => typeof k === 'string')) {
        const out: Record<string, unknown> = {};
        keys.forEach((k, i) => setProp(out, k, vals[i]));
        return out;
      }
      return new Map(keys.map((k, i) => [k, vals[i]]));
    },
  } as unknown as Ops;
  Object.assign(ops, { eq: makeEq(ops) }, structural(ops));
  return ops;
})();

// ---- json mode (invariant gate, runtime library) ----------------------------------------

function int64(n: bigint): bigint {
  if (n < INT64_MIN || n > INT64_MAX) err('int overflow');
  return n;
}

function arith(a: unknown, b: unknown, op: string): 'int' | 'double' {
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'bigint' && tb === 'bigint') return 'int';
  if (ta === 'number' && tb === 'number') return 'double';
  if (
    (ta === 'bigint' ||
      ta === 'number' ||
      ta === 'string' ||
      ta === 'boolean' ||
      a === null ||
      Array.isArray(a)) &&
    (tb === 'bigint' ||
      tb === 'number' ||
      tb === 'string' ||
      tb === 'boolean' ||
      b === null ||
      Array.isArray(b))
  )
    return err(`no such overload: ${showValue(a)} ${op} ${showValue(b)}`);
  return refuse();
}

const JSON_OPS: Ops = (() => {
  const ops = {
    mode: 'json',
    kind(v: unknown): Kind {
      // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the default case handles the rest
      switch (typeof v) {
        case 'number':
          return 'double';
        case 'bigint':
          return 'int';
        case 'string':
          return 'string';
        case 'boolean':
          return 'bool';
        case 'object':
          if (v === null) return 'null';
          if (Array.isArray(v)) return 'list';
          return Object.getPrototypeOf(v) === Object.prototype ? 'map' : 'other';
        default:
          return 'other';
      }
    },
    admit(v: unknown): unknown {
      // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the default case handles the rest
      switch (typeof v) {
        case 'number':
        case 'string':
        case 'boolean':
          return v;
        case 'bigint':
          return v >= INT64_MIN && v <= INT64_MAX ? v : refuse();
        case 'object':
          if (v === null || Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype)
            return v;
          return refuse();
        default:
          return refuse();
      }
    },
    cmp(a: unknown, b: unknown): number {
      const ta = typeof a;
      const tb = typeof b;
      if ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) {
        const x = Number(a);
        const y = Number(b);
        return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
      }
      const ka = ops.kind(a);
      const kb = ops.kind(b);
      if (ka === 'other' || kb === 'other') refuse();
      return ordered(ka, kb, a, b);
    },
    add(a: unknown, b: unknown): unknown {
      if (typeof a === 'string' && typeof b === 'string') return a + b;
      if (Array.isArray(a) && Array.isArray(b)) return (a as unknown[]).concat(b as unknown[]);
      return arith(a, b, '+') === 'int'
        ? int64((a as bigint) + (b as bigint))
        : (a as number) + (b as number);
    },
    sub(a: unknown, b: unknown): unknown {
      return arith(a, b, '-') === 'int'
        ? int64((a as bigint) - (b as bigint))
        : (a as number) - (b as number);
    },
    mul(a: unknown, b: unknown): unknown {
      return arith(a, b, '*') === 'int'
        ? int64((a as bigint) * (b as bigint))
        : (a as number) * (b as number);
    },
    div(a: unknown, b: unknown): unknown {
      if (arith(a, b, '/') === 'double') return (a as number) / (b as number);
      if (b === 0n) err('division by zero');
      if (a === INT64_MIN && b === -1n) err('int overflow');
      return (a as bigint) / (b as bigint);
    },
    mod(a: unknown, b: unknown): unknown {
      if (arith(a, b, '%') === 'double') return err('no such overload: double % double');
      if (b === 0n) err('modulus by zero');
      if (b === -1n) refuse();
      return (a as bigint) % (b as bigint);
    },
    neg(a: unknown): unknown {
      if (typeof a === 'number') return -a;
      if (typeof a === 'bigint') return int64(-a);
      return refuse();
    },
    intLiteral: (v: bigint) => v,
    isIntValue: (v: unknown) => typeof v === 'bigint',
    makeMap(keys: unknown[], vals: unknown[]): unknown {
      if (!keys.every((k) => typeof k === 'string') || new Set(keys).size !== keys.length) refuse();
      const out: Record<string, unknown> = {};
      keys.forEach((k, i) => setProp(out, k, vals[i]));
      return out;
    },
  } as unknown as Ops;
  Object.assign(ops, { eq: makeEq(ops) }, structural(ops));
  return ops;
})();
