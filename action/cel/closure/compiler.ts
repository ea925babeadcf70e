/**
 * Compiles a parsed and checked CEL AST to JavaScript closures (see `index.ts` for the API).
 * Each node becomes one closure over an environment `E` whose `l` array holds the macro
 * variables; names are resolved once, at compile time, through the caller's scope. This file
 * walks the tree, resolves names and calls; `literals.ts`, `macros.ts` and `operators.ts`
 * compile the node kinds.
 */
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import { charge, withBudget } from './budget.js';
import { CelCompileError, REFUSED } from './errors.js';
import type { CelFunction } from './functions.js';
import { BUILTIN_FUNCTIONS, OPERATOR_NAMES } from './functions.js';
import { compileLiteral, compileStruct, fieldTypeOf } from './literals.js';
import {
  constant,
  type ClosureEnv,
  type Compiled,
  type CompilerSettings,
  type HookContext,
  type Locals,
  type Lowering,
} from './lowering.js';
import { compileComprehension } from './macros.js';
import { compileOperator } from './operators.js';
import { BOOL, joinTypes, listOf, type CelT } from './types.js';
import type { Ops } from './values.js';

export type {
  CallHook,
  Closure,
  ClosureEnv,
  Compiled,
  CompilerSettings,
  HookContext,
  Scope,
  ScopeBinding,
} from './lowering.js';

const FOLD_ENV: ClosureEnv = { l: [] };

/** The closure compiler of one expression. */
export class Compiler<E extends ClosureEnv> implements Lowering<E> {
  /** Variable indices (scope bindings with `reads`) the expression reads. */
  readonly reads = new Set<number>();
  /** Macro slots the expression needs in `env.l`. */
  maxSlot = 0;
  /** Loops and extension calls compiled (0: evaluation is linear in the expression). */
  loops = 0;
  /**
   * True when a folded sub-tree contained a loop or an extension call: its budget steps were
   * spent here, at compile time, not by each evaluation.
   */
  foldedLoops = false;
  private dynamicRefs = 0;
  readonly ops: Ops;

  constructor(readonly settings: CompilerSettings<E>) {
    this.ops = settings.ops;
  }

  fail(e: Expr, message: string, kind: 'type' | 'limit' = 'type'): never {
    throw new CelCompileError(kind, message, this.settings.source, this.settings.offsetOf(e.id));
  }

  markDynamic(): void {
    this.dynamicRefs++;
  }

  markLoop(): void {
    this.loops++;
  }

  useSlots(count: number): void {
    this.maxSlot = Math.max(this.maxSlot, count);
  }

  fieldType(e: Expr, t: CelT, field: string): CelT {
    return fieldTypeOf(this, e, t, field);
  }

  /** Compiles `e`; a sub-tree that reads nothing dynamic is evaluated once, here. */
  compile(e: Expr, locals: Locals<E>, depth: number, nest: number): Compiled<E> {
    const before = this.dynamicRefs;
    const loopsBefore = this.loops;
    const out = this.compileNode(e, locals, depth, nest);
    if (this.dynamicRefs !== before || e.exprKind.case === 'constExpr') return out;
    // Values are never mutated by closures, so sharing one is safe. A constant that fails (or
    // that json mode refuses) stays a runtime closure.
    try {
      const value = withBudget(
        { maxCost: this.settings.maxCost, maxEvalMs: Infinity },
        out.fn,
        FOLD_ENV as E,
      );
      if (this.loops !== loopsBefore) this.foldedLoops = true;
      return { t: out.t, fn: () => value, known: { value } };
    } catch {
      return out;
    }
  }

  private compileNode(e: Expr, locals: Locals<E>, depth: number, nest: number): Compiled<E> {
    if (depth > this.settings.maxDepth) {
      this.fail(
        e,
        `expression nesting exceeds the limit of ${this.settings.maxDepth} levels; split it into several assertions`,
        'limit',
      );
    }
    const k = e.exprKind;
    switch (k.case) {
      case 'constExpr':
        return compileLiteral(this, e, k.value.constantKind);
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
        return compileStruct(this, e, k.value, locals, depth, nest);
      case 'comprehensionExpr':
        return compileComprehension(this, e, k.value, locals, depth, nest);
      case undefined:
        return this.fail(e, 'unsupported expression');
    }
  }

  private ident(e: Expr, name: string, locals: Locals<E>): Compiled<E> {
    const local = locals.get(name);
    if (local !== undefined) {
      this.dynamicRefs++;
      const slot = local.slot;
      return { t: local.t, fn: (env) => env.l[slot] };
    }
    const b = this.settings.scope.lookup(name);
    if (b === undefined) {
      const known = this.settings.scope.known();
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
    if (!testOnly && this.settings.hook !== undefined) {
      const special = this.settings.hook(
        '@select',
        undefined,
        [e],
        this.hookContext(e, locals, depth, nest),
      );
      if (special !== undefined) return special;
    }
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
    const has = this.settings.qualified;
    if (has === undefined) return undefined;
    return (env) => {
      for (const n of names) if (has(env, n)) throw REFUSED;
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
    if (this.settings.hook !== undefined) {
      const special = this.settings.hook(
        name,
        target,
        argExprs,
        this.hookContext(e, locals, depth, nest),
      );
      if (special !== undefined) return special;
    }
    const args = argExprs.map((a) => this.compile(a, locals, depth + 1, nest));
    const tgt = target ? this.compile(target, locals, depth + 1, nest) : undefined;
    return (
      compileOperator(this, e, name, tgt, args, argExprs) ?? this.extension(e, name, tgt, args)
    );
  }

  private hookContext(e: Expr, locals: Locals<E>, depth: number, nest: number): HookContext<E> {
    return {
      fail: (message, at = e) => this.fail(at, message),
      compile: (x, deeper = 0) => this.compile(x, locals, depth + 1 + deeper, nest),
      depthLeft: this.settings.maxDepth - depth,
      isLocal: (n) => locals.has(n),
      slotOf: (n) => locals.get(n)?.slot,
      noteRead: (i) => {
        this.dynamicRefs++;
        if (i !== undefined) this.reads.add(i);
      },
    };
  }

  private extension(
    e: Expr,
    name: string,
    tgt: Compiled<E> | undefined,
    args: Compiled<E>[],
  ): Compiled<E> {
    const fn: CelFunction | undefined = Object.hasOwn(this.settings.functions, name)
      ? this.settings.functions[name]
      : undefined;
    if (fn === undefined || (tgt !== undefined && fn.receiver !== true)) {
      const extra = Object.keys(this.settings.functions);
      return this.fail(
        e,
        `function \`${OPERATOR_NAMES[name] ?? name.replace(/^_|_$/g, '')}\` is not supported ${this.settings.dialect}; supported: ${[...BUILTIN_FUNCTIONS, ...extra].join(', ')}`,
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
