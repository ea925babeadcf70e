/**
 * The state graph the search records when a spec has responses or temporal properties: per
 * state its successor edges (in enumeration order, so an edge's position is its transition
 * ordinal; a successor outside the state constraints is kept as `-1`), a fairness label per
 * edge, and per state the truth of each response's and property's two conditions.
 */
import type { Closure, Env } from './expr.js';
import type { Action, Model } from './model.js';
import { StepFailure, evalFailure } from './step-failure.js';
import { toJson } from './domain.js';

/** Grows `a` to at least `n` entries (doubling). */
function grown<T extends Int32Array | Uint8Array>(a: T, n: number): T {
  if (n <= a.length) return a;
  let len = Math.max(a.length, 1024);
  while (len < n) len *= 2;
  const b = new (a.constructor as new (n: number) => T)(len);
  b.set(a);
  return b;
}

/** One pair of conditions evaluated on every state (`when`/`then`, `p`/`q`). */
interface Conditions {
  name: string;
  when: Closure | undefined;
  then: Closure;
  loc: Action['loc'];
  what: string;
}

/** The recorded graph: edges in CSR form, edge labels, and per-state condition bits. */
export class StateGraph {
  /** Successor ids; `-1` for a successor outside the state constraints. */
  edges = new Int32Array(1024);
  /** Per edge, the fairness label of its transition (only with fairness rules). */
  labels: Int32Array;
  edgeCount = 0;
  /** Edges of state `s` are `edges[start[s] .. start[s + 1])`. */
  start = new Int32Array(1024);
  /** Per state and condition pair: bit 1 `when` holds, bit 2 `then` holds. */
  flags: Uint8Array;
  private readonly conditions: Conditions[];
  /** Label ids by key (action index and the values of the parameters fairness splits on). */
  readonly labelKeys = new Map<string, number>();
  /** Per label: its action and the values of its `per` parameters. */
  readonly labelInfo: { action: number; values: Map<string, string> }[] = [];
  private readonly perParams: string[][];

  constructor(readonly model: Model) {
    const withLabels = model.fairness.length > 0;
    this.labels = new Int32Array(withLabels ? 1024 : 0);
    this.conditions = [
      ...model.responses.map((r) => ({
        name: r.name,
        when: r.when,
        then: r.then,
        loc: r.loc,
        what: `response ${r.name}`,
      })),
      ...model.properties.map((p) => ({
        name: p.name,
        when: p.when,
        then: p.then,
        loc: p.loc,
        what: `property ${p.name}`,
      })),
    ];
    this.flags = new Uint8Array(1024 * Math.max(1, this.conditions.length));
    // Which parameters each action's label must tell apart.
    this.perParams = model.actions.map((_, ai) => [
      ...new Set(
        model.fairness.flatMap((f) =>
          f.per !== undefined && f.actions.includes(ai) ? [f.per.name] : [],
        ),
      ),
    ]);
  }

  /** Number of condition pairs per state (responses first, then properties). */
  get stride(): number {
    return this.conditions.length;
  }

  /** Starts the edges of state `id`. */
  begin(id: number): void {
    this.start = grown(this.start, id + 2);
    this.start[id] = this.edgeCount;
  }

  /** Ends the edges of state `id`. */
  end(id: number): void {
    this.start[id + 1] = this.edgeCount;
  }

  /** Records an edge to `target` (or `-1`) taken by `action` with `tuple`. */
  add(target: number, action: Action, actionIndex: number, tuple: unknown[]): void {
    const e = this.edgeCount++;
    this.edges = grown(this.edges, e + 1);
    this.edges[e] = target;
    if (this.labels.length > 0) {
      this.labels = grown(this.labels, e + 1);
      this.labels[e] = this.label(action, actionIndex, tuple);
    }
  }

  private label(action: Action, actionIndex: number, tuple: unknown[]): number {
    const per = this.perParams[actionIndex]!;
    if (per.length === 0) {
      const key = String(actionIndex);
      let id = this.labelKeys.get(key);
      if (id === undefined) {
        id = this.labelInfo.length;
        this.labelKeys.set(key, id);
        this.labelInfo.push({ action: actionIndex, values: new Map() });
      }
      return id;
    }
    const values = new Map<string, string>();
    for (const name of per) {
      const i = action.params.findIndex((p) => p.name === name);
      values.set(name, JSON.stringify(toJson(tuple[i])));
    }
    const key = `${actionIndex}\u0000${[...values.values()].join('\u0000')}`;
    let id = this.labelKeys.get(key);
    if (id === undefined) {
      id = this.labelInfo.length;
      this.labelKeys.set(key, id);
      this.labelInfo.push({ action: actionIndex, values });
    }
    return id;
  }

  /** Evaluates every condition pair on state `id` (decoded in `env`). */
  evaluate(id: number, env: Env): StepFailure | undefined {
    const n = this.conditions.length;
    this.flags = grown(this.flags, (id + 1) * n);
    for (let r = 0; r < n; r++) {
      const c = this.conditions[r]!;
      let p: unknown = true;
      let q: unknown;
      try {
        if (c.when !== undefined) p = c.when(env);
        q = c.then(env);
      } catch (thrown) {
        return evalFailure(thrown, c.loc, c.what);
      }
      if (typeof p !== 'boolean' || typeof q !== 'boolean') {
        return new StepFailure(
          'eval',
          r < this.model.responses.length
            ? `${c.what}: when/then must be bools`
            : `${c.what}: its conditions must be bools`,
          c.loc,
        );
      }
      this.flags[id * n + r] = (p ? 1 : 0) | (q ? 2 : 0);
    }
    return undefined;
  }

  /** Bytes held by the graph. */
  bytes(): number {
    return (
      this.edges.byteLength + this.start.byteLength + this.flags.byteLength + this.labels.byteLength
    );
  }
}
