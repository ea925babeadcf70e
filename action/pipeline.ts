/**
 * One run, end to end: the gate phase (`pipeline/run-gates.ts`: config, gates, audit log,
 * verdict), then the evidence (`evidence/write.ts`). The CLI and the Action both call this.
 */
import {
  evidenceEnvFromVariables,
  evidenceGateResult,
  writeEvidence,
  type EvidenceConfig,
  type EvidenceEnv,
  type SigningInput,
  type WriteEvidenceResult,
} from './evidence/index.js';
import type { GateRun } from './contract/run.js';
import { runGates, type GatePhaseOptions } from './pipeline/run-gates.js';
import { sha256 } from './util/digest.js';

/** The run document, re-exported for callers that know the pipeline only (declared in contract/run.ts). */
export type { GateRun } from './contract/run.js';

/** Everything one gate run needs. Paths may be relative to the working directory. */
export interface PipelineOptions extends Omit<GatePhaseOptions, 'finalRows'> {
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

/**
 * Runs the configured gates fail-closed and folds their results into one verdict (the gate
 * phase, `pipeline/run-gates.ts`), then writes and signs the evidence. Every result and the
 * verdict go to the hash-chained audit log as they happen. The function never throws for a
 * gate's failure; it throws only when the audit log itself cannot be opened.
 *
 * The evidence gate has one row. Before signing it says what the signing will be (that row and
 * its verdict are what gets signed); when the evidence cannot be produced, nothing was signed,
 * so the row is replaced by the failure, the verdict refolded, and the run document written
 * then — once.
 */
export async function runPipeline(opts: PipelineOptions): Promise<PipelineResult> {
  const now = opts.now ?? (() => new Date());
  const progress = opts.progress ?? (() => undefined);
  const signing = opts.signing ?? UNSIGNED_LOCAL;
  let evidenceConfig: EvidenceConfig | undefined;
  let evidenceOn = false;
  const policy = (): Parameters<typeof evidenceGateResult>[1] => ({
    baseRef: opts.baseRef ?? 'local',
    ...(evidenceConfig ? { config: evidenceConfig } : {}),
    ...(opts.branchProtected !== undefined ? { branchProtected: opts.branchProtected } : {}),
  });
  const phase = await runGates({
    ...opts,
    finalRows: (config) => {
      evidenceConfig = config['evidence'] as EvidenceConfig | undefined;
      evidenceOn = evidenceConfig?.enabled !== false;
      if (!evidenceOn) return [];
      const plan =
        signing.mode === 'none'
          ? { mode: 'none' as const, reason: signing.reason }
          : { mode: signing.mode };
      return [evidenceGateResult(plan, policy())];
    },
  });
  let run = phase.run;
  if (!evidenceOn) {
    phase.writeRun(run);
    return { run };
  }

  progress('writing and signing the evidence');
  const out = await writeEvidence({
    run,
    auditLogPath: phase.auditPath,
    evidenceDir: phase.evidenceDir,
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
    ...(phase.configText !== undefined ? { configSha256: sha256(phase.configText) } : {}),
    now,
    ...policy(),
  });
  if (out.gateResult && out.gateResult.reason_code !== 'EVIDENCE_UNSIGNED') {
    // The evidence could not be produced: nothing was signed, so the run document may change.
    run = phase.replace(run, out.gateResult);
    phase.writeRun(run);
  } else if (!out.files.includes(phase.runPath)) {
    phase.writeRun(run);
  }
  const evidence = run.evidence!;
  evidence.files.push(...out.files.filter((f) => !evidence.files.includes(f)));
  evidence.signed = out.signed;
  evidence.signing_mode = out.signingMode;
  evidence.bundle = out.bundlePath;
  if (out.unsignedReason !== undefined) evidence.unsigned_reason = out.unsignedReason;
  return { run, evidence: out };
}
