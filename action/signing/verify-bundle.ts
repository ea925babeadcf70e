/**
 * Sigstore-level verification of one bundle with `@sigstore/verify`, against explicit trust
 * material and explicit thresholds (never the network). What `@sigstore/verify` does not
 * check — payloadType, the statement, subjects, predicate types — is left to the caller, which
 * gets the decoded envelope and the signing certificate's Fulcio extensions back.
 */
import { bundleFromJSON, bundleToJSON, type Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { Verifier, toSignedEntity, type SignedEntity } from '@sigstore/verify';
import { MaestroError, describeThrown } from '../contract/errors.js';
import { diagnoseCertificateFailure } from './certificate-diagnosis.js';
import type { LoadedTrust, TrustedKey } from './trust.js';

/** Fulcio certificate extensions (OID arc 1.3.6.1.4.1.57264.1.*), by name. */
export const FULCIO_EXTENSIONS = {
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerURI: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
  sourceRepositoryOwnerURI: '1.3.6.1.4.1.57264.1.16',
  sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
  buildConfigURI: '1.3.6.1.4.1.57264.1.18',
  buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationURI: '1.3.6.1.4.1.57264.1.21',
  sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22',
} as const;

/** Name of a Fulcio extension this module decodes. */
export type FulcioExtensionName = keyof typeof FULCIO_EXTENSIONS;

const LEGACY_ISSUER_OID = '1.3.6.1.4.1.57264.1.1';

/** The identity in a Fulcio signing certificate. */
export interface CertificateIdentity {
  subjectAlternativeName?: string;
  issuer?: string;
  extensions: Partial<Record<FulcioExtensionName, string>>;
  notBefore: string;
  notAfter: string;
}

/** Thresholds passed to the verifier; each is stated in the report. */
export interface Thresholds {
  tlog: number;
  ctlog: number;
  timestamp: number;
}

/** What a successful signature verification established. */
export interface SignatureVerification {
  keyKind: 'public-key' | 'certificate';
  bundleMediaType: string;
  thresholds: Thresholds;
  tlogEntries: number;
  timestamps: number;
  certificate?: CertificateIdentity;
  /** For key-signed bundles: the trusted key the signature verified against. */
  key?: TrustedKey;
  /** Present for DSSE bundles: the signed envelope. */
  envelope?: { payloadType: string; payload: Buffer; signatures: number };
  /** Present for message-signature bundles: the signed digest (hex). */
  messageDigest?: { algorithm: string; hex: string };
}

/** Parses bundle JSON into a validated bundle; any shape problem is `VERIFY_BUNDLE_UNPARSEABLE`. */
export function parseBundle(json: unknown, label = 'bundle'): Bundle {
  try {
    return bundleFromJSON(json);
  } catch (e) {
    throw new MaestroError(
      'VERIFY_BUNDLE_UNPARSEABLE',
      `${label}: not a valid Sigstore bundle: ${describeThrown(e)}`,
      { cause: e },
    );
  }
}

/**
 * The bundle as `@sigstore/bundle` would serialise it after parsing. A bundle that differs from
 * its own re-serialisation carries fields (or `null`s, or odd encodings) the verifier ignores.
 */
export function reserializeBundle(json: unknown): unknown {
  return bundleToJSON(parseBundle(json));
}

function decodeUtf8Der(raw: Buffer): string {
  // Current Fulcio extensions are DER UTF8String; the legacy ones (1.1–1.6) are raw bytes.
  if (raw.length >= 2 && raw[0] === 0x0c) {
    let len = raw[1]!;
    let off = 2;
    if (len & 0x80) {
      const n = len & 0x7f;
      len = 0;
      for (let i = 0; i < n; i++) len = (len << 8) | (raw[2 + i] ?? 0);
      off = 2 + n;
    }
    if (off + len === raw.length) return raw.subarray(off).toString('utf8');
  }
  return raw.toString('utf8');
}

/** Reads the Fulcio identity of a certificate. */
export function certificateIdentity(cert: X509Certificate): CertificateIdentity {
  const extensions: Partial<Record<FulcioExtensionName, string>> = {};
  for (const [name, oid] of Object.entries(FULCIO_EXTENSIONS) as [FulcioExtensionName, string][]) {
    const ext = cert.extension(oid);
    if (ext !== undefined) extensions[name] = decodeUtf8Der(ext.value);
  }
  const legacy = cert.extension(LEGACY_ISSUER_OID);
  const issuer =
    extensions.issuer ?? (legacy === undefined ? undefined : legacy.value.toString('utf8'));
  let san: string | undefined;
  try {
    san = cert.subjectAltName;
  } catch {
    san = undefined;
  }
  return {
    ...(san === undefined ? {} : { subjectAlternativeName: san }),
    ...(issuer === undefined ? {} : { issuer }),
    extensions,
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
  };
}

/**
 * Default thresholds: key-based bundles need no log or timestamp (offline keys); certificate
 * bundles need one trusted timestamp, an SCT when the root has CT logs, and a transparency-log
 * entry when the root has transparency logs (GitHub's instance has none and timestamps instead).
 */
export function defaultThresholds(
  keyKind: 'public-key' | 'certificate',
  trust: LoadedTrust,
): Thresholds {
  if (keyKind === 'public-key') return { tlog: 0, ctlog: 0, timestamp: 0 };
  return { tlog: trust.hasTlogs ? 1 : 0, ctlog: trust.hasCtlogs ? 1 : 0, timestamp: 1 };
}

/**
 * Verifies one bundle's signature, key or certificate chain, SCTs, transparency-log entries and
 * timestamps. `artifact` is required for message-signature bundles. Throws `MaestroError`
 * (`VERIFY_BUNDLE_UNPARSEABLE`, `VERIFY_SIGNATURE_INVALID`) with the verifier's own message.
 */
export function verifyBundleSignature(
  bundleJson: unknown,
  trust: LoadedTrust,
  opts: { artifact?: Buffer; thresholds?: Partial<Thresholds>; label?: string } = {},
): SignatureVerification {
  const label = opts.label ?? 'bundle';
  const bundle = parseBundle(bundleJson, label);
  // A root in the bundle's chain is never trusted, and its presence means the signer shipped a
  // chain that a verifier could be tricked into anchoring on: refuse it outright.
  const material = bundle.verificationMaterial.content;
  if (material.$case === 'x509CertificateChain') {
    for (const c of material.x509CertificateChain.certificates) {
      let cert: X509Certificate;
      try {
        cert = X509Certificate.parse(Buffer.from(c.rawBytes));
      } catch (e) {
        throw new MaestroError(
          'VERIFY_BUNDLE_UNPARSEABLE',
          `${label}: a certificate in the chain does not parse: ${describeThrown(e)}`,
          { cause: e },
        );
      }
      if (cert.isCA && cert.subject.equals(cert.issuer)) {
        throw new MaestroError(
          'VERIFY_SIGNATURE_INVALID',
          `${label}: the bundle's certificate chain contains a self-signed root certificate; roots come from the trust root, never from the bundle`,
        );
      }
    }
  }
  let entity: SignedEntity;
  try {
    entity = toSignedEntity(bundle, opts.artifact);
  } catch (e) {
    throw new MaestroError('VERIFY_BUNDLE_UNPARSEABLE', `${label}: ${describeThrown(e)}`, {
      cause: e,
    });
  }
  const keyKind = entity.key.$case;
  if (keyKind === 'public-key' && trust.keys.length === 0) {
    throw new MaestroError(
      'VERIFY_SIGNATURE_INVALID',
      `${label}: the bundle is signed with a public key, not a certificate; pass the signer's public key with --key <pub.pem>`,
    );
  }
  if (keyKind === 'certificate' && !trust.hasCertificateAuthorities) {
    throw new MaestroError(
      'VERIFY_SIGNATURE_INVALID',
      `${label}: the bundle is signed with a certificate, but the trust root has no certificate authority: pass --trusted-root <trusted_root.json> or --public-good`,
    );
  }
  if (bundle.content.$case === 'messageSignature' && opts.artifact === undefined) {
    throw new MaestroError(
      'VERIFY_SUBJECT_MISMATCH',
      `${label}: a message-signature bundle needs the signed artifact (--artifact <file>)`,
    );
  }
  const thresholds = { ...defaultThresholds(keyKind, trust), ...opts.thresholds };
  const verifier = new Verifier(trust.material, {
    tlogThreshold: thresholds.tlog,
    ctlogThreshold: thresholds.ctlog,
    timestampThreshold: thresholds.timestamp,
  });
  try {
    verifier.verify(entity);
  } catch (e) {
    if (e instanceof MaestroError) throw e;
    const code = (e as { code?: unknown }).code;
    const why =
      code === 'CERTIFICATE_ERROR' && entity.key.$case === 'certificate'
        ? diagnoseCertificateFailure(entity, trust.material, verifier)
        : undefined;
    throw new MaestroError(
      'VERIFY_SIGNATURE_INVALID',
      `${label}: ${typeof code === 'string' ? `${code}: ` : ''}${why ?? describeThrown(e)}`,
      { cause: e },
    );
  }
  const result: SignatureVerification = {
    keyKind,
    bundleMediaType: bundle.mediaType,
    thresholds,
    tlogEntries: entity.tlogEntries.length,
    timestamps: entity.timestamps.length,
  };
  if (entity.key.$case === 'certificate')
    result.certificate = certificateIdentity(entity.key.certificate);
  else {
    const hint = entity.key.hint;
    const only = trust.keys.length === 1 && trust.keyRepositories === undefined;
    const key = only ? trust.keys[0] : trust.keys.find((k) => k.hint === hint);
    if (key !== undefined) result.key = key;
  }
  if (bundle.content.$case === 'dsseEnvelope') {
    const env = bundle.content.dsseEnvelope;
    result.envelope = {
      payloadType: env.payloadType,
      payload: Buffer.from(env.payload),
      signatures: env.signatures.length,
    };
  } else {
    const d = bundle.content.messageSignature.messageDigest;
    if (d !== undefined)
      result.messageDigest = {
        algorithm: String(d.algorithm),
        hex: Buffer.from(d.digest).toString('hex'),
      };
  }
  return result;
}
