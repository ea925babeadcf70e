/**
 * Every renderer, registered in one place. The CLI prints the stream formats; the Action
 * writes all of them (SARIF file, annotations, job summary, check run, PR comment); the HTML
 * viewer goes into every evidence bundle.
 */
import { annotationsRenderer } from './annotations.js';
import { checkRunRenderer } from './check-run.js';
import { githubRenderer } from './github.js';
import { jobSummaryRenderer } from './job-summary.js';
import { jsonRenderer } from './json.js';
import { junitRenderer } from './junit.js';
import { prCommentRenderer } from './pr-comment.js';
import type { StreamRenderer } from './renderer.js';
import { sarifRenderer } from './sarif.js';
import { textRenderer } from './text.js';
import { viewerRenderer } from './viewer/index.js';

/** Every renderer, by format name. */
export const RENDERERS = {
  text: textRenderer,
  json: jsonRenderer,
  sarif: sarifRenderer,
  junit: junitRenderer,
  github: githubRenderer,
  'job-summary': jobSummaryRenderer,
  'pr-comment': prCommentRenderer,
  'check-run': checkRunRenderer,
  annotations: annotationsRenderer,
  html: viewerRenderer,
} as const;

/** The formats `maestro-gate check --format` prints. */
export const STREAM_FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'html'] as const;

/** A format `check --format` prints. */
export type StreamFormat = (typeof STREAM_FORMATS)[number];

/** True when `value` names a stream format. */
export function isStreamFormat(value: string): value is StreamFormat {
  return (STREAM_FORMATS as readonly string[]).includes(value);
}

/** The renderer of a stream format. */
export function streamRenderer(format: StreamFormat): StreamRenderer {
  return RENDERERS[format];
}
