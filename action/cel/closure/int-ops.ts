/**
 * The operations of int mode (the model checker): a JS `number` is a CEL `int`, exact within
 * ±2^53; an overflow is an evaluation error, never a silent wrap-around.
 */
import {
  err,
  kindOf,
  makeEq,
  ordered,
  setProp,
  showValue,
  structural,
  type Kind,
  type Ops,
} from './values.js';

function checkedInt(n: number): number {
  if (!Number.isSafeInteger(n)) err(`integer overflow (${n})`);
  return n + 0;
}

function ints(a: unknown, b: unknown, op: string): void {
  if (typeof a !== 'number' || typeof b !== 'number')
    err(`\`${op}\` needs ints, got ${showValue(a)} and ${showValue(b)}`);
}

/** The operations of int mode. */
export const INT_OPS: Ops = (() => {
  const ops = {
    mode: 'int',
    kind: (v: unknown): Kind => kindOf(v, 'int'),
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
