/**
 * The Action in gate and verify mode: reads inputs and the event, materialises the base commit,
 * lists the pull request's files through the GitHub port, runs the same pipeline as the CLI,
 * and hands the run to the renderers (outputs, SARIF, annotations, job summary, check run,
 * PR comment).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { opaToolchainFromEnvironment } from './gates/opa/toolchain.js';
import { describeThrown, MaestroError } from './contract/errors.js';
import type { ChangedFile, PullRequestFacts } from './contract/pr-facts.js';
import { stoppedRun, type GateRun } from './contract/run.js';
import { baseBranchOf } from './github/base-branch.js';
import { materialiseBase } from './github/base-snapshot.js';
import { readActionEvent } from './github/event.js';
import { createOctokitPort } from './github/octokit-adapter.js';
import { GitHubPortError, type GitHubPort } from './github/port.js';
import {
  describePublish,
  publishFailed,
  publishForbidden,
  publishRun,
  type PublishReport,
  type PublishTarget,
} from './github/publish.js';
import { evidenceEnvFromVariables, type SigningInput } from './evidence/index.js';
import { runPipeline } from './pipeline.js';
import type { JobSummaryOptions } from './render/job-summary.js';
import { decideOutcome, isFailOn, DEFAULT_FAIL_ON } from './render/outcome.js';
import { RENDERERS } from './render/registry.js';
import { resolveBase } from './util/snapshot.js';
import { verifyArgvFromInputs } from './verify/action-inputs.js';
import { runVerifyCli } from './verify/cli.js';

/** The environment the action reads (injected; defaults to `process.env`). */
export type ActionEnv = Record<string, string | undefined>;

/** What tests may replace; production passes nothing. */
export interface ActionDeps {
  /** The GitHub port; default: the Octokit adapter built from the token input. */
  port?: GitHubPort;
  /** HTTP client for the Octokit adapter. */
  fetch?: typeof fetch;
  /** Retry and throttle GitHub requests (default true). */
  resilient?: boolean;
}

/** GitHub lists at most this many files of a pull request. */
const GITHUB_FILE_LIST_LIMIT = 3000;

/** Emits one annotation per finding that has a file. */
function annotate(run: GateRun): void {
  for (const a of RENDERERS.annotations.render(run)) core[a.level](a.message, a.properties);
}

/** A `with:` input that is missing or not one of its allowed values. */
function inputError(message: string): MaestroError {
  return new MaestroError('HOST_INPUT_INVALID', message);
}

/**
 * How the evidence is signed: keyless with the workflow's OIDC identity where the job may
 * request a token (`id-token: write`), else with the `signing-key` input (a P-256 PEM from a
 * secret), else unsigned with the reason (fork pull requests get neither).
 */
export function signingFor(env: ActionEnv, fork: boolean): SigningInput {
  const keyPem = core.getInput('signing-key');
  const mode = core.getInput('signing') || 'auto';
  const oidc = Boolean(
    env['ACTIONS_ID_TOKEN_REQUEST_URL'] && env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'],
  );
  const keyless: SigningInput = { mode: 'keyless', getToken: () => core.getIDToken('sigstore') };
  switch (mode) {
    case 'none':
      return { mode: 'none', reason: 'signing is switched off (input signing: none)' };
    case 'key':
      if (!keyPem)
        throw inputError(
          'input signing: key needs the signing-key input (a PEM private key from a secret)',
        );
      return { mode: 'key', keyPem };
    case 'keyless':
      if (!oidc)
        throw inputError(
          'input signing: keyless needs `permissions: id-token: write` (fork pull requests never get an OIDC token)',
        );
      return keyless;
    case 'auto':
      if (oidc) return keyless;
      if (keyPem) return { mode: 'key', keyPem };
      return {
        mode: 'none',
        reason: fork
          ? 'a fork pull request gets no OIDC token and no secrets, so the evidence cannot be signed here'
          : 'no OIDC token (grant `id-token: write`) and no signing-key input',
      };
    default:
      throw inputError(`input signing: must be auto, keyless, key or none (got "${mode}")`);
  }
}

function buildPort(env: ActionEnv, deps: ActionDeps): GitHubPort | undefined {
  if (deps.port) return deps.port;
  const token = core.getInput('token');
  const repository = env['GITHUB_REPOSITORY'];
  if (!token || !repository) return undefined;
  return createOctokitPort({
    token,
    repository,
    ...(env['GITHUB_API_URL'] ? { baseUrl: env['GITHUB_API_URL'] } : {}),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    resilient: deps.resilient ?? true,
    log: (line) => core.info(line),
    ...millisFrom(env, 'MAESTRO_GITHUB_REQUEST_TIMEOUT_MS', 'requestTimeoutMs'),
    ...millisFrom(env, 'MAESTRO_GITHUB_CALL_BUDGET_MS', 'callBudgetMs'),
  });
}

/** An optional positive millisecond setting from the environment (GitHub request bounds). */
function millisFrom<K extends string>(
  env: ActionEnv,
  name: string,
  key: K,
): Partial<Record<K, number>> {
  const raw = env[name];
  if (raw === undefined || raw === '') return {};
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new MaestroError(
      'CONFIG_INVALID',
      `${name} must be a positive integer (ms), got "${raw}"`,
    );
  return { [key]: ms } as Partial<Record<K, number>>;
}

/** Lists the pull request's files through the port; a short list fails closed. */
async function changedFilesOf(
  port: GitHubPort,
  pr: PullRequestFacts,
  expected: number | undefined,
): Promise<ChangedFile[]> {
  let files: ChangedFile[];
  try {
    files = await port.listChangedFiles(pr.number);
  } catch (thrown) {
    const kind = thrown instanceof GitHubPortError ? thrown.kind : undefined;
    const hint =
      kind === 'forbidden' || kind === 'not_found' ? ' The token needs `pull-requests: read`.' : '';
    throw new MaestroError(
      kind === 'network' ? 'GITHUB_NETWORK' : 'PR_FACTS_UNAVAILABLE',
      `cannot list the files of pull request #${pr.number}: ${describeThrown(thrown)}.${hint}`,
      { cause: thrown },
    );
  }
  if (expected !== undefined && files.length < expected) {
    throw new MaestroError(
      'PR_FACTS_UNAVAILABLE',
      `pull request #${pr.number} changes ${expected} files but GitHub listed ${files.length}${expected > GITHUB_FILE_LIST_LIMIT ? ` (GitHub lists at most ${GITHUB_FILE_LIST_LIMIT})` : ''}; a gate must not judge a partial diff. Split the pull request.`,
    );
  }
  return files;
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
function setVerdictOutputs(run: GateRun): void {
  core.setOutput('verdict', run.verdict.decision);
  core.setOutput('reason-codes', run.verdict.reason_codes.join(','));
  core.setOutput('sealed', String(run.verdict.sealed));
}

/** Publishes the run where a port and a commit allow; returns the report and the log lines. */
async function publish(
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
async function writeJobSummary(
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
async function stopEarly(
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
 * `mode: verify`: runs the very verifier of `maestro-gate verify` on the inputs, prints each
 * check, sets `verified`, and fails the step on any miss.
 */
async function verifyMode(): Promise<void> {
  if (!core.getInput('evidence-dir')) {
    throw inputError(
      'mode: verify needs the `evidence-dir` input (the directory holding the evidence bundle)',
    );
  }
  const argv = verifyArgvFromInputs((name) => core.getInput(name));
  const code = await runVerifyCli(argv, {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  });
  core.setOutput('verified', code === 0 ? 'true' : 'false');
  if (code !== 0)
    core.setFailed(
      `Maestro Gate verify: the evidence did not verify (exit ${code}); see the checks above`,
    );
}

/**
 * The Action: `mode: gate` runs the pipeline and publishes its verdict; `mode: verify` checks
 * an evidence bundle. Any failure to produce a verdict fails the step with STOPPED.
 */
export async function run(env: ActionEnv = process.env, deps: ActionDeps = {}): Promise<void> {
  const startedAt = new Date();
  let port: GitHubPort | undefined;
  let headSha: string | undefined = env['GITHUB_SHA'];
  try {
    const mode = core.getInput('mode') || 'gate';
    if (mode === 'verify') {
      await verifyMode();
      return;
    }
    if (mode !== 'gate') {
      throw inputError(`input mode: must be "gate" or "verify" (got "${mode}")`);
    }
    const failOn = core.getInput('fail-on') || DEFAULT_FAIL_ON;
    if (!isFailOn(failOn))
      throw inputError(`input fail-on: must be "paused" or "stopped" (got "${failOn}")`);
    const workspace = resolve(env['GITHUB_WORKSPACE'] ?? process.cwd());
    const headDir = resolve(workspace, core.getInput('working-directory') || '.');
    port = buildPort(env, deps);
    const event = readActionEvent(env);
    const pr = event.pullRequest;
    if (pr) headSha = pr.head.sha;
    if (event.mergeGroup) headSha = event.mergeGroup.headSha;
    if (pr?.fork) {
      core.info(
        `pull request #${pr.number} comes from ${pr.head_repository ?? 'a deleted repository'}: its token is usually read-only`,
      );
    }

    const baseInput = core.getInput('base');
    let baseDir = headDir;
    if (baseInput) {
      baseDir = resolveBase(baseInput, headDir);
    } else if (pr || event.mergeGroup) {
      const baseSha = pr ? pr.base.sha : event.mergeGroup!.baseSha;
      const snapshot = await materialiseBase({
        headDir,
        sha: baseSha,
        ...(port ? { archive: port } : {}),
        log: (line) => core.info(line),
      });
      core.info(`base snapshot ${baseSha} (${snapshot.method}) at ${snapshot.dir}`);
      baseDir = snapshot.dir;
    }

    let changedFiles: ChangedFile[] | undefined;
    if (pr && port) {
      changedFiles = await changedFilesOf(port, pr, event.changedFilesCount);
      core.info(`pull request #${pr.number} changes ${changedFiles.length} file(s)`);
    } else if (pr) {
      core.info('no token: the changed files are computed from the base and head snapshots');
    }

    const evidenceDir = resolve(
      workspace,
      core.getInput('evidence-dir') || join(env['RUNNER_TEMP'] ?? workspace, 'maestro-evidence'),
    );
    const configPath = core.getInput('config');
    const cacheDir = core.getInput('cache-dir');
    const cacheSecret = core.getInput('cache-secret');
    if (cacheSecret) core.setSecret(cacheSecret);

    const base = await baseBranchOf(event, port);
    for (const note of base.notes) core.warning(`Unknown means strict: ${note}.`);
    const baseRef = base.ref;
    const { run: gateRun, evidence } = await runPipeline({
      gateDeps: { opaToolchain: opaToolchainFromEnvironment(env) },
      headDir,
      baseDir,
      evidenceDir,
      signing: signingFor(env, pr?.fork ?? false),
      evidenceEnv: evidenceEnvFromVariables(env),
      ...(baseRef ? { baseRef } : {}),
      ...(base.protected !== undefined ? { branchProtected: base.protected } : {}),
      ...(headSha && /^[0-9a-f]{40}$/.test(headSha) ? { headSha } : {}),
      ...(configPath ? { configPath } : {}),
      ...(cacheDir ? { cacheDir: resolve(workspace, cacheDir) } : {}),
      ...(cacheSecret ? { cacheSecret: new TextEncoder().encode(cacheSecret) } : {}),
      ...(changedFiles ? { changedFiles } : {}),
      ...(pr ? { pr } : {}),
      progress: (line) => core.info(line),
    });

    // Beside the evidence directory, not in it: only signed content belongs in the evidence.
    const sarifPath = `${evidenceDir}.sarif`;
    writeFileSync(sarifPath, RENDERERS.sarif.render(gateRun));
    const reused = gateRun.gates.filter((g) => g.reused).map((g) => g.gate);
    setVerdictOutputs(gateRun);
    core.setOutput('evidence-path', evidenceDir);
    core.setOutput('audit-log', gateRun.evidence?.audit_log ?? '');
    core.setOutput('sarif-path', sarifPath);
    core.setOutput('required-approvals', String(gateRun.verdict.required_approvals));
    core.setOutput('reused-gates', reused.join(','));
    for (const gate of reused)
      core.info(`${gate}: result reused from the cache (identical inputs)`);
    annotate(gateRun);

    const { report, lines: publishLines } = await publish(gateRun, env, port, headSha, {
      ...(pr ? { pull: pr.number } : {}),
      ...verdictBundleOf(gateRun),
      ...(evidence?.summaryMarkdown ? { evidenceMarkdown: evidence.summaryMarkdown } : {}),
      ...(evidence?.attestations.length && core.getInput('attest') !== 'false'
        ? { attestations: evidence.attestations }
        : {}),
    });
    await writeJobSummary(env, gateRun, {
      publishLines,
      ...(evidence?.summaryMarkdown ? { evidenceMarkdown: evidence.summaryMarkdown } : {}),
    });
    const { failure } = decideOutcome(
      gateRun.verdict.decision,
      failOn,
      report !== undefined && publishFailed(report),
    );
    if (failure === 'verdict') {
      core.setFailed(
        `Maestro Gate verdict: ${gateRun.verdict.decision} (${gateRun.verdict.reason_codes.join(', ')})`,
      );
    } else if (failure === 'publish') {
      core.setFailed(
        `Maestro Gate verdict: ${gateRun.verdict.decision}, but publishing it to GitHub failed: ${publishLines.join(' ')}`,
      );
    }
  } catch (thrown) {
    await stopEarly(thrown, env, port, headSha, startedAt);
  }
}

/**
 * The signed verdict bundle for the check run (the approval app verifies it). An unreadable
 * bundle is left out: the app then fails closed with APPROVAL_VERDICT_MISSING.
 */
function verdictBundleOf(run: GateRun): { verdictBundle?: string } {
  if (!run.evidence?.bundle) return {};
  try {
    return { verdictBundle: readFileSync(run.evidence.bundle, 'utf8') };
  } catch {
    return {};
  }
}
