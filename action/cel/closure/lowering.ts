/**
 * The shapes shared by the parts of the closure compiler: the environment and closures it
 * produces, the caller's {@link Scope}, the settings of one compilation, and {@link Lowering},
 * what `literals.ts`, `macros.ts` and `operators.ts` may ask of the {@link Compiler} that calls
 * them.
 */
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import { CelRuntimeError } from './errors.js';
import type { FunctionRegistry } from './functions.js';
import type { CelT } from './types.js';
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
  /** Set when the node is a constant (a literal, a constant name, or a folded sub-tree). */
  known?: { value: unknown };
  /** What a hook knows about its closure, for its own caller (the compiler never reads it). */
  note?: unknown;
}

/** What a specialisation hook may ask of the compiler. */
export interface HookContext<E extends ClosureEnv> {
  /**
   * Compiles a sub-expression with the current macro variables, as an argument of the call
   * (or, with `deeper`, of a call that many levels further down in it).
   */
  readonly compile: (e: Expr, deeper?: number) => Compiled<E>;
  /** How many levels below the call the expression may still nest (the depth limit). */
  readonly depthLeft: number;
  /** Throws the compile error of the call (or of the node `at` inside it). */
  readonly fail: (message: string, at?: Expr) => never;
  /** True when `name` is a macro variable here (it shadows the scope). */
  readonly isLocal: (name: string) => boolean;
  /** The slot of macro variable `name` in `env.l` (undefined when it is not one). */
  readonly slotOf: (name: string) => number | undefined;
  /** Records that the result reads the state (so it is never constant-folded). */
  readonly noteRead: (index?: number) => void;
}

/**
 * Replaces the generic closure of a call (`_in_`, `_[_]`, …) by a specialised one, e.g. the
 * model checker's bit test for `x in S` on a set variable. A field selection `a.f` (not a
 * `has()` test) is offered as the name `@select` with the select expression as the only
 * argument. Returns `undefined` to decline.
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

/** Macro variables in scope while compiling: name → slot in `env.l` and static type. */
export type Locals<E extends ClosureEnv> = Map<string, { slot: number; t: CelT }> & { __e?: E };

/** What the parts of the compiler may ask of the compiler that calls them. */
export interface Lowering<E extends ClosureEnv> {
  readonly ops: Ops;
  readonly settings: CompilerSettings<E>;
  /** Compiles a sub-expression (constant sub-trees are folded). */
  compile(e: Expr, locals: Locals<E>, depth: number, nest: number): Compiled<E>;
  /** Throws the compile error of `e`. */
  fail(e: Expr, message: string, kind?: 'type' | 'limit'): never;
  /** The static type of `.field` on a value of type `t`. */
  fieldType(e: Expr, t: CelT, field: string): CelT;
  /** Records that the node being compiled reads something dynamic (it is never folded). */
  markDynamic(): void;
  /** Records a loop (evaluation is no longer linear in the expression). */
  markLoop(): void;
  /** Records that the environment needs `count` macro slots. */
  useSlots(count: number): void;
}

/** A compiled constant. */
export function constant<E extends ClosureEnv>(value: unknown, t: CelT): Compiled<E> {
  return { t, fn: () => value, known: { value } };
}

/** `v` when it is a bool, else the runtime error naming `what`. */
export function bool(v: unknown, what: string): boolean {
  if (typeof v !== 'boolean')
    throw new CelRuntimeError(`${what} must be a bool, got ${showValue(v)}`);
  return v;
}
