/** Guards compiled to JavaScript source: one cohesive unit, the generator and its helpers. */
/*
 * Guards compiled to one JavaScript function instead of a tree of closures: the top of an
 * expression (`&&`, `||`, `!`, `? :`, comparisons, equality) becomes JavaScript operators over
 * bit reads at offsets known when the guard is compiled (a specialised tuple's `req[p][p]`,
 * `size(network[q][p])`, `x in crit`), and every other sub-expression stays the general
 * compiler's closure, called from the function. The semantics are the closures': an operator is
 * written as a JavaScript operator only where both agree (operands that are certainly bools or
 * numbers, a left side that cannot fail), else the general closure of that node is called.
 *
 * The spec comes from an untrusted head, so nothing it wrote reaches the source text: constants,
 * strings, names and closures are passed in as numbered arguments, and the only numbers written
 * into the source are offsets, widths, masks and indices computed here and checked to be safe
 * integers. Where the runtime refuses to compile source (code generation disabled), the caller
 * keeps the closures.
 */
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import { MaestroError } from '../../contract/errors.js';
import {
  CelRuntimeError,
  opsFor,
  quantifierOf,
  showValue,
  step,
  withBudget,
  type BudgetLimits,
  type CelT,
  type Compiled,
} from '../../cel/closure/index.js';
import { BoolType, EnumType, IntType } from './domain.js';
import type { Closure, Env, NameScope } from './expr.js';

/**
 * An offset known when the path is compiled, valid once each listed sequence length field
 * (`head` of that sequence) is non-zero; a zero one is `head of an empty sequence`.
 */
export interface StaticOffset {
  off: number;
  heads: { off: number; width: number }[];
}

/**
 * What a read at a static offset is, attached to its closure as `note`: an int (`lo` + bits),
 * a bool bit, an enum index, a sequence's length, or a set member's bit.
 */
export type BitRead =
  | { kind: 'int'; at: StaticOffset; width: number; lo: number }
  | { kind: 'bool'; at: StaticOffset }
  | { kind: 'enum'; at: StaticOffset; width: number; names: readonly string[] }
  | { kind: 'size'; at: StaticOffset; width: number }
  | { kind: 'member'; at: StaticOffset };

/** Largest bit offset written into source (far beyond any packed state). */
const MAX_OFFSET = 2 ** 40;

/** 0: cannot throw; 1: may throw a budget error only (`step`); 2: may throw anything. */
type Throws = 0 | 1 | 2;

const worst = (...t: Throws[]): Throws => Math.max(0, ...t) as Throws;

/** What one node compiled to: its source, what its value certainly is, and whether it can fail. */
interface Code {
  src: string;
  /** `bool`/`num`: the value is certainly a JS boolean / number; `any`: not known. */
  kind: 'bool' | 'num' | 'any';
  /** What evaluating it may throw: nothing, only budget errors, or any error. */
  throws: Throws;
  /** The static CEL type of the node (for the equality rule of the general compiler). */
  t: CelT;
  /** A constant string (compared against an enum read by index). */
  str?: string;
  /** An enum read: its index's source (heads checked) and names. */
  enumRead?: { index: string; names: readonly string[] };
  /** True for a call of the general closure of the node. */
  leaf?: true;
}

/** What generating needs: the root, the general compiler at the top level, and the names. */
export interface GuardSourceInput {
  expr: Expr;
  compile: (e: Expr) => Compiled<Env>;
  scope: NameScope;
  /** The budget the general closure runs under (it has loops), else undefined. */
  budget: BudgetLimits | undefined;
  /** Runs `f`; true when a constant part with a loop was folded while it ran. */
  foldsLoops: (f: () => void) => boolean;
}

/** Most items of a constant range an `all`/`exists` is unrolled over. */
const MAX_UNROLLED = 64;

const INT_OPS = opsFor('int');

function safe(n: number): string {
  if (!Number.isSafeInteger(n) || Math.abs(n) > MAX_OFFSET || Object.is(n, -0))
    throw notWritable('not a safe integer for generated source');
  return n < 0 ? `(${String(n)})` : String(n);
}

/** The source reading `width` bits at bit `off` of `s` (as `getBits` does), as a uint. */
function bitsAt(off: number, width: number): string {
  if (width === 0) return '0';
  if (width > 32 || width < 0) throw notWritable('bit width out of range');
  const w = off >>> 5;
  const b = off & 31;
  if (b + width <= 32) {
    if (width === 32) return `s[${safe(w)}]`;
    const mask = safe(2 ** width - 1);
    return b === 0 ? `(s[${safe(w)}] & ${mask})` : `((s[${safe(w)}] >>> ${safe(b)}) & ${mask})`;
  }
  const joined = `((s[${safe(w)}] >>> ${safe(b)}) | (s[${safe(w + 1)}] << ${safe(32 - b)}))`;
  return width === 32 ? `(${joined} >>> 0)` : `(${joined} & ${safe(2 ** width - 1)})`;
}

/** One tuple's guard: generated from its expression, its closure called, or always enabled. */
export type GuardPart =
  | { kind: 'source'; input: GuardSourceInput; closure: Closure }
  | { kind: 'closure'; closure: Closure }
  /** A guard that folded to `false`: the tuple is never enabled. */
  | { kind: 'never'; closure: Closure }
  | { kind: 'always' };

/**
 * One function `(env, t)` evaluating tuple `t`'s guard (a `switch` over the tuples, so one
 * function warms up per action instead of one per tuple), or undefined when no tuple's guard
 * was generated (the closures serve).
 */
export function guardSwitch(
  parts: readonly GuardPart[],
): ((env: Env, t: number) => unknown) | undefined {
  const closures: unknown[] = [];
  const arg = (value: unknown): string => {
    closures.push(value);
    return `a${closures.length - 1}`;
  };
  let anyGenerated = false;
  const inner: string[] = [];
  let switchTemps = 0;
  const cases = parts.map((part, t) => {
    let src: string | undefined;
    if (part.kind === 'always') src = 'true';
    else if (part.kind === 'never') {
      src = 'false';
      anyGenerated = true;
    } else {
      if (part.kind === 'source') {
        const mark = closures.length;
        const out = expressionSource(part.input, arg);
        if (out === undefined) closures.length = mark;
        else {
          anyGenerated = true;
          const budget = part.input.budget;
          if (budget === undefined) {
            src = out.src;
            switchTemps = Math.max(switchTemps, out.temps);
          } else {
            // Loops charge the budget as the general closure's do: under its own evaluation.
            const g = `g${safe(t)}`;
            inner.push(
              `const ${g} = function (env) { const s = env.s; ${temps(out.temps)} return ${out.src}; };`,
            );
            src = `${arg(withBudget)}(${arg(budget)}, ${g}, env)`;
          }
        }
      }
      src ??= `${arg(part.closure)}(env)`;
    }
    return `case ${safe(t)}: return ${src};`;
  });
  if (!anyGenerated) return undefined;
  const unknownTuple = arg(noSuchTuple);
  const params = closures.map((_, i) => `a${i}`);
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- see the module comment
    const make = new Function(
      ...params,
      `"use strict"; ${inner.join(' ')} return function guards(env, t) { const s = env.s; ${temps(switchTemps)} switch (t) { ${cases.join(' ')} default: return ${unknownTuple}(); } };`,
    ) as (...a: unknown[]) => (env: Env, t: number) => unknown;
    return make(...closures);
  } catch {
    // Code generation is disabled in this runtime: the closures serve.
    return undefined;
  }
}

/** One expression as a generated function of the environment, or undefined (see guardSwitch). */
export function expressionFunction(input: GuardSourceInput, closure: Closure): Closure | undefined {
  const f = guardSwitch([{ kind: 'source', input, closure }]);
  return f === undefined ? undefined : (env) => f(env, 0);
}

function temps(n: number): string {
  if (n === 0) return '';
  return `let ${Array.from({ length: n }, (_, i) => `r${i}`).join(', ')};`;
}

/**
 * The source of one expression (its constants and closures passed through `arg`), or undefined
 * when it cannot be written or nothing would be gained.
 */
function expressionSource(
  input: GuardSourceInput,
  arg: (value: unknown) => string,
): { src: string; temps: number } | undefined {
  let tempCount = 0;
  const withHeads = (at: StaticOffset, value: string): string => {
    if (at.heads.length === 0) return value;
    const eh = arg(emptyHead);
    const tests = at.heads.map((h) => `${bitsAt(h.off, h.width)} === 0 ? ${eh}() : `).join('');
    return `(${tests}${value})`;
  };

  const leaf = (c: Compiled<Env>): Code => ({
    src: `${arg(c.fn)}(env)`,
    kind: 'any',
    throws: 2,
    t: c.t,
    leaf: true,
  });

  const constant = (value: unknown, t: CelT): Code => {
    if (typeof value === 'boolean') return { src: String(value), kind: 'bool', throws: 0, t };
    if (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0))
      return { src: safe(value), kind: 'num', throws: 0, t };
    const code: Code = { src: arg(value), kind: 'any', throws: 0, t };
    if (typeof value === 'string') code.str = value;
    return code;
  };

  const read = (r: BitRead, t: CelT): Code => {
    if (!(r.at.off >= 0) || r.at.off > MAX_OFFSET) throw notWritable('offset out of range');
    const throws: Throws = r.at.heads.length === 0 ? 0 : 2;
    switch (r.kind) {
      case 'int': {
        const bits = bitsAt(r.at.off, r.width);
        const value = r.lo === 0 ? bits : `(${safe(r.lo)} + ${bits})`;
        return { src: withHeads(r.at, value), kind: 'num', throws, t };
      }
      case 'size':
        return { src: withHeads(r.at, bitsAt(r.at.off, r.width)), kind: 'num', throws, t };
      case 'bool':
      case 'member':
        return {
          src: withHeads(r.at, `(${bitsAt(r.at.off, 1)} === 1)`),
          kind: 'bool',
          throws,
          t,
        };
      case 'enum': {
        const index = withHeads(r.at, bitsAt(r.at.off, r.width));
        return {
          src: `${arg(r.names)}[${index}]`,
          kind: 'any',
          throws,
          t,
          enumRead: { index, names: r.names },
        };
      }
    }
  };

  /** A state variable read whole, when it is a scalar at a known offset. */
  const varRead = (e: Expr, c: Compiled<Env>): Code | undefined => {
    if (e.exprKind.case !== 'identExpr') return undefined;
    const b = input.scope.lookup(e.exprKind.value.name);
    if (b?.kind !== 'var' || b.offset === undefined) return undefined;
    const at = { off: b.offset, heads: [] };
    const type = b.type;
    if (type instanceof IntType)
      return read({ kind: 'int', at, width: type.bits, lo: type.lo }, c.t);
    if (type instanceof BoolType) return read({ kind: 'bool', at }, c.t);
    if (type instanceof EnumType)
      return read({ kind: 'enum', at, width: type.bits, names: type.names }, c.t);
    return undefined;
  };

  const gen = (e: Expr): Code => {
    const c = input.compile(e);
    if (c.known !== undefined) return constant(c.known.value, c.t);
    if (c.note !== undefined) return read(c.note as BitRead, c.t);
    const v = varRead(e, c);
    if (v !== undefined) return v;
    const k = e.exprKind;
    if (k.case === 'comprehensionExpr') return unrolled(k.value, c) ?? leaf(c);
    if (k.case !== 'callExpr' || k.value.target !== undefined) return leaf(c);
    const args = k.value.args;
    const fn = k.value.function;
    if ((fn === '_&&_' || fn === '_||_') && args.length === 2) {
      const l = gen(args[0]!);
      // A left side that may fail, or may not be a bool, keeps CEL's commutative logic.
      // (A budget error is never absorbed: it passes `&&` and `||` as a JavaScript throw does.)
      if (l.kind !== 'bool' || l.throws === 2) return leaf(c);
      const r = gen(args[1]!);
      const right = r.kind === 'bool' ? r.src : `${arg(logical)}(${r.src})`;
      return {
        src: `(${l.src} ${fn === '_&&_' ? '&&' : '||'} ${right})`,
        kind: 'bool',
        throws: worst(l.throws, r.kind === 'bool' ? r.throws : 2),
        t: c.t,
      };
    }
    if (fn === '!_' && args.length === 1) {
      const x = gen(args[0]!);
      const src = x.kind === 'bool' ? x.src : `${arg(notOperand)}(${x.src})`;
      return { src: `(!${src})`, kind: 'bool', throws: x.kind === 'bool' ? x.throws : 2, t: c.t };
    }
    if (fn === '_?_:_' && args.length === 3) {
      const cond = gen(args[0]!);
      const a = gen(args[1]!);
      const b = gen(args[2]!);
      const test = cond.kind === 'bool' ? cond.src : `${arg(condition)}(${cond.src})`;
      return {
        src: `(${test} ? ${a.src} : ${b.src})`,
        kind: a.kind === b.kind ? a.kind : 'any',
        throws: worst(cond.kind === 'bool' ? cond.throws : 2, a.throws, b.throws),
        t: c.t,
      };
    }
    if ((fn === '_==_' || fn === '_!=_') && args.length === 2) {
      const a = gen(args[0]!);
      const b = gen(args[1]!);
      const neg = fn === '_!=_';
      // The general compiler's rule: typed scalars of one type compare by identity.
      const scalar = a.t.k === b.t.k && (a.t.k === 'string' || a.t.k === 'bool' || a.t.k === 'int');
      if (!scalar) {
        const src = `${arg(INT_OPS.eq)}(${a.src}, ${b.src})`;
        return { src: neg ? `(!${src})` : src, kind: 'bool', throws: 2, t: c.t };
      }
      const [e1, s1] = a.enumRead !== undefined && b.str !== undefined ? [a, b.str] : [b, a.str];
      if (e1.enumRead !== undefined && s1 !== undefined) {
        // An enum read against a constant name: compare indices.
        const i = e1.enumRead.names.indexOf(s1);
        if (i >= 0)
          return {
            src: `(${e1.enumRead.index} ${neg ? '!==' : '==='} ${safe(i)})`,
            kind: 'bool',
            throws: e1.throws,
            t: c.t,
          };
      }
      return {
        src: `(${a.src} ${neg ? '!==' : '==='} ${b.src})`,
        kind: 'bool',
        throws: worst(a.throws, b.throws),
        t: c.t,
      };
    }
    const order = ORDER[fn];
    if (order !== undefined && args.length === 2) {
      const a = gen(args[0]!);
      const b = gen(args[1]!);
      if (a.kind === 'num' && b.kind === 'num')
        return {
          src: `(${a.src} ${order.op} ${b.src})`,
          kind: 'bool',
          throws: worst(a.throws, b.throws),
          t: c.t,
        };
      return {
        src: `${arg(order.general)}(${a.src}, ${b.src})`,
        kind: 'bool',
        throws: 2,
        t: c.t,
      };
    }
    return leaf(c);
  };

  /**
   * `all`/`exists` over a constant list, one copy of the predicate per item with the item
   * written in for the variable: each iteration charges one budget step, and a deciding one the
   * step of the next item too, as the loop does (`macros.ts`).
   */
  const unrolled = (
    q: Extract<Expr['exprKind'], { case: 'comprehensionExpr' }>['value'],
    c: Compiled<Env>,
  ): Code | undefined => {
    const quantifier = quantifierOf(q);
    if (quantifier === undefined || q.iterRange === undefined || input.budget === undefined)
      return undefined;
    const range = input.compile(q.iterRange);
    const items = range.known?.value;
    if (!Array.isArray(items) || items.length > MAX_UNROLLED) return undefined;
    const elemT = range.t.k === 'list' ? range.t.elem.k : undefined;
    const preds: Code[] = [];
    for (const item of items) {
      const lit = literalOf(item, elemT, q.iterVar);
      if (lit === undefined) return undefined;
      const body = substituted(quantifier.pred, q.iterVar, q.accuVar, lit);
      if (body === undefined) return undefined;
      let code: Code | undefined;
      const folded = input.foldsLoops(() => {
        code = gen(body);
      });
      if (folded || code === undefined) return undefined;
      preds.push(code);
    }
    const stop = quantifier.stopOn;
    const st = arg(step);
    const lb = arg(logical);
    let src = String(!stop);
    for (let i = preds.length - 1; i >= 0; i--) {
      const p = preds[i]!;
      const r = `r${tempCount++}`;
      const decided = i + 1 < preds.length ? `(${st}(), ${String(stop)})` : String(stop);
      const checked = p.kind === 'bool' ? src : `(${lb}(${r}), ${src})`;
      src = `(${st}(), (${r} = ${p.src}) === ${String(stop)} ? ${decided} : ${checked})`;
    }
    return {
      src,
      kind: 'bool',
      throws: worst(1, ...preds.map((p) => (p.kind === 'bool' ? p.throws : 2))),
      t: c.t,
    };
  };

  let root: Code;
  try {
    root = gen(input.expr);
  } catch {
    // A number that is not a safe integer, or a part the compiler declines at this depth:
    // the general closures serve.
    return undefined;
  }
  return root.leaf === true ? undefined : { src: root.src, temps: tempCount };
}

/** A part that cannot be written as source; the generator leaves the expression to its closures. */
function notWritable(what: string): MaestroError {
  return new MaestroError('MC_INTERNAL_ERROR', `internal: guard source: ${what}`);
}

function noSuchTuple(): never {
  throw new MaestroError('MC_INTERNAL_ERROR', 'internal: a guard was asked for an unknown tuple');
}

function emptyHead(): never {
  throw new CelRuntimeError('head of an empty sequence');
}

function boolOf(v: unknown, what: string): boolean {
  if (typeof v !== 'boolean')
    throw new CelRuntimeError(`${what} must be a bool, got ${showValue(v)}`);
  return v;
}

function logical(v: unknown): boolean {
  return boolOf(v, 'a logical operand');
}

function notOperand(v: unknown): boolean {
  return boolOf(v, 'the operand of `!`');
}

function condition(v: unknown): boolean {
  return boolOf(v, 'the condition of `? :`');
}

/** The general compiler's ordering: numbers directly, anything else through `cmp`. */
const ORDER: Record<string, { op: string; general: (x: unknown, y: unknown) => boolean }> = {
  '_<_': {
    op: '<',
    general: (x, y) =>
      typeof x === 'number' && typeof y === 'number' ? x < y : INT_OPS.cmp(x, y) < 0,
  },
  '_<=_': {
    op: '<=',
    general: (x, y) =>
      typeof x === 'number' && typeof y === 'number' ? x <= y : INT_OPS.cmp(x, y) <= 0,
  },
  '_>_': {
    op: '>',
    general: (x, y) =>
      typeof x === 'number' && typeof y === 'number' ? x > y : INT_OPS.cmp(x, y) > 0,
  },
  '_>=_': {
    op: '>=',
    general: (x, y) =>
      typeof x === 'number' && typeof y === 'number' ? x >= y : INT_OPS.cmp(x, y) >= 0,
  },
};

/** A literal node for `value` where the loop variable was, when its type is the range's. */
function literalOf(value: unknown, elemK: string | undefined, name: string): Expr | undefined {
  let constantKind;
  if (
    typeof value === 'number' &&
    elemK === 'int' &&
    Number.isSafeInteger(value) &&
    !Object.is(value, -0)
  )
    constantKind = { case: 'int64Value', value: BigInt(value) };
  else if (typeof value === 'string' && elemK === 'string')
    constantKind = { case: 'stringValue', value };
  else if (typeof value === 'boolean' && elemK === 'bool')
    constantKind = { case: 'boolValue', value };
  else return undefined;
  void name;
  return {
    $typeName: 'cel.expr.Expr',
    id: 0n,
    exprKind: { case: 'constExpr', value: { $typeName: 'cel.expr.Constant', constantKind } },
  } as unknown as Expr;
}

/**
 * `e` with every free occurrence of `name` replaced by `lit`; undefined when a nested macro
 * binds `name` or `accu` again, or `accu` occurs (nothing is then written in).
 */
function substituted(e: Expr, name: string, accu: string, lit: Expr): Expr | undefined {
  const k = e.exprKind;
  const sub = (x: Expr | undefined): Expr | undefined | null =>
    x === undefined ? null : substituted(x, name, accu, lit);
  switch (k.case) {
    case 'constExpr':
      return e;
    case 'identExpr':
      if (k.value.name === accu) return undefined;
      return k.value.name === name ? { ...lit, id: e.id } : e;
    case 'selectExpr': {
      const operand = sub(k.value.operand);
      if (operand === undefined) return undefined;
      return {
        ...e,
        exprKind: { case: 'selectExpr', value: { ...k.value, operand: operand ?? undefined } },
      };
    }
    case 'callExpr': {
      const target = sub(k.value.target);
      if (target === undefined) return undefined;
      const args: Expr[] = [];
      for (const a of k.value.args) {
        const x = substituted(a, name, accu, lit);
        if (x === undefined) return undefined;
        args.push(x);
      }
      return {
        ...e,
        exprKind: { case: 'callExpr', value: { ...k.value, target: target ?? undefined, args } },
      };
    }
    case 'listExpr': {
      const elements: Expr[] = [];
      for (const a of k.value.elements) {
        const x = substituted(a, name, accu, lit);
        if (x === undefined) return undefined;
        elements.push(x);
      }
      return { ...e, exprKind: { case: 'listExpr', value: { ...k.value, elements } } };
    }
    case 'comprehensionExpr': {
      const c = k.value;
      if (c.iterVar === name || c.accuVar === name || c.iterVar2 !== '') return undefined;
      // Inside the loop, an accumulator of the same name is the nested macro's own.
      const innerAccu = c.accuVar === accu ? '' : accu;
      const subInner = (x: Expr | undefined): Expr | undefined | null =>
        x === undefined ? null : substituted(x, name, innerAccu, lit);
      const parts = [
        sub(c.iterRange),
        sub(c.accuInit),
        subInner(c.loopCondition),
        subInner(c.loopStep),
        subInner(c.result),
      ];
      if (parts.some((x) => x === undefined)) return undefined;
      const [iterRange, accuInit, loopCondition, loopStep, result] = parts.map(
        (x) => x ?? undefined,
      );
      return {
        ...e,
        exprKind: {
          case: 'comprehensionExpr',
          value: { ...c, iterRange, accuInit, loopCondition, loopStep, result },
        },
      };
    }
    case 'structExpr':
    case undefined:
      // Record literals are left to the loop.
      return undefined;
  }
}
