/**
 * What the one-thread search and the parallel search share: the bounds taken from the options
 * and the spec, the statistics of a run, and the first level seeded with the initial states.
 */
import { Frontier, StateTable, fingerprint, h1, h2 } from './fingerprints.js';
import { initialCountHint, initialStates } from './initial-states.js';
import type { Model } from './model.js';
import type { Transitions } from './transitions.js';
import type { CheckOptions, CheckStats, Violation } from './check-result.js';
import { traceTo } from './traces.js';

/** The bounds of one search (infinite where neither the options nor the spec set one). */
export interface SearchLimits {
  maxStates: number;
  maxDepth: number;
  timeMs: number;
}

/** The bounds of a search: the options first, then the spec's `bounds`. */
export function searchLimits(model: Model, options: CheckOptions): SearchLimits {
  return {
    maxStates: options.maxStates ?? model.bounds.max_states ?? Number.POSITIVE_INFINITY,
    maxDepth: options.maxDepth ?? model.bounds.max_depth ?? Number.POSITIVE_INFINITY,
    timeMs:
      options.timeMs ??
      (model.bounds.time_seconds !== undefined
        ? model.bounds.time_seconds * 1000
        : Number.POSITIVE_INFINITY),
  };
}

/** The statistics of a search so far; `extraBytes` is what it holds beside the state table. */
export function searchStats(
  table: StateTable,
  generated: number,
  depth: number,
  elapsedMs: number,
  extraBytes: number,
  stateWords: number,
): CheckStats {
  const durationMs = Math.max(elapsedMs, 1e-3);
  const n = table.count;
  return {
    distinct: n,
    generated,
    depth,
    durationMs: Math.round(durationMs * 1000) / 1000,
    distinctPerSecond: Math.round((n / durationMs) * 1000),
    generatedPerSecond: Math.round((generated / durationMs) * 1000),
    collisionProbability: (n * n) / 2 ** 65,
    bytesPerState: n === 0 ? 0 : Math.round((table.bytes() + extraBytes) / n),
    stateWords,
  };
}

/** How seeding the first level ended. */
export interface Seeded {
  /** Initial states generated (duplicates included). */
  generated: number;
  /** Why it stopped before the last initial state, if it did. */
  stop: 'states' | 'time' | 'aborted' | undefined;
}

/** Most states the first level makes room for in advance, whatever the initial blocks allow. */
const MAX_SEED_RESERVE = 1 << 18;

/**
 * Inserts the initial states into `table` and pushes the new ones onto `frontier`, checking the
 * state and time bounds and the abort signal, and yielding to the event loop every 4,096
 * states. A `StepFailure` from an initial-state expression or a state constraint propagates.
 */
export async function seedInitialStates(
  t: Transitions,
  table: StateTable,
  frontier: Frontier,
  limits: SearchLimits,
  elapsed: () => number,
  signal: AbortSignal | undefined,
): Promise<Seeded> {
  const W = t.model.words;
  const hint = Math.min(initialCountHint(t.model), limits.maxStates, MAX_SEED_RESERVE);
  if (hint > 0) {
    table.reserve(hint);
    frontier.reserve(hint);
  }
  // One buffer for every initial state: the frontier copies the new ones.
  const states = initialStates(t.model, (words) => t.inModel(words), true);
  const seeded: Seeded = { generated: 0, stop: undefined };
  for (;;) {
    // Synchronous chunks between the checks, so the loop runs as optimised code.
    const more = seedChunk(states, W, table, frontier, limits.maxStates, seeded);
    if (!more || seeded.stop !== undefined) return seeded;
    if (signal?.aborted) return { ...seeded, stop: 'aborted' };
    if (elapsed() > limits.timeMs) return { ...seeded, stop: 'time' };
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Seeds up to 4,096 initial states; false when there are no more. */
function seedChunk(
  states: Iterator<Uint32Array>,
  W: number,
  table: StateTable,
  frontier: Frontier,
  maxStates: number,
  seeded: Seeded,
): boolean {
  let generated = seeded.generated;
  try {
    for (;;) {
      const r = states.next();
      if (r.done === true) return false;
      const s = r.value;
      generated++;
      fingerprint(s, W);
      const id = table.insert(h1, h2, -1, generated - 1);
      if (id >= 0) frontier.push(s, id);
      if (table.count >= maxStates) {
        seeded.stop = 'states';
        return false;
      }
      if ((generated & 4095) === 0) return true;
    }
  } finally {
    seeded.generated = generated;
  }
}

/**
 * The violation for a step that failed to evaluate: the trace to the state being expanded
 * (`parentId`, or none for an initial state), and the failing step, when there is one, listed
 * last with an empty state (it has no successor to show).
 */
export function stepFailureViolation(
  t: Transitions,
  table: StateTable,
  parentId: number,
  f: Pick<Violation, 'message' | 'location'> & { kind: 'domain' | 'eval' },
  step: { action: string; params: Record<string, unknown> } | undefined,
): Violation {
  const trace = parentId >= 0 ? traceTo(t, table, parentId) : [];
  if (step !== undefined) trace.push({ index: trace.length + 1, ...step, state: {} });
  return { kind: f.kind, message: f.message, location: f.location, trace };
}
