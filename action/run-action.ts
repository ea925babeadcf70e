import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { describeThrown } from './contract/errors.js';
import type { Decision } from './contract/decision.js';
import { runPipeline, type GateRun } from './pipeline.js';
import { renderMarkdown } from './render/markdown.js';
import { renderSarif } from './render/sarif.js';
import { writeFileSync } from 'node:fs';
import { resolveBase } from './util/snapshot.js';

/** The environment the action reads (injected; defaults to `process.env`). */
export type ActionEnv = Record<string, string | undefined>;

interface EventPayload {
  pull_request?: { base?: { sha?: string; ref?: string }; head?: { sha?: string } };
}

function readEvent(env: ActionEnv): EventPayload {
  const path = env['GITHUB_EVENT_PATH'];
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload;
  } catch (thrown) {
    throw new Error(
      `cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${describeThrown(thrown)}`,
      { cause: thrown },
    );
  }
}

/** Emits one annotation per finding that has a file. */
function annotate(run: GateRun): void {
  for (const g of run.gates) {
    for (const f of g.findings) {
      if (!f.file) continue;
      const props = {
        title: `Maestro Gate · ${g.gate} · ${f.rule ?? g.reason_code}`,
        file: f.file,
        ...(f.line ? { startLine: f.line } : {}),
        ...(f.column ? { startColumn: f.column } : {}),
      };
      if (f.level === 'error') core.error(f.message, props);
      else if (f.level === 'warning') core.warning(f.message, props);
      else core.notice(f.message, props);
    }
  }
}

function shouldFail(decision: Decision, failOn: string): boolean {
  if (decision === 'STOPPED') return true;
  return decision === 'PAUSE_FOR_HITL' && failOn === 'paused';
}

/**
 * The Action's runner: reads inputs, runs the same pipeline as the CLI, and writes outputs,
 * the job summary and annotations. Any failure to produce a verdict fails the step.
 */
export async function run(env: ActionEnv = process.env): Promise<void> {
  try {
    const mode = core.getInput('mode') || 'gate';
    if (mode !== 'gate') {
      throw new Error(`input mode: "${mode}" is not supported by this build (use gate)`);
    }
    const workspace = resolve(env['GITHUB_WORKSPACE'] ?? process.cwd());
    const headDir = resolve(workspace, core.getInput('working-directory') || '.');
    const event = readEvent(env);
    const baseInput = core.getInput('base') || event.pull_request?.base?.sha || '';
    const baseDir = baseInput ? resolveBase(baseInput, headDir) : headDir;
    const failOn = core.getInput('fail-on') || 'paused';
    if (failOn !== 'paused' && failOn !== 'stopped')
      throw new Error(`input fail-on: must be "paused" or "stopped" (got "${failOn}")`);
    const evidenceDir = resolve(
      workspace,
      core.getInput('evidence-dir') || join(env['RUNNER_TEMP'] ?? workspace, 'maestro-evidence'),
    );
    const configPath = core.getInput('config');
    const cacheDir = core.getInput('cache-dir');

    const gateRun = await runPipeline({
      headDir,
      baseDir,
      evidenceDir,
      ...(configPath ? { configPath } : {}),
      ...(cacheDir ? { cacheDir: resolve(workspace, cacheDir) } : {}),
      progress: (line) => core.info(line),
    });

    const sarifPath = join(gateRun.evidence.dir, 'maestro.sarif');
    writeFileSync(sarifPath, `${JSON.stringify(renderSarif(gateRun), null, 2)}\n`);
    core.setOutput('verdict', gateRun.verdict.decision);
    core.setOutput('reason-codes', gateRun.verdict.reason_codes.join(','));
    core.setOutput('sealed', String(gateRun.verdict.sealed));
    core.setOutput('evidence-path', gateRun.evidence.dir);
    core.setOutput('audit-log', gateRun.evidence.audit_log);
    core.setOutput('sarif-path', sarifPath);
    core.setOutput('required-approvals', String(gateRun.verdict.required_approvals));
    annotate(gateRun);
    if (env['GITHUB_STEP_SUMMARY']) {
      await core.summary.addRaw(renderMarkdown(gateRun)).write();
    }
    if (shouldFail(gateRun.verdict.decision, failOn)) {
      core.setFailed(
        `Maestro Gate verdict: ${gateRun.verdict.decision} (${gateRun.verdict.reason_codes.join(', ')})`,
      );
    }
  } catch (thrown) {
    core.setOutput('verdict', 'STOPPED');
    core.setOutput('reason-codes', 'GATE_ERROR');
    core.setFailed(
      `Maestro Gate could not reach a verdict, so it stops: ${describeThrown(thrown)}`,
    );
  }
}
