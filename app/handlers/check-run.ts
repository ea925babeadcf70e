/**
 * `check_run`: the gate's check run completing brings the signed verdict; a check run named
 * like the approval check from any other app is a forgery — recorded, and the app's own check
 * is written again so it is the newest; a re-run request of the app's check re-evaluates.
 * The app's own check runs (which it just wrote) are ignored: no event loops.
 */
import type { Context } from 'probot';
import { APPROVAL_CHECK_PREFIX } from '../../action/approvals/render.js';
import { record } from '../record.js';
import { evaluate, githubFor, timed, type HandlerDeps } from './context.js';

/** Handles one `check_run` event. */
export async function onCheckRun(context: Context<'check_run'>, deps: HandlerDeps): Promise<void> {
  const p = context.payload;
  const run = p.check_run;
  const slug = run.app?.slug ?? null;
  const event = `check_run.${p.action}`;
  const ours = slug === deps.options.appSlug;
  const forged = !ours && run.name.startsWith(APPROVAL_CHECK_PREFIX);
  const gate = !ours && p.action === 'completed' && deps.gateCheckNames.includes(run.name);
  const rerun = ours && p.action === 'rerequested';
  if (!forged && !gate && !rerun) return;
  await timed(deps, event, async () => {
    const gh = githubFor(context, deps);
    const repoUrl = p.repository.url;
    let pulls = (run.pull_requests ?? [])
      .filter((x) => x.base.repo.url === repoUrl)
      .map((x) => x.number);
    if (pulls.length === 0) pulls = await gh.pullsForCommit(run.head_sha);
    for (const n of pulls) {
      if (forged) {
        deps.metrics.forgeries.inc({ kind: 'check-run' });
        record(
          deps.options,
          'APPROVAL_FORGERY_DETECTED',
          'PAUSE_FOR_HITL',
          { repository: gh.repository, number: n, head_sha: run.head_sha },
          run.name,
          { kind: 'check-run', app: slug, check_run: run.id, conclusion: run.conclusion },
        );
      }
      await evaluate(gh, n, { event, force: forged }, deps);
    }
  });
}
