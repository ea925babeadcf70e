/**
 * The pull-request facts port: everything Maestro Gate may know about a pull request, and the
 * few things it writes back. The Action builds it from Octokit (`octokit-adapter.ts`), the
 * approval app from Probot's Octokit, tests from `createStaticPort` (`static-port.ts`). Core
 * code depends on these interfaces only; it never asks which adapter it holds.
 *
 * Every list method returns the complete list (adapters paginate); a method never makes one
 * request per file. Errors are thrown as `GitHubPortError` so callers can tell "the token may
 * not do this" from "GitHub failed".
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

/** Which snapshot of a pull request a file is read from, or an explicit commit SHA. */
export type FileRef = 'base' | 'head' | { sha: string };

/** Read access to one repository's pull requests. */
export interface PullRequestFactsPort {
  /** The repository, as `owner/name`. */
  readonly repository: string;
  /** Metadata: author, refs and SHAs, draft, labels, title, fork. */
  getPullRequest(pull: number): Promise<PullRequestFacts>;
  /** Every changed file with status and line counts (GitHub lists at most 3000). */
  listChangedFiles(pull: number): Promise<ChangedFile[]>;
  /**
   * A file's text at the base or head of the pull request (or at a SHA); `undefined` when the
   * file does not exist there.
   */
  getFileContent(pull: number, path: string, ref: FileRef): Promise<string | undefined>;
  /** Commits with their authors and committers (GitHub lists at most 250). */
  listCommits(pull: number): Promise<CommitFacts[]>;
  listReviews(pull: number): Promise<ReviewFacts[]>;
  /** Conversation comments with their edit state. */
  listComments(pull: number): Promise<CommentFacts[]>;
  /** The user's permission on the repository; `none` for users without access. */
  getCollaboratorPermission(login: string): Promise<RepositoryPermission>;
  /**
   * Membership of `org/team`. A plain `GITHUB_TOKEN` cannot read team membership: the
   * adapter throws `GitHubPortError` with kind `forbidden` rather than answering `none`.
   */
  getTeamMembership(org: string, teamSlug: string, login: string): Promise<TeamMembershipState>;
  /** Check runs on a commit. */
  listCheckRuns(sha: string): Promise<CheckRunFacts[]>;
  /**
   * Whether GitHub reports `branch` as protected. Optional: a port without it (or a failing
   * call) leaves the status unknown, which callers treat as protected.
   */
  getBranchProtected?(branch: string): Promise<boolean>;
}

/** The check run Maestro Gate publishes. */
export interface CheckRunRequest {
  name: string;
  head_sha: string;
  conclusion: 'success' | 'action_required' | 'failure' | 'neutral';
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckRunAnnotation[];
  /** Machine-readable identifier of the run, e.g. the run id. */
  external_id?: string;
}

/** One check-run annotation (GitHub accepts at most 50 per request). */
export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

/** Write access: the check run, the sticky comment, and the base snapshot download. */
export interface PullRequestPublisher {
  /** Creates a completed check run; returns its id and URL. */
  createCheckRun(request: CheckRunRequest): Promise<{ id: number; html_url: string | null }>;
  /**
   * Creates the one comment that carries `marker` or updates it in place; never creates a
   * second one. Returns whether it was created or updated.
   */
  upsertStickyComment(
    pull: number,
    marker: string,
    body: string,
  ): Promise<{ id: number; action: 'created' | 'updated' }>;
}

/** Stores keyless Sigstore bundles with GitHub's attestations API. */
export interface AttestationPublisher {
  /**
   * `POST /repos/{owner}/{repo}/attestations` with one Sigstore bundle; returns the
   * attestation id. Needs `attestations: write` (and `id-token: write` to have a keyless bundle).
   */
  createAttestation(bundle: Record<string, unknown>): Promise<{ id: number }>;
}

/** Downloads a commit's tree (a gzip'd tarball), for materialising the base snapshot. */
export interface RepositoryArchivePort {
  downloadTarball(sha: string): Promise<Uint8Array>;
}

/** The whole GitHub edge the Action uses. */
export interface GitHubPort
  extends PullRequestFactsPort, PullRequestPublisher, AttestationPublisher, RepositoryArchivePort {}

/** What went wrong talking to GitHub. */
export type GitHubErrorKind =
  /** 401/403: the token may not do this (fork pull requests get read-only tokens). */
  | 'forbidden'
  /** 404 on something that must exist. */
  | 'not_found'
  /** Rate limit, 5xx, malformed response. */
  | 'unavailable'
  /** No HTTP answer at all: refused or reset connection, DNS failure, request timeout. */
  | 'network';

/** A failed GitHub request, classified. */
export class GitHubPortError extends Error {
  override readonly name: string = 'GitHubPortError';
  readonly kind: GitHubErrorKind;
  readonly status: number | undefined;
  /** The operation, e.g. `checks.create`. */
  readonly operation: string;

  constructor(
    kind: GitHubErrorKind,
    operation: string,
    message: string,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.operation = operation;
    this.status = options.status;
  }
}

/** The marker that identifies Maestro Gate's sticky comment (hidden in rendered Markdown). */
export const STICKY_COMMENT_MARKER = '<!-- maestro-gate:sticky-comment -->';

/** The check run's name. */
export const CHECK_RUN_NAME = 'maestro-gate';
