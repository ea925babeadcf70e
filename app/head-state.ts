/**
 * Which push made the head current, and when: the app's only memory, kept in its own check
 * runs (which only the app can write). Votes given before the head became current never count.
 */
import { parseHeadState } from '../action/approvals/render.js';
import type { HeadState } from '../action/approvals/types.js';
import type { AppCheckRun, AppPullRequest } from './github.js';

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

/** The newest of the app's check runs of `name` on the head, or `undefined`. */
export function ourRuns(runs: AppCheckRun[], name: string, slug: string): AppCheckRun[] {
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
