/**
 * Bounded response (`when` is followed by `then` within N steps on every path), decided over
 * the recorded state graph after the search, with a witness path that avoids `then`.
 */
import type { StateTable } from './fingerprints.js';
import type { Violation } from './check-result.js';
import type { StateGraph } from './state-graph.js';
import { nthSuccessor, paramsOf, traceTo, wordsOf } from './traces.js';
import type { Transitions } from './transitions.js';

/**
 * Bounded response: `when` is followed by `then` within N steps on every path. W_0 = then;
 * W_k = then ∪ {s with at least one successor, all in W_{k-1}}; a `when` state outside W_N
 * violates. The witness follows, from that state, successors outside the shrinking W sets.
 * Successors outside the state constraints (`-1` edges) are not followed.
 */
export function checkResponses(
  t: Transitions,
  n: number,
  graph: StateGraph,
): ((table: StateTable) => Violation) | undefined {
  const { edges, start: edgeStart, flags } = graph;
  const R = graph.stride;
  for (let r = 0; r < t.model.responses.length; r++) {
    const resp = t.model.responses[r]!;
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
        let all = 0;
        for (let e = a; e < b; e++) {
          const to = edges[e]!;
          if (to < 0) continue;
          if (w[to] === 0) {
            all = 0;
            break;
          }
          all = 1;
        }
        nw[s] = all;
      }
      w = nw;
      layers.push(w);
    }
    for (let s = 0; s < n; s++) {
      if ((flags[s * R + r]! & 1) !== 0 && w[s] === 0) {
        return (table) => {
          const trace = traceTo(t, table, s);
          let cur = s;
          let words = wordsOf(t, table, s);
          for (let k = resp.within; k >= 1; k--) {
            const a = edgeStart[cur]!;
            const b = edgeStart[cur + 1]!;
            let pick = -1;
            for (let e = a; e < b; e++)
              if (edges[e]! >= 0 && layers[k - 1]![edges[e]!] === 0) {
                pick = e - a;
                cur = edges[e]!;
                break;
              }
            if (pick < 0) break;
            const found = nthSuccessor(t, words, pick);
            if (found !== undefined) {
              words = found.words;
              trace.push({
                index: trace.length + 1,
                action: found.action.name,
                params: paramsOf(found.action, found.tuple),
                state: t.stateJson(words),
              });
            }
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
