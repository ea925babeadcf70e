/**
 * A model's transition relation over packed states: the initial states, the successors of a
 * state (actions in spec order, parameter tuples in declaration order, each tuple's updates
 * written into a copy of the state's words) and TLC's state constraints.
 */
import { MaestroError } from '../../contract/errors.js';
import {
  DomainError,
  FnValue,
  RecordType,
  SetType,
  getBits,
  setBits,
  show,
  toJson,
  type FiniteType,
} from './domain.js';
import type { Closure, Env } from './expr.js';
import { initialStates } from './initial-states.js';
import type { Action, Model, Update } from './model.js';
import { stateEnv } from './state-env.js';
import { StepFailure, evalFailure } from './step-failure.js';

/** A transition callback: the successor words, the action and its parameter tuple. */
export type OnSuccessor = (succ: Uint32Array, action: Action, tuple: unknown[]) => boolean | void;

/** The transition relation of one model, with the decoded current state. */
export class Transitions {
  /** The environment of the current state (variables decoded on first use). */
  protected readonly env: Env;
  private readonly succ: Uint32Array;
  protected readonly words: number;
  // A second environment for state constraints on successors, so checking one does not
  // discard the decoded variables of the state being expanded.
  private readonly cenv: Env;

  constructor(readonly model: Model) {
    this.words = model.words;
    this.env = stateEnv(model, new Uint32Array(this.words));
    this.succ = new Uint32Array(this.words);
    this.cenv = stateEnv(model, this.env.s);
    this.constraintBits = constraintBits(model);
  }

  /** The initial states (packed), in a deterministic order, generated one at a time. */
  initialStates(): Generator<Uint32Array> {
    return initialStates(this.model, (words) => this.inModel(words));
  }

  /** Makes `words` the current state; variables are decoded on first use. */
  protected decode(words: Uint32Array): void {
    this.env.s = words;
    this.env.v.fill(undefined);
  }

  /** The decoded state as plain JSON, for traces. */
  stateJson(words: Uint32Array): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const v of this.model.vars) out[v.name] = toJson(v.type.read(words, v.offset));
    return out;
  }

  /**
   * Bit ranges (offset, width) of the variables the state constraints read, or undefined when
   * some constraint's reads are unknown.
   */
  private readonly constraintBits: number[] | undefined;

  /**
   * True when `words` satisfies every state constraint (TLC's CONSTRAINT). `parent`, when
   * given, is a state known to satisfy them (the state being expanded): a successor with the
   * same bits in every variable the constraints read gives the same answer without evaluating.
   */
  inModel(words: Uint32Array, parent?: Uint32Array): boolean {
    const ranges = this.constraintBits;
    if (parent !== undefined && ranges !== undefined && sameBits(words, parent, ranges))
      return true;
    this.cenv.s = words;
    this.cenv.v.fill(undefined);
    for (const c of this.model.constraints) {
      let ok: unknown;
      try {
        ok = c.fn(this.cenv);
      } catch (thrown) {
        throw evalFailure(thrown, c.loc, `state constraint \`${c.source}\``);
      }
      if (ok !== true) {
        if (ok !== false)
          throw new StepFailure('eval', `state constraint \`${c.source}\` is not a bool`, c.loc);
        return false;
      }
    }
    return true;
  }

  /** The `n`-th initial state (0-based), regenerated. */
  initialState(n: number): Uint32Array {
    let i = 0;
    for (const s of this.initialStates()) if (i++ === n) return s;
    throw new MaestroError('MC_INTERNAL_ERROR', 'internal: initial state replay diverged');
  }

  /**
   * Enumerates the successors of `state` in a fixed order (actions in spec order, parameter
   * tuples in declaration order). Returns the number of enabled transitions. `onSucc` may return
   * true to stop early.
   */
  successors(state: Uint32Array, onSucc: OnSuccessor, decoded = false): number {
    if (!decoded) this.decode(state);
    this.interrupted = false;
    this.enabled = 0;
    for (const action of this.model.actions) {
      const tuples = action.tuples;
      if (tuples !== undefined) {
        const guardAt = action.guardAt;
        const guards = action.tupleGuards;
        if (guardAt !== undefined) {
          for (let t = 0; t < tuples.length; t++)
            if (this.fireAt(action, guardAt, t, tuples[t]!, state, onSucc)) return this.enabled;
        } else if (guards !== undefined) {
          for (let t = 0; t < tuples.length; t++)
            if (this.fire(action, guards[t], tuples[t]!, state, onSucc)) return this.enabled;
        } else
          for (let t = 0; t < tuples.length; t++)
            if (this.fire(action, action.guard, tuples[t]!, state, onSucc)) return this.enabled;
      } else if (this.lazyTuples(action, state, onSucc)) return this.enabled;
    }
    return this.enabled;
  }

  /** Number of transitions enabled so far in the current `successors` call. */
  private enabled = 0;
  /** Set when `interrupt` stopped the current `successors` call. */
  interrupted = false;
  /** Asked every few thousand lazily enumerated tuples; true stops the expansion (a bound). */
  interrupt: (() => boolean) | undefined;

  /** {@link fire} with the guard of tuple `t` from the action's generated guard function. */
  private fireAt(
    action: Action,
    guardAt: (env: Env, t: number) => unknown,
    t: number,
    tuple: unknown[],
    state: Uint32Array,
    onSucc: OnSuccessor,
  ): boolean {
    const env = this.env;
    env.p = tuple;
    let g: unknown;
    try {
      g = guardAt(env, t);
    } catch (thrown) {
      throw evalFailure(thrown, action.loc, `guard of \`${action.name}\``);
    }
    if (!holds(g, action)) return false;
    return this.take(action, tuple, state, onSucc);
  }

  /** Takes one transition if its guard holds; true when `onSucc` asked to stop. */
  private fire(
    action: Action,
    guard: Closure | undefined,
    tuple: unknown[],
    state: Uint32Array,
    onSucc: OnSuccessor,
  ): boolean {
    const env = this.env;
    env.p = tuple;
    if (guard !== undefined) {
      let g: unknown;
      try {
        g = guard(env);
      } catch (thrown) {
        throw evalFailure(thrown, action.loc, `guard of \`${action.name}\``);
      }
      if (!holds(g, action)) return false;
    }
    return this.take(action, tuple, state, onSucc);
  }

  /** Takes one enabled transition; true when `onSucc` asked to stop. */
  private take(action: Action, tuple: unknown[], state: Uint32Array, onSucc: OnSuccessor): boolean {
    this.enabled++;
    const succ = this.succ;
    for (let w = 0; w < succ.length; w++) succ[w] = state[w]!;
    const updates = action.updates;
    try {
      for (let u = 0; u < updates.length; u++) this.apply(updates[u]!, action);
    } catch (thrown) {
      if (thrown instanceof StepFailure) thrown.step = { action, tuple };
      throw thrown;
    }
    return onSucc(succ, action, tuple) === true;
  }

  /**
   * Enumerates an action's parameter tuples one at a time (each parameter's list evaluated with
   * the earlier parameters bound), so a large product is never listed. True when stopped.
   */
  private lazyTuples(action: Action, state: Uint32Array, onSucc: OnSuccessor): boolean {
    const params = action.params;
    const n = params.length;
    const lists: unknown[][] = new Array<unknown[]>(n);
    const at = new Array<number>(n).fill(0);
    const tuple = new Array<unknown>(n);
    const list = (k: number): unknown[] => {
      const p = params[k]!;
      if (p.constant !== undefined) return p.constant;
      this.env.p = tuple.slice(0, k);
      let value: unknown;
      try {
        value = p.fn(this.env);
      } catch (thrown) {
        throw evalFailure(thrown, p.loc, `parameter \`${p.name}\` of \`${action.name}\``);
      }
      const items = Array.isArray(value)
        ? value
        : value instanceof FnValue
          ? value.keys()
          : undefined;
      if (items === undefined) {
        throw new StepFailure(
          'eval',
          `parameter \`${p.name}\` of \`${action.name}\` did not evaluate to a list`,
          p.loc,
        );
      }
      return items;
    };
    if (n === 0) return this.fire(action, action.guard, [], state, onSucc);
    // Fills levels from..n-1 with their first elements; returns n, or the level whose list is
    // empty (nothing below it can be enumerated).
    const descend = (from: number): number => {
      for (let k = from; k < n; k++) {
        const items = list(k);
        if (items.length === 0) return k;
        lists[k] = items;
        at[k] = 0;
        tuple[k] = items[0];
      }
      return n;
    };
    let filled = descend(0);
    let count = 0;
    for (;;) {
      if (filled === n) {
        if (this.fire(action, action.guard, tuple.slice(), state, onSucc)) return true;
        if ((++count & 4095) === 0 && this.interrupt?.() === true) {
          this.interrupted = true;
          return true;
        }
      }
      // Advance the odometer at the deepest filled level that has a next element.
      let k = filled === n ? n - 1 : filled - 1;
      while (k >= 0 && at[k]! + 1 >= lists[k]!.length) k--;
      if (k < 0) return false;
      at[k]!++;
      tuple[k] = lists[k]![at[k]!];
      filled = descend(k + 1);
    }
  }

  private apply(u: Update, action: Action): void {
    const env = this.env;
    let off = this.model.vars[u.varIndex]!.offset;
    try {
      if (u.offset !== undefined) off = u.offset(env);
      else
        for (const step of u.steps) {
          if (step.kind === 'key') {
            const key = step.fn(env);
            const rel = step.container.entryOffset(key);
            if (rel < 0)
              throw new DomainError(
                `key ${JSON.stringify(toJson(key))} is not in the domain ${step.container.dom.describe()}`,
              );
            off += rel;
          } else {
            const c: RecordType = step.container;
            off += c.offsets[c.names.indexOf(step.name)]!;
          }
        }
      const leaf: FiniteType = u.leaf;
      if (u.added !== undefined && leaf instanceof SetType) {
        const added = u.added;
        for (let i = 0; i < added.length; i++) {
          const at = added[i]!(env);
          if (at < 0) {
            // Recompute the whole value only to name the offending element.
            const bad = (u.fn(env) as unknown[]).find((x) => leaf.elem.indexOf(x) < 0);
            throw new DomainError(`${show(bad)} is not a possible element of ${leaf.describe()}`);
          }
          setBits(this.succ, off + at, 1, 1);
        }
        return;
      }
      const write = u.write;
      if (write === undefined) {
        leaf.write(u.fn(env), this.succ, off);
        return;
      }
      try {
        write(env, this.succ, off);
        return;
      } catch {
        // The writer runs the success path only: the general path gives the exact error.
        leaf.write(u.fn(env), this.succ, off);
      }
    } catch (thrown) {
      throw evalFailure(thrown, u.loc, `action \`${action.name}\` updating \`${u.target}\``);
    }
    throw new MaestroError(
      'MC_INTERNAL_ERROR',
      `internal: the fast update of \`${u.target}\` failed where the general one did not`,
    );
  }
}

function constraintBits(model: Model): number[] | undefined {
  const out: number[] = [];
  for (const c of model.constraints) {
    if (c.reads === undefined) return undefined;
    for (const i of c.reads) out.push(model.vars[i]!.offset, model.vars[i]!.type.bits);
  }
  return out;
}

function sameBits(a: Uint32Array, b: Uint32Array, ranges: number[]): boolean {
  for (let r = 0; r < ranges.length; r += 2) {
    const off = ranges[r]!;
    const n = ranges[r + 1]!;
    for (let k = 0; k < n; k += 32) {
      const w = Math.min(32, n - k);
      if (getBits(a, off + k, w) !== getBits(b, off + k, w)) return false;
    }
  }
  return true;
}

/** True when guard value `g` enables the step; a guard that is not a bool is a step failure. */
function holds(g: unknown, action: Action): boolean {
  if (g === true) return true;
  if (g === false) return false;
  throw new StepFailure(
    'eval',
    `the guard of \`${action.name}\` evaluated to a non-bool value`,
    action.loc,
  );
}
