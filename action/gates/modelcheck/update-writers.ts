/**
 * Update writers: an update such as `tail(network[q][p])`, `append(network[s][r], m)`,
 * `ack[p] + [q]`, `c ? a : b` or a record literal writes its bits straight into the successor,
 * copying from the current state's words, instead of decoding values, building the new value
 * and encoding it again. A writer only runs the success path: when it throws, the caller
 * evaluates the update the general way, which gives the exact error (and its order) of the
 * general closures.
 */
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import type { Compiled, HookContext } from '../../cel/closure/index.js';
import { accessPath, type AccessPath } from './access-paths.js';
import {
  BoolType,
  EnumType,
  FunctionType,
  IntType,
  RecordType,
  SeqType,
  SetType,
  UnionType,
  DomainError,
  getBits,
  setBits,
  toJson,
  type FiniteType,
} from './domain.js';
import type { Env, NameScope } from './expr.js';
import type { TargetStep } from './model.js';

/** Writes an update's new value into `succ` at bit offset `off`; throws on any problem. */
export type Writer = (env: Env, succ: Uint32Array, off: number) => void;

/** Longest sequence a writer copies (far below the cost budget the general path charges). */
const MAX_COPIED_LENGTH = 1 << 12;

/** A failure of a writer; the caller then runs the general path for the real error. */
const BAIL = new DomainError('the update writer hands over to the general path');

/** True when `a` and `b` have the same bit encoding (so bits copy from one to the other). */
export function sameEncoding(a: FiniteType, b: FiniteType): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind || a.bits !== b.bits) return false;
  if (a instanceof BoolType) return true;
  if (a instanceof IntType && b instanceof IntType) return a.lo === b.lo && a.hi === b.hi;
  if (a instanceof EnumType && b instanceof EnumType)
    return a.names.length === b.names.length && a.names.every((n, i) => n === b.names[i]);
  if (a instanceof RecordType && b instanceof RecordType)
    return (
      a.names.length === b.names.length &&
      a.names.every((n, i) => n === b.names[i] && sameEncoding(a.fields.get(n)!, b.fields.get(n)!))
    );
  if (a instanceof SetType && b instanceof SetType) return sameEncoding(a.elem, b.elem);
  if (a instanceof FunctionType && b instanceof FunctionType)
    return sameEncoding(a.dom, b.dom) && sameEncoding(a.range, b.range);
  if (a instanceof SeqType && b instanceof SeqType)
    return a.maxLength === b.maxLength && sameEncoding(a.elem, b.elem);
  if (a instanceof UnionType && b instanceof UnionType)
    return (
      a.alternatives.length === b.alternatives.length &&
      a.alternatives.every((x, i) => sameEncoding(x, b.alternatives[i]!))
    );
  return false;
}

/** Copies `n` bits from `from` at `src` to `to` at `dst`. */
export function copyBits(
  from: Uint32Array,
  src: number,
  to: Uint32Array,
  dst: number,
  n: number,
): void {
  for (let b = 0; b < n; b += 32) {
    const w = Math.min(32, n - b);
    setBits(to, dst + b, w, getBits(from, src + b, w));
  }
}

function zeroBits(to: Uint32Array, dst: number, n: number): void {
  for (let b = 0; b < n; b += 32) setBits(to, dst + b, Math.min(32, n - b), 0);
}

/** True when `e` contains a macro (whose loop the general path charges to the budget). */
function hasMacro(e: Expr | undefined): boolean {
  if (e === undefined) return false;
  const k = e.exprKind;
  switch (k.case) {
    case 'comprehensionExpr':
      return true;
    case 'callExpr':
      return hasMacro(k.value.target) || k.value.args.some(hasMacro);
    case 'selectExpr':
      return hasMacro(k.value.operand);
    case 'listExpr':
      return k.value.elements.some(hasMacro);
    case 'structExpr':
      return k.value.entries.some(
        (x) => hasMacro(x.value) || (x.keyKind.case === 'mapKey' && hasMacro(x.keyKind.value)),
      );
    case 'constExpr':
    case 'identExpr':
    case undefined:
      return false;
  }
}

/** What building writers needs: the access-path context and the expression compiler. */
export interface WriterContext {
  scope: NameScope;
  hook: HookContext<Env>;
  compile: (e: Expr) => Compiled<Env>;
}

/** A writer for the update `e` of a part of type `t`, or undefined (the general path). */
export function writerOf(e: Expr, t: FiniteType, cx: WriterContext): Writer | undefined {
  if (hasMacro(e)) return undefined;
  return special(e, t, cx);
}

/** The general write of `e`'s value, for branches without a special writer. */
function general(e: Expr, t: FiniteType, cx: WriterContext): Writer {
  const fn = cx.compile(e).fn;
  return (env, succ, off) => t.write(fn(env), succ, off);
}

function pathOf(e: Expr | undefined, cx: WriterContext): AccessPath | undefined {
  return accessPath(e, cx.scope, cx.hook);
}

function special(e: Expr, t: FiniteType, cx: WriterContext): Writer | undefined {
  const k = e.exprKind;
  if (k.case === 'callExpr') {
    const { function: name, target, args } = k.value;
    if (name === '_?_:_' && target === undefined && args.length === 3) {
      const a = special(args[1]!, t, cx);
      const b = special(args[2]!, t, cx);
      if (a === undefined && b === undefined) return undefined;
      const wa = a ?? general(args[1]!, t, cx);
      const wb = b ?? general(args[2]!, t, cx);
      const cf = cx.compile(args[0]!).fn;
      return (env, succ, off) => {
        const c = cf(env);
        if (c === true) wa(env, succ, off);
        else if (c === false) wb(env, succ, off);
        else throw BAIL;
      };
    }
    const recv = target ?? args[0];
    const rest = target !== undefined ? args : args.slice(1);
    if (name === 'tail' && rest.length === 0 && t instanceof SeqType)
      return tailWriter(recv, t, cx);
    if (name === 'append' && rest.length === 1 && t instanceof SeqType)
      return appendWriter(recv, rest[0]!, t, cx);
    if (name === '_+_' && target === undefined && args.length === 2 && t instanceof SetType)
      return setAddWriter(args[0]!, args[1]!, t, cx);
  }
  if (k.case === 'structExpr' && t instanceof RecordType) return recordWriter(e, t, cx);
  const p = pathOf(e, cx);
  if (p !== undefined && sameEncoding(p.leaf, t)) {
    const n = t.bits;
    const po = p.offset;
    return (env, succ, off) => copyBits(env.s, po(env), succ, off, n);
  }
  return undefined;
}

function seqPath(e: Expr | undefined, t: SeqType, cx: WriterContext): AccessPath | undefined {
  if (t.maxLength > MAX_COPIED_LENGTH) return undefined;
  const p = pathOf(e, cx);
  return p !== undefined && sameEncoding(p.leaf, t) ? p : undefined;
}

/** `tail(P)`: the elements after the first, shifted down one slot. */
function tailWriter(e: Expr | undefined, t: SeqType, cx: WriterContext): Writer | undefined {
  const p = seqPath(e, t, cx);
  if (p === undefined) return undefined;
  const { lenBits, maxLength } = t;
  const eb = t.elem.bits;
  const po = p.offset;
  return (env, succ, off) => {
    const s = env.s;
    const at = po(env);
    const len = getBits(s, at, lenBits);
    if (len === 0) throw BAIL;
    setBits(succ, off, lenBits, len - 1);
    copyBits(s, at + lenBits + eb, succ, off + lenBits, (len - 1) * eb);
    zeroBits(succ, off + lenBits + (len - 1) * eb, (maxLength - len + 1) * eb);
  };
}

/** `append(P, x)`: P's bits, the new length, and `x` in the next slot. */
function appendWriter(
  e: Expr | undefined,
  x: Expr,
  t: SeqType,
  cx: WriterContext,
): Writer | undefined {
  const p = seqPath(e, t, cx);
  if (p === undefined) return undefined;
  const { lenBits, maxLength } = t;
  const elem = t.elem;
  const eb = elem.bits;
  const wx = special(x, elem, cx) ?? general(x, elem, cx);
  const po = p.offset;
  return (env, succ, off) => {
    const s = env.s;
    const at = po(env);
    const len = getBits(s, at, lenBits);
    if (len >= maxLength) throw BAIL;
    copyBits(s, at, succ, off, t.bits);
    setBits(succ, off, lenBits, len + 1);
    wx(env, succ, off + lenBits + len * eb);
  };
}

/** `P + [x, …]` for a set: P's bits and one more bit per element. */
function setAddWriter(l: Expr, r: Expr, t: SetType, cx: WriterContext): Writer | undefined {
  if (r.exprKind.case !== 'listExpr' || r.exprKind.value.optionalIndices.length > 0)
    return undefined;
  const p = pathOf(l, cx);
  if (p === undefined || !sameEncoding(p.leaf, t)) return undefined;
  const elem = t.elem;
  const fns = r.exprKind.value.elements.map((x) => cx.compile(x).fn);
  const po = p.offset;
  const n = t.bits;
  return (env, succ, off) => {
    copyBits(env.s, po(env), succ, off, n);
    for (let i = 0; i < fns.length; i++) {
      const at = elem.indexOf(fns[i]!(env));
      if (at < 0) throw BAIL;
      setBits(succ, off + at, 1, 1);
    }
  };
}

/** A record literal with exactly the record's fields: each field written in place. */
function recordWriter(e: Expr, t: RecordType, cx: WriterContext): Writer | undefined {
  const k = e.exprKind;
  if (k.case !== 'structExpr' || k.value.messageName !== '') return undefined;
  const byName = new Map<string, Expr>();
  for (const entry of k.value.entries) {
    if (entry.keyKind.case !== 'mapKey' || entry.value === undefined || entry.optionalEntry)
      return undefined;
    const kc = entry.keyKind.value.exprKind;
    if (kc.case !== 'constExpr' || kc.value.constantKind.case !== 'stringValue') return undefined;
    const name = kc.value.constantKind.value;
    if (byName.has(name) || !t.fields.has(name)) return undefined;
    byName.set(name, entry.value);
  }
  if (byName.size !== t.names.length) return undefined;
  const fields = t.names.map((name, f) => {
    const ft = t.fields.get(name)!;
    const x = byName.get(name)!;
    return { w: special(x, ft, cx) ?? general(x, ft, cx), at: t.offsets[f]! };
  });
  return (env, succ, off) => {
    for (let f = 0; f < fields.length; f++) fields[f]!.w(env, succ, off + fields[f]!.at);
  };
}

/** `{each: e}` over a function type: every key bound in turn, its entry written in place. */
export function eachWriter(t: FunctionType, index: number, inner: Writer): Writer {
  const keys = t.dom.values();
  const stride = t.range.bits;
  const p = new Array<unknown>(index + 1);
  return (env, succ, off) => {
    const saved = env.p;
    for (let i = 0; i < index; i++) p[i] = saved[i];
    env.p = p;
    try {
      for (let i = 0; i < keys.length; i++) {
        p[index] = keys[i];
        inner(env, succ, off + i * stride);
      }
    } finally {
      env.p = saved;
    }
  };
}

/**
 * The bit offset of an update target (`f[k]`, `r.field`, `f[k1][k2]`) from its keys: fields
 * are folded into constants, each key checked against its domain with the message of the
 * general path. Keys are evaluated in order, each checked before the next is evaluated.
 */
export function targetOffset(base: number, steps: readonly TargetStep[]): (env: Env) => number {
  let fixed = base;
  const keys: {
    fn: (env: Env) => unknown;
    index: (k: unknown) => number;
    stride: number;
    after: number;
    dom: FiniteType;
  }[] = [];
  for (const step of steps) {
    if (step.kind === 'field') {
      const c = step.container;
      const add = c.offsets[c.names.indexOf(step.name)]!;
      if (keys.length === 0) fixed += add;
      else keys[keys.length - 1]!.after += add;
    } else {
      const dom = step.container.dom;
      keys.push({
        fn: step.fn,
        index: indexer(dom),
        stride: step.container.range.bits,
        after: 0,
        dom,
      });
    }
  }
  const bad = (key: unknown, dom: FiniteType): never => {
    throw new DomainError(
      `key ${JSON.stringify(toJson(key))} is not in the domain ${dom.describe()}`,
    );
  };
  if (keys.length === 0) return () => fixed;
  if (keys.length === 1) {
    const { fn, index, stride, after, dom } = keys[0]!;
    return (env) => {
      const k = fn(env);
      const i = index(k);
      if (i < 0) bad(k, dom);
      return fixed + i * stride + after;
    };
  }
  if (keys.length === 2) {
    const [a, b] = keys as [(typeof keys)[0], (typeof keys)[0]];
    return (env) => {
      const x = a.fn(env);
      const i = a.index(x);
      if (i < 0) bad(x, a.dom);
      const y = b.fn(env);
      const j = b.index(y);
      if (j < 0) bad(y, b.dom);
      return fixed + i * a.stride + a.after + j * b.stride + b.after;
    };
  }
  return (env) => {
    let off = fixed;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j]!;
      const k = key.fn(env);
      const i = key.index(k);
      if (i < 0) bad(k, key.dom);
      off += i * key.stride + key.after;
    }
    return off;
  };
}

/** The index of a key in `dom` (-1 outside), without a call for int ranges. */
function indexer(dom: FiniteType): (k: unknown) => number {
  if (dom instanceof IntType) {
    const { lo, size } = dom;
    return (k) => {
      if (typeof k !== 'number') return -1;
      const i = k - lo;
      return i >= 0 && i < size && Number.isInteger(i) ? i : -1;
    };
  }
  return (k) => dom.indexOf(k);
}
