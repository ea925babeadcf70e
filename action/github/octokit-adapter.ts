/**
 * The Octokit adapter of the GitHub port. This directory is the only place Octokit is called.
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
import type {
  Actor,
  ChangedFile,
  CheckRunFacts,
  CommentFacts,
  CommitFacts,
  PullRequestFacts,
  RepositoryPermission,
  ReviewFacts,
  TeamMembershipState,
} from '../contract/pr-facts.js';
import { describeThrown } from '../contract/errors.js';
import { GitHubPortError, type CheckRunRequest, type FileRef, type GitHubPort } from './port.js';

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
/** GitHub's largest page. */
const PER_PAGE = 100;

/** The Octokit client the adapter drives (`@actions/github`'s, with REST methods and paginate). */
export type Octokit = ReturnType<typeof getOctokit>;

interface UserLike {
  login?: string;
  type?: string;
}

function actor(user: UserLike | null | undefined): Actor {
  if (!user) return { bot: false };
  const login = user.login;
  return {
    ...(login ? { login } : {}),
    bot: user.type === 'Bot' || (login?.endsWith('[bot]') ?? false),
  };
}

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
class NoAnswer extends Error {
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

/**
 * Wraps `fetch` with a per-request timeout; a request that gets no HTTP answer (refused,
 * reset, DNS, timeout) rejects with `NoAnswer`, and is logged when it will be retried.
 */
function boundedFetch(
  base: typeof fetch,
  timeoutMs: number,
  log: (line: string, why: string) => void,
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
      const url = input instanceof Request ? input.url : String(input);
      log(`GitHub request ${init?.method ?? 'GET'} ${url} got no answer: ${why}`, why);
      throw new NoAnswer(why, { cause: thrown });
    }
  };
}

async function call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (thrown) {
    throw classify(operation, thrown);
  }
}

/** `undefined` for a 404, the value otherwise. */
async function optional<T>(operation: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call(operation, fn);
  } catch (error) {
    if (error instanceof GitHubPortError && error.kind === 'not_found') return undefined;
    throw error;
  }
}

function splitRepository(repository: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(repository);
  if (!m) {
    throw new GitHubPortError(
      'not_found',
      'repository',
      `repository "${repository}" is not of the form owner/name (check GITHUB_REPOSITORY)`,
    );
  }
  return { owner: m[1]!, repo: m[2]! };
}

async function octokitFor(opts: OctokitPortOptions): Promise<Octokit> {
  const log = opts.log ?? (() => undefined);
  const resilient = opts.resilient ?? true;
  const budgetMs = opts.callBudgetMs ?? DEFAULT_CALL_BUDGET_MS;
  let lastNoAnswer: string | undefined;
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
    options.request = {
      ...options.request,
      signal: own ? AbortSignal.any([own, budget.signal]) : budget.signal,
    };
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

const PERMISSIONS: readonly RepositoryPermission[] = [
  'admin',
  'maintain',
  'write',
  'triage',
  'read',
  'none',
];

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

/**
 * Builds the GitHub port over an existing Octokit client (`rest` endpoint methods and
 * `paginate`), e.g. the one an app framework hands out per installation.
 */
export function createPortFromOctokit(octokit: Octokit, repository: string): GitHubPort {
  const { owner, repo } = splitRepository(repository);
  const prCache = new Map<number, Promise<PullRequestFacts>>();

  const getPullRequest = (pull: number): Promise<PullRequestFacts> => {
    let cached = prCache.get(pull);
    if (!cached) {
      cached = call('pulls.get', async () => {
        const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: pull });
        const headRepo = data.head.repo?.full_name;
        return {
          number: data.number,
          title: data.title,
          author: data.user.login,
          draft: data.draft ?? false,
          labels: data.labels.map((l) => l.name),
          base: { ref: data.base.ref, sha: data.base.sha },
          head: { ref: data.head.ref, sha: data.head.sha },
          repository: data.base.repo.full_name,
          ...(headRepo ? { head_repository: headRepo } : {}),
          fork: headRepo !== data.base.repo.full_name,
        };
      });
      prCache.set(pull, cached);
      // A failed lookup must not be remembered.
      cached.catch(() => prCache.delete(pull));
    }
    return cached;
  };

  const shaFor = async (pull: number, ref: FileRef): Promise<string> => {
    if (typeof ref === 'object') return ref.sha;
    const pr = await getPullRequest(pull);
    return ref === 'base' ? pr.base.sha : pr.head.sha;
  };

  return {
    repository: `${owner}/${repo}`,
    getPullRequest,

    listChangedFiles: (pull) =>
      call('pulls.listFiles', async () => {
        const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
          owner,
          repo,
          pull_number: pull,
          per_page: PER_PAGE,
        });
        return files.map((f): ChangedFile => ({
          path: f.filename,
          status: f.status,
          additions: f.additions,
          deletions: f.deletions,
          ...(f.previous_filename ? { previous_path: f.previous_filename } : {}),
        }));
      }),

    getFileContent: async (pull, path, ref) => {
      const sha = await shaFor(pull, ref);
      const data = await optional('repos.getContent', async () => {
        const res = await octokit.rest.repos.getContent({ owner, repo, path, ref: sha });
        return res.data;
      });
      if (data === undefined) return undefined;
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
        throw new GitHubPortError(
          'unavailable',
          'repos.getContent',
          `${path}@${sha} is not a regular file`,
        );
      }
      if (data.encoding !== 'base64') {
        throw new GitHubPortError(
          'unavailable',
          'repos.getContent',
          `${path}@${sha}: GitHub returned no content (encoding "${data.encoding}"; files over 1 MB are not served by this endpoint)`,
        );
      }
      return Buffer.from(data.content, 'base64').toString('utf8');
    },

    listCommits: (pull) =>
      call('pulls.listCommits', async () => {
        const commits = await octokit.paginate(octokit.rest.pulls.listCommits, {
          owner,
          repo,
          pull_number: pull,
          per_page: PER_PAGE,
        });
        return commits.map((c): CommitFacts => ({
          sha: c.sha,
          message: c.commit.message,
          author: {
            ...actor(c.author),
            ...(c.commit.author?.name ? { name: c.commit.author.name } : {}),
            ...(c.commit.author?.email ? { email: c.commit.author.email } : {}),
          },
          committer: {
            ...actor(c.committer),
            ...(c.commit.committer?.name ? { name: c.commit.committer.name } : {}),
            ...(c.commit.committer?.email ? { email: c.commit.committer.email } : {}),
          },
        }));
      }),

    listReviews: (pull) =>
      call('pulls.listReviews', async () => {
        const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
          owner,
          repo,
          pull_number: pull,
          per_page: PER_PAGE,
        });
        return reviews.map((r): ReviewFacts => ({
          id: r.id,
          reviewer: actor(r.user),
          state: r.state as ReviewFacts['state'],
          body: r.body,
          commit_id: r.commit_id,
          ...(r.submitted_at ? { submitted_at: r.submitted_at } : {}),
        }));
      }),

    listComments: (pull) =>
      call('issues.listComments', async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: pull,
          per_page: PER_PAGE,
        });
        return comments.map((c): CommentFacts => ({
          id: c.id,
          author: actor(c.user),
          body: c.body ?? '',
          created_at: c.created_at,
          updated_at: c.updated_at,
          edited: c.updated_at !== c.created_at,
        }));
      }),

    getCollaboratorPermission: async (login) => {
      const data = await optional('repos.getCollaboratorPermissionLevel', async () => {
        const res = await octokit.rest.repos.getCollaboratorPermissionLevel({
          owner,
          repo,
          username: login,
        });
        return res.data;
      });
      if (!data) return 'none';
      const role = data.role_name as RepositoryPermission;
      if (PERMISSIONS.includes(role)) return role;
      const permission = data.permission as RepositoryPermission;
      return PERMISSIONS.includes(permission) ? permission : 'none';
    },

    getBranchProtected: (branch) =>
      call('repos.getBranch', async () => {
        const res = await octokit.rest.repos.getBranch({ owner, repo, branch });
        return res.data.protected;
      }),

    getTeamMembership: async (org, teamSlug, login): Promise<TeamMembershipState> => {
      const data = await optional('teams.getMembershipForUserInOrg', async () => {
        const res = await octokit.rest.teams.getMembershipForUserInOrg({
          org,
          team_slug: teamSlug,
          username: login,
        });
        return res.data;
      });
      if (!data) return 'none';
      return data.state === 'active' ? 'active' : data.state === 'pending' ? 'pending' : 'none';
    },

    listCheckRuns: (sha) =>
      call('checks.listForRef', async () => {
        const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
          owner,
          repo,
          ref: sha,
          per_page: PER_PAGE,
        });
        return runs.map((r): CheckRunFacts => ({
          id: r.id,
          name: r.name,
          head_sha: r.head_sha,
          status: r.status,
          conclusion: r.conclusion,
          app_slug: r.app?.slug ?? null,
        }));
      }),

    createCheckRun: (request: CheckRunRequest) =>
      call('checks.create', async () => {
        const { data } = await octokit.rest.checks.create({
          owner,
          repo,
          name: request.name,
          head_sha: request.head_sha,
          status: 'completed',
          conclusion: request.conclusion,
          ...(request.external_id ? { external_id: request.external_id } : {}),
          output: {
            title: request.title,
            summary: request.summary,
            ...(request.text ? { text: request.text } : {}),
            ...(request.annotations?.length ? { annotations: request.annotations } : {}),
          },
        });
        return { id: data.id, html_url: data.html_url };
      }),

    upsertStickyComment: async (pull, marker, body) => {
      const comments = await call('issues.listComments', () =>
        octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: pull,
          per_page: PER_PAGE,
        }),
      );
      // Only a bot's comment that starts with the marker is ours: a person quoting the marker
      // must never have their comment overwritten.
      const mine = comments.find(
        (c) => actor(c.user).bot && (c.body ?? '').trimStart().startsWith(marker),
      );
      const text = body.startsWith(marker) ? body : `${marker}\n${body}`;
      if (mine) {
        await call('issues.updateComment', () =>
          octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: text }),
        );
        return { id: mine.id, action: 'updated' as const };
      }
      const { data } = await call('issues.createComment', () =>
        octokit.rest.issues.createComment({ owner, repo, issue_number: pull, body: text }),
      );
      return { id: data.id, action: 'created' as const };
    },

    createAttestation: (bundle) =>
      call('repos.createAttestation', async () => {
        const { data } = await octokit.rest.repos.createAttestation({
          owner,
          repo,
          bundle,
        });
        if (typeof data.id !== 'number') {
          throw new GitHubPortError(
            'unavailable',
            'repos.createAttestation',
            'GitHub stored the attestation but returned no id',
          );
        }
        return { id: data.id };
      }),

    downloadTarball: (sha) =>
      call('repos.downloadTarballArchive', async () => {
        const { data } = await octokit.rest.repos.downloadTarballArchive({ owner, repo, ref: sha });
        if (!(data instanceof ArrayBuffer)) {
          throw new GitHubPortError(
            'unavailable',
            'repos.downloadTarballArchive',
            `the tarball of ${sha} did not arrive as binary data`,
          );
        }
        return new Uint8Array(data);
      }),
  };
}
