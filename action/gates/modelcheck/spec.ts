/**
 * Loads a YAML spec: parses it keeping positions, validates it against
 * `schemas/spec.schema.json`, builds the finite types and the state layout, and compiles every
 * CEL expression (types, init, actions and properties each in their own module). Every problem
 * becomes a `MaestroError` with a precise reason code and a `file:line:column` location; nothing
 * half-loaded reaches the checker.
 */
import { MaestroError } from '../../contract/errors.js';
import { parseYamlSource, positionOf } from '../../config/yaml-source.js';
import { problemsOf } from '../../schemas/problems.js';
import { validate as validateSpecSchema } from '../../schemas/precompiled/spec.js';
import { isRecordValue } from './domain.js';
import { compileActions, type RawAction } from './spec-actions.js';
import { SpecContext } from './spec-context.js';
import { compileInit, type RawInit } from './spec-init.js';
import { compileProperties, type RawProperties } from './spec-properties.js';
import {
  compileFairness,
  compileTemporal,
  type RawFairness,
  type RawTemporal,
} from './spec-temporal.js';
import { buildType } from './spec-types.js';
import type { LoadOptions, Model } from './model.js';

export type {
  Action,
  InitRule,
  Invariant,
  LoadOptions,
  Model,
  Param,
  Response,
  Severity,
  SharedInvariant,
  TargetStep,
  Update,
  VarLayout,
} from './model.js';
export { MAX_LISTED_TUPLES, splitTarget } from './spec-actions.js';

/** Largest packed state, in bits. */
export const MAX_STATE_BITS = 1 << 16;

interface RawSpec extends RawProperties {
  spec: string;
  critical?: boolean;
  constants?: Record<string, unknown>;
  definitions?: Record<string, string>;
  variables: Record<string, unknown>;
  init: RawInit;
  actions: RawAction[];
  deadlock?: boolean;
  fairness?: RawFairness[];
  properties?: RawTemporal[];
  bounds?: Model['bounds'];
}

/** Loads and compiles a spec from its text. Throws `MaestroError` on any problem. */
export function loadSpec(file: string, text: string, options: LoadOptions = {}): Model {
  const { source, problems } = parseYamlSource(file, text);
  if (problems.length > 0) {
    const p = problems[0]!;
    throw new MaestroError(
      'MC_SPEC_UNPARSEABLE',
      `${file}:${p.line}:${p.column}: the spec is not valid YAML: ${p.message}`,
      { location: { file, line: p.line, column: p.column } },
    );
  }
  const raw: unknown = source.doc.toJS({ maxAliasCount: 100 });
  if (raw === null || raw === undefined) {
    throw new MaestroError(
      'MC_SPEC_INVALID',
      `${file}: the spec is empty. Start from the example in docs/model-checking.md.`,
      {
        location: { file, line: 1, column: 1 },
      },
    );
  }
  const ctx = new SpecContext(source, options);
  // Types first: their errors (unbounded domains, unknown constants) are more precise than the
  // schema's "must match exactly one schema in oneOf".
  if (isRecordValue(raw)) preflight(ctx, raw);
  // The schema's validator is precompiled at build time (scripts/gen-validators.ts).
  const schemaProblems = problemsOf(validateSpecSchema, raw);
  if (schemaProblems.length > 0) {
    const best = [...schemaProblems].sort((x, y) => y.path.length - x.path.length)[0]!;
    const unknown = schemaProblems.find((p) => p.unknownKey !== undefined);
    const p = unknown ?? best;
    const pos = positionOf(source, p.path, p.unknownKey !== undefined);
    const allowed = p.allowed ? ` Allowed: ${p.allowed.join(', ')}.` : '';
    throw new MaestroError(
      'MC_SPEC_INVALID',
      `${file}:${pos.line}:${pos.column}: ${p.message} (schemas/spec.schema.json).${allowed}`,
      { location: { file, ...pos } },
    );
  }
  return build(ctx, raw as RawSpec);
}

/** Checks constants and variable types before the schema, for precise messages. */
function preflight(ctx: SpecContext, raw: Record<string, unknown>): void {
  ctx.readConstants(raw['constants']);
  ctx.readDefinitions(raw['definitions']);
  const vars = raw['variables'];
  if (isRecordValue(vars)) {
    for (const [name, t] of Object.entries(vars)) buildType(ctx, t, ['variables', name]);
  }
}

function build(ctx: SpecContext, raw: RawSpec): Model {
  ctx.readConstants(raw.constants);
  ctx.readDefinitions(raw.definitions);
  let offset = 0;
  for (const [name, t] of Object.entries(raw.variables)) {
    if (ctx.constants.has(name))
      ctx.fail(
        'MC_SPEC_INVALID',
        ['variables', name],
        `\`${name}\` is both a constant and a variable`,
        true,
      );
    if (ctx.defs.has(name))
      ctx.fail(
        'MC_SPEC_INVALID',
        ['variables', name],
        `\`${name}\` is both a definition and a variable`,
        true,
      );
    const type = buildType(ctx, t, ['variables', name]);
    ctx.vars.push({ name, type, offset });
    offset += type.bits;
  }
  if (offset > MAX_STATE_BITS) {
    ctx.fail(
      'MC_SPEC_INVALID',
      ['variables'],
      `one state needs ${offset} bits; at most ${MAX_STATE_BITS} are supported. Shrink the domains.`,
    );
  }
  const words = Math.max(1, Math.ceil(offset / 32));
  const init = compileInit(ctx, raw.init);
  const actions = compileActions(ctx, raw.actions);
  const { invariants, responses, constraints, invariantIds } = compileProperties(ctx, raw);
  const fairness = compileFairness(ctx, raw.fairness, actions);
  const properties = compileTemporal(ctx, raw.properties);
  return {
    name: raw.spec,
    file: ctx.file,
    critical: raw.critical ?? false,
    constraints,
    vars: ctx.vars,
    words,
    init,
    actions,
    invariants,
    responses,
    properties,
    fairness,
    deadlock: raw.deadlock ?? true,
    bounds: raw.bounds ?? {},
    slots: ctx.slots,
    invariantIds,
  };
}
