/**
 * The evaluation budget of compiled closures. JavaScript cannot pre-empt a synchronous
 * evaluation, so every loop iteration (and every unit an extension function charges) is
 * counted against one budget, and the clock, when one is given, is read every
 * {@link CLOCK_EVERY} iterations: `ids.all(a, ids.exists_one(b, b == a))` over 100,000 ids stops
 * with a `cost` (or `deadline`) {@link CelRuntimeError} instead of running for hours. One budget
 * is active at a time: a program evaluated inside another (a model checker `let` binding)
 * spends the outer evaluation's budget. The `@bufbuild/cel` fallback is charged through the
 * same {@link step} (see `action/cel/library.ts`); because that library turns a thrown error
 * into a CEL error value that `||` or a loop condition may absorb, the first overrun is also
 * kept ({@link budgetOverrun}): once over budget, every further step fails at once and the
 * evaluation as a whole is over budget, whatever value it returns.
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
  overrun: CelRuntimeError | undefined;
}

const state: BudgetState = {
  active: false,
  left: Infinity,
  max: Infinity,
  tick: CLOCK_EVERY,
  deadline: Infinity,
  maxMs: Infinity,
  clock: undefined,
  overrun: undefined,
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
  state.overrun = undefined;
  const started = limits.clock === undefined ? 0 : limits.clock();
  state.deadline = started + limits.maxEvalMs;
  try {
    const value = body(arg);
    // An evaluation that finished late is as much over its limit as one stopped on the way.
    if (limits.clock !== undefined && limits.clock() - started > limits.maxEvalMs) overTime();
    return value;
  } finally {
    state.active = false;
    state.overrun = undefined;
    state.left = Infinity;
    state.clock = undefined;
  }
}

/**
 * The first cost or deadline error of the active evaluation, or `undefined`. A caller whose
 * evaluator may swallow a thrown error (the library fallback) checks it after evaluating.
 */
export function budgetOverrun(): CelRuntimeError | undefined {
  return state.active ? state.overrun : undefined;
}

/** Charges one loop iteration. */
export function step(): void {
  if (--state.left < 0) overCost();
  if (state.clock !== undefined && --state.tick <= 0) {
    state.tick = CLOCK_EVERY;
    if (state.clock() > state.deadline) overTime();
  }
}

/**
 * Reads the clock now (when one is set): for work that is not a loop iteration but may be
 * large, such as the library copying a macro's range before it iterates.
 */
export function checkClock(): void {
  if (state.clock !== undefined && state.clock() > state.deadline) overTime();
}

/** Charges `units` (extension functions that build or scan large values). */
export function charge(units: number): void {
  if (!(units >= 0)) return;
  state.left -= units;
  if (state.left < 0) overCost();
  if (state.clock !== undefined && state.clock() > state.deadline) overTime();
}

function overCost(): never {
  overrun(
    () =>
      new CelRuntimeError(
        `the evaluation exceeded its cost budget of ${state.max} steps (macro iterations and built elements); iterate over smaller lists, or raise the cost limit`,
        'cost',
      ),
  );
}

function overTime(): never {
  overrun(
    () =>
      new CelRuntimeError(
        `the evaluation took more than the limit of ${state.maxMs} ms`,
        'deadline',
      ),
  );
}

/** Ends the evaluation: this and every later step throws the first overrun. */
function overrun(create: () => CelRuntimeError): never {
  state.left = -Infinity;
  state.overrun ??= create();
  throw state.overrun;
}
