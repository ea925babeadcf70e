/**
 * The vocabulary of the approval evaluation: its configuration, the signed verdict it rests
 * on, the facts it reads (through the PR-facts port's types) and the evaluation it returns.
 */
import type { ReasonCode } from '../contract/codebook.js';
import type { Decision } from '../contract/decision.js';
import type { DecisionCard } from '../contract/gate-result.js';
import type {
  CommentFacts,
  CommitFacts,
  RepositoryPermission,
  ReviewFacts,
  TeamMembershipState,
} from '../contract/pr-facts.js';

/** Who must have signed the gate's verdict. */
export type SignerConfig =
  | { kind: 'key'; publicKeyPem: string }
  | {
      kind: 'keyless';
      issuer: string;
      repository: string;
      workflowPath: string;
      workflowRef: string;
      allowPullRequestRefs: boolean;
    };

/** The `approvals` section with its defaults applied. */
export interface ApprovalsConfig {
  required: number;
  highRiskRequired: number;
  highRiskReasons: string[];
  approvers: {
    users: string[];
    /** `org/team-slug`. */
    teams: string[];
    minPermission: 'admin' | 'maintain' | 'write' | undefined;
  };
  signer: SignerConfig;
  gateCheck: string;
  gateApp: string;
  reviveOnForcePushBack: boolean;
  requestReviewers: boolean;
}

/** The gate's verdict as the app established it from the signed evidence. */
export type VerdictState =
  /** The gate has not finished on this head yet. */
  | { status: 'pending'; message: string }
  /** Anything that is not a verified verdict for this head: fails closed. */
  | { status: 'untrusted'; code: ReasonCode; message: string }
  | {
      status: 'verified';
      decision: Decision;
      sealed: boolean;
      reason_codes: string[];
      required_approvals: number;
      approver_groups: string[];
      cards: (DecisionCard & { gate: string })[];
      run_id: string;
      head_sha: string;
      /** sha256 (hex) of the verdict predicate's canonical JSON (what receipts name). */
      digest: string;
      /** How the signer was checked, for the check run. */
      signer: string;
    };

/** The pull request as the evaluation needs it (fresh from GitHub at evaluation time). */
export interface PullRequestState {
  number: number;
  repository: string;
  author: string;
  head_sha: string;
  base_ref: string;
  state: 'open' | 'closed';
  merged: boolean;
  requested_reviewers: string[];
  requested_teams: string[];
}

/**
 * What the app remembers about the current head, kept in its own check run (writable only by
 * the app): when this head became current and who pushed it.
 */
export interface HeadState {
  head_sha: string;
  base_ref: string;
  /** When this head became the pull request's head (ISO time); votes before it do not count. */
  head_since: string;
  /** `push`: written from the push event itself; `first-seen`: the app saw the head later. */
  source: 'push' | 'first-seen';
  /** Who pushed the head, when known. */
  pusher: string | null;
  /** Reviewers the app requested on this head (never requested twice). */
  requested: string[];
}

/** Everything the pure evaluation reads. */
export interface EvaluationInput {
  pr: PullRequestState;
  config: ApprovalsConfig;
  verdict: VerdictState;
  reviews: ReviewFacts[];
  comments: CommentFacts[];
  commits: CommitFacts[];
  head: HeadState;
  /** The app's own login (`<slug>[bot]`): its comments and reviews never count. */
  appLogin: string;
}

/** One authorisation fact looked up at evaluation time. */
export type Lookup =
  | { kind: 'permission'; login: string }
  | { kind: 'team'; login: string; org: string; team: string };

/** Answers to lookups; `unreadable` when GitHub refused to answer (fails closed). */
export interface Authorisations {
  permission: Map<string, RepositoryPermission | 'unreadable'>;
  /** `login org/team` → state. */
  team: Map<string, TeamMembershipState | 'unreadable'>;
}

/** A vote that counted. */
export interface CountedVote {
  login: string;
  vote: 'approve' | 'reject';
  source: 'review' | 'comment';
  id: number;
  reason: string;
  at: string;
}

/** A vote that did not count, and why. */
export interface IgnoredVote {
  login: string;
  source: 'review' | 'comment';
  id: number;
  /** Short machine key, e.g. `author`, `bot`, `old-head`. */
  why: IgnoredReason;
  detail: string;
}

/** Why a vote was ignored. */
export type IgnoredReason =
  | 'bot'
  | 'app'
  | 'author'
  | 'commit-author'
  | 'last-pusher'
  | 'not-authorised'
  | 'old-head'
  | 'before-head'
  | 'edited'
  | 'duplicate'
  | 'no-reason'
  | 'homoglyph'
  | 'conflicting'
  | 'not-pending';

/** The evaluation: the approval check's decision and everything the app writes back. */
export interface Evaluation {
  decision: Decision;
  reason_code: ReasonCode;
  sealed: boolean;
  /** `null` while the gate's verdict is pending (the check stays in progress). */
  conclusion: 'success' | 'failure' | 'action_required' | null;
  title: string;
  needed: number;
  highRisk: boolean;
  approvals: CountedVote[];
  rejections: CountedVote[];
  ignored: IgnoredVote[];
  /** Human-readable: who may approve. */
  whoMayApprove: string[];
  /** Reviewers to request now (never someone already requested, excluded or done). */
  requestReviewers: { users: string[]; teams: string[] };
}
