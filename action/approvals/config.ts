/**
 * The `approvals` section of `.github/maestro.yml` (validated by the config schema) with its
 * defaults applied. The app reads it from the default branch only.
 */
import type { MaestroConfig } from '../config/types.js';
import { MaestroError } from '../contract/errors.js';
import type { ApprovalsConfig } from './types.js';

/** Default name of the gate's check run (the Action publishes it). */
export const DEFAULT_GATE_CHECK = 'maestro-gate';
/** Default owner of that check run: workflows run as the GitHub Actions app. */
export const DEFAULT_GATE_APP = 'github-actions';
/** Default OIDC issuer of keyless verdict signatures. */
export const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com';
/** Reason codes that make an escalation high-risk unless configured otherwise. */
export const DEFAULT_HIGH_RISK_REASONS = ['GATE_TAMPER_SUSPECTED', 'OPA_RISK_ABOVE_THRESHOLD'];

interface RawApprovals {
  required?: number;
  high_risk_required?: number;
  high_risk_reasons?: string[];
  approvers?: {
    users?: string[];
    teams?: string[];
    min_permission?: 'admin' | 'maintain' | 'write';
  };
  signer?: {
    public_key?: string;
    issuer?: string;
    workflow_path?: string;
    workflow_ref?: string;
    repository?: string;
    allow_pull_request_refs?: boolean;
  };
  gate_check?: string;
  gate_app?: string;
  revive_on_force_push_back?: boolean;
  request_reviewers?: boolean;
}

/**
 * Applies defaults to a validated config's `approvals` section. Without a signer the app
 * cannot tell a real verdict from a forged one: `APPROVAL_NOT_CONFIGURED`.
 *
 * @param config a config that already passed schema validation
 * @param repository `owner/name`, the default for a keyless signer's repository
 */
export function approvalsConfig(config: MaestroConfig, repository: string): ApprovalsConfig {
  const raw = (config['approvals'] ?? {}) as RawApprovals;
  const s = raw.signer ?? {};
  let signer: ApprovalsConfig['signer'];
  if (s.public_key !== undefined) {
    if (s.workflow_path !== undefined || s.workflow_ref !== undefined)
      throw new MaestroError(
        'CONFIG_INVALID',
        '.github/maestro.yml: approvals.signer: give either public_key or workflow_path/workflow_ref, not both',
      );
    signer = { kind: 'key', publicKeyPem: s.public_key };
  } else if (s.workflow_path !== undefined && s.workflow_ref !== undefined) {
    signer = {
      kind: 'keyless',
      issuer: s.issuer ?? DEFAULT_ISSUER,
      repository: s.repository ?? repository,
      workflowPath: s.workflow_path,
      workflowRef: s.workflow_ref,
      allowPullRequestRefs: s.allow_pull_request_refs ?? false,
    };
  } else {
    throw new MaestroError(
      'APPROVAL_NOT_CONFIGURED',
      '.github/maestro.yml (default branch): approvals.signer is missing or incomplete. Set `public_key` (the PEM public key of the gate signing key) or `workflow_path` and `workflow_ref` (the keyless gate workflow on a protected ref); see docs/app.md.',
    );
  }
  const users = raw.approvers?.users ?? [];
  const teams = raw.approvers?.teams ?? [];
  const minPermission =
    raw.approvers?.min_permission ??
    (users.length === 0 && teams.length === 0 ? 'write' : undefined);
  return {
    required: raw.required ?? 1,
    highRiskRequired: raw.high_risk_required ?? 2,
    highRiskReasons: raw.high_risk_reasons ?? DEFAULT_HIGH_RISK_REASONS,
    approvers: { users, teams, minPermission },
    signer,
    gateCheck: raw.gate_check ?? DEFAULT_GATE_CHECK,
    gateApp: raw.gate_app ?? DEFAULT_GATE_APP,
    reviveOnForcePushBack: raw.revive_on_force_push_back ?? false,
    requestReviewers: raw.request_reviewers ?? true,
  };
}
