/**
 * `status`: a commit status named like the approval check that the app did not write is a
 * forgery (anyone with write access can post one). It is recorded, and the app overwrites it
 * with its own decision under the same context, so the newest status says the truth.
 */
import type { Context } from 'probot';
import { APPROVAL_CHECK_PREFIX } from '../../action/approvals/render.js';
import { record } from '../record.js';
import { appLogin, evaluate, githubFor, timed, type HandlerDeps } from './context.js';

/** Handles one `status` event. */
export async function onStatus(context: Context<'status'>, deps: HandlerDeps): Promise<void> {
  const p = context.payload;
  if (!p.context.startsWith(APPROVAL_CHECK_PREFIX)) return;
  if (p.sender.login === appLogin(deps)) return;
  await timed(deps, 'status', async () => {
    const gh = githubFor(context, deps);
    deps.metrics.forgeries.inc({ kind: 'status' });
    const pulls = await gh.pullsForCommit(p.sha);
    for (const n of pulls) {
      record(
        deps.options,
        'APPROVAL_FORGERY_DETECTED',
        'PAUSE_FOR_HITL',
        { repository: gh.repository, number: n, head_sha: p.sha },
        p.context,
        { kind: 'status', state: p.state, by: p.sender.login },
      );
      const r = await evaluate(gh, n, { event: 'status', force: true }, deps);
      const c = r.evaluation?.conclusion;
      await gh.createStatus(
        p.sha,
        p.context,
        c === 'success' ? 'success' : c === 'failure' ? 'failure' : 'pending',
        `Overwritten by Maestro Gate: ${r.evaluation?.title ?? r.ended ?? 'see the check run'}`,
      );
    }
    if (pulls.length === 0)
      await gh.createStatus(
        p.sha,
        p.context,
        'failure',
        'Overwritten by Maestro Gate: only the approval app decides this check',
      );
  });
}
