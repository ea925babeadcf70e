/**
 * Counterexample traces rebuilt by replay: only a parent pointer and a transition ordinal are
 * kept per state, so the path to a state is re-executed from its initial state.
 */
import { MaestroError } from '../../contract/errors.js';
import { toJson } from './domain.js';
import type { StateTable } from './fingerprints.js';
import type { Action } from './model.js';
import type { TraceStep } from './check-result.js';
import type { Transitions } from './transitions.js';

/** The parameters of a transition as JSON, by name. */
export function paramsOf(action: Action, tuple: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  action.params.forEach((p, i) => {
    out[p.name] = toJson(tuple[i]);
  });
  return out;
}

/** The `want`-th successor of `state` (0-based, in enumeration order), with its transition. */
export function nthSuccessor(
  t: Transitions,
  state: Uint32Array,
  want: number,
): { words: Uint32Array; action: Action; tuple: unknown[] } | undefined {
  let k = 0;
  let found: { words: Uint32Array; action: Action; tuple: unknown[] } | undefined;
  t.successors(state, (succ, action, tuple) => {
    if (k++ === want) {
      found = { words: succ.slice(), action, tuple };
      return true;
    }
    return false;
  });
  return found;
}

/** Replays the path to state `id`; `visit` sees each state, the initial one with no action. */
function replay(
  t: Transitions,
  table: StateTable,
  id: number,
  visit?: (words: Uint32Array, action: Action | null, tuple: unknown[]) => void,
): Uint32Array {
  const chain: number[] = [];
  for (let x = id; x >= 0; x = table.parent[x]!) chain.unshift(x);
  let state = t.initialState(table.ord[chain[0]!]!);
  visit?.(state, null, []);
  for (let i = 1; i < chain.length; i++) {
    const found = nthSuccessor(t, state, table.ord[chain[i]!]!);
    if (found === undefined)
      throw new MaestroError('MC_INTERNAL_ERROR', 'internal: counterexample replay diverged');
    state = found.words;
    visit?.(state, found.action, found.tuple);
  }
  return state;
}

/** Rebuilds the shortest trace to state `id` by replaying transition ordinals. */
export function traceTo(t: Transitions, table: StateTable, id: number): TraceStep[] {
  const steps: TraceStep[] = [];
  replay(t, table, id, (words, action, tuple) =>
    steps.push({
      index: steps.length + 1,
      action: action?.name ?? null,
      params: action !== null ? paramsOf(action, tuple) : {},
      state: t.stateJson(words),
    }),
  );
  return steps;
}

/** Words of state `id` by replay. */
export function wordsOf(t: Transitions, table: StateTable, id: number): Uint32Array {
  return replay(t, table, id);
}
