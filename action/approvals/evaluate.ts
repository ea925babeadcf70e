/**
 * The pure approval evaluation (no I/O, no clock): from the signed verdict, the pull
 * request's reviews, comments and commits, the head state and the authorisations looked up
 * at evaluation time, it decides the approval check. It runs in two steps so that the edge
 * looks up only what can matter: `lookupsFor` names the authorisation facts to fetch for the
 * votes that survive every cheaper rule, `evaluateApprovals` decides.
 */
import type { ReasonCode } from '../contract/codebook.js';
import { authorised, describeApprovers } from './authorise.js';
import { commitPeople, lower, screen } from './screen.js';
import type {
  Authorisations,
  CountedVote,
  Evaluation,
  EvaluationInput,
  IgnoredVote,
} from './types.js';

export { lookupsFor, teamKey } from './authorise.js';

function needed(input: EvaluationInput): { needed: number; highRisk: boolean } {
  const v = input.verdict;
  if (v.status !== 'verified') return { needed: input.config.required, highRisk: false };
  const highRisk = v.reason_codes.some((c) => input.config.highRiskReasons.includes(c));
  return {
    needed: Math.max(
      input.config.required,
      v.required_approvals,
      highRisk ? input.config.highRiskRequired : 0,
    ),
    highRisk,
  };
}

function base(
  input: EvaluationInput,
  fields: Pick<Evaluation, 'decision' | 'reason_code' | 'sealed' | 'conclusion' | 'title'>,
): Evaluation {
  const n = needed(input);
  return {
    ...fields,
    needed: n.needed,
    highRisk: n.highRisk,
    approvals: [],
    rejections: [],
    ignored: [],
    whoMayApprove: describeApprovers(input),
    requestReviewers: { users: [], teams: [] },
  };
}

/** Decides the approval check. Pure: the same input always gives the same evaluation. */
export function evaluateApprovals(input: EvaluationInput, authz: Authorisations): Evaluation {
  const v = input.verdict;
  if (v.status === 'pending')
    return base(input, {
      decision: 'PAUSE_FOR_HITL',
      reason_code: 'APPROVAL_VERDICT_PENDING',
      sealed: false,
      conclusion: null,
      title: `Waiting for the signed verdict of ${input.config.gateCheck}`,
    });
  if (v.status === 'untrusted')
    return base(input, {
      decision: 'STOPPED',
      reason_code: v.code,
      sealed: true,
      conclusion: 'failure',
      title: `STOPPED: the gate's verdict cannot be trusted (${v.code})`,
    });
  if (v.decision === 'RUN')
    return base(input, {
      decision: 'RUN',
      reason_code: 'APPROVAL_VERDICT_RUN',
      sealed: false,
      conclusion: 'success',
      title: 'RUN: the signed verdict needs no approval',
    });
  if (v.decision === 'STOPPED') {
    const e = base(input, {
      decision: 'STOPPED',
      reason_code: 'APPROVAL_VERDICT_STOPPED',
      sealed: v.sealed,
      conclusion: 'failure',
      title: v.sealed
        ? `STOPPED (sealed): no approval can lift it — ${v.reason_codes.join(', ')}`
        : `STOPPED: ${v.reason_codes.join(', ')}; approvals do not apply`,
    });
    e.ignored = screen(input).candidates.map((c) => ({
      login: c.login,
      source: c.source,
      id: c.id,
      why: 'not-pending',
      detail: v.sealed
        ? 'the verdict is a sealed stop: no approval can lift it; only new commits that remove the cause can'
        : 'the verdict is STOPPED: approvals only answer PAUSE_FOR_HITL',
    }));
    return e;
  }

  const { candidates, ignored } = screen(input);
  const approvals: CountedVote[] = [];
  const rejections: CountedVote[] = [];
  for (const c of candidates) {
    const a = authorised(c.login, input, authz);
    if (!a.ok) {
      ignored.push({
        login: c.login,
        source: c.source,
        id: c.id,
        why: 'not-authorised',
        detail: a.detail,
      });
      continue;
    }
    const { order: _order, ...vote } = c;
    (c.vote === 'approve' ? approvals : rejections).push(vote);
  }
  const n = needed(input);
  let fields: Pick<Evaluation, 'decision' | 'reason_code' | 'sealed' | 'conclusion' | 'title'>;
  const ignoredNote = summariseIgnored(ignored);
  if (rejections.length > 0) {
    fields = {
      decision: 'STOPPED',
      reason_code: 'APPROVAL_REJECTED',
      sealed: false,
      conclusion: 'failure',
      title: `STOPPED: rejected by ${rejections.map((r) => `@${r.login}`).join(', ')}`,
    };
  } else if (approvals.length >= n.needed) {
    fields = {
      decision: 'RUN',
      reason_code: 'APPROVAL_GRANTED',
      sealed: false,
      conclusion: 'success',
      title: `${approvals.length}/${n.needed} approvals: approved by ${approvals.map((a) => `@${a.login}`).join(', ')}`,
    };
  } else {
    fields = {
      decision: 'PAUSE_FOR_HITL',
      reason_code: 'APPROVAL_PENDING' satisfies ReasonCode,
      sealed: false,
      conclusion: 'action_required',
      title: `${approvals.length}/${n.needed} approvals${ignoredNote ? ` — ${ignoredNote}` : ''}`,
    };
  }
  const e = base(input, fields);
  e.approvals = approvals;
  e.rejections = rejections;
  e.ignored = ignored.sort((a, b) => a.id - b.id || a.why.localeCompare(b.why));
  if (fields.decision === 'PAUSE_FOR_HITL' && input.config.requestReviewers)
    e.requestReviewers = reviewersToRequest(input, approvals);
  return e;
}

const LABEL: Record<IgnoredVote['why'], string> = {
  bot: 'from a bot',
  app: 'from this app',
  author: 'from the PR author',
  'commit-author': 'from a commit author',
  'last-pusher': 'from the last pusher',
  'not-authorised': 'not authorised',
  'old-head': 'on an old head',
  'before-head': 'before the head was pushed',
  edited: 'edited',
  duplicate: 'duplicate',
  'no-reason': 'without a reason',
  homoglyph: 'look-alike command',
  conflicting: 'conflicting',
  'not-pending': 'not applicable',
};

/** "ignored 1 from the PR author, 2 on an old head". */
export function summariseIgnored(ignored: readonly IgnoredVote[]): string {
  if (ignored.length === 0) return '';
  const counts = new Map<string, number>();
  for (const i of ignored) counts.set(LABEL[i.why], (counts.get(LABEL[i.why]) ?? 0) + 1);
  return `ignored ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}`;
}

/**
 * Reviewers to request, deterministically: listed users and teams, minus the author, commit
 * authors and the pusher, minus whoever already reviewed this head, is already requested, or
 * was requested by the app on this head before (no re-request loops).
 */
function reviewersToRequest(
  input: EvaluationInput,
  approvals: CountedVote[],
): { users: string[]; teams: string[] } {
  const done = new Set<string>([
    ...input.reviews
      .filter((r) => r.commit_id === input.pr.head_sha)
      .map((r) => lower(r.reviewer.login ?? '')),
    ...approvals.map((a) => lower(a.login)),
    ...input.pr.requested_reviewers.map(lower),
    ...input.head.requested.map(lower),
    lower(input.pr.author),
    ...commitPeople(input),
    ...(input.head.pusher ? [lower(input.head.pusher)] : []),
  ]);
  const org = input.pr.repository.split('/')[0]!.toLowerCase();
  const users = [...new Set(input.config.approvers.users)]
    .filter((u) => !done.has(lower(u)))
    .sort();
  const teams = [...new Set(input.config.approvers.teams)]
    .filter((t) => lower(t.split('/')[0]!) === org)
    .map((t) => t.split('/')[1]!)
    .filter(
      (slug) =>
        !input.pr.requested_teams.map(lower).includes(lower(slug)) &&
        !input.head.requested.map(lower).includes(`team:${lower(slug)}`),
    )
    .sort();
  return { users, teams };
}
