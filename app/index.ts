/**
 * The Maestro Gate approval app (Probot): one handler per event, each returning early when the
 * event cannot change a decision. `createApp` takes its options from the edge (server, Actions
 * adapter or tests) and returns the Probot application function.
 */
import type { ApplicationFunction } from 'probot';
import { onCheckRun } from './handlers/check-run.js';
import { onComment } from './handlers/comment.js';
import { DEFAULT_GATE_CHECK_NAMES, type HandlerDeps } from './handlers/context.js';
import { onPullRequest } from './handlers/pull-request.js';
import { onReview } from './handlers/review.js';
import { onStatus } from './handlers/status.js';
import { onWorkflowRun } from './handlers/workflow-run.js';
import { createMetrics, type AppMetrics } from './metrics.js';
import type { AppOptions } from './options.js';
import { routes } from './routes.js';

/** The events the app subscribes to (app.yml lists the same). */
export const APP_EVENTS = [
  'pull_request',
  'pull_request_review',
  'issue_comment',
  'check_run',
  'status',
  'workflow_run',
] as const;

/** Builds the app function. */
export function createApp(
  options: AppOptions,
  extra: { metrics?: AppMetrics; gateCheckNames?: string[]; serveRoutes?: boolean } = {},
): ApplicationFunction {
  return (app, fnOptions) => {
    const deps: HandlerDeps = {
      options,
      metrics: extra.metrics ?? createMetrics(),
      commitCache: new Map(),
      gateCheckNames: extra.gateCheckNames ?? DEFAULT_GATE_CHECK_NAMES,
    };
    // Only the server has routes (the Actions adapter and `probot.receive` in tests have none).
    if (extra.serveRoutes === true) fnOptions.addHandler(routes(deps.metrics));
    app.on('pull_request', (c) => onPullRequest(c, deps));
    app.on('pull_request_review', (c) => onReview(c, deps));
    app.on('issue_comment', (c) => onComment(c, deps));
    app.on('check_run', (c) => onCheckRun(c, deps));
    app.on('status', (c) => onStatus(c, deps));
    app.on('workflow_run', (c) => onWorkflowRun(c, deps));
  };
}
