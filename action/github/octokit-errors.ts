/**
 * How a failed Octokit call becomes a `GitHubPortError`: a network failure (no HTTP answer) is
 * named as one, permission hints appear only on 401/403/404, everything else is "unavailable".
 */
import { describeThrown } from '../contract/errors.js';
import { GitHubPortError } from './port.js';

function statusOf(thrown: unknown): number | undefined {
  if (typeof thrown === 'object' && thrown !== null && 'status' in thrown) {
    const status = thrown.status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

function rateLimited(thrown: unknown): boolean {
  const headers = (thrown as { response?: { headers?: Record<string, string | undefined> } })
    .response?.headers;
  return headers?.['x-ratelimit-remaining'] === '0' || headers?.['retry-after'] !== undefined;
}

/** Classifies any thrown value from Octokit into a `GitHubPortError`. */
export function classify(operation: string, thrown: unknown): GitHubPortError {
  if (thrown instanceof GitHubPortError) return thrown;
  const network = networkFailure(thrown);
  if (network !== undefined) {
    return new GitHubPortError(
      'network',
      operation,
      `${operation}: GitHub could not be reached (${network}). This is a network failure: check GITHUB_API_URL, the runner's network and proxy settings, and retry the job.`,
      { cause: thrown },
    );
  }
  const status = statusOf(thrown);
  const detail = describeThrown(thrown);
  if ((status === 401 || status === 403) && !rateLimited(thrown)) {
    return new GitHubPortError(
      'forbidden',
      operation,
      `${operation}: the token may not do this (HTTP ${status}: ${detail}). Fork pull requests get a read-only token; grant the workflow the permission or run from a trusted event.`,
      { status, cause: thrown },
    );
  }
  if (status === 404) {
    return new GitHubPortError(
      'not_found',
      operation,
      `${operation}: not found (${detail}). GitHub answers 404 also when the token may not see the resource: check the workflow's \`permissions:\`.`,
      { status, cause: thrown },
    );
  }
  return new GitHubPortError(
    'unavailable',
    operation,
    `${operation}: GitHub did not answer usably (${status === undefined ? '' : `HTTP ${status}: `}${detail})`,
    { ...(status === undefined ? {} : { status }), cause: thrown },
  );
}

/** Marks a failure that produced no HTTP answer (see `boundedFetch`). */
export class NoAnswer extends Error {
  override readonly name = 'NoAnswer';
}

/** The reason when `thrown` is a request that got no HTTP answer; `undefined` otherwise. */
function networkFailure(thrown: unknown): string | undefined {
  for (let e: unknown = thrown, depth = 0; e instanceof Error && depth < 5; depth++) {
    if (e instanceof NoAnswer) return e.message;
    if (e.name === 'AbortError' || e.name === 'TimeoutError') return e.message || e.name;
    e = e.cause;
  }
  // @octokit/request reports a fetch that failed as status 500 without a response.
  const t = thrown as { status?: unknown; response?: unknown } | null;
  if (t !== null && typeof t === 'object' && t.status === 500 && t.response === undefined)
    return describeThrown(thrown);
  return undefined;
}

/** Runs one Octokit call; whatever it throws is classified. */
export async function call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (thrown) {
    throw classify(operation, thrown);
  }
}

/** `undefined` for a 404, the value otherwise. */
export async function optional<T>(operation: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call(operation, fn);
  } catch (error) {
    if (error instanceof GitHubPortError && error.kind === 'not_found') return undefined;
    throw error;
  }
}
