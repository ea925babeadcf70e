/** The evaluation environment of one packed state: its variables decoded on first use. */
import { getBits } from './domain.js';
import type { Env } from './expr.js';
import type { Model } from './model.js';

/** An environment over `words` whose variables are decoded lazily from `env.s`. */
export function stateEnv(model: Pick<Model, 'vars' | 'slots'>, words: Uint32Array): Env {
  const vars = model.vars;
  const env: Env = {
    v: new Array<unknown>(vars.length).fill(undefined),
    s: words,
    p: [],
    l: new Array<unknown>(model.slots + 4),
    load: (i) => {
      const x = vars[i]!.type.read(env.s, vars[i]!.offset);
      env.v[i] = x;
      return x;
    },
    has: (i, elem) => getBits(env.s, vars[i]!.offset + elem, 1) === 1,
  };
  return env;
}
