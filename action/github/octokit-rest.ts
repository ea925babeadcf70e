/**
 * The GitHub port over an Octokit client: each port method as the REST calls it takes, and
 * GitHub's answers mapped to the pull-request facts of `contract/pr-facts.ts`.
 */
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
import type { Octokit } from './octokit-adapter.js';
import { call, optional } from './octokit-errors.js';
import { GitHubPortError, type CheckRunRequest, type FileRef, type GitHubPort } from './port.js';

/** GitHub's largest page. */
const PER_PAGE = 100;

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

/** `owner/name` split in two; anything else is refused (a malformed GITHUB_REPOSITORY). */
export function splitRepository(repository: string): { owner: string; repo: string } {
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

const PERMISSIONS: readonly RepositoryPermission[] = [
  'admin',
  'maintain',
  'write',
  'triage',
  'read',
  'none',
];

/**
 * Builds the GitHub port over an existing Octokit client (`rest` endpoint methods and
 * `paginate`), e.g. the one an app framework hands out per installation.
 */
export function createPortFromOctokit(octokit: Octokit, repository: string): GitHubPort {
  const { owner, repo } = splitRepository(repository);
  const prCache = new Map<number, Promise<PullRequestFacts>>();
  /** The parameters of a paginated list: this repository, GitHub's largest page. */
  const paged = <P extends object>(
    p: P,
  ): P & { owner: string; repo: string; per_page: number } => ({
    owner,
    repo,
    per_page: PER_PAGE,
    ...p,
  });

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
        const files = await octokit.paginate(
          octokit.rest.pulls.listFiles,
          paged({ pull_number: pull }),
        );
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
        const commits = await octokit.paginate(
          octokit.rest.pulls.listCommits,
          paged({ pull_number: pull }),
        );
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
        const reviews = await octokit.paginate(
          octokit.rest.pulls.listReviews,
          paged({ pull_number: pull }),
        );
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
        const comments = await octokit.paginate(
          octokit.rest.issues.listComments,
          paged({ issue_number: pull }),
        );
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
        const runs = await octokit.paginate(octokit.rest.checks.listForRef, paged({ ref: sha }));
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
        octokit.paginate(octokit.rest.issues.listComments, paged({ issue_number: pull })),
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
