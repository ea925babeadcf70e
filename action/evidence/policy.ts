/**
 * Signing policy: which signing mode a run uses, and the `evidence` gate result when evidence
 * cannot be signed. Unsigned evidence is never a silent pass: on protected branches it is at
 * least `PAUSE_FOR_HITL`.
 */
import picomatch from 'picomatch';
import type { Decision } from '../contract/decision.js';
import { flagsFor, type GateResult } from '../contract/gate-result.js';
import { sha256Json } from '../util/digest.js';

/** The `evidence` section of `.github/maestro.yml` (validated by config.schema.json). */
export interface EvidenceConfig {
  enabled?: boolean;
  signing?: 'auto' | 'keyless' | 'key' | 'none';
  sigstore?: 'auto' | 'public-good' | 'github';
  unsigned_on_protected?: 'PAUSE_FOR_HITL' | 'STOPPED';
  unsigned_on_unprotected?: Decision;
  protected_branches?: string[];
}

/** Default protected-branch globs. */
export const DEFAULT_PROTECTED_BRANCHES = ['main', 'master', 'release/**'];

/** Default decision for unsigned evidence on a protected base branch. */
export const DEFAULT_UNSIGNED_ON_PROTECTED: Decision = 'PAUSE_FOR_HITL';

/** Default decision for unsigned evidence on an unprotected base branch. */
export const DEFAULT_UNSIGNED_ON_UNPROTECTED: Decision = 'RUN';

/** The chosen signing mode, with the reason when unsigned. */
export type SigningPlan = { mode: 'keyless' } | { mode: 'key' } | { mode: 'none'; reason: string };

/**
 * Chooses the signing mode. `auto` prefers keyless (an OIDC token can be requested: the job
 * has `id-token: write` and is not a fork pull request), then a key, then unsigned with the
 * reason. A required mode that is unavailable is unsigned with a reason that says so.
 */
export function planSigning(
  config: EvidenceConfig | undefined,
  available: { oidc: boolean; key: boolean; fork?: boolean },
): SigningPlan {
  const mode = config?.signing ?? 'auto';
  const noToken =
    available.fork === true
      ? 'a pull request from a fork gets no OIDC token'
      : 'no OIDC token is available (the job needs `permissions: id-token: write`)';
  switch (mode) {
    case 'none':
      return {
        mode: 'none',
        reason: 'signing is disabled in .github/maestro.yml (evidence.signing: none)',
      };
    case 'keyless':
      return available.oidc
        ? { mode: 'keyless' }
        : { mode: 'none', reason: `evidence.signing is keyless, but ${noToken}` };
    case 'key':
      return available.key
        ? { mode: 'key' }
        : {
            mode: 'none',
            reason: 'evidence.signing is key, but no signing key was given (input `signing-key`)',
          };
    case 'auto':
      if (available.oidc) return { mode: 'keyless' };
      if (available.key) return { mode: 'key' };
      return {
        mode: 'none',
        reason: `${noToken}, and no signing key was given (input \`signing-key\`)`,
      };
  }
}

/** True when `baseRef` (`main` or `refs/heads/main`) matches the protected-branch globs. */
export function isProtectedBranch(
  baseRef: string,
  config: EvidenceConfig | undefined,
  reportedProtected = false,
): boolean {
  if (reportedProtected) return true;
  const branch = baseRef.replace(/^refs\/heads\//, '');
  const globs = config?.protected_branches ?? DEFAULT_PROTECTED_BRANCHES;
  return globs.some((g) => picomatch.isMatch(branch, g, { dot: true }));
}

/**
 * The `evidence` gate result for a signing plan. Signed → `RUN`/`OK`. Unsigned → the configured
 * decision with `EVIDENCE_UNSIGNED` and the reason as a finding: at least `PAUSE_FOR_HITL` on
 * protected branches, `RUN` with a warning elsewhere unless configured stricter.
 */
export function evidenceGateResult(
  plan: SigningPlan,
  opts: { baseRef: string; config?: EvidenceConfig; branchProtected?: boolean },
): GateResult {
  const inputs_digest = sha256Json({ plan, baseRef: opts.baseRef, config: opts.config ?? null });
  if (plan.mode !== 'none') {
    return {
      gate: 'evidence',
      decision: 'RUN',
      reason_code: 'OK',
      ...flagsFor('RUN'),
      final_decider: 'SYSTEM',
      findings: [],
      inputs_digest,
      duration_ms: 0,
      summary: `evidence will be signed (${plan.mode === 'key' ? 'key-based' : 'keyless, Sigstore'})`,
    };
  }
  const protectedBase = isProtectedBranch(opts.baseRef, opts.config, opts.branchProtected === true);
  let decision: Decision = protectedBase
    ? (opts.config?.unsigned_on_protected ?? DEFAULT_UNSIGNED_ON_PROTECTED)
    : (opts.config?.unsigned_on_unprotected ?? DEFAULT_UNSIGNED_ON_UNPROTECTED);
  // Never RUN on a protected branch, whatever the config says.
  if (protectedBase && decision === 'RUN') decision = 'PAUSE_FOR_HITL';
  // `local` is the pipeline's name for a run that named no base branch (the CLI without --base-ref).
  const where = protectedBase
    ? `protected base branch ${opts.baseRef}`
    : opts.baseRef === 'local'
      ? 'local run, which names no base branch (pass --base-ref NAME to apply its policy),'
      : `unprotected base branch ${opts.baseRef}`;
  return {
    gate: 'evidence',
    decision,
    reason_code: 'EVIDENCE_UNSIGNED',
    ...flagsFor(decision),
    final_decider: 'SYSTEM',
    findings: [
      {
        level: decision === 'RUN' ? 'warning' : 'error',
        rule: 'evidence.signing',
        message: `the evidence is unsigned: ${plan.reason}. On the ${where} this is ${decision}. To sign: grant \`id-token: write\` (keyless) or pass a P-256 key in the \`signing-key\` input.`,
      },
    ],
    inputs_digest,
    duration_ms: 0,
    summary: `evidence unsigned: ${plan.reason}`,
    cards: [
      {
        title: 'Evidence is unsigned',
        decision,
        reasons: [plan.reason],
        evidence: {},
        to_change:
          'Run the gate where it can sign: a workflow with `permissions: id-token: write` on a branch of this repository, or configure a signing key secret.',
      },
    ],
  };
}
