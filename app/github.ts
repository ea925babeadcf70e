/**
 * The approval app's GitHub edge: the shared PR-facts port (built over Probot's Octokit by
 * the same adapter the Action uses) plus the few calls only the app makes — its check run,
 * its comment, reactions, reviewer requests, review dismissals and commit statuses. Every
 * failure is a classified `GitHubPortError`.
 */
import type { ProbotOctokit } from 'probot';
import { classify, createPortFromOctokit } from '../action/github/octokit-adapter.js';
import type { PullRequestFactsPort } from '../action/github/port.js';
import type { GateCheckRun } from '../action/approvals/verdict-trust.js';
import type { PullRequestState } from '../action/approvals/types.js';

/** Probot's Octokit client, as handed out per installation. */
export type AppOctokit = InstanceType<typeof ProbotOctokit>;

/** A pull request with what the app needs beyond the evaluation's view. */
export interface AppPullRequest extends PullRequestState {
  base_sha: string;
  default_branch: string;
  updated_at: string;
}

/** A check run on a commit, with its text (where the app keeps state). */
export interface AppCheckRun extends GateCheckRun {
  external_id: string | null;
  started_at: string | null;
}

/** A conversation comment with its author's login (to find the app's own). */
export interface AppComment {
  id: number;
  login: string;
  body: string;
}

async function call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (thrown) {
    throw classify(operation, thrown);
  }
}

/** The app's GitHub client for one repository. */
export class AppGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly facts: PullRequestFactsPort;

  constructor(
    private readonly octokit: AppOctokit,
    readonly repository: string,
  ) {
    const [owner, repo] = repository.split('/') as [string, string];
    this.owner = owner;
    this.repo = repo;
    this.facts = createPortFromOctokit(octokit, repository);
  }

  /** The pull request, fresh (never the webhook's copy, which a replay could make stale). */
  getPull(pull: number): Promise<AppPullRequest> {
    return call('pulls.get', async () => {
      const { data } = await this.octokit.rest.pulls.get({
        owner: this.owner,
        repo: this.repo,
        pull_number: pull,
      });
      return {
        number: data.number,
        repository: data.base.repo.full_name,
        author: data.user.login,
        head_sha: data.head.sha,
        base_ref: data.base.ref,
        base_sha: data.base.sha,
        state: data.state === 'closed' ? 'closed' : 'open',
        merged: data.merged === true,
        requested_reviewers: (data.requested_reviewers ?? []).map((u) => u.login),
        requested_teams: (data.requested_teams ?? []).map((t) => t.slug),
        default_branch: data.base.repo.default_branch,
        updated_at: data.updated_at,
      };
    });
  }

  /** A file's text on a branch (the default branch), or `undefined` when it does not exist. */
  async getFile(path: string, ref: string): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({
        owner: this.owner,
        repo: this.repo,
        path,
        ref,
      });
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
        throw classify('repos.getContent', new Error(`${path}@${ref} is not a regular file`));
      return Buffer.from(data.content, 'base64').toString('utf8');
    } catch (thrown) {
      const e = classify('repos.getContent', thrown);
      if (e.kind === 'not_found') return undefined;
      throw e;
    }
  }

  /** Every check run on a commit, with output text and owning app. */
  listCheckRuns(sha: string): Promise<AppCheckRun[]> {
    return call('checks.listForRef', async () => {
      const runs = await this.octokit.paginate(this.octokit.rest.checks.listForRef, {
        owner: this.owner,
        repo: this.repo,
        ref: sha,
        per_page: 100,
      });
      return runs.map((r) => ({
        id: r.id,
        name: r.name,
        head_sha: r.head_sha,
        status: r.status,
        conclusion: r.conclusion,
        app_slug: r.app?.slug ?? null,
        text: r.output.text ?? null,
        external_id: r.external_id ?? null,
        started_at: r.started_at ?? null,
      }));
    });
  }

  /** Creates or updates the app's check run. */
  writeCheckRun(
    existing: number | undefined,
    run: {
      name: string;
      head_sha: string;
      conclusion: 'success' | 'failure' | 'action_required' | 'cancelled' | null;
      title: string;
      summary: string;
      text: string;
      external_id: string;
    },
  ): Promise<number> {
    const status = run.conclusion === null ? 'in_progress' : 'completed';
    const output = { title: run.title, summary: run.summary, text: run.text };
    const fields = {
      owner: this.owner,
      repo: this.repo,
      status,
      external_id: run.external_id,
      output,
      ...(run.conclusion === null ? {} : { conclusion: run.conclusion }),
    } as const;
    if (existing !== undefined)
      return call('checks.update', async () => {
        const { data } = await this.octokit.rest.checks.update({
          ...fields,
          check_run_id: existing,
        });
        return data.id;
      });
    return call('checks.create', async () => {
      const { data } = await this.octokit.rest.checks.create({
        ...fields,
        name: run.name,
        head_sha: run.head_sha,
      });
      return data.id;
    });
  }

  createComment(pull: number, body: string): Promise<number> {
    return call('issues.createComment', async () => {
      const { data } = await this.octokit.rest.issues.createComment({
        owner: this.owner,
        repo: this.repo,
        issue_number: pull,
        body,
      });
      return data.id;
    });
  }

  updateComment(id: number, body: string): Promise<void> {
    return call('issues.updateComment', async () => {
      await this.octokit.rest.issues.updateComment({
        owner: this.owner,
        repo: this.repo,
        comment_id: id,
        body,
      });
    });
  }

  deleteComment(id: number): Promise<void> {
    return call('issues.deleteComment', async () => {
      await this.octokit.rest.issues.deleteComment({
        owner: this.owner,
        repo: this.repo,
        comment_id: id,
      });
    });
  }

  react(commentId: number, content: '+1' | 'confused' | 'eyes'): Promise<void> {
    return call('reactions.createForIssueComment', async () => {
      await this.octokit.rest.reactions.createForIssueComment({
        owner: this.owner,
        repo: this.repo,
        comment_id: commentId,
        content,
      });
    });
  }

  requestReviewers(pull: number, users: string[], teams: string[]): Promise<void> {
    return call('pulls.requestReviewers', async () => {
      await this.octokit.rest.pulls.requestReviewers({
        owner: this.owner,
        repo: this.repo,
        pull_number: pull,
        reviewers: users,
        team_reviewers: teams,
      });
    });
  }

  dismissReview(pull: number, reviewId: number, message: string): Promise<void> {
    return call('pulls.dismissReview', async () => {
      await this.octokit.rest.pulls.dismissReview({
        owner: this.owner,
        repo: this.repo,
        pull_number: pull,
        review_id: reviewId,
        message,
      });
    });
  }

  createStatus(
    sha: string,
    context: string,
    state: 'success' | 'failure' | 'pending',
    description: string,
  ): Promise<void> {
    return call('repos.createCommitStatus', async () => {
      await this.octokit.rest.repos.createCommitStatus({
        owner: this.owner,
        repo: this.repo,
        sha,
        context,
        state,
        description: description.slice(0, 140),
      });
    });
  }

  /** Open pull requests whose head is `sha`. */
  pullsForCommit(sha: string): Promise<number[]> {
    return call('repos.listPullRequestsAssociatedWithCommit', async () => {
      const { data } = await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        owner: this.owner,
        repo: this.repo,
        commit_sha: sha,
        per_page: 100,
      });
      return data.filter((p) => p.state === 'open' && p.head.sha === sha).map((p) => p.number);
    });
  }
}
