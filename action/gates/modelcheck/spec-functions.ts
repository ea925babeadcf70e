/**
 * The spec language's extension functions, registered with the shared CEL closure compiler:
 * TLA+'s floored `mod(a, b)` (its `%`) and the sequence operators `head(s)`, `tail(s)`,
 * `append(s, x)` and `subseq(s, m, n)` (TLA+'s `Head`, `Tail`, `Append`, `SubSeq`, with its
 * 1-based inclusive bounds). Each is pure, reports a domain error with `CelRuntimeError` and
 * charges the cost budget for the elements it copies.
 */
import {
  CelRuntimeError,
  DYN,
  INT,
  listOf,
  type CelT,
  type FunctionRegistry,
} from '../../cel/closure/index.js';

const isInt = (t: CelT): boolean => t.k === 'int' || t.k === 'dyn';
const isList = (t: CelT): boolean => t.k === 'list' || t.k === 'dyn';
const elemOf = (t: CelT): CelT => (t.k === 'list' ? t.elem : DYN);

function list(v: unknown, fn: string): unknown[] {
  if (!Array.isArray(v)) throw new CelRuntimeError(`${fn} needs a list`);
  return v;
}

/** The functions every spec expression may call. */
export const SPEC_FUNCTIONS: FunctionRegistry = {
  mod: {
    arity: 2,
    type: (a) => (a.every(isInt) ? INT : 'mod(a, b) takes two ints'),
    impl: ([a, b]) => {
      const x = a as number;
      const y = b as number;
      if (y <= 0) throw new CelRuntimeError(`mod(${x}, ${y}): the divisor must be positive`);
      return ((x % y) + y) % y;
    },
  },
  head: {
    arity: 1,
    receiver: true,
    type: ([s]) => (isList(s!) ? elemOf(s!) : 'head(s) takes a list'),
    impl: ([s]) => {
      const l = list(s, 'head');
      if (l.length === 0) throw new CelRuntimeError('head of an empty sequence');
      return l[0];
    },
  },
  tail: {
    arity: 1,
    receiver: true,
    type: ([s]) => (isList(s!) ? s! : 'tail(s) takes a list'),
    impl: ([s], ctx) => {
      const l = list(s, 'tail');
      if (l.length === 0) throw new CelRuntimeError('tail of an empty sequence');
      ctx.charge(l.length);
      return l.slice(1);
    },
  },
  append: {
    arity: 2,
    receiver: true,
    type: ([s, x]) =>
      isList(s!) ? (s!.k === 'list' ? s! : listOf(x!)) : 'append(s, x) takes a list',
    impl: ([s, x], ctx) => {
      const l = list(s, 'append');
      ctx.charge(l.length + 1);
      return [...l, x];
    },
  },
  subseq: {
    arity: 3,
    receiver: true,
    type: ([s, m, n]) =>
      isList(s!) && isInt(m!) && isInt(n!) ? s! : 'subseq(s, m, n) takes a list and two ints',
    impl: ([s, m, n], ctx) => {
      const l = list(s, 'subseq');
      const from = m as number;
      const to = n as number;
      if (to < from) return [];
      if (from < 1 || to > l.length)
        throw new CelRuntimeError(
          `subseq(s, ${from}, ${to}) is outside a sequence of length ${l.length} (bounds are 1-based)`,
        );
      ctx.charge(to - from + 1);
      return l.slice(from - 1, to);
    },
  },
};
