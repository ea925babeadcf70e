/** The annotations renderer: one workflow annotation per finding that names a file in the repository. */
import type { GateRun } from '../contract/run.js';
import { oneLine } from './escape.js';
import { findingPath, type RepoPaths } from './paths.js';
import type { Renderer } from './renderer.js';

/** One workflow annotation (`::error file=…::message`), as `@actions/core` takes it. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: { title: string; file: string; startLine?: number; startColumn?: number };
}

/**
 * The annotations of a run, in gate and finding order. Paths are relative to the repository
 * root (`paths.sourceRoot` is the gated directory in it); a finding whose file lies outside
 * the checkout gets none.
 */
export function renderAnnotations(run: GateRun, paths: RepoPaths = {}): Annotation[] {
  return run.gates.flatMap((g) =>
    g.findings.flatMap((f): Annotation[] => {
      const at = f.file ? findingPath(f, run, paths) : undefined;
      if (!at) return [];
      return [
        {
          level: f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'notice',
          message: f.message,
          properties: {
            title: oneLine(`Maestro Gate · ${g.gate} · ${f.rule ?? g.reason_code}`),
            file: at.path,
            ...(at.line ? { startLine: at.line } : {}),
            ...(at.column ? { startColumn: at.column } : {}),
          },
        },
      ];
    }),
  );
}

/** The Action's annotations. */
export const annotationsRenderer: Renderer<Annotation[], RepoPaths | void> = {
  format: 'annotations',
  description: 'one workflow annotation per finding with a file',
  render: (run, paths) => renderAnnotations(run, paths ?? {}),
};
