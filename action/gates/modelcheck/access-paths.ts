/** Access paths into the packed state: bit offsets computed from keys, one read at the end. */
/*
 * Access paths into the packed state: an expression such as `req[p][q]`, `head(network[q][p]).type`,
 * `size(network[p][q])` or `q in ack[p]`, rooted at a state variable and stepping through
 * function keys, record fields and sequence heads, compiles to bit offsets computed from the
 * keys and one bit read at the end, instead of decoding the whole variable into values and
 * indexing them. Each path gives exactly the value, the static type and the errors (same
 * messages, same order) of the general closures it replaces; anything else is declined and
 * compiled the general way.
 */
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import {
  BOOL,
  CelRuntimeError,
  compatible,
  INT,
  showValue,
  typeName,
  type CelT,
  type Compiled,
  type HookContext,
} from '../../cel/closure/index.js';
import {
  BoolType,
  EnumType,
  FunctionType,
  IntType,
  RecordType,
  SeqType,
  SetType,
  getBits,
  show,
  type FiniteType,
} from './domain.js';
import { celTypeOf } from './cel-type-of.js';
import type { Binding, Closure, Env, NameScope } from './expr.js';
import type { BitRead, StaticOffset } from './guard-source.js';

/** The bit offset of a path's value in `env.s`. */
export type OffsetFn = (env: Env) => number;

/** A resolved path: the variable it reads, where its value lies, and the value's type. */
export interface AccessPath {
  varIndex: number;
  leaf: FiniteType;
  /** The offset when no key or head is dynamic, else undefined. */
  fixed: number | undefined;
  /** The offset when no key is dynamic (heads included), else undefined. */
  stat?: StaticOffset;
  offset: OffsetFn;
  /** For a path of at most two int keys: `base + Σ (key - lo) * stride`, fused into one closure. */
  plan?: Plan;
}

/** Where a key comes from: an action parameter, a macro variable, or any expression. */
type KeySource = { p: number } | { l: number } | { fn: Closure };

interface PlanKey {
  src: KeySource;
  lo: number;
  n: number;
  stride: number;
  first: boolean;
}

interface Plan {
  base: number;
  keys: PlanKey[];
}

/** The offset closure of a plan with one or two keys read straight from their source. */
function planOffset(plan: Plan): OffsetFn | undefined {
  const base = plan.base;
  const bad = (k: unknown, key: PlanKey): never => {
    throw noSuchKey(k, key.first);
  };
  if (plan.keys.length === 1) {
    const key = plan.keys[0]!;
    const { lo, n, stride, src } = key;
    const at = (k: unknown): number => {
      const i = (k as number) - lo;
      if (typeof k !== 'number' || !(i >= 0 && i < n) || !Number.isInteger(i)) return bad(k, key);
      return base + i * stride;
    };
    if ('p' in src) {
      const pi = src.p;
      return (env) => at(env.p[pi]);
    }
    if ('l' in src) {
      const slot = src.l;
      return (env) => at(env.l[slot]);
    }
    const fn = src.fn;
    return (env) => at(fn(env));
  }
  if (plan.keys.length !== 2) return undefined;
  const [a, b] = plan.keys as [PlanKey, PlanKey];
  const at = (x: unknown, y: unknown): number => {
    const i = (x as number) - a.lo;
    if (typeof x !== 'number' || !(i >= 0 && i < a.n) || !Number.isInteger(i)) return bad(x, a);
    const j = (y as number) - b.lo;
    if (typeof y !== 'number' || !(j >= 0 && j < b.n) || !Number.isInteger(j)) return bad(y, b);
    return base + i * a.stride + j * b.stride;
  };
  const [sa, sb] = [a.src, b.src];
  if ('p' in sa && 'p' in sb) {
    const [pa, pb] = [sa.p, sb.p];
    return (env) => at(env.p[pa], env.p[pb]);
  }
  if ('p' in sa && 'l' in sb) {
    const [pa, lb] = [sa.p, sb.l];
    return (env) => at(env.p[pa], env.l[lb]);
  }
  if ('l' in sa && 'p' in sb) {
    const [la, pb] = [sa.l, sb.p];
    return (env) => at(env.l[la], env.p[pb]);
  }
  if ('l' in sa && 'l' in sb) {
    const [la, lb] = [sa.l, sb.l];
    return (env) => at(env.l[la], env.l[lb]);
  }
  return undefined;
}

/** The error of a key outside a function's domain, as the general closures report it. */
function noSuchKey(key: unknown, first: boolean): CelRuntimeError {
  return new CelRuntimeError(`no such key: ${first ? show(key) : showValue(key)}`);
}

/** The index of `key` in `dom` (-1 outside), fast for int ranges and enums. */
function keyIndexer(dom: FiniteType): (key: unknown) => number {
  if (dom instanceof IntType) {
    const lo = dom.lo;
    const n = dom.size;
    return (key) => {
      if (typeof key !== 'number') return -1;
      const i = key - lo;
      return i >= 0 && i < n && Number.isInteger(i) ? i : -1;
    };
  }
  return (key) => dom.indexOf(key);
}

/**
 * Resolves `e` as an access path into the state, compiling its keys; undefined when it is not
 * one (a local, a constant, an expression, a field the record does not have, …).
 */
export function accessPath(
  e: Expr | undefined,
  scope: NameScope,
  ctx: HookContext<Env>,
  level = 0,
): AccessPath | undefined {
  // Past the depth limit the general compiler reports the error.
  if (e === undefined || level > ctx.depthLeft) return undefined;
  const k = e.exprKind;
  if (k.case === 'identExpr') {
    if (ctx.isLocal(k.value.name)) return undefined;
    const b: Binding | undefined = scope.lookup(k.value.name);
    if (b?.kind !== 'var' || b.offset === undefined) return undefined;
    const off = b.offset;
    return {
      varIndex: b.index,
      leaf: b.type,
      fixed: off,
      stat: { off, heads: [] },
      offset: () => off,
    };
  }
  if (k.case === 'selectExpr') {
    if (k.value.testOnly) return undefined;
    const inner = accessPath(k.value.operand, scope, ctx, level + 1);
    if (inner === undefined || !(inner.leaf instanceof RecordType)) return undefined;
    const rec = inner.leaf;
    const f = rec.names.indexOf(k.value.field);
    if (f < 0) return undefined;
    return shifted(inner, rec.offsets[f]!, rec.fields.get(k.value.field)!);
  }
  if (k.case !== 'callExpr') return undefined;
  return pathOfCall(k.value.function, k.value.target, k.value.args, scope, ctx, level, e);
}

/** {@link accessPath} for a call: `f[k]` or `head(s)` (`s.head()`). */
function pathOfCall(
  name: string,
  target: Expr | undefined,
  args: readonly Expr[],
  scope: NameScope,
  ctx: HookContext<Env>,
  level: number,
  node?: Expr,
): AccessPath | undefined {
  if (name === '_[_]' && target === undefined && args.length === 2) {
    const inner = accessPath(args[0], scope, ctx, level + 1);
    if (inner === undefined || !(inner.leaf instanceof FunctionType)) return undefined;
    const fnType = inner.leaf;
    const key = ctx.compile(args[1]!, level);
    const ct = celTypeOfFunction(fnType);
    if (!compatible(key.t, ct.key))
      ctx.fail(`a key of ${typeName(ct)} cannot be a ${typeName(key.t)}`, node);
    // The first key of a variable is checked by the variable's own lookup, deeper ones by
    // the general index operator: their messages differ only in how a value is shown.
    const first = args[0]!.exprKind.case === 'identExpr';
    const index = keyIndexer(fnType.dom);
    const stride = fnType.range.bits;
    // A constant key inside the domain (a literal, a constant, a parameter of a specialised
    // tuple) moves the offset once, here; outside it, the key fails at run time as before.
    if (key.known !== undefined) {
      const i = index(key.known.value);
      if (i >= 0) return shifted(inner, i * stride, fnType.range);
    }
    const kf = key.fn;
    const prev = inner.offset;
    const dom = fnType.dom;
    const plan = inner.fixed !== undefined ? { base: inner.fixed, keys: [] } : inner.plan;
    if (dom instanceof IntType && plan !== undefined && plan.keys.length < 2) {
      const next: Plan = {
        base: plan.base,
        keys: [
          ...plan.keys,
          { src: keySource(args[1]!, key.fn, scope, ctx), lo: dom.lo, n: dom.size, stride, first },
        ],
      };
      const offset = planOffset(next);
      if (offset !== undefined)
        return {
          varIndex: inner.varIndex,
          leaf: fnType.range,
          fixed: undefined,
          offset,
          plan: next,
        };
    }
    return {
      varIndex: inner.varIndex,
      leaf: fnType.range,
      fixed: undefined,
      offset: (env) => {
        const base = prev(env);
        const kv = kf(env);
        const i = index(kv);
        if (i < 0) throw noSuchKey(kv, first);
        return base + i * stride;
      },
    };
  }
  if (name === 'head') {
    const s = target ?? (args.length === 1 ? args[0] : undefined);
    if (s === undefined || (target !== undefined && args.length !== 0)) return undefined;
    const inner = accessPath(s, scope, ctx, level + 1);
    if (inner === undefined || !(inner.leaf instanceof SeqType)) return undefined;
    const seq = inner.leaf;
    const lenBits = seq.lenBits;
    const prev = inner.offset;
    const st = inner.stat;
    return {
      varIndex: inner.varIndex,
      leaf: seq.elem,
      fixed: undefined,
      ...(st !== undefined
        ? {
            stat: {
              off: st.off + lenBits,
              heads: [...st.heads, { off: st.off, width: lenBits }],
            },
          }
        : {}),
      offset: (env) => {
        const off = prev(env);
        if (getBits(env.s, off, lenBits) === 0)
          throw new CelRuntimeError('head of an empty sequence');
        return off + lenBits;
      },
    };
  }
  return undefined;
}

/** Where a key's value comes from, read without a call where it is a name. */
function keySource(e: Expr, fn: Closure, scope: NameScope, ctx: HookContext<Env>): KeySource {
  if (e.exprKind.case === 'identExpr') {
    const name = e.exprKind.value.name;
    if (ctx.isLocal(name)) {
      const slot = ctx.slotOf(name);
      if (slot !== undefined) return { l: slot };
    } else {
      const b = scope.lookup(name);
      if (b?.kind === 'param') return { p: b.index };
    }
  }
  return { fn };
}

function shifted(p: AccessPath, by: number, leaf: FiniteType): AccessPath {
  if (p.fixed !== undefined) {
    const off = p.fixed + by;
    return { varIndex: p.varIndex, leaf, fixed: off, stat: { off, heads: [] }, offset: () => off };
  }
  if (p.stat !== undefined) {
    const prev = p.offset;
    return {
      varIndex: p.varIndex,
      leaf,
      fixed: undefined,
      stat: { off: p.stat.off + by, heads: p.stat.heads },
      offset: (env) => prev(env) + by,
    };
  }
  if (p.plan !== undefined) {
    const plan: Plan = { base: p.plan.base + by, keys: p.plan.keys };
    const offset = planOffset(plan);
    if (offset !== undefined) return { varIndex: p.varIndex, leaf, fixed: undefined, offset, plan };
  }
  const prev = p.offset;
  return { varIndex: p.varIndex, leaf, fixed: undefined, offset: (env) => prev(env) + by };
}

function celTypeOfFunction(t: FunctionType): Extract<CelT, { k: 'map' }> {
  return { k: 'map', key: celTypeOf(t.dom), val: celTypeOf(t.range) };
}

/** What a read of `p`'s value is, when its offset is static. */
export function readNote(p: AccessPath): BitRead | undefined {
  const at = p.stat;
  if (at === undefined) return undefined;
  const leaf = p.leaf;
  if (leaf instanceof IntType) return { kind: 'int', at, width: leaf.bits, lo: leaf.lo };
  if (leaf instanceof BoolType) return { kind: 'bool', at };
  if (leaf instanceof EnumType) return { kind: 'enum', at, width: leaf.bits, names: leaf.names };
  return undefined;
}

/** The closure reading the value at a path: scalars straight from the bits. */
export function readPath(p: AccessPath): Closure {
  const leaf = p.leaf;
  const off = p.offset;
  const fixed = p.fixed;
  if (leaf instanceof IntType) {
    const bits = leaf.bits;
    const lo = leaf.lo;
    if (fixed !== undefined) return (env) => lo + getBits(env.s, fixed, bits);
    return (env) => lo + getBits(env.s, off(env), bits);
  }
  if (leaf instanceof BoolType) {
    if (fixed !== undefined) return (env) => getBits(env.s, fixed, 1) === 1;
    return (env) => getBits(env.s, off(env), 1) === 1;
  }
  if (leaf instanceof EnumType) {
    const names = leaf.names;
    const bits = leaf.bits;
    if (fixed !== undefined) return (env) => names[getBits(env.s, fixed, bits)];
    return (env) => names[getBits(env.s, off(env), bits)];
  }
  return (env) => leaf.read(env.s, off(env));
}

/** `size(path)` for a sequence (its length field) or a set (its members' bits). */
export function sizeOfPath(p: AccessPath): Closure | undefined {
  const leaf = p.leaf;
  const off = p.offset;
  if (leaf instanceof SeqType) {
    const lenBits = leaf.lenBits;
    const fixed = p.fixed;
    if (fixed !== undefined) return (env) => getBits(env.s, fixed, lenBits);
    return (env) => getBits(env.s, off(env), lenBits);
  }
  if (leaf instanceof SetType) {
    const n = leaf.bits;
    return (env) => {
      const at = off(env);
      const s = env.s;
      let count = 0;
      for (let b = 0; b < n; b += 32) {
        let x = getBits(s, at + b, Math.min(32, n - b));
        while (x !== 0) {
          x &= x - 1;
          count++;
        }
      }
      return count;
    };
  }
  return undefined;
}

/** `x in path` for a set: the element's bit. */
export function memberOfPath(p: AccessPath, x: Compiled<Env>): Closure | undefined {
  const leaf = p.leaf;
  if (!(leaf instanceof SetType)) return undefined;
  const elem = leaf.elem;
  const index = keyIndexer(elem);
  const off = p.offset;
  const xf = x.fn;
  if (x.known !== undefined) {
    // A constant element: its bit's index once, here.
    const i = index(x.known.value);
    const fixed = p.fixed;
    if (i < 0) return (env) => (off(env), false);
    if (fixed !== undefined) return (env) => getBits(env.s, fixed + i, 1) === 1;
    return (env) => getBits(env.s, off(env) + i, 1) === 1;
  }
  return (env) => {
    // The element first, then the set: the order of the general `in`.
    const v = xf(env);
    const at = off(env);
    const i = index(v);
    return i >= 0 && getBits(env.s, at + i, 1) === 1;
  };
}

/** The path hook's results for `size(...)`, `... in ...`, indexing, selection and `head`. */
export function pathCall(
  name: string,
  target: Expr | undefined,
  args: readonly Expr[],
  ctx: HookContext<Env>,
  scope: NameScope,
): Compiled<Env> | undefined {
  if (name === 'size') {
    const s = target ?? (args.length === 1 ? args[0] : undefined);
    if (s === undefined || (target !== undefined && args.length !== 0)) return undefined;
    const p = accessPath(s, scope, ctx, 1);
    if (p === undefined) return undefined;
    const fn = sizeOfPath(p);
    if (fn === undefined) return undefined;
    ctx.noteRead(p.varIndex);
    if (p.stat !== undefined && p.leaf instanceof SeqType) {
      const note: BitRead = { kind: 'size', at: p.stat, width: p.leaf.lenBits };
      return { t: INT, fn, note };
    }
    return { t: INT, fn };
  }
  if (name === '@in' && target === undefined && args.length === 2) {
    const p = accessPath(args[1], scope, ctx, 1);
    if (p === undefined || !(p.leaf instanceof SetType)) return undefined;
    const x = ctx.compile(args[0]!);
    const ct = celTypeOf(p.leaf);
    if (ct.k === 'list' && !compatible(x.t, ct.elem))
      ctx.fail(`\`in\`: a ${typeName(x.t)} can never be an element of ${typeName(ct)}`);
    const fn = memberOfPath(p, x);
    if (fn === undefined) return undefined;
    ctx.noteRead(p.varIndex);
    const i = x.known !== undefined ? keyIndexer(p.leaf.elem)(x.known.value) : -1;
    if (p.stat !== undefined && i >= 0) {
      const note: BitRead = { kind: 'member', at: { off: p.stat.off + i, heads: p.stat.heads } };
      return { t: BOOL, fn, note };
    }
    return { t: BOOL, fn };
  }
  if (name === '_[_]' || name === 'head' || name === '@select') {
    const p =
      name === '@select'
        ? accessPath(args[0], scope, ctx)
        : pathOfCall(name, target, args, scope, ctx, 0);
    if (p === undefined) return undefined;
    ctx.noteRead(p.varIndex);
    const note = readNote(p);
    return { t: celTypeOf(p.leaf), fn: readPath(p), ...(note !== undefined ? { note } : {}) };
  }
  return undefined;
}
