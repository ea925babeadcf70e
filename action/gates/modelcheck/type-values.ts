/**
 * Lazy enumeration of every value of a finite type (TLA+'s `[S -> T]`, `[a: A, b: B]`): an
 * odometer over the components, so a type with millions of values is walked, never listed.
 */
import { FnValue, FunctionType, RecordType, type FiniteType } from './domain.js';

/** Every value of `t`, one at a time, in a fixed order. */
export function* typeValues(t: FiniteType): Generator<unknown> {
  if (t instanceof FunctionType) {
    const range = [...typeValues(t.range)];
    const n = t.dom.size;
    if (range.length === 0) return;
    const at = new Array<number>(n).fill(0);
    for (;;) {
      yield new FnValue(
        t.dom,
        at.map((i) => range[i]),
      );
      let k = n - 1;
      while (k >= 0 && ++at[k]! >= range.length) at[k--] = 0;
      if (k < 0) return;
    }
  }
  if (t instanceof RecordType) {
    const lists = t.names.map((name) => [...typeValues(t.fields.get(name)!)]);
    if (lists.some((l) => l.length === 0)) return;
    const at = new Array<number>(lists.length).fill(0);
    for (;;) {
      const out: Record<string, unknown> = {};
      t.names.forEach((name, i) => (out[name] = lists[i]![at[i]!]));
      yield out;
      let k = lists.length - 1;
      while (k >= 0 && ++at[k]! >= lists[k]!.length) at[k--] = 0;
      if (k < 0) return;
    }
  }
  yield* t.values();
}
