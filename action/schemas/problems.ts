/**
 * A JSON Schema validator's errors in the project's words: one `SchemaProblem` per ajv error,
 * with the path of the offending value (for `file:line:col`), the unknown key or the allowed
 * values. Works with a validator compiled at run time and with a precompiled one alike, and
 * imports no ajv code (only its types), so a precompiled validator loads without ajv.
 */
import type { ErrorObject } from 'ajv';

/** A validator: ajv's `ValidateFunction` shape, compiled at run time or precompiled. */
export interface SchemaValidator {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
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

/**
 * Validates `value` with `fn`; returns the problems, empty only when valid. A validator that
 * refuses without saying why still gives one problem, never an empty list.
 */
export function problemsOf(fn: SchemaValidator, value: unknown): SchemaProblem[] {
  if (fn(value)) return [];
  const errors = fn.errors ?? [];
  if (errors.length === 0)
    return [{ pointer: '', path: [], message: 'the document does not match its schema' }];
  return errors.map(toProblem);
}

function toProblem(e: ErrorObject): SchemaProblem {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
  const where = e.instancePath === '' ? 'the document' : `\`${path.join('.')}\``;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = knownKeys(e);
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

function knownKeys(e: ErrorObject): string[] | undefined {
  const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  return props ? Object.keys(props) : undefined;
}
