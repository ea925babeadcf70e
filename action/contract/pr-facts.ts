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
}
