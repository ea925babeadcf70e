/** `maestro-gate verify`: the pure core and the CLI entry. */
export { runVerifyCli, VERIFY_EXIT, VERIFY_USAGE } from './cli.js';
export {
  APPROVALS_NOT_CHECKED,
  acceptPause,
  acceptVerdict,
  type AcceptanceOptions,
  type ApprovalCheck,
} from './acceptance.js';
export { describeBinding } from './binding.js';
export { verifyRuns } from './freshness.js';
export {
  anchored,
  checkIdentity,
  checkSigner,
  hasIdentityPolicy,
  type IdentityPolicy,
  type PolicyResult,
} from './policy.js';
export {
  verifyEvidence,
  verifyRun,
  type Check,
  type VerifyInput,
  type VerifyReport,
} from './verify.js';
export { VERIFY_INPUTS, VERIFY_SWITCHES, verifyArgvFromInputs } from './action-inputs.js';
