/**
 * The sign door: the only way into `@sigstore/sign` (key-based and keyless signing) and the
 * P-256 key helpers. The verify door (`verify-door.ts`) never imports this module.
 */
export {
  generateEphemeralKey,
  keyFingerprint,
  loadSigningKey,
  publicKeyHint,
  type EphemeralKey,
  type SigningKey,
} from './keys.js';
export { IN_TOTO_PAYLOAD_TYPE } from './media-types.js';
export {
  decodeJwtClaims,
  instanceForVisibility,
  signKeyless,
  signWithKey,
  signingEndpoints,
  type KeylessOptions,
  type SigningEndpoints,
  type SigstoreInstance,
} from './sign.js';
