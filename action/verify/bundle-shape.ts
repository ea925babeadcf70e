/** The strict shape of a Maestro Gate bundle: v0.3, one DSSE signature, nothing a verifier ignores. */
import { isDeepStrictEqual } from 'node:util';
import { describeThrown } from '../contract/errors.js';
import { reserializeBundle } from '../signing/verify-door.js';

/** The bundle media type Maestro Gate writes. */
export const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** Re-serialises a bundle and compares: unknown or altered fields that parsing drops are refused. */
export function strictBundleShape(json: unknown): string | undefined {
  if (json === null || typeof json !== 'object') return 'the bundle is not a JSON object';
  const b = json as Record<string, unknown>;
  if (b['mediaType'] !== BUNDLE_V03)
    return `mediaType is ${JSON.stringify(b['mediaType'])}, Maestro Gate evidence is ${BUNDLE_V03}`;
  const allowedTop = new Set(['mediaType', 'verificationMaterial', 'dsseEnvelope']);
  for (const k of Object.keys(b))
    if (!allowedTop.has(k)) return `unexpected top-level field ${JSON.stringify(k)}`;
  const env = b['dsseEnvelope'] as Record<string, unknown> | undefined;
  if (env === undefined || typeof env !== 'object') return 'the bundle has no DSSE envelope';
  for (const k of Object.keys(env))
    if (!['payload', 'payloadType', 'signatures'].includes(k))
      return `unexpected envelope field ${JSON.stringify(k)}`;
  const sigs = env['signatures'];
  if (!Array.isArray(sigs) || sigs.length !== 1)
    return 'the envelope must carry exactly one signature';
  const sig = sigs[0] as Record<string, unknown>;
  for (const k of Object.keys(sig))
    if (k !== 'sig')
      return `unexpected signature field ${JSON.stringify(k)} (Maestro Gate writes no DSSE keyid)`;
  const vm = b['verificationMaterial'] as Record<string, unknown> | undefined;
  if (vm === undefined || typeof vm !== 'object') return 'the bundle has no verificationMaterial';
  for (const k of Object.keys(vm)) {
    if (
      ![
        'publicKey',
        'certificate',
        'x509CertificateChain',
        'tlogEntries',
        'timestampVerificationData',
      ].includes(k)
    )
      return `unexpected verificationMaterial field ${JSON.stringify(k)}`;
  }
  if (typeof env['payload'] !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(env['payload']))
    return 'the envelope payload is not canonical base64';
  if (typeof sig['sig'] !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(sig['sig']))
    return 'the signature is not canonical base64';
  if (Buffer.from(env['payload'], 'base64').toString('base64') !== env['payload'])
    return 'the envelope payload is not canonical base64';
  if (Buffer.from(sig['sig'], 'base64').toString('base64') !== sig['sig'])
    return 'the signature is not canonical base64';
  // @sigstore/verify proves inclusion against the checkpoint's root hash and size; the proof's
  // own rootHash and treeSize fields are not read. Unread fields must still agree.
  const entries = (vm['tlogEntries'] ?? []) as {
    inclusionProof?: {
      rootHash?: unknown;
      treeSize?: unknown;
      checkpoint?: { envelope?: unknown };
    };
  }[];
  for (const [i, e] of (Array.isArray(entries) ? entries : []).entries()) {
    const p = e.inclusionProof;
    if (p === undefined) continue;
    const lines =
      typeof p.checkpoint?.envelope === 'string' ? p.checkpoint.envelope.split('\n') : [];
    if (lines[1] !== p.treeSize || lines[2] !== p.rootHash) {
      return `tlogEntries[${i}].inclusionProof: rootHash/treeSize disagree with the signed checkpoint`;
    }
  }
  let again: unknown;
  try {
    again = reserializeBundle(json);
  } catch (e) {
    return describeThrown(e);
  }
  if (!isDeepStrictEqual(again, json)) {
    return 'the bundle differs from its canonical serialisation (a field is null, misplaced or not meaningful)';
  }
  return undefined;
}
