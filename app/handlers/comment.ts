/**
 * `issue_comment`: only comments on pull requests that hold a command (or imitate one) cost
 * anything; everything else returns before any API call. An approval comment edited by
 * someone other than its author is recorded as an audit event.
 */
import type { Context } from 'probot';
import { mentionsCommand } from '../../action/approvals/commands.js';
import { APPROVAL_CHECK_PREFIX } from '../../action/approvals/render.js';
import { record } from '../record.js';
import { appLogin, evaluate, githubFor, timed, type HandlerDeps } from './context.js';

/** Handles one `issue_comment` event. */
export async function onComment(
  context: Context<'issue_comment'>,
  deps: HandlerDeps,
): Promise<void> {
  const p = context.payload;
  if (!p.issue.pull_request) return;
  if (p.sender.login === appLogin(deps) || p.comment.user?.login === appLogin(deps)) return;
  const body = p.comment.body ?? '';
  const before =
    p.action === 'edited'
      ? ((p.changes as { body?: { from?: string } } | undefined)?.body?.from ?? '')
      : '';
  if (!mentionsCommand(body) && !mentionsCommand(before)) return;
  const event = `issue_comment.${p.action}`;
  await timed(deps, event, async () => {
    const gh = githubFor(context, deps);
    if (p.action === 'edited' && p.sender.login !== p.comment.user?.login) {
      deps.metrics.forgeries.inc({ kind: 'comment-edit' });
      record(
        deps.options,
        'APPROVAL_COMMENT_TAMPERED',
        'PAUSE_FOR_HITL',
        { repository: gh.repository, number: p.issue.number, head_sha: String(p.comment.id) },
        APPROVAL_CHECK_PREFIX,
        {
          comment: p.comment.id,
          author: p.comment.user?.login ?? null,
          editor: p.sender.login,
        },
        p.sender.login,
      );
    }
    await evaluate(
      gh,
      p.issue.number,
      { event, ...(p.action === 'created' ? { commentId: p.comment.id } : {}) },
      deps,
    );
  });
}
