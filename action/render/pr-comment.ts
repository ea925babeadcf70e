/** The PR-comment renderer: the one sticky comment on a pull request. */
import type { GateRun } from '../contract/run.js';
import { renderMarkdown } from './markdown.js';
import type { Renderer } from './renderer.js';

/** GitHub's limit on a comment body (characters). */
export const COMMENT_LIMIT = 65_536;

/** Where a published run can be followed up. */
export interface CommentLinks {
  checkRunUrl?: string | null;
  workflowRunUrl?: string;
  /** Extra Markdown after the gate report (the evidence summary). */
  appendix?: string;
}

/**
 * The sticky PR comment: the hidden marker on the first line (so the one comment is found and
 * updated in place), the job-summary Markdown, and links to the check run and the workflow run.
 */
export function renderPrComment(run: GateRun, marker: string, links: CommentLinks = {}): string {
  const footer: string[] = [];
  if (links.checkRunUrl) footer.push(`[Check run](${links.checkRunUrl})`);
  if (links.workflowRunUrl) footer.push(`[Workflow run and evidence](${links.workflowRunUrl})`);
  const reused = run.gates.filter((g) => g.reused).map((g) => g.gate);
  const tail = [
    reused.length ? `Reused cached results for: ${reused.join(', ')}.` : '',
    footer.length ? footer.join(' · ') : '',
    `<sub>Run \`${run.run_id}\` · audit head \`${run.evidence?.audit_head ?? 'none'}\`</sub>`,
  ]
    .filter(Boolean)
    .join('\n\n');
  let body = renderMarkdown(run) + (links.appendix ? `\n${links.appendix}` : '');
  const room = COMMENT_LIMIT - marker.length - tail.length - 200;
  if (body.length > room) body = `${body.slice(0, room)}\n\n… (truncated; see the job summary)\n`;
  return `${marker}\n${body}\n${tail}\n`;
}

/** Options of the PR-comment renderer. */
export interface PrCommentOptions extends CommentLinks {
  /** The hidden marker that identifies the sticky comment. */
  marker: string;
}

/** The sticky PR comment. */
export const prCommentRenderer: Renderer<string, PrCommentOptions> = {
  format: 'pr-comment',
  description: 'the sticky pull-request comment',
  render: (run, { marker, ...links }) => renderPrComment(run, marker, links),
};
