/**
 * P-256 signing keys for key-based evidence signing: loading a PEM key, the public-key hint
 * convention (`base64(sha256(SPKI DER))`) and ephemeral keys for local and demo runs.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { MaestroError } from '../contract/errors.js';

/** A loaded P-256 private key with its public half. */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The SPKI public key as PEM. */
  publicKeyPem: string;
  /** `base64(sha256(SPKI DER))`: the key hint written into the bundle. */
  hint: string;
  /** `sha256:<hex>` of the SPKI DER: what users pin. */
  fingerprint: string;
}

/** An ephemeral key pair as PEM strings (nothing is written to disk). */
export interface EphemeralKey {
  privateKeyPem: string;
  publicKeyPem: string;
  hint: string;
  fingerprint: string;
}

/** The public-key hint convention shared with sigstore-js and cosign: base64 of sha256(SPKI DER). */
export function publicKeyHint(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}

/**
 * The fingerprint printed to users and pinned in trusted-keys files: `sha256:` and the hex
 * sha256 of the SPKI DER (the same digest as the hint, in hex).
 */
export function keyFingerprint(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return `sha256:${createHash('sha256').update(der).digest('hex')}`;
}

/**
 * Loads a P-256 private key from PEM (PKCS#8 or SEC1). Any other key type, curve or a broken
 * PEM is `EVIDENCE_KEY_INVALID`; the message never contains key material.
 */
export function loadSigningKey(pem: string, passphrase?: string): SigningKey {
  if (typeof pem !== 'string' || pem.trim() === '') {
    throw new MaestroError(
      'EVIDENCE_KEY_INVALID',
      'the signing key is empty: pass a P-256 private key in PEM form (input `signing-key` or a secret)',
    );
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(
      passphrase === undefined
        ? { key: pem, format: 'pem' }
        : { key: pem, format: 'pem', passphrase },
    );
  } catch (e) {
    throw new MaestroError(
      'EVIDENCE_KEY_INVALID',
      'the signing key could not be parsed as a PEM private key (expected "-----BEGIN PRIVATE KEY-----" or "-----BEGIN EC PRIVATE KEY-----"); generate one with `openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt`',
      {
        cause:
          e instanceof Error ? new Error(e.message.replace(/-----BEGIN[\s\S]*/g, '')) : undefined,
      },
    );
  }
  if (
    privateKey.asymmetricKeyType !== 'ec' ||
    privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1'
  ) {
    const what =
      privateKey.asymmetricKeyType === 'ec'
        ? `EC key on ${privateKey.asymmetricKeyDetails?.namedCurve ?? 'an unknown curve'}`
        : `${privateKey.asymmetricKeyType ?? 'unknown'} key`;
    throw new MaestroError(
      'EVIDENCE_KEY_INVALID',
      `the signing key is a ${what}; Maestro Gate signs with ECDSA P-256 (prime256v1) keys only`,
    );
  }
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    hint: publicKeyHint(publicKey),
    fingerprint: keyFingerprint(publicKey),
  };
}

/** Generates a fresh P-256 key pair for one run (the demo and local runs sign with it). */
export function generateEphemeralKey(): EphemeralKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    hint: publicKeyHint(publicKey),
    fingerprint: keyFingerprint(publicKey),
  };
}
