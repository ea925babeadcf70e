/**
 * A hand-written, in-memory adapter of the GitHub port for unit tests and local runs: it
 * answers from the facts it is given and records what would have been written.
 */
import type {
  ChangedFile,
  CheckRunFacts,
  CommentFacts,
  CommitFacts,
  PullRequestFacts,
  RepositoryPermission,
  ReviewFacts,
  TeamMembershipState,
} from '../contract/pr-facts.js';
import { GitHubPortError, type CheckRunRequest, type GitHubPort } from './port.js';

/** The facts a static port answers from. Everything is optional. */
export interface StaticFacts {
  repository?: string;
  pullRequest?: PullRequestFacts;
  files?: ChangedFile[];
  /** File contents keyed by commit SHA, then path. */
  contents?: Record<string, Record<string, string>>;
  commits?: CommitFacts[];
  reviews?: ReviewFacts[];
  comments?: CommentFacts[];
  permissions?: Record<string, RepositoryPermission>;
  /** `org/team` → login → state. */
  teams?: Record<string, Record<string, TeamMembershipState>>;
  checkRuns?: CheckRunFacts[];
  /** gzip'd tarballs keyed by commit SHA. */
  tarballs?: Record<string, Uint8Array>;
  /** When false, every write is refused the way a read-only token is (fork pull requests). */
  canWrite?: boolean;
  /** Branch → whether GitHub reports it protected; a branch not listed is not found. */
  protectedBranches?: Record<string, boolean>;
}

/** A static port plus what was written to it. */
export interface StaticPort extends GitHubPort {
  readonly written: {
    checkRuns: CheckRunRequest[];
    comments: { id: number; body: string; action: 'created' | 'updated' }[];
    attestations: Record<string, unknown>[];
  };
}

/** Answers asynchronously, turning a throw into a rejection the way a real adapter would. */
function answer<T>(fn: () => T): Promise<T> {
  return Promise.resolve().then(fn);
}

/** Builds an in-memory GitHub port. */
export function createStaticPort(facts: StaticFacts = {}): StaticPort {
  const written: StaticPort['written'] = { checkRuns: [], comments: [], attestations: [] };
  const comments = [...(facts.comments ?? [])];
  let nextId = 1000;
  const pr = (pull: number): PullRequestFacts => {
    if (!facts.pullRequest || facts.pullRequest.number !== pull) {
      throw new GitHubPortError('not_found', 'pulls.get', `pull request #${pull} not found`, {
        status: 404,
      });
    }
    return facts.pullRequest;
  };
  const refuseWrite = (operation: string): void => {
    if (facts.canWrite === false) {
      throw new GitHubPortError(
        'forbidden',
        operation,
        `${operation}: Resource not accessible by integration`,
        {
          status: 403,
        },
      );
    }
  };
  return {
    repository: facts.repository ?? facts.pullRequest?.repository ?? 'octo/repo',
    written,
    getPullRequest: (pull) => answer(() => pr(pull)),
    listChangedFiles: (pull) => answer(() => (pr(pull), [...(facts.files ?? [])])),
    getFileContent: (pull, path, ref) =>
      answer(() => {
        const sha =
          typeof ref === 'object'
            ? ref.sha
            : ref === 'base'
              ? pr(pull).base.sha
              : pr(pull).head.sha;
        return facts.contents?.[sha]?.[path];
      }),
    listCommits: (pull) => answer(() => (pr(pull), [...(facts.commits ?? [])])),
    listReviews: (pull) => answer(() => (pr(pull), [...(facts.reviews ?? [])])),
    listComments: (pull) => answer(() => (pr(pull), [...comments])),
    getCollaboratorPermission: (login) => answer(() => facts.permissions?.[login] ?? 'none'),
    getBranchProtected: (branch) =>
      answer(() => {
        const known = facts.protectedBranches?.[branch];
        if (known === undefined) {
          throw new GitHubPortError('not_found', 'repos.getBranch', `Branch not found: ${branch}`, {
            status: 404,
          });
        }
        return known;
      }),
    getTeamMembership: (org, team, login) =>
      answer(() => facts.teams?.[`${org}/${team}`]?.[login] ?? 'none'),
    listCheckRuns: (sha) => answer(() => (facts.checkRuns ?? []).filter((r) => r.head_sha === sha)),
    createCheckRun: (request) =>
      answer(() => {
        refuseWrite('checks.create');
        written.checkRuns.push(request);
        return { id: written.checkRuns.length, html_url: null };
      }),
    upsertStickyComment: (pull, marker, body) =>
      answer(() => {
        pr(pull);
        refuseWrite('issues.createComment');
        const text = body.startsWith(marker) ? body : `${marker}\n${body}`;
        const mine = comments.find((c) => c.author.bot && c.body.trimStart().startsWith(marker));
        if (mine) {
          mine.body = text;
          written.comments.push({ id: mine.id, body: text, action: 'updated' });
          return { id: mine.id, action: 'updated' as const };
        }
        const id = nextId++;
        const now = new Date(0).toISOString();
        comments.push({
          id,
          author: { login: 'github-actions[bot]', bot: true },
          body: text,
          created_at: now,
          updated_at: now,
          edited: false,
        });
        written.comments.push({ id, body: text, action: 'created' });
        return { id, action: 'created' as const };
      }),
    createAttestation: (bundle) =>
      answer(() => {
        refuseWrite('repos.createAttestation');
        written.attestations.push(bundle);
        return { id: written.attestations.length };
      }),
    downloadTarball: (sha) =>
      answer(() => {
        const tarball = facts.tarballs?.[sha];
        if (!tarball) {
          throw new GitHubPortError(
            'not_found',
            'repos.downloadTarballArchive',
            `no tarball for ${sha}`,
            { status: 404 },
          );
        }
        return tarball;
      }),
  };
}
