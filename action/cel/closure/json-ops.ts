/**
 * The operations of json mode (the invariant gate, the runtime library): a JS `number` is a
 * CEL `double`, a `bigint` a CEL `int` (64-bit, overflow is an error), exactly as
 * `@bufbuild/cel` binds them; what it does not reproduce exactly it refuses.
 */
import {
  err,
  kindOf,
  makeEq,
  ordered,
  refuse,
  setProp,
  showValue,
  structural,
  type Kind,
  type Ops,
} from './values.js';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

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

/** The operations of json mode. */
export const JSON_OPS: Ops = (() => {
  const ops = {
    mode: 'json',
    kind: (v: unknown): Kind => kindOf(v, 'json'),
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
      // Two ints compare exactly; an int against a double compares as doubles, as the library does.
      if (ta === 'bigint' && tb === 'bigint')
        return (a as bigint) < (b as bigint) ? -1 : (a as bigint) > (b as bigint) ? 1 : 0;
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
