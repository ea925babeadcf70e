/** Runtime values of spec types that are not plain JSON, and how values are shown. */
import type { FiniteType } from './finite-type.js';

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
