/**
 * The verify door: trust roots and bundle signature verification over `@sigstore/verify`.
 * It never loads the signing code (`sign.ts`, `@sigstore/sign`): a verifier carries no signer.
 */
export { keyFingerprint, publicKeyHint } from './keys.js';
export { IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V01 } from './media-types.js';
export {
  fetchPublicGoodTrustedRoot,
  loadPublicKey,
  loadTrust,
  parseTrustedKeys,
  publicGoodSeedTrustedRoot,
  type LoadedTrust,
  type TrustInput,
  type TrustedKey,
} from './trust.js';
export {
  FULCIO_EXTENSIONS,
  certificateIdentity,
  defaultThresholds,
  parseBundle,
  reserializeBundle,
  verifyBundleSignature,
  type CertificateIdentity,
  type FulcioExtensionName,
  type SignatureVerification,
  type Thresholds,
} from './verify-bundle.js';
