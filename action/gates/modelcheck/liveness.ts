/**
 * Temporal properties over the whole state graph under fairness, decided after an exhaustive
 * search. `when ~> then` (and `<>then`, from the initial states) fails when some `when` state
 * can reach, through states where `then` is false, a fair end of a behaviour: a state that may
 * stutter forever (no fair action enabled), or a strongly connected set of states in which a
 * loop can satisfy every weak and strong fairness condition. Strong fairness refines a
 * component by dropping the states where an untaken strongly fair action is enabled (as TLC
 * and the Emerson–Lei algorithm do). The counterexample is a lasso in TLC's form: the states of
 * a prefix and a loop, then a `back_to` entry, or a `stuttering` entry.
 */
import type { TraceStep, Violation } from './check-result.js';
import type { StateTable } from './fingerprints.js';
import type { Temporal } from './model.js';
import { GraphScratch } from './scc.js';
import type { StateGraph } from './state-graph.js';
import { nthSuccessor, paramsOf, traceTo, wordsOf } from './traces.js';
import type { Transitions } from './transitions.js';

/** One fairness condition after splitting by `per`: its kind and the labels it covers. */
interface Unit {
  kind: 'weak' | 'strong';
}

/** Fairness conditions and, per edge label, the conditions its transition takes. */
function fairnessUnits(t: Transitions, graph: StateGraph): { units: Unit[]; byLabel: number[][] } {
  const units: Unit[] = [];
  const byLabel: number[][] = graph.labelInfo.map(() => []);
  for (const f of t.model.fairness) {
    const perValue = new Map<string, number>();
    let whole = -1;
    graph.labelInfo.forEach((info, label) => {
      if (!f.actions.includes(info.action)) return;
      let u: number;
      if (f.per === undefined) {
        if (whole < 0) whole = units.push({ kind: f.kind }) - 1;
        u = whole;
      } else {
        const v = info.values.get(f.per.name)!;
        u = perValue.get(v) ?? units.push({ kind: f.kind }) - 1;
        perValue.set(v, u);
      }
      byLabel[label]!.push(u);
    });
  }
  return { units, byLabel };
}

/** The first temporal property that fails, as a lazily built violation. */
export function checkTemporal(
  t: Transitions,
  n: number,
  graph: StateGraph,
  isInitial: (s: number) => boolean,
): ((table: StateTable) => Violation) | undefined {
  const props = t.model.properties;
  if (props.length === 0) return undefined;
  const { edges, start, labels, flags } = graph;
  const { units, byLabel } = fairnessUnits(t, graph);
  const U = units.length;
  const K = Math.max(1, Math.ceil(U / 32));
  // The fairness conditions a transition takes, and those enabled in each state (a step that
  // changes the state, as TLA+'s ENABLED <<A>>_vars).
  const edgeUnits = (e: number): number[] => (labels.length > 0 ? byLabel[labels[e]!]! : []);
  const enabled = new Uint32Array(n * K);
  for (let s = 0; s < n; s++)
    for (let e = start[s]!; e < start[s + 1]!; e++) {
      const w = edges[e]!;
      if (w < 0 || w === s) continue;
      for (const u of edgeUnits(e)) enabled[s * K + (u >>> 5)]! |= 1 << (u & 31);
    }
  const isEnabled = (s: number, u: number): boolean =>
    (enabled[s * K + (u >>> 5)]! & (1 << (u & 31))) !== 0;
  const stutters = (s: number): boolean => {
    for (let k = 0; k < K; k++) if (enabled[s * K + k] !== 0) return false;
    return true;
  };
  const scratch = new GraphScratch(graph, n);
  const R = t.model.responses.length;
  // Predecessors (CSR), to find the states from which a fair end is reachable.
  const rstart = new Int32Array(n + 1);
  for (let s = 0; s < n; s++)
    for (let e = start[s]!; e < start[s + 1]!; e++) {
      const w = edges[e]!;
      if (w >= 0 && w !== s) rstart[w + 1]!++;
    }
  for (let s = 0; s < n; s++) rstart[s + 1]! += rstart[s]!;
  const preds = new Int32Array(rstart[n]!);
  const fill = rstart.slice(0, n);
  for (let s = 0; s < n; s++)
    for (let e = start[s]!; e < start[s + 1]!; e++) {
      const w = edges[e]!;
      if (w >= 0 && w !== s) preds[fill[w]!++] = s;
    }

  for (let pi = 0; pi < props.length; pi++) {
    const prop = props[pi]!;
    const col = R + pi;
    const bad = new Uint8Array(n);
    for (let s = 0; s < n; s++) bad[s] = (flags[s * graph.stride + col]! & 2) === 0 ? 1 : 0;
    // Fair ends among the bad states: 1 stuttering, 2 in a fair component (comp id in `comp`).
    const fair = new Uint8Array(n);
    const comp = new Int32Array(n).fill(-1);
    const components: { states: number[]; taken: Set<number> }[] = [];
    for (let s = 0; s < n; s++) if (bad[s] === 1 && stutters(s)) fair[s] = 1;
    const work: number[][] = scratch.components(range(n), (v) => bad[v] === 1);
    while (work.length > 0) {
      const c = work.pop()!;
      if (c.length < 2) continue;
      const member = new Set(c);
      const taken = new Set<number>();
      for (const s of c)
        for (let e = start[s]!; e < start[s + 1]!; e++) {
          const w = edges[e]!;
          if (w !== s && member.has(w)) for (const u of edgeUnits(e)) taken.add(u);
        }
      let unfair = false;
      const strongUntaken: number[] = [];
      for (let u = 0; u < U && !unfair; u++) {
        if (taken.has(u)) continue;
        if (units[u]!.kind === 'weak') unfair = c.every((s) => isEnabled(s, u));
        else if (c.some((s) => isEnabled(s, u))) strongUntaken.push(u);
      }
      if (unfair) continue;
      if (strongUntaken.length > 0) {
        const keep = c.filter((s) => strongUntaken.every((u) => !isEnabled(s, u)));
        const kept = new Set(keep);
        work.push(...scratch.components(keep, (v) => kept.has(v)));
        continue;
      }
      const id = components.push({ states: c, taken }) - 1;
      for (const s of c) {
        comp[s] = id;
        if (fair[s] === 0) fair[s] = 2;
      }
    }
    // The bad states from which a fair end is reachable through bad states.
    const doomed = new Uint8Array(n);
    const queue: number[] = [];
    for (let s = 0; s < n; s++)
      if (fair[s] !== 0) {
        doomed[s] = 1;
        queue.push(s);
      }
    for (let head = 0; head < queue.length; head++) {
      const w = queue[head]!;
      for (let i = rstart[w]!; i < rstart[w + 1]!; i++) {
        const s = preds[i]!;
        if (bad[s] === 1 && doomed[s] === 0) {
          doomed[s] = 1;
          queue.push(s);
        }
      }
    }
    // The first (so nearest to an initial state) state where the property must start to hold.
    let from = -1;
    for (let s = 0; s < n && from < 0; s++) {
      if (doomed[s] === 0) continue;
      if (prop.kind === 'eventually' ? isInitial(s) : (flags[s * graph.stride + col]! & 1) !== 0)
        from = s;
    }
    if (from < 0) continue;
    const s0 = from;
    return (table) => {
      const trace = traceTo(t, table, s0);
      let words = wordsOf(t, table, s0);
      let cur = s0;
      const step = (e: number, marker?: number): void => {
        const found = nthSuccessor(t, words, e - start[cur]!)!;
        words = found.words;
        cur = edges[e]!;
        const entry: TraceStep = {
          index: trace.length + 1,
          action: found.action.name,
          params: paramsOf(found.action, found.tuple),
          state: marker !== undefined ? trace[marker - 1]!.state : t.stateJson(words),
        };
        if (marker !== undefined) entry.back_to = marker;
        trace.push(entry);
      };
      const inBad = (v: number): boolean => bad[v] === 1;
      for (const e of scratch.path(s0, inBad, (v) => fair[v] !== 0)!) step(e);
      if (fair[cur] === 1) {
        trace.push({
          index: trace.length + 1,
          action: null,
          params: {},
          state: trace[trace.length - 1]!.state,
          stuttering: true,
        });
        return violation(prop, trace, `stutters in state ${trace.length - 1} forever`);
      }
      const c = components[comp[cur]!]!;
      const member = new Set(c.states);
      const inC = (v: number): boolean => member.has(v);
      const entry = cur;
      const entryIndex = trace.length;
      const loop: number[] = [];
      let at = cur;
      const walk = (path: number[] | undefined): void => {
        for (const e of path ?? []) {
          loop.push(e);
          at = edges[e]!;
        }
      };
      for (let u = 0; u < U; u++) {
        if (c.taken.has(u)) {
          // Take one transition of this fair action inside the component.
          const src = (v: number): boolean => hasEdge(v, u, inC);
          walk(scratch.path(at, inC, src));
          const e = edgeOf(at, u, inC);
          loop.push(e);
          at = edges[e]!;
        } else if (units[u]!.kind === 'weak' && isEnabled(at, u)) {
          walk(scratch.path(at, inC, (v) => !isEnabled(v, u)));
        }
      }
      walk(scratch.path(at, inC, (v) => v === entry, loop.length === 0));
      for (let i = 0; i < loop.length; i++)
        step(loop[i]!, i === loop.length - 1 ? entryIndex : undefined);
      return violation(prop, trace, `loops back to state ${entryIndex}`);
    };
  }
  return undefined;

  function hasEdge(v: number, u: number, inC: (v: number) => boolean): boolean {
    return edgeOf(v, u, inC) >= 0;
  }
  function edgeOf(v: number, u: number, inC: (v: number) => boolean): number {
    for (let e = start[v]!; e < start[v + 1]!; e++) {
      const w = edges[e]!;
      if (w !== v && w >= 0 && inC(w) && edgeUnits(e).includes(u)) return e;
    }
    return -1;
  }
}

function* range(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}

function violation(prop: Temporal, trace: TraceStep[], end: string): Violation {
  const what =
    prop.kind === 'eventually'
      ? `\`eventually\` never holds on a fair behaviour`
      : `a state where \`when\` holds is not followed by one where \`leads_to\` holds on a fair behaviour`;
  return {
    kind: 'liveness',
    message: `property ${prop.name} is violated: ${what} (the behaviour then ${end})`,
    property: prop,
    location: prop.loc,
    trace,
  };
}
