/**
 * The evidence bundle: in-toto statements (SLSA provenance v1 and Maestro Gate's predicates),
 * the boundary scan, signing and the attached summary.
 */
export { scanEvidence, describeHit, type BoundaryHit } from './boundary.js';
export { evidenceEnvFromVariables, type EvidenceEnv } from './env.js';
export {
  DEFAULT_PROTECTED_BRANCHES,
  DEFAULT_UNSIGNED_ON_PROTECTED,
  DEFAULT_UNSIGNED_ON_UNPROTECTED,
  evidenceGateResult,
  isProtectedBranch,
  planSigning,
  type EvidenceConfig,
  type SigningPlan,
} from './policy.js';
export { validatePredicate, validateStatement, PREDICATE_SCHEMAS } from './schemas.js';
export {
  buildProvenance,
  buildVerdictPredicate,
  type GateRunDocument,
  type SlsaProvenance,
  type VerdictPredicate,
} from './statements.js';
export { renderSummary, verifyCommand, cosignCommand, type SummaryInput } from './summary.js';
export * from './types.js';
export {
  writeEvidence,
  type SigningInput,
  type WriteEvidenceInput,
  type WriteEvidenceResult,
} from './write.js';
export { generateEphemeralKey, type EphemeralKey } from '../signing/sign-door.js';
