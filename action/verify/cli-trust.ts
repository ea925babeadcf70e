/** Trust material for `maestro-gate verify`: loaded from the user's files, never from the evidence. */
import { createHash } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import { basename, isAbsolute, relative } from 'node:path';
import { receiptApprovalCheck } from '../approvals/receipt-check.js';
import { MaestroError, describeThrown } from '../contract/errors.js';
import {
  fetchPublicGoodTrustedRoot,
  loadTrust,
  publicGoodSeedTrustedRoot,
  type LoadedTrust,
} from '../signing/verify-door.js';
import type { VerifyInput } from './verify.js';

/** A usage problem (exit 64). */
export class VerifyUsageError extends Error {}

/** Parsed `verify` flags. */
export type Values = Record<string, string | string[] | boolean | undefined>;

/** True when `path` is `dir` or inside it (after resolving links). */
async function inside(path: string, dir: string): Promise<boolean> {
  let p: string;
  let d: string;
  try {
    p = await realpath(path);
    d = await realpath(dir);
  } catch {
    return false;
  }
  const rel = relative(d, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Trust material never comes from the evidence: a key, trusted root or trusted-keys file inside
 * an evidence directory (or beside a bundle) is refused unless pinned by its fingerprint.
 */
export async function refuseTrustFromEvidence(v: Values, places: string[]): Promise<void> {
  const pins: [string, string | undefined, string][] = [
    ['key', v['key'] as string | undefined, '--key-fingerprint sha256:<hex of the key you expect>'],
    [
      'trusted-root',
      v['trusted-root'] as string | undefined,
      '--trusted-root-sha256 <hex of the trusted root you expect>',
    ],
    ['trusted-keys', v['trusted-keys'] as string | undefined, ''],
  ];
  for (const [flag, path, pin] of pins) {
    if (path === undefined) continue;
    const pinned =
      (flag === 'key' && v['key-fingerprint'] !== undefined) ||
      (flag === 'trusted-root' && v['trusted-root-sha256'] !== undefined);
    if (pinned) continue;
    for (const place of places) {
      if (await inside(path, place))
        throw new MaestroError(
          'VERIFY_TRUST_ROOT_INVALID',
          `--${flag} ${path} lies inside the evidence (${place}): trust material never comes from the evidence itself, because whoever can write the evidence can write that file too. Use the ${flag === 'key' ? 'public key' : flag === 'trusted-keys' ? 'trusted-keys file' : 'trusted root'} from your own release configuration${pin === '' ? '' : `, or pin this one with ${pin}`}`,
        );
    }
  }
}

/** Loads the trust root, key or trusted-keys file named by the flags, checking their pins. */
export async function loadTrustFrom(v: Values): Promise<LoadedTrust> {
  let trustedRoot: unknown;
  let label = 'trust root';
  if (typeof v['trusted-root'] === 'string') {
    label = v['trusted-root'];
    try {
      trustedRoot = JSON.parse(await readFile(v['trusted-root'], 'utf8')) as unknown;
    } catch (e) {
      throw new MaestroError(
        'VERIFY_TRUST_ROOT_INVALID',
        `${label}: cannot be read as JSON: ${describeThrown(e)}`,
      );
    }
  } else if (v['public-good-offline'] === true) {
    label = 'public-good trusted root (seeded in @sigstore/tuf)';
    trustedRoot = publicGoodSeedTrustedRoot();
  } else if (v['public-good'] === true) {
    label = 'public-good trusted root (TUF)';
    trustedRoot = await fetchPublicGoodTrustedRoot();
  }
  if (typeof v['trusted-root'] === 'string' && typeof v['trusted-root-sha256'] === 'string') {
    const got = createHash('sha256')
      .update(await readFile(v['trusted-root']))
      .digest('hex');
    const want = v['trusted-root-sha256'].replace(/^sha256:/, '').toLowerCase();
    if (got !== want)
      throw new MaestroError(
        'VERIFY_TRUST_ROOT_INVALID',
        `${label}: its sha256 is ${got}, not the pinned ${want} (--trusted-root-sha256)`,
      );
  }
  let publicKeyPem: string | undefined;
  if (typeof v['key'] === 'string') {
    try {
      publicKeyPem = await readFile(v['key'], 'utf8');
    } catch (e) {
      throw new MaestroError(
        'VERIFY_TRUST_ROOT_INVALID',
        `${v['key']}: cannot be read: ${describeThrown(e)}`,
      );
    }
  }
  let trustedKeys: unknown;
  if (typeof v['trusted-keys'] === 'string') {
    try {
      trustedKeys = JSON.parse(await readFile(v['trusted-keys'], 'utf8')) as unknown;
    } catch (e) {
      throw new MaestroError(
        'VERIFY_TRUST_ROOT_INVALID',
        `${v['trusted-keys']}: cannot be read as JSON: ${describeThrown(e)}`,
      );
    }
  }
  const trust = loadTrust({
    ...(trustedRoot === undefined ? {} : { trustedRoot }),
    ...(publicKeyPem === undefined ? {} : { publicKeyPem, publicKeyLabel: v['key'] as string }),
    ...(trustedKeys === undefined
      ? {}
      : { trustedKeys, trustedKeysLabel: v['trusted-keys'] as string }),
    label,
  });
  const pin = v['key-fingerprint'];
  if (typeof pin === 'string' && trust.publicKey !== undefined) {
    if (trust.publicKey.fingerprint !== pin.toLowerCase())
      throw new MaestroError(
        'VERIFY_TRUST_ROOT_INVALID',
        `${String(v['key'])}: its fingerprint is ${trust.publicKey.fingerprint}, not the pinned ${pin} (--key-fingerprint)`,
      );
  } else if (typeof pin === 'string')
    throw new VerifyUsageError('--key-fingerprint pins the key given with --key');
  return trust;
}

/** `--approval-receipt` with `--approval-key`: the receipt check for paused verdicts. */
export async function approvalsFrom(v: Values): Promise<Pick<VerifyInput, 'approvals'>> {
  const files = (v['approval-receipt'] as string[] | undefined) ?? [];
  const keyFile = v['approval-key'];
  if (files.length === 0 && keyFile === undefined) return {};
  if (files.length === 0 || typeof keyFile !== 'string')
    throw new VerifyUsageError('--approval-receipt and --approval-key need each other');
  let pem: string;
  try {
    pem = await readFile(keyFile, 'utf8');
  } catch (e) {
    throw new MaestroError(
      'APPROVAL_RECEIPT_INVALID',
      `--approval-key ${keyFile} cannot be read: ${describeThrown(e)}`,
    );
  }
  const trust = loadTrust({ publicKeyPem: pem, publicKeyLabel: keyFile });
  const receipts: { name: string; json: unknown }[] = [];
  for (const f of files) {
    try {
      receipts.push({ name: basename(f), json: JSON.parse(await readFile(f, 'utf8')) as unknown });
    } catch (e) {
      receipts.push({
        name: basename(f),
        json: e instanceof Error ? e : new Error(describeThrown(e)),
      });
    }
  }
  return { approvals: receiptApprovalCheck(receipts, trust) };
}
