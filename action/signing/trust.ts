/**
 * Trust roots for verification, always explicit: a pinned `trusted_root.json`, a public key,
 * the public-good root shipped inside `@sigstore/tuf` (offline, as seeded), or — only behind
 * an explicit flag — the public-good root refreshed over TUF.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import { MaestroError, describeThrown } from '../contract/errors.js';
import { publicKeyHint } from './keys.js';

/** The trust a verification rests on. At least one of the two must be given. */
export interface TrustInput {
  /** A parsed `trusted_root.json` (Sigstore TrustedRoot, JSON form). */
  trustedRoot?: unknown;
  /** A PEM public key for key-based bundles. */
  publicKeyPem?: string;
  /** Where the trusted root came from, for messages (`trusted_root.json`, ...). */
  label?: string;
  /** Where the public key came from, for messages (`pub.pem`, ...). */
  publicKeyLabel?: string;
}

/** Trust material ready for the verifier, plus what it holds. */
export interface LoadedTrust {
  material: TrustMaterial;
  hasCertificateAuthorities: boolean;
  hasTlogs: boolean;
  hasCtlogs: boolean;
  hasTimestampAuthorities: boolean;
  publicKey?: { key: KeyObject; hint: string };
}

const TRUSTED_ROOT_MEDIA_TYPE =
  /^application\/vnd\.dev\.sigstore\.trustedroot(?:\.v0\.1)?\+json(?:;version=0\.1)?$/;

/** The public-good trusted root as seeded in `@sigstore/tuf` (no network). */
export function publicGoodSeedTrustedRoot(): unknown {
  const repo = (seeds as Record<string, { targets?: Record<string, string> }>)[
    'https://tuf-repo-cdn.sigstore.dev'
  ];
  const b64 = repo?.targets?.['trusted_root.json'];
  if (b64 === undefined)
    throw new MaestroError(
      'VERIFY_TRUST_ROOT_INVALID',
      '@sigstore/tuf ships no seeded trusted_root.json',
    );
  return JSON.parse(Buffer.from(b64, 'base64').toString('utf8')) as unknown;
}

/**
 * Fetches the current public-good trusted root over TUF (network). Only reached behind the
 * explicit `--public-good-tuf` flag; everything else stays offline.
 */
export async function fetchPublicGoodTrustedRoot(cachePath?: string): Promise<unknown> {
  const { getTrustedRoot } = await import('@sigstore/tuf');
  try {
    const root = await getTrustedRoot(cachePath === undefined ? {} : { cachePath });
    return TrustedRoot.toJSON(root);
  } catch (e) {
    throw new MaestroError(
      'VERIFY_TRUST_ROOT_INVALID',
      `the public-good trusted root could not be fetched over TUF: ${describeThrown(e)}`,
      { cause: e },
    );
  }
}

function parseRoot(json: unknown, label: string): TrustedRoot {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new MaestroError(
      'VERIFY_TRUST_ROOT_INVALID',
      `${label}: a trusted root must be a JSON object`,
    );
  }
  const mediaType = (json as { mediaType?: unknown }).mediaType;
  if (typeof mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPE.test(mediaType)) {
    throw new MaestroError(
      'VERIFY_TRUST_ROOT_INVALID',
      `${label}: mediaType ${JSON.stringify(mediaType)} is not a Sigstore trusted root`,
    );
  }
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(json);
  } catch (e) {
    throw new MaestroError(
      'VERIFY_TRUST_ROOT_INVALID',
      `${label}: not a valid trusted root: ${describeThrown(e)}`,
      { cause: e },
    );
  }
  // A validity window without a start would make a key valid since the beginning of time.
  for (const [kind, logs] of [
    ['tlog', root.tlogs],
    ['ctlog', root.ctlogs],
  ] as const) {
    logs.forEach((log, i) => {
      if (log.publicKey?.rawBytes === undefined || log.publicKey.rawBytes.length === 0) {
        throw new MaestroError(
          'VERIFY_TRUST_ROOT_INVALID',
          `${label}: ${kind}s[${i}] has no public key`,
        );
      }
      if (log.publicKey.validFor?.start === undefined) {
        throw new MaestroError(
          'VERIFY_TRUST_ROOT_INVALID',
          `${label}: ${kind}s[${i}] (${log.baseUrl}) has no validFor.start`,
        );
      }
    });
  }
  for (const [kind, cas] of [
    ['certificateAuthorities', root.certificateAuthorities],
    ['timestampAuthorities', root.timestampAuthorities],
  ] as const) {
    cas.forEach((ca, i) => {
      if (ca.validFor?.start === undefined)
        throw new MaestroError(
          'VERIFY_TRUST_ROOT_INVALID',
          `${label}: ${kind}[${i}] has no validFor.start`,
        );
      if ((ca.certChain?.certificates ?? []).length === 0)
        throw new MaestroError(
          'VERIFY_TRUST_ROOT_INVALID',
          `${label}: ${kind}[${i}] has no certificates`,
        );
    });
  }
  return root;
}

/** Loads a PEM public key (SPKI). */
export function loadPublicKey(pem: string, label = 'public key'): { key: KeyObject; hint: string } {
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    throw new MaestroError(
      'VERIFY_TRUST_ROOT_INVALID',
      `${label}: is a private key; verification needs only the public key (openssl pkey -pubout), and a private key does not belong in a release pipeline`,
    );
  }
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: 'pem' });
  } catch (e) {
    throw new MaestroError(
      'VERIFY_TRUST_ROOT_INVALID',
      `${label}: not a PEM public key ("-----BEGIN PUBLIC KEY-----"): ${describeThrown(e)}`,
      { cause: e },
    );
  }
  return { key, hint: publicKeyHint(key) };
}

/** Builds explicit trust material from a trusted root and/or a public key. */
export function loadTrust(input: TrustInput): LoadedTrust {
  const label = input.label ?? 'trust root';
  if (input.trustedRoot === undefined && input.publicKeyPem === undefined) {
    throw new MaestroError(
      'VERIFY_TRUST_ROOT_INVALID',
      'no trust root: pass --trusted-root <trusted_root.json>, --key <pub.pem>, or --public-good',
    );
  }
  const root: TrustedRoot =
    input.trustedRoot === undefined
      ? {
          mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
          certificateAuthorities: [],
          tlogs: [],
          ctlogs: [],
          timestampAuthorities: [],
        }
      : parseRoot(input.trustedRoot, label);
  const publicKey =
    input.publicKeyPem === undefined
      ? undefined
      : loadPublicKey(input.publicKeyPem, input.publicKeyLabel ?? 'public key');
  let material: TrustMaterial;
  try {
    // One explicit key: the bundle's hint only names it, so any hint resolves to this key and
    // the signature check decides. Without a key, key-based bundles are rejected.
    material = toTrustMaterial(root, (hint: string) => {
      if (publicKey === undefined)
        throw new MaestroError(
          'VERIFY_SIGNATURE_INVALID',
          `the bundle is signed with a public key (hint ${JSON.stringify(hint)}), but no key was given: pass --key <pub.pem>`,
        );
      return { publicKey: publicKey.key, validFor: () => true };
    });
  } catch (e) {
    if (e instanceof MaestroError) throw e;
    throw new MaestroError('VERIFY_TRUST_ROOT_INVALID', `${label}: ${describeThrown(e)}`, {
      cause: e,
    });
  }
  return {
    material,
    hasCertificateAuthorities: root.certificateAuthorities.length > 0,
    hasTlogs: root.tlogs.length > 0,
    hasCtlogs: root.ctlogs.length > 0,
    hasTimestampAuthorities: root.timestampAuthorities.length > 0,
    ...(publicKey === undefined ? {} : { publicKey }),
  };
}
