/**
 * Compiles the temporal part of a spec: `fairness` (weak or strong, on named actions, optionally
 * one condition per value of a parameter) and `properties` (`eventually: q`, or
 * `when: p` + `leads_to: q`).
 */
import { celTypeOfValue, type Binding } from './expr.js';
import { splitRange } from './spec-macros.js';
import { toJson } from './domain.js';
import type { SpecContext, SpecPath } from './spec-context.js';
import type { Action, Fairness, Temporal } from './model.js';

/** A fairness rule as written: `{weak: A}`, `{strong: [A, B], per: self}`. */
export interface RawFairness {
  weak?: string | string[];
  strong?: string | string[];
  per?: string;
}

/** A temporal property as written. */
export interface RawTemporal {
  name: string;
  /** One property per combination of these constant lists (TLA+'s `\A p \in S : …`). */
  params?: Record<string, string>;
  eventually?: string;
  when?: string;
  leads_to?: string;
}

/** Compiles the fairness rules against the compiled actions. */
export function compileFairness(
  ctx: SpecContext,
  raw: RawFairness[] | undefined,
  actions: Action[],
): Fairness[] {
  return (raw ?? []).map((f, i) => {
    const base = ['fairness', i];
    if ((f.weak === undefined) === (f.strong === undefined)) {
      ctx.fail(
        'MC_SPEC_INVALID',
        base,
        'a fairness rule is either {weak: Action} or {strong: Action} (a name or a list of names)',
      );
    }
    const kind = f.weak !== undefined ? 'weak' : 'strong';
    const written = (f.weak ?? f.strong)!;
    const names = Array.isArray(written) ? written : [written];
    const indices = names.map((name, j) => {
      const ai = actions.findIndex((a) => a.name === name);
      if (ai < 0) {
        ctx.fail(
          'MC_SPEC_INVALID',
          Array.isArray(written) ? [...base, kind, j] : [...base, kind],
          `fairness names \`${name}\`, which is not an action; actions: ${actions.map((a) => a.name).join(', ')}`,
        );
      }
      return ai;
    });
    if (f.per !== undefined) {
      for (const ai of indices) {
        const a = actions[ai]!;
        if (!a.params.some((p) => p.name === f.per)) {
          ctx.fail(
            'MC_SPEC_INVALID',
            [...base, 'per'],
            `fairness is split per \`${f.per}\`, but action \`${a.name}\` has no parameter \`${f.per}\``,
          );
        }
      }
    }
    return {
      kind,
      actions: indices,
      ...(f.per !== undefined ? { per: { name: f.per } } : {}),
      loc: ctx.at(base),
    };
  });
}

/** The constant values of each of a property's parameters, as bindings, in product order. */
function parameterTuples(
  ctx: SpecContext,
  params: Record<string, string> | undefined,
  base: SpecPath,
): Map<string, Binding>[] {
  let tuples: Map<string, Binding>[] = [new Map<string, Binding>()];
  for (const [name, src] of Object.entries(params ?? {})) {
    const path = [...base, 'params', name];
    if (ctx.constants.has(name) || ctx.vars.some((v) => v.name === name))
      ctx.fail(
        'MC_SPEC_INVALID',
        path,
        `parameter \`${name}\` shadows a constant or variable of the same name`,
        true,
      );
    const scope = ctx.scope(false, new Map());
    const fn =
      splitRange(src) !== undefined
        ? ctx.rangeOf(src, path, scope).fn
        : ctx.compile(src, path, scope).fn;
    const items = ctx.evalConst(fn, path);
    if (!Array.isArray(items))
      ctx.fail('MC_TYPE_ERROR', path, `parameter \`${name}\` must range over a constant list`);
    tuples = tuples.flatMap((t) =>
      items.map((value: unknown) => {
        const next = new Map<string, Binding>(t);
        next.set(name, { kind: 'const', value, t: celTypeOfValue(value) });
        return next;
      }),
    );
  }
  return tuples;
}

/** Compiles the temporal properties over the state variables. */
export function compileTemporal(ctx: SpecContext, raw: RawTemporal[] | undefined): Temporal[] {
  const names = new Set<string>();
  return (raw ?? []).flatMap((p, i) =>
    parameterTuples(ctx, p.params, ['properties', i]).map((bound) => {
      const scope = ctx.scope(true, bound);
      const name =
        bound.size === 0
          ? p.name
          : `${p.name}[${[...bound].map(([k, b]) => `${k}=${JSON.stringify(toJson((b as { value: unknown }).value))}`).join(', ')}]`;
      const base = ['properties', i];
      if (names.has(name))
        ctx.fail('MC_SPEC_INVALID', [...base, 'name'], `duplicate property name \`${p.name}\``);
      names.add(name);
      const bool = (src: string, key: string): Temporal['then'] => {
        const c = ctx.compile(src, [...base, key], scope);
        ctx.expectType(
          c.type,
          { k: 'bool' },
          [...base, key],
          `\`${key}\` of property \`${p.name}\``,
        );
        return c.fn;
      };
      if (p.eventually !== undefined) {
        if (p.when !== undefined || p.leads_to !== undefined)
          ctx.fail(
            'MC_SPEC_INVALID',
            base,
            `property \`${p.name}\` is either {eventually: q} or {when: p, leads_to: q}, not both`,
          );
        return {
          name,
          kind: 'eventually',
          then: bool(p.eventually, 'eventually'),
          loc: ctx.at(base),
        };
      }
      if (p.when === undefined || p.leads_to === undefined)
        ctx.fail(
          'MC_SPEC_INVALID',
          base,
          `property \`${p.name}\` needs {eventually: q} or both \`when\` and \`leads_to\` (p ~> q)`,
        );
      return {
        name,
        kind: 'leads_to',
        when: bool(p.when, 'when'),
        then: bool(p.leads_to, 'leads_to'),
        loc: ctx.at(base),
      };
    }),
  );
}
