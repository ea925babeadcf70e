/**
 * Compiles a parsed and checked CEL AST to JavaScript closures (see `index.ts` for the API).
 * Each node becomes one closure over an environment `E` whose `l` array holds the macro
 * variables; names are resolved once, at compile time, through the caller's scope.
 */
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import { charge, step, withBudget } from './budget.js';
import { CelCompileError, CelRuntimeError, isBudgetError, REFUSED } from './errors.js';
import type { CelFunction, FunctionRegistry } from './functions.js';
import { BUILTIN_FUNCTIONS, OPERATOR_NAMES } from './functions.js';
import {
  BOOL,
  compatible,
  DOUBLE,
  DYN,
  INT,
  isNumeric,
  joinTypes,
  listOf,
  NULL,
  STRING,
  typeName,
  type CelT,
} from './types.js';
import { showValue, type Ops } from './values.js';

/** The environment of compiled closures: at least the slots of macro variables. */
export interface ClosureEnv {
  l: unknown[];
}

/** A compiled expression node. */
export type Closure<E extends ClosureEnv = ClosureEnv> = (env: E) => unknown;

/** What a name refers to. */
export type ScopeBinding<E extends ClosureEnv = ClosureEnv> =
  | { kind: 'value'; value: unknown; t: CelT }
  | { kind: 'closure'; fn: Closure<E>; t: CelT; reads?: number };

/** Resolves free names while compiling. */
export interface Scope<E extends ClosureEnv = ClosureEnv> {
  lookup(name: string): ScopeBinding<E> | undefined;
  /** Names for the "known names" part of an unknown-name error. */
  known(): string[];
}

/** A compiled node with its static type. */
export interface Compiled<E extends ClosureEnv = ClosureEnv> {
  fn: Closure<E>;
  t: CelT;
}

/** What a specialisation hook may ask of the compiler. */
export interface HookContext<E extends ClosureEnv> {
  /** Compiles a sub-expression with the current macro variables. */
  readonly compile: (e: Expr) => Compiled<E>;
  /** True when `name` is a macro variable here (it shadows the scope). */
  readonly isLocal: (name: string) => boolean;
  /** Records that the result reads the state (so it is never constant-folded). */
  readonly noteRead: (index?: number) => void;
}

/**
 * Replaces the generic closure of a call (`_in_`, `_[_]`, …) by a specialised one, e.g. the
 * model checker's bit test for `x in S` on a set variable. Returns `undefined` to decline.
 */
export type CallHook<E extends ClosureEnv> = (
  name: string,
  target: Expr | undefined,
  args: readonly Expr[],
  ctx: HookContext<E>,
) => Compiled<E> | undefined;

/** Settings of one {@link Compiler}. */
export interface CompilerSettings<E extends ClosureEnv> {
  ops: Ops;
  scope: Scope<E>;
  functions: FunctionRegistry;
  hook?: CallHook<E> | undefined;
  maxDepth: number;
  maxComprehensionNesting: number;
  maxCost: number;
  offsetOf(id: bigint): number;
  source: string;
  /** Where the expression is written, for messages ("in specs", "here"). */
  dialect: string;
  /** json mode: true when the bindings hold a variable of this (dotted) name. */
  qualified?: ((env: E, name: string) => boolean) | undefined;
}

type Locals<E extends ClosureEnv> = Map<string, { slot: number; t: CelT }> & { __e?: E };

const FOLD_ENV: ClosureEnv = { l: [] };

function constant<E extends ClosureEnv>(value: unknown, t: CelT): Compiled<E> {
  return { t, fn: () => value };
}

function bool(v: unknown, what: string): boolean {
  if (typeof v !== 'boolean')
    throw new CelRuntimeError(`${what} must be a bool, got ${showValue(v)}`);
  return v;
}

/** The closure compiler of one expression. */
export class Compiler<E extends ClosureEnv> {
  /** Variable indices (scope bindings with `reads`) the expression reads. */
  readonly reads = new Set<number>();
  /** Macro slots the expression needs in `env.l`. */
  maxSlot = 0;
  /** Loops and extension calls compiled (0: evaluation is linear in the expression). */
  loops = 0;
  private dynamicRefs = 0;
  private readonly ops: Ops;

  constructor(private readonly s: CompilerSettings<E>) {
    this.ops = s.ops;
  }

  private fail(e: Expr, message: string, kind: 'type' | 'limit' = 'type'): never {
    throw new CelCompileError(kind, message, this.s.source, this.s.offsetOf(e.id));
  }

  /** Compiles `e`; a sub-tree that reads nothing dynamic is evaluated once, here. */
  compile(e: Expr, locals: Locals<E>, depth: number, nest: number): Compiled<E> {
    const before = this.dynamicRefs;
    const out = this.compileNode(e, locals, depth, nest);
    if (this.dynamicRefs !== before || e.exprKind.case === 'constExpr') return out;
    // Values are never mutated by closures, so sharing one is safe. A constant that fails (or
    // that json mode refuses) stays a runtime closure.
    try {
      const value = withBudget(
        { maxCost: this.s.maxCost, maxEvalMs: Infinity },
        out.fn,
        FOLD_ENV as E,
      );
      return { t: out.t, fn: () => value };
    } catch {
      return out;
    }
  }

  private compileNode(e: Expr, locals: Locals<E>, depth: number, nest: number): Compiled<E> {
    if (depth > this.s.maxDepth) {
      this.fail(
        e,
        `expression nesting exceeds the limit of ${this.s.maxDepth} levels; split it into several assertions`,
        'limit',
      );
    }
    const k = e.exprKind;
    switch (k.case) {
      case 'constExpr':
        return this.literal(e, k.value.constantKind);
      case 'identExpr':
        return this.ident(e, k.value.name, locals);
      case 'selectExpr':
        return this.select(e, k.value, locals, depth, nest);
      case 'callExpr':
        return this.call(e, k.value.function, k.value.target, k.value.args, locals, depth, nest);
      case 'listExpr': {
        if (k.value.optionalIndices.length > 0)
          this.fail(e, 'optional list elements are not supported');
        const items = k.value.elements.map((x) => this.compile(x, locals, depth + 1, nest));
        const fns = items.map((i) => i.fn);
        const t = listOf(joinTypes(items.map((i) => i.t)));
        return { t, fn: (env) => fns.map((f) => f(env)) };
      }
      case 'structExpr':
        return this.struct(e, k.value, locals, depth, nest);
      case 'comprehensionExpr':
        return this.comprehension(e, k.value, locals, depth, nest);
      case undefined:
        return this.fail(e, 'unsupported expression');
    }
  }

  private literal(
    e: Expr,
    c: Extract<Expr['exprKind'], { case: 'constExpr' }>['value']['constantKind'],
  ): Compiled<E> {
    const int = this.ops.mode === 'int';
    // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the default case handles the rest
    switch (c.case) {
      case 'boolValue':
        return constant(c.value, BOOL);
      case 'stringValue':
        return constant(c.value, STRING);
      case 'int64Value': {
        try {
          return constant(this.ops.intLiteral(c.value), INT);
        } catch (thrown) {
          return this.fail(e, thrown instanceof Error ? thrown.message : String(thrown));
        }
      }
      case 'doubleValue':
        if (!int) return constant(c.value, DOUBLE);
        // Shared invariants are written for JSON records (`attempt >= 1.0`); an integral
        // double compares exactly like the int, anything else has no finite-domain meaning.
        if (Number.isSafeInteger(c.value)) return constant(c.value, INT);
        return this.fail(
          e,
          `non-integral number ${c.value} is not supported ${this.s.dialect} (ints only)`,
        );
      case 'nullValue':
        if (!int) return constant(null, NULL);
        return this.fail(
          e,
          `null is not supported ${this.s.dialect} (use bool, int and string values)`,
        );
      default:
        return this.fail(
          e,
          `literal of kind ${String(c.case)} is not supported ${this.s.dialect} (use bool, int and string values)`,
        );
    }
  }

  private ident(e: Expr, name: string, locals: Locals<E>): Compiled<E> {
    const local = locals.get(name);
    if (local !== undefined) {
      this.dynamicRefs++;
      const slot = local.slot;
      return { t: local.t, fn: (env) => env.l[slot] };
    }
    const b = this.s.scope.lookup(name);
    if (b === undefined) {
      const known = this.s.scope.known();
      return this.fail(
        e,
        `unknown name \`${name}\`${known.length > 0 ? `; known names: ${known.join(', ')}` : ''}. Declare it under \`variables\` or \`constants\`, or as an action parameter.`,
      );
    }
    if (b.kind === 'value') return constant(b.value, b.t);
    this.dynamicRefs++;
    if (b.reads !== undefined) this.reads.add(b.reads);
    return { t: b.t, fn: b.fn };
  }

  private select(
    e: Expr,
    v: Extract<Expr['exprKind'], { case: 'selectExpr' }>['value'],
    locals: Locals<E>,
    depth: number,
    nest: number,
  ): Compiled<E> {
    const { operand, field, testOnly } = v;
    if (operand === undefined) return this.fail(e, 'select without operand');
    const o = this.compile(operand, locals, depth + 1, nest);
    const ft = this.fieldType(e, o.t, field);
    const of = o.fn;
    const ops = this.ops;
    const guard = this.qualifiedGuard(e, locals);
    if (testOnly) {
      if (guard !== undefined)
        return { t: BOOL, fn: (env) => (guard(env), ops.has(of(env), field)) };
      return { t: BOOL, fn: (env) => ops.has(of(env), field) };
    }
    if (guard !== undefined)
      return { t: ft, fn: (env) => (guard(env), ops.select(of(env), field)) };
    return { t: ft, fn: (env) => ops.select(of(env), field) };
  }

  /**
   * In json mode `a.b.c` may name a binding called `a.b` or `a.b.c` (CEL's qualified names);
   * the closure refuses whenever such a binding exists, so the library resolves it.
   */
  private qualifiedGuard(e: Expr, locals: Locals<E>): ((env: E) => void) | undefined {
    if (this.ops.mode !== 'json') return undefined;
    const parts: string[] = [];
    let cur: Expr | undefined = e;
    while (cur?.exprKind.case === 'selectExpr') {
      parts.unshift(cur.exprKind.value.field);
      cur = cur.exprKind.value.operand;
    }
    if (cur?.exprKind.case !== 'identExpr' || locals.has(cur.exprKind.value.name)) return undefined;
    const root = cur.exprKind.value.name;
    const names = parts.map((_, i) => [root, ...parts.slice(0, i + 1)].join('.'));
    const has = this.s.qualified;
    if (has === undefined) return undefined;
    return (env) => {
      for (const n of names) if (has(env, n)) throw REFUSED;
    };
  }

  private fieldType(e: Expr, t: CelT, field: string): CelT {
    // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the default case handles the rest
    switch (t.k) {
      case 'record': {
        const ft = t.fields.get(field);
        if (ft === undefined) {
          return this.fail(
            e,
            `no field \`${field}\` in ${typeName(t)}; fields: ${[...t.fields.keys()].join(', ')}`,
          );
        }
        return ft;
      }
      case 'map':
        if (t.key.k !== 'string' && t.key.k !== 'dyn')
          this.fail(e, `cannot select \`.${field}\` on ${typeName(t)}`);
        return t.val;
      case 'dyn':
        return DYN;
      default:
        return this.fail(e, `cannot select \`.${field}\` on a value of type ${typeName(t)}`);
    }
  }

  private struct(
    e: Expr,
    v: Extract<Expr['exprKind'], { case: 'structExpr' }>['value'],
    locals: Locals<E>,
    depth: number,
    nest: number,
  ): Compiled<E> {
    if (v.messageName !== '')
      this.fail(e, `message construction is not supported ${this.s.dialect}`);
    const keyFns: Closure<E>[] = [];
    const valFns: Closure<E>[] = [];
    const fields = new Map<string, CelT>();
    let allConstStrings = true;
    const keyTypes: CelT[] = [];
    const valTypes: CelT[] = [];
    for (const entry of v.entries) {
      if (entry.keyKind.case !== 'mapKey') return this.fail(e, 'only map literals are supported');
      if (entry.optionalEntry) this.fail(e, 'optional map entries are not supported');
      if (entry.value === undefined) return this.fail(e, 'map entry without value');
      const key = entry.keyKind.value;
      const kc = key.exprKind;
      const kOut = this.compile(key, locals, depth + 1, nest);
      if (kc.case === 'constExpr' && kc.value.constantKind.case === 'stringValue') {
        const name = kc.value.constantKind.value;
        if (fields.has(name))
          this.fail(key, `duplicate key ${JSON.stringify(name)} in map literal`);
        fields.set(name, DYN);
      } else {
        allConstStrings = false;
        if (!['int', 'string', 'bool', 'dyn'].includes(kOut.t.k))
          this.fail(key, `unsupported map key type '${typeName(kOut.t)}'`);
      }
      const val = this.compile(entry.value, locals, depth + 1, nest);
      if (
        allConstStrings &&
        kc.case === 'constExpr' &&
        kc.value.constantKind.case === 'stringValue'
      )
        fields.set(kc.value.constantKind.value, val.t);
      keyFns.push(kOut.fn);
      valFns.push(val.fn);
      keyTypes.push(kOut.t);
      valTypes.push(val.t);
    }
    const ops = this.ops;
    const t: CelT = allConstStrings
      ? { k: 'record', fields, partial: false }
      : { k: 'map', key: joinTypes(keyTypes), val: joinTypes(valTypes) };
    return {
      t,
      fn: (env) => {
        const keys = keyFns.map((f) => f(env));
        if (!allConstStrings && new Set(keys).size !== keys.length)
          throw new CelRuntimeError('duplicate key in map literal');
        return ops.makeMap(
          keys,
          valFns.map((f) => f(env)),
        );
      },
    };
  }

  private comprehension(
    e: Expr,
    c: Extract<Expr['exprKind'], { case: 'comprehensionExpr' }>['value'],
    locals: Locals<E>,
    depth: number,
    nest: number,
  ): Compiled<E> {
    if (c.iterVar2 !== '') this.fail(e, 'two-variable comprehensions are not supported');
    if (!c.iterRange || !c.accuInit || !c.loopCondition || !c.loopStep || !c.result)
      return this.fail(e, 'incomplete comprehension');
    const inner = nest + 1;
    if (inner > this.s.maxComprehensionNesting) {
      this.fail(
        e,
        `macros (all, exists, exists_one, map, filter) are nested ${inner} deep; the limit is ${this.s.maxComprehensionNesting} so that evaluation time stays bounded`,
        'limit',
      );
    }
    this.loops++;
    const range = this.compile(c.iterRange, locals, depth + 1, nest);
    const elemT: CelT =
      range.t.k === 'list'
        ? range.t.elem
        : range.t.k === 'map'
          ? range.t.key
          : range.t.k === 'record'
            ? STRING
            : range.t.k === 'dyn'
              ? DYN
              : this.fail(c.iterRange, `cannot iterate over a value of type ${typeName(range.t)}`);
    const appendInit =
      c.accuInit.exprKind.case === 'listExpr' && c.accuInit.exprKind.value.elements.length === 0;
    const init = this.compile(c.accuInit, locals, depth + 1, nest);
    let iterSlot = 0;
    for (const { slot } of locals.values()) iterSlot = Math.max(iterSlot, slot + 1);
    const accuSlot = iterSlot + 1;
    this.maxSlot = Math.max(this.maxSlot, accuSlot + 1);
    const body: Locals<E> = new Map(locals);
    body.set(c.iterVar, { slot: iterSlot, t: elemT });
    body.set(c.accuVar, { slot: accuSlot, t: init.t });
    const cond = this.compile(c.loopCondition, body, depth + 1, inner).fn;
    // `map` and `filter` build their result with `@result + [x]`; appending in place keeps
    // them linear (the accumulator is a fresh list no one else sees).
    const append = appendInit
      ? this.appendStep(c.loopStep, c.accuVar, body, depth + 1, inner)
      : undefined;
    const stepOut = append ?? this.compile(c.loopStep, body, depth + 1, inner);
    if (init.t.k === 'list' && stepOut.t.k === 'list')
      body.set(c.accuVar, { slot: accuSlot, t: stepOut.t });
    const stepFn = stepOut.fn;
    const result = this.compile(c.result, body, depth + 1, nest);
    const rangeFn = range.fn;
    const initFn = append !== undefined ? () => [] : init.fn;
    const resultFn = result.fn;
    const ops = this.ops;
    this.dynamicRefs++;
    return {
      t: result.t,
      fn: (env) => {
        const items = ops.items(rangeFn(env));
        const l = env.l;
        const savedIter = l[iterSlot];
        const savedAccu = l[accuSlot];
        l[accuSlot] = initFn(env);
        try {
          for (let i = 0; i < items.length; i++) {
            step();
            l[iterSlot] = ops.admit(items[i]);
            if (cond(env) === false) break;
            l[accuSlot] = stepFn(env);
          }
          return resultFn(env);
        } finally {
          l[iterSlot] = savedIter;
          l[accuSlot] = savedAccu;
        }
      },
    };
  }

  /** `accu + [x]` or `c ? accu + [x] : accu` compiled as an in-place append, else undefined. */
  private appendStep(
    e: Expr,
    accu: string,
    locals: Locals<E>,
    depth: number,
    nest: number,
  ): Compiled<E> | undefined {
    const slot = locals.get(accu)!.slot;
    const isAccu = (x: Expr | undefined): boolean =>
      x?.exprKind.case === 'identExpr' && x.exprKind.value.name === accu;
    const appendOf = (x: Expr | undefined): Closure<E>[] | undefined => {
      if (x?.exprKind.case !== 'callExpr' || x.exprKind.value.function !== '_+_') return undefined;
      const [l, r] = x.exprKind.value.args;
      if (
        !isAccu(l) ||
        r?.exprKind.case !== 'listExpr' ||
        r.exprKind.value.optionalIndices.length > 0
      )
        return undefined;
      return r.exprKind.value.elements.map((el) => this.compile(el, locals, depth + 2, nest).fn);
    };
    const direct = appendOf(e);
    if (direct !== undefined) {
      this.dynamicRefs++;
      return {
        t: listOf(DYN),
        fn: (env) => {
          const list = env.l[slot] as unknown[];
          for (const f of direct) list.push(f(env));
          return list;
        },
      };
    }
    if (e.exprKind.case !== 'callExpr' || e.exprKind.value.function !== '_?_:_') return undefined;
    const [c, t, f] = e.exprKind.value.args;
    if (!isAccu(f)) return undefined;
    const items = appendOf(t);
    if (items === undefined || c === undefined) return undefined;
    const cond = this.compile(c, locals, depth + 1, nest).fn;
    this.dynamicRefs++;
    return {
      t: listOf(DYN),
      fn: (env) => {
        const list = env.l[slot] as unknown[];
        if (bool(cond(env), 'the condition of `? :`')) for (const g of items) list.push(g(env));
        return list;
      },
    };
  }

  private call(
    e: Expr,
    name: string,
    target: Expr | undefined,
    argExprs: Expr[],
    locals: Locals<E>,
    depth: number,
    nest: number,
  ): Compiled<E> {
    if (this.s.hook !== undefined) {
      const special = this.s.hook(name, target, argExprs, {
        compile: (x) => this.compile(x, locals, depth + 1, nest),
        isLocal: (n) => locals.has(n),
        noteRead: (i) => {
          this.dynamicRefs++;
          if (i !== undefined) this.reads.add(i);
        },
      });
      if (special !== undefined) return special;
    }
    const args = argExprs.map((a) => this.compile(a, locals, depth + 1, nest));
    const tgt = target ? this.compile(target, locals, depth + 1, nest) : undefined;
    return this.operator(e, name, tgt, args, argExprs);
  }

  private operator(
    e: Expr,
    name: string,
    tgt: Compiled<E> | undefined,
    args: Compiled<E>[],
    argExprs: Expr[],
  ): Compiled<E> {
    const ops = this.ops;
    const json = ops.mode === 'json';
    const a0 = args[0];
    const a1 = args[1];
    const need = (n: number): void => {
      if (args.length !== n || tgt !== undefined)
        this.fail(e, `\`${OPERATOR_NAMES[name] ?? name}\` takes ${n} argument(s)`);
    };
    const expectBool = (o: Compiled<E>, what: string, at: Expr): void => {
      if (o.t.k !== 'bool' && o.t.k !== 'dyn')
        this.fail(at, `${what} must be a bool, but it is ${typeName(o.t)}`);
    };
    switch (name) {
      case '_&&_':
      case '_||_': {
        need(2);
        const sym = name === '_&&_' ? '&&' : '||';
        expectBool(a0!, `the left side of \`${sym}\``, argExprs[0]!);
        expectBool(a1!, `the right side of \`${sym}\``, argExprs[1]!);
        const l = a0!.fn;
        const r = a1!.fn;
        const absorbing = name === '_||_';
        // CEL's commutative logic: a decisive operand wins even when the other one fails.
        // A refusal is never absorbed: the library may fail outright on the value refused.
        const afterLeftError = (thrown: unknown, env: E): unknown => {
          if (isBudgetError(thrown) || thrown === REFUSED) throw thrown;
          let rv: unknown;
          try {
            rv = r(env);
          } catch (second) {
            if (isBudgetError(second) || second === REFUSED) throw second;
            throw thrown;
          }
          if (rv === absorbing) return absorbing;
          throw thrown;
        };
        return {
          t: BOOL,
          fn: (env) => {
            let lv: unknown;
            try {
              lv = l(env);
            } catch (thrown) {
              return afterLeftError(thrown, env);
            }
            if (lv === absorbing) return absorbing;
            const rv = r(env);
            if (rv === absorbing) return absorbing;
            if (typeof lv !== 'boolean')
              throw new CelRuntimeError(`logical operand is not a bool: ${showValue(lv)}`);
            return bool(rv, 'a logical operand');
          },
        };
      }
      case '!_': {
        need(1);
        expectBool(a0!, 'the operand of `!`', argExprs[0]!);
        const f = a0!.fn;
        return { t: BOOL, fn: (env) => !bool(f(env), 'the operand of `!`') };
      }
      case '@not_strictly_false': {
        need(1);
        const f = a0!.fn;
        return {
          t: BOOL,
          fn: (env) => {
            try {
              return f(env) !== false;
            } catch (thrown) {
              // CEL: an error in a loop condition does not stop the loop early.
              if (isBudgetError(thrown) || thrown === REFUSED) throw thrown;
              return true;
            }
          },
        };
      }
      case '_?_:_': {
        need(3);
        expectBool(a0!, 'the condition of `? :`', argExprs[0]!);
        if (!json && !compatible(args[1]!.t, args[2]!.t)) {
          this.fail(
            e,
            `the branches of \`? :\` have different types: ${typeName(args[1]!.t)} and ${typeName(args[2]!.t)}`,
          );
        }
        const [c, t, f] = [a0!.fn, args[1]!.fn, args[2]!.fn];
        return {
          t: joinTypes([args[1]!.t, args[2]!.t]),
          fn: (env) => (bool(c(env), 'the condition of `? :`') ? t(env) : f(env)),
        };
      }
      case '_==_':
      case '_!=_': {
        need(2);
        if (!json && !compatible(a0!.t, a1!.t)) {
          this.fail(
            e,
            `cannot compare ${typeName(a0!.t)} with ${typeName(a1!.t)}: the comparison would always be false`,
          );
        }
        const [l, r] = [a0!.fn, a1!.fn];
        const same = a0!.t.k === a1!.t.k;
        const scalar = (t: CelT): boolean =>
          t.k === 'string' || t.k === 'bool' || (!json && t.k === 'int');
        if (same && scalar(a0!.t)) {
          // Typed scalars of one type: identity is CEL equality.
          if (name === '_==_') return { t: BOOL, fn: (env) => l(env) === r(env) };
          return { t: BOOL, fn: (env) => l(env) !== r(env) };
        }
        if (name === '_==_') return { t: BOOL, fn: (env) => ops.eq(l(env), r(env)) };
        return { t: BOOL, fn: (env) => !ops.eq(l(env), r(env)) };
      }
      case '_<_':
      case '_<=_':
      case '_>_':
      case '_>=_': {
        need(2);
        for (const [i, o] of [a0!, a1!].entries()) {
          if (!['int', 'double', 'string', 'bool', 'dyn'].includes(o.t.k))
            this.fail(argExprs[i]!, `cannot order values of type ${typeName(o.t)}`);
        }
        if (!compatible(a0!.t, a1!.t))
          this.fail(e, `cannot order ${typeName(a0!.t)} against ${typeName(a1!.t)}`);
        const [l, r] = [a0!.fn, a1!.fn];
        // Two numbers (the common case in both modes) compare without a call.
        const cmp = ops.cmp;
        if (name === '_<_')
          return {
            t: BOOL,
            fn: (env) => {
              const x = l(env);
              const y = r(env);
              return typeof x === 'number' && typeof y === 'number' ? x < y : cmp(x, y) < 0;
            },
          };
        if (name === '_<=_')
          return {
            t: BOOL,
            fn: (env) => {
              const x = l(env);
              const y = r(env);
              return typeof x === 'number' && typeof y === 'number' ? x <= y : cmp(x, y) <= 0;
            },
          };
        if (name === '_>_')
          return {
            t: BOOL,
            fn: (env) => {
              const x = l(env);
              const y = r(env);
              return typeof x === 'number' && typeof y === 'number' ? x > y : cmp(x, y) > 0;
            },
          };
        return {
          t: BOOL,
          fn: (env) => {
            const x = l(env);
            const y = r(env);
            return typeof x === 'number' && typeof y === 'number' ? x >= y : cmp(x, y) >= 0;
          },
        };
      }
      case '_+_': {
        need(2);
        const [lt, rt] = [a0!.t, a1!.t];
        const addable = ['int', 'double', 'string', 'list', 'dyn'];
        if (
          !addable.includes(lt.k) ||
          !addable.includes(rt.k) ||
          (lt.k !== 'dyn' && rt.k !== 'dyn' && lt.k !== rt.k) ||
          !compatible(lt, rt)
        )
          this.fail(e, `\`+\` is not defined for ${typeName(lt)} and ${typeName(rt)}`);
        const [l, r] = [a0!.fn, a1!.fn];
        const t =
          lt.k === 'dyn' ? rt : lt.k === 'list' && rt.k === 'list' ? joinTypes([lt, rt]) : lt;
        return { t, fn: (env) => ops.add(l(env), r(env)) };
      }
      case '_-_':
      case '_*_':
      case '_/_':
      case '_%_': {
        need(2);
        const sym = name.slice(1, -1);
        for (const [i, o] of [a0!, a1!].entries()) {
          if (!isNumeric(o.t) && o.t.k !== 'dyn')
            this.fail(
              argExprs[i]!,
              `\`${sym}\` needs ${json ? 'numbers' : 'ints'}, but this operand is ${typeName(o.t)}`,
            );
        }
        if (isNumeric(a0!.t) && isNumeric(a1!.t) && a0!.t.k !== a1!.t.k)
          this.fail(e, `\`${sym}\` is not defined for ${typeName(a0!.t)} and ${typeName(a1!.t)}`);
        const t = a0!.t.k !== 'dyn' ? a0!.t : a1!.t.k !== 'dyn' ? a1!.t : json ? DYN : INT;
        const [l, r] = [a0!.fn, a1!.fn];
        const f =
          name === '_-_' ? ops.sub : name === '_*_' ? ops.mul : name === '_/_' ? ops.div : ops.mod;
        return { t, fn: (env) => f(l(env), r(env)) };
      }
      case '-_': {
        need(1);
        if (!isNumeric(a0!.t) && a0!.t.k !== 'dyn')
          this.fail(e, `unary \`-\` needs ${json ? 'a number' : 'an int'}, got ${typeName(a0!.t)}`);
        const f = a0!.fn;
        return { t: a0!.t.k === 'dyn' && !json ? INT : a0!.t, fn: (env) => ops.neg(f(env)) };
      }
      case '@in': {
        need(2);
        const ct = a1!.t;
        if (ct.k === 'list') {
          if (!json && !compatible(a0!.t, ct.elem))
            this.fail(e, `\`in\`: a ${typeName(a0!.t)} can never be an element of ${typeName(ct)}`);
        } else if (ct.k === 'map') {
          if (!json && !compatible(a0!.t, ct.key))
            this.fail(e, `\`in\`: a ${typeName(a0!.t)} can never be a key of ${typeName(ct)}`);
        } else if (ct.k === 'record') {
          if (!json && !compatible(a0!.t, STRING))
            this.fail(e, `\`in\`: a ${typeName(a0!.t)} can never be a field of a record`);
        } else if (ct.k !== 'dyn') {
          this.fail(e, `\`in\` needs a list or a map on the right, got ${typeName(ct)}`);
        }
        const [x, c] = [a0!.fn, a1!.fn];
        return { t: BOOL, fn: (env) => ops.inContainer(x(env), c(env)) };
      }
      case '_[_]': {
        need(2);
        const ct = a0!.t;
        let t: CelT = DYN;
        if (ct.k === 'list') {
          if (a1!.t.k !== 'int' && a1!.t.k !== 'dyn')
            this.fail(e, `a list index must be an int, got ${typeName(a1!.t)}`);
          t = ct.elem;
        } else if (ct.k === 'map') {
          if (!compatible(a1!.t, ct.key))
            this.fail(e, `a key of ${typeName(ct)} cannot be a ${typeName(a1!.t)}`);
          t = ct.val;
        } else if (ct.k === 'record') {
          const kc = argExprs[1]!.exprKind;
          if (kc.case === 'constExpr' && kc.value.constantKind.case === 'stringValue')
            t = this.fieldType(e, ct, kc.value.constantKind.value);
        } else if (ct.k !== 'dyn') {
          this.fail(e, `cannot index a value of type ${typeName(ct)}`);
        }
        const [c, k] = [a0!.fn, a1!.fn];
        return { t, fn: (env) => ops.index(c(env), k(env)) };
      }
      case 'size': {
        const o = tgt ?? a0;
        if (o === undefined || args.length + (tgt ? 1 : 0) !== 1)
          return this.fail(e, '`size` takes one argument');
        if (!['string', 'list', 'map', 'record', 'dyn'].includes(o.t.k))
          this.fail(e, `size() needs a string, list or map, got ${typeName(o.t)}`);
        const f = o.fn;
        return { t: INT, fn: (env) => ops.size(f(env)) };
      }
      case 'contains':
      case 'startsWith':
      case 'endsWith': {
        if (tgt === undefined || args.length !== 1)
          return this.fail(e, `\`${name}\` is a string method taking one argument`);
        for (const o of [tgt, a0!]) {
          if (o.t.k !== 'string' && o.t.k !== 'dyn')
            this.fail(e, `\`${name}\` needs strings, got ${typeName(o.t)}`);
        }
        const [s, x] = [tgt.fn, a0!.fn];
        const method =
          name === 'contains'
            ? (a: string, b: string) => a.includes(b)
            : name === 'startsWith'
              ? (a: string, b: string) => a.startsWith(b)
              : (a: string, b: string) => a.endsWith(b);
        return {
          t: BOOL,
          fn: (env) => {
            const sv = s(env);
            const xv = x(env);
            if (typeof sv !== 'string' || typeof xv !== 'string') {
              if (json && (ops.kind(sv) === 'other' || ops.kind(xv) === 'other')) throw REFUSED;
              throw new CelRuntimeError(`\`${name}\` needs strings`);
            }
            return method(sv, xv);
          },
        };
      }
      default:
        return this.extension(e, name, tgt, args);
    }
  }

  private extension(
    e: Expr,
    name: string,
    tgt: Compiled<E> | undefined,
    args: Compiled<E>[],
  ): Compiled<E> {
    const fn: CelFunction | undefined = Object.hasOwn(this.s.functions, name)
      ? this.s.functions[name]
      : undefined;
    if (fn === undefined || (tgt !== undefined && fn.receiver !== true)) {
      const extra = Object.keys(this.s.functions);
      return this.fail(
        e,
        `function \`${OPERATOR_NAMES[name] ?? name.replace(/^_|_$/g, '')}\` is not supported ${this.s.dialect}; supported: ${[...BUILTIN_FUNCTIONS, ...extra].join(', ')}`,
      );
    }
    const all = tgt === undefined ? args : [tgt, ...args];
    if (all.length !== fn.arity)
      this.fail(e, `\`${name}\` takes ${fn.arity} argument(s), got ${all.length}`);
    const t = fn.type(all.map((a) => a.t));
    if (typeof t === 'string') return this.fail(e, `\`${name}\`: ${t}`);
    this.loops++;
    const fns = all.map((a) => a.fn);
    const ctx = { mode: this.ops.mode, charge };
    const impl = fn.impl;
    return {
      t,
      fn: (env) =>
        impl(
          fns.map((f) => f(env)),
          ctx,
        ),
    };
  }
}
