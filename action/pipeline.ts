import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AuditLog, type AuditEntry } from './audit/arl.js';
import { loadConfig } from './config/load.js';
import { DEFAULT_CONFIG_PATH, gateEnabled, type MaestroConfig } from './config/types.js';
import type { GateName } from './contract/codebook.js';
import { describeThrown, MaestroError } from './contract/errors.js';
import type { Gate, ProgressFn } from './contract/gate.js';
import type { GateResult } from './contract/gate-result.js';
import type { ChangedFile, PullRequestFacts } from './contract/pr-facts.js';
import {
  DEFAULT_GATE_MEMORY_MB,
  DEFAULT_GATE_TIMEOUT_MS,
  runGate,
  stoppedResult,
} from './contract/runner.js';
import { buildRun, withGateResult, type GateRun, type RunHeader } from './contract/run.js';
import { allGates, type GateDeps } from './gates/registry.js';
import { gateServices } from './gates/worker-services.js';
import { createTamperGate } from './gates/tamper/index.js';
import {
  evidenceEnvFromVariables,
  evidenceGateResult,
  writeEvidence,
  type EvidenceConfig,
  type EvidenceEnv,
  type SigningInput,
  type WriteEvidenceResult,
} from './evidence/index.js';
import { sha256 } from './util/digest.js';
import { isolationFor } from './util/isolation.js';
import { diffSnapshots } from './util/snapshot.js';

/** The run document, re-exported for callers that know the pipeline only (declared in contract/run.ts). */
export type { GateRun } from './contract/run.js';

/** Everything one gate run needs. Paths may be relative to the working directory. */
export interface PipelineOptions {
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
  /** How to sign the evidence; default: unsigned, with this reason. */
  signing?: SigningInput;
  /** The build environment the provenance describes; default: a local run. */
  evidenceEnv?: EvidenceEnv;
  /** The base branch name, for the unsigned-evidence policy (default `local`). */
  baseRef?: string;
  /** True when the host reports the base branch as protected. */
  branchProtected?: boolean;
  /** The head commit the evidence is bound to (full SHA), when known. */
  headSha?: string;
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
}

/** What a pipeline run produced: the run document and the evidence step's outcome. */
export interface PipelineResult {
  run: GateRun;
  /** The evidence step's outcome (absent when evidence is disabled or config failed). */
  evidence?: WriteEvidenceResult;
}

/** The default when no signing was arranged. */
const UNSIGNED_LOCAL: SigningInput = {
  mode: 'none',
  reason:
    'no signing was arranged for this run (pass --signing-key FILE or --ephemeral-key, or run in Actions with id-token: write)',
};

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
 * result and the verdict go to the hash-chained audit log as they happen. The function never
 * throws for a gate's failure; it throws only when the audit log itself cannot be opened.
 *
 * The evidence gate has one row. Before signing it says what the signing will be (that row and
 * its verdict are what gets signed); when the evidence cannot be produced, nothing was signed,
 * so the row is replaced by the failure, the verdict refolded, and the run document written
 * then — once.
 */
export async function runPipeline(opts: PipelineOptions): Promise<PipelineResult> {
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

  let evidenceConfig: EvidenceConfig | undefined;
  let evidenceOn = false;
  if (loaded.ok && !auditFailure) {
    evidenceConfig = loaded.config['evidence'] as EvidenceConfig | undefined;
    evidenceOn = evidenceConfig?.enabled !== false;
  }
  const signing = opts.signing ?? UNSIGNED_LOCAL;
  const baseRef = opts.baseRef ?? 'local';
  const policy = {
    baseRef,
    ...(evidenceConfig ? { config: evidenceConfig } : {}),
    ...(opts.branchProtected !== undefined ? { branchProtected: opts.branchProtected } : {}),
  };
  if (evidenceOn) {
    const plan =
      signing.mode === 'none'
        ? { mode: 'none' as const, reason: signing.reason }
        : { mode: signing.mode };
    add(evidenceGateResult(plan, policy));
  }

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
  let run = settle(
    buildRun(header, results, {
      dir: evidenceDir,
      audit_log: auditPath,
      audit_head: audit.head,
      files: [auditPath, runPath],
    }),
  );
  const writeRun = (): void => writeFileSync(runPath, `${JSON.stringify(run, null, 2)}\n`);
  if (!evidenceOn) {
    writeRun();
    return { run };
  }

  progress('writing and signing the evidence');
  const out = await writeEvidence({
    run,
    auditLogPath: auditPath,
    evidenceDir,
    env: opts.evidenceEnv ?? evidenceEnvFromVariables({}),
    signing,
    ...(opts.headSha ? { headSha: opts.headSha } : {}),
    // The binding in the signed verdict: the pull request and the configuration it ran under.
    ...(opts.pr
      ? {
          pullRequest: {
            number: opts.pr.number,
            baseRef: opts.pr.base.ref,
            baseSha: opts.pr.base.sha,
          },
        }
      : {}),
    ...(loaded.ok ? { configSha256: sha256(loaded.text) } : {}),
    now,
    ...policy,
  });
  if (out.gateResult && out.gateResult.reason_code !== 'EVIDENCE_UNSIGNED') {
    // The evidence could not be produced: nothing was signed, so the run document may change.
    record(entryFor(out.gateResult));
    run = settle(withGateResult(run, out.gateResult));
    writeRun();
  } else if (!out.files.includes(runPath)) {
    writeRun();
  }
  const evidence = run.evidence!;
  evidence.files.push(...out.files.filter((f) => !evidence.files.includes(f)));
  evidence.signed = out.signed;
  evidence.signing_mode = out.signingMode;
  evidence.bundle = out.bundlePath;
  if (out.unsignedReason !== undefined) evidence.unsigned_reason = out.unsignedReason;
  return { run, evidence: out };
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
