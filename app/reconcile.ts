/**
 * One evaluation of one pull request: read everything fresh from GitHub (stateless — the only
 * memory is the app's own check run, which only the app can write), run the pure approval
 * evaluation, and write back the check run, the one bot comment, a reaction, reviewer
 * requests, review dismissals, the receipt and the audit record. Writes are skipped when
 * nothing changed, so replayed and duplicate events cost reads only.
 */
import { createHash } from 'node:crypto';
import { parseCommands } from '../action/approvals/commands.js';
import { evaluateApprovals, lookupsFor } from '../action/approvals/evaluate.js';
import { buildReceipt, signReceipt } from '../action/approvals/receipt.js';
import {
  APPROVAL_COMMENT_MARKER,
  approvalCheckName,
  renderApprovalCheck,
  renderApprovalComment,
} from '../action/approvals/render.js';
import type { ApprovalsConfig, Evaluation, VerdictState } from '../action/approvals/types.js';
import { establishVerdict } from '../action/approvals/verdict-trust.js';
import type { CommitFacts } from '../action/contract/pr-facts.js';
import type { AppGitHub } from './github.js';
import { chooseHeadState, ourRuns, type Trigger } from './head-state.js';
import type { AppMetrics } from './metrics.js';
import type { AppOptions } from './options.js';
import { loadConfig, lookUp, readPullFacts, UNCONFIGURED } from './pull-facts.js';
import { countDecision, record, recordEvaluation } from './record.js';

export type { Trigger } from './head-state.js';

/** Shared state of one app instance: metrics and the cache of immutable facts. */
export interface ReconcileDeps {
  options: AppOptions;
  metrics: AppMetrics;
  /** Commits per (repository, pull, head, base): immutable, so cacheable. */
  commitCache: Map<string, CommitFacts[]>;
}

/** What one evaluation decided and wrote. */
export interface ReconcileResult {
  check: string;
  evaluation?: Evaluation;
  wrote: boolean;
  ended?: string;
}

function digest(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/** Evaluates one pull request and writes the outcome. Throws classified errors. */
export async function reconcile(
  gh: AppGitHub,
  pull: number,
  trigger: Trigger,
  deps: ReconcileDeps,
): Promise<ReconcileResult> {
  const { options, metrics } = deps;
  const now = options.now();
  const appLogin = `${options.appSlug}[bot]`;
  const pr = await gh.getPull(pull);
  const check = approvalCheckName(pr.base_ref);
  const runs = await gh.listCheckRuns(pr.head_sha);
  const ours = ourRuns(runs, check, options.appSlug);

  if (trigger.retargetedFrom !== undefined && trigger.retargetedFrom !== pr.base_ref) {
    const oldCheck = approvalCheckName(trigger.retargetedFrom);
    const old = ourRuns(runs, oldCheck, options.appSlug)[0];
    const why = `the pull request was retargeted from ${trigger.retargetedFrom} to ${pr.base_ref}`;
    record(options, 'APPROVAL_REQUEST_ENDED', 'PAUSE_FOR_HITL', pr, oldCheck, { why });
    if (old && old.conclusion !== 'cancelled')
      await gh.writeCheckRun(old.id, {
        name: oldCheck,
        head_sha: pr.head_sha,
        conclusion: 'cancelled',
        title: `Request ended: ${why}`,
        summary: `The approval request for ${trigger.retargetedFrom} ended: ${why}. Approvals given for ${trigger.retargetedFrom} do not carry over; ${check} decides now.`,
        text: old.text ?? '',
        external_id: 'ended',
      });
  }

  if (pr.state === 'closed') {
    const why = pr.merged ? 'the pull request was merged' : 'the pull request was closed';
    record(options, 'APPROVAL_REQUEST_ENDED', 'RUN', pr, check, { why });
    const mine = ours[0];
    if (!pr.merged && mine && mine.conclusion !== 'cancelled' && mine.conclusion !== 'success') {
      await gh.writeCheckRun(mine.id, {
        name: check,
        head_sha: pr.head_sha,
        conclusion: 'cancelled',
        title: `Request ended: ${why}`,
        summary: `The approval request ended: ${why}.`,
        text: mine.text ?? '',
        external_id: 'ended',
      });
    }
    return { check, wrote: false, ended: why };
  }

  const cfg = await loadConfig(gh, pr, options);
  const head = chooseHeadState(ours, pr, trigger, now);
  let verdict: VerdictState;
  let config: ApprovalsConfig | undefined;
  if ('code' in cfg) {
    verdict = { status: 'untrusted', code: cfg.code, message: cfg.message };
  } else {
    config = cfg;
    verdict = establishVerdict(runs, pr, cfg, {
      ...(options.trustedRoot === undefined ? {} : { trustedRoot: options.trustedRoot }),
      serverUrl: options.serverUrl,
    });
  }

  const isVoteEvent =
    trigger.commentId !== undefined || trigger.event.startsWith('pull_request_review');
  // Read only what can matter: votes when a verified verdict waits for them (or a vote needs
  // feedback), reviews on a push (to dismiss stale approvals).
  const readVotes =
    config !== undefined &&
    verdict.status === 'verified' &&
    (verdict.decision === 'PAUSE_FOR_HITL' || isVoteEvent);
  const { reviews, comments, commits } = await readPullFacts(gh, pull, pr, {
    verdict,
    readVotes,
    dismissStale: trigger.push !== undefined && config !== undefined,
    commitCache: deps.commitCache,
  });
  const effectiveConfig: ApprovalsConfig = config ?? UNCONFIGURED;
  const input = {
    pr,
    config: effectiveConfig,
    verdict,
    reviews,
    comments,
    commits,
    head,
    appLogin,
  };
  const authz = await lookUp(gh, lookupsFor(input));
  const evaluation = evaluateApprovals(input, authz);

  // Invalidation: approving reviews of earlier heads are dismissed so GitHub's UI agrees.
  if (trigger.push) {
    for (const r of reviews)
      if (r.state === 'APPROVED' && r.commit_id !== pr.head_sha)
        await gh.dismissReview(
          pull,
          r.id,
          `Maestro Gate: new commits (${pr.head_sha.slice(0, 7)}) void approvals of earlier heads.`,
        );
  }

  // Reviewers, once per person per head.
  const req = evaluation.requestReviewers;
  if (req.users.length + req.teams.length > 0) {
    await gh.requestReviewers(pull, req.users, req.teams);
    head.requested = [
      ...new Set([...head.requested, ...req.users, ...req.teams.map((t) => `team:${t}`)]),
    ].sort();
  }

  // The check run: rewritten only when its content changes.
  const id = `${evaluation.reason_code}:${digest([evaluation.conclusion, evaluation.title, evaluation.approvals, evaluation.rejections, evaluation.ignored, head, verdict.status === 'verified' ? verdict.digest : verdict])}`;
  const mine = ours[0];
  let wrote = false;
  if (trigger.force || mine === undefined || mine.external_id !== id) {
    const statement = buildReceipt({
      pr,
      verdict,
      evaluation,
      appLogin,
      check,
      now,
      serverUrl: options.serverUrl,
    });
    const receipt = statement ? await signReceipt(statement, options.receiptKey) : undefined;
    const out = renderApprovalCheck(evaluation, verdict, head, receipt);
    await gh.writeCheckRun(trigger.force ? undefined : mine?.id, {
      name: check,
      head_sha: pr.head_sha,
      conclusion: evaluation.conclusion,
      title: out.title,
      summary: out.summary,
      text: out.text,
      external_id: id,
    });
    wrote = true;
    const previous = mine?.external_id?.split(':')[0];
    countDecision(metrics, evaluation, previous, pr.repository);
    recordEvaluation(options, evaluation, pr, check, receipt);
  }

  // Feedback: one comment, updated in place; a reaction on the command that triggered this.
  if (
    readVotes &&
    (evaluation.decision === 'PAUSE_FOR_HITL' ||
      evaluation.ignored.length > 0 ||
      evaluation.rejections.length > 0 ||
      evaluation.approvals.length > 0)
  ) {
    const body = renderApprovalComment(evaluation, check);
    // Replicas racing on a first event may both create it: the oldest stays, others go.
    const [existing, ...extra] = comments
      .filter((c) => c.author.login === appLogin && c.body.startsWith(APPROVAL_COMMENT_MARKER))
      .sort((a, b) => a.id - b.id);
    if (!existing) await gh.createComment(pull, body);
    else if (existing.body !== body) await gh.updateComment(existing.id, body);
    for (const c of extra) await gh.deleteComment(c.id);
  }
  if (trigger.commentId !== undefined) {
    const c = comments.find((x) => x.id === trigger.commentId);
    if (c && !c.author.bot && c.author.login !== appLogin) {
      const p = parseCommands(c.body);
      if (p.commands.length + p.lookalikes.length > 0) {
        const counted = [...evaluation.approvals, ...evaluation.rejections].some(
          (v) => v.source === 'comment' && v.id === c.id,
        );
        await gh.react(c.id, counted ? '+1' : 'confused');
      }
    }
  }
  for (const i of evaluation.ignored) metrics.ignored.inc({ why: i.why });
  return { check, evaluation, wrote };
}
