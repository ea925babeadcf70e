/**
 * The general initial-state generator the direct one replaced, kept as the tests' reference:
 * every value materialised (`typeValues`, the rules' expressions) and packed by `type.write`.
 */
import { CelRuntimeError, type Env } from '../../action/gates/modelcheck/expr.js';
import { FnValue, type FunctionType } from '../../action/gates/modelcheck/domain.js';
import type { Model } from '../../action/gates/modelcheck/model.js';
import { evalFailure, type StepFailure } from '../../action/gates/modelcheck/step-failure.js';
import { typeValues } from '../../action/gates/modelcheck/type-values.js';

/**
 * The initial states (packed), in a deterministic order, generated one at a time: the choices
 * of each variable are listed, their cross product is walked like an odometer (the last
 * variable fastest), so a large product costs time against the bounds, not memory.
 */
export function* generalInitialStates(
  model: Model,
  inModel: (words: Uint32Array) => boolean,
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
  const constraints = model.constraints;
  for (const block of model.init) {
    // Each variable's choices as a restartable iterator (a `where` filters them).
    const sources = vars.map((v, vi): (() => Iterator<unknown>) => {
      const rule = block[vi]!;
      const fail = (thrown: unknown): StepFailure =>
        evalFailure(thrown, rule.loc, `initial value of \`${v.name}\``);
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
          base = () => typeValues(v.type);
        }
      } catch (thrown) {
        throw fail(thrown);
      }
      const where = rule.kind === 'in' || rule.kind === 'all' ? rule.where : undefined;
      if (where === undefined) return () => base()[Symbol.iterator]();
      return function* filtered(): Generator<unknown> {
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
      };
    });
    const n = vars.length;
    const its = sources.map((f) => f());
    const cur = new Array<unknown>(n);
    let empty = false;
    for (let k = 0; k < n; k++) {
      const r = its[k]!.next();
      if (r.done === true) empty = true;
      else cur[k] = r.value;
    }
    if (empty) continue;
    for (;;) {
      const words = new Uint32Array(model.words);
      for (let vi = 0; vi < n; vi++) {
        const v = vars[vi]!;
        try {
          v.type.write(cur[vi], words, v.offset);
        } catch (thrown) {
          throw evalFailure(thrown, block[vi]!.loc, `initial value of \`${v.name}\``);
        }
      }
      if (constraints.length === 0 || inModel(words)) yield words;
      // Advance the odometer: the last variable fastest; exhausted ones restart.
      let k = n - 1;
      for (; k >= 0; k--) {
        const r = its[k]!.next();
        if (r.done !== true) {
          cur[k] = r.value;
          break;
        }
        its[k] = sources[k]!();
        cur[k] = its[k]!.next().value;
      }
      if (k < 0) break;
    }
  }
}
