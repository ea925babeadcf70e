import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

/** `sha256:<hex>` of bytes or a string. */
export function sha256(data: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** Hex SHA-256 of bytes or a string (no prefix). */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Canonical JSON (RFC 8785, JCS), so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  return canonicalize(value) ?? 'null';
}

/** `sha256:<hex>` of a value's canonical JSON. */
export function sha256Json(value: unknown): string {
  return sha256(canonicalJson(value));
}
