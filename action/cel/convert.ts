/** Conversions between plain JS values and CEL values (results out, JSON-like inputs in). */
import { isCelList, isCelMap, isCelUint } from '@bufbuild/cel';

/** Short human description of a CEL value, for error messages. */
export function describeCelValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'bigint') return `the int ${value}`;
  if (typeof value === 'number') return `the double ${value}`;
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (isCelUint(value)) return `the uint ${value.value}`;
  if (isCelList(value)) return `a list of ${value.size}`;
  if (isCelMap(value)) return `a map of ${value.size}`;
  if (value instanceof Uint8Array) return 'bytes';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/**
 * Converts a CEL value to plain JS: `int`/`uint` → `bigint`, `double` → `number`, list → array,
 * map → plain object with a null prototype (all keys strings) or `Map` (other keys), other
 * values unchanged.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isCelUint(value)) return value.value;
  if (isCelList(value)) {
    const out: unknown[] = [];
    for (const v of value) out.push(toPlain(v));
    return out;
  }
  if (isCelMap(value)) {
    const entries = [...value.entries()];
    if (entries.every(([k]) => typeof k === 'string')) {
      const out = Object.create(null) as Record<string, unknown>;
      for (const [k, v] of entries) out[k as string] = toPlain(v);
      return out;
    }
    return new Map(entries.map(([k, v]) => [isCelUint(k) ? k.value : k, toPlain(v)]));
  }
  return value;
}

/** Options of {@link toCelInput}. */
export interface CelInputOptions {
  /** `double` (default): every number stays a CEL double. `int`: safe integers become CEL ints. */
  integers?: 'double' | 'int';
}

/**
 * Prepares a JSON-like value for binding: with `integers: 'int'`, every safe-integer `number`
 * (recursively, in arrays and plain objects) becomes a `bigint` so CEL sees an `int`.
 */
export function toCelInput(value: unknown, opts: CelInputOptions = {}): unknown {
  if (opts.integers !== 'int') return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'number') return Number.isSafeInteger(v) ? BigInt(v) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value);
}
