/**
 * The vote screen of the approval evaluation: every rule that needs no lookup (bots, the app,
 * the author, commit authors, the pusher, old heads, edited or look-alike commands, one vote per
 * person). What survives still has to be authorised (`authorise.ts`).
 */
import type { Actor } from '../contract/pr-facts.js';
import { parseCommands } from './commands.js';
import type { CountedVote, EvaluationInput, IgnoredVote } from './types.js';

/** A vote before authorisation: it survived every rule that needs no lookup. */
export interface Candidate extends CountedVote {
  /** Its position among all votes (reviews and comments by time), for "latest vote wins". */
  order: number;
}

/** Logins compare case-insensitively. */
export const lower = (s: string): string => s.toLowerCase();

/** Logins of everyone who wrote or committed a commit of the pull request. */
export function commitPeople(input: EvaluationInput): Set<string> {
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
export function screen(input: EvaluationInput): {
  candidates: Candidate[];
  ignored: IgnoredVote[];
} {
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
