/**
 * The one home of JSON Schema validation. Every schema is compiled once, lazily, by one strict
 * ajv instance (`allErrors`, unknown keywords and unknown keys rejected).
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import gateResultSchema from '../../schemas/gate-result.schema.json' with { type: 'json' };
import gateRunSchema from '../../schemas/gate-run.schema.json' with { type: 'json' };
import configSchema from '../../schemas/maestro-config.schema.json' with { type: 'json' };
import { MaestroError } from '../contract/errors.js';

// ajv-formats ships CJS with a default export; under NodeNext it arrives as the module object.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function instance(): Ajv2020 {
  if (ajv === undefined) {
    ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
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

/** One schema problem, with the JSON pointer of the offending value. */
export interface SchemaProblem {
  /** JSON pointer into the validated document (`/gates/opa/namespace`). */
  pointer: string;
  /** The path as segments (numbers for array indices). */
  path: (string | number)[];
  message: string;
  /** For an unknown key: the key itself. */
  unknownKey?: string;
  /** For a closed set (enum, const, known keys): the allowed values. */
  allowed?: string[];
}

/** Validates `value` against the schema `ref`; returns the problems, empty when valid. */
export function validate(ref: string, value: unknown): SchemaProblem[] {
  const fn = validatorFor(ref);
  if (fn(value)) return [];
  return (fn.errors ?? []).map((e) => toProblem(e, ref));
}

function toProblem(e: ErrorObject, ref: string): SchemaProblem {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
  const where = e.instancePath === '' ? 'the document' : `\`${path.join('.')}\``;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = knownKeys(e, ref);
      return {
        pointer: `${e.instancePath}/${key}`,
        path: [...path, key],
        message: `unknown key \`${key}\` in ${where}`,
        unknownKey: key,
        ...(allowed ? { allowed } : {}),
      };
    }
    case 'enum': {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) =>
        JSON.stringify(v),
      );
      return {
        pointer: e.instancePath,
        path,
        message: `${where} must be one of ${allowed.join(', ')}`,
        allowed,
      };
    }
    case 'required':
      return {
        pointer: e.instancePath,
        path,
        message: `${where} is missing the required key \`${(e.params as { missingProperty: string }).missingProperty}\``,
      };
    default:
      return { pointer: e.instancePath, path, message: `${where} ${e.message ?? 'is invalid'}` };
  }
}

function knownKeys(e: ErrorObject, _ref: string): string[] | undefined {
  const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  return props ? Object.keys(props) : undefined;
}

/** Validates a gate's outcome (before the runner stamps it); returns readable problems. */
export function validateGateOutcome(value: unknown): string[] {
  return validate(`${gateResultSchema.$id}#/$defs/outcome`, value).map((p) => p.message);
}

/** Validates a `check --format json` document. */
export function validateGateRun(value: unknown): SchemaProblem[] {
  return validate(gateRunSchema.$id, value);
}

/** Validates a parsed `.github/maestro.yml`. */
export function validateConfig(value: unknown): SchemaProblem[] {
  return validate(configSchema.$id, value);
}
