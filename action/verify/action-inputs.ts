/**
 * The action's `mode: verify`: maps action inputs to `maestro-gate verify` arguments, so the
 * action and the CLI run the very same verifier. Pure: the entry point passes `core.getInput`.
 */

import { MaestroError } from '../contract/errors.js';

/** Input names of `mode: verify` and the CLI flag each maps to. */
export const VERIFY_INPUTS: Readonly<Record<string, string>> = {
  'evidence-dir': '--evidence-dir',
  'verify-key': '--key',
  'verify-trusted-root': '--trusted-root',
  'verify-certificate-oidc-issuer': '--certificate-oidc-issuer',
  'verify-certificate-identity': '--certificate-identity',
  'verify-certificate-identity-regexp': '--certificate-identity-regexp',
  'verify-repository': '--repository',
  'verify-signer-repository': '--signer-repository',
  'verify-trusted-keys': '--trusted-keys',
  'verify-key-fingerprint': '--key-fingerprint',
  'verify-not-before': '--not-before',
  'verify-workflow-path': '--workflow-path',
  'verify-workflow-ref': '--workflow-ref',
  'verify-commit': '--commit',
  'verify-expect-verdict': '--expect-verdict',
};

/** Boolean inputs (`true`/`false`) and their flags. */
export const VERIFY_SWITCHES: Readonly<Record<string, string>> = {
  'verify-public-good': '--public-good',
  'verify-public-good-offline': '--public-good-offline',
  'verify-allow-pause': '--allow-pause',
};

/**
 * Builds the `verify` argv from action inputs (`getInput` returns '' for an unset input).
 * A switch that is neither `true`, `false` nor empty is an error, never silently false.
 */
export function verifyArgvFromInputs(getInput: (name: string) => string): string[] {
  const argv: string[] = [];
  for (const [name, flag] of Object.entries(VERIFY_INPUTS)) {
    const v = getInput(name).trim();
    if (v !== '') argv.push(flag, v);
  }
  for (const [name, flag] of Object.entries(VERIFY_SWITCHES)) {
    const v = getInput(name).trim().toLowerCase();
    if (v === 'true') argv.push(flag);
    else if (v !== '' && v !== 'false')
      throw new MaestroError(
        'CONFIG_INVALID',
        `input ${name} must be true or false, got ${JSON.stringify(v)}`,
      );
  }
  argv.push('--format', 'text');
  return argv;
}
