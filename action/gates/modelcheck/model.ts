/**
 * The compiled model the loader (`spec.ts`) produces and the search (`checker.ts`) runs:
 * variables with their packed layout, initial rules, actions, invariants, responses and
 * state constraints.
 */
import type { SourceLocation } from '../../contract/errors.js';
import type { FiniteType, FunctionType, RecordType } from './domain.js';
import type { Closure, Env } from './expr.js';
import type { Writer } from './update-writers.js';

/** Invariant severities, as in `invariants/*.yaml`. */
export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** A variable and where its bits live. */
export interface VarLayout {
  name: string;
  type: FiniteType;
  /** Bit offset in the packed state. */
  offset: number;
}

/** How one variable is initialised. */
export type InitRule =
  | { kind: 'eq'; fn: Closure; loc: SourceLocation }
  | { kind: 'in'; fn: Closure; where?: Closure; loc: SourceLocation }
  | { kind: 'each'; fn: Closure; loc: SourceLocation }
  /** Every value of the variable's type (TLA+'s `x \in [S -> T]`, `{c \in Can : P}`). */
  | {
      kind: 'all';
      where?: Closure;
      /** `where` with the candidate read from the variable's bits in `env.s` (a `var` binding). */
      whereOnState?: Closure;
      loc: SourceLocation;
    };

/** One step of an update target: a function key or a record field. */
export type TargetStep =
  | { kind: 'key'; fn: Closure; container: FunctionType }
  | { kind: 'field'; name: string; container: RecordType };

/** One update of an action. */
export interface Update {
  target: string;
  varIndex: number;
  steps: TargetStep[];
  /** The type of the updated part (the variable's type for a whole update). */
  leaf: FiniteType;
  fn: Closure;
  /** For `S + [...]` on a set variable: the added elements' indices (only their bits are set). */
  added?: ((env: Env) => number)[];
  /** Writes the new value's bits directly (success path only; see `update-writers.ts`). */
  write?: Writer;
  /** The target's bit offset from its keys (else computed from `steps`). */
  offset?: (env: Env) => number;
  loc: SourceLocation;
}

/** A parameter of an action. */
export interface Param {
  name: string;
  fn: Closure;
  /** The value list, when it depends on constants only. */
  constant?: unknown[];
  loc: SourceLocation;
}

/** A compiled action. */
export interface Action {
  name: string;
  params: Param[];
  /** All parameter tuples, when every parameter is constant and there are few of them. */
  tuples?: unknown[][];
  guard: Closure | undefined;
  /**
   * Per listed tuple, the guard specialised to that tuple's constant parameters (undefined:
   * always enabled); evaluates exactly as `guard` does with the tuple bound.
   */
  tupleGuards?: (Closure | undefined)[];
  /** The same guards as one generated function of the tuple's index (see `guard-source.ts`). */
  guardAt?: (env: Env, t: number) => unknown;
  updates: Update[];
  loc: SourceLocation;
}

/** A compiled invariant (shared by id, or inline). */
export interface Invariant {
  name: string;
  /** Id from `invariants/` for shared invariants. */
  id?: string;
  severity: Severity;
  message?: string;
  /** All must hold. */
  checks: { fn: Closure; source: string; message?: string }[];
  loc: SourceLocation;
  /** The shared invariant's own file location. */
  definedAt?: SourceLocation;
}

/** A bounded response property. */
export interface Response {
  name: string;
  when: Closure;
  then: Closure;
  within: number;
  severity: Severity;
  loc: SourceLocation;
}

/**
 * A fairness condition (TLA+'s `WF_vars`/`SF_vars`) on a group of actions: taken when one of
 * them changes the state, enabled when one of them could. With `per`, one condition per value
 * of that parameter (`\A self \in P : WF_vars(A(self) \/ B(self))`).
 */
export interface Fairness {
  kind: 'weak' | 'strong';
  /** Indices into `Model.actions`. */
  actions: number[];
  per?: { name: string };
  loc: SourceLocation;
}

/** A temporal property: `<>then` (no `when`) or `when ~> then`, over fair behaviours. */
export interface Temporal {
  name: string;
  kind: 'eventually' | 'leads_to';
  when?: Closure;
  then: Closure;
  loc: SourceLocation;
}

/** A loaded, compiled spec. */
export interface Model {
  name: string;
  file: string;
  critical: boolean;
  vars: VarLayout[];
  /** Words of the packed state. */
  words: number;
  /** Alternative initial blocks; each maps variable index to its rule. */
  init: InitRule[][];
  actions: Action[];
  invariants: Invariant[];
  responses: Response[];
  /** Temporal properties, checked over the whole state graph under `fairness`. */
  properties: Temporal[];
  fairness: Fairness[];
  /** State constraints (TLC's CONSTRAINT): states outside them are not explored. */
  constraints: {
    fn: Closure;
    source: string;
    loc: SourceLocation;
    /** The variables the constraint reads (when known, successors that keep them skip it). */
    reads?: number[];
  }[];
  deadlock: boolean;
  bounds: { max_depth?: number; max_states?: number; time_seconds?: number; workers?: number };
  /** Comprehension slots needed by the largest expression. */
  slots: number;
  /** Ids of shared invariants the spec references (for cache keys and reports). */
  invariantIds: string[];
}

/** A shared invariant as read from `invariants/` (only what the model checker needs). */
export interface SharedInvariant {
  id: string;
  severity: Severity;
  title?: string;
  /** The `assert` expressions, each with where it starts in its invariant file. */
  asserts: { expr: string; message?: string; location: SourceLocation }[];
  /** Where the invariant is defined (its `id` key). */
  location: SourceLocation;
}

/** Options for loading a spec. */
export interface LoadOptions {
  /** Shared invariants by id. */
  invariants?: ReadonlyMap<string, SharedInvariant>;
  /** Overrides of constants (benchmarks scale models this way). */
  constants?: Record<string, unknown>;
}
