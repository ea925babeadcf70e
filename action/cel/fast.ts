/**
 * A fast path for the common shape of invariant predicates (`field <= other`, `a && b`,
 * `x in ['a', 'b']`, `s.startsWith('p')`, ...) over plain JSON-like bindings.
 *
 * The AST is compiled to JS closures that reproduce `@bufbuild/cel`'s semantics exactly for the
 * values they understand (strings, booleans, null, JS numbers as doubles, bigints as ints,
 * plain objects as maps) and give up — return {@link FALLBACK} — on anything else: a missing or
 * inherited field, another value type, a macro, an operator or function outside the subset, or
 * an operation that could fail (int arithmetic, division). On FALLBACK the caller evaluates the
 * whole expression with `@bufbuild/cel`, so errors and unusual types always get the library's
 * answer. The fast path never produces an answer the library would not; the conformance suite
 * and a differential property test check it.
 */
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';

/** Returned when the fast path cannot decide; evaluate with the library instead. */
export const FALLBACK: unique symbol = Symbol('cel-fallback');

type Value = unknown;
type Bindings = Readonly<Record<string, unknown>>;
type Node = (b: Bindings) => Value;

/**
 * Compiles a fast predicate, or returns `undefined` when the expression is outside the subset.
 * The predicate returns `true`, `false` or {@link FALLBACK}.
 */
export function compileFastPredicate(
  root: Expr,
): ((b: Bindings) => boolean | typeof FALLBACK) | undefined {
  const node = compileNode(root);
  if (node === undefined) return undefined;
  return (b) => {
    const v = node(b);
    return v === true || v === false ? v : FALLBACK;
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  // Null-prototype objects are not maps to the library: leave them to it.
  return Object.getPrototypeOf(v) === Object.prototype;
}

function compileNode(e: Expr): Node | undefined {
  const k = e.exprKind;
  switch (k.case) {
    case 'constExpr':
      return compileConst(k.value.constantKind);
    case 'identExpr': {
      const name = k.value.name;
      return (b) => {
        if (!Object.hasOwn(b, name)) return FALLBACK;
        const v = b[name];
        return acceptable(v) ? v : FALLBACK;
      };
    }
    case 'selectExpr': {
      if (k.value.operand === undefined) return undefined;
      const operand = compileNode(k.value.operand);
      if (operand === undefined) return undefined;
      const field = k.value.field;
      if (k.value.testOnly) {
        return (b) => {
          const o = operand(b);
          if (!isPlainObject(o)) return FALLBACK;
          if (!Object.hasOwn(o, field)) return false;
          // The library reports a null field as absent; leave null and undefined to it.
          const v = o[field];
          return v === undefined || v === null ? FALLBACK : true;
        };
      }
      return (b) => {
        const o = operand(b);
        if (!isPlainObject(o) || !Object.hasOwn(o, field)) return FALLBACK;
        const v = o[field];
        return acceptable(v) ? v : FALLBACK;
      };
    }
    case 'callExpr': {
      if (k.value.target !== undefined)
        return compileMethod(k.value.function, k.value.target, k.value.args);
      return compileCall(k.value.function, k.value.args);
    }
    case 'listExpr': // only as the right side of `in` (handled there)
    case 'structExpr':
    case 'comprehensionExpr':
    case undefined:
      return undefined;
  }
}

type Constant = Extract<Expr['exprKind'], { case: 'constExpr' }>['value']['constantKind'];

function compileConst(c: Constant): Node | undefined {
  switch (c.case) {
    case 'boolValue':
    case 'stringValue':
    case 'doubleValue':
    case 'int64Value': {
      const v: Value = c.value;
      return () => v;
    }
    case 'nullValue':
      return () => null;
    case 'bytesValue':
    case 'durationValue':
    case 'timestampValue':
    case 'uint64Value':
    case undefined:
      return undefined;
  }
}

/** Values the fast path reasons about; anything else goes to the library. */
function acceptable(v: unknown): boolean {
  const t = typeof v;
  return (
    t === 'number' ||
    t === 'string' ||
    t === 'boolean' ||
    t === 'bigint' ||
    v === null ||
    Array.isArray(v) ||
    isPlainObject(v)
  );
}

function compileCall(fn: string, args: readonly Expr[]): Node | undefined {
  if (fn === '_&&_' || fn === '_||_') {
    const parts = args.map(compileNode);
    if (parts.some((p) => p === undefined)) return undefined;
    const [l, r] = parts as [Node, Node];
    const stop = fn === '_||_';
    // CEL's commutative && / ||: a decisive operand wins even when the other is an error.
    return (b) => {
      const a = l(b);
      if (a === stop) return stop;
      const c = r(b);
      if (c === stop) return stop;
      if (a === !stop && c === !stop) return !stop;
      return FALLBACK;
    };
  }
  if (fn === '!_') {
    const x = args[0] === undefined ? undefined : compileNode(args[0]);
    if (x === undefined) return undefined;
    return (b) => {
      const v = x(b);
      return typeof v === 'boolean' ? !v : FALLBACK;
    };
  }
  if (fn === '_?_:_') {
    const parts = args.map(compileNode);
    if (parts.length !== 3 || parts.some((p) => p === undefined)) return undefined;
    const [c, t, f] = parts as [Node, Node, Node];
    return (b) => {
      const v = c(b);
      if (v === true) return t(b);
      if (v === false) return f(b);
      return FALLBACK;
    };
  }
  if (fn === '@in') return compileIn(args);
  const cmp = COMPARISONS[fn];
  if (cmp !== undefined) {
    const parts = args.map(compileNode);
    if (parts.length !== 2 || parts.some((p) => p === undefined)) return undefined;
    const [l, r] = parts as [Node, Node];
    return (b) => cmp(l(b), r(b));
  }
  const arith = ARITHMETIC[fn];
  if (arith !== undefined) {
    const parts = args.map(compileNode);
    if (parts.length !== 2 || parts.some((p) => p === undefined)) return undefined;
    const [l, r] = parts as [Node, Node];
    return (b) => {
      const x = l(b);
      const y = r(b);
      return typeof x === 'number' && typeof y === 'number' ? arith(x, y) : FALLBACK;
    };
  }
  return undefined;
}

/**
 * `x in [literal, ...]` (a list literal of strings: the common enum check) and `x in field`
 * where the field holds a JSON array.
 */
function compileIn(args: readonly Expr[]): Node | undefined {
  const [lhs, rhs] = args;
  if (lhs === undefined || rhs === undefined) return undefined;
  const x = compileNode(lhs);
  if (x === undefined) return undefined;
  if (rhs.exprKind.case === 'listExpr') {
    const items: string[] = [];
    for (const el of rhs.exprKind.value.elements) {
      const c = el.exprKind;
      if (c.case !== 'constExpr' || c.value.constantKind.case !== 'stringValue') return undefined;
      items.push(c.value.constantKind.value);
    }
    if (rhs.exprKind.value.optionalIndices.length > 0) return undefined;
    const set = new Set(items);
    return (b) => {
      const v = x(b);
      // Heterogeneous equality: a non-string never equals a string element.
      if (typeof v === 'string') return set.has(v);
      if (typeof v === 'boolean' || v === null) return false;
      return FALLBACK;
    };
  }
  const container = compileNode(rhs);
  if (container === undefined) return undefined;
  return (b) => {
    const v = x(b);
    const list = container(b);
    if (!Array.isArray(list) || v === FALLBACK) return FALLBACK;
    let undecided = false;
    for (let i = 0; i < list.length; i++) {
      const r = equal(v, list[i]);
      if (r === true) return true;
      if (r !== false) undecided = true;
    }
    return undecided ? FALLBACK : false;
  };
}

function compileMethod(fn: string, target: Expr, args: readonly Expr[]): Node | undefined {
  if (!['startsWith', 'endsWith', 'contains'].includes(fn) || args.length !== 1) return undefined;
  const t = compileNode(target);
  const a = compileNode(args[0]!);
  if (t === undefined || a === undefined) return undefined;
  return (b) => {
    const s = t(b);
    const p = a(b);
    if (typeof s !== 'string' || typeof p !== 'string') return FALLBACK;
    return fn === 'startsWith'
      ? s.startsWith(p)
      : fn === 'endsWith'
        ? s.endsWith(p)
        : s.includes(p);
  };
}

type Cmp = (l: Value, r: Value) => Value;

/** Ordering exactly as `@bufbuild/cel`'s std overloads compute it. */
function order(
  op: (a: number | bigint | string | boolean, b: number | bigint | string | boolean) => boolean,
): Cmp {
  return (l, r) => {
    const tl = typeof l;
    const tr = typeof r;
    if (tl === 'number' || tl === 'bigint') {
      if (tr === 'number' && tl === 'bigint') return op(Number(l), r as number);
      if (tr === 'bigint' && tl === 'number') return op(l as number, Number(r));
      if (tr === tl) return op(l as number, r as number);
      return FALLBACK;
    }
    if ((tl === 'string' || tl === 'boolean') && tr === tl) return op(l as string, r as string);
    return FALLBACK;
  };
}

function scalar(t: string, v: unknown): boolean {
  return t === 'string' || t === 'boolean' || v === null;
}

function equal(l: Value, r: Value): Value {
  if (l === FALLBACK || r === FALLBACK) return FALLBACK;
  const tl = typeof l;
  const tr = typeof r;
  const numL = tl === 'number' || tl === 'bigint';
  const numR = tr === 'number' || tr === 'bigint';
  // CEL compares int and double by value, as JS `==` does for number and bigint.
  if (numL && numR) return l == r;
  if (scalar(tl, l) && scalar(tr, r)) return l === r;
  if ((scalar(tl, l) && numR) || (numL && scalar(tr, r))) return false;
  return FALLBACK;
}

const COMPARISONS: Record<string, Cmp> = {
  '_<_': order((a, b) => a < b),
  '_<=_': order((a, b) => a <= b),
  '_>_': order((a, b) => a > b),
  '_>=_': order((a, b) => a >= b),
  '_==_': equal,
  '_!=_': (l, r) => {
    const v = equal(l, r);
    return typeof v === 'boolean' ? !v : v;
  },
};

// Double arithmetic only: int arithmetic can overflow (an error in CEL) and division by zero
// differs by type, so both go to the library.
const ARITHMETIC: Record<string, (a: number, b: number) => number> = {
  '_+_': (a, b) => a + b,
  '_-_': (a, b) => a - b,
  '_*_': (a, b) => a * b,
};
