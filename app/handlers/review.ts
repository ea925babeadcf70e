/** `pull_request_review`: a review was submitted, edited or dismissed — re-evaluate. */
import type { Context } from 'probot';
import { evaluate, githubFor, timed, type HandlerDeps } from './context.js';

/** Handles one `pull_request_review` event. */
export async function onReview(
  context: Context<'pull_request_review'>,
  deps: HandlerDeps,
): Promise<void> {
  const p = context.payload;
  const event = `pull_request_review.${p.action}`;
  await timed(deps, event, () =>
    evaluate(githubFor(context, deps), p.pull_request.number, { event }, deps),
  );
}
