import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  workerScript
} from "./chunk-YNYTAO2Z.js";
import {
  CLAIM_MAIN,
  CLAIM_QUEUED,
  CLAIM_SLOTS,
  ChunkExpander,
  Frontier,
  StateTable,
  StepFailure,
  Transitions,
  evalFailure,
  fingerprint,
  h1,
  h2,
  initialCountHint,
  initialStates,
  loadSpec,
  nthSuccessor,
  paramsOf,
  toJson,
  traceTo,
  wordsOf
} from "./chunk-WPWBD6G4.js";
import {
  loadInvariants
} from "./chunk-S6EVPBLM.js";
import "./chunk-U7RRVDXZ.js";
import "./chunk-VLOXLHMX.js";
import {
  require_dist
} from "./chunk-QH5BUMXO.js";
import {
  ResultCache
} from "./chunk-RBU7RL4H.js";
import {
  outcome,
  sha256
} from "./chunk-HFX54I33.js";
import {
  MaestroError,
  __toESM,
  describeThrown,
  init_define_MAESTRO_CODE_DIGESTS,
  toError
} from "./chunk-OZBR5WFF.js";

// action/gates/modelcheck/index.ts
init_define_MAESTRO_CODE_DIGESTS();
import { readFileSync as readFileSync2 } from "node:fs";
import { relative as relative3, resolve as resolve3 } from "node:path";

// action/gates/modelcheck/parallel.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/checker.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/search-common.ts
init_define_MAESTRO_CODE_DIGESTS();
function searchLimits(model, options) {
  return {
    maxStates: options.maxStates ?? model.bounds.max_states ?? Number.POSITIVE_INFINITY,
    maxDepth: options.maxDepth ?? model.bounds.max_depth ?? Number.POSITIVE_INFINITY,
    timeMs: options.timeMs ?? (model.bounds.time_seconds !== void 0 ? model.bounds.time_seconds * 1e3 : Number.POSITIVE_INFINITY)
  };
}
function searchStats(table, generated, depth, elapsedMs, extraBytes, stateWords) {
  const durationMs = Math.max(elapsedMs, 1e-3);
  const n = table.count;
  return {
    distinct: n,
    generated,
    depth,
    durationMs: Math.round(durationMs * 1e3) / 1e3,
    distinctPerSecond: Math.round(n / durationMs * 1e3),
    generatedPerSecond: Math.round(generated / durationMs * 1e3),
    collisionProbability: n * n / 2 ** 65,
    bytesPerState: n === 0 ? 0 : Math.round((table.bytes() + extraBytes) / n),
    stateWords
  };
}
var MAX_SEED_RESERVE = 1 << 18;
async function seedInitialStates(t, table, frontier, limits, elapsed, signal) {
  const W = t.model.words;
  const hint = Math.min(initialCountHint(t.model), limits.maxStates, MAX_SEED_RESERVE);
  if (hint > 0) {
    table.reserve(hint);
    frontier.reserve(hint);
  }
  const states = initialStates(t.model, (words) => t.inModel(words), true);
  const seeded = { generated: 0, stop: void 0 };
  for (; ; ) {
    const more = seedChunk(states, W, table, frontier, limits.maxStates, seeded);
    if (!more || seeded.stop !== void 0) return seeded;
    if (signal?.aborted) return { ...seeded, stop: "aborted" };
    if (elapsed() > limits.timeMs) return { ...seeded, stop: "time" };
    await new Promise((resolve4) => setImmediate(resolve4));
  }
}
function seedChunk(states, W, table, frontier, maxStates, seeded) {
  let generated = seeded.generated;
  try {
    for (; ; ) {
      const r = states.next();
      if (r.done === true) return false;
      const s = r.value;
      generated++;
      fingerprint(s, W);
      const id = table.insert(h1, h2, -1, generated - 1);
      if (id >= 0) frontier.push(s, id);
      if (table.count >= maxStates) {
        seeded.stop = "states";
        return false;
      }
      if ((generated & 4095) === 0) return true;
    }
  } finally {
    seeded.generated = generated;
  }
}
function stepFailureViolation(t, table, parentId, f, step) {
  const trace = parentId >= 0 ? traceTo(t, table, parentId) : [];
  if (step !== void 0) trace.push({ index: trace.length + 1, ...step, state: {} });
  return { kind: f.kind, message: f.message, location: f.location, trace };
}

// action/gates/modelcheck/liveness.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/scc.ts
init_define_MAESTRO_CODE_DIGESTS();
var GraphScratch = class {
  constructor(graph, n) {
    this.graph = graph;
    this.seen = new Int32Array(n);
    this.onStack = new Int32Array(n);
    this.index = new Int32Array(n);
    this.low = new Int32Array(n);
    this.prevEdge = new Int32Array(n);
    this.prevNode = new Int32Array(n);
  }
  graph;
  stamp = 0;
  seen;
  onStack;
  index;
  low;
  prevEdge;
  prevNode;
  /** The strongly connected components of the states `nodes` for which `inSet` holds. */
  components(nodes, inSet) {
    const { edges, start } = this.graph;
    const stamp = ++this.stamp;
    const { seen, onStack, index, low } = this;
    const out = [];
    const stack = [];
    const callV = [];
    const callE = [];
    let counter = 0;
    const enter = (v) => {
      seen[v] = stamp;
      onStack[v] = stamp;
      index[v] = low[v] = counter++;
      stack.push(v);
      callV.push(v);
      callE.push(start[v]);
    };
    for (const root of nodes) {
      if (seen[root] === stamp || !inSet(root)) continue;
      enter(root);
      while (callV.length > 0) {
        const top = callV.length - 1;
        const v = callV[top];
        const end = start[v + 1];
        let e = callE[top];
        let descended = false;
        for (; e < end; e++) {
          const w = edges[e];
          if (w < 0 || w === v || !inSet(w)) continue;
          if (seen[w] !== stamp) {
            callE[top] = e + 1;
            enter(w);
            descended = true;
            break;
          }
          if (onStack[w] === stamp && index[w] < low[v]) low[v] = index[w];
        }
        if (descended) continue;
        callV.pop();
        callE.pop();
        if (low[v] === index[v]) {
          const comp = [];
          for (; ; ) {
            const x = stack.pop();
            onStack[x] = 0;
            comp.push(x);
            if (x === v) break;
          }
          out.push(comp);
        }
        if (callV.length > 0) {
          const u = callV[callV.length - 1];
          if (low[v] < low[u]) low[u] = low[v];
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
  path(from, inSet, isTarget, nonEmpty = false) {
    const { edges, start } = this.graph;
    if (!nonEmpty && isTarget(from)) return [];
    const stamp = ++this.stamp;
    const { seen, prevEdge, prevNode } = this;
    seen[from] = stamp;
    const queue = [from];
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head];
      for (let e = start[u]; e < start[u + 1]; e++) {
        const w = edges[e];
        if (w < 0 || w === u || !inSet(w)) continue;
        if (isTarget(w)) {
          const out = [e];
          for (let x = u; x !== from; x = prevNode[x]) out.unshift(prevEdge[x]);
          return out;
        }
        if (seen[w] === stamp) continue;
        seen[w] = stamp;
        prevEdge[w] = e;
        prevNode[w] = u;
        queue.push(w);
      }
    }
    return void 0;
  }
};

// action/gates/modelcheck/liveness.ts
function fairnessUnits(t, graph) {
  const units = [];
  const byLabel = graph.labelInfo.map(() => []);
  for (const f of t.model.fairness) {
    const perValue = /* @__PURE__ */ new Map();
    let whole = -1;
    graph.labelInfo.forEach((info, label) => {
      if (!f.actions.includes(info.action)) return;
      let u;
      if (f.per === void 0) {
        if (whole < 0) whole = units.push({ kind: f.kind }) - 1;
        u = whole;
      } else {
        const v = info.values.get(f.per.name);
        u = perValue.get(v) ?? units.push({ kind: f.kind }) - 1;
        perValue.set(v, u);
      }
      byLabel[label].push(u);
    });
  }
  return { units, byLabel };
}
function checkTemporal(t, n, graph, isInitial) {
  const props = t.model.properties;
  if (props.length === 0) return void 0;
  const { edges, start, labels, flags } = graph;
  const { units, byLabel } = fairnessUnits(t, graph);
  const U = units.length;
  const K = Math.max(1, Math.ceil(U / 32));
  const edgeUnits = (e) => labels.length > 0 ? byLabel[labels[e]] : [];
  const enabled = new Uint32Array(n * K);
  for (let s = 0; s < n; s++)
    for (let e = start[s]; e < start[s + 1]; e++) {
      const w = edges[e];
      if (w < 0 || w === s) continue;
      for (const u of edgeUnits(e)) enabled[s * K + (u >>> 5)] |= 1 << (u & 31);
    }
  const isEnabled = (s, u) => (enabled[s * K + (u >>> 5)] & 1 << (u & 31)) !== 0;
  const stutters = (s) => {
    for (let k = 0; k < K; k++) if (enabled[s * K + k] !== 0) return false;
    return true;
  };
  const scratch = new GraphScratch(graph, n);
  const R = t.model.responses.length;
  const rstart = new Int32Array(n + 1);
  for (let s = 0; s < n; s++)
    for (let e = start[s]; e < start[s + 1]; e++) {
      const w = edges[e];
      if (w >= 0 && w !== s) rstart[w + 1]++;
    }
  for (let s = 0; s < n; s++) rstart[s + 1] += rstart[s];
  const preds = new Int32Array(rstart[n]);
  const fill = rstart.slice(0, n);
  for (let s = 0; s < n; s++)
    for (let e = start[s]; e < start[s + 1]; e++) {
      const w = edges[e];
      if (w >= 0 && w !== s) preds[fill[w]++] = s;
    }
  for (let pi = 0; pi < props.length; pi++) {
    const prop = props[pi];
    const col = R + pi;
    const bad = new Uint8Array(n);
    for (let s = 0; s < n; s++) bad[s] = (flags[s * graph.stride + col] & 2) === 0 ? 1 : 0;
    const fair = new Uint8Array(n);
    const comp = new Int32Array(n).fill(-1);
    const components = [];
    for (let s = 0; s < n; s++) if (bad[s] === 1 && stutters(s)) fair[s] = 1;
    const work = scratch.components(range(n), (v) => bad[v] === 1);
    while (work.length > 0) {
      const c = work.pop();
      if (c.length < 2) continue;
      const member = new Set(c);
      const taken = /* @__PURE__ */ new Set();
      for (const s of c)
        for (let e = start[s]; e < start[s + 1]; e++) {
          const w = edges[e];
          if (w !== s && member.has(w)) for (const u of edgeUnits(e)) taken.add(u);
        }
      let unfair = false;
      const strongUntaken = [];
      for (let u = 0; u < U && !unfair; u++) {
        if (taken.has(u)) continue;
        if (units[u].kind === "weak") unfair = c.every((s) => isEnabled(s, u));
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
    const doomed = new Uint8Array(n);
    const queue = [];
    for (let s = 0; s < n; s++)
      if (fair[s] !== 0) {
        doomed[s] = 1;
        queue.push(s);
      }
    for (let head = 0; head < queue.length; head++) {
      const w = queue[head];
      for (let i = rstart[w]; i < rstart[w + 1]; i++) {
        const s = preds[i];
        if (bad[s] === 1 && doomed[s] === 0) {
          doomed[s] = 1;
          queue.push(s);
        }
      }
    }
    let from = -1;
    for (let s = 0; s < n && from < 0; s++) {
      if (doomed[s] === 0) continue;
      if (prop.kind === "eventually" ? isInitial(s) : (flags[s * graph.stride + col] & 1) !== 0)
        from = s;
    }
    if (from < 0) continue;
    const s0 = from;
    return (table) => {
      const trace = traceTo(t, table, s0);
      let words = wordsOf(t, table, s0);
      let cur = s0;
      const step = (e, marker) => {
        const found = nthSuccessor(t, words, e - start[cur]);
        words = found.words;
        cur = edges[e];
        const entry2 = {
          index: trace.length + 1,
          action: found.action.name,
          params: paramsOf(found.action, found.tuple),
          state: marker !== void 0 ? trace[marker - 1].state : t.stateJson(words)
        };
        if (marker !== void 0) entry2.back_to = marker;
        trace.push(entry2);
      };
      const inBad = (v) => bad[v] === 1;
      for (const e of scratch.path(s0, inBad, (v) => fair[v] !== 0)) step(e);
      if (fair[cur] === 1) {
        trace.push({
          index: trace.length + 1,
          action: null,
          params: {},
          state: trace[trace.length - 1].state,
          stuttering: true
        });
        return violation(prop, trace, `stutters in state ${trace.length - 1} forever`);
      }
      const c = components[comp[cur]];
      const member = new Set(c.states);
      const inC = (v) => member.has(v);
      const entry = cur;
      const entryIndex = trace.length;
      const loop = [];
      let at = cur;
      const walk = (path) => {
        for (const e of path ?? []) {
          loop.push(e);
          at = edges[e];
        }
      };
      for (let u = 0; u < U; u++) {
        if (c.taken.has(u)) {
          const src = (v) => hasEdge(v, u, inC);
          walk(scratch.path(at, inC, src));
          const e = edgeOf(at, u, inC);
          loop.push(e);
          at = edges[e];
        } else if (units[u].kind === "weak" && isEnabled(at, u)) {
          walk(scratch.path(at, inC, (v) => !isEnabled(v, u)));
        }
      }
      walk(scratch.path(at, inC, (v) => v === entry, loop.length === 0));
      for (let i = 0; i < loop.length; i++)
        step(loop[i], i === loop.length - 1 ? entryIndex : void 0);
      return violation(prop, trace, `loops back to state ${entryIndex}`);
    };
  }
  return void 0;
  function hasEdge(v, u, inC) {
    return edgeOf(v, u, inC) >= 0;
  }
  function edgeOf(v, u, inC) {
    for (let e = start[v]; e < start[v + 1]; e++) {
      const w = edges[e];
      if (w !== v && w >= 0 && inC(w) && edgeUnits(e).includes(u)) return e;
    }
    return -1;
  }
}
function* range(n) {
  for (let i = 0; i < n; i++) yield i;
}
function violation(prop, trace, end) {
  const what = prop.kind === "eventually" ? `\`eventually\` never holds on a fair behaviour` : `a state where \`when\` holds is not followed by one where \`leads_to\` holds on a fair behaviour`;
  return {
    kind: "liveness",
    message: `property ${prop.name} is violated: ${what} (the behaviour then ${end})`,
    property: prop,
    location: prop.loc,
    trace
  };
}

// action/gates/modelcheck/responses.ts
init_define_MAESTRO_CODE_DIGESTS();
function checkResponses(t, n, graph) {
  const { edges, start: edgeStart, flags } = graph;
  const R = graph.stride;
  for (let r = 0; r < t.model.responses.length; r++) {
    const resp = t.model.responses[r];
    const layers = [];
    let w = new Uint8Array(n);
    for (let s = 0; s < n; s++) w[s] = (flags[s * R + r] & 2) !== 0 ? 1 : 0;
    layers.push(w);
    for (let k = 1; k <= resp.within; k++) {
      const nw = new Uint8Array(n);
      for (let s = 0; s < n; s++) {
        if (w[s] === 1) {
          nw[s] = 1;
          continue;
        }
        const a = edgeStart[s];
        const b = edgeStart[s + 1];
        let all = 0;
        for (let e = a; e < b; e++) {
          const to = edges[e];
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
      if ((flags[s * R + r] & 1) !== 0 && w[s] === 0) {
        return (table) => {
          const trace = traceTo(t, table, s);
          let cur = s;
          let words = wordsOf(t, table, s);
          for (let k = resp.within; k >= 1; k--) {
            const a = edgeStart[cur];
            const b = edgeStart[cur + 1];
            let pick = -1;
            for (let e = a; e < b; e++)
              if (edges[e] >= 0 && layers[k - 1][edges[e]] === 0) {
                pick = e - a;
                cur = edges[e];
                break;
              }
            if (pick < 0) break;
            const found = nthSuccessor(t, words, pick);
            if (found !== void 0) {
              words = found.words;
              trace.push({
                index: trace.length + 1,
                action: found.action.name,
                params: paramsOf(found.action, found.tuple),
                state: t.stateJson(words)
              });
            }
          }
          return {
            kind: "response",
            message: `response ${resp.name} is violated: a state where \`when\` holds is not followed by \`then\` within ${resp.within} step(s) on every path (the trace continues from that state along a path that avoids \`then\`${edgeStart[cur + 1] === edgeStart[cur] ? " and ends where no action is enabled" : ""})`,
            response: resp,
            location: resp.loc,
            trace
          };
        };
      }
    }
  }
  return void 0;
}

// action/gates/modelcheck/state-graph.ts
init_define_MAESTRO_CODE_DIGESTS();
function grown(a, n) {
  if (n <= a.length) return a;
  let len = Math.max(a.length, 1024);
  while (len < n) len *= 2;
  const b = new a.constructor(len);
  b.set(a);
  return b;
}
var StateGraph = class {
  constructor(model) {
    this.model = model;
    const withLabels = model.fairness.length > 0;
    this.labels = new Int32Array(withLabels ? 1024 : 0);
    this.conditions = [
      ...model.responses.map((r) => ({
        name: r.name,
        when: r.when,
        then: r.then,
        loc: r.loc,
        what: `response ${r.name}`
      })),
      ...model.properties.map((p) => ({
        name: p.name,
        when: p.when,
        then: p.then,
        loc: p.loc,
        what: `property ${p.name}`
      }))
    ];
    this.flags = new Uint8Array(1024 * Math.max(1, this.conditions.length));
    this.perParams = model.actions.map((_, ai) => [
      ...new Set(
        model.fairness.flatMap(
          (f) => f.per !== void 0 && f.actions.includes(ai) ? [f.per.name] : []
        )
      )
    ]);
  }
  model;
  /** Successor ids; `-1` for a successor outside the state constraints. */
  edges = new Int32Array(1024);
  /** Per edge, the fairness label of its transition (only with fairness rules). */
  labels;
  edgeCount = 0;
  /** Edges of state `s` are `edges[start[s] .. start[s + 1])`. */
  start = new Int32Array(1024);
  /** Per state and condition pair: bit 1 `when` holds, bit 2 `then` holds. */
  flags;
  conditions;
  /** Label ids by key (action index and the values of the parameters fairness splits on). */
  labelKeys = /* @__PURE__ */ new Map();
  /** Per label: its action and the values of its `per` parameters. */
  labelInfo = [];
  perParams;
  /** Number of condition pairs per state (responses first, then properties). */
  get stride() {
    return this.conditions.length;
  }
  /** Starts the edges of state `id`. */
  begin(id) {
    this.start = grown(this.start, id + 2);
    this.start[id] = this.edgeCount;
  }
  /** Ends the edges of state `id`. */
  end(id) {
    this.start[id + 1] = this.edgeCount;
  }
  /** Records an edge to `target` (or `-1`) taken by `action` with `tuple`. */
  add(target, action, actionIndex, tuple) {
    const e = this.edgeCount++;
    this.edges = grown(this.edges, e + 1);
    this.edges[e] = target;
    if (this.labels.length > 0) {
      this.labels = grown(this.labels, e + 1);
      this.labels[e] = this.label(action, actionIndex, tuple);
    }
  }
  label(action, actionIndex, tuple) {
    const per = this.perParams[actionIndex];
    if (per.length === 0) {
      const key2 = String(actionIndex);
      let id2 = this.labelKeys.get(key2);
      if (id2 === void 0) {
        id2 = this.labelInfo.length;
        this.labelKeys.set(key2, id2);
        this.labelInfo.push({ action: actionIndex, values: /* @__PURE__ */ new Map() });
      }
      return id2;
    }
    const values = /* @__PURE__ */ new Map();
    for (const name of per) {
      const i = action.params.findIndex((p) => p.name === name);
      values.set(name, JSON.stringify(toJson(tuple[i])));
    }
    const key = `${actionIndex}\0${[...values.values()].join("\0")}`;
    let id = this.labelKeys.get(key);
    if (id === void 0) {
      id = this.labelInfo.length;
      this.labelKeys.set(key, id);
      this.labelInfo.push({ action: actionIndex, values });
    }
    return id;
  }
  /** Evaluates every condition pair on state `id` (decoded in `env`). */
  evaluate(id, env) {
    const n = this.conditions.length;
    this.flags = grown(this.flags, (id + 1) * n);
    for (let r = 0; r < n; r++) {
      const c = this.conditions[r];
      let p = true;
      let q;
      try {
        if (c.when !== void 0) p = c.when(env);
        q = c.then(env);
      } catch (thrown) {
        return evalFailure(thrown, c.loc, c.what);
      }
      if (typeof p !== "boolean" || typeof q !== "boolean") {
        return new StepFailure(
          "eval",
          r < this.model.responses.length ? `${c.what}: when/then must be bools` : `${c.what}: its conditions must be bools`,
          c.loc
        );
      }
      this.flags[id * n + r] = (p ? 1 : 0) | (q ? 2 : 0);
    }
    return void 0;
  }
  /** Bytes held by the graph. */
  bytes() {
    return this.edges.byteLength + this.start.byteLength + this.flags.byteLength + this.labels.byteLength;
  }
};

// action/gates/modelcheck/checker.ts
var Checker = class extends Transitions {
  /** Runs the search. */
  async run(options = {}) {
    const clock = options.clock ?? (() => performance.now());
    const started = clock();
    const model = this.model;
    const W = this.words;
    const limits = searchLimits(model, options);
    const { maxStates, maxDepth, timeMs } = limits;
    const table = new StateTable();
    let generated = 0;
    let depth = 0;
    let peakFrontierBytes = 0;
    const graph = model.responses.length + model.properties.length > 0 ? new StateGraph(model) : void 0;
    const actionIndex = new Map(model.actions.map((a, i) => [a, i]));
    const stats = () => searchStats(
      table,
      generated,
      depth,
      clock() - started,
      peakFrontierBytes + (graph?.bytes() ?? 0),
      W
    );
    const result = (status, extra = {}) => ({
      spec: model.name,
      file: model.file,
      status,
      ...extra,
      stats: stats()
    });
    const failure2 = (f, parentId) => result("violation", {
      violation: stepFailureViolation(
        this,
        table,
        parentId,
        f,
        f.step && { action: f.step.action.name, params: paramsOf(f.step.action, f.step.tuple) }
      )
    });
    let frontier = new Frontier(W);
    let bound;
    try {
      const seeded = await seedInitialStates(
        this,
        table,
        frontier,
        limits,
        () => clock() - started,
        options.signal
      );
      generated = seeded.generated;
      if (seeded.stop === "aborted") return result("aborted");
      bound = seeded.stop;
    } catch (thrown) {
      if (thrown instanceof StepFailure) return failure2(thrown, -1);
      throw thrown;
    }
    if (bound !== void 0) return result("bound", { bound });
    this.interrupt = () => {
      if (clock() - started > timeMs) {
        bound = "time";
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
    const batching = graph === void 0 && options.batchInserts !== false;
    let batched = 0;
    let batchWords = new Uint32Array(W * 64);
    let batchFp = new Int32Array(64 * 3);
    const flush = () => {
      const n = batched;
      if (n === 0) return;
      batched = 0;
      let seen = 0;
      for (let i = 0; i < n; i++) seen |= table.touch(batchFp[i * 3], batchFp[i * 3 + 1]);
      table.touched ^= seen;
      for (let i = 0; i < n; i++) {
        const id = table.insert(batchFp[i * 3], batchFp[i * 3 + 1], curId, batchFp[i * 3 + 2]);
        if (id >= 0) next.pushAt(batchWords, i * W, id);
      }
    };
    const onSucc = (succ, action, tuple) => {
      generated++;
      if (constrained && !this.inModel(succ, cur)) {
        graph?.add(-1, action, actionIndex.get(action), tuple);
        ordinal++;
        return false;
      }
      fingerprint(succ, W);
      if (batching && table.count + batched + 1 < maxStates) {
        if ((batched + 1) * 3 > batchFp.length) {
          const fp = new Int32Array(batchFp.length * 2);
          fp.set(batchFp);
          batchFp = fp;
          const words = new Uint32Array(batchWords.length * 2);
          words.set(batchWords);
          batchWords = words;
        }
        batchFp[batched * 3] = h1;
        batchFp[batched * 3 + 1] = h2;
        batchFp[batched * 3 + 2] = ordinal;
        for (let w = 0, at = batched * W; w < W; w++) batchWords[at + w] = succ[w];
        batched++;
        ordinal++;
        return false;
      }
      const lo = h1;
      const hi = h2;
      flush();
      let id = table.insert(lo, hi, curId, ordinal);
      if (id >= 0) next.push(succ, id);
      else id = -id - 1;
      graph?.add(id, action, actionIndex.get(action), tuple);
      ordinal++;
      if (table.count >= maxStates) {
        bound = "states";
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
        for (let w = 0, base = s * W; w < W; w++) cur[w] = fw[base + w];
        curId = frontier.ids[s];
        this.decode(cur);
        for (const inv of model.invariants) {
          for (const check of inv.checks) {
            let ok;
            try {
              ok = check.fn(this.env);
            } catch (thrown) {
              return failure2(evalFailure(thrown, inv.loc, `invariant ${inv.name}`), curId);
            }
            if (ok !== true) {
              if (ok !== false)
                return failure2(
                  new StepFailure(
                    "eval",
                    `invariant ${inv.name} evaluated to a non-bool value`,
                    inv.loc
                  ),
                  curId
                );
              return result("violation", {
                violation: {
                  kind: "invariant",
                  message: `invariant ${inv.name} is violated: \`${check.source}\` is false${check.message ?? inv.message ? ` (${check.message ?? inv.message})` : ""}`,
                  invariant: inv,
                  location: inv.loc,
                  trace: traceTo(this, table, curId)
                }
              });
            }
          }
        }
        if (graph !== void 0) {
          graph.begin(curId);
          const f = graph.evaluate(curId, this.env);
          if (f !== void 0) return failure2(f, curId);
        }
        if (depth >= maxDepth) {
          bound ??= "depth";
          graph?.end(curId);
          continue;
        }
        ordinal = 0;
        let enabled;
        try {
          enabled = this.successors(cur, onSucc, true);
        } catch (thrown) {
          flush();
          if (thrown instanceof StepFailure) return failure2(thrown, curId);
          throw thrown;
        }
        flush();
        graph?.end(curId);
        if (this.interrupted) {
          if (options.signal?.aborted) return result("aborted");
          break;
        }
        if (bound === "states") break;
        if (enabled === 0 && model.deadlock) {
          return result("violation", {
            violation: {
              kind: "deadlock",
              message: "deadlock: no action is enabled in the last state (set `deadlock: false` in the spec if termination is intended)",
              location: { file: model.file, line: 1, column: 1 },
              trace: traceTo(this, table, curId)
            }
          });
        }
        expanded++;
        if (table.count >= maxStates) {
          bound = "states";
          break;
        }
        if ((expanded & 1023) === 0) {
          const now = clock();
          if (options.signal?.aborted) return result("aborted");
          if (now - started > timeMs) {
            bound = "time";
            break;
          }
          if (now - lastProgress > 1e3) {
            lastProgress = now;
            options.progress?.(
              `${model.name}: ${table.count} distinct states, depth ${depth}, ${next.length} queued`
            );
          }
          if (now - lastYield > 25) {
            await new Promise((resolve4) => setImmediate(resolve4));
            lastYield = clock();
            if (options.signal?.aborted) return result("aborted");
          }
        }
      }
      peakFrontierBytes = Math.max(
        peakFrontierBytes,
        frontier.words.byteLength + frontier.ids.byteLength + next.words.byteLength + next.ids.byteLength
      );
      if (bound === "states" || bound === "time") break;
      frontier = next;
    }
    if (bound !== void 0) return result("bound", { bound });
    if (graph !== void 0) {
      const v = checkResponses(this, table.count, graph) ?? checkTemporal(this, table.count, graph, (s) => table.parent[s] === -1);
      if (v !== void 0) return result("violation", { violation: v(table) });
    }
    return result("ok");
  }
};

// action/gates/modelcheck/parallel-pool.ts
init_define_MAESTRO_CODE_DIGESTS();
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var DEFAULT_WORKER_MEMORY_MB = 512;
var QUEUED_JOBS = 2;
var DEFAULT_STALL_MS = 2e4;
function searchWorkerEntry(from = import.meta.url) {
  const here = dirname(fileURLToPath(from));
  for (const c of [join(here, "mc-search-worker.js"), join(here, "..", "mc-search-worker.js")])
    if (existsSync(c)) return { url: pathToFileURL(c) };
  const source = join(here, "search-worker.ts");
  if (!existsSync(source)) return void 0;
  try {
    const tsx = dirname(createRequire(from).resolve("tsx/package.json"));
    return {
      url: pathToFileURL(source),
      tsx: pathToFileURL(join(tsx, "dist/esm/api/index.mjs")).href
    };
  } catch {
    return void 0;
  }
}
var failure = (message, cause) => new MaestroError("MC_WORKER_FAILED", message, cause !== void 0 ? { cause } : {});
var SearchPool = class _SearchPool {
  constructor(model, source, options) {
    this.model = model;
    this.options = options;
    this.stallMs = options.stallMs ?? DEFAULT_STALL_MS;
    this.timer = setInterval(() => {
      if (this.error === void 0) this.push({ kind: "tick" });
    }, options.tickMs ?? 50);
    const entry = options.entry ?? searchWorkerEntry();
    if (entry === void 0) {
      this.error = failure(
        "modelcheck: the search worker script (mc-search-worker.js) was not found beside the bundle; run with workers: 1 or rebuild"
      );
      return;
    }
    const { script, eval: isEval } = workerScript(entry);
    const data = {
      ...options.workerData ?? {},
      source
    };
    for (let i = 0; i < options.workers; i++) {
      let w;
      try {
        w = new Worker(script, {
          eval: isEval,
          workerData: data,
          resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? DEFAULT_WORKER_MEMORY_MB },
          stdout: false,
          stderr: false
        });
      } catch (thrown) {
        this.fail(
          failure(`modelcheck: cannot start search worker ${i}: ${describeThrown(thrown)}`, thrown)
        );
        return;
      }
      this.workers.push(w);
      this.pending.push(0);
      this.starting.push(true);
      this.lastHeard.push(performance.now());
      w.on("message", (m) => this.onMessage(i, m));
      w.on("error", (e) => {
        const oom = e.code === "ERR_WORKER_OUT_OF_MEMORY";
        this.fail(
          failure(
            oom ? `modelcheck: search worker ${i} ran out of memory (${this.options.memoryMb ?? DEFAULT_WORKER_MEMORY_MB} MiB heap)` : `modelcheck: search worker ${i} threw: ${describeThrown(e)}`,
            e
          )
        );
      });
      w.on(
        "messageerror",
        (e) => this.fail(failure(`modelcheck: a message of search worker ${i} could not be read`, e))
      );
      w.on("exit", (code) => {
        if (!this.closed)
          this.fail(
            failure(`modelcheck: search worker ${i} exited (code ${code}) during the search`)
          );
      });
    }
  }
  model;
  options;
  workers = [];
  lastHeard = [];
  /** Per worker: the jobs sent and not yet answered. */
  pending = [];
  starting = [];
  events = [];
  error;
  wake;
  closed = false;
  ready = 0;
  timer;
  stallMs;
  /** Starts `options.workers` workers over `source`; each becomes idle once it has rebuilt `model`. */
  static launch(model, source, options) {
    return new _SearchPool(model, source, options);
  }
  /** The workers that have rebuilt the model and take jobs. */
  get readyWorkers() {
    return this.ready;
  }
  /** True while some worker is still starting (loading its code, rebuilding the model). */
  get anyStarting() {
    return this.ready < this.workers.length || this.workers.length < this.options.workers;
  }
  /** The next event if one is queued (no waiting); throws the first worker failure. */
  poll() {
    if (this.error !== void 0) throw this.error;
    return this.events.shift();
  }
  /** Starts `options.workers` workers over `source` and waits until each has rebuilt `model`. */
  static async start(model, source, options) {
    const pool = new _SearchPool(model, source, options);
    try {
      while (pool.ready < options.workers) {
        const e = await pool.next();
        if (e.kind === "result")
          throw failure("modelcheck: a search worker answered before it was ready");
      }
    } catch (thrown) {
      await pool.close();
      throw thrown;
    }
    return pool;
  }
  /** The number of workers. */
  get size() {
    return this.workers.length;
  }
  push(e) {
    if (e.kind === "tick") {
      if (this.events.at(-1)?.kind === "tick") return;
      const now = performance.now();
      for (let i = 0; i < this.workers.length; i++) {
        const limit = this.starting[i] ? Math.max(this.stallMs, 6e4) : this.stallMs;
        if ((this.starting[i] || this.pending[i] > 0) && now - this.lastHeard[i] > limit) {
          this.fail(
            new MaestroError(
              "MC_WORKER_STALLED",
              `modelcheck: search worker ${i} sent nothing for ${Math.round((now - this.lastHeard[i]) / 1e3)} s while ${this.starting[i] ? "starting" : "busy"}; taken as hung`
            )
          );
          return;
        }
      }
    }
    this.events.push(e);
    this.wakeUp();
  }
  wakeUp() {
    const w = this.wake;
    this.wake = void 0;
    w?.();
  }
  fail(e) {
    if (this.closed) return;
    this.error ??= e;
    this.wakeUp();
  }
  onMessage(i, raw) {
    this.lastHeard[i] = performance.now();
    const m = raw;
    switch (typeof m === "object" && m !== null ? m.type : void 0) {
      case "alive":
        return;
      case "ready": {
        const r = m;
        if (r.words !== this.model.words || r.actions !== this.model.actions.length || r.invariants !== this.model.invariants.length) {
          this.fail(failure(`modelcheck: search worker ${i} rebuilt a different model`));
          return;
        }
        this.starting[i] = false;
        this.ready++;
        this.push({ kind: "tick" });
        return;
      }
      case "result": {
        const r = m;
        if (!(r.data instanceof Int32Array) || this.pending[i] === 0) {
          this.fail(failure(`modelcheck: search worker ${i} sent a result it was not asked for`));
          return;
        }
        this.pending[i]--;
        this.push({ kind: "result", worker: i, message: r });
        return;
      }
      case "error": {
        const r = m;
        this.fail(
          failure(
            `modelcheck: search worker ${i} failed${r.code !== void 0 ? ` (${r.code})` : ""}: ${String(r.message)}`
          )
        );
        return;
      }
      case void 0:
      default:
        this.fail(failure(`modelcheck: search worker ${i} sent a message outside the protocol`));
    }
  }
  /** Sends a job to a worker that can take one (its words are transferred). */
  send(worker, job) {
    if (this.pending[worker] === 0) this.lastHeard[worker] = performance.now();
    this.pending[worker]++;
    try {
      const transfer = [job.words.buffer];
      if (job.recycle !== void 0) transfer.push(job.recycle.buffer);
      this.workers[worker].postMessage(job, transfer);
    } catch (thrown) {
      this.fail(failure(`modelcheck: cannot send work to search worker ${worker}`, thrown));
    }
  }
  /**
   * The ready worker with the fewest jobs, when it has fewer than {@link QUEUED_JOBS} (a job
   * waits in its queue while it expands the one before), or -1.
   */
  idle() {
    let best = -1;
    for (let i = 0; i < this.workers.length; i++) {
      if (this.starting[i] || this.pending[i] >= QUEUED_JOBS) continue;
      if (best < 0 || this.pending[i] < this.pending[best]) best = i;
    }
    return best;
  }
  /** The next event; throws the first worker failure. */
  async next() {
    for (; ; ) {
      if (this.error !== void 0) throw this.error;
      const e = this.events.shift();
      if (e !== void 0) return e;
      await new Promise((resolve4) => this.wake = resolve4);
    }
  }
  /** Terminates every worker and stops the timer; safe to call more than once. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    this.wakeUp();
    await Promise.allSettled(this.workers.map((w) => w.terminate()));
  }
};

// action/gates/modelcheck/parallel.ts
function needsStateGraph(model) {
  return model.responses.length + model.properties.length > 0;
}
async function checkParallel(model, options) {
  if (options.workers <= 1 || needsStateGraph(model)) {
    const r = await new Checker(model).run(options);
    return { ...r, stats: { ...r.stats, workers: 1 } };
  }
  return runParallel(model, options);
}
function sliceSize(n, workers) {
  return Math.min(2048, Math.max(64, Math.ceil(n / (workers * 8))));
}
var LAUNCH_AFTER_MS = 250;
var malformed = (what) => new MaestroError(
  "MC_WORKER_FAILED",
  `modelcheck: a search worker sent a malformed result (${what})`
);
async function runParallel(model, options) {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const W = model.words;
  const limits = searchLimits(model, options);
  const { maxStates, maxDepth, timeMs } = limits;
  const minParallel = Math.max(1, options.minParallelLevel ?? 256);
  const t = new ChunkExpander(model);
  const table = new StateTable(
    1 << 12,
    (ints) => new Int32Array(new SharedArrayBuffer(ints * Int32Array.BYTES_PER_ELEMENT))
  );
  const seen = () => ({ table: table.table, mask: table.mask });
  let generated = 0;
  let depth = 0;
  let peakFrontierBytes = 0;
  const usedWorkers = /* @__PURE__ */ new Set();
  const stats = () => ({
    ...searchStats(table, generated, depth, clock() - started, peakFrontierBytes, W),
    workers: usedWorkers.size > 0 ? options.workers : 1
  });
  const result = (status, extra = {}) => ({
    spec: model.name,
    file: model.file,
    status,
    ...extra,
    stats: stats()
  });
  const failure2 = (f, parentId) => {
    let step;
    if (f.step !== void 0) {
      const action = model.actions[f.step.action];
      if (action === void 0) throw malformed("unknown action");
      step = { action: action.name, params: f.step.params };
    }
    return result("violation", {
      violation: stepFailureViolation(t, table, parentId, f, step)
    });
  };
  let frontier = new Frontier(W);
  let bound;
  try {
    const seeded = await seedInitialStates(
      t,
      table,
      frontier,
      limits,
      () => clock() - started,
      options.signal
    );
    generated = seeded.generated;
    if (seeded.stop === "aborted") return result("aborted");
    bound = seeded.stop;
  } catch (thrown) {
    if (thrown instanceof StepFailure)
      return failure2({ kind: thrown.kind, message: thrown.message, location: thrown.location }, -1);
    throw thrown;
  }
  if (bound !== void 0) return result("bound", { bound });
  t.interrupt = () => {
    if (clock() - started > timeMs) {
      bound = "time";
      return true;
    }
    return options.signal?.aborted === true;
  };
  let next = new Frontier(W);
  const tmp = new Uint32Array(W);
  let expanded = 0;
  let lastProgress = clock();
  const apply = (r, start, count) => {
    const d = r.data;
    const len = r.length;
    if (!(len >= 0 && len <= d.length)) throw malformed("length");
    if (r.stop === void 0 ? r.states !== count : r.states !== r.stop.index + 1 || r.states > count)
      throw malformed("state count");
    let p = 0;
    for (let i = 0; i < r.states; i++) {
      const curId = frontier.ids[start + i];
      const kept = d[p];
      const gen = d[p + 1];
      p += 2;
      if (!(kept >= 0 && gen >= kept && p + kept * (3 + W) <= len)) throw malformed("record");
      const base = generated;
      for (let k = 0; k < kept; k++) {
        const ord = d[p];
        if (!(ord >= 0 && ord < gen)) throw malformed("ordinal");
        const id = table.insert(d[p + 1], d[p + 2], curId, ord);
        if (id >= 0) {
          for (let w = 0; w < W; w++) tmp[w] = d[p + 3 + w];
          next.push(tmp, id);
        }
        p += 3 + W;
        generated = base + ord + 1;
        if (table.count >= maxStates) {
          bound = "states";
          return result("bound", { bound });
        }
      }
      generated = base + gen;
      const stop = r.stop;
      if (stop !== void 0 && stop.index === i) return stopped(stop, curId);
      expanded++;
      if ((expanded & 1023) === 0) {
        const now = clock();
        if (options.signal?.aborted) return result("aborted");
        if (now - started > timeMs) {
          bound = "time";
          return result("bound", { bound });
        }
        if (now - lastProgress > 1e3) {
          lastProgress = now;
          options.progress?.(
            `${model.name}: ${table.count} distinct states, depth ${depth}, ${next.length} queued (${options.workers} workers)`
          );
        }
      }
    }
    if (p !== len) throw malformed("trailing data");
    return void 0;
  };
  const stopped = (stop, curId) => {
    switch (stop.kind) {
      case "invariant": {
        const inv = model.invariants[stop.invariant];
        const check = inv?.checks[stop.check];
        if (inv === void 0 || check === void 0) throw malformed("invariant");
        return result("violation", {
          violation: {
            kind: "invariant",
            message: `invariant ${inv.name} is violated: \`${check.source}\` is false${check.message ?? inv.message ? ` (${check.message ?? inv.message})` : ""}`,
            invariant: inv,
            location: inv.loc,
            trace: traceTo(t, table, curId)
          }
        });
      }
      case "deadlock":
        return result("violation", {
          violation: {
            kind: "deadlock",
            message: "deadlock: no action is enabled in the last state (set `deadlock: false` in the spec if termination is intended)",
            location: { file: model.file, line: 1, column: 1 },
            trace: traceTo(t, table, curId)
          }
        });
      case "failure":
        return failure2(stop.failure, curId);
      case "interrupted":
        if (options.signal?.aborted) return result("aborted");
        return result("bound", { bound: "time" });
      default:
        throw malformed("stop");
    }
  };
  let pool;
  const threads = options.inlineWhileStarting === false ? options.workers : options.workers - 1;
  const sentSlots = [];
  const spentWords = [];
  const spentData = [];
  let nextChunk = 0;
  const assigned = /* @__PURE__ */ new Map();
  const stolen = /* @__PURE__ */ new Set();
  const claims = new Int32Array(new SharedArrayBuffer(CLAIM_SLOTS * Int32Array.BYTES_PER_ELEMENT));
  const claimsSent = [];
  let prevLevel = 0;
  try {
    while (frontier.length > 0) {
      depth++;
      next = new Frontier(W, Math.max(1024, frontier.length));
      const expand = depth < maxDepth;
      if (!expand) bound ??= "depth";
      const n = frontier.length;
      let out;
      if (n < minParallel) {
        t.seen = seen();
        out = apply(t.expandSlice(frontier.words.subarray(0, n * W), n, expand), 0, n);
        await new Promise((resolve4) => setImmediate(resolve4));
        if (out === void 0 && options.signal?.aborted) return result("aborted");
      } else {
        out = await parallelLevel(n, expand, prevLevel);
      }
      if (out !== void 0) return out;
      prevLevel = n;
      peakFrontierBytes = Math.max(
        peakFrontierBytes,
        frontier.words.byteLength + frontier.ids.byteLength + next.words.byteLength + next.ids.byteLength
      );
      frontier = next;
    }
  } finally {
    await pool?.close();
  }
  if (bound !== void 0) return result("bound", { bound });
  return result("ok");
  async function parallelLevel(n, expand, prevLevel2) {
    const inline = options.inlineWhileStarting !== false;
    const expanded2 = Math.max(1, table.count - n);
    const worth = n > prevLevel2 || n * (clock() - started) / expanded2 >= LAUNCH_AFTER_MS;
    const launch = () => pool ??= !inline || worth && clock() - started >= LAUNCH_AFTER_MS ? SearchPool.launch(model, options.source, { ...options, workers: threads }) : void 0;
    const size = sliceSize(n, options.workers);
    const own = Math.max(16, size >> 3);
    const window = 4 * options.workers * size;
    const starts = [];
    const ends = [];
    const done = /* @__PURE__ */ new Map();
    const sliceOf = /* @__PURE__ */ new Map();
    const jobOf = [];
    const workerOf = /* @__PURE__ */ new Map();
    let sent = 0;
    let applied = 0;
    const room = () => {
      if (sent === 0) return true;
      const last = ends[sent - 1];
      return last < n && last - (applied < sent ? starts[applied] : last) < window;
    };
    const take = (len) => {
      const s = sent > 0 ? ends[sent - 1] : 0;
      const share = Math.max(16, Math.ceil((n - s) / (4 * options.workers)));
      starts.push(s);
      ends.push(Math.min(n, s + Math.min(len, share)));
      jobOf.push(-1);
      return sent++;
    };
    const dispatch = (p) => {
      for (let w = p.idle(); w >= 0 && room(); w = p.idle()) {
        const k = take(size);
        const s = starts[k];
        const e = ends[k];
        const chunk = nextChunk++;
        jobOf[k] = chunk;
        sliceOf.set(chunk, k);
        workerOf.set(chunk, w);
        Atomics.store(claims, chunk % CLAIM_SLOTS, CLAIM_QUEUED);
        const queue = assigned.get(w);
        if (queue === void 0) assigned.set(w, [chunk]);
        else queue.push(chunk);
        const first = claimsSent[w] !== true;
        claimsSent[w] = true;
        let words = spentWords.pop();
        if (words === void 0 || words.length < (e - s) * W) words = new Uint32Array(size * W);
        words.set(frontier.words.subarray(s * W, e * W));
        const recycle = spentData.pop();
        const slots = table.table !== sentSlots[w] ? seen() : void 0;
        if (slots !== void 0) sentSlots[w] = slots.table;
        p.send(w, {
          type: "expand",
          chunk,
          words,
          count: e - s,
          expand,
          ...recycle !== void 0 ? { recycle } : {},
          ...slots !== void 0 ? { seen: slots } : {},
          ...first ? { claims } : {}
        });
      }
    };
    const handle = (ev) => {
      if (ev.kind === "tick") {
        if (options.signal?.aborted) return result("aborted");
        if (clock() - started > timeMs) {
          bound = "time";
          return result("bound", { bound });
        }
        return void 0;
      }
      const m = ev.message;
      const queue = assigned.get(ev.worker);
      if (queue === void 0 || queue[0] !== m.chunk) throw malformed("slice");
      queue.shift();
      if (m.spent instanceof Uint32Array) spentWords.push(m.spent);
      if (stolen.delete(m.chunk) !== (m.skipped === true)) throw malformed("skipped slice");
      if (m.skipped === true) return void 0;
      const k = sliceOf.get(m.chunk);
      if (k === void 0) throw malformed("slice");
      usedWorkers.add(ev.worker);
      done.set(k, m);
      return void 0;
    };
    const steal = () => {
      for (let k = applied; k < sent; k++) {
        const chunk = jobOf[k];
        if (chunk < 0 || done.has(k) || stolen.has(chunk)) continue;
        const queue = assigned.get(workerOf.get(chunk));
        if (queue.find((c) => !stolen.has(c)) === chunk) continue;
        if (Atomics.compareExchange(claims, chunk % CLAIM_SLOTS, CLAIM_QUEUED, CLAIM_MAIN) !== CLAIM_QUEUED)
          continue;
        stolen.add(chunk);
        sliceOf.delete(chunk);
        const s = starts[k];
        const e = ends[k];
        t.seen = seen();
        done.set(k, t.expandSlice(frontier.words.subarray(s * W, e * W), e - s, expand));
        return true;
      }
      return false;
    };
    while (applied < sent || room()) {
      const p = launch();
      if (p !== void 0) dispatch(p);
      for (let r = done.get(applied); r !== void 0; r = done.get(applied)) {
        done.delete(applied);
        const out2 = apply(r, starts[applied], ends[applied] - starts[applied]);
        if (out2 !== void 0) return out2;
        if ("chunk" in r) spentData.push(r.data);
        applied++;
      }
      if (applied >= sent && !room()) break;
      if (p !== void 0) dispatch(p);
      const mine = inline && (p === void 0 || p.idle() < 0) && room();
      if (mine || inline && p !== void 0 && steal()) {
        if (mine) {
          const k = take(p === void 0 || p.readyWorkers === 0 ? size : own);
          const s = starts[k];
          const e = ends[k];
          t.seen = seen();
          done.set(k, t.expandSlice(frontier.words.subarray(s * W, e * W), e - s, expand));
        }
        await new Promise((resolve4) => setImmediate(resolve4));
        if (p === void 0) {
          if (options.signal?.aborted) return result("aborted");
          continue;
        }
        for (let ev = p.poll(); ev !== void 0; ev = p.poll()) {
          const out2 = handle(ev);
          if (out2 !== void 0) return out2;
        }
        continue;
      }
      if (p === void 0)
        throw new MaestroError("MC_INTERNAL_ERROR", "internal: a parallel level has no workers");
      const out = handle(await p.next());
      if (out !== void 0) return out;
    }
    return void 0;
  }
}

// action/gates/modelcheck/config.ts
init_define_MAESTRO_CODE_DIGESTS();
var DEFAULT_MAX_STATES = 2e6;
var DEFAULT_TIME_SECONDS = 30;

// action/gates/modelcheck/outcome.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/version.ts
init_define_MAESTRO_CODE_DIGESTS();
var MODELCHECK_VERSION = "1.2.0";

// action/gates/modelcheck/outcome.ts
var SEVERITY_ORDER = { RUN: 0, PAUSE_FOR_HITL: 1, STOPPED: 2 };
function isSpecOutcome(v) {
  if (typeof v !== "object" || v === null) return false;
  const o = v;
  return typeof o["spec"] === "string" && typeof o["file"] === "string" && (o["decision"] === "RUN" || o["decision"] === "PAUSE_FOR_HITL" || o["decision"] === "STOPPED") && typeof o["reason_code"] === "string" && o["reason_code"].startsWith("MC_") === (o["reason_code"] !== "OK") && typeof o["sealed"] === "boolean" && typeof o["summary"] === "string" && Array.isArray(o["findings"]);
}
function failed(file, code, message, location) {
  return {
    spec: file,
    file,
    decision: "STOPPED",
    reason_code: code,
    sealed: false,
    status: "error",
    summary: message,
    findings: [{ level: "error", message, rule: code, ...location ?? { file } }],
    reused: false
  };
}
function statsLine(s) {
  return `${s.distinct} distinct states, ${s.generated} generated, depth ${s.depth}, ${s.distinctPerSecond} distinct states/s, fingerprint collision probability \u2248 ${s.collisionProbability.toExponential(1)} (optimistic)`;
}
function toSpecOutcome(r, critical, cfg) {
  const base = {
    spec: r.spec,
    file: r.file,
    status: r.status,
    stats: r.stats,
    reused: false
  };
  if (r.status === "ok") {
    return {
      ...base,
      decision: "RUN",
      reason_code: "OK",
      sealed: false,
      summary: `${r.spec}: exhaustive, no violation (${statsLine(r.stats)})`,
      findings: []
    };
  }
  if (r.status === "bound" || r.status === "aborted") {
    const decision = critical ? cfg.critical_bound_action ?? "PAUSE_FOR_HITL" : cfg.bound_action ?? "PAUSE_FOR_HITL";
    const message2 = `${r.spec}: the search hit its ${r.bound ?? "time"} bound before exhausting the state space, so the spec is NOT fully verified (${statsLine(r.stats)}). Raise the bound or shrink the model.`;
    return {
      ...base,
      ...r.bound !== void 0 ? { bound: r.bound } : {},
      decision,
      reason_code: "MC_BOUND_REACHED",
      sealed: false,
      summary: message2,
      findings: [
        {
          level: decision === "RUN" ? "warning" : "error",
          message: message2,
          rule: "MC_BOUND_REACHED",
          file: r.file
        }
      ]
    };
  }
  const v = r.violation;
  const severity = v.invariant?.severity ?? v.response?.severity ?? "high";
  const code = v.kind === "invariant" ? "MC_INVARIANT_VIOLATED" : v.kind === "deadlock" ? "MC_DEADLOCK" : v.kind === "response" ? "MC_RESPONSE_VIOLATED" : v.kind === "liveness" || v.kind === "action-property" ? "MC_PROPERTY_VIOLATED" : v.kind === "domain" ? "MC_DOMAIN_VIOLATION" : "MC_EVAL_ERROR";
  const sealed = (v.kind === "invariant" || v.kind === "response") && severity === "critical";
  const steps = v.trace.map(
    (t) => t.stuttering === true ? `${t.index}. stuttering: state ${t.index - 1} repeats forever` : t.back_to !== void 0 ? `${t.index}. ${t.action ?? "step"}: back to state ${t.back_to} (a loop)` : `${t.index}. ${t.action === null ? "initial state" : `${t.action}${Object.keys(t.params).length > 0 ? `(${Object.entries(t.params).map(([k, x]) => `${k}=${JSON.stringify(x)}`).join(", ")})` : ""}`}: ${JSON.stringify(t.state)}`
  );
  const lasso = v.trace.some((t) => t.stuttering === true || t.back_to !== void 0);
  const message = `${r.spec}: ${v.message}; ${lasso ? "counterexample (a lasso: a prefix and a loop)" : "shortest counterexample"} (${v.trace.length} states):
${steps.join("\n")}`;
  return {
    ...base,
    decision: "STOPPED",
    reason_code: code,
    sealed,
    summary: `${r.spec}: ${v.message} (counterexample of ${v.trace.length} states)`,
    findings: [
      {
        level: "error",
        message,
        rule: v.invariant?.name ?? v.response?.name ?? v.property?.name ?? code,
        file: v.location.file,
        ...v.location.line !== void 0 ? { line: v.location.line } : {},
        ...v.location.column !== void 0 ? { column: v.location.column } : {},
        counterexample: {
          kind: lasso ? "state-lasso" : "state-trace",
          steps: v.trace,
          location: v.location
        }
      }
    ]
  };
}
function combine(results, digests, notes) {
  let worst = results[0];
  for (const r of results)
    if (SEVERITY_ORDER[r.decision] > SEVERITY_ORDER[worst.decision] || r.decision === worst.decision && r.sealed && !worst.sealed)
      worst = r;
  const sealed = results.some((r) => r.decision === "STOPPED" && r.sealed);
  const findings = results.flatMap((r) => r.findings);
  for (const r of results)
    if (r.reused)
      findings.push({
        level: "note",
        message: `result reused from the cache (unchanged spec, invariants and checker version)`,
        file: r.file
      });
  for (const n of notes) findings.push({ level: "note", message: n });
  const lines = results.map(
    (r) => `${r.decision} ${r.file}: ${r.summary}${r.reused ? " [reused from cache]" : ""}`
  );
  const cards = results.filter((r) => r.decision !== "RUN" || r.reason_code !== "OK").map((r) => ({
    title: `Model check: ${r.spec}`,
    decision: r.decision,
    reasons: [r.summary],
    evidence: digests[r.file] !== void 0 ? { [r.file]: digests[r.file] } : {},
    to_change: r.reason_code === "MC_BOUND_REACHED" ? "Raise the spec bounds (bounds.max_states / time_seconds) or shrink the model so the search is exhaustive." : "Fix the model or the code it describes so that the counterexample is no longer possible, then push a new commit."
  }));
  const reusedAll = results.every((r) => r.reused);
  const code = worst.decision === "RUN" && results.some((r) => r.reason_code === "MC_BOUND_REACHED") ? "MC_BOUND_REACHED" : worst.reason_code;
  return outcome(worst.decision, code, findings, {
    sealed,
    summary: `${results.length} spec(s): ${lines.join(" | ")}`,
    cards,
    ...reusedAll ? { reused: true } : {},
    report: {
      checker_version: MODELCHECK_VERSION,
      specs: results.map((r) => ({
        spec: r.spec,
        file: r.file,
        decision: r.decision,
        reason_code: r.reason_code,
        status: r.status,
        ...r.bound !== void 0 ? { bound: r.bound } : {},
        reused: r.reused,
        ...r.stats !== void 0 ? { stats: r.stats } : {}
      }))
    }
  });
}

// action/gates/modelcheck/spec-files.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_yaml = __toESM(require_dist(), 1);
import { existsSync as existsSync2, lstatSync, readdirSync, readFileSync } from "node:fs";
import { isAbsolute, join as join2, relative, resolve, sep } from "node:path";

// action/gates/modelcheck/spec-references.ts
init_define_MAESTRO_CODE_DIGESTS();
function referencesInvariants(text) {
  return /\bid\s*:/.test(text);
}

// action/gates/modelcheck/spec-files.ts
function listSpecs(root, rel, tlc) {
  const abs = resolve(root, rel);
  const inside = relative(root, abs);
  if (inside.startsWith("..") || isAbsolute(inside)) {
    throw new MaestroError(
      "MC_SPEC_INVALID",
      `spec path ${rel} leaves the repository; use a path inside it`
    );
  }
  const st = lstatSync(abs);
  if (st.isSymbolicLink()) {
    throw new MaestroError(
      "MC_SPEC_INVALID",
      `${rel} is a symbolic link; specs are not read through links`,
      { location: { file: rel } }
    );
  }
  if (st.isFile()) return [abs];
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join2(dir, name);
      const s = lstatSync(p);
      if (s.isSymbolicLink()) {
        throw new MaestroError(
          "MC_SPEC_INVALID",
          `${relative(root, p)} is a symbolic link; specs are not read through links`,
          {
            location: { file: relative(root, p) }
          }
        );
      }
      if (s.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name) || tlc && name.endsWith(".tla")) out.push(p);
    }
  };
  walk(abs);
  return out;
}
function loadInvariantIndex(dir, displayRoot) {
  const index = /* @__PURE__ */ new Map();
  if (!existsSync2(dir)) return index;
  const rel = relative(displayRoot, dir).split(sep).join("/") || ".";
  for (const inv of loadInvariants(displayRoot, [rel]).invariants) {
    const rawAsserts = Array.isArray(inv.raw["assert"]) ? inv.raw["assert"] : [];
    const asserts = inv.clauses.flatMap(
      (c, i) => c.op === "always" && c.path.startsWith("assert[") ? [
        {
          expr: c.expr.source,
          location: c.expr.location,
          ...typeof rawAsserts[i]?.message === "string" ? { message: rawAsserts[i].message } : {}
        }
      ] : []
    );
    index.set(inv.id, {
      id: inv.id,
      severity: inv.severity,
      title: inv.title,
      asserts,
      location: inv.location
    });
  }
  return index;
}
function criticalFromBase(ctx, file, headCritical) {
  if (headCritical || resolve(ctx.baseDir) === resolve(ctx.headDir)) return headCritical;
  const abs = resolve(ctx.baseDir, file);
  let st;
  try {
    st = lstatSync(abs);
  } catch {
    return headCritical;
  }
  if (!st.isFile()) return true;
  try {
    const doc = (0, import_yaml.parse)(readFileSync(abs, "utf8"), { maxAliasCount: 100 });
    if (typeof doc !== "object" || doc === null) return true;
    const flag = doc["critical"];
    return flag === void 0 || flag === false ? false : true;
  } catch {
    return true;
  }
}

// action/gates/modelcheck/tlc-gate.ts
init_define_MAESTRO_CODE_DIGESTS();
import { existsSync as existsSync3 } from "node:fs";
import { relative as relative2, resolve as resolve2 } from "node:path";

// action/gates/modelcheck/tlc.ts
init_define_MAESTRO_CODE_DIGESTS();
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join as join3 } from "node:path";

// action/gates/modelcheck/tlc-output.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/tla-value.ts
init_define_MAESTRO_CODE_DIGESTS();
function parseTlaValue(text) {
  const p = new ValueParser(text);
  try {
    const v = p.value();
    p.skip();
    return p.done() ? v : text.trim();
  } catch {
    return text.trim();
  }
}
function notAValue(what) {
  throw new MaestroError("MC_TLC_FAILED", `not a TLA+ value: ${what}`);
}
var MAX_INTERVAL = 1024;
var ValueParser = class {
  constructor(s) {
    this.s = s;
  }
  s;
  i = 0;
  done() {
    return this.i >= this.s.length;
  }
  skip() {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }
  eat(tok) {
    this.skip();
    if (this.s.startsWith(tok, this.i)) {
      this.i += tok.length;
      return true;
    }
    return false;
  }
  expect(tok) {
    if (!this.eat(tok)) notAValue(`expected ${tok} at ${this.i}`);
  }
  value() {
    const left = this.atom();
    if (this.eat(":>")) {
      const entries = [[left, this.atom()]];
      while (this.eat("@@")) {
        const k = this.atom();
        this.expect(":>");
        entries.push([k, this.atom()]);
      }
      return fnJson(entries);
    }
    return left;
  }
  list(close) {
    const out = [];
    if (this.eat(close)) return out;
    do
      out.push(this.value());
    while (this.eat(","));
    this.expect(close);
    return out;
  }
  atom() {
    this.skip();
    const s = this.s;
    if (this.eat("<<")) return this.list(">>");
    if (this.eat("{")) return this.list("}");
    if (this.eat("(")) {
      const v = this.value();
      this.expect(")");
      return v;
    }
    if (this.eat("[")) {
      const out = {};
      if (this.eat("]")) return out;
      do {
        this.skip();
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(this.i));
        if (!m) notAValue(`expected a field name at ${this.i}`);
        this.i += m[0].length;
        this.expect("|->");
        out[m[0]] = this.value();
      } while (this.eat(","));
      this.expect("]");
      return out;
    }
    if (s[this.i] === '"') {
      let j = this.i + 1;
      let str = "";
      while (j < s.length && s[j] !== '"') {
        if (s[j] === "\\" && j + 1 < s.length) {
          const c = s[j + 1];
          str += c === "n" ? "\n" : c === "t" ? "	" : c;
          j += 2;
        } else str += s[j++];
      }
      if (j >= s.length) notAValue("unterminated string");
      this.i = j + 1;
      return str;
    }
    const num = /^-?\d+/.exec(s.slice(this.i));
    if (num) {
      this.i += num[0].length;
      const lo = Number(num[0]);
      if (this.eat("..")) {
        this.skip();
        const hi = /^-?\d+/.exec(s.slice(this.i));
        if (!hi) notAValue("expected an interval end");
        this.i += hi[0].length;
        const h = Number(hi[0]);
        if (h - lo + 1 > MAX_INTERVAL) return `${lo}..${h}`;
        const out = [];
        for (let k = lo; k <= h; k++) out.push(k);
        return out;
      }
      return lo;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(this.i));
    if (word) {
      this.i += word[0].length;
      if (word[0] === "TRUE") return true;
      if (word[0] === "FALSE") return false;
      return word[0];
    }
    notAValue(`unexpected ${s[this.i] ?? "end"} at ${this.i}`);
  }
};
function fnJson(entries) {
  if (entries.every(([k]) => typeof k === "string" || typeof k === "number")) {
    const out = {};
    for (const [k, v] of entries) out[String(k)] = v;
    return out;
  }
  return entries.map(([k, v]) => ({ key: k, value: v }));
}

// action/gates/modelcheck/tlc-output.ts
var START = /^@!@!@STARTMSG (\d+):(\d+) @!@!@$/;
var END = /^@!@!@ENDMSG (\d+) @!@!@$/;
function parseTlcMessages(output, loose) {
  const out = [];
  let current;
  for (const line of output.split(/\r?\n/)) {
    const s = START.exec(line);
    if (s) {
      current = { code: Number(s[1]), klass: Number(s[2]), lines: [] };
      continue;
    }
    const e = END.exec(line);
    if (e && current !== void 0) {
      out.push({ code: current.code, klass: current.klass, body: current.lines.join("\n").trim() });
      current = void 0;
      continue;
    }
    if (current !== void 0) current.lines.push(line);
    else loose?.push(line);
  }
  return out;
}
function parseTlcState(lines) {
  const text = {};
  let name;
  for (const line of lines) {
    const m = /^(?:\/\\ )?([A-Za-z_][A-Za-z0-9_]*) = (.*)$/.exec(line);
    if (m && (line.startsWith("/\\ ") || name === void 0)) {
      name = m[1];
      text[name] = m[2];
    } else if (name !== void 0 && line.trim() !== "") {
      text[name] = `${text[name]} ${line.trim()}`;
    }
  }
  const state = {};
  for (const [k, v] of Object.entries(text)) state[k] = parseTlaValue(v);
  return state;
}
function traceState(body) {
  const lines = body.split("\n");
  const head = /^(\d+): <([^\s>]+)[^>]*>/.exec(lines[0] ?? "");
  const index = head ? Number(head[1]) : 0;
  const actionName = head?.[2] ?? null;
  return {
    index,
    action: actionName === null || actionName === "Initial" || index === 1 ? null : actionName,
    params: {},
    state: parseTlcState(lines.slice(1))
  };
}
function finishedMs(body) {
  const m = /Finished in ((?:\d+\s*(?:ms|min|h|s)\s*)+)/.exec(body);
  if (!m) return void 0;
  let ms = 0;
  for (const [, n, unit] of m[1].matchAll(/(\d+)\s*(ms|min|h|s)/g)) {
    const k = unit === "ms" ? 1 : unit === "s" ? 1e3 : unit === "min" ? 6e4 : 36e5;
    ms += Number(n) * k;
  }
  return ms;
}
function parseErrors(loose) {
  const keep = loose.map((l) => l.trim()).filter(
    (l) => l !== "" && !/^(Parsing file|Semantic processing of module|Linting of module|SANY finished|Starting\.\.\.|Finished in|TLC2 Version|Running |\*\*\* Errors:)/.test(
      l
    )
  );
  return [...new Set(keep)].slice(0, 20);
}
function parseTlcOutput(output) {
  const loose = [];
  const msgs = parseTlcMessages(output, loose);
  const report = { status: "ok", errors: [] };
  const trace = [];
  let violation2;
  let sawEnd = false;
  let parseFailed = false;
  const named = (body, re) => re.exec(body)?.[1];
  for (const m of msgs) {
    switch (m.code) {
      case 2107: {
        const [first = "", ...rest] = m.body.split("\n");
        trace.push({ index: 1, action: null, params: {}, state: parseTlcState(rest) });
        const property = named(first, /^Invariant (\S+) is violated/);
        violation2 = {
          kind: "invariant",
          ...property !== void 0 ? { property } : {},
          message: first.replace(/:$/, "."),
          trace
        };
        sawEnd = true;
        break;
      }
      case 2110:
      case 2111: {
        const property = named(m.body, /^(?:Action property|Invariant) (\S+) is violated/);
        violation2 = {
          kind: m.code === 2110 ? "invariant" : "action-property",
          ...property !== void 0 ? { property } : {},
          message: m.body,
          trace
        };
        break;
      }
      case 2114:
        violation2 = { kind: "deadlock", message: m.body, trace };
        break;
      case 2116: {
        const property = named(m.body, /^Temporal property (\S+) was violated/);
        violation2 = {
          kind: "liveness",
          ...property !== void 0 ? { property } : {},
          message: m.body,
          trace
        };
        break;
      }
      case 2217:
        trace.push(traceState(m.body));
        break;
      case 2218: {
        const last = trace[trace.length - 1];
        const index = Number(/^(\d+):/.exec(m.body)?.[1] ?? trace.length + 1);
        trace.push({
          index,
          action: null,
          params: {},
          state: last?.state ?? {},
          stuttering: true
        });
        break;
      }
      case 2122: {
        const b = /^(\d+): Back to state: <([^\s>]+)/.exec(m.body);
        const to = Number(b?.[1] ?? 1);
        trace.push({
          index: trace.length + 1,
          action: b?.[2] ?? null,
          params: {},
          state: trace[to - 1]?.state ?? {},
          back_to: to
        });
        break;
      }
      case 2199: {
        const s = /([\d,]+) states generated, ([\d,]+) distinct states found/.exec(m.body);
        if (s) {
          report.generated = Number(s[1].replace(/,/g, ""));
          report.distinct = Number(s[2].replace(/,/g, ""));
        }
        sawEnd = true;
        break;
      }
      case 2194: {
        const d = /depth of the complete state graph search is (\d+)/.exec(m.body);
        if (d) report.depth = Number(d[1]);
        break;
      }
      case 2186: {
        const ms = finishedMs(m.body);
        if (ms !== void 0) report.tlcMs = ms;
        break;
      }
      default:
        if (m.klass === 1 && m.code !== 2121 && m.code !== 2264) {
          if (m.code === 3002) parseFailed = true;
          if (violation2 === void 0) report.errors.push(m.body);
        }
    }
  }
  if (violation2 !== void 0) {
    report.status = "violation";
    report.violation = violation2;
  } else if (report.errors.length > 0 || !sawEnd) {
    report.status = "error";
    if (parseFailed) report.errors.push(...parseErrors(loose));
    if (!sawEnd && !parseFailed)
      report.errors.push(
        "TLC output has no final statistics (message 2199); the run did not finish"
      );
  }
  return report;
}

// action/gates/modelcheck/tlc.ts
var VIOLATION_EXIT = /* @__PURE__ */ new Set([10, 11, 12, 13]);
function tlcArgs(options, metaDir) {
  const lib = options.library ?? [];
  return [
    "-XX:+UseParallelGC",
    `-Djava.io.tmpdir=${metaDir}`,
    ...lib.length > 0 ? [`-DTLA-Library=${lib.join(delimiter)}`] : [],
    ...options.jvmArgs ?? [],
    "-cp",
    options.jar,
    "tlc2.TLC",
    "-tool",
    "-workers",
    String(options.workers ?? 1),
    "-metadir",
    join3(metaDir, "states"),
    "-config",
    options.config,
    options.spec
  ];
}
async function runTlc(options) {
  const clock = options.clock ?? (() => performance.now());
  const metaDir = mkdtempSync(join3(tmpdir(), "maestro-tlc-"));
  const started = clock();
  try {
    return await new Promise((resolvePromise, reject) => {
      const child = spawn(options.java, tlcArgs(options, metaDir), {
        cwd: options.cwd,
        stdio: ["ignore", "pipe", "pipe"],
        ...options.signal ? { signal: options.signal } : {}
      });
      let out = "";
      let err = "";
      let timedOut = false;
      const timer = options.timeMs !== void 0 ? setTimeout(() => {
        timedOut = true;
        child.kill("SIGKILL");
      }, options.timeMs) : void 0;
      child.stdout.on("data", (d) => out += d.toString("utf8"));
      child.stderr.on("data", (d) => {
        if (err.length < 8192) err += d.toString("utf8");
      });
      child.on("error", (e) => {
        if (timer) clearTimeout(timer);
        reject(e);
      });
      child.on("close", (code) => {
        if (timer) clearTimeout(timer);
        const report = parseTlcOutput(out);
        const run = {
          ...report,
          wallMs: clock() - started,
          exitCode: code,
          timedOut,
          stderr: err.trim().slice(0, 2e3)
        };
        if (report.status === "ok" && code !== 0) {
          run.status = "error";
          run.errors.push(`TLC exited with code ${String(code)}: ${run.stderr.slice(0, 500)}`);
        }
        if (report.status === "violation" && code !== null && !VIOLATION_EXIT.has(code)) {
          run.errors.push(`TLC reported a violation but exited with code ${String(code)}`);
        }
        resolvePromise(run);
      });
    });
  } finally {
    rmSync(metaDir, { recursive: true, force: true });
  }
}

// action/gates/modelcheck/tlc-gate.ts
var TLC_KIND = {
  invariant: "invariant",
  deadlock: "deadlock",
  liveness: "liveness",
  "action-property": "action-property"
};
async function checkTla(ctx, cfg, abs, file) {
  const jar = cfg.tlc?.jar !== void 0 ? resolve2(ctx.baseDir, cfg.tlc.jar) : void 0;
  const config = abs.replace(/\.tla$/, ".cfg");
  if (jar === void 0 || !existsSync3(jar)) {
    return failed(
      file,
      "MC_TLC_UNAVAILABLE",
      `${file}: TLC is enabled but tla2tools.jar is not available${jar ? ` at ${jar}` : " (set gates.modelcheck.tlc.jar)"}`
    );
  }
  if (!existsSync3(config))
    return failed(
      file,
      "MC_SPEC_INVALID",
      `${file}: no TLC model ${relative2(ctx.headDir, config)} beside the spec`
    );
  const library = (cfg.tlc?.library ?? []).map((p) => resolve2(ctx.baseDir, p));
  for (const [i, dir] of library.entries()) {
    if (!existsSync3(dir))
      return failed(
        file,
        "MC_TLC_UNAVAILABLE",
        `${file}: gates.modelcheck.tlc.library[${i}] (${cfg.tlc.library[i]}) does not exist`
      );
  }
  const timeSeconds = cfg.time_seconds ?? DEFAULT_TIME_SECONDS;
  let report;
  try {
    report = await runTlc({
      java: cfg.tlc?.java ?? "java",
      jar,
      spec: abs,
      config,
      cwd: ctx.headDir,
      library,
      workers: cfg.tlc?.workers ?? 1,
      timeMs: timeSeconds * 1e3,
      signal: ctx.signal
    });
  } catch (thrown) {
    if (ctx.signal.aborted)
      throw new MaestroError("GATE_TIMEOUT", `modelcheck: ${file}: TLC stopped by the time limit`);
    return failed(
      file,
      "MC_TLC_UNAVAILABLE",
      `${file}: could not run TLC: ${toError(thrown).message}`
    );
  }
  const distinct = report.distinct ?? 0;
  const generated = report.generated ?? 0;
  const seconds = Math.max(report.wallMs, 1) / 1e3;
  const stats = {
    distinct,
    generated,
    depth: report.depth ?? 0,
    durationMs: Math.round(report.wallMs),
    distinctPerSecond: Math.round(distinct / seconds),
    generatedPerSecond: Math.round(generated / seconds),
    collisionProbability: distinct ** 2 / 2 ** 65,
    bytesPerState: 0,
    stateWords: 0
  };
  if (report.timedOut && report.status !== "violation") {
    return toSpecOutcome({ spec: file, file, status: "bound", bound: "time", stats }, false, cfg);
  }
  if (report.status === "error")
    return failed(file, "MC_TLC_FAILED", `${file}: TLC failed: ${report.errors.join("; ")}`);
  if (report.status === "ok")
    return toSpecOutcome({ spec: file, file, status: "ok", stats }, false, cfg);
  const v = report.violation;
  const trace = v.trace;
  const loop = trace[trace.length - 1];
  const lasso = v.kind !== "liveness" || loop === void 0 ? "" : loop.stuttering === true ? ` (the behaviour then stutters in state ${trace.length - 1} forever)` : loop.back_to !== void 0 ? ` (the behaviour then loops back to state ${loop.back_to})` : "";
  return toSpecOutcome(
    {
      spec: file,
      file,
      status: "violation",
      stats,
      violation: {
        kind: TLC_KIND[v.kind],
        message: `TLC: ${v.message.replace(/\s+/g, " ").trim()}${lasso}`,
        location: { file },
        trace
      }
    },
    false,
    cfg
  );
}

// action/gates/modelcheck/index.ts
function createModelcheckGate(options = {}) {
  return {
    name: "modelcheck",
    version: MODELCHECK_VERSION,
    requiredInputs(ctx) {
      const cfg = ctx.gateConfig ?? {};
      return (cfg.specs ?? ["specs"]).map((p, i) => ({
        path: resolve3(ctx.headDir, p),
        description: "spec path",
        configKey: `gates.modelcheck.specs[${i}]`
      }));
    },
    run: (ctx) => runModelcheck(ctx, options)
  };
}
async function runModelcheck(ctx, options) {
  const cfg = ctx.gateConfig ?? {};
  const tlc = cfg.tlc?.enabled === true;
  const files = (cfg.specs ?? ["specs"]).flatMap((p) => listSpecs(ctx.headDir, p, tlc));
  if (files.length === 0) {
    throw new MaestroError(
      "MC_NO_SPECS",
      `no spec (*.yaml) found under ${(cfg.specs ?? ["specs"]).join(", ")}; add a spec or disable gates.modelcheck`
    );
  }
  let invariants;
  const invariantIndex = () => invariants ??= loadInvariantIndex(
    resolve3(ctx.baseDir, cfg.invariants_dir ?? "invariants"),
    ctx.baseDir
  );
  const cache = ctx.cacheDir !== void 0 ? new ResultCache(ctx.cacheDir, {
    gate: "modelcheck",
    ...(ctx.cacheSecret ?? options.cacheSecret) !== void 0 ? { secret: ctx.cacheSecret ?? options.cacheSecret } : {},
    validate: isSpecOutcome,
    // Unsigned entries are reused only when they cannot let a run pass.
    reuseUnsigned: (v) => v.decision === "STOPPED",
    now: ctx.now
  }) : void 0;
  const results = [];
  const digests = {};
  const notes = [];
  for (const abs of files) {
    if (ctx.signal.aborted)
      throw new MaestroError("GATE_TIMEOUT", "modelcheck: aborted (time limit)");
    const file = relative3(ctx.headDir, abs);
    if (abs.endsWith(".tla")) {
      results.push(await checkTla(ctx, cfg, abs, file));
      continue;
    }
    let text;
    try {
      text = readFileSync2(abs, "utf8");
    } catch (thrown) {
      results.push(
        failed(
          file,
          "MC_SPEC_UNREADABLE",
          `${file}: cannot read the spec: ${toError(thrown).message}`
        )
      );
      continue;
    }
    digests[file] = sha256(text);
    let model;
    const specInvariants = referencesInvariants(text) ? invariantIndex() : /* @__PURE__ */ new Map();
    try {
      model = loadSpec(file, text, { invariants: specInvariants });
    } catch (thrown) {
      if (thrown instanceof MaestroError && thrown.code.startsWith("INV_")) throw thrown;
      if (thrown instanceof MaestroError) {
        results.push(failed(file, thrown.code, thrown.message, thrown.location));
        continue;
      }
      throw thrown;
    }
    const critical = criticalFromBase(ctx, file, model.critical);
    const bounds = {
      max_states: model.bounds.max_states ?? cfg.max_states ?? DEFAULT_MAX_STATES,
      max_depth: model.bounds.max_depth ?? cfg.max_depth,
      time_seconds: model.bounds.time_seconds ?? cfg.time_seconds ?? DEFAULT_TIME_SECONDS
    };
    const key = cache?.key({
      spec_file: file,
      spec: sha256(text),
      invariants: model.invariantIds.map((id) => {
        const inv = invariantIndex().get(id);
        return {
          id,
          severity: inv.severity,
          title: inv.title ?? null,
          asserts: inv.asserts.map((a) => ({ expr: a.expr, message: a.message ?? null }))
        };
      }),
      bounds,
      critical,
      critical_bound_action: cfg.critical_bound_action ?? "PAUSE_FOR_HITL",
      bound_action: cfg.bound_action ?? "PAUSE_FOR_HITL"
    });
    if (cache !== void 0 && key !== void 0) {
      const hit = cache.get(key);
      if (hit.hit) {
        results.push({ ...hit.value, reused: true });
        continue;
      }
      if (hit.reason !== "no entry") notes.push(`${file}: cache ${hit.reason}`);
    }
    const workers = model.bounds.workers ?? cfg.workers ?? 1;
    if (workers > 1 && needsStateGraph(model))
      notes.push(
        `${file}: searched with one worker: responses and temporal properties need the whole state graph`
      );
    const r = await checkParallel(model, {
      workers,
      source: { file, text, invariants: specInvariants },
      maxStates: bounds.max_states,
      ...bounds.max_depth !== void 0 ? { maxDepth: bounds.max_depth } : {},
      timeMs: bounds.time_seconds * 1e3,
      signal: ctx.signal,
      progress: ctx.progress
    });
    if (r.status === "aborted")
      throw new MaestroError(
        "GATE_TIMEOUT",
        `modelcheck: ${file}: search aborted by the time limit`
      );
    const out = toSpecOutcome(r, critical, cfg);
    results.push(out);
    if (cache !== void 0 && key !== void 0 && r.bound !== "time") {
      const put = cache.put(key, out);
      if (!put.ok) notes.push(`${file}: result not cached: ${put.reason}`);
    }
  }
  return combine(results, digests, notes);
}
export {
  MODELCHECK_VERSION,
  createModelcheckGate,
  criticalFromBase,
  loadInvariantIndex,
  toSpecOutcome
};
