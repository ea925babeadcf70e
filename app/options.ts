/**
 * The approval app's settings, read from the environment at the edge (`app/main.ts`,
 * `app/actions.ts`) and handed to the app function. Nothing below reads `process.env`.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_CONFIG_PATH } from '../action/config/types.js';
import { MaestroError, describeThrown } from '../action/contract/errors.js';
import { loadSigningKey, type SigningKey } from '../action/signing/sign-door.js';
import type { AuditSink } from './audit.js';

/** What the app needs besides GitHub. */
export interface AppOptions {
  /** The app's slug; its bot login is `<slug>[bot]` and its check runs carry the slug. */
  appSlug: string;
  /** The P-256 key approval receipts are signed with. */
  receiptKey: SigningKey;
  /** Where decisions are recorded (hash-chained audit log). */
  audit: AuditSink;
  /** Sigstore trusted root (JSON) for keyless verdict signers; default the public-good seed. */
  trustedRoot?: unknown;
  /** GitHub web URL (for receipts and certificate identities). */
  serverUrl: string;
  /** Path of the configuration on the default branch. */
  configPath: string;
  now: () => Date;
}

/** Environment variables the app reads (documented in docs/app.md). */
export const APP_ENV = {
  slug: 'MAESTRO_APP_SLUG',
  receiptKey: 'MAESTRO_RECEIPT_KEY',
  receiptKeyPath: 'MAESTRO_RECEIPT_KEY_PATH',
  auditLog: 'MAESTRO_AUDIT_LOG',
  trustedRoot: 'MAESTRO_TRUSTED_ROOT',
  serverUrl: 'GITHUB_SERVER_URL',
} as const;

/** Reads the options from environment variables; a missing receipt key refuses to start. */
export function optionsFromEnv(
  env: Record<string, string | undefined>,
  audit: AuditSink,
): AppOptions {
  const keyPath = env[APP_ENV.receiptKeyPath];
  const pem = env[APP_ENV.receiptKey] ?? (keyPath ? readText(keyPath, 'receipt key') : undefined);
  if (pem === undefined || pem.trim() === '')
    throw new MaestroError(
      'EVIDENCE_KEY_INVALID',
      `the approval app signs every receipt: set ${APP_ENV.receiptKey} (PEM) or ${APP_ENV.receiptKeyPath} to a P-256 private key (openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt)`,
    );
  const rootPath = env[APP_ENV.trustedRoot];
  return {
    appSlug: env[APP_ENV.slug] ?? 'maestro-gate',
    receiptKey: loadSigningKey(pem),
    audit,
    ...(rootPath ? { trustedRoot: JSON.parse(readText(rootPath, 'trusted root')) as unknown } : {}),
    serverUrl: env[APP_ENV.serverUrl] ?? 'https://github.com',
    configPath: DEFAULT_CONFIG_PATH,
    now: () => new Date(),
  };
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new MaestroError('CONFIG_UNREADABLE', `${what} ${path}: ${describeThrown(e)}`, {
      cause: e,
    });
  }
}
