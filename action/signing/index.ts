/**
 * The one door to the Sigstore packages: signing (key-based and keyless), trust roots and
 * bundle signature verification. Nothing else in Maestro Gate imports `@sigstore/*`.
 */
export {
  generateEphemeralKey,
  loadSigningKey,
  publicKeyHint,
  type EphemeralKey,
  type SigningKey,
} from './keys.js';
export {
  IN_TOTO_PAYLOAD_TYPE,
  decodeJwtClaims,
  instanceForVisibility,
  signKeyless,
  signWithKey,
  signingEndpoints,
  type KeylessOptions,
  type SigningEndpoints,
  type SigstoreInstance,
} from './sign.js';
export {
  fetchPublicGoodTrustedRoot,
  loadPublicKey,
  loadTrust,
  publicGoodSeedTrustedRoot,
  type LoadedTrust,
  type TrustInput,
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
