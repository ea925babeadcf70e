/**
 * Decisions of the model-check gate: one search result becomes a spec outcome (decision,
 * reason code, findings with the counterexample), and the outcomes of all specs fold into the
 * gate's result.
 */
import type { ReasonCode } from '../../contract/codebook.js';
import type { Decision } from '../../contract/decision.js';
import {
  outcome,
  type DecisionCard,
  type Finding,
  type GateOutcome,
} from '../../contract/gate-result.js';
import type { CheckResult, CheckStats } from './check-result.js';
import type { ModelcheckConfig } from './config.js';
import type { Severity } from './model.js';
import { MODELCHECK_VERSION } from './version.js';

/** The result of one spec, as reported and cached. */
export interface SpecOutcome {
  spec: string;
  file: string;
  decision: Decision;
  reason_code: ReasonCode;
  sealed: boolean;
  status: CheckResult['status'] | 'error';
  bound?: string;
  summary: string;
  findings: Finding[];
  stats?: CheckStats;
  reused: boolean;
}

const SEVERITY_ORDER: Record<Decision, number> = { RUN: 0, PAUSE_FOR_HITL: 1, STOPPED: 2 };

/** Whether a cached value has the shape of a spec outcome. */
export function isSpecOutcome(v: unknown): v is SpecOutcome {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o['spec'] === 'string' &&
    typeof o['file'] === 'string' &&
    (o['decision'] === 'RUN' ||
      o['decision'] === 'PAUSE_FOR_HITL' ||
      o['decision'] === 'STOPPED') &&
    typeof o['reason_code'] === 'string' &&
    o['reason_code'].startsWith('MC_') === (o['reason_code'] !== 'OK') &&
    typeof o['sealed'] === 'boolean' &&
    typeof o['summary'] === 'string' &&
    Array.isArray(o['findings'])
  );
}

/** A spec that could not be checked: `STOPPED` with `code`. */
export function failed(
  file: string,
  code: ReasonCode,
  message: string,
  location?: { file: string; line?: number; column?: number },
): SpecOutcome {
  return {
    spec: file,
    file,
    decision: 'STOPPED',
    reason_code: code,
    sealed: false,
    status: 'error',
    summary: message,
    findings: [{ level: 'error', message, rule: code, ...(location ?? { file }) }],
    reused: false,
  };
}

function statsLine(s: CheckStats): string {
  return `${s.distinct} distinct states, ${s.generated} generated, depth ${s.depth}, ${s.distinctPerSecond} distinct states/s, fingerprint collision probability ≈ ${s.collisionProbability.toExponential(1)} (optimistic)`;
}

/** Turns one search result into a decision. */
export function toSpecOutcome(
  r: CheckResult,
  critical: boolean,
  cfg: ModelcheckConfig,
): SpecOutcome {
  const base = {
    spec: r.spec,
    file: r.file,
    status: r.status,
    stats: r.stats,
    reused: false,
  } as const;
  if (r.status === 'ok') {
    return {
      ...base,
      decision: 'RUN',
      reason_code: 'OK',
      sealed: false,
      summary: `${r.spec}: exhaustive, no violation (${statsLine(r.stats)})`,
      findings: [],
    };
  }
  if (r.status === 'bound' || r.status === 'aborted') {
    const decision: Decision = critical
      ? (cfg.critical_bound_action ?? 'PAUSE_FOR_HITL')
      : (cfg.bound_action ?? 'PAUSE_FOR_HITL');
    const message = `${r.spec}: the search hit its ${r.bound ?? 'time'} bound before exhausting the state space, so the spec is NOT fully verified (${statsLine(r.stats)}). Raise the bound or shrink the model.`;
    return {
      ...base,
      ...(r.bound !== undefined ? { bound: r.bound } : {}),
      decision,
      reason_code: 'MC_BOUND_REACHED',
      sealed: false,
      summary: message,
      findings: [
        {
          level: decision === 'RUN' ? 'warning' : 'error',
          message,
          rule: 'MC_BOUND_REACHED',
          file: r.file,
        },
      ],
    };
  }
  const v = r.violation!;
  const severity: Severity = v.invariant?.severity ?? v.response?.severity ?? 'high';
  const code: ReasonCode =
    v.kind === 'invariant'
      ? 'MC_INVARIANT_VIOLATED'
      : v.kind === 'deadlock'
        ? 'MC_DEADLOCK'
        : v.kind === 'response'
          ? 'MC_RESPONSE_VIOLATED'
          : v.kind === 'liveness' || v.kind === 'action-property'
            ? 'MC_PROPERTY_VIOLATED'
            : v.kind === 'domain'
              ? 'MC_DOMAIN_VIOLATION'
              : 'MC_EVAL_ERROR';
  const sealed = (v.kind === 'invariant' || v.kind === 'response') && severity === 'critical';
  const steps = v.trace.map((t) =>
    t.stuttering === true
      ? `${t.index}. stuttering: state ${t.index - 1} repeats forever`
      : t.back_to !== undefined
        ? `${t.index}. ${t.action ?? 'step'}: back to state ${t.back_to} (a loop)`
        : `${t.index}. ${
            t.action === null
              ? 'initial state'
              : `${t.action}${
                  Object.keys(t.params).length > 0
                    ? `(${Object.entries(t.params)
                        .map(([k, x]) => `${k}=${JSON.stringify(x)}`)
                        .join(', ')})`
                    : ''
                }`
          }: ${JSON.stringify(t.state)}`,
  );
  const lasso = v.trace.some((t) => t.stuttering === true || t.back_to !== undefined);
  const message = `${r.spec}: ${v.message}; ${lasso ? 'counterexample (a lasso: a prefix and a loop)' : 'shortest counterexample'} (${v.trace.length} states):\n${steps.join('\n')}`;
  return {
    ...base,
    decision: 'STOPPED',
    reason_code: code,
    sealed,
    summary: `${r.spec}: ${v.message} (counterexample of ${v.trace.length} states)`,
    findings: [
      {
        level: 'error',
        message,
        rule: v.invariant?.name ?? v.response?.name ?? v.property?.name ?? code,
        file: v.location.file,
        ...(v.location.line !== undefined ? { line: v.location.line } : {}),
        ...(v.location.column !== undefined ? { column: v.location.column } : {}),
        counterexample: {
          kind: lasso ? 'state-lasso' : 'state-trace',
          steps: v.trace,
          location: v.location,
        },
      },
    ],
  };
}

/** Folds the outcomes of all specs into the gate's result. */
export function combine(
  results: SpecOutcome[],
  digests: Record<string, string>,
  notes: string[],
): GateOutcome {
  let worst = results[0]!;
  for (const r of results)
    if (
      SEVERITY_ORDER[r.decision] > SEVERITY_ORDER[worst.decision] ||
      (r.decision === worst.decision && r.sealed && !worst.sealed)
    )
      worst = r;
  const sealed = results.some((r) => r.decision === 'STOPPED' && r.sealed);
  const findings: Finding[] = results.flatMap((r) => r.findings);
  for (const r of results)
    if (r.reused)
      findings.push({
        level: 'note',
        message: `result reused from the cache (unchanged spec, invariants and checker version)`,
        file: r.file,
      });
  for (const n of notes) findings.push({ level: 'note', message: n });
  const lines = results.map(
    (r) => `${r.decision} ${r.file}: ${r.summary}${r.reused ? ' [reused from cache]' : ''}`,
  );
  const cards: DecisionCard[] = results
    .filter((r) => r.decision !== 'RUN' || r.reason_code !== 'OK')
    .map((r) => ({
      title: `Model check: ${r.spec}`,
      decision: r.decision,
      reasons: [r.summary],
      evidence: digests[r.file] !== undefined ? { [r.file]: digests[r.file]! } : {},
      to_change:
        r.reason_code === 'MC_BOUND_REACHED'
          ? 'Raise the spec bounds (bounds.max_states / time_seconds) or shrink the model so the search is exhaustive.'
          : 'Fix the model or the code it describes so that the counterexample is no longer possible, then push a new commit.',
    }));
  const reusedAll = results.every((r) => r.reused);
  const code: ReasonCode =
    worst.decision === 'RUN' && results.some((r) => r.reason_code === 'MC_BOUND_REACHED')
      ? 'MC_BOUND_REACHED'
      : worst.reason_code;
  return outcome(worst.decision, code, findings, {
    sealed,
    summary: `${results.length} spec(s): ${lines.join(' | ')}`,
    cards,
    ...(reusedAll ? { reused: true } : {}),
    report: {
      checker_version: MODELCHECK_VERSION,
      specs: results.map((r) => ({
        spec: r.spec,
        file: r.file,
        decision: r.decision,
        reason_code: r.reason_code,
        status: r.status,
        ...(r.bound !== undefined ? { bound: r.bound } : {}),
        reused: r.reused,
        ...(r.stats !== undefined ? { stats: r.stats } : {}),
      })),
    },
  });
}
