/**
 * The one results model: the gate-run document (`schemas/gate-run.schema.json`) every runtime
 * produces and every renderer reads, and the one place its verdict is folded.
 */
import pkg from '../../package.json' with { type: 'json' };
import type { GateName, ReasonCode } from './codebook.js';
import type { GateResult } from './gate-result.js';
import { stoppedResult } from './runner-results.js';
import { foldVerdict, type Verdict } from './verdict.js';

/** The tool's name and version, as recorded in every run document. */
export const TOOL = { name: 'maestro-gate', version: pkg.version } as const;

/** Where a run's audit log and evidence are, and how the evidence was signed. */
export interface RunEvidence {
  dir: string;
  audit_log: string;
  audit_head: string;
  files: string[];
  /** Set after signing: whether the evidence is signed, how, and the verdict bundle. */
  signed?: boolean;
  signing_mode?: 'key' | 'keyless' | 'none';
  bundle?: string | null;
  unsigned_reason?: string;
}

/** The document `check --format json` prints (schemas/gate-run.schema.json). */
export interface GateRun {
  schema_version: 1;
  tool: { name: string; version: string };
  run_id: string;
  started_at: string;
  head_dir: string;
  base_dir: string;
  config_file: string;
  verdict: Verdict;
  gates: GateResult[];
  /** Absent only when the run stopped before an audit log could be opened. */
  evidence?: RunEvidence;
}

/** What identifies a run, independent of its results. */
export interface RunHeader {
  run_id: string;
  started_at: string;
  head_dir: string;
  base_dir: string;
  config_file: string;
}

/**
 * Builds the run document from its gate results: the verdict is folded here and nowhere else,
 * so a document's verdict always matches its gate table.
 */
export function buildRun(
  header: RunHeader,
  gates: readonly GateResult[],
  evidence?: RunEvidence,
): GateRun {
  return {
    schema_version: 1,
    tool: { ...TOOL },
    ...header,
    verdict: foldVerdict(gates),
    gates: [...gates],
    ...(evidence ? { evidence } : {}),
  };
}

/**
 * The run with `result` in place of the row of the same gate (appended when the gate has no
 * row): one row per gate, the verdict refolded. The input run is not changed.
 */
export function withGateResult(run: GateRun, result: GateResult): GateRun {
  const at = run.gates.findIndex((g) => g.gate === result.gate);
  const gates = at < 0 ? [...run.gates, result] : run.gates.map((g, i) => (i === at ? result : g));
  const { schema_version: _v, tool: _t, verdict: _d, gates: _g, evidence, ...header } = run;
  return buildRun(header, gates, evidence);
}

/**
 * A run that stopped before any gate could be asked: one `STOPPED` row for `gate` with the
 * precise reason code and message. The Action and the App build their early stops with it.
 */
export function stoppedRun(
  header: RunHeader,
  gate: GateName,
  code: ReasonCode,
  message: string,
): GateRun {
  return buildRun(header, [stoppedResult(gate, code, message)]);
}
