/** One file a pull request changes. */
export interface ChangedFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  /** For renames: the path before. */
  previous_path?: string;
}

/** Metadata of the pull request under gate. */
export interface PullRequestFacts {
  number: number;
  title: string;
  author: string;
  draft: boolean;
  labels: string[];
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
  /** Repository as `owner/name`. */
  repository: string;
  /** The repository the head branch lives in, as `owner/name`, when known. */
  head_repository?: string;
  /** True when the head branch lives in another repository (a fork pull request). */
  fork?: boolean;
}

/** A person as GitHub reports them: login (absent for commits by unknown emails) and kind. */
export interface Actor {
  /** GitHub login; absent when a commit's email maps to no account. */
  login?: string;
  /** True for bot accounts (`type: "Bot"` or a `[bot]` login). */
  bot: boolean;
}

/** One commit of a pull request. */
export interface CommitFacts {
  sha: string;
  message: string;
  author: Actor & { name?: string; email?: string };
  committer: Actor & { name?: string; email?: string };
}

/** One pull-request review. */
export interface ReviewFacts {
  id: number;
  reviewer: Actor;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  body: string;
  /** The head commit the review was submitted against (bind approvals to it). */
  commit_id: string | null;
  submitted_at?: string;
}

/** One conversation comment on a pull request. */
export interface CommentFacts {
  id: number;
  author: Actor;
  body: string;
  created_at: string;
  updated_at: string;
  /** True when the comment was changed after it was posted (`updated_at` differs). */
  edited: boolean;
}

/** A user's permission on the repository (GitHub's legacy permission levels). */
export type RepositoryPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** A user's membership of a team: `active`, `pending` (invited), or `none`. */
export type TeamMembershipState = 'active' | 'pending' | 'none';

/** One check run on a commit. */
export interface CheckRunFacts {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  /** The app that created the check run (`github-actions` for workflow tokens). */
  app_slug: string | null;
}
