/**
 * The model checker's adapter over the shared CEL closure compiler (`action/cel/closure`):
 * spec names (state variables, constants, action parameters, `let` bindings) become scope
 * bindings over the checker's environment, ints are JS numbers (`int` mode), and membership in
 * a set variable or a lookup in a function variable compiles to a bit test or an index instead
 * of a decode. Limits, errors and semantics are the shared compiler's; compile errors keep the
 * spec's reason codes (`MC_SPEC_UNPARSEABLE`, `MC_TYPE_ERROR`).
 *
 * Extension functions (e.g. a floored `mod(a, b)`, `tail(list)`, `range(a, b)`) are passed as
 * `options.functions` to {@link compileExpr}; see `action/cel/closure/index.ts` for the API.
 */
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import {
  BOOL,
  CelCompileError,
  CelRuntimeError,
  compatible,
  compileClosure,
  DYN,
  INT,
  joinTypes,
  opsFor,
  STRING,
  typeName,
  type CallHook,
  type CelT,
  type Compiled,
  type FunctionRegistry,
  type HookContext,
  type Scope,
} from '../../cel/closure/index.js';
import { DEFAULT_MAX_LENGTH } from '../../cel/closure/limits.js';
import { pathCall } from './access-paths.js';
import type { BitRead, GuardSourceInput } from './guard-source.js';
import { celTypeOf } from './cel-type-of.js';
import { writerOf, type Writer } from './update-writers.js';
import {
  FnValue,
  RecordType,
  SetType,
  UnionType,
  getBits,
  isRecordValue,
  type FiniteType,
} from './domain.js';

export { CelRuntimeError, typeName, type CelT };
export { celTypeOf };

/** The runtime environment of every compiled closure. */
export interface Env {
  /** Decoded values of the current state's variables, by variable index. */
  v: unknown[];
  /** The packed words of the current state (access paths read their bits directly). */
  s: Uint32Array;
  /** Values of the action's parameters, by parameter index. */
  p: unknown[];
  /** Comprehension variables and accumulators, by slot. */
  l: unknown[];
  /** Decodes variable `i` on first use (states are decoded lazily; `v[i]` is then cached). */
  load(i: number): unknown;
  /** True when element `elem` (its index in the element domain) is in set variable `i`. */
  has(i: number, elem: number): boolean;
}

/** A compiled expression. */
export type Closure = (e: Env) => unknown;

/** What a name refers to. */
export type Binding =
  /** A state variable; `offset` is its bit offset in the packed state. */
  | { kind: 'var'; index: number; type: FiniteType; offset?: number }
  | { kind: 'const'; value: unknown; t: CelT }
  | { kind: 'param'; index: number; t: CelT }
  | { kind: 'let'; fn: Closure; t: CelT };

/** An error found while compiling, with the offset in the expression it concerns. */
export class ExprError extends Error {
  override readonly name = 'ExprError';
  constructor(
    readonly code: 'MC_SPEC_UNPARSEABLE' | 'MC_TYPE_ERROR',
    message: string,
    /** 0-based offset into the expression text. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** The static type of a constant value. */
export function celTypeOfValue(v: unknown): CelT {
  if (typeof v === 'boolean') return BOOL;
  if (typeof v === 'number') return INT;
  if (typeof v === 'string') return STRING;
  if (Array.isArray(v)) return { k: 'list', elem: joinTypes(v.map(celTypeOfValue)) };
  if (v instanceof FnValue) return { k: 'map', key: DYN, val: DYN };
  if (isRecordValue(v)) {
    return {
      k: 'record',
      fields: new Map(Object.entries(v).map(([n, x]) => [n, celTypeOfValue(x)])),
      partial: false,
    };
  }
  return DYN;
}

const INT_OPS = opsFor('int');

/** CEL equality over runtime values (ints as JS numbers, function values as maps). */
export function celEquals(a: unknown, b: unknown): boolean {
  return INT_OPS.eq(a, b);
}

/** Resolves names while compiling. */
export interface NameScope {
  lookup(name: string): Binding | undefined;
  /** Names for the "did you mean" part of an unknown-name error. */
  known(): string[];
}

/** The result of compiling one expression. */
export interface CompiledExpr {
  fn: Closure;
  type: CelT;
  /** Variable indices the expression reads. */
  reads: Set<number>;
  /** Comprehension slots the expression needs in `Env.l`. */
  slots: number;
  /** Set when the whole expression is a constant. */
  known?: { value: unknown };
  /** With `options.source`: what `guard-source.ts` generates from. */
  source?: GuardSourceInput;
  /** True when a constant part with a loop was folded (its budget steps spent at compile time). */
  foldedLoops?: boolean;
  /** For `S + [...]` updates of set variable S: each added element's index (-1: not in the type). */
  added?: ((env: Env) => number)[];
  /** With `options.target`: a writer of the value's bits (see `update-writers.ts`). */
  write?: Writer;
}

/** Options of {@link compileExpr}. */
export interface CompileExprOptions {
  /** Extension functions of the spec language (see `action/cel/closure/index.ts`). */
  functions?: FunctionRegistry;
  /** The type of the state part an update writes: a writer is built when one applies. */
  target?: FiniteType;
  /** Keep what generating the expression's source needs (see `guard-source.ts`). */
  source?: boolean;
}

/** Limit on the expression length (the shared CEL limit). */
export const MAX_EXPR_LENGTH = DEFAULT_MAX_LENGTH;

/** Parses, type-checks and compiles one expression. Throws `ExprError`. */
export function compileExpr(
  source: string,
  scope: NameScope,
  setVar?: string,
  options: CompileExprOptions = {},
): CompiledExpr {
  const celScope: Scope<Env> = {
    lookup: (name) => bindingOf(scope.lookup(name)),
    known: () => scope.known(),
  };
  let compiled;
  try {
    compiled = compileClosure<Env>(source, {
      mode: 'int',
      scope: celScope,
      hook: hookFor(scope),
      dialect: 'in specs',
      ...(options.functions === undefined ? {} : { functions: options.functions }),
    });
  } catch (thrown) {
    if (thrown instanceof CelCompileError) {
      throw thrown.kind === 'syntax'
        ? new ExprError('MC_SPEC_UNPARSEABLE', `CEL syntax error: ${thrown.detail}`, thrown.offset)
        : thrown.kind === 'limit'
          ? new ExprError('MC_SPEC_UNPARSEABLE', thrown.detail, thrown.offset)
          : new ExprError('MC_TYPE_ERROR', thrown.detail, thrown.offset);
    }
    throw thrown;
  }
  const result: CompiledExpr = {
    fn: compiled.fn,
    type: compiled.type,
    reads: compiled.reads,
    slots: compiled.slots,
    ...(compiled.known !== undefined ? { known: compiled.known } : {}),
    ...(compiled.compiler.foldedLoops ? { foldedLoops: true } : {}),
  };
  if (options.source === true && result.known === undefined) {
    const compiler = compiled.compiler;
    result.source = {
      expr: compiled.parsed.expr,
      compile: (x) => compiler.compile(x, new Map(), 1, 0),
      scope,
      budget: compiled.hasLoops ? compiled.limits : undefined,
      foldsLoops: (f) => {
        const before = compiler.foldedLoops;
        compiler.foldedLoops = false;
        f();
        const folded = compiler.foldedLoops;
        compiler.foldedLoops = before || folded;
        return folded;
      },
    };
  }
  if (options.target !== undefined) {
    const compiler = compiled.compiler;
    const hook: HookContext<Env> = {
      compile: (x, deeper = 0) => compiler.compile(x, new Map(), 2 + deeper, 0),
      // The whole expression compiled within the limits, so its parts do.
      depthLeft: Number.MAX_SAFE_INTEGER,
      isLocal: () => false,
      slotOf: () => undefined,
      noteRead: () => undefined,
      fail: (message) => {
        throw new ExprError('MC_TYPE_ERROR', message, 0);
      },
    };
    const write = writerOf(compiled.parsed.expr, options.target, {
      scope,
      hook,
      compile: (x) => hook.compile(x),
    });
    if (write !== undefined) result.write = write;
  }
  if (setVar !== undefined) {
    // `S + [e1, e2]` updating S itself: only the added elements' bits change.
    const k = compiled.parsed.expr.exprKind;
    if (k.case === 'callExpr' && k.value.function === '_+_' && k.value.target === undefined) {
      const [left, right] = k.value.args;
      if (
        left?.exprKind.case === 'identExpr' &&
        left.exprKind.value.name === setVar &&
        right?.exprKind.case === 'listExpr'
      ) {
        const sb = scope.lookup(setVar);
        if (sb?.kind === 'var' && sb.type instanceof SetType) {
          const compile = (x: Expr): Compiled<Env> => compiled.compiler.compile(x, new Map(), 1, 0);
          const elem = sb.type.elem;
          result.added = right.exprKind.value.elements.map((x) => {
            const indexer = recordIndexer(x, elem, compile);
            if (indexer !== undefined) return indexer;
            const fn = compile(x).fn;
            return (env: Env) => elem.indexOf(fn(env));
          });
        }
      }
    }
  }
  return result;
}

function bindingOf(b: Binding | undefined): ReturnType<Scope<Env>['lookup']> {
  if (b === undefined) return undefined;
  switch (b.kind) {
    case 'var': {
      const i = b.index;
      return {
        kind: 'closure',
        t: celTypeOf(b.type),
        reads: i,
        fn: (env) => {
          const x = env.v[i];
          return x !== undefined ? x : env.load(i);
        },
      };
    }
    case 'const':
      return { kind: 'value', value: b.value, t: b.t };
    case 'param': {
      const i = b.index;
      return { kind: 'closure', t: b.t, fn: (env) => env.p[i] };
    }
    case 'let':
      return { kind: 'closure', t: b.t, fn: b.fn };
  }
}

/**
 * Bit tests for `x in S` (S a set variable, or a set reached by an access path such as
 * `ack[p]`), and bit reads for access paths (`F[k]`, `r.field`, `head(s)`, `size(s)`): see
 * `access-paths.ts`.
 */
function hookFor(scope: NameScope): CallHook<Env> {
  const stateVar = (e: Expr | undefined, isLocal: (n: string) => boolean): Binding | undefined =>
    e?.exprKind.case === 'identExpr' && !isLocal(e.exprKind.value.name)
      ? scope.lookup(e.exprKind.value.name)
      : undefined;
  return (name, target, args, ctx) => {
    if (name === '@in' && target === undefined && args.length === 2) {
      const sb = stateVar(args[1], ctx.isLocal);
      if (sb?.kind === 'var' && sb.type instanceof SetType) {
        const elem = sb.type.elem;
        const vi = sb.index;
        const indexer = recordIndexer(args[0]!, elem, ctx.compile);
        if (indexer !== undefined) {
          const x = ctx.compile(args[0]!);
          const ct = celTypeOf(sb.type);
          if (ct.k === 'list' && !compatible(x.t, ct.elem))
            ctx.fail(`\`in\`: a ${typeName(x.t)} can never be an element of ${typeName(ct)}`);
          ctx.noteRead(vi);
          const known = indexer.known;
          if (known !== undefined) {
            // A constant element (a literal, or fields from a specialised tuple): one bit.
            if (known < 0) return { t: BOOL, fn: () => false };
            const off = sb.offset;
            if (off !== undefined) {
              const note: BitRead = { kind: 'member', at: { off: off + known, heads: [] } };
              return { t: BOOL, fn: (env) => getBits(env.s, off + known, 1) === 1, note };
            }
            return { t: BOOL, fn: (env) => env.has(vi, known) };
          }
          return {
            t: BOOL,
            fn: (env) => {
              const i = indexer(env);
              return i >= 0 && env.has(vi, i);
            },
          };
        }
      }
    }
    return pathCall(name, target, args, ctx, scope);
  };
}

/**
 * For a record literal tested against a set of records (or of a union with a record of
 * exactly those fields): the element's index computed from the field values, without
 * building the record. -1 when a field value is outside its type (then it is no member).
 */
function recordIndexer(
  e: Expr,
  elem: FiniteType,
  compile: (x: Expr) => Compiled<Env>,
): (((env: Env) => number) & { known?: number }) | undefined {
  const k = e.exprKind;
  if (k.case !== 'structExpr' || k.value.messageName !== '') return undefined;
  const names: string[] = [];
  for (const entry of k.value.entries) {
    if (entry.keyKind.case !== 'mapKey' || entry.value === undefined) return undefined;
    const kc = entry.keyKind.value.exprKind;
    if (kc.case !== 'constExpr' || kc.value.constantKind.case !== 'stringValue') return undefined;
    names.push(kc.value.constantKind.value);
  }
  let offset = 0;
  let record: RecordType | undefined;
  const alts = elem instanceof UnionType ? elem.alternatives : [elem];
  for (const alt of alts) {
    if (
      alt instanceof RecordType &&
      alt.names.length === names.length &&
      names.every((n) => alt.fields.has(n))
    ) {
      record = alt;
      break;
    }
    offset += alt.size;
  }
  if (record === undefined) return undefined;
  const fns = new Map<string, Compiled<Env>>();
  k.value.entries.forEach((entry, i) => {
    fns.set(names[i]!, compile(entry.value!));
  });
  const fields = record.names.map((n) => ({ type: record.fields.get(n)!, fn: fns.get(n)!.fn }));
  if (record.names.every((n) => fns.get(n)!.known !== undefined)) {
    // Every field is constant: the index is computed once (the literal itself has no effects).
    let idx = 0;
    let inType = true;
    for (const n of record.names) {
      const type = record.fields.get(n)!;
      const i = type.indexOf(fns.get(n)!.known!.value);
      if (i < 0) inType = false;
      idx = idx * type.size + i;
    }
    const known = inType ? offset + idx : -1;
    return Object.assign(() => known, { known });
  }
  return (env) => {
    let idx = 0;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f]!;
      const i = field.type.indexOf(field.fn(env));
      if (i < 0) return -1;
      idx = idx * field.type.size + i;
    }
    return offset + idx;
  };
}
