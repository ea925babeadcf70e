/**
 * Explicit-state breadth-first search over a compiled spec, the way TLC does it with one worker:
 * states are packed into a few 32-bit words, identified by a 64-bit fingerprint, and only the
 * fingerprint, a parent pointer and the transition's ordinal are kept per state. The frontier
 * holds the packed states of one BFS level. A counterexample is rebuilt by replaying the
 * ordinals from the initial state, so it is the shortest trace to the violation.
 */
import {
  DomainError,
  FnValue,
  FunctionType,
  RecordType,
  SetType,
  getBits,
  setBits,
  show,
  toJson,
  type FiniteType,
} from './domain.js';
import { CelRuntimeError, type Env } from './expr.js';
import { typeValues } from './type-values.js';
import { Frontier, StateTable, fingerprint, h1, h2 } from './fingerprints.js';
import type { Action, Invariant, Model, Response, Update } from './spec.js';
import type { SourceLocation } from '../../contract/errors.js';

/** Options of one search. */
export interface CheckOptions {
  /** Stop after this many distinct states (bound). */
  maxStates?: number;
  /** Do not expand states at this depth (initial states have depth 1). */
  maxDepth?: number;
  /** Stop after this many milliseconds (bound). */
  timeMs?: number;
  /** Monotonic milliseconds; defaults to `performance.now`. */
  clock?: () => number;
  /** Aborts the search (the gate's time limit). */
  signal?: AbortSignal;
  /** Progress lines, about once a second. */
  progress?: (line: string) => void;
}

/** One state of a counterexample. */
export interface TraceStep {
  /** 1-based position in the trace. */
  index: number;
  /** The action that led here (`null` for the initial state). */
  action: string | null;
  params: Record<string, unknown>;
  state: Record<string, unknown>;
  /** A lasso's last entry: the behaviour stutters in the previous state forever. */
  stuttering?: true;
  /** A lasso's last entry: the behaviour goes back to state `back_to` (1-based) and loops. */
  back_to?: number;
}

/** What went wrong, with the shortest trace that shows it. */
export interface Violation {
  kind: 'invariant' | 'deadlock' | 'response' | 'liveness' | 'action-property' | 'domain' | 'eval';
  message: string;
  /** The invariant or response that failed. */
  invariant?: Invariant;
  response?: Response;
  /** Where in the spec the failing rule or expression is. */
  location: SourceLocation;
  trace: TraceStep[];
}

/** Search statistics. */
export interface CheckStats {
  distinct: number;
  generated: number;
  /** Number of BFS levels reached (TLC's "depth"; initial states are depth 1). */
  depth: number;
  durationMs: number;
  distinctPerSecond: number;
  generatedPerSecond: number;
  /** TLC's optimistic estimate of a fingerprint collision: n² / 2^65. */
  collisionProbability: number;
  /** Bytes of search memory per distinct state (fingerprint table, per-state arrays, frontier). */
  bytesPerState: number;
  /** Words (32-bit) of one packed state. */
  stateWords: number;
}

/** The outcome of one search. */
export interface CheckResult {
  spec: string;
  file: string;
  status: 'ok' | 'violation' | 'bound' | 'aborted';
  bound?: 'depth' | 'states' | 'time';
  violation?: Violation;
  stats: CheckStats;
}

/** Raised inside the search for a violation found while generating a successor. */
class StepFailure extends Error {
  /** The transition being taken when it failed, when it failed inside one. */
  step: { action: Action; tuple: unknown[] } | undefined;
  constructor(
    readonly kind: 'domain' | 'eval',
    message: string,
    readonly location: SourceLocation,
  ) {
    super(message);
  }
}

/** A transition callback: the successor words, the action and its parameter tuple. */
type OnSuccessor = (succ: Uint32Array, action: Action, tuple: unknown[]) => boolean | void;

/** The search over one model. */
export class Checker {
  private readonly env: Env;
  private readonly succ: Uint32Array;
  private readonly words: number;
  private current: Uint32Array;

  constructor(readonly model: Model) {
    this.words = model.words;
    this.current = new Uint32Array(this.words);
    const vars = model.vars;
    const env: Env = {
      v: new Array<unknown>(vars.length).fill(undefined),
      p: [],
      l: new Array<unknown>(model.slots + 4),
      load: (i) => {
        const x = vars[i]!.type.read(this.current, vars[i]!.offset);
        env.v[i] = x;
        return x;
      },
      has: (i, elem) => getBits(this.current, vars[i]!.offset + elem, 1) === 1,
    };
    this.env = env;
    this.succ = new Uint32Array(this.words);
    // A second environment for state constraints on successors, so checking one does not
    // discard the decoded variables of the state being expanded.
    const cenv: Env = {
      v: new Array<unknown>(vars.length).fill(undefined),
      p: [],
      l: new Array<unknown>(model.slots + 4),
      load: (i) => {
        const x = vars[i]!.type.read(this.constrained, vars[i]!.offset);
        cenv.v[i] = x;
        return x;
      },
      has: (i, elem) => getBits(this.constrained, vars[i]!.offset + elem, 1) === 1,
    };
    this.cenv = cenv;
    this.constrained = this.current;
  }

  private readonly cenv: Env;
  private constrained: Uint32Array;

  /** Makes `words` the current state; variables are decoded on first use. */
  private decode(words: Uint32Array): void {
    this.current = words;
    this.env.v.fill(undefined);
  }

  /** The decoded state as plain JSON, for traces. */
  stateJson(words: Uint32Array): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const v of this.model.vars) out[v.name] = toJson(v.type.read(words, v.offset));
    return out;
  }

  /**
   * The initial states (packed), in a deterministic order, generated one at a time: the choices
   * of each variable are listed, their cross product is walked like an odometer (the last
   * variable fastest), so a large product costs time against the bounds, not memory.
   */
  *initialStates(): Generator<Uint32Array> {
    const env: Env = {
      v: [],
      p: [],
      l: new Array<unknown>(this.model.slots + 4),
      load: () => undefined,
      has: () => false,
    };
    const vars = this.model.vars;
    const constraints = this.model.constraints;
    for (const block of this.model.init) {
      // Each variable's choices as a restartable iterator (a `where` filters them).
      const sources = vars.map((v, vi): (() => Iterator<unknown>) => {
        const rule = block[vi]!;
        const fail = (thrown: unknown): StepFailure =>
          this.evalFailure(thrown, rule.loc, `initial value of \`${v.name}\``);
        let base: () => Iterable<unknown>;
        try {
          if (rule.kind === 'eq') {
            const one = [rule.fn(env)];
            base = () => one;
          } else if (rule.kind === 'in') {
            const list = rule.fn(env);
            if (!Array.isArray(list))
              throw new CelRuntimeError(`\`in\` must give a list, got a ${typeof list}`);
            const items = list as unknown[];
            base = () => items;
          } else if (rule.kind === 'each') {
            const fnType = v.type as FunctionType;
            const vals = fnType.dom.values().map((k) => {
              env.p = [k];
              return rule.fn(env);
            });
            const one = [new FnValue(fnType.dom, vals)];
            base = () => one;
          } else {
            base = () => typeValues(v.type);
          }
        } catch (thrown) {
          throw fail(thrown);
        }
        const where = rule.kind === 'in' || rule.kind === 'all' ? rule.where : undefined;
        if (where === undefined) return () => base()[Symbol.iterator]();
        return function* filtered(): Generator<unknown> {
          for (const x of base()) {
            env.p = [x];
            let ok: unknown;
            try {
              ok = where(env);
            } catch (thrown) {
              throw fail(thrown);
            }
            if (ok === true) yield x;
          }
        };
      });
      const n = vars.length;
      const its = sources.map((f) => f());
      const cur = new Array<unknown>(n);
      let empty = false;
      for (let k = 0; k < n; k++) {
        const r = its[k]!.next();
        if (r.done === true) empty = true;
        else cur[k] = r.value;
      }
      if (empty) continue;
      for (;;) {
        const words = new Uint32Array(this.words);
        for (let vi = 0; vi < n; vi++) {
          const v = vars[vi]!;
          try {
            v.type.write(cur[vi], words, v.offset);
          } catch (thrown) {
            throw this.evalFailure(thrown, block[vi]!.loc, `initial value of \`${v.name}\``);
          }
        }
        if (constraints.length === 0 || this.inModel(words)) yield words;
        // Advance the odometer: the last variable fastest; exhausted ones restart.
        let k = n - 1;
        for (; k >= 0; k--) {
          const r = its[k]!.next();
          if (r.done !== true) {
            cur[k] = r.value;
            break;
          }
          its[k] = sources[k]!();
          cur[k] = its[k]!.next().value;
        }
        if (k < 0) break;
      }
    }
  }

  /** True when `words` satisfies every state constraint (TLC's CONSTRAINT). */
  private inModel(words: Uint32Array): boolean {
    this.constrained = words;
    this.cenv.v.fill(undefined);
    for (const c of this.model.constraints) {
      let ok: unknown;
      try {
        ok = c.fn(this.cenv);
      } catch (thrown) {
        throw this.evalFailure(thrown, c.loc, `state constraint \`${c.source}\``);
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
  private initialState(n: number): Uint32Array {
    let i = 0;
    for (const s of this.initialStates()) if (i++ === n) return s;
    throw new Error('internal: initial state replay diverged');
  }

  private evalFailure(thrown: unknown, loc: SourceLocation, what: string): StepFailure {
    if (thrown instanceof DomainError)
      return new StepFailure('domain', `${what}: ${thrown.message}`, loc);
    const msg = thrown instanceof Error ? thrown.message : String(thrown);
    return new StepFailure('eval', `${what}: ${msg}`, loc);
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
        for (let t = 0; t < tuples.length; t++)
          if (this.fire(action, tuples[t]!, state, onSucc)) return this.enabled;
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

  /** Takes one transition if its guard holds; true when `onSucc` asked to stop. */
  private fire(action: Action, tuple: unknown[], state: Uint32Array, onSucc: OnSuccessor): boolean {
    const env = this.env;
    env.p = tuple;
    if (action.guard !== undefined) {
      let g: unknown;
      try {
        g = action.guard(env);
      } catch (thrown) {
        throw this.evalFailure(thrown, action.loc, `guard of \`${action.name}\``);
      }
      if (g === false) return false;
      if (g !== true) {
        throw new StepFailure(
          'eval',
          `the guard of \`${action.name}\` evaluated to a non-bool value`,
          action.loc,
        );
      }
    }
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
        throw this.evalFailure(thrown, p.loc, `parameter \`${p.name}\` of \`${action.name}\``);
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
    if (n === 0) return this.fire(action, [], state, onSucc);
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
        if (this.fire(action, tuple.slice(), state, onSucc)) return true;
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
      leaf.write(u.fn(env), this.succ, off);
    } catch (thrown) {
      throw this.evalFailure(thrown, u.loc, `action \`${action.name}\` updating \`${u.target}\``);
    }
  }

  /** Runs the search. */
  async run(options: CheckOptions = {}): Promise<CheckResult> {
    const clock = options.clock ?? (() => performance.now());
    const started = clock();
    const model = this.model;
    const W = this.words;
    const maxStates = options.maxStates ?? model.bounds.max_states ?? Number.POSITIVE_INFINITY;
    const maxDepth = options.maxDepth ?? model.bounds.max_depth ?? Number.POSITIVE_INFINITY;
    const timeMs =
      options.timeMs ??
      (model.bounds.time_seconds !== undefined
        ? model.bounds.time_seconds * 1000
        : Number.POSITIVE_INFINITY);
    const table = new StateTable();
    let generated = 0;
    let depth = 0;
    let peakFrontierBytes = 0;
    const responses = model.responses;
    const withEdges = responses.length > 0;
    let edges = new Int32Array(withEdges ? 1024 : 0);
    let edgeCount = 0;
    let edgeStart = new Int32Array(withEdges ? 1024 : 0);
    let respFlags = new Uint8Array(withEdges ? 1024 * responses.length : 0);

    const stats = (): CheckStats => {
      const durationMs = Math.max(clock() - started, 1e-3);
      const n = table.count;
      return {
        distinct: n,
        generated,
        depth,
        durationMs: Math.round(durationMs * 1000) / 1000,
        distinctPerSecond: Math.round((n / durationMs) * 1000),
        generatedPerSecond: Math.round((generated / durationMs) * 1000),
        collisionProbability: (n * n) / 2 ** 65,
        bytesPerState:
          n === 0
            ? 0
            : Math.round(
                (table.bytes() +
                  peakFrontierBytes +
                  edges.byteLength +
                  edgeStart.byteLength +
                  respFlags.byteLength) /
                  n,
              ),
        stateWords: W,
      };
    };
    const result = (
      status: CheckResult['status'],
      extra: Partial<CheckResult> = {},
    ): CheckResult => ({
      spec: model.name,
      file: model.file,
      status,
      ...extra,
      stats: stats(),
    });
    const failure = (f: StepFailure, parentId: number): CheckResult => {
      const trace = parentId >= 0 ? this.trace(table, parentId) : [];
      if (f.step !== undefined) {
        // The failing step has no successor state to show; it is listed with an empty state.
        trace.push({
          index: trace.length + 1,
          action: f.step.action.name,
          params: this.paramsOf(f.step.action, f.step.tuple),
          state: {},
        });
      }
      return result('violation', {
        violation: { kind: f.kind, message: f.message, location: f.location, trace },
      });
    };

    let frontier = new Frontier(W);
    let bound: CheckResult['bound'];
    let initCount = 0;
    try {
      for (const s of this.initialStates()) {
        generated++;
        fingerprint(s, W);
        const id = table.insert(h1, h2, -1, initCount++);
        if (id >= 0) frontier.push(s, id);
        if (table.count >= maxStates) {
          bound = 'states';
          break;
        }
        if ((initCount & 4095) === 0) {
          if (options.signal?.aborted) return result('aborted');
          if (clock() - started > timeMs) {
            bound = 'time';
            break;
          }
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
    } catch (thrown) {
      if (thrown instanceof StepFailure) return failure(thrown, -1);
      throw thrown;
    }
    if (bound !== undefined) return result('bound', { bound });
    // A state with very many parameter tuples checks the bounds while it is being expanded.
    this.interrupt = () => {
      if (clock() - started > timeMs) {
        bound = 'time';
        return true;
      }
      return options.signal?.aborted === true;
    };

    const cur = new Uint32Array(W);
    let lastYield = clock();
    let lastProgress = lastYield;
    let expanded = 0;
    let curId = -1;
    const constrained = model.constraints.length > 0;
    const onSucc: OnSuccessor = (succ) => {
      generated++;
      // TLC's CONSTRAINT: a successor outside the constraints is generated (so its state is not
      // deadlocked) but neither stored nor explored.
      if (constrained && !this.inModel(succ)) {
        ordinal++;
        return false;
      }
      fingerprint(succ, W);
      let id = table.insert(h1, h2, curId, ordinal);
      if (id >= 0) next.push(succ, id);
      else id = -id - 1;
      if (withEdges) {
        if (edgeCount >= edges.length) {
          const e = new Int32Array(edges.length * 2);
          e.set(edges);
          edges = e;
        }
        edges[edgeCount++] = id;
      }
      ordinal++;
      if (table.count >= maxStates) {
        bound = 'states';
        return true;
      }
      return false;
    };
    let ordinal = 0;
    let next = new Frontier(W);

    while (frontier.length > 0) {
      depth++;
      next = new Frontier(W, Math.max(1024, frontier.length));
      for (let s = 0; s < frontier.length; s++) {
        const fw = frontier.words;
        for (let w = 0, base = s * W; w < W; w++) cur[w] = fw[base + w]!;
        curId = frontier.ids[s]!;
        this.decode(cur);
        // Invariants, in spec order.
        for (const inv of model.invariants) {
          for (const check of inv.checks) {
            let ok: unknown;
            try {
              ok = check.fn(this.env);
            } catch (thrown) {
              return failure(this.evalFailure(thrown, inv.loc, `invariant ${inv.name}`), curId);
            }
            if (ok !== true) {
              if (ok !== false)
                return failure(
                  new StepFailure(
                    'eval',
                    `invariant ${inv.name} evaluated to a non-bool value`,
                    inv.loc,
                  ),
                  curId,
                );
              return result('violation', {
                violation: {
                  kind: 'invariant',
                  message: `invariant ${inv.name} is violated: \`${check.source}\` is false${(check.message ?? inv.message) ? ` (${check.message ?? inv.message})` : ''}`,
                  invariant: inv,
                  location: inv.loc,
                  trace: this.trace(table, curId),
                },
              });
            }
          }
        }
        if (withEdges) {
          while (curId + 2 > edgeStart.length) {
            const e = new Int32Array(edgeStart.length * 2);
            e.set(edgeStart);
            edgeStart = e;
          }
          while ((curId + 1) * responses.length > respFlags.length) {
            const f = new Uint8Array(respFlags.length * 2);
            f.set(respFlags);
            respFlags = f;
          }
          edgeStart[curId] = edgeCount;
          for (let r = 0; r < responses.length; r++) {
            const resp = responses[r]!;
            let p: unknown;
            let q: unknown;
            try {
              p = resp.when(this.env);
              q = resp.then(this.env);
            } catch (thrown) {
              return failure(this.evalFailure(thrown, resp.loc, `response ${resp.name}`), curId);
            }
            if (typeof p !== 'boolean' || typeof q !== 'boolean') {
              return failure(
                new StepFailure('eval', `response ${resp.name}: when/then must be bools`, resp.loc),
                curId,
              );
            }
            respFlags[curId * responses.length + r] = (p ? 1 : 0) | (q ? 2 : 0);
          }
        }
        if (depth >= maxDepth) {
          bound ??= 'depth';
          if (withEdges) edgeStart[curId + 1] = edgeCount;
          continue;
        }
        ordinal = 0;
        let enabled: number;
        try {
          enabled = this.successors(cur, onSucc, true);
        } catch (thrown) {
          if (thrown instanceof StepFailure) return failure(thrown, curId);
          throw thrown;
        }
        if (withEdges) edgeStart[curId + 1] = edgeCount;
        if (this.interrupted) {
          if (options.signal?.aborted) return result('aborted');
          break;
        }
        if ((bound as CheckResult['bound']) === 'states') break;
        if (enabled === 0 && model.deadlock) {
          return result('violation', {
            violation: {
              kind: 'deadlock',
              message:
                'deadlock: no action is enabled in the last state (set `deadlock: false` in the spec if termination is intended)',
              location: { file: model.file, line: 1, column: 1 },
              trace: this.trace(table, curId),
            },
          });
        }
        expanded++;
        if (table.count >= maxStates) {
          bound = 'states';
          break;
        }
        if ((expanded & 1023) === 0) {
          const now = clock();
          if (options.signal?.aborted) return result('aborted');
          if (now - started > timeMs) {
            bound = 'time';
            break;
          }
          if (now - lastProgress > 1000) {
            lastProgress = now;
            options.progress?.(
              `${model.name}: ${table.count} distinct states, depth ${depth}, ${next.length} queued`,
            );
          }
          if (now - lastYield > 25) {
            // Let timers (the runner's time limit) and I/O run during long searches.
            await new Promise<void>((resolve) => setImmediate(resolve));
            lastYield = clock();
            if (options.signal?.aborted) return result('aborted');
          }
        }
      }
      peakFrontierBytes = Math.max(
        peakFrontierBytes,
        frontier.words.byteLength +
          frontier.ids.byteLength +
          next.words.byteLength +
          next.ids.byteLength,
      );
      if (bound === 'states' || bound === 'time') break;
      frontier = next;
    }
    if (bound !== undefined) return result('bound', { bound });

    if (withEdges) {
      const v = this.checkResponses(table.count, edges, edgeStart, respFlags);
      if (v !== undefined) return result('violation', { violation: v(table) });
    }
    return result('ok');
  }

  private paramsOf(action: Action, tuple: unknown[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    action.params.forEach((p, i) => {
      out[p.name] = toJson(tuple[i]);
    });
    return out;
  }

  /** Rebuilds the shortest trace to state `id` by replaying transition ordinals. */
  private trace(table: StateTable, id: number): TraceStep[] {
    const chain: number[] = [];
    for (let x = id; x >= 0; x = table.parent[x]!) chain.unshift(x);
    let state = this.initialState(table.ord[chain[0]!]!);
    const steps: TraceStep[] = [
      { index: 1, action: null, params: {}, state: this.stateJson(state) },
    ];
    for (let i = 1; i < chain.length; i++) {
      const want = table.ord[chain[i]!]!;
      let k = 0;
      let found: { words: Uint32Array; action: Action; tuple: unknown[] } | undefined;
      this.successors(state, (succ, action, tuple) => {
        if (k++ === want) {
          found = { words: succ.slice(), action, tuple };
          return true;
        }
        return false;
      });
      if (found === undefined) throw new Error('internal: counterexample replay diverged');
      state = found.words;
      steps.push({
        index: i + 1,
        action: found.action.name,
        params: this.paramsOf(found.action, found.tuple),
        state: this.stateJson(state),
      });
    }
    return steps;
  }

  /** Words of state `id` by replay (for response counterexample suffixes). */
  private wordsOf(table: StateTable, id: number): Uint32Array {
    const chain: number[] = [];
    for (let x = id; x >= 0; x = table.parent[x]!) chain.unshift(x);
    let state = this.initialState(table.ord[chain[0]!]!);
    for (let i = 1; i < chain.length; i++) {
      const want = table.ord[chain[i]!]!;
      let k = 0;
      this.successors(state, (succ) => {
        if (k++ === want) {
          state = succ.slice();
          return true;
        }
        return false;
      });
    }
    return state;
  }

  /**
   * Bounded response: `when` is followed by `then` within N steps on every path. W_0 = then;
   * W_k = then ∪ {s with at least one successor, all in W_{k-1}}; a `when` state outside W_N
   * violates. The witness follows, from that state, successors outside the shrinking W sets.
   */
  private checkResponses(
    n: number,
    edges: Int32Array,
    edgeStart: Int32Array,
    flags: Uint8Array,
  ): ((table: StateTable) => Violation) | undefined {
    const R = this.model.responses.length;
    for (let r = 0; r < R; r++) {
      const resp = this.model.responses[r]!;
      const layers: Uint8Array[] = [];
      let w = new Uint8Array(n);
      for (let s = 0; s < n; s++) w[s] = (flags[s * R + r]! & 2) !== 0 ? 1 : 0;
      layers.push(w);
      for (let k = 1; k <= resp.within; k++) {
        const nw = new Uint8Array(n);
        for (let s = 0; s < n; s++) {
          if (w[s] === 1) {
            nw[s] = 1;
            continue;
          }
          const a = edgeStart[s]!;
          const b = edgeStart[s + 1]!;
          if (b === a) continue;
          let all = 1;
          for (let e = a; e < b; e++)
            if (w[edges[e]!] === 0) {
              all = 0;
              break;
            }
          nw[s] = all;
        }
        w = nw;
        layers.push(w);
      }
      for (let s = 0; s < n; s++) {
        if ((flags[s * R + r]! & 1) !== 0 && w[s] === 0) {
          return (table) => {
            const trace = this.trace(table, s);
            let cur = s;
            let words = this.wordsOf(table, s);
            for (let k = resp.within; k >= 1; k--) {
              const a = edgeStart[cur]!;
              const b = edgeStart[cur + 1]!;
              let pick = -1;
              for (let e = a; e < b; e++)
                if (layers[k - 1]![edges[e]!] === 0) {
                  pick = e - a;
                  cur = edges[e]!;
                  break;
                }
              if (pick < 0) break;
              let j = 0;
              this.successors(words, (succ, action, tuple) => {
                if (j++ === pick) {
                  words = succ.slice();
                  trace.push({
                    index: trace.length + 1,
                    action: action.name,
                    params: this.paramsOf(action, tuple),
                    state: this.stateJson(words),
                  });
                  return true;
                }
                return false;
              });
            }
            return {
              kind: 'response',
              message: `response ${resp.name} is violated: a state where \`when\` holds is not followed by \`then\` within ${resp.within} step(s) on every path (the trace continues from that state along a path that avoids \`then\`${edgeStart[cur + 1] === edgeStart[cur] ? ' and ends where no action is enabled' : ''})`,
              response: resp,
              location: resp.loc,
              trace,
            };
          };
        }
      }
    }
    return undefined;
  }
}

/** Loads nothing, runs the search: the one-call API. */
export async function checkModel(model: Model, options: CheckOptions = {}): Promise<CheckResult> {
  return new Checker(model).run(options);
}
