/** The annotations renderer: one workflow annotation per finding that names a file. */
import type { GateRun } from '../contract/run.js';
import { oneLine } from './escape.js';
import type { Renderer } from './renderer.js';

/** One workflow annotation (`::error file=…::message`), as `@actions/core` takes it. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: { title: string; file: string; startLine?: number; startColumn?: number };
}

/** The annotations of a run, in gate and finding order. */
export function renderAnnotations(run: GateRun): Annotation[] {
  return run.gates.flatMap((g) =>
    g.findings.flatMap((f): Annotation[] =>
      f.file
        ? [
            {
              level: f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'notice',
              message: f.message,
              properties: {
                title: oneLine(`Maestro Gate · ${g.gate} · ${f.rule ?? g.reason_code}`),
                file: oneLine(f.file),
                ...(f.line ? { startLine: f.line } : {}),
                ...(f.column ? { startColumn: f.column } : {}),
              },
            },
          ]
        : [],
    ),
  );
}

/** The Action's annotations. */
export const annotationsRenderer: Renderer<Annotation[]> = {
  format: 'annotations',
  description: 'one workflow annotation per finding with a file',
  render: renderAnnotations,
};
