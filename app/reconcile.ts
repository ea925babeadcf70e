/**
 * One evaluation of one pull request: read everything fresh from GitHub (stateless — the only
 * memory is the app's own check run, which only the app can write), run the pure approval
 * evaluation, and write back the check run, the one bot comment, a reaction, reviewer
 * requests, review dismissals, the receipt and the audit record. Writes are skipped when
 * nothing changed, so replayed and duplicate events cost reads only.
 */
import { createHash } from 'node:crypto';
import { approvalsConfig } from '../action/approvals/config.js';
import { parseCommands } from '../action/approvals/commands.js';
import { evaluateApprovals, lookupsFor, teamKey } from '../action/approvals/evaluate.js';
import { buildReceipt, humanOperatorId, signReceipt } from '../action/approvals/receipt.js';
import {
  APPROVAL_COMMENT_MARKER,
  approvalCheckName,
  parseHeadState,
  renderApprovalCheck,
  renderApprovalComment,
} from '../action/approvals/render.js';
import type {
  ApprovalsConfig,
  Authorisations,
  Evaluation,
  HeadState,
  VerdictState,
} from '../action/approvals/types.js';
import { establishVerdict } from '../action/approvals/verdict-trust.js';
import { parseConfig } from '../action/config/load.js';
import type { ReasonCode } from '../action/contract/codebook.js';
import { MaestroError } from '../action/contract/errors.js';
import type { CommentFacts, CommitFacts, ReviewFacts } from '../action/contract/pr-facts.js';
import { GitHubPortError } from '../action/github/port.js';
import type { AppCheckRun, AppGitHub, AppPullRequest } from './github.js';
import type { AppMetrics } from './metrics.js';
import type { AppOptions } from './options.js';

/** What caused this evaluation. */
export interface Trigger {
  event: string;
  /** A push made this head current (`synchronize`, `opened`, `reopened`). */
  push?: { head_sha: string; at: string; pusher: string };
  /** The base branch before a retarget. */
  retargetedFrom?: string;
  /** When the event happened (GitHub's time), for heads first seen by this event. */
  at?: string;
  /** The comment that carried a command (it gets a reaction). */
  commentId?: number;
  /** Rewrite the check even when nothing changed (a forged check or status was seen). */
  force?: boolean;
}

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

const COMMIT_CACHE_LIMIT = 2000;

function digest(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/** The newest of the app's check runs of `name` on the head, or `undefined`. */
function ourRuns(runs: AppCheckRun[], name: string, slug: string): AppCheckRun[] {
  return runs.filter((r) => r.name === name && r.app_slug === slug).sort((a, b) => b.id - a.id);
}

/**
 * The head state: a push event's own facts win; otherwise the app's earlier check runs on this
 * head and base (the latest push, else the latest first sighting); otherwise "first seen now",
 * which voids every earlier vote (fail closed).
 */
export function chooseHeadState(
  ours: AppCheckRun[],
  pr: AppPullRequest,
  trigger: Trigger,
  now: Date,
): HeadState {
  const states = ours
    .map((r) => parseHeadState(r.text))
    .filter(
      (s): s is HeadState =>
        s !== undefined && s.head_sha === pr.head_sha && s.base_ref === pr.base_ref,
    );
  const requested = [...new Set(states.flatMap((s) => s.requested))].sort();
  const pushes = states.filter((s) => s.source === 'push');
  if (trigger.push && trigger.push.head_sha === pr.head_sha)
    pushes.push({
      head_sha: pr.head_sha,
      base_ref: pr.base_ref,
      head_since: trigger.push.at,
      source: 'push',
      pusher: trigger.push.pusher,
      requested: [],
    });
  const latest = (list: HeadState[]): HeadState =>
    list.reduce((a, b) => (Date.parse(b.head_since) > Date.parse(a.head_since) ? b : a));
  const chosen =
    pushes.length > 0
      ? latest(pushes)
      : states.length > 0
        ? latest(states)
        : {
            head_sha: pr.head_sha,
            base_ref: pr.base_ref,
            head_since: trigger.retargetedFrom && trigger.at ? trigger.at : now.toISOString(),
            source: 'first-seen' as const,
            pusher: null,
            requested: [],
          };
  return { ...chosen, requested };
}

async function loadConfig(
  gh: AppGitHub,
  pr: AppPullRequest,
  options: AppOptions,
): Promise<ApprovalsConfig | { code: ReasonCode; message: string }> {
  const text = await gh.getFile(options.configPath, pr.default_branch);
  const where = `${options.configPath} on ${pr.default_branch}`;
  if (text === undefined)
    return {
      code: 'CONFIG_NOT_CONFIGURED',
      message: `${where}: not found. The approval app reads its rules from the default branch only.`,
    };
  const loaded = parseConfig(text, where);
  if (!loaded.ok)
    return { code: loaded.code, message: loaded.findings.map((f) => f.message).join('\n') };
  try {
    return approvalsConfig(loaded.config, pr.repository);
  } catch (e) {
    if (e instanceof MaestroError) return { code: e.code, message: e.message };
    throw e;
  }
}

async function lookUp(
  gh: AppGitHub,
  lookups: ReturnType<typeof lookupsFor>,
): Promise<Authorisations> {
  const authz: Authorisations = { permission: new Map(), team: new Map() };
  const unreadable = (e: unknown): 'unreadable' => {
    if (e instanceof GitHubPortError && e.kind === 'forbidden') return 'unreadable';
    throw e;
  };
  for (const l of lookups) {
    if (l.kind === 'permission') {
      const key = l.login.toLowerCase();
      if (authz.permission.has(key)) continue;
      authz.permission.set(
        key,
        await gh.facts.getCollaboratorPermission(l.login).catch(unreadable),
      );
    } else {
      const key = teamKey(l.login, `${l.org}/${l.team}`);
      if (authz.team.has(key)) continue;
      authz.team.set(
        key,
        await gh.facts.getTeamMembership(l.org, l.team, l.login).catch(unreadable),
      );
    }
  }
  return authz;
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
  let reviews: ReviewFacts[] = [];
  let comments: CommentFacts[] = [];
  let commits: CommitFacts[] = [];
  if (readVotes) {
    [reviews, comments] = await Promise.all([
      gh.facts.listReviews(pull),
      gh.facts.listComments(pull),
    ]);
  } else if (trigger.push !== undefined && config !== undefined) {
    reviews = await gh.facts.listReviews(pull);
  }
  if (readVotes) {
    if (verdict.status === 'verified' && verdict.decision === 'PAUSE_FOR_HITL') {
      const key = `${pr.repository}#${pull}@${pr.head_sha}..${pr.base_sha}`;
      const cached = deps.commitCache.get(key);
      if (cached) commits = cached;
      else {
        commits = await gh.facts.listCommits(pull);
        if (deps.commitCache.size >= COMMIT_CACHE_LIMIT) deps.commitCache.clear();
        deps.commitCache.set(key, commits);
      }
    }
  }

  const effectiveConfig: ApprovalsConfig = config ?? {
    required: 1,
    highRiskRequired: 2,
    highRiskReasons: [],
    approvers: { users: [], teams: [], minPermission: undefined },
    signer: { kind: 'key', publicKeyPem: '' },
    gateCheck: 'maestro-gate',
    gateApp: 'github-actions',
    reviveOnForcePushBack: false,
    requestReviewers: false,
  };
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

function countDecision(
  metrics: AppMetrics,
  e: Evaluation,
  previous: string | undefined,
  repository: string,
): void {
  metrics.decisions.inc({ reason_code: e.reason_code });
  if (previous === e.reason_code) return;
  if (e.reason_code === 'APPROVAL_PENDING') metrics.escalations.inc({ repository });
  if (e.reason_code === 'APPROVAL_GRANTED')
    metrics.approvals.inc({
      source: e.approvals
        .map((a) => a.source)
        .sort()
        .join('+'),
    });
  if (e.reason_code === 'APPROVAL_REJECTED')
    metrics.rejections.inc({ source: e.rejections[0]?.source ?? 'unknown' });
}

/** Records an audit line about a pull request (layer `approval`). */
export function record(
  options: AppOptions,
  code: ReasonCode,
  decision: 'RUN' | 'PAUSE_FOR_HITL' | 'STOPPED',
  pr: { repository: string; number: number; head_sha: string },
  check: string,
  details: Record<string, unknown>,
  human?: string,
): void {
  options.audit.record({
    layer: 'approval',
    decision,
    reason_code: code,
    sealed: false,
    overrideable: decision === 'PAUSE_FOR_HITL',
    final_decider: human === undefined ? 'SYSTEM' : 'USER',
    artifact_id: `${pr.repository}#${pr.number}@${pr.head_sha}`,
    ...(human === undefined ? {} : { human_operator_id: humanOperatorId(human) }),
    details: { check, ...details },
  });
}

function recordEvaluation(
  options: AppOptions,
  e: Evaluation,
  pr: AppPullRequest,
  check: string,
  receipt: Record<string, unknown> | undefined,
): void {
  options.audit.record({
    layer: 'approval',
    decision: e.decision,
    reason_code: e.reason_code,
    sealed: e.sealed,
    overrideable: e.decision === 'PAUSE_FOR_HITL',
    final_decider: 'SYSTEM',
    artifact_id: `${pr.repository}#${pr.number}@${pr.head_sha}`,
    details: {
      check,
      title: e.title,
      needed: e.needed,
      ignored: e.ignored.map((i) => ({ login: i.login, why: i.why })),
    },
  });
  const human =
    e.reason_code === 'APPROVAL_GRANTED'
      ? e.approvals
      : e.reason_code === 'APPROVAL_REJECTED'
        ? e.rejections
        : [];
  const receiptDigest =
    receipt === undefined
      ? undefined
      : createHash('sha256').update(JSON.stringify(receipt)).digest('hex');
  for (const v of human)
    options.audit.record({
      layer: 'approval',
      decision: e.decision,
      reason_code: 'HITL_DECIDED',
      sealed: false,
      overrideable: false,
      final_decider: 'USER',
      artifact_id: `${pr.repository}#${pr.number}@${pr.head_sha}`,
      human_operator_id: humanOperatorId(v.login),
      details: {
        check,
        vote: v.vote,
        source: v.source,
        id: v.id,
        reason: v.reason,
        at: v.at,
        ...(receiptDigest === undefined ? {} : { receipt_sha256: receiptDigest }),
      },
    });
}
