/**
 * Compiles what is checked on the states: invariants (inline, or shared by id from the base
 * branch's `invariants/`, with `bind`), bounded responses and state constraints.
 */
import { MaestroError } from '../../contract/errors.js';
import {
  compileExpr,
  ExprError,
  typeName,
  type Binding,
  type Closure,
  type CompiledExpr,
  type NameScope,
} from './expr.js';
import { expressionFunction } from './guard-source.js';
import { SPEC_FUNCTIONS } from './spec-functions.js';
import type { SpecContext, SpecPath } from './spec-context.js';
import type { Invariant, Model, Response, Severity } from './model.js';

/** The `invariants`, `responses` and `constraint` sections as written. */
export interface RawProperties {
  invariants?: (
    | { id: string; bind?: Record<string, string> }
    | { name: string; expr: string; severity?: Severity; message?: string }
  )[];
  responses?: { name: string; when: string; then: string; within: number; severity?: Severity }[];
  constraint?: string | string[];
}

/** The compiled properties of a spec. */
export type Properties = Pick<Model, 'invariants' | 'responses' | 'constraints' | 'invariantIds'>;

/** The expression's generated function (see `guard-source.ts`), else its closure. */
function generated(c: CompiledExpr): Closure {
  return (c.source !== undefined ? expressionFunction(c.source, c.fn) : undefined) ?? c.fn;
}

/** Compiles invariants, responses and state constraints over the state variables. */
export function compileProperties(ctx: SpecContext, raw: RawProperties): Properties {
  const stateScope = ctx.scope(true, new Map());
  const invariants: Invariant[] = [];
  const invariantIds: string[] = [];
  (raw.invariants ?? []).forEach((inv, ii) => {
    const base = ['invariants', ii];
    if ('id' in inv) invariants.push(shared(ctx, inv, base, stateScope, invariantIds));
    else {
      const c = ctx.compile(
        inv.expr,
        [...base, 'expr'],
        stateScope,
        false,
        undefined,
        undefined,
        true,
      );
      ctx.expectType(c.type, { k: 'bool' }, [...base, 'expr'], `invariant \`${inv.name}\``);
      invariants.push({
        name: inv.name,
        severity: inv.severity ?? 'critical',
        ...(inv.message !== undefined ? { message: inv.message } : {}),
        checks: [{ fn: generated(c), source: inv.expr }],
        loc: ctx.at(base),
      });
    }
  });

  const responses: Response[] = (raw.responses ?? []).map((r, ri) => {
    const base = ['responses', ri];
    const w = ctx.compile(r.when, [...base, 'when'], stateScope);
    ctx.expectType(w.type, { k: 'bool' }, [...base, 'when'], `\`when\` of response \`${r.name}\``);
    const t = ctx.compile(r.then, [...base, 'then'], stateScope);
    ctx.expectType(t.type, { k: 'bool' }, [...base, 'then'], `\`then\` of response \`${r.name}\``);
    return {
      name: r.name,
      when: w.fn,
      then: t.fn,
      within: r.within,
      severity: r.severity ?? 'critical',
      loc: ctx.at(base),
    };
  });

  const constraintSources =
    raw.constraint === undefined
      ? []
      : Array.isArray(raw.constraint)
        ? raw.constraint
        : [raw.constraint];
  const constraints = constraintSources.map((src, i) => {
    const path = Array.isArray(raw.constraint) ? ['constraint', i] : ['constraint'];
    const c = ctx.compile(src, path, stateScope, false, undefined, undefined, true);
    ctx.expectType(c.type, { k: 'bool' }, path, 'a state constraint');
    return { fn: generated(c), source: src, loc: ctx.at(path), reads: [...c.reads] };
  });
  return { invariants, responses, constraints, invariantIds };
}

function shared(
  ctx: SpecContext,
  inv: { id: string; bind?: Record<string, string> },
  base: SpecPath,
  stateScope: NameScope,
  ids: string[],
): Invariant {
  const found = ctx.options.invariants?.get(inv.id);
  if (found === undefined) {
    const known = [...(ctx.options.invariants?.keys() ?? [])].sort();
    const near = known
      .filter((k) => k.toLowerCase().includes(inv.id.toLowerCase().split('.').pop() ?? ''))
      .slice(0, 5);
    ctx.fail(
      'MC_INVARIANT_NOT_FOUND',
      [...base, 'id'],
      `invariant id \`${inv.id}\` does not resolve to any invariant in the base branch's invariants directory (${known.length} known${near.length > 0 ? `; similar: ${near.join(', ')}` : ''}). Fix the id, add the invariant in a separate pull request, or write it inline with name/expr.`,
    );
  }
  ids.push(inv.id);
  const lets = new Map<string, Binding>();
  for (const [name, src] of Object.entries(inv.bind ?? {})) {
    const c = ctx.compile(src, [...base, 'bind', name], stateScope);
    lets.set(name, { kind: 'let', fn: c.fn, t: c.type });
  }
  const scope = ctx.scope(true, lets);
  const checks = found.asserts.map((a) => {
    let c: CompiledExpr;
    try {
      c = compileExpr(a.expr, scope, undefined, { functions: SPEC_FUNCTIONS });
    } catch (thrown) {
      if (thrown instanceof ExprError) {
        const loc = a.location;
        const here = ctx.at([...base, 'id']);
        throw new MaestroError(
          thrown.code,
          `${here.file}:${here.line}:${here.column}: invariant ${inv.id} (${loc.file}:${loc.line}:${loc.column}) cannot be checked on spec states: ${thrown.message}. Map its names to spec expressions with \`bind\`.`,
          { location: here },
        );
      }
      throw thrown;
    }
    ctx.slots = Math.max(ctx.slots, c.slots);
    if (c.type.k !== 'bool' && c.type.k !== 'dyn') {
      ctx.fail(
        'MC_TYPE_ERROR',
        [...base, 'id'],
        `invariant ${inv.id}: \`${a.expr}\` is ${typeName(c.type)}, not a bool`,
      );
    }
    return {
      fn: c.fn,
      source: a.expr,
      ...(a.message !== undefined ? { message: a.message } : {}),
    };
  });
  if (checks.length === 0) {
    ctx.fail(
      'MC_INVARIANT_UNSUPPORTED',
      [...base, 'id'],
      `invariant ${inv.id} has no \`assert\` expressions (only temporal rules over event traces), so it cannot be checked on states; reference an invariant with asserts, or write one inline`,
    );
  }
  return {
    name: inv.id,
    id: inv.id,
    severity: found.severity,
    ...(found.title !== undefined ? { message: found.title } : {}),
    checks,
    loc: ctx.at(base),
    definedAt: found.location,
  };
}
