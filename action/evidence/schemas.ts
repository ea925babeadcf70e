/** Registration and validation of the evidence predicate schemas (through the one ajv home). */
import { registerSchema, validate, type SchemaProblem } from '../schemas/validators.js';
import auditSchema from '../../schemas/predicate-audit-log.schema.json' with { type: 'json' };
import invariantSchema from '../../schemas/predicate-invariant-report.schema.json' with { type: 'json' };
import modelCheckSchema from '../../schemas/predicate-model-check-report.schema.json' with { type: 'json' };
import opeSchema from '../../schemas/predicate-ope-report.schema.json' with { type: 'json' };
import provenanceSchema from '../../schemas/predicate-slsa-provenance.schema.json' with { type: 'json' };
import statementSchema from '../../schemas/predicate-statement.schema.json' with { type: 'json' };
import verdictSchema from '../../schemas/predicate-verdict.schema.json' with { type: 'json' };
import { PREDICATE_TYPES, SLSA_PROVENANCE_V1 } from './types.js';

/** Schema `$id` per predicate type. */
export const PREDICATE_SCHEMAS: Readonly<Record<string, string>> = {
  [SLSA_PROVENANCE_V1]: provenanceSchema.$id,
  [PREDICATE_TYPES.verdict]: verdictSchema.$id,
  [PREDICATE_TYPES.invariants]: invariantSchema.$id,
  [PREDICATE_TYPES.modelcheck]: modelCheckSchema.$id,
  [PREDICATE_TYPES.ope]: opeSchema.$id,
  [PREDICATE_TYPES.audit]: auditSchema.$id,
};

let registered = false;
function ensureRegistered(): void {
  if (registered) return;
  for (const s of [
    statementSchema,
    provenanceSchema,
    verdictSchema,
    invariantSchema,
    modelCheckSchema,
    opeSchema,
    auditSchema,
  ])
    registerSchema(s);
  registered = true;
}

/** Validates an in-toto statement's outer shape. */
export function validateStatement(value: unknown): SchemaProblem[] {
  ensureRegistered();
  return validate(statementSchema.$id, value);
}

/** Validates a predicate against the schema of its type; unknown types are a problem. */
export function validatePredicate(predicateType: string, value: unknown): SchemaProblem[] {
  ensureRegistered();
  const id = PREDICATE_SCHEMAS[predicateType];
  if (id === undefined)
    return [
      { pointer: '', path: [], message: `unknown predicate type ${JSON.stringify(predicateType)}` },
    ];
  return validate(id, value);
}
