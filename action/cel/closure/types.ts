/**
 * Static types of the closure compiler. `dyn` is unknown and checked when the closure runs.
 * `record` is a map with known string keys (a spec's record type or a `{'k': v}` literal).
 */

/** The static type of an expression. */
export type CelT =
  | { k: 'bool' }
  | { k: 'int' }
  | { k: 'double' }
  | { k: 'string' }
  | { k: 'null' }
  | { k: 'list'; elem: CelT }
  | { k: 'map'; key: CelT; val: CelT }
  | { k: 'record'; fields: Map<string, CelT>; partial: boolean }
  | { k: 'dyn' };

/** `bool`. */
export const BOOL: CelT = { k: 'bool' };
/** `int`. */
export const INT: CelT = { k: 'int' };
/** `double`. */
export const DOUBLE: CelT = { k: 'double' };
/** `string`. */
export const STRING: CelT = { k: 'string' };
/** `null_type`. */
export const NULL: CelT = { k: 'null' };
/** Unknown until evaluation. */
export const DYN: CelT = { k: 'dyn' };

/** A list of `elem`. */
export function listOf(elem: CelT): CelT {
  return { k: 'list', elem };
}

/** A map from `key` to `val`. */
export function mapOf(key: CelT, val: CelT): CelT {
  return { k: 'map', key, val };
}

/** The common type of several (records merge their fields; anything else unequal is `dyn`). */
export function joinTypes(ts: readonly CelT[]): CelT {
  if (ts.length === 0) return DYN;
  const first = ts[0]!;
  if (ts.every((t) => t.k === 'record') && first.k === 'record') {
    const fields = new Map<string, CelT>();
    let partial = false;
    const all = ts.filter((t): t is Extract<CelT, { k: 'record' }> => t.k === 'record');
    for (const r of all) {
      for (const [n, ft] of r.fields) {
        const prev = fields.get(n);
        fields.set(n, prev === undefined ? ft : sameType(prev, ft) ? prev : DYN);
      }
    }
    for (const r of all) if (r.fields.size !== fields.size || r.partial) partial = true;
    return { k: 'record', fields, partial };
  }
  return ts.every((t) => sameType(t, first)) ? first : DYN;
}

/** Structural type equality (record fields are not compared). */
export function sameType(a: CelT, b: CelT): boolean {
  if (a.k !== b.k) return false;
  if (a.k === 'list' && b.k === 'list') return sameType(a.elem, b.elem);
  if (a.k === 'map' && b.k === 'map') return sameType(a.key, b.key) && sameType(a.val, b.val);
  return true;
}

/** True for `int` and `double` (CEL compares them by value). */
export function isNumeric(t: CelT): boolean {
  return t.k === 'int' || t.k === 'double';
}

/** True when values of the two types can ever be equal or ordered against each other. */
export function compatible(a: CelT, b: CelT): boolean {
  if (a.k === 'dyn' || b.k === 'dyn') return true;
  const mapLike = (t: CelT): boolean => t.k === 'map' || t.k === 'record';
  if (mapLike(a) && mapLike(b)) return true;
  if (isNumeric(a) && isNumeric(b)) return true;
  if (a.k !== b.k) return false;
  if (a.k === 'list' && b.k === 'list') return compatible(a.elem, b.elem);
  return true;
}

/** Renders a static type for messages. */
export function typeName(t: CelT): string {
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the default case handles the rest
  switch (t.k) {
    case 'list':
      return `list(${typeName(t.elem)})`;
    case 'map':
      return `map(${typeName(t.key)}, ${typeName(t.val)})`;
    case 'record':
      return `record{${[...t.fields.keys()].join(', ')}}`;
    case 'null':
      return 'null_type';
    default:
      return t.k;
  }
}
