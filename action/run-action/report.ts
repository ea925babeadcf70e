/**
 * What the Action shows of a run: step outputs, annotations, the check run and PR comment, the
 * job summary, and the early `STOPPED` run when no verdict could be reached.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { describeThrown, MaestroError } from '../contract/errors.js';
import { stoppedRun, type GateRun } from '../contract/run.js';
import type { GitHubPort } from '../github/port.js';
import {
  describePublish,
  publishFailed,
  publishForbidden,
  publishRun,
  type PublishReport,
  type PublishTarget,
} from '../github/publish.js';
import type { JobSummaryOptions } from '../render/job-summary.js';
import type { RepoPaths } from '../render/paths.js';
import { RENDERERS } from '../render/registry.js';
import type { ActionEnv } from './inputs.js';

/** Emits one annotation per finding that has a file; `paths` places them in the repository. */
export function annotate(run: GateRun, paths: RepoPaths = {}): void {
  for (const a of RENDERERS.annotations.render(run, paths)) core[a.level](a.message, a.properties);
}

function workflowRunUrl(env: ActionEnv): string | undefined {
  const server = env['GITHUB_SERVER_URL'];
  const repo = env['GITHUB_REPOSITORY'];
  const id = env['GITHUB_RUN_ID'];
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}

/** Writes the publish report to the log and returns its summary lines. */
function logPublish(report: PublishReport | undefined, why: string | undefined): string[] {
  const lines = report ? describePublish(report) : why ? [why] : [];
  for (const line of lines) {
    if (report && (publishForbidden(report) || publishFailed(report))) core.warning(line);
    else core.info(line);
  }
  return lines;
}

/** The step outputs every run sets, early stop or not. */
export function setVerdictOutputs(run: GateRun): void {
  core.setOutput('verdict', run.verdict.decision);
  core.setOutput('reason-codes', run.verdict.reason_codes.join(','));
  core.setOutput('sealed', String(run.verdict.sealed));
}

/** Publishes the run where a port and a commit allow; returns the report and the log lines. */
export async function publish(
  run: GateRun,
  env: ActionEnv,
  port: GitHubPort | undefined,
  headSha: string | undefined,
  extra: Omit<PublishTarget, 'headSha' | 'workflowRunUrl'> = {},
): Promise<{ report: PublishReport | undefined; lines: string[] }> {
  let report: PublishReport | undefined;
  let why: string | undefined;
  if (!port) why = 'No token: the check run and the pull-request comment were not published.';
  else if (!headSha) why = 'No commit SHA (GITHUB_SHA): the check run was not published.';
  else {
    const runUrl = workflowRunUrl(env);
    report = await publishRun(port, run, {
      headSha,
      ...(runUrl ? { workflowRunUrl: runUrl } : {}),
      ...extra,
    });
  }
  const lines = logPublish(report, why);
  core.setOutput('published', String(report?.checkRun.status === 'created'));
  if (report?.checkRun.url) core.setOutput('check-run-url', report.checkRun.url);
  return { report, lines };
}

/** Writes the job summary, when the runner provides one. */
export async function writeJobSummary(
  env: ActionEnv,
  run: GateRun,
  options: JobSummaryOptions,
): Promise<void> {
  if (!env['GITHUB_STEP_SUMMARY']) return;
  await core.summary.addRaw(RENDERERS['job-summary'].render(run, options)).write();
}

/**
 * When no verdict could be reached: a `STOPPED` run with the precise code, built by the same
 * results model and rendered by the same renderers as any run — outputs, job summary and
 * (where the token allows) a failing check run.
 */
export async function stopEarly(
  thrown: unknown,
  env: ActionEnv,
  port: GitHubPort | undefined,
  headSha: string | undefined,
  startedAt: Date,
): Promise<void> {
  const code = thrown instanceof MaestroError ? thrown.code : 'GATE_ERROR';
  const message = `Maestro Gate could not reach a verdict, so it stops: ${describeThrown(thrown)}`;
  const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
  const run = stoppedRun(
    {
      run_id: randomUUID(),
      started_at: startedAt.toISOString(),
      head_dir: workspace,
      base_dir: workspace,
      config_file: core.getInput('config') || '.github/maestro.yml',
    },
    'host',
    code,
    message,
  );
  try {
    setVerdictOutputs(run);
    core.setOutput('published', 'false');
  } catch (outputThrown) {
    core.warning(`The step outputs could not be written: ${describeThrown(outputThrown)}.`);
  }
  let lines: string[] = [];
  try {
    ({ lines } = await publish(run, env, port, headSha));
  } catch (publishThrown) {
    core.setOutput('published', 'false');
    core.warning(`could not publish the stop: ${describeThrown(publishThrown)}`);
  }
  try {
    await writeJobSummary(env, run, { publishLines: lines });
  } catch (summaryThrown) {
    core.warning(`could not write the job summary: ${describeThrown(summaryThrown)}`);
  }
  core.setFailed(message);
}

/**
 * The signed verdict bundle for the check run (the approval app verifies it). An unreadable
 * bundle is left out: the app then fails closed with APPROVAL_VERDICT_MISSING.
 */
export function verdictBundleOf(run: GateRun): { verdictBundle?: string } {
  if (!run.evidence?.bundle) return {};
  try {
    return { verdictBundle: readFileSync(run.evidence.bundle, 'utf8') };
  } catch {
    return {};
  }
}
