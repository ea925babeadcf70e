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
 * This file holds what both modes share (kinds, equality, ordering, containers); the number
 * arithmetic of each mode is in `int-ops.ts` and `json-ops.ts`, chosen by `opsFor`.
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

/** True for a plain object (either prototype a JSON object or a null-prototype one can have). */
function isPlain(v: object): boolean {
  const p: unknown = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

/**
 * The runtime kind of `v` in `mode`. A JS number is an `int` in int mode and a `double` in
 * json mode, where a bigint is the `int`. In int mode every object that is not a list is a
 * map (plain objects, `Map`s, the checker's function values); in json mode only a plain
 * object is, as the library binds it, and anything else is `other` (refused).
 */
export function kindOf(v: unknown, mode: NumberMode): Kind {
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the default case handles the rest
  switch (typeof v) {
    case 'number':
      return mode === 'int' ? 'int' : 'double';
    case 'bigint':
      return mode === 'json' ? 'int' : 'other';
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'object':
      if (v === null) return 'null';
      if (Array.isArray(v)) return 'list';
      return mode === 'int' || Object.getPrototypeOf(v) === Object.prototype ? 'map' : 'other';
    default:
      return 'other';
  }
}

/** A short rendering of a value for messages. */
export function showValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (v !== null && typeof v === 'object') return 'a map';
  return String(v);
}

/** Shared by both modes (see `int-ops.ts`, `json-ops.ts`). */
export function err(message: string): never {
  throw new CelRuntimeError(message);
}

/** Shared by both modes (see `int-ops.ts`, `json-ops.ts`). */
export function refuse(): never {
  throw REFUSED;
}

/** Shared by both modes (see `int-ops.ts`, `json-ops.ts`). */
export function setProp(out: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__')
    Object.defineProperty(out, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else out[k] = v;
}

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

/** Shared by both modes (see `int-ops.ts`, `json-ops.ts`). */
export function makeEq(ops: Ops): (a: unknown, b: unknown) => boolean {
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

/** Shared by both modes (see `int-ops.ts`, `json-ops.ts`). */
export function ordered(ka: Kind, kb: Kind, a: unknown, b: unknown): number {
  if (ka === 'string' && kb === 'string')
    return (a as string) < (b as string) ? -1 : a === b ? 0 : 1;
  if (ka === 'bool' && kb === 'bool') return Number(a) - Number(b);
  err(`cannot order ${showValue(a)} and ${showValue(b)}`);
}

/** Shared by both modes (see `int-ops.ts`, `json-ops.ts`). */
export function structural(
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
      if (kc === 'map') {
        const v = mapGet(ops, c, x);
        // As with `has`: the library reports a key of a plain object whose value is null or
        // undefined as absent, so leave that one to the library.
        if (json && (v === null || v === undefined)) refuse();
        return v !== MISSING;
      }
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
