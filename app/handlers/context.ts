/**
 * What every handler shares: the app's dependencies and a way to run one evaluation per pull
 * request with latency and API-call metrics, failing closed when the evaluation throws.
 */
import type { Context } from 'probot';
import { describeThrown } from '../../action/contract/errors.js';
import { approvalCheckName } from '../../action/approvals/render.js';
import { AppGitHub } from '../github.js';
import { reconcile, type ReconcileDeps, type ReconcileResult, type Trigger } from '../reconcile.js';
import { record } from '../record.js';

/** Names of gate check runs whose completion triggers an evaluation. */
export const DEFAULT_GATE_CHECK_NAMES = ['maestro-gate'];

/** The dependencies of the handlers. */
export interface HandlerDeps extends ReconcileDeps {
  gateCheckNames: string[];
}

const counted = new WeakSet<object>();

/** The app's GitHub client for the event's repository; counts every request once. */
export function githubFor(context: Context, deps: HandlerDeps): AppGitHub {
  const octokit = context.octokit;
  if (!counted.has(octokit)) {
    counted.add(octokit);
    octokit.hook.before('request', (o) => {
      deps.metrics.apiCalls.inc({ method: String(o.method) });
    });
  }
  const repo = (context.payload as { repository: { full_name: string } }).repository.full_name;
  return new AppGitHub(octokit, repo);
}

/** The app's own bot login. */
export function appLogin(deps: HandlerDeps): string {
  return `${deps.options.appSlug}[bot]`;
}

/**
 * Runs one evaluation. A failure is recorded, counted and, where possible, written to the
 * approval check as a failure (fail closed); then it is rethrown so Probot reports it.
 */
export async function evaluate(
  gh: AppGitHub,
  pull: number,
  trigger: Trigger,
  deps: HandlerDeps,
): Promise<ReconcileResult> {
  try {
    return await reconcile(gh, pull, trigger, deps);
  } catch (thrown) {
    deps.metrics.failures.inc({ event: trigger.event });
    try {
      const pr = await gh.getPull(pull);
      const check = approvalCheckName(pr.base_ref);
      record(deps.options, 'APPROVAL_APP_FAILED', 'STOPPED', pr, check, {
        error: describeThrown(thrown),
      });
      await gh.writeCheckRun(undefined, {
        name: check,
        head_sha: pr.head_sha,
        conclusion: 'failure',
        title: 'STOPPED: the approval app failed (APPROVAL_APP_FAILED)',
        summary: `The approval app could not evaluate this pull request: ${describeThrown(thrown)}.\n\nIt fails closed; re-run the check (or push) once GitHub answers again.`,
        text: '',
        external_id: 'APPROVAL_APP_FAILED',
      });
    } catch {
      // GitHub is unreachable: the check keeps its last state and the error is rethrown below.
    }
    throw thrown;
  }
}

/** Times a handler into the webhook latency histogram. */
export async function timed<T>(deps: HandlerDeps, event: string, fn: () => Promise<T>): Promise<T> {
  const end = deps.metrics.webhookLatency.startTimer({ event });
  try {
    return await fn();
  } finally {
    end();
  }
}
