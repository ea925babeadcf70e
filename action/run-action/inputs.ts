/** The Action's `with:` inputs and environment: signing, the GitHub port, request bounds. */
import * as core from '@actions/core';
import { MaestroError } from '../contract/errors.js';
import { createOctokitPort } from '../github/octokit-adapter.js';
import type { GitHubPort } from '../github/port.js';
import type { SigningInput } from '../evidence/index.js';

/** The environment the action reads (injected; defaults to `process.env`). */
export type ActionEnv = Record<string, string | undefined>;

/** What tests may replace; production passes nothing. */
export interface ActionDeps {
  /** The GitHub port; default: the Octokit adapter built from the token input. */
  port?: GitHubPort;
  /** HTTP client for the Octokit adapter. */
  fetch?: typeof fetch;
  /** Retry and throttle GitHub requests (default true). */
  resilient?: boolean;
}

/** A `with:` input that is missing or not one of its allowed values. */
export function inputError(message: string): MaestroError {
  return new MaestroError('HOST_INPUT_INVALID', message);
}

/**
 * How the evidence is signed: keyless with the workflow's OIDC identity where the job may
 * request a token (`id-token: write`), else with the `signing-key` input (a P-256 PEM from a
 * secret), else unsigned with the reason (fork pull requests get neither).
 */
export function signingFor(env: ActionEnv, fork: boolean): SigningInput {
  const keyPem = core.getInput('signing-key');
  const mode = core.getInput('signing') || 'auto';
  const oidc = Boolean(
    env['ACTIONS_ID_TOKEN_REQUEST_URL'] && env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'],
  );
  const keyless: SigningInput = { mode: 'keyless', getToken: () => core.getIDToken('sigstore') };
  switch (mode) {
    case 'none':
      return { mode: 'none', reason: 'signing is switched off (input signing: none)' };
    case 'key':
      if (!keyPem)
        throw inputError(
          'input signing: key needs the signing-key input (a PEM private key from a secret)',
        );
      return { mode: 'key', keyPem };
    case 'keyless':
      if (!oidc)
        throw inputError(
          'input signing: keyless needs `permissions: id-token: write` (fork pull requests never get an OIDC token)',
        );
      return keyless;
    case 'auto':
      if (oidc) return keyless;
      if (keyPem) return { mode: 'key', keyPem };
      return {
        mode: 'none',
        reason: fork
          ? 'a fork pull request gets no OIDC token and no secrets, so the evidence cannot be signed here'
          : 'no OIDC token (grant `id-token: write`) and no signing-key input',
      };
    default:
      throw inputError(`input signing: must be auto, keyless, key or none (got "${mode}")`);
  }
}

/** The GitHub port: the injected one, or the Octokit adapter built from the token input. */
export function buildPort(env: ActionEnv, deps: ActionDeps): GitHubPort | undefined {
  if (deps.port) return deps.port;
  const token = core.getInput('token');
  const repository = env['GITHUB_REPOSITORY'];
  if (!token || !repository) return undefined;
  return createOctokitPort({
    token,
    repository,
    ...(env['GITHUB_API_URL'] ? { baseUrl: env['GITHUB_API_URL'] } : {}),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    resilient: deps.resilient ?? true,
    log: (line) => core.info(line),
    ...millisFrom(env, 'MAESTRO_GITHUB_REQUEST_TIMEOUT_MS', 'requestTimeoutMs'),
    ...millisFrom(env, 'MAESTRO_GITHUB_CALL_BUDGET_MS', 'callBudgetMs'),
  });
}

/** An optional positive millisecond setting from the environment (GitHub request bounds). */
function millisFrom<K extends string>(
  env: ActionEnv,
  name: string,
  key: K,
): Partial<Record<K, number>> {
  const raw = env[name];
  if (raw === undefined || raw === '') return {};
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new MaestroError(
      'CONFIG_INVALID',
      `${name} must be a positive integer (ms), got "${raw}"`,
    );
  return { [key]: ms } as Partial<Record<K, number>>;
}
