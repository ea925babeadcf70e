/**
 * The Action in gate and verify mode: reads inputs and the event, materialises the base commit,
 * lists the pull request's files through the GitHub port, runs the same pipeline as the CLI,
 * and hands the run to the renderers (outputs, SARIF, annotations, job summary, check run,
 * PR comment).
 */
import { writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { opaToolchainFromEnvironment } from './gates/opa/toolchain.js';
import type { ChangedFile } from './contract/pr-facts.js';
import { baseBranchOf } from './github/base-branch.js';
import { materialiseBase } from './github/base-snapshot.js';
import { readActionEvent } from './github/event.js';
import type { GitHubPort } from './github/port.js';
import { publishFailed } from './github/publish.js';
import { evidenceEnvFromVariables } from './evidence/index.js';
import { runPipeline } from './pipeline.js';
import { decideOutcome, isFailOn, DEFAULT_FAIL_ON } from './render/outcome.js';
import { RENDERERS } from './render/registry.js';
import { resolveBase } from './util/snapshot.js';
import { changedFilesOf } from './run-action/changed-files.js';
import {
  buildPort,
  inputError,
  signingFor,
  type ActionDeps,
  type ActionEnv,
} from './run-action/inputs.js';
import {
  annotate,
  publish,
  setVerdictOutputs,
  stopEarly,
  verdictBundleOf,
  writeJobSummary,
} from './run-action/report.js';
import { verifyMode } from './run-action/verify-mode.js';

export { signingFor, type ActionDeps, type ActionEnv } from './run-action/inputs.js';

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
    // Code scanning and annotations resolve paths from the repository root.
    const sourceRoot = relative(workspace, headDir).split(sep).join('/');
    const paths = sourceRoot && !sourceRoot.startsWith('..') ? { sourceRoot } : {};
    writeFileSync(sarifPath, RENDERERS.sarif.render(gateRun, paths));
    const reused = gateRun.gates.filter((g) => g.reused).map((g) => g.gate);
    setVerdictOutputs(gateRun);
    core.setOutput('evidence-path', evidenceDir);
    core.setOutput('audit-log', gateRun.evidence?.audit_log ?? '');
    core.setOutput('sarif-path', sarifPath);
    core.setOutput('required-approvals', String(gateRun.verdict.required_approvals));
    core.setOutput('reused-gates', reused.join(','));
    for (const gate of reused)
      core.info(`${gate}: result reused from the cache (identical inputs)`);
    annotate(gateRun, paths);

    const { report, lines: publishLines } = await publish(gateRun, env, port, headSha, {
      ...paths,
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
