/**
 * Compiles the actions: parameters (constant lists listed once, dependent ones per state),
 * guards, and updates of whole variables or of computed parts (`f[k]`, `r.field`, nested).
 */
import { FunctionType, RecordType, SetType, type FiniteType } from './domain.js';
import {
  celTypeOf,
  typeName,
  type Binding,
  type CelT,
  type Closure,
  type CompiledExpr,
  type NameScope,
} from './expr.js';
import { splitRange } from './spec-macros.js';
import { eachFn, eachWriterOf } from './spec-init.js';
import { targetOffset } from './update-writers.js';
import { guardSwitch, type GuardPart } from './guard-source.js';
import type { SpecContext, SpecPath } from './spec-context.js';
import type { Action, Param, TargetStep, Update } from './model.js';

/** Most parameter tuples listed in advance; larger products are enumerated lazily. */
export const MAX_LISTED_TUPLES = 4096;

/** Most parameter tuples of one action whose guard is compiled for each tuple. */
export const MAX_SPECIALISED_TUPLES = 256;

/** An action as written in the spec. */
export interface RawAction {
  name: string;
  params?: Record<string, string>;
  guard?: string;
  updates?: Record<string, string | { each: unknown }>;
}

/** Compiles the actions in spec order; names must be unique. */
export function compileActions(ctx: SpecContext, raw: RawAction[]): Action[] {
  const names = new Set<string>();
  return raw.map((a, ai) => {
    const base = ['actions', ai];
    if (names.has(a.name))
      ctx.fail('MC_SPEC_INVALID', [...base, 'name'], `duplicate action name \`${a.name}\``);
    names.add(a.name);
    const params: Param[] = [];
    const paramScope = new Map<string, Binding>();
    for (const [pname, src] of Object.entries(a.params ?? {})) {
      const path = [...base, 'params', pname];
      if (ctx.constants.has(pname) || ctx.vars.some((v) => v.name === pname)) {
        ctx.fail(
          'MC_SPEC_INVALID',
          path,
          `parameter \`${pname}\` shadows a constant or variable of the same name`,
          true,
        );
      }
      // A parameter whose list names an earlier parameter is evaluated per tuple, not once.
      let usesParam = false;
      const inner = ctx.scope(true, paramScope);
      const tracking: NameScope = {
        lookup(name) {
          const found = inner.lookup(name);
          if (found?.kind === 'param') usesParam = true;
          return found;
        },
        known: () => inner.known(),
      };
      const c: Pick<CompiledExpr, 'fn' | 'type' | 'reads'> =
        splitRange(src) !== undefined
          ? { ...ctx.rangeOf(src, path, tracking), type: { k: 'list', elem: { k: 'int' } } }
          : ctx.compile(src, path, tracking);
      if (c.type.k !== 'list' && c.type.k !== 'dyn' && c.type.k !== 'map') {
        ctx.fail(
          'MC_TYPE_ERROR',
          path,
          `parameter \`${pname}\` must range over a list (or a map's keys), but its expression is ${typeName(c.type)}; a parameter needs a finite domain such as a constant list`,
        );
      }
      const elemT: CelT =
        c.type.k === 'list' ? c.type.elem : c.type.k === 'map' ? c.type.key : { k: 'dyn' };
      const param: Param = { name: pname, fn: c.fn, loc: ctx.at(path) };
      if (c.reads.size === 0 && !usesParam) {
        const v = ctx.evalConst(c.fn, path);
        const items = Array.isArray(v) ? v : null;
        if (items === null)
          ctx.fail('MC_TYPE_ERROR', path, `parameter \`${pname}\` must range over a list`);
        param.constant = items;
      }
      params.push(param);
      paramScope.set(pname, { kind: 'param', index: params.length - 1, t: elemT });
    }
    const scope = ctx.scope(true, paramScope);
    let guard: Closure | undefined;
    let guardFolded = false;
    if (a.guard !== undefined) {
      const c = ctx.compile(a.guard, [...base, 'guard'], scope);
      guardFolded = c.foldedLoops === true;
      if (c.type.k !== 'bool' && c.type.k !== 'dyn') {
        ctx.fail(
          'MC_TYPE_ERROR',
          [...base, 'guard'],
          `the guard of action \`${a.name}\` must be a bool, but it is ${typeName(c.type)}. Write a condition such as \`x < 3\`.`,
        );
      }
      guard = c.fn;
    }
    const updates: Update[] = [];
    const whole = new Set<number>();
    const partial = new Set<number>();
    for (const [target, src] of Object.entries(a.updates ?? {})) {
      const path = [...base, 'updates', target];
      const { varIndex, steps, type } = updateTarget(ctx, target, path, scope);
      if (steps.length === 0) {
        if (whole.has(varIndex) || partial.has(varIndex))
          ctx.fail(
            'MC_SPEC_INVALID',
            path,
            `\`${target}\` is updated twice in action \`${a.name}\``,
            true,
          );
        whole.add(varIndex);
      } else {
        if (whole.has(varIndex))
          ctx.fail(
            'MC_SPEC_INVALID',
            path,
            `\`${target}\` overlaps a whole update of \`${ctx.vars[varIndex]!.name}\``,
            true,
          );
        partial.add(varIndex);
      }
      let c: Pick<CompiledExpr, 'fn' | 'added' | 'write'>;
      if (typeof src !== 'string') {
        // `{each: e}`: a new function value, every key (bound as `key`) mapping to `e` —
        // TLA+'s `[r \in Proc |-> e]`, e.g. a broadcast to every channel of a sender.
        if (paramScope.has('key'))
          ctx.fail(
            'MC_SPEC_INVALID',
            path,
            '`each` binds `key`, which is also a parameter name',
            true,
          );
        c = {
          fn: eachFn(
            ctx,
            type,
            src.each,
            [...path, 'each'],
            paramScope,
            params.length,
            true,
            target,
          ),
        };
        const write =
          type instanceof FunctionType
            ? eachWriterOf(ctx, type, src.each, [...path, 'each'], paramScope, params.length)
            : undefined;
        if (write !== undefined) c.write = write;
      } else {
        const setVar =
          steps.length === 0 && type instanceof SetType ? ctx.vars[varIndex]!.name : undefined;
        const compiled = ctx.compile(src, path, scope, false, setVar, type);
        ctx.expectType(compiled.type, celTypeOf(type), path, `the new value of \`${target}\``);
        c = compiled;
      }
      updates.push({
        target,
        varIndex,
        steps,
        leaf: type,
        fn: c.fn,
        ...(c.added !== undefined ? { added: c.added } : {}),
        ...(c.write !== undefined && c.added === undefined ? { write: c.write } : {}),
        offset: targetOffset(ctx.vars[varIndex]!.offset, steps),
        loc: ctx.at(path),
      });
    }
    const action: Action = { name: a.name, params, guard, updates, loc: ctx.at(base) };
    // Small constant tuple sets are listed once; larger ones are enumerated lazily per state.
    const product = params.reduce((n, p) => n * (p.constant?.length ?? Infinity), 1);
    if (product <= MAX_LISTED_TUPLES) {
      let tuples: unknown[][] = [[]];
      for (const p of params) tuples = tuples.flatMap((t) => p.constant!.map((v) => [...t, v]));
      action.tuples = tuples;
      if (
        a.guard !== undefined &&
        guard !== undefined &&
        !guardFolded &&
        params.length > 0 &&
        tuples.length <= MAX_SPECIALISED_TUPLES
      ) {
        const guardSrc = a.guard;
        const parts = tuples.map((t) =>
          specialisedGuard(ctx, guardSrc, [...base, 'guard'], params, paramScope, t, guard),
        );
        action.tupleGuards = parts.map((p) => (p.kind === 'always' ? undefined : p.closure));
        const guardAt = guardSwitch(parts);
        if (guardAt !== undefined) action.guardAt = guardAt;
      }
    }
    return action;
  });
}

/**
 * The guard compiled for one parameter tuple, its parameters bound as constants: parts that
 * depend on the parameters only fold, and access paths keyed by them become fixed bit offsets.
 * `general` (the guard compiled once for all tuples) where specialising would change what an
 * evaluation charges to the budget (a loop folded at compile time) or fails to compile.
 */
function specialisedGuard(
  ctx: SpecContext,
  src: string,
  path: SpecPath,
  params: Param[],
  paramScope: ReadonlyMap<string, Binding>,
  tuple: unknown[],
  general: Closure,
): GuardPart {
  const bound = new Map(paramScope);
  params.forEach((p, i) => {
    const b = paramScope.get(p.name);
    if (b?.kind === 'param') bound.set(p.name, { kind: 'const', value: tuple[i], t: b.t });
  });
  let c: CompiledExpr;
  try {
    c = ctx.compile(src, path, ctx.scope(true, bound), false, undefined, undefined, true);
  } catch {
    // The general guard compiled; it is used as it is.
    return { kind: 'closure', closure: general };
  }
  if (c.foldedLoops === true) return { kind: 'closure', closure: general };
  if (c.known !== undefined && c.known.value === true) return { kind: 'always' };
  if (c.known !== undefined && c.known.value === false) return { kind: 'never', closure: c.fn };
  if (c.source !== undefined) return { kind: 'source', input: c.source, closure: c.fn };
  return { kind: 'closure', closure: c.fn };
}

function updateTarget(
  ctx: SpecContext,
  target: string,
  path: SpecPath,
  scope: NameScope,
): { varIndex: number; steps: TargetStep[]; type: FiniteType } {
  const parts = splitTarget(target);
  if (parts === undefined) {
    return ctx.fail(
      'MC_SPEC_INVALID',
      path,
      `update target \`${target}\` is not of the form var, var[key] or var.field`,
      true,
    );
  }
  const [rootName, ...chain] = parts;
  const varIndex = ctx.vars.findIndex((v) => v.name === rootName);
  if (varIndex < 0) {
    ctx.fail(
      'MC_TYPE_ERROR',
      path,
      `update target \`${target}\`: \`${rootName}\` is not a declared variable; variables: ${ctx.vars.map((v) => v.name).join(', ')}`,
      true,
    );
  }
  let type = ctx.vars[varIndex]!.type;
  const steps: TargetStep[] = [];
  for (const step of chain) {
    if (step.kind === 'field') {
      if (!(type instanceof RecordType) || !type.fields.has(step.text)) {
        ctx.fail(
          'MC_TYPE_ERROR',
          path,
          `update target \`${target}\`: ${type.describe()} has no field \`${step.text}\``,
          true,
        );
      }
      steps.push({ kind: 'field', name: step.text, container: type });
      type = type.fields.get(step.text)!;
    } else {
      if (!(type instanceof FunctionType)) {
        ctx.fail(
          'MC_TYPE_ERROR',
          path,
          `update target \`${target}\`: only functions can be updated by key, but this is ${type.describe()}`,
          true,
        );
      }
      const c = ctx.compile(step.text, path, scope, true);
      ctx.expectType(c.type, celTypeOf(type.dom), path, `the key in \`${target}\``);
      steps.push({ kind: 'key', fn: c.fn, container: type });
      type = type.range;
    }
  }
  return { varIndex, steps, type };
}

/** Splits `var`, `var[key]`, `var.field`, `var[k1].f[k2]` into the root name and its steps. */
export function splitTarget(
  target: string,
): [string, ...{ kind: 'key' | 'field'; text: string }[]] | undefined {
  const root = /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(target);
  if (!root) return undefined;
  const steps: { kind: 'key' | 'field'; text: string }[] = [];
  let i = root[0].length;
  while (i < target.length) {
    const ch = target[i]!;
    if (ch === ' ') {
      i++;
    } else if (ch === '.') {
      const m = /^\.\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(target.slice(i));
      if (!m) return undefined;
      steps.push({ kind: 'field', text: m[1]! });
      i += m[0].length;
    } else if (ch === '[') {
      let depth = 0;
      let quote: string | undefined;
      let j = i;
      for (; j < target.length; j++) {
        const c = target[j]!;
        if (quote !== undefined) {
          if (c === '\\') j++;
          else if (c === quote) quote = undefined;
        } else if (c === "'" || c === '"') quote = c;
        else if (c === '[') depth++;
        else if (c === ']' && --depth === 0) break;
      }
      if (j >= target.length) return undefined;
      const text = target.slice(i + 1, j).trim();
      if (text === '') return undefined;
      steps.push({ kind: 'key', text });
      i = j + 1;
    } else {
      return undefined;
    }
  }
  return [root[1]!, ...steps];
}
