/** The one renderer interface: every output of a run is a pure function of the run document. */
import type { GateRun } from '../contract/run.js';
import type { RepoPaths } from './paths.js';

/**
 * One output format of a gate run (conftest's `Outputter`): text, JSON, SARIF, job summary,
 * PR comment, check-run output, annotations. Renderers never write: the CLI and the Action
 * decide where the output goes.
 */
export interface Renderer<Out, Options = void> {
  /** The format's name, as the registry and `check --format` call it. */
  readonly format: string;
  /** One line for help texts and docs. */
  readonly description: string;
  render(run: GateRun, options: Options): Out;
}

/**
 * A renderer whose output is one text stream (what `check --format` prints); it may be told
 * where the gated directory sits in the repository, for repository-relative paths.
 */
export type StreamRenderer = Renderer<string, RepoPaths | void>;

/** Pretty JSON with a trailing newline: how every JSON output is written. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
