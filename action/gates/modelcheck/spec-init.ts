/**
 * Compiles the initial-state blocks: per variable an expression (`x: 0`), a choice (`in`, with
 * ranges `lo..hi`), every value of its type (`any`, filtered by `where`) or a function built key
 * by key (`each`); `eachFn` also builds the `{each}` updates of actions.
 */
import { FnValue, FunctionType, IntType, isRecordValue, type FiniteType } from './domain.js';
import { celTypeOf, type Binding, type Closure } from './expr.js';
import { eachWriter, type Writer } from './update-writers.js';
import { splitRange } from './spec-macros.js';
import type { SpecContext, SpecPath } from './spec-context.js';
import type { InitRule } from './model.js';

/** The `init` section as written: one block, or alternatives. */
export type RawInit = Record<string, unknown> | Record<string, unknown>[];

/** Compiles every initial block into its per-variable rules (indexed like `ctx.vars`). */
export function compileInit(ctx: SpecContext, raw: RawInit): InitRule[][] {
  const constScope = ctx.scope(false, new Map());
  const blocks = Array.isArray(raw) ? raw : [raw];
  return blocks.map((block, bi) => {
    const base: SpecPath = Array.isArray(raw) ? ['init', bi] : ['init'];
    const rules: InitRule[] = [];
    for (const name of Object.keys(block)) {
      if (!ctx.vars.some((v) => v.name === name)) {
        ctx.fail(
          'MC_TYPE_ERROR',
          [...base, name],
          `\`${name}\` in init is not a declared variable; variables: ${ctx.vars.map((v) => v.name).join(', ')}`,
          true,
        );
      }
    }
    ctx.vars.forEach((v, vi) => {
      if (!Object.hasOwn(block, v.name)) {
        ctx.fail(
          'MC_SPEC_INVALID',
          base,
          `init does not assign variable \`${v.name}\`; every variable needs an initial value`,
        );
      }
      const rule = block[v.name];
      const path = [...base, v.name];
      const target = celTypeOf(v.type);
      if (typeof rule === 'string') {
        const c = ctx.compile(rule, path, constScope);
        ctx.expectType(c.type, target, path, `the initial value of \`${v.name}\``);
        rules[vi] = { kind: 'eq', fn: c.fn, loc: ctx.at(path) };
      } else if (
        isRecordValue(rule) &&
        (typeof rule['in'] === 'string' ||
          rule['any'] === true ||
          typeof rule['where'] === 'string')
      ) {
        // `where` filters the candidates; the variable's own name is the candidate.
        let where: Closure | undefined;
        if (typeof rule['where'] === 'string') {
          const candidate = ctx.scope(
            false,
            new Map([[v.name, { kind: 'param', index: 0, t: target }]]),
          );
          const w = ctx.compile(rule['where'], [...path, 'where'], candidate);
          ctx.expectType(w.type, { k: 'bool' }, [...path, 'where'], `\`where\` of \`${v.name}\``);
          where = w.fn;
        }
        if (typeof rule['in'] === 'string') {
          const src = rule['in'];
          let fn: Closure;
          if (splitRange(src) !== undefined) {
            if (!(v.type instanceof IntType))
              ctx.fail(
                'MC_TYPE_ERROR',
                [...path, 'in'],
                `a range initialises an int, but \`${v.name}\` is ${v.type.describe()}`,
              );
            fn = ctx.rangeOf(src, [...path, 'in'], constScope).fn;
          } else {
            const c = ctx.compile(src, [...path, 'in'], constScope);
            ctx.expectType(
              c.type,
              { k: 'list', elem: target },
              [...path, 'in'],
              `the initial choices of \`${v.name}\``,
            );
            fn = c.fn;
          }
          rules[vi] = {
            kind: 'in',
            fn,
            ...(where !== undefined ? { where } : {}),
            loc: ctx.at([...path, 'in']),
          };
        } else {
          // The same filter read from the variable's own bits, for the odometer that writes
          // every value of the type straight into the state (initial-states.ts): no candidate
          // is built as a value, and the filter's field reads are bit reads.
          const whereOnState =
            typeof rule['where'] === 'string'
              ? ctx.compile(
                  rule['where'],
                  [...path, 'where'],
                  ctx.scope(
                    false,
                    new Map([[v.name, { kind: 'var', index: vi, type: v.type, offset: v.offset }]]),
                  ),
                ).fn
              : undefined;
          rules[vi] = {
            kind: 'all',
            ...(where !== undefined ? { where } : {}),
            ...(whereOnState !== undefined ? { whereOnState } : {}),
            loc: ctx.at([...path, rule['any'] === true ? 'any' : 'where']),
          };
        }
      } else if (isRecordValue(rule) && rule['each'] !== undefined) {
        const fn = eachFn(
          ctx,
          v.type,
          rule['each'],
          [...path, 'each'],
          new Map(),
          0,
          false,
          v.name,
        );
        rules[vi] = { kind: 'eq', fn, loc: ctx.at([...path, 'each']) };
      }
    });
    return rules;
  });
}

/**
 * A closure building a function value: every key of `type`'s domain, bound as `key` (at
 * parameter position `index`), maps to `src` — itself an expression or a nested `{each}`.
 */
export function eachFn(
  ctx: SpecContext,
  type: FiniteType,
  src: unknown,
  path: SpecPath,
  extra: ReadonlyMap<string, Binding>,
  index: number,
  withVars: boolean,
  what: string,
): Closure {
  if (!(type instanceof FunctionType))
    ctx.fail(
      'MC_TYPE_ERROR',
      path,
      `\`each\` builds a function, but \`${what}\` is ${type.describe()}`,
    );
  const scope = new Map<string, Binding>([
    ...extra,
    ['key', { kind: 'param', index, t: celTypeOf(type.dom) }],
  ]);
  let inner: Closure;
  if (typeof src === 'string') {
    const c = ctx.compile(src, path, ctx.scope(withVars, scope));
    ctx.expectType(c.type, celTypeOf(type.range), path, `every entry of \`${what}\``);
    inner = c.fn;
  } else if (isRecordValue(src) && src['each'] !== undefined) {
    inner = eachFn(
      ctx,
      type.range,
      src['each'],
      [...path, 'each'],
      extra,
      index,
      withVars,
      `${what}[key]`,
    );
  } else {
    return ctx.fail('MC_SPEC_INVALID', path, '`each` takes an expression or a nested {each: ...}');
  }
  const dom = type.dom;
  const keys = dom.values();
  return (env) => {
    const saved = env.p;
    const vals = new Array<unknown>(keys.length);
    try {
      for (let i = 0; i < keys.length; i++) {
        const p = saved.slice(0, index);
        p[index] = keys[i];
        env.p = p;
        vals[i] = inner(env);
      }
    } finally {
      env.p = saved;
    }
    return new FnValue(dom, vals);
  };
}

/**
 * The writer of an `{each: e}` update (see `update-writers.ts`): every entry written in place,
 * with `e`'s own writer where it has one. Used only after {@link eachFn} compiled the same
 * update (so it raises no new errors); the general path stays `eachFn`'s.
 */
export function eachWriterOf(
  ctx: SpecContext,
  type: FunctionType,
  src: unknown,
  path: SpecPath,
  extra: ReadonlyMap<string, Binding>,
  index: number,
): Writer | undefined {
  const scope = new Map<string, Binding>([
    ...extra,
    ['key', { kind: 'param', index, t: celTypeOf(type.dom) }],
  ]);
  const range = type.range;
  let inner: Writer;
  if (typeof src === 'string') {
    const c = ctx.compile(src, path, ctx.scope(true, scope), false, undefined, range);
    const fn = c.fn;
    inner = c.write ?? ((env, succ, off) => range.write(fn(env), succ, off));
  } else if (isRecordValue(src) && range instanceof FunctionType) {
    const nested = eachWriterOf(ctx, range, src['each'], [...path, 'each'], extra, index);
    if (nested === undefined) return undefined;
    inner = nested;
  } else {
    return undefined;
  }
  return eachWriter(type, index, inner);
}
