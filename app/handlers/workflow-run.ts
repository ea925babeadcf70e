/**
 * `workflow_run.completed`: in Actions mode the gate's check run is written with a workflow
 * token, which triggers no `check_run` workflow; the gate workflow's completion does. The
 * server receives `check_run` as well; evaluating twice is harmless (writes are skipped when
 * nothing changed).
 */
import type { Context } from 'probot';
import { evaluate, githubFor, timed, type HandlerDeps } from './context.js';

/** Handles one `workflow_run` event. */
export async function onWorkflowRun(
  context: Context<'workflow_run'>,
  deps: HandlerDeps,
): Promise<void> {
  const p = context.payload;
  if (p.action !== 'completed') return;
  const event = 'workflow_run.completed';
  await timed(deps, event, async () => {
    const gh = githubFor(context, deps);
    let pulls = (p.workflow_run.pull_requests ?? [])
      .filter((x) => x !== null && x.base.repo.id === p.repository.id)
      .map((x) => x!.number);
    if (pulls.length === 0) pulls = await gh.pullsForCommit(p.workflow_run.head_sha);
    for (const n of pulls) await evaluate(gh, n, { event }, deps);
  });
}
