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
import { keyFingerprint, publicKeyHint } from './keys.js';

/** The trust a verification rests on. At least one of them must be given. */
export interface TrustInput {
  /** A parsed `trusted_root.json` (Sigstore TrustedRoot, JSON form). */
  trustedRoot?: unknown;
  /** A PEM public key for key-based bundles. */
  publicKeyPem?: string;
  /** Where the trusted root came from, for messages (`trusted_root.json`, ...). */
  label?: string;
  /** Where the public key came from, for messages (`pub.pem`, ...). */
  publicKeyLabel?: string;
  /** A parsed trusted-keys file (key fingerprint → repositories), see `parseTrustedKeys`. */
  trustedKeys?: unknown;
  /** Where the trusted-keys file came from, for messages. */
  trustedKeysLabel?: string;
}

/** A public key the verifier trusts, and the repositories it may sign for (when bound). */
export interface TrustedKey {
  key: KeyObject;
  /** `base64(sha256(SPKI DER))`, the bundle's key hint. */
  hint: string;
  /** `sha256:<hex>` of the SPKI DER. */
  fingerprint: string;
  label: string;
}

/** Trust material ready for the verifier, plus what it holds. */
export interface LoadedTrust {
  material: TrustMaterial;
  hasCertificateAuthorities: boolean;
  hasTlogs: boolean;
  hasCtlogs: boolean;
  hasTimestampAuthorities: boolean;
  /** The key given on its own (`--key`). */
  publicKey?: TrustedKey;
  /** Every key a key-signed bundle may resolve to (`--key` and the trusted-keys file's keys). */
  keys: TrustedKey[];
  /** From a trusted-keys file: fingerprint → the repositories the key may sign evidence for. */
  keyRepositories?: ReadonlyMap<string, readonly string[]>;
}

/** One entry of a trusted-keys file. */
interface TrustedKeyEntry {
  fingerprint: string;
  repositories: string[];
  publicKeyPem?: string;
}

const FINGERPRINT = /^sha256:[0-9a-f]{64}$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/**
 * Parses a trusted-keys file: `{"schema_version": 1, "keys": [{"fingerprint": "sha256:<hex>",
 * "repositories": ["owner/name", ...], "public_key": "<PEM, optional>"}]}`. Anything else —
 * an unknown field, a bad fingerprint, a key whose PEM has another fingerprint — is refused.
 */
export function parseTrustedKeys(json: unknown, label = 'trusted keys'): TrustedKeyEntry[] {
  const bad = (why: string): MaestroError =>
    new MaestroError('VERIFY_TRUST_ROOT_INVALID', `${label}: ${why}`);
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw bad('a trusted-keys file is a JSON object');
  const doc = json as Record<string, unknown>;
  for (const k of Object.keys(doc))
    if (k !== 'schema_version' && k !== 'keys') throw bad(`unknown field ${JSON.stringify(k)}`);
  if (doc['schema_version'] !== 1) throw bad('schema_version must be 1');
  if (!Array.isArray(doc['keys']) || doc['keys'].length === 0)
    throw bad('"keys" must be a non-empty array');
  return doc['keys'].map((raw, i) => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
      throw bad(`keys[${i}] is not an object`);
    const e = raw as Record<string, unknown>;
    for (const k of Object.keys(e))
      if (!['fingerprint', 'repositories', 'public_key'].includes(k))
        throw bad(`keys[${i}]: unknown field ${JSON.stringify(k)}`);
    const fp = e['fingerprint'];
    if (typeof fp !== 'string' || !FINGERPRINT.test(fp))
      throw bad(`keys[${i}].fingerprint must be sha256:<64 hex digits>`);
    const repos = e['repositories'];
    if (
      !Array.isArray(repos) ||
      repos.length === 0 ||
      !repos.every((r) => typeof r === 'string' && REPOSITORY.test(r))
    )
      throw bad(`keys[${i}].repositories must be a non-empty list of owner/name`);
    const pem = e['public_key'];
    if (pem !== undefined && typeof pem !== 'string')
      throw bad(`keys[${i}].public_key must be a PEM string`);
    if (typeof pem === 'string') {
      const k = loadPublicKey(pem, `${label} keys[${i}]`);
      if (k.fingerprint !== fp)
        throw bad(`keys[${i}]: public_key has fingerprint ${k.fingerprint}, not ${fp}`);
    }
    return {
      fingerprint: fp,
      repositories: repos as string[],
      ...(typeof pem === 'string' ? { publicKeyPem: pem } : {}),
    };
  });
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
export function loadPublicKey(pem: string, label = 'public key'): TrustedKey {
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
  return { key, hint: publicKeyHint(key), fingerprint: keyFingerprint(key), label };
}

/** Builds explicit trust material from a trusted root and/or a public key. */
export function loadTrust(input: TrustInput): LoadedTrust {
  const label = input.label ?? 'trust root';
  if (
    input.trustedRoot === undefined &&
    input.publicKeyPem === undefined &&
    input.trustedKeys === undefined
  ) {
    throw new MaestroError(
      'VERIFY_TRUST_ROOT_INVALID',
      'no trust root: pass --trusted-root <trusted_root.json>, --key <pub.pem>, --trusted-keys <file>, or --public-good',
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
  const entries =
    input.trustedKeys === undefined
      ? undefined
      : parseTrustedKeys(input.trustedKeys, input.trustedKeysLabel ?? 'trusted keys');
  const keys: TrustedKey[] = publicKey === undefined ? [] : [publicKey];
  for (const e of entries ?? []) {
    if (e.publicKeyPem === undefined || keys.some((k) => k.fingerprint === e.fingerprint)) continue;
    keys.push(
      loadPublicKey(e.publicKeyPem, `${input.trustedKeysLabel ?? 'trusted keys'} ${e.fingerprint}`),
    );
  }
  let material: TrustMaterial;
  try {
    // One explicit key and no trusted-keys file: the bundle's hint only names it, so any hint
    // resolves to this key and the signature check decides. With several keys the hint picks
    // one. Without a key, key-based bundles are rejected.
    material = toTrustMaterial(root, (hint: string) => {
      const only = keys.length === 1 && entries === undefined ? keys[0] : undefined;
      const chosen = only ?? keys.find((k) => k.hint === hint);
      if (chosen === undefined)
        throw new MaestroError(
          'VERIFY_SIGNATURE_INVALID',
          keys.length === 0
            ? `the bundle is signed with a public key (hint ${JSON.stringify(hint)}), but no key was given: pass --key <pub.pem>`
            : `the bundle is signed with a public key (hint ${JSON.stringify(hint)}) that is not among the trusted keys`,
        );
      return { publicKey: chosen.key, validFor: () => true };
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
    keys,
    ...(entries === undefined
      ? {}
      : { keyRepositories: new Map(entries.map((e) => [e.fingerprint, e.repositories])) }),
  };
}
