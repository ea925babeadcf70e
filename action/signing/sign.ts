/**
 * DSSE signing of in-toto statements into Sigstore bundles (v0.3). Key-based signing uses a
 * custom `Signer` over a P-256 key; keyless signing asks Fulcio for a certificate bound to the
 * workflow's OIDC identity and has the signature witnessed by Rekor and/or a timestamp
 * authority, chosen as `actions/attest` chooses them.
 */
import { sign as cryptoSign } from 'node:crypto';
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import {
  DSSEBundleBuilder,
  FulcioSigner,
  RekorWitness,
  TSAWitness,
  type Signer,
  type Witness,
} from '@sigstore/sign';
import { MaestroError, describeThrown } from '../contract/errors.js';
import type { SigningKey } from './keys.js';

import { IN_TOTO_PAYLOAD_TYPE } from './media-types.js';

/** Which Sigstore instance keyless signing uses. */
export type SigstoreInstance = 'public-good' | 'github';

/** Service endpoints for keyless signing. */
export interface SigningEndpoints {
  fulcioURL: string;
  rekorURL?: string;
  tsaURL?: string;
  /**
   * Rekor entry type (default `dsse`). `intoto` is accepted too; the offline tests use it because
   * `@sigstore/mock`'s Rekor stores proposed entries as they are and only `intoto` proposals
   * already have the shape of a logged body.
   */
  rekorEntryType?: 'dsse' | 'intoto';
}

/** Keyless signing options. `getToken` returns the workflow's OIDC token (audience `sigstore`). */
export interface KeylessOptions {
  getToken: () => Promise<string>;
  /** The endpoints; default from `instance` (see `signingEndpoints`). */
  endpoints: SigningEndpoints;
  /** Per-request timeout in milliseconds (default 20 s). */
  timeoutMs?: number;
  /** Retries per request (default 2). */
  retries?: number;
}

/**
 * Endpoints as `actions/attest` picks them: public-good Sigstore is Fulcio + Rekor; GitHub's
 * instance (used for private and internal repositories) is Fulcio + a timestamp authority on
 * `githubapp.com` (or the GHES host), without a transparency log.
 */
export function signingEndpoints(
  instance: SigstoreInstance,
  serverUrl = 'https://github.com',
): SigningEndpoints {
  if (instance === 'public-good')
    return { fulcioURL: 'https://fulcio.sigstore.dev', rekorURL: 'https://rekor.sigstore.dev' };
  let host: string;
  try {
    host = new URL(serverUrl).hostname;
  } catch {
    throw new MaestroError(
      'EVIDENCE_SIGNING_FAILED',
      `GITHUB_SERVER_URL is not a URL: ${JSON.stringify(serverUrl)}`,
    );
  }
  if (host === 'github.com') host = 'githubapp.com';
  return { fulcioURL: `https://fulcio.${host}`, tsaURL: `https://timestamp.${host}` };
}

/**
 * The instance for a repository, as `actions/attest-build-provenance` decides: a public
 * repository uses public-good Sigstore, anything else (private, internal, unknown) GitHub's.
 */
export function instanceForVisibility(visibility: string | undefined): SigstoreInstance {
  return visibility === 'public' ? 'public-good' : 'github';
}

class KeySigner implements Signer {
  constructor(private readonly key: SigningKey) {}

  sign(
    data: Buffer,
  ): Promise<{ signature: Buffer; key: { $case: 'publicKey'; publicKey: string; hint: string } }> {
    // ECDSA over SHA-256, DER-encoded: what DSSE verifiers (sigstore-js, cosign) expect.
    const signature = cryptoSign('sha256', data, this.key.privateKey);
    return Promise.resolve({
      signature,
      key: { $case: 'publicKey', publicKey: this.key.publicKeyPem, hint: this.key.hint },
    });
  }
}

/** Signs `payload` (an in-toto statement) with a P-256 key into a DSSE Sigstore bundle. */
export async function signWithKey(payload: Buffer, key: SigningKey): Promise<SerializedBundle> {
  const builder = new DSSEBundleBuilder({ signer: new KeySigner(key), witnesses: [] });
  try {
    const bundle = bundleToJSON(
      await builder.create({ data: payload, type: IN_TOTO_PAYLOAD_TYPE }),
    );
    // The hint stays in verificationMaterial.publicKey. The DSSE keyid is unsigned and optional;
    // cosign's DSSE verifier skips a signature whose keyid differs from its own key id, so it is
    // left out for cosign interop (verify refuses a keyid).
    for (const sig of bundle.dsseEnvelope?.signatures ?? [])
      delete (sig as { keyid?: string }).keyid;
    return bundle;
  } catch (e) {
    throw new MaestroError(
      'EVIDENCE_SIGNING_FAILED',
      `key-based signing failed: ${describeThrown(e)}`,
      { cause: e },
    );
  }
}

/** Signs `payload` keylessly (Fulcio certificate + Rekor entry and/or RFC 3161 timestamp). */
export async function signKeyless(
  payload: Buffer,
  opts: KeylessOptions,
): Promise<SerializedBundle> {
  const timeout = opts.timeoutMs ?? 20_000;
  const retry = opts.retries ?? 2;
  const signer = new FulcioSigner({
    identityProvider: { getToken: opts.getToken },
    fulcioBaseURL: opts.endpoints.fulcioURL,
    timeout,
    retry,
  });
  const witnesses: Witness[] = [];
  if (opts.endpoints.rekorURL !== undefined) {
    witnesses.push(
      new RekorWitness({
        rekorBaseURL: opts.endpoints.rekorURL,
        entryType: opts.endpoints.rekorEntryType ?? 'dsse',
        fetchOnConflict: true,
        timeout,
        retry,
      }),
    );
  }
  if (opts.endpoints.tsaURL !== undefined) {
    witnesses.push(new TSAWitness({ tsaBaseURL: opts.endpoints.tsaURL, timeout, retry }));
  }
  if (witnesses.length === 0) {
    throw new MaestroError(
      'EVIDENCE_SIGNING_FAILED',
      'keyless signing needs a transparency log or a timestamp authority; neither is configured',
    );
  }
  const builder = new DSSEBundleBuilder({ signer, witnesses });
  try {
    const bundle = await builder.create({ data: payload, type: IN_TOTO_PAYLOAD_TYPE });
    return bundleToJSON(bundle);
  } catch (e) {
    throw new MaestroError(
      'EVIDENCE_SIGNING_FAILED',
      `keyless signing failed (${opts.endpoints.fulcioURL}): ${describeThrown(e)}`,
      { cause: e },
    );
  }
}

/**
 * Decodes the claims of a JWT without verifying it. Used only to fill SLSA provenance the way
 * `actions/attest` does from the same token; Fulcio verifies the token itself.
 */
export function decodeJwtClaims(token: string): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[1] === undefined)
    throw new MaestroError(
      'EVIDENCE_SIGNING_FAILED',
      'the OIDC token is not a JWT (expected three dot-separated parts)',
    );
  try {
    const claims: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (claims === null || typeof claims !== 'object' || Array.isArray(claims))
      throw new MaestroError('EVIDENCE_SIGNING_FAILED', 'claims are not an object');
    return claims as Record<string, unknown>;
  } catch (e) {
    throw new MaestroError(
      'EVIDENCE_SIGNING_FAILED',
      `the OIDC token's claims could not be decoded: ${describeThrown(e)}`,
      { cause: e },
    );
  }
}
