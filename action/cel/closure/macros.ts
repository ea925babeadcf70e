/**
 * Macros (`all`, `exists`, `exists_one`, `map`, `filter`): the comprehensions the parser
 * expands them to become one loop each, charged one budget step per iteration, with the
 * iteration and accumulator variables in slots of `env.l`.
 */
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import { step } from './budget.js';
import {
  bool,
  type Closure,
  type ClosureEnv,
  type Compiled,
  type Locals,
  type Lowering,
} from './lowering.js';
import { DYN, listOf, STRING, typeName, type CelT } from './types.js';

/** A comprehension as a bounded loop (the nesting limit is checked here). */
export function compileComprehension<E extends ClosureEnv>(
  cx: Lowering<E>,
  e: Expr,
  c: Extract<Expr['exprKind'], { case: 'comprehensionExpr' }>['value'],
  locals: Locals<E>,
  depth: number,
  nest: number,
): Compiled<E> {
  if (c.iterVar2 !== '') cx.fail(e, 'two-variable comprehensions are not supported');
  if (!c.iterRange || !c.accuInit || !c.loopCondition || !c.loopStep || !c.result)
    return cx.fail(e, 'incomplete comprehension');
  const inner = nest + 1;
  if (inner > cx.settings.maxComprehensionNesting) {
    cx.fail(
      e,
      `macros (all, exists, exists_one, map, filter) are nested ${inner} deep; the limit is ${cx.settings.maxComprehensionNesting} so that evaluation time stays bounded`,
      'limit',
    );
  }
  cx.markLoop();
  const range = cx.compile(c.iterRange, locals, depth + 1, nest);
  const elemT: CelT =
    range.t.k === 'list'
      ? range.t.elem
      : range.t.k === 'map'
        ? range.t.key
        : range.t.k === 'record'
          ? STRING
          : range.t.k === 'dyn'
            ? DYN
            : cx.fail(c.iterRange, `cannot iterate over a value of type ${typeName(range.t)}`);
  const appendInit =
    c.accuInit.exprKind.case === 'listExpr' && c.accuInit.exprKind.value.elements.length === 0;
  const init = cx.compile(c.accuInit, locals, depth + 1, nest);
  let iterSlot = 0;
  for (const { slot } of locals.values()) iterSlot = Math.max(iterSlot, slot + 1);
  const accuSlot = iterSlot + 1;
  cx.useSlots(accuSlot + 1);
  const body: Locals<E> = new Map(locals);
  body.set(c.iterVar, { slot: iterSlot, t: elemT });
  body.set(c.accuVar, { slot: accuSlot, t: init.t });
  const cond = cx.compile(c.loopCondition, body, depth + 1, inner).fn;
  // `map` and `filter` build their result with `@result + [x]`; appending in place keeps
  // them linear (the accumulator is a fresh list no one else sees).
  const append = appendInit
    ? appendStep(cx, c.loopStep, c.accuVar, body, depth + 1, inner)
    : undefined;
  const stepOut = append ?? cx.compile(c.loopStep, body, depth + 1, inner);
  if (init.t.k === 'list' && stepOut.t.k === 'list')
    body.set(c.accuVar, { slot: accuSlot, t: stepOut.t });
  const stepFn = stepOut.fn;
  const result = cx.compile(c.result, body, depth + 1, nest);
  const rangeFn = range.fn;
  const quantifier = quantifierOf(c);
  if (quantifier !== undefined) {
    // `all` / `exists`: the same loop with the predicate called directly (see quantifierOf).
    const pred = cx.compile(quantifier.pred, body, depth + 2, inner).fn;
    const stop = quantifier.stopOn;
    const initV = !stop;
    const ops = cx.ops;
    cx.markDynamic();
    return {
      t: result.t,
      fn: (env) => {
        const items = ops.items(rangeFn(env));
        const l = env.l;
        const savedIter = l[iterSlot];
        const savedAccu = l[accuSlot];
        l[accuSlot] = initV;
        try {
          for (let i = 0; i < items.length; i++) {
            step();
            l[iterSlot] = ops.admit(items[i]);
            const r = pred(env);
            if (r === stop) {
              l[accuSlot] = stop;
              // The general loop takes one more step, and admits the next item, before its
              // condition stops it: the same budget and the same refusals.
              if (i + 1 < items.length) {
                step();
                l[iterSlot] = ops.admit(items[i + 1]);
              }
              break;
            }
            bool(r, 'a logical operand');
          }
          return l[accuSlot];
        } finally {
          l[iterSlot] = savedIter;
          l[accuSlot] = savedAccu;
        }
      },
    };
  }
  const initFn = append !== undefined ? () => [] : init.fn;
  const resultFn = result.fn;
  const ops = cx.ops;
  cx.markDynamic();
  return {
    t: result.t,
    fn: (env) => {
      const items = ops.items(rangeFn(env));
      const l = env.l;
      const savedIter = l[iterSlot];
      const savedAccu = l[accuSlot];
      l[accuSlot] = initFn(env);
      try {
        for (let i = 0; i < items.length; i++) {
          step();
          l[iterSlot] = ops.admit(items[i]);
          if (cond(env) === false) break;
          l[accuSlot] = stepFn(env);
        }
        return resultFn(env);
      } finally {
        l[iterSlot] = savedIter;
        l[accuSlot] = savedAccu;
      }
    },
  };
}

/** `accu + [x]` or `c ? accu + [x] : accu` compiled as an in-place append, else undefined. */
export function appendStep<E extends ClosureEnv>(
  cx: Lowering<E>,
  e: Expr,
  accu: string,
  locals: Locals<E>,
  depth: number,
  nest: number,
): Compiled<E> | undefined {
  const slot = locals.get(accu)!.slot;
  const isAccu = (x: Expr | undefined): boolean =>
    x?.exprKind.case === 'identExpr' && x.exprKind.value.name === accu;
  const appendOf = (x: Expr | undefined): Closure<E>[] | undefined => {
    if (x?.exprKind.case !== 'callExpr' || x.exprKind.value.function !== '_+_') return undefined;
    const [l, r] = x.exprKind.value.args;
    if (
      !isAccu(l) ||
      r?.exprKind.case !== 'listExpr' ||
      r.exprKind.value.optionalIndices.length > 0
    )
      return undefined;
    return r.exprKind.value.elements.map((el) => cx.compile(el, locals, depth + 2, nest).fn);
  };
  const direct = appendOf(e);
  if (direct !== undefined) {
    cx.markDynamic();
    return {
      t: listOf(DYN),
      fn: (env) => {
        const list = env.l[slot] as unknown[];
        for (const f of direct) list.push(f(env));
        return list;
      },
    };
  }
  if (e.exprKind.case !== 'callExpr' || e.exprKind.value.function !== '_?_:_') return undefined;
  const [c, t, f] = e.exprKind.value.args;
  if (!isAccu(f)) return undefined;
  const items = appendOf(t);
  if (items === undefined || c === undefined) return undefined;
  const cond = cx.compile(c, locals, depth + 1, nest).fn;
  cx.markDynamic();
  return {
    t: listOf(DYN),
    fn: (env) => {
      const list = env.l[slot] as unknown[];
      if (bool(cond(env), 'the condition of `? :`')) for (const g of items) list.push(g(env));
      return list;
    },
  };
}

/**
 * `all` and `exists` as the parser expands them: `accu = true; while (accu !== false) accu =
 * accu && P; accu` (and `false`, `!accu`, `||` for `exists`). With the accumulator a bool, each
 * iteration of the general loop is exactly: evaluate P; stop with `stopOn` when P is `stopOn`;
 * fail as `&&`/`||` fail when P is not a bool; else go on. The predicate and the value that
 * stops the loop, or undefined for any other comprehension.
 */
export function quantifierOf(
  c: Extract<Expr['exprKind'], { case: 'comprehensionExpr' }>['value'],
): { pred: Expr; stopOn: boolean } | undefined {
  const accu = c.accuVar;
  const isAccu = (x: Expr | undefined): boolean =>
    x?.exprKind.case === 'identExpr' && x.exprKind.value.name === accu;
  const callOf = (x: Expr | undefined, fn: string): Expr[] | undefined =>
    x?.exprKind.case === 'callExpr' &&
    x.exprKind.value.function === fn &&
    x.exprKind.value.target === undefined
      ? x.exprKind.value.args
      : undefined;
  const init = c.accuInit?.exprKind;
  if (init?.case !== 'constExpr' || init.value.constantKind.case !== 'boolValue') return undefined;
  const all = init.value.constantKind.value;
  if (!isAccu(c.result)) return undefined;
  const cond = callOf(c.loopCondition, '@not_strictly_false');
  if (cond?.length !== 1) return undefined;
  if (all ? !isAccu(cond[0]) : !isAccu(callOf(cond[0], '!_')?.[0])) return undefined;
  const stepArgs = callOf(c.loopStep, all ? '_&&_' : '_||_');
  if (stepArgs?.length !== 2 || !isAccu(stepArgs[0]) || stepArgs[1] === undefined) return undefined;
  return { pred: stepArgs[1], stopOn: !all };
}
