/**
 * The `github` renderer: GitHub Actions workflow commands (`::error file=…,line=…::message`),
 * one per finding and one for the verdict, for `check --format github` in any workflow step.
 * Values are escaped by GitHub's rules: `%`, `\r` and `\n` in the message, and also `:` and
 * `,` in properties, so a message can neither end its command nor start another.
 */
import type { GateRun } from '../contract/run.js';
import { oneLine } from './escape.js';
import { findingPath, type RepoPaths } from './paths.js';
import type { StreamRenderer } from './renderer.js';

/** A workflow command's message (`escapeData` in @actions/core). */
export function commandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value (`escapeProperty` in @actions/core). */
export function commandProperty(value: string): string {
  return commandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command line. */
export function workflowCommand(
  command: 'error' | 'warning' | 'notice',
  properties: Record<string, string | number | undefined>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${commandProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${commandData(message)}`;
}

const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const;

/** Workflow commands for every finding (with its repository path when it has one), then the verdict. */
export function renderGithub(run: GateRun, paths: RepoPaths = {}): string {
  const lines: string[] = [];
  for (const g of run.gates) {
    for (const f of g.findings) {
      const at = findingPath(f, run, paths);
      lines.push(
        workflowCommand(
          COMMAND[f.level],
          {
            file: at?.path,
            line: at?.line,
            col: at?.column,
            title: oneLine(`Maestro Gate · ${g.gate} · ${f.rule ?? g.reason_code}`),
          },
          f.message,
        ),
      );
    }
  }
  const v = run.verdict;
  lines.push(
    workflowCommand(
      v.decision === 'RUN' ? 'notice' : 'error',
      { title: `Maestro Gate: ${v.decision}` },
      `${v.decision}${v.sealed ? ' (sealed)' : ''}: ${v.reason_codes.join(', ')}`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

/** `check --format github`. */
export const githubRenderer: StreamRenderer = {
  format: 'github',
  description: 'GitHub Actions workflow commands (::error file=…,line=…::…), one per finding',
  render: (run, paths) => renderGithub(run, paths ?? {}),
};
