/**
 * The initial states of a model, generated lazily straight into packed words: each variable's
 * choices are walked like an odometer, so a large product of initial values costs time against
 * the bounds, not memory, and a function space is walked field by field, never materialised.
 */
import { CelRuntimeError, type Env } from './expr.js';
import { FnValue, type FunctionType } from './domain.js';
import { filteredChoice, typeChoice, valueChoice, type InitChoice } from './init-choices.js';
import type { Model } from './model.js';
import { stateEnv } from './state-env.js';
import { evalFailure, type StepFailure } from './step-failure.js';
import { typeValues } from './type-values.js';

/**
 * The initial states (packed), in a deterministic order, generated one at a time: the choices
 * of each variable are listed, their cross product is walked like an odometer (the last
 * variable fastest), so a large product costs time against the bounds, not memory. With
 * `reuse`, every state is yielded in the same buffer (the caller copies what it keeps).
 */
export function* initialStates(
  model: Model,
  inModel: (words: Uint32Array) => boolean,
  reuse = false,
): Generator<Uint32Array> {
  const env: Env = {
    v: [],
    s: new Uint32Array(model.words),
    p: [],
    l: new Array<unknown>(model.slots + 4),
    load: () => undefined,
    has: () => false,
  };
  const vars = model.vars;
  const n = vars.length;
  const constraints = model.constraints;
  for (const block of model.init) {
    const fails = vars.map(
      (v, vi) =>
        (thrown: unknown): StepFailure =>
          evalFailure(thrown, block[vi]!.loc, `initial value of \`${v.name}\``),
    );
    // Each variable's choices; only the first variable is never restarted, so it keeps none.
    const choices = vars.map((v, vi): InitChoice => {
      const rule = block[vi]!;
      const fail = fails[vi]!;
      let base: () => Iterable<unknown>;
      try {
        if (rule.kind === 'eq') {
          const one = [rule.fn(env)];
          base = () => one;
        } else if (rule.kind === 'in') {
          const list = rule.fn(env);
          if (!Array.isArray(list))
            throw new CelRuntimeError(`\`in\` must give a list, got a ${typeof list}`);
          const items = list as unknown[];
          base = () => items;
        } else if (rule.kind === 'each') {
          const fnType = v.type as FunctionType;
          const vals = fnType.dom.values().map((k) => {
            env.p = [k];
            return rule.fn(env);
          });
          const one = [new FnValue(fnType.dom, vals)];
          base = () => one;
        } else {
          const direct = typeChoice(v.type, v.offset);
          if (direct !== undefined && rule.where === undefined) return direct;
          const onState = rule.whereOnState;
          if (direct !== undefined && onState !== undefined) {
            // The filter reads the candidate from its bits (a state with only this variable
            // written): no candidate is built as a value unless the filter asks for it whole.
            const fenv = stateEnv(model, new Uint32Array(model.words));
            const accept = (state: Uint32Array): boolean => {
              fenv.s = state;
              fenv.v[vi] = undefined;
              let ok: unknown;
              try {
                ok = onState(fenv);
              } catch (thrown) {
                throw fail(thrown);
              }
              return ok === true;
            };
            return filteredChoice(direct, v.offset, v.type.bits, model.words, accept, vi > 0);
          }
          base = () => typeValues(v.type);
        }
      } catch (thrown) {
        throw fail(thrown);
      }
      const where = rule.kind === 'in' || rule.kind === 'all' ? rule.where : undefined;
      const cache = vi > 0;
      if (where === undefined)
        return valueChoice(() => base()[Symbol.iterator](), v.type, v.offset, cache);
      return valueChoice(
        function* filtered(): Generator<unknown> {
          for (const x of base()) {
            env.p = [x];
            let ok: unknown;
            try {
              ok = where(env);
            } catch (thrown) {
              throw fail(thrown);
            }
            if (ok === true) yield x;
          }
        },
        v.type,
        v.offset,
        cache,
      );
    });
    // Every variable's first choice is looked for (its filter may fail) before an empty one skips.
    let empty = false;
    for (let k = 0; k < n; k++) if (!choices[k]!.first()) empty = true;
    if (empty) continue;
    const words = new Uint32Array(model.words);
    // Writes the choices from variable `k` on (those before it did not change).
    const writeFrom = (k: number): void => {
      for (let vi = k; vi < n; vi++) {
        try {
          choices[vi]!.write(words);
        } catch (thrown) {
          throw fails[vi]!(thrown);
        }
      }
    };
    writeFrom(0);
    for (;;) {
      if (constraints.length === 0 || inModel(words)) yield reuse ? words : words.slice();
      // Advance the odometer: the last variable fastest; exhausted ones restart.
      let k = n - 1;
      for (; k >= 0; k--) {
        if (choices[k]!.next()) break;
        if (k > 0) choices[k]!.first();
      }
      if (k < 0) break;
      writeFrom(k);
    }
  }
}

/**
 * How many initial states the blocks give at most, when every variable has a known number of
 * choices (an expression, or every value of its type unfiltered); 0 when some count is unknown.
 */
export function initialCountHint(model: Model): number {
  let total = 0;
  for (const block of model.init) {
    let n = 1;
    for (let vi = 0; vi < model.vars.length; vi++) {
      const rule = block[vi]!;
      if (rule.kind === 'all' && rule.where === undefined) n *= model.vars[vi]!.type.size;
      else if (rule.kind !== 'eq' && rule.kind !== 'each') return 0;
    }
    total += n;
  }
  return total;
}
