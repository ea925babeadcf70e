/**
 * The Octokit adapter of the GitHub port: the client, its timeouts and retry budget. This
 * directory is the only place Octokit is called; the REST calls of each port method are in
 * `octokit-rest.ts`, how a failure is classified in `octokit-errors.ts`.
 *
 * `fetch` is injectable (`@actions/github`'s Octokit uses undici's fetch, which HTTP mocking
 * libraries cannot intercept): tests pass their own or point `baseUrl` at the fake GitHub.
 * Throttling and retry are on by default (production) and switched off in tests. Every HTTP
 * request has a timeout and every port call a total budget (retries and rate-limit waits
 * included), so a GitHub that accepts the connection and never answers cannot hang a run.
 *
 * `@actions/github` is loaded on the first call, not at import: it parses `GITHUB_EVENT_PATH`
 * when it loads, and a malformed payload must become a STOPPED verdict, not an import crash.
 */
import type { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { describeThrown } from '../contract/errors.js';
import { NoAnswer } from './octokit-errors.js';
import { createPortFromOctokit, splitRepository } from './octokit-rest.js';
import { GitHubPortError, type GitHubPort } from './port.js';

export { classify } from './octokit-errors.js';
export { createPortFromOctokit } from './octokit-rest.js';

/** How to reach GitHub. */
export interface OctokitPortOptions {
  token: string;
  /** `owner/name`. */
  repository: string;
  /** REST base URL (`GITHUB_API_URL`); default https://api.github.com. */
  baseUrl?: string;
  /** Replaces the HTTP client (tests). */
  fetch?: typeof fetch;
  /** Retry and throttle (default true; tests pass false). */
  resilient?: boolean;
  /** Receives one line per rate-limit wait or retry. */
  log?: (line: string) => void;
  /** Time one HTTP request may take (default `DEFAULT_REQUEST_TIMEOUT_MS`). */
  requestTimeoutMs?: number;
  /** Time one port call may take, retries and waits included (default `DEFAULT_CALL_BUDGET_MS`). */
  callBudgetMs?: number;
}

/** Default time one HTTP request to GitHub may take before it is abandoned. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
/** Default time one port call may take, every retry and rate-limit wait included. */
export const DEFAULT_CALL_BUDGET_MS = 45_000;

/** Retries of a request the throttling plugin sees rate-limited. */
const DEFAULT_RATE_LIMIT_RETRIES = 2;

/** The Octokit client the adapter drives (`@actions/github`'s, with REST methods and paginate). */
export type Octokit = ReturnType<typeof getOctokit>;

/** Connection failures a retry cannot mend: nothing listens there, or the name does not exist. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND']);

/**
 * Wraps `fetch` with a per-request timeout; a request that gets no HTTP answer (refused,
 * reset, DNS, timeout) rejects with `NoAnswer`, and is logged when it will be retried. A
 * refused connection or an unknown host calls `unreachable` with the request's signal, so the
 * call is not retried: the run names the network failure at once instead of after backoffs.
 */
function boundedFetch(
  base: typeof fetch,
  timeoutMs: number,
  log: (line: string, why: string) => void,
  unreachable: (signal: AbortSignal | null | undefined) => void,
): typeof fetch {
  return async (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await base(input, { ...init, signal });
    } catch (thrown) {
      const cause = (thrown as { cause?: unknown } | null)?.cause;
      const why = timeout.aborted
        ? `no answer within ${timeoutMs / 1000} s`
        : init?.signal?.aborted
          ? 'the call ran out of its time budget'
          : describeThrown(cause instanceof Error ? cause : thrown);
      const code = (cause as { code?: unknown } | null | undefined)?.code;
      if (typeof code === 'string' && UNREACHABLE.has(code)) unreachable(init?.signal);
      const url = input instanceof Request ? input.url : String(input);
      log(`GitHub request ${init?.method ?? 'GET'} ${url} got no answer: ${why}`, why);
      throw new NoAnswer(why, { cause: thrown });
    }
  };
}

async function octokitFor(opts: OctokitPortOptions): Promise<Octokit> {
  const log = opts.log ?? (() => undefined);
  const resilient = opts.resilient ?? true;
  const budgetMs = opts.callBudgetMs ?? DEFAULT_CALL_BUDGET_MS;
  let lastNoAnswer: string | undefined;
  // The request signal of each call → stops the retry plugin retrying that call.
  const noRetry = new WeakMap<AbortSignal, () => void>();
  const { getOctokit } = await import('@actions/github');
  const { defaults } = await import('@actions/github/lib/utils');
  const baseFetch =
    opts.fetch ?? (defaults.request as { fetch?: typeof fetch } | undefined)?.fetch ?? fetch;
  // Never wait for a rate limit longer than the call may take in total.
  const mayWait = (after: number, count: number): boolean =>
    count < DEFAULT_RATE_LIMIT_RETRIES && after * 1000 < budgetMs;
  const octokit = getOctokit(
    opts.token,
    {
      baseUrl: (opts.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
      request: {
        ...(defaults.request ?? {}),
        fetch: boundedFetch(
          baseFetch,
          opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
          (line, why) => {
            lastNoAnswer = why;
            log(line);
          },
          (signal) => {
            if (signal) noRetry.get(signal)?.();
          },
        ),
      },
      retry: { enabled: resilient },
      throttle: resilient
        ? {
            enabled: true,
            onRateLimit: (
              after: number,
              options: { method: string; url: string },
              _o: unknown,
              count: number,
            ) => {
              log(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${after}s`);
              return mayWait(after, count);
            },
            onSecondaryRateLimit: (
              after: number,
              options: { method: string; url: string },
              _o: unknown,
              count: number,
            ) => {
              log(
                `GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${after}s`,
              );
              return mayWait(after, count);
            },
          }
        : { enabled: false },
    },
    retry,
    throttling,
  );
  // Registered last, so it wraps the retry and throttling plugins: one budget for the whole call.
  octokit.hook.wrap('request', async (request, options) => {
    const budget = new AbortController();
    const own = (options.request as { signal?: AbortSignal } | undefined)?.signal;
    const signal = own ? AbortSignal.any([own, budget.signal]) : budget.signal;
    options.request = { ...options.request, signal };
    // The retry plugin reads `request.retries` when the attempt fails.
    noRetry.set(signal, () => {
      (options.request as { retries?: number }).retries = 0;
    });
    let timer: NodeJS.Timeout | undefined;
    const exhausted = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        budget.abort();
        reject(
          new NoAnswer(
            `${options.method} ${options.url} did not complete within its ${budgetMs / 1000} s budget, retries included${lastNoAnswer === undefined ? '' : `; the last attempt: ${lastNoAnswer}`}`,
          ),
        );
      }, budgetMs);
    });
    try {
      return await Promise.race([request(options), exhausted]);
    } finally {
      clearTimeout(timer);
    }
  });
  return octokit;
}

/**
 * Builds the GitHub port over a new Octokit client made from a token. The client is made on
 * the first call (see the module comment).
 */
export function createOctokitPort(opts: OctokitPortOptions): GitHubPort {
  splitRepository(opts.repository);
  let made: Promise<GitHubPort> | undefined;
  const port = (): Promise<GitHubPort> =>
    (made ??= octokitFor(opts).then(
      (o) => createPortFromOctokit(o, opts.repository),
      (thrown: unknown) => {
        throw new GitHubPortError(
          'unavailable',
          'client',
          `cannot set up the GitHub client: ${describeThrown(thrown)}`,
          { cause: thrown },
        );
      },
    ));
  return {
    repository: opts.repository,
    getPullRequest: async (...a) => (await port()).getPullRequest(...a),
    listChangedFiles: async (...a) => (await port()).listChangedFiles(...a),
    getFileContent: async (...a) => (await port()).getFileContent(...a),
    listCommits: async (...a) => (await port()).listCommits(...a),
    listReviews: async (...a) => (await port()).listReviews(...a),
    listComments: async (...a) => (await port()).listComments(...a),
    getCollaboratorPermission: async (...a) => (await port()).getCollaboratorPermission(...a),
    getTeamMembership: async (...a) => (await port()).getTeamMembership(...a),
    listCheckRuns: async (...a) => (await port()).listCheckRuns(...a),
    getBranchProtected: async (...a) => (await port()).getBranchProtected!(...a),
    createCheckRun: async (...a) => (await port()).createCheckRun(...a),
    upsertStickyComment: async (...a) => (await port()).upsertStickyComment(...a),
    createAttestation: async (...a) => (await port()).createAttestation(...a),
    downloadTarball: async (...a) => (await port()).downloadTarball(...a),
  };
}
