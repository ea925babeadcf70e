/** The check-run renderer: conclusion, title, summary, verdict JSON and annotations of the `maestro-gate` check run. */
import type { Decision } from '../contract/decision.js';
import type { Finding } from '../contract/gate-result.js';
import type { GateRun } from '../contract/run.js';
import { oneLine } from './escape.js';
import { renderMarkdown } from './markdown.js';
import { findingPath, type RepoPaths } from './paths.js';
import type { Renderer } from './renderer.js';

/** GitHub's limit on a check run's `output.summary` and `output.text` (characters). */
export const CHECK_OUTPUT_LIMIT = 65_535;
/** GitHub accepts at most this many annotations per check-run request. */
export const CHECK_ANNOTATION_LIMIT = 50;

/** The check-run conclusion of a decision: the one mapping, used by the Action and the app. */
export function conclusionFor(decision: Decision): 'success' | 'action_required' | 'failure' {
  switch (decision) {
    case 'RUN':
      return 'success';
    case 'PAUSE_FOR_HITL':
      return 'action_required';
    case 'STOPPED':
      return 'failure';
  }
}

/** The machine-readable verdict a check run carries (in `output.text`). */
export interface CheckRunVerdict {
  schema_version: 1;
  tool: GateRun['tool'];
  run_id: string;
  verdict: GateRun['verdict'];
  gates: {
    gate: string;
    decision: Decision;
    reason_code: string;
    sealed: boolean;
    reused: boolean;
    inputs_digest: string;
    findings: number;
  }[];
  audit_head: string;
}

/** The verdict document embedded in the check run. */
export function checkRunVerdict(run: GateRun): CheckRunVerdict {
  return {
    schema_version: 1,
    tool: run.tool,
    run_id: run.run_id,
    verdict: run.verdict,
    gates: run.gates.map((g) => ({
      gate: g.gate,
      decision: g.decision,
      reason_code: g.reason_code,
      sealed: g.sealed,
      reused: g.reused ?? false,
      inputs_digest: g.inputs_digest,
      findings: g.findings.length,
    })),
    audit_head: run.evidence?.audit_head ?? '',
  };
}

/** Marks where the verdict JSON starts and ends inside `output.text`, for readers. */
export const VERDICT_JSON_BEGIN = '<!-- maestro-gate:verdict-json -->';

/** Cuts `text` to `limit` characters, saying so. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const note = '\n\n… (truncated; the full report is in the job summary and the evidence)\n';
  return text.slice(0, limit - note.length) + note;
}

function level(f: Finding): 'notice' | 'warning' | 'failure' {
  return f.level === 'error' ? 'failure' : f.level === 'warning' ? 'warning' : 'notice';
}

/** The output of a check run, as the checks API takes it. */
export interface CheckRunOutput {
  conclusion: 'success' | 'action_required' | 'failure';
  title: string;
  summary: string;
  text: string;
  annotations: {
    path: string;
    start_line: number;
    end_line: number;
    annotation_level: 'notice' | 'warning' | 'failure';
    message: string;
    title: string;
  }[];
}

/** The check run Maestro Gate publishes for a gate run. */
export function renderCheckRun(
  run: GateRun,
  /** Extra Markdown after the gate report (the evidence summary). */
  appendix = '',
  /** Where the gated directory sits in the repository (annotation paths). */
  paths: RepoPaths = {},
): CheckRunOutput {
  const v = run.verdict;
  const reused = run.gates.filter((g) => g.reused).map((g) => g.gate);
  const title = `${v.decision}${v.sealed ? ' (sealed)' : ''}: ${v.reason_codes.join(', ')}`;
  const json = JSON.stringify(checkRunVerdict(run), null, 2);
  const text = [
    reused.length
      ? `Reused cached results for: ${reused.join(', ')} (identical inputs).\n`
      : 'No cached result was reused.\n',
    VERDICT_JSON_BEGIN,
    '```json',
    json,
    '```',
    '',
  ].join('\n');
  const annotations = run.gates
    .flatMap((g) =>
      g.findings.flatMap((f) => {
        const at = f.file ? findingPath(f, run, paths) : undefined;
        if (!at) return [];
        return [
          {
            path: at.path,
            start_line: at.line ?? 1,
            end_line: at.line ?? 1,
            annotation_level: level(f),
            message: f.message,
            title: oneLine(`${g.gate} · ${f.rule ?? g.reason_code}`),
          },
        ];
      }),
    )
    .slice(0, CHECK_ANNOTATION_LIMIT);
  return {
    conclusion: conclusionFor(v.decision),
    title: truncate(title, 1000),
    summary: truncate(renderMarkdown(run) + (appendix ? `\n${appendix}` : ''), CHECK_OUTPUT_LIMIT),
    text: truncate(text, CHECK_OUTPUT_LIMIT),
    annotations,
  };
}

/** The `maestro-gate` check run (the Action's and the App's). */
export const checkRunRenderer: Renderer<CheckRunOutput, { appendix?: string } & RepoPaths> = {
  format: 'check-run',
  description: 'the `maestro-gate` check run: conclusion, title, summary, verdict JSON',
  render: (run, { appendix, ...paths }) => renderCheckRun(run, appendix, paths),
};
