/** The job-summary renderer: the gate report, the evidence summary and what was published. */
import type { GateRun } from '../contract/run.js';
import { markdownList, renderMarkdown } from './markdown.js';
import type { Renderer } from './renderer.js';

/** What the job summary shows besides the run. */
export interface JobSummaryOptions {
  /** The evidence summary (signing, files, verify commands). */
  evidenceMarkdown?: string;
  /** What was (not) published to GitHub and why, one line each. */
  publishLines?: readonly string[];
}

/** The step's job summary (`GITHUB_STEP_SUMMARY`). */
export function renderJobSummary(run: GateRun, options: JobSummaryOptions = {}): string {
  const lines = options.publishLines ?? [];
  const notes = lines.length ? `\n### Publishing\n\n${markdownList(lines)}` : '';
  const evidence = options.evidenceMarkdown ? `\n${options.evidenceMarkdown}` : '';
  return renderMarkdown(run) + evidence + notes;
}

/** The Action's job summary. */
export const jobSummaryRenderer: Renderer<string, JobSummaryOptions> = {
  format: 'job-summary',
  description: 'the job summary: gate report, evidence summary, publishing notes',
  render: renderJobSummary,
};
