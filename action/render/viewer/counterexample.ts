/**
 * Counterexamples as the viewer shows them: a model-check trace as a state-by-state table with
 * the changed variables marked, a trace record as its fields at `file:line`, anything else as
 * the fields of each step. Every value arrives as text; the browser only places it.
 */
import { formatLocation } from '../../contract/errors.js';
import type { Counterexample } from '../../contract/gate-result.js';
import { canonicalJson } from '../../util/digest.js';

/** One cell of a state table. */
export interface StateCell {
  value: string;
  /** True when the variable differs from the step before (never on the first step). */
  changed: boolean;
}

/** One row of a state table: a state of the trace. */
export interface StateRow {
  step: number;
  /** `initial state`, or the action with its parameters. */
  action: string;
  /** One per variable, in `variables` order; absent variables are empty. */
  cells: StateCell[];
  /** For a lasso's last entry: how the behaviour goes on forever. */
  note?: string;
}

/** A counterexample ready to render. */
export type ViewerCounterexample =
  | {
      /** A model-check state trace (or lasso). */
      view: 'states';
      kind: string;
      location?: string;
      variables: string[];
      rows: StateRow[];
    }
  | {
      /** One offending trace record, at its `file:line`. */
      view: 'record';
      kind: string;
      location?: string;
      fields: Field[];
    }
  | {
      /** Anything else: the fields of each step. */
      view: 'steps';
      kind: string;
      location?: string;
      steps: Field[][];
    };

/** One key and its value as text. */
export interface Field {
  key: string;
  value: string;
}

/** JSON text of a value read from JSON (`''` for what JSON cannot hold). */
const jsonText = (value: unknown): string => JSON.stringify(value) ?? '';

/** Strings as they are, everything else as JSON. */
export function valueText(value: unknown): string {
  return typeof value === 'string' ? value : jsonText(value);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fieldsOf(value: unknown): Field[] {
  if (isRecord(value))
    return Object.entries(value).map(([key, v]) => ({ key, value: valueText(v) }));
  return [{ key: 'value', value: valueText(value) }];
}

function actionLabel(step: Record<string, unknown>): string {
  const action = step['action'];
  if (action === null || action === undefined) return 'initial state';
  const params = isRecord(step['params']) ? Object.entries(step['params']) : [];
  const args = params.map(([k, v]) => `${k}=${jsonText(v)}`).join(', ');
  return params.length > 0 ? `${valueText(action)}(${args})` : valueText(action);
}

function lassoNote(step: Record<string, unknown>): string | undefined {
  if (step['stuttering'] === true) return 'stutters: the previous state repeats forever';
  const back = step['back_to'];
  if (typeof back === 'number') return `back to state ${back}: the behaviour loops from here`;
  return undefined;
}

/** True when every step is a model-check state (`{index, action, state}`). */
function isStateTrace(steps: readonly unknown[]): steps is Record<string, unknown>[] {
  return (
    steps.length > 0 &&
    steps.every(
      (s) => isRecord(s) && ('state' in s ? isRecord(s['state']) : lassoNote(s) !== undefined),
    )
  );
}

function stateTable(steps: Record<string, unknown>[]): { variables: string[]; rows: StateRow[] } {
  const variables: string[] = [];
  for (const s of steps) {
    const state = s['state'];
    if (isRecord(state))
      for (const k of Object.keys(state)) if (!variables.includes(k)) variables.push(k);
  }
  const rows: StateRow[] = [];
  let previous: Record<string, unknown> | undefined;
  steps.forEach((s, i) => {
    const state = isRecord(s['state']) ? s['state'] : undefined;
    const cells = variables.map((v) => {
      if (state === undefined || !(v in state)) return { value: '', changed: false };
      const changed =
        previous !== undefined && canonicalJson(previous[v]) !== canonicalJson(state[v]);
      return { value: valueText(state[v]), changed };
    });
    const note = lassoNote(s);
    rows.push({
      step: typeof s['index'] === 'number' ? s['index'] : i + 1,
      action: actionLabel(s),
      cells,
      ...(note === undefined ? {} : { note }),
    });
    if (state !== undefined) previous = state;
  });
  return { variables, rows };
}

/** The viewer's form of a finding's counterexample. */
export function viewCounterexample(cx: Counterexample): ViewerCounterexample {
  const steps = Array.isArray(cx.steps) ? cx.steps : [];
  const loc =
    cx.location && typeof cx.location.file === 'string'
      ? { location: formatLocation(cx.location) }
      : {};
  const kind = typeof cx.kind === 'string' ? cx.kind : 'counterexample';
  if (kind.startsWith('state-') && isStateTrace(steps)) {
    return { view: 'states', kind, ...loc, ...stateTable(steps) };
  }
  if (kind === 'trace-record' && steps.length === 1) {
    return { view: 'record', kind, ...loc, fields: fieldsOf(steps[0]) };
  }
  return { view: 'steps', kind, ...loc, steps: steps.map(fieldsOf) };
}
