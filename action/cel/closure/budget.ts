/**
 * The evaluation budget of compiled closures. JavaScript cannot pre-empt a synchronous
 * evaluation, so every loop iteration (and every unit an extension function charges) is
 * counted against one budget, and the clock, when one is given, is read every
 * {@link CLOCK_EVERY} iterations: `ids.all(a, ids.exists_one(b, b == a))` over 100,000 ids stops
 * with a `cost` (or `deadline`) {@link CelRuntimeError} instead of running for hours. One budget
 * is active at a time: a program evaluated inside another (a model checker `let` binding)
 * spends the outer evaluation's budget.
 */
import { CelRuntimeError } from './errors.js';
import { CLOCK_EVERY } from './limits.js';

interface BudgetState {
  active: boolean;
  left: number;
  max: number;
  tick: number;
  deadline: number;
  maxMs: number;
  clock: (() => number) | undefined;
}

const state: BudgetState = {
  active: false,
  left: Infinity,
  max: Infinity,
  tick: CLOCK_EVERY,
  deadline: Infinity,
  maxMs: Infinity,
  clock: undefined,
};

/** How one evaluation is bounded. */
export interface BudgetLimits {
  maxCost: number;
  /** Only with `clock`. */
  maxEvalMs: number;
  clock?: (() => number) | undefined;
}

/** Runs `body(arg)` under `limits` unless a budget is already active (then under that one). */
export function withBudget<A, T>(limits: BudgetLimits, body: (arg: A) => T, arg: A): T {
  if (state.active) return body(arg);
  state.active = true;
  state.left = limits.maxCost;
  state.max = limits.maxCost;
  state.tick = CLOCK_EVERY;
  state.clock = limits.clock;
  state.maxMs = limits.maxEvalMs;
  const started = limits.clock === undefined ? 0 : limits.clock();
  state.deadline = started + limits.maxEvalMs;
  try {
    const value = body(arg);
    // An evaluation that finished late is as much over its limit as one stopped on the way.
    if (limits.clock !== undefined && limits.clock() - started > limits.maxEvalMs) overTime();
    return value;
  } finally {
    state.active = false;
  }
}

/** Charges one loop iteration. */
export function step(): void {
  if (--state.left < 0) overCost();
  if (state.clock !== undefined && --state.tick <= 0) {
    state.tick = CLOCK_EVERY;
    if (state.clock() > state.deadline) overTime();
  }
}

/** Charges `units` (extension functions that build or scan large values). */
export function charge(units: number): void {
  if (!(units >= 0)) return;
  state.left -= units;
  if (state.left < 0) overCost();
  if (state.clock !== undefined && state.clock() > state.deadline) overTime();
}

function overCost(): never {
  state.left = -Infinity;
  throw new CelRuntimeError(
    `the evaluation exceeded its cost budget of ${state.max} steps (macro iterations and built elements); iterate over smaller lists, or raise the cost limit`,
    'cost',
  );
}

function overTime(): never {
  throw new CelRuntimeError(
    `the evaluation took more than the limit of ${state.maxMs} ms`,
    'deadline',
  );
}
