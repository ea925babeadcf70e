/**
 * `pull_request`: a push (opened, reopened, synchronize) makes a new head current — earlier
 * approvals void, stale approving reviews dismissed, the check reset; a retarget ends the
 * request for the old base; closing ends it.
 */
import type { Context } from 'probot';
import { evaluate, githubFor, timed, type HandlerDeps } from './context.js';

/** Handles one `pull_request` event. */
export async function onPullRequest(
  context: Context<'pull_request'>,
  deps: HandlerDeps,
): Promise<void> {
  const p = context.payload;
  const event = `pull_request.${p.action}`;
  const pr = p.pull_request;
  let trigger;
  // Other actions (labels, assignees, review requests) cannot change a decision.
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check
  switch (p.action) {
    case 'opened':
    case 'reopened':
    case 'synchronize':
      trigger = {
        event,
        push: { head_sha: pr.head.sha, at: pr.updated_at, pusher: p.sender.login },
      };
      break;
    case 'edited': {
      const from = (p.changes as { base?: { ref?: { from?: string } } }).base?.ref?.from;
      if (from === undefined) return; // a title or body edit changes nothing
      trigger = { event, retargetedFrom: from, at: pr.updated_at };
      break;
    }
    case 'closed':
    case 'ready_for_review':
      trigger = { event };
      break;
    default:
      return;
  }
  await timed(deps, event, () => evaluate(githubFor(context, deps), pr.number, trigger, deps));
}
