/** `maestro-gate verify`: the pure core and the CLI entry. */
export { runVerifyCli, VERIFY_EXIT, VERIFY_USAGE } from './cli.js';
export {
  anchored,
  checkIdentity,
  hasIdentityPolicy,
  type IdentityPolicy,
  type PolicyResult,
} from './policy.js';
export { verifyEvidence, type Check, type VerifyInput, type VerifyReport } from './verify.js';
export { VERIFY_INPUTS, VERIFY_SWITCHES, verifyArgvFromInputs } from './action-inputs.js';
