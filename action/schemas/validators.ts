/**
 * The one home of JSON Schema validation. The schemas validated on every run (the config, a
 * gate's outcome, the gate run) use validators precompiled at build time (`precompiled/`,
 * written by `scripts/gen-validators.ts`); every other schema is compiled once, lazily, by one
 * strict ajv instance (`allErrors`, unknown keywords and unknown keys rejected), with the same
 * options (`ajv-options.ts`).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import gateResultSchema from '../../schemas/gate-result.schema.json' with { type: 'json' };
import gateRunSchema from '../../schemas/gate-run.schema.json' with { type: 'json' };
import configSchema from '../../schemas/maestro-config.schema.json' with { type: 'json' };
import { MaestroError } from '../contract/errors.js';
import { AJV_OPTIONS } from './ajv-options.js';
import { validate as precompiledConfig } from './precompiled/maestro-config.js';
import { validate as precompiledGateOutcome } from './precompiled/gate-outcome.js';
import { validate as precompiledGateRun } from './precompiled/gate-run.js';
import { problemsOf, type SchemaProblem } from './problems.js';

export type { SchemaProblem } from './problems.js';

// ajv-formats ships CJS with a default export; under NodeNext it arrives as the module object.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function instance(): Ajv2020 {
  if (ajv === undefined) {
    ajv = new Ajv2020({ ...AJV_OPTIONS });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    ajv.addSchema(gateResultSchema);
    ajv.addSchema(gateRunSchema);
    ajv.addSchema(configSchema);
  }
  return ajv;
}

/**
 * Registers another schema (a gate's own file format) under its `$id`. Idempotent.
 */
export function registerSchema(schema: { $id: string }): void {
  const a = instance();
  if (a.getSchema(schema.$id) === undefined) a.addSchema(schema);
}

/** The compiled validator for a schema `$id` (optionally with a `#/$defs/...` fragment). */
export function validatorFor(ref: string): ValidateFunction {
  let fn = compiled.get(ref);
  if (fn === undefined) {
    fn = instance().getSchema(ref);
    if (fn === undefined)
      throw new MaestroError('GATE_ERROR', `internal: no schema registered as ${ref}`);
    compiled.set(ref, fn);
  }
  return fn;
}

/** Validates `value` against the schema `ref`; returns the problems, empty when valid. */
export function validate(ref: string, value: unknown): SchemaProblem[] {
  return problemsOf(validatorFor(ref), value);
}

/** Validates a gate's outcome (before the runner stamps it); returns readable problems. */
export function validateGateOutcome(value: unknown): string[] {
  return problemsOf(precompiledGateOutcome, value).map((p) => p.message);
}

/** Validates a `check --format json` document. */
export function validateGateRun(value: unknown): SchemaProblem[] {
  return problemsOf(precompiledGateRun, value);
}

/** Validates a parsed `.github/maestro.yml`. */
export function validateConfig(value: unknown): SchemaProblem[] {
  return problemsOf(precompiledConfig, value);
}
