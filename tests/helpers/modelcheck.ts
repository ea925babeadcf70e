/** Shared by the model checker's fast-path tests: every reachable state, and an outcome to compare. */
import { toJson } from '../../action/gates/modelcheck/domain.js';
import type { Model } from '../../action/gates/modelcheck/model.js';
import { Transitions } from '../../action/gates/modelcheck/transitions.js';

/** Every reachable state of a small model (state constraints applied), packed, in BFS order. */
export function reachable(model: Model): Uint32Array[] {
  const t = new Transitions(model);
  const seen = new Set<string>();
  const queue: Uint32Array[] = [];
  const add = (s: Uint32Array): void => {
    const key = s.join(',');
    if (!seen.has(key)) {
      seen.add(key);
      queue.push(s.slice());
    }
  };
  for (const s of t.initialStates()) add(s);
  for (let i = 0; i < queue.length; i++)
    t.successors(queue[i]!, (succ) => {
      if (t.inModel(succ)) add(succ);
    });
  return queue;
}

/** A value (as JSON) or an error (message and class name): what two evaluation paths must share. */
export type Outcome = { value: unknown } | { error: string; name: string };

/** Runs `f` and records what it gave. */
export function outcome(f: () => unknown): Outcome {
  try {
    return { value: toJson(f()) };
  } catch (thrown) {
    const e = thrown as Error;
    return { error: e.message, name: e.name };
  }
}
