/** The app's audit records (layer `approval`) and decision metrics. */
import { createHash } from 'node:crypto';
import { humanOperatorId } from '../action/approvals/receipt.js';
import type { Evaluation } from '../action/approvals/types.js';
import type { ReasonCode } from '../action/contract/codebook.js';
import type { AppPullRequest } from './github.js';
import type { AppMetrics } from './metrics.js';
import type { AppOptions } from './options.js';

/** Counts a decision, and an escalation, approval or rejection when the decision changed. */
export function countDecision(
  metrics: AppMetrics,
  e: Evaluation,
  previous: string | undefined,
  repository: string,
): void {
  metrics.decisions.inc({ reason_code: e.reason_code });
  if (previous === e.reason_code) return;
  if (e.reason_code === 'APPROVAL_PENDING') metrics.escalations.inc({ repository });
  if (e.reason_code === 'APPROVAL_GRANTED')
    metrics.approvals.inc({
      source: e.approvals
        .map((a) => a.source)
        .sort()
        .join('+'),
    });
  if (e.reason_code === 'APPROVAL_REJECTED')
    metrics.rejections.inc({ source: e.rejections[0]?.source ?? 'unknown' });
}

/** Records an audit line about a pull request (layer `approval`). */
export function record(
  options: AppOptions,
  code: ReasonCode,
  decision: 'RUN' | 'PAUSE_FOR_HITL' | 'STOPPED',
  pr: { repository: string; number: number; head_sha: string },
  check: string,
  details: Record<string, unknown>,
  human?: string,
): void {
  options.audit.record({
    layer: 'approval',
    decision,
    reason_code: code,
    sealed: false,
    overrideable: decision === 'PAUSE_FOR_HITL',
    final_decider: human === undefined ? 'SYSTEM' : 'USER',
    artifact_id: `${pr.repository}#${pr.number}@${pr.head_sha}`,
    ...(human === undefined ? {} : { human_operator_id: humanOperatorId(human) }),
    details: { check, ...details },
  });
}

/** Records an evaluation, and one `HITL_DECIDED` line per human whose vote decided it. */
export function recordEvaluation(
  options: AppOptions,
  e: Evaluation,
  pr: AppPullRequest,
  check: string,
  receipt: Record<string, unknown> | undefined,
): void {
  options.audit.record({
    layer: 'approval',
    decision: e.decision,
    reason_code: e.reason_code,
    sealed: e.sealed,
    overrideable: e.decision === 'PAUSE_FOR_HITL',
    final_decider: 'SYSTEM',
    artifact_id: `${pr.repository}#${pr.number}@${pr.head_sha}`,
    details: {
      check,
      title: e.title,
      needed: e.needed,
      ignored: e.ignored.map((i) => ({ login: i.login, why: i.why })),
    },
  });
  const human =
    e.reason_code === 'APPROVAL_GRANTED'
      ? e.approvals
      : e.reason_code === 'APPROVAL_REJECTED'
        ? e.rejections
        : [];
  const receiptDigest =
    receipt === undefined
      ? undefined
      : createHash('sha256').update(JSON.stringify(receipt)).digest('hex');
  for (const v of human)
    options.audit.record({
      layer: 'approval',
      decision: e.decision,
      reason_code: 'HITL_DECIDED',
      sealed: false,
      overrideable: false,
      final_decider: 'USER',
      artifact_id: `${pr.repository}#${pr.number}@${pr.head_sha}`,
      human_operator_id: humanOperatorId(v.login),
      details: {
        check,
        vote: v.vote,
        source: v.source,
        id: v.id,
        reason: v.reason,
        at: v.at,
        ...(receiptDigest === undefined ? {} : { receipt_sha256: receiptDigest }),
      },
    });
}
