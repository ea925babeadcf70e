/** The pull request's changed files, listed through the GitHub port; a short list fails closed. */
import { describeThrown, MaestroError } from '../contract/errors.js';
import type { ChangedFile, PullRequestFacts } from '../contract/pr-facts.js';
import { GitHubPortError, type GitHubPort } from '../github/port.js';

/** GitHub lists at most this many files of a pull request. */
const GITHUB_FILE_LIST_LIMIT = 3000;

/** Lists the pull request's files through the port; a short list fails closed. */
export async function changedFilesOf(
  port: GitHubPort,
  pr: PullRequestFacts,
  expected: number | undefined,
): Promise<ChangedFile[]> {
  let files: ChangedFile[];
  try {
    files = await port.listChangedFiles(pr.number);
  } catch (thrown) {
    const kind = thrown instanceof GitHubPortError ? thrown.kind : undefined;
    const hint =
      kind === 'forbidden' || kind === 'not_found' ? ' The token needs `pull-requests: read`.' : '';
    throw new MaestroError(
      kind === 'network' ? 'GITHUB_NETWORK' : 'PR_FACTS_UNAVAILABLE',
      `cannot list the files of pull request #${pr.number}: ${describeThrown(thrown)}.${hint}`,
      { cause: thrown },
    );
  }
  if (expected !== undefined && files.length < expected) {
    throw new MaestroError(
      'PR_FACTS_UNAVAILABLE',
      `pull request #${pr.number} changes ${expected} files but GitHub listed ${files.length}${expected > GITHUB_FILE_LIST_LIMIT ? ` (GitHub lists at most ${GITHUB_FILE_LIST_LIMIT})` : ''}; a gate must not judge a partial diff. Split the pull request.`,
    );
  }
  return files;
}
