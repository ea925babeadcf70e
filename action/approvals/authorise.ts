/**
 * Who may approve: the configured approvers (users, teams, a minimum permission) narrowed by
 * the groups the verdict names, the lookups that decides, and the check of one voter.
 */
import type { RepositoryPermission } from '../contract/pr-facts.js';
import { lower, screen } from './screen.js';
import type { Authorisations, EvaluationInput, Lookup } from './types.js';

const RANK: Record<RepositoryPermission, number> = {
  none: 0,
  read: 1,
  triage: 2,
  write: 3,
  maintain: 4,
  admin: 5,
};

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

/** Whether `login` may approve: an approver, and in the verdict's groups when it names any. */
export function authorised(
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

/** Who may approve, in words (for the check run and the not-authorised detail). */
export function describeApprovers(input: EvaluationInput): string[] {
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
