/**
 * The gate phase of a run: load the configuration, run the configured gates fail-closed, record
 * every result and the verdict in the hash-chained audit log, and fold the verdict. It knows
 * nothing of evidence: the caller adds its rows (`finalRows`) and may replace one later.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AuditLog, type AuditEntry } from '../audit/arl.js';
import { loadConfig } from '../config/load.js';
import { DEFAULT_CONFIG_PATH, gateEnabled, type MaestroConfig } from '../config/types.js';
import type { GateName } from '../contract/codebook.js';
import { describeThrown, MaestroError } from '../contract/errors.js';
import type { Gate, ProgressFn } from '../contract/gate.js';
import type { GateResult } from '../contract/gate-result.js';
import type { ChangedFile, PullRequestFacts } from '../contract/pr-facts.js';
import {
  DEFAULT_GATE_MEMORY_MB,
  DEFAULT_GATE_TIMEOUT_MS,
  runGate,
  stoppedResult,
} from './runner.js';
import { buildRun, withGateResult, type GateRun, type RunHeader } from '../contract/run.js';
import { allGates, type GateDeps } from '../gates/registry.js';
import { gateServices } from '../gates/worker-services.js';
import { createTamperGate } from '../gates/tamper/index.js';
import { sha256 } from '../util/digest.js';
import { isolationFor } from '../util/isolation.js';
import { diffSnapshots } from '../util/snapshot.js';

/** What the gate phase needs. Paths may be relative to the working directory. */
export interface GatePhaseOptions {
  /** The checkout being gated (the pull request head). */
  headDir: string;
  /** The trusted snapshot config and gate material are read from; defaults to `headDir`. */
  baseDir?: string;
  /** The configuration file: absolute, or relative to `baseDir`. */
  configPath?: string;
  /** Where the audit log, the run document and the evidence go. */
  evidenceDir: string;
  /** Directory for cached gate results; absent disables caching. */
  cacheDir?: string;
  /** MAC key for cached results (from a secret); see `GateContext.cacheSecret`. */
  cacheSecret?: Uint8Array;
  runId?: string;
  now?: () => Date;
  progress?: ProgressFn;
  /** Files the pull request changes; computed from the two snapshots when absent. */
  changedFiles?: ChangedFile[];
  pr?: PullRequestFacts;
  /** The gates to run as given, enabled or not (default: every registered gate the config enables). */
  gates?: Gate[];
  /** Tools the edge resolved for the gates (the `opa` CLI). */
  gateDeps?: GateDeps;
  /**
   * `worker` (default for the registered gates): each gate runs in a worker thread with a
   * hard deadline and a memory cap. `in-process` runs them on this thread (gates passed in
   * `gates` always run in-process: a worker can only load the registered ones).
   */
  isolation?: 'worker' | 'in-process';
  /** The memory cap of an isolated gate in MiB (default `DEFAULT_GATE_MEMORY_MB`). */
  gateMemoryMb?: number;
  /**
   * Rows added after the gates and before the verdict, when the configuration loaded and the
   * audit log holds (the evidence gate's row: what the signing will be).
   */
  finalRows?: (config: MaestroConfig) => GateResult[];
}

/** What the gate phase produced, and how the caller may still change the run before writing it. */
export interface GatePhase {
  /** The run with its verdict folded and recorded. */
  run: GateRun;
  /** The configuration file's text, when it loaded. */
  configText?: string;
  auditPath: string;
  /** Where the run document is written (`gate-run.json` in the evidence directory). */
  runPath: string;
  evidenceDir: string;
  /** Records `result` in the audit log, replaces its gate's row in `run` and refolds the verdict. */
  replace(run: GateRun, result: GateResult): GateRun;
  /** Writes the run document. */
  writeRun(run: GateRun): void;
}

/** The audit-log entry that records one gate result. */
function entryFor(result: GateResult): AuditEntry {
  return {
    layer: result.gate,
    decision: result.decision,
    reason_code: result.reason_code,
    sealed: result.sealed,
    overrideable: result.overrideable,
    final_decider: result.final_decider,
    details: {
      summary: result.summary,
      inputs_digest: result.inputs_digest,
      duration_ms: result.duration_ms,
      reused: result.reused ?? false,
      findings: result.findings
        .slice(0, 50)
        .map((f) => ({ message: f.message, file: f.file, line: f.line, rule: f.rule })),
      findings_total: result.findings.length,
      report: result.report,
    },
  };
}

function timeoutFor(config: MaestroConfig, gate: GateName): number {
  const seconds = config.timeouts?.[`${gate}_seconds`] ?? config.timeouts?.default_seconds;
  return seconds === undefined ? DEFAULT_GATE_TIMEOUT_MS : Math.round(seconds * 1000);
}

/** The gate-run document's file name inside the evidence directory. */
const RUN_FILE = 'gate-run.json';

/**
 * Runs the configured gates fail-closed and folds their results into one verdict. Every
 * result and the verdict go to the hash-chained audit log as they happen. Never throws for a
 * gate's failure; throws only when the audit log itself cannot be opened.
 */
export async function runGates(opts: GatePhaseOptions): Promise<GatePhase> {
  const now = opts.now ?? (() => new Date());
  const progress = opts.progress ?? (() => undefined);
  const headDir = resolve(opts.headDir);
  const baseDir = resolve(opts.baseDir ?? opts.headDir);
  const evidenceDir = resolve(opts.evidenceDir);
  const configRel = opts.configPath ?? DEFAULT_CONFIG_PATH;
  const configAbs = isAbsolute(configRel) ? configRel : join(baseDir, configRel);
  const header: RunHeader = {
    run_id: opts.runId ?? randomUUID(),
    started_at: now().toISOString(),
    head_dir: headDir,
    base_dir: baseDir,
    config_file: configRel,
  };

  mkdirSync(evidenceDir, { recursive: true });
  const auditPath = join(evidenceDir, 'audit.jsonl');
  const runPath = join(evidenceDir, RUN_FILE);
  const audit = AuditLog.open(auditPath, header.run_id, now);
  const results: GateResult[] = [];
  let auditFailure: MaestroError | undefined;
  const record = (entry: AuditEntry): void => {
    if (auditFailure) return;
    try {
      audit.append(entry);
    } catch (thrown) {
      auditFailure =
        thrown instanceof MaestroError
          ? thrown
          : new MaestroError('AUDIT_WRITE_FAILED', `audit log: ${describeThrown(thrown)}`, {
              cause: thrown,
            });
    }
  };
  const add = (result: GateResult): void => {
    results.push(result);
    record(entryFor(result));
  };

  progress(`loading ${configRel}`);
  const loaded = loadConfig(configAbs, configRel);
  if (!loaded.ok) {
    add(
      stoppedResult('config', loaded.code, loaded.findings[0]?.message ?? loaded.code, {
        findings: loaded.findings,
      }),
    );
  } else {
    const config = loaded.config;
    // The config row goes to the audit log only: a valid config decides nothing.
    record(
      entryFor({
        gate: 'config',
        decision: 'RUN',
        reason_code: 'OK',
        sealed: false,
        overrideable: false,
        final_decider: 'SYSTEM',
        findings: [],
        inputs_digest: sha256(loaded.text),
        duration_ms: 0,
        summary: `${configRel} is valid`,
      }),
    );
    let changedFiles = opts.changedFiles;
    if (changedFiles === undefined && baseDir !== headDir) {
      progress('comparing base and head snapshots');
      changedFiles = diffSnapshots(baseDir, headDir);
    }
    const configured = allGates(opts.gateDeps).filter((g) => gateEnabled(config, g.name));
    // The tamper check runs for every run, whichever gates are enabled.
    const gates = opts.gates ?? (configured.length > 0 ? [createTamperGate(), ...configured] : []);
    const isolation =
      opts.gates === undefined && opts.isolation !== 'in-process'
        ? {
            ...isolationFor(import.meta.url, opts.gateMemoryMb ?? DEFAULT_GATE_MEMORY_MB),
            ...gateServices(opts.gateDeps),
          }
        : undefined;
    for (const gate of gates) {
      if (auditFailure) break;
      progress(`running gate ${gate.name}`);
      add(
        await runGate(gate, {
          headDir,
          baseDir,
          gateConfig: config.gates[gate.name],
          configPath: configRel,
          config,
          priorResults: [...results],
          ...(changedFiles ? { changedFiles } : {}),
          ...(opts.pr ? { pr: opts.pr } : {}),
          ...(opts.cacheDir ? { cacheDir: resolve(opts.cacheDir) } : {}),
          ...(opts.cacheSecret ? { cacheSecret: opts.cacheSecret } : {}),
          now,
          progress: (line) => progress(`${gate.name}: ${line}`),
          timeoutMs: timeoutFor(config, gate.name),
          ...(isolation ? { isolation } : {}),
        }),
      );
    }
    if (gates.length === 0) {
      add(
        stoppedResult(
          'config',
          'NO_GATES_ENABLED',
          `${configRel}: no gate is enabled, so nothing would be checked. Add at least one section under \`gates:\`.`,
        ),
      );
    }
  }

  if (loaded.ok && !auditFailure && opts.finalRows)
    for (const row of opts.finalRows(loaded.config)) add(row);

  const auditStop = (): GateResult =>
    stoppedResult('audit', auditFailure!.code, auditFailure!.message);
  /** Records the run's verdict; a verdict the log could not take never stands. */
  const settle = (run: GateRun): GateRun => {
    let settled = auditFailure ? withGateResult(run, auditStop()) : run;
    if (!auditFailure) {
      record(verdictEntry(settled));
      if (auditFailure) settled = withGateResult(settled, auditStop());
    }
    settled.evidence = { ...settled.evidence!, audit_head: audit.head };
    return settled;
  };
  return {
    run: settle(
      buildRun(header, results, {
        dir: evidenceDir,
        audit_log: auditPath,
        audit_head: audit.head,
        files: [auditPath, runPath],
      }),
    ),
    ...(loaded.ok ? { configText: loaded.text } : {}),
    auditPath,
    runPath,
    evidenceDir,
    replace: (run, result) => {
      record(entryFor(result));
      return settle(withGateResult(run, result));
    },
    writeRun: (run) => writeFileSync(runPath, `${JSON.stringify(run, null, 2)}\n`),
  };
}

/** The audit-log entry that records a run's verdict. */
function verdictEntry(run: GateRun): AuditEntry {
  const verdict = run.verdict;
  return {
    layer: 'verdict',
    decision: verdict.decision,
    reason_code:
      verdict.decision === 'PAUSE_FOR_HITL'
        ? 'HITL_REQUESTED'
        : (verdict.reason_codes[0] ?? 'GATE_ERROR'),
    sealed: verdict.sealed,
    overrideable: verdict.overrideable,
    final_decider: 'SYSTEM',
    details: {
      reason_codes: verdict.reason_codes,
      required_approvals: verdict.required_approvals,
      approver_groups: verdict.approver_groups,
    },
  };
}
