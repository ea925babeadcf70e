/**
 * Explicit-state breadth-first search over a compiled spec, the way TLC does it with one worker:
 * states are packed into a few 32-bit words, identified by a 64-bit fingerprint, and only the
 * fingerprint, a parent pointer and the transition's ordinal are kept per state. The frontier
 * holds the packed states of one BFS level. A counterexample is rebuilt by replaying the
 * ordinals from the initial state, so it is the shortest trace to the violation.
 */
import { Frontier, StateTable, fingerprint, h1, h2 } from './fingerprints.js';
import {
  searchLimits,
  searchStats,
  seedInitialStates,
  stepFailureViolation,
} from './search-common.js';
import type { Model } from './model.js';
import { checkTemporal } from './liveness.js';
import { checkResponses } from './responses.js';
import { StateGraph } from './state-graph.js';
import { StepFailure, evalFailure } from './step-failure.js';
import { paramsOf, traceTo } from './traces.js';
import { Transitions, type OnSuccessor } from './transitions.js';
import type { CheckOptions, CheckResult, CheckStats } from './check-result.js';

export type {
  CheckOptions,
  CheckResult,
  CheckStats,
  TraceStep,
  Violation,
} from './check-result.js';

/** The search over one model. */
export class Checker extends Transitions {
  /** Runs the search. */
  async run(options: CheckOptions = {}): Promise<CheckResult> {
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
    // Responses and temporal properties are decided over the state graph after the search.
    const graph =
      model.responses.length + model.properties.length > 0 ? new StateGraph(model) : undefined;
    const actionIndex = new Map(model.actions.map((a, i) => [a, i]));

    const stats = (): CheckStats =>
      searchStats(
        table,
        generated,
        depth,
        clock() - started,
        peakFrontierBytes + (graph?.bytes() ?? 0),
        W,
      );
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
    const failure = (f: StepFailure, parentId: number): CheckResult =>
      result('violation', {
        violation: stepFailureViolation(
          this,
          table,
          parentId,
          f,
          f.step && { action: f.step.action.name, params: paramsOf(f.step.action, f.step.tuple) },
        ),
      });

    let frontier = new Frontier(W);
    let bound: CheckResult['bound'];
    try {
      const seeded = await seedInitialStates(
        this,
        table,
        frontier,
        limits,
        () => clock() - started,
        options.signal,
      );
      generated = seeded.generated;
      if (seeded.stop === 'aborted') return result('aborted');
      bound = seeded.stop;
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
    // The successors of one state are inserted together, after their table slots were touched
    // in one pass (their cache misses overlap), in the order they were generated: the same ids.
    // Only while no state graph is kept and the batch cannot reach the state bound.
    const batching = graph === undefined && options.batchInserts !== false;
    let batched = 0;
    let batchWords = new Uint32Array(W * 64);
    let batchFp = new Int32Array(64 * 3);
    const flush = (): void => {
      const n = batched;
      if (n === 0) return;
      batched = 0;
      let seen = 0;
      for (let i = 0; i < n; i++) seen |= table.touch(batchFp[i * 3]!, batchFp[i * 3 + 1]!);
      table.touched ^= seen;
      for (let i = 0; i < n; i++) {
        const id = table.insert(batchFp[i * 3]!, batchFp[i * 3 + 1]!, curId, batchFp[i * 3 + 2]!);
        if (id >= 0) next.pushAt(batchWords, i * W, id);
      }
    };
    const onSucc: OnSuccessor = (succ, action, tuple) => {
      generated++;
      // TLC's CONSTRAINT: a successor outside the constraints is generated (so its state is not
      // deadlocked) but neither stored nor explored.
      if (constrained && !this.inModel(succ, cur)) {
        graph?.add(-1, action, actionIndex.get(action)!, tuple);
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
        for (let w = 0, at = batched * W; w < W; w++) batchWords[at + w] = succ[w]!;
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
      graph?.add(id, action, actionIndex.get(action)!, tuple);
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
              return failure(evalFailure(thrown, inv.loc, `invariant ${inv.name}`), curId);
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
                  trace: traceTo(this, table, curId),
                },
              });
            }
          }
        }
        if (graph !== undefined) {
          graph.begin(curId);
          const f = graph.evaluate(curId, this.env);
          if (f !== undefined) return failure(f, curId);
        }
        if (depth >= maxDepth) {
          bound ??= 'depth';
          graph?.end(curId);
          continue;
        }
        ordinal = 0;
        let enabled: number;
        try {
          enabled = this.successors(cur, onSucc, true);
        } catch (thrown) {
          flush();
          if (thrown instanceof StepFailure) return failure(thrown, curId);
          throw thrown;
        }
        flush();
        graph?.end(curId);
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
              trace: traceTo(this, table, curId),
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

    if (graph !== undefined) {
      const v =
        checkResponses(this, table.count, graph) ??
        checkTemporal(this, table.count, graph, (s) => table.parent[s] === -1);
      if (v !== undefined) return result('violation', { violation: v(table) });
    }
    return result('ok');
  }
}

/** Loads nothing, runs the search: the one-call API. */
export async function checkModel(model: Model, options: CheckOptions = {}): Promise<CheckResult> {
  return new Checker(model).run(options);
}
