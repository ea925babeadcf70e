/** The JSON renderer: the run document itself (schemas/gate-run.schema.json). */
import type { GateRun } from '../contract/run.js';
import { jsonText, type StreamRenderer } from './renderer.js';

/** The run document as pretty JSON. */
export function renderJson(run: GateRun): string {
  return jsonText(run);
}

/** `check --format json`. */
export const jsonRenderer: StreamRenderer = {
  format: 'json',
  description: 'the run document (schemas/gate-run.schema.json)',
  render: renderJson,
};
