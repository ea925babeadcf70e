/**
 * The pure approval evaluation (no I/O, no clock): from the signed verdict, the pull
 * request's reviews, comments and commits, the head state and the authorisations looked up
 * at evaluation time, it decides the approval check. It runs in two steps so that the edge
 * looks up only what can matter: `lookupsFor` names the authorisation facts to fetch for the
 * votes that survive every cheaper rule, `evaluateApprovals` decides.
 */
import type { ReasonCode } from '../contract/codebook.js';
import type { Actor, RepositoryPermission } from '../contract/pr-facts.js';
import { parseCommands } from './commands.js';
import type {
  Authorisations,
  CountedVote,
  Evaluation,
  EvaluationInput,
  IgnoredVote,
  Lookup,
} from './types.js';

/** A vote before authorisation: it survived every rule that needs no lookup. */
interface Candidate extends CountedVote {
  /** Its position among all votes (reviews and comments by time), for "latest vote wins". */
  order: number;
}

const RANK: Record<RepositoryPermission, number> = {
  none: 0,
  read: 1,
  triage: 2,
  write: 3,
  maintain: 4,
  admin: 5,
};

const lower = (s: string): string => s.toLowerCase();

/** Logins of everyone who wrote or committed a commit of the pull request. */
function commitPeople(input: EvaluationInput): Set<string> {
  const people = new Set<string>();
  for (const c of input.commits) {
    if (c.author.login) people.add(lower(c.author.login));
    if (c.committer.login) people.add(lower(c.committer.login));
  }
  return people;
}

function isBot(actor: Actor): boolean {
  return actor.bot || (actor.login?.endsWith('[bot]') ?? false);
}

/**
 * Applies every rule that needs no lookup. Returns the surviving candidates (one per person:
 * the latest) and the ignored votes with their reasons.
 */
function screen(input: EvaluationInput): { candidates: Candidate[]; ignored: IgnoredVote[] } {
  const ignored: IgnoredVote[] = [];
  const raw: Candidate[] = [];
  const since = Date.parse(input.head.head_since);
  const people = commitPeople(input);
  const author = lower(input.pr.author);
  const pusher = input.head.pusher === null ? undefined : lower(input.head.pusher);
  const app = lower(input.appLogin);

  type Raw = { actor: Actor; source: 'review' | 'comment'; id: number; at: string };
  const exclude = (v: Raw): IgnoredVote | undefined => {
    const login = v.actor.login ?? '(unknown)';
    const base = { login, source: v.source, id: v.id };
    if (v.actor.login === undefined)
      return { ...base, why: 'not-authorised', detail: 'the author has no GitHub account' };
    const l = lower(login);
    if (l === app) return { ...base, why: 'app', detail: 'this app never approves its own checks' };
    if (isBot(v.actor)) return { ...base, why: 'bot', detail: `${login} is a bot` };
    if (l === author) return { ...base, why: 'author', detail: `${login} opened the pull request` };
    if (people.has(l))
      return { ...base, why: 'commit-author', detail: `${login} wrote or committed a commit` };
    if (pusher !== undefined && l === pusher)
      return { ...base, why: 'last-pusher', detail: `${login} pushed the head commit` };
    const at = Date.parse(v.at);
    if (!Number.isFinite(at) || !Number.isFinite(since) || at < since)
      return {
        ...base,
        why: 'before-head',
        detail: `given before ${input.pr.head_sha.slice(0, 7)} became the head (${input.head.head_since})`,
      };
    return undefined;
  };

  let order = 0;
  for (const r of input.reviews) {
    order++;
    if (r.state !== 'APPROVED') continue;
    const login = r.reviewer.login ?? '(unknown)';
    if (r.commit_id !== input.pr.head_sha) {
      ignored.push({
        login,
        source: 'review',
        id: r.id,
        why: 'old-head',
        detail: `approved ${r.commit_id?.slice(0, 7) ?? 'an unknown commit'}, not the head ${input.pr.head_sha.slice(0, 7)}`,
      });
      continue;
    }
    const at = r.submitted_at ?? '';
    const raw0: Raw = { actor: r.reviewer, source: 'review', id: r.id, at };
    let why = exclude(raw0);
    // A review names its commit: only a push back to an approved SHA makes it predate the head.
    if (why?.why === 'before-head' && input.config.reviveOnForcePushBack) why = undefined;
    if (why) ignored.push(why);
    else
      raw.push({
        login,
        vote: 'approve',
        source: 'review',
        id: r.id,
        reason: r.body.trim() || 'approving review',
        at,
        order,
      });
  }
  for (const c of input.comments) {
    order++;
    const parsed = parseCommands(c.body);
    if (parsed.commands.length === 0 && parsed.lookalikes.length === 0) continue;
    const login = c.author.login ?? '(unknown)';
    const base = { login, source: 'comment' as const, id: c.id };
    const why = exclude({ actor: c.author, source: 'comment', id: c.id, at: c.created_at });
    if (why?.why === 'app' || why?.why === 'bot') continue; // never answer bots
    if (parsed.lookalikes.length > 0) {
      ignored.push({
        ...base,
        why: 'homoglyph',
        detail: `line ${parsed.lookalikes[0]} imitates a command with look-alike or invisible characters; type /approve or /reject in plain ASCII`,
      });
      continue;
    }
    if (why) {
      ignored.push(why);
      continue;
    }
    if (c.edited) {
      ignored.push({
        ...base,
        why: 'edited',
        detail: 'the comment was edited after it was posted; post a new comment',
      });
      continue;
    }
    const verbs = new Set(parsed.commands.map((x) => x.verb));
    if (verbs.size > 1) {
      ignored.push({ ...base, why: 'conflicting', detail: 'both /approve and /reject' });
      continue;
    }
    const cmd = parsed.commands[parsed.commands.length - 1]!;
    if (cmd.reason === '') {
      ignored.push({
        ...base,
        why: 'no-reason',
        detail: `/${cmd.verb} needs a reason: /${cmd.verb} <why>`,
      });
      continue;
    }
    raw.push({
      login,
      vote: cmd.verb,
      source: 'comment',
      id: c.id,
      reason: cmd.reason,
      at: c.created_at,
      order,
    });
  }
  // One vote per person: the latest counts, earlier ones are reported as duplicates.
  raw.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.order - b.order);
  const latest = new Map<string, Candidate>();
  for (const v of raw) {
    const prev = latest.get(lower(v.login));
    if (prev)
      ignored.push({
        login: prev.login,
        source: prev.source,
        id: prev.id,
        why: 'duplicate',
        detail: `${prev.login} voted again later; one vote per person`,
      });
    latest.set(lower(v.login), v);
  }
  return { candidates: [...latest.values()], ignored };
}

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

/** Groups a user may belong to: the config's approvers, narrowed by the verdict's groups. */
function groups(input: EvaluationInput): { users: string[]; teams: string[] } {
  const v = input.verdict;
  const named = v.status === 'verified' ? v.approver_groups.map((g) => g.replace(/^@/, '')) : [];
  return {
    users: named.filter((g) => !g.includes('/')),
    teams: named.filter((g) => g.includes('/')),
  };
}

/**
 * The authorisation facts to look up for the votes that passed every other rule. Users listed
 * by name need no lookup; team memberships and permissions do.
 */
export function lookupsFor(input: EvaluationInput): Lookup[] {
  if (input.verdict.status !== 'verified' || input.verdict.decision !== 'PAUSE_FOR_HITL') return [];
  const { candidates } = screen(input);
  const out: Lookup[] = [];
  const cfg = input.config.approvers;
  const g = groups(input);
  const teamLookup = (login: string, t: string): Lookup => {
    const [org, team] = t.split('/') as [string, string];
    return { kind: 'team', login, org, team };
  };
  for (const c of candidates) {
    const l = lower(c.login);
    if (!cfg.users.some((u) => lower(u) === l)) {
      for (const t of cfg.teams) out.push(teamLookup(c.login, t));
      if (cfg.minPermission !== undefined) out.push({ kind: 'permission', login: c.login });
    }
    if (!g.users.some((u) => lower(u) === l))
      for (const t of g.teams) if (!cfg.teams.includes(t)) out.push(teamLookup(c.login, t));
  }
  return out;
}

/** `login org/team` key of a team lookup. */
export function teamKey(login: string, orgTeam: string): string {
  return `${lower(login)} ${lower(orgTeam)}`;
}

function authorised(
  login: string,
  input: EvaluationInput,
  authz: Authorisations,
): { ok: true } | { ok: false; detail: string } {
  const l = lower(login);
  const cfg = input.config.approvers;
  const inTeam = (t: string): boolean | 'unreadable' => {
    const s = authz.team.get(teamKey(login, t));
    return s === 'unreadable' ? 'unreadable' : s === 'active';
  };
  let unreadable = false;
  let ok = cfg.users.some((u) => lower(u) === l);
  for (const t of cfg.teams) {
    if (ok) break;
    const m = inTeam(t);
    if (m === 'unreadable') unreadable = true;
    else ok = m;
  }
  if (!ok && cfg.minPermission !== undefined) {
    const p = authz.permission.get(l) ?? authz.permission.get(login);
    if (p === 'unreadable') unreadable = true;
    else if (p !== undefined) ok = RANK[p] >= RANK[cfg.minPermission];
  }
  if (!ok)
    return {
      ok: false,
      detail: unreadable
        ? `${login}: membership or permission could not be read (a workflow token cannot read team membership)`
        : `${login} is not an approver (${describeApprovers(input).join('; ')})`,
    };
  const g = groups(input);
  if (g.users.length + g.teams.length > 0) {
    const inGroup = g.users.some((u) => lower(u) === l) || g.teams.some((t) => inTeam(t) === true);
    if (!inGroup)
      return {
        ok: false,
        detail: `${login} is not in the groups the verdict names (${[...g.users, ...g.teams].join(', ')})`,
      };
  }
  return { ok: true };
}

function describeApprovers(input: EvaluationInput): string[] {
  const a = input.config.approvers;
  const out: string[] = [];
  if (a.users.length) out.push(`users ${a.users.map((u) => `@${u}`).join(', ')}`);
  if (a.teams.length) out.push(`active members of ${a.teams.map((t) => `@${t}`).join(', ')}`);
  if (a.minPermission) out.push(`anyone with ${a.minPermission} permission`);
  const g = groups(input);
  if (g.users.length + g.teams.length > 0)
    out.push(
      `and in ${[...g.users, ...g.teams].map((x) => `@${x}`).join(', ')} (named by the gate)`,
    );
  return out;
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
