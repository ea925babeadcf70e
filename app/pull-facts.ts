/**
 * What one evaluation reads from GitHub: the approvals config from the default branch, the
 * votes and commits when they can matter, and the authorisation facts the evaluation asks for.
 */
import { approvalsConfig } from '../action/approvals/config.js';
import { lookupsFor, teamKey } from '../action/approvals/evaluate.js';
import type { ApprovalsConfig, Authorisations, VerdictState } from '../action/approvals/types.js';
import { parseConfig } from '../action/config/load.js';
import type { ReasonCode } from '../action/contract/codebook.js';
import { MaestroError } from '../action/contract/errors.js';
import type { CommentFacts, CommitFacts, ReviewFacts } from '../action/contract/pr-facts.js';
import { GitHubPortError } from '../action/github/port.js';
import type { AppGitHub, AppPullRequest } from './github.js';
import type { AppOptions } from './options.js';

const COMMIT_CACHE_LIMIT = 2000;

/**
 * The rules used when the config could not be loaded: the verdict is already untrusted then,
 * so these only shape the STOPPED check run.
 */
export const UNCONFIGURED: ApprovalsConfig = {
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

/** The approvals config from the default branch, or why there is none. */
export async function loadConfig(
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

/** The authorisation facts the evaluation asked for; a forbidden read is `unreadable`. */
export async function lookUp(
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

/** The reviews, comments and commits of the pull request that can matter to this evaluation. */
export interface PullFacts {
  reviews: ReviewFacts[];
  comments: CommentFacts[];
  commits: CommitFacts[];
}

/**
 * Reads only what can matter: votes when a verified verdict waits for them (or a vote needs
 * feedback), reviews on a push (to dismiss stale approvals), commits (cached: immutable per
 * head and base) when the verdict pauses.
 */
export async function readPullFacts(
  gh: AppGitHub,
  pull: number,
  pr: AppPullRequest,
  what: {
    verdict: VerdictState;
    /** Votes can matter: a verified verdict waits for them, or a vote needs feedback. */
    readVotes: boolean;
    /** A push made the head current and the app is configured: stale approvals get dismissed. */
    dismissStale: boolean;
    commitCache: Map<string, CommitFacts[]>;
  },
): Promise<PullFacts> {
  const { verdict, readVotes, commitCache } = what;
  let reviews: ReviewFacts[] = [];
  let comments: CommentFacts[] = [];
  let commits: CommitFacts[] = [];
  if (readVotes) {
    [reviews, comments] = await Promise.all([
      gh.facts.listReviews(pull),
      gh.facts.listComments(pull),
    ]);
  } else if (what.dismissStale) {
    reviews = await gh.facts.listReviews(pull);
  }
  if (readVotes) {
    if (verdict.status === 'verified' && verdict.decision === 'PAUSE_FOR_HITL') {
      const key = `${pr.repository}#${pull}@${pr.head_sha}..${pr.base_sha}`;
      const cached = commitCache.get(key);
      if (cached) commits = cached;
      else {
        commits = await gh.facts.listCommits(pull);
        if (commitCache.size >= COMMIT_CACHE_LIMIT) commitCache.clear();
        commitCache.set(key, commits);
      }
    }
  }
  return { reviews, comments, commits };
}
