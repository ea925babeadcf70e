/**
 * Graph algorithms over the recorded state graph for liveness: strongly connected components
 * of a subset of states (iterative Tarjan; self-loops and `-1` edges ignored) and shortest
 * paths inside a subset (breadth-first, as edge indices).
 */
import type { StateGraph } from './state-graph.js';

/** Reusable per-state scratch arrays, stamped so no call has to clear them. */
export class GraphScratch {
  private stamp = 0;
  private readonly seen: Int32Array;
  private readonly onStack: Int32Array;
  private readonly index: Int32Array;
  private readonly low: Int32Array;
  private readonly prevEdge: Int32Array;
  private readonly prevNode: Int32Array;

  constructor(
    private readonly graph: StateGraph,
    n: number,
  ) {
    this.seen = new Int32Array(n);
    this.onStack = new Int32Array(n);
    this.index = new Int32Array(n);
    this.low = new Int32Array(n);
    this.prevEdge = new Int32Array(n);
    this.prevNode = new Int32Array(n);
  }

  /** The strongly connected components of the states `nodes` for which `inSet` holds. */
  components(nodes: Iterable<number>, inSet: (v: number) => boolean): number[][] {
    const { edges, start } = this.graph;
    const stamp = ++this.stamp;
    const { seen, onStack, index, low } = this;
    const out: number[][] = [];
    const stack: number[] = [];
    const callV: number[] = [];
    const callE: number[] = [];
    let counter = 0;
    const enter = (v: number): void => {
      seen[v] = stamp;
      onStack[v] = stamp;
      index[v] = low[v] = counter++;
      stack.push(v);
      callV.push(v);
      callE.push(start[v]!);
    };
    for (const root of nodes) {
      if (seen[root] === stamp || !inSet(root)) continue;
      enter(root);
      while (callV.length > 0) {
        const top = callV.length - 1;
        const v = callV[top]!;
        const end = start[v + 1]!;
        let e = callE[top]!;
        let descended = false;
        for (; e < end; e++) {
          const w = edges[e]!;
          if (w < 0 || w === v || !inSet(w)) continue;
          if (seen[w] !== stamp) {
            callE[top] = e + 1;
            enter(w);
            descended = true;
            break;
          }
          if (onStack[w] === stamp && index[w]! < low[v]!) low[v] = index[w]!;
        }
        if (descended) continue;
        callV.pop();
        callE.pop();
        if (low[v] === index[v]) {
          const comp: number[] = [];
          for (;;) {
            const x = stack.pop()!;
            onStack[x] = 0;
            comp.push(x);
            if (x === v) break;
          }
          out.push(comp);
        }
        if (callV.length > 0) {
          const u = callV[callV.length - 1]!;
          if (low[v]! < low[u]!) low[u] = low[v]!;
        }
      }
    }
    return out;
  }

  /**
   * The shortest path from `from` to a state satisfying `isTarget`, moving only through states
   * satisfying `inSet`: the edge indices taken, or `undefined` when there is none. A `from`
   * that is itself a target gives `[]` unless `nonEmpty` asks for at least one step.
   */
  path(
    from: number,
    inSet: (v: number) => boolean,
    isTarget: (v: number) => boolean,
    nonEmpty = false,
  ): number[] | undefined {
    const { edges, start } = this.graph;
    if (!nonEmpty && isTarget(from)) return [];
    const stamp = ++this.stamp;
    const { seen, prevEdge, prevNode } = this;
    seen[from] = stamp;
    const queue = [from];
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head]!;
      for (let e = start[u]!; e < start[u + 1]!; e++) {
        const w = edges[e]!;
        if (w < 0 || w === u || !inSet(w)) continue;
        if (isTarget(w)) {
          const out = [e];
          for (let x = u; x !== from; x = prevNode[x]!) out.unshift(prevEdge[x]!);
          return out;
        }
        if (seen[w] === stamp) continue;
        seen[w] = stamp;
        prevEdge[w] = e;
        prevNode[w] = u;
        queue.push(w);
      }
    }
    return undefined;
  }
}
