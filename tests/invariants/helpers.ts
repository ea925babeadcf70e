import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { MaestroConfig } from '../../action/config/types.js';
import type { GateContext } from '../../action/contract/gate.js';
import { TraceMonitor } from '../../action/gates/invariants/engine.js';
import type { InvariantSet } from '../../action/gates/invariants/model.js';
import { readTrace } from '../../action/gates/invariants/trace-reader.js';

/** Writes `files` (relative path → content) into a fresh temp directory. */
export function tempTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'maestro-inv-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return root;
}

/** JSONL of records. */
export function jsonl(records: readonly Record<string, unknown>[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/** A trace record with the required fields filled in. */
export function rec(
  run_id: string,
  scope: string,
  event: string,
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  return { run_id, ts: '2026-11-21T10:00:00Z', scope, event, ...fields };
}

/** Runs a monitor over trace files (absolute path, display name). */
export async function monitorFiles(
  set: InvariantSet,
  files: readonly { abs: string; file: string }[],
): Promise<TraceMonitor> {
  const monitor = new TraceMonitor(set);
  for (const f of files) {
    await readTrace(f.abs, f.file, (r, line) => monitor.observe(r, f.file, line));
  }
  monitor.finish();
  return monitor;
}

/** A gate context over a base and head directory. */
export function gateContext(
  baseDir: string,
  headDir: string,
  gateConfig: unknown,
  extra: Partial<GateContext> = {},
): GateContext {
  const config: MaestroConfig = { version: 1, gates: { invariants: gateConfig } };
  return {
    baseDir,
    headDir,
    gateConfig,
    config,
    priorResults: [],
    now: () => new Date('2026-11-21T10:00:00Z'),
    signal: new AbortController().signal,
    progress: () => undefined,
    ...extra,
  };
}
