/**
 * The gate rule over a finished report: diagnostics first (crossing a threshold pauses — the
 * data cannot tell), then the cost budget, then the lower bound on the mean paired difference
 * against −ε. Returns the decision with findings and a decision card that carry the numbers.
 */
import type { ReasonCode } from '../../contract/codebook.js';
import type { Decision } from '../../contract/decision.js';
import type { DecisionCard, Finding } from '../../contract/gate-result.js';
import type { DiagnosticThresholds } from './config.js';
import type { OpeReport } from './report.js';

/** The gate's verdict on one report. */
export interface OpeDecision {
  decision: Decision;
  reason_code: ReasonCode;
  findings: Finding[];
  summary: string;
  card: DecisionCard;
}

const f4 = (x: number): string => (Number.isFinite(x) ? x.toFixed(4) : String(x));
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const int = (x: number): string => Math.round(x).toLocaleString('en-US');

/** The diagnostic thresholds a report crosses, as sentences with numbers. */
export function crossedDiagnostics(r: OpeReport, t: DiagnosticThresholds): string[] {
  const d = r.diagnostics;
  const out: string[] = [];
  if (d.ess < t.min_ess)
    out.push(`effective sample size ${int(d.ess)} < min_ess ${int(t.min_ess)}`);
  if (d.ess_share < t.min_ess_share)
    out.push(
      `effective sample size is ${pct(d.ess_share)} of the rows < min_ess_share ${pct(t.min_ess_share)}`,
    );
  if (d.max_weight > t.max_weight)
    out.push(`max importance weight ${f4(d.max_weight)} > max_weight ${f4(t.max_weight)}`);
  if (Math.abs(d.mean_weight - 1) > t.mean_weight_tolerance)
    out.push(
      `mean importance weight ${f4(d.mean_weight)} is off 1 by more than ${f4(t.mean_weight_tolerance)}`,
    );
  if (d.support_violation > t.max_support_violation)
    out.push(
      `the candidate puts ${pct(d.support_violation)} of its mass on arms never logged in the context (${int(d.contexts_with_violation)} context(s)) > max_support_violation ${pct(t.max_support_violation)}`,
    );
  return out;
}

/** Decides. `policyFile` names the policy in messages; `evidence` are the input digests. */
export function decide(
  r: OpeReport,
  thresholds: DiagnosticThresholds,
  policyFile: string,
  evidence: Record<string, string>,
): OpeDecision {
  const g = r.gate_rule;
  const e = r.estimators[g.estimator];
  const level = `${Math.round((1 - r.settings.alpha) * 1000) / 10}%`;
  const boundName = { t: 'Student-t', bernstein: 'empirical-Bernstein', bootstrap: 'bootstrap' }[
    g.bound
  ];
  const estimateLine = `${g.estimator.toUpperCase()} on ${int(g.n)} logged rows: candidate ${f4(e.candidate.estimate)} [${f4(e.candidate.lower)}, ${f4(e.candidate.upper)}] vs baseline ${f4(e.baseline.estimate)} [${f4(e.baseline.lower)}, ${f4(e.baseline.upper)}]; difference ${f4(g.mean_difference)} (SE ${f4(g.std_error)}), one-sided ${level} ${boundName} lower bound ${f4(g.lower_bound)} ${g.passed ? '≥' : '<'} −ε = ${f4(-g.epsilon)}.`;
  const d = r.diagnostics;
  const diagLine = `Diagnostics (candidate weights): ESS ${int(d.ess)} (${pct(d.ess_share)} of n), max weight ${f4(d.max_weight)}, mean weight ${f4(d.mean_weight)}, support violation ${pct(d.support_violation)}.`;
  const p = r.policy_delta;
  const deltaLine = `Policy delta: the most likely arm changes in ${pct(p.contexts_changed_share)} of ${int(p.contexts)} contexts (${pct(p.rows_changed_share)} of rows); mean total-variation distance ${f4(p.mean_total_variation)}.`;
  const others = (['ips', 'snips', 'dm', 'dr', 'sndr'] as const)
    .map((k) => `${k.toUpperCase()} ${f4(r.estimators[k].difference.estimate)}`)
    .join(', ');
  const reasons = [estimateLine, `Difference by estimator: ${others}.`, diagLine, deltaLine];
  const c = r.cost;
  if (c !== null)
    reasons.push(
      `Cost per round: candidate ${f4(c.candidate)} (upper ${f4(c.candidate_upper)}) vs baseline ${f4(c.baseline)}${c.budget === null ? '' : `; budget ${f4(c.budget)}`}.`,
    );
  if (r.data.rows_dropped > 0)
    reasons.push(
      `${int(r.data.rows_dropped)} bad row(s) dropped (bad_rows: drop): ${JSON.stringify(r.data.dropped_by_reason)}.`,
    );

  const crossed = crossedDiagnostics(r, thresholds);
  r.diagnostics.crossed = crossed;
  const findings: Finding[] = [];
  let decision: Decision = 'RUN';
  let code: ReasonCode = 'OK';
  let toChange =
    'Nothing blocks: the candidate is not worse than the baseline by more than ε on the logged data.';
  if (crossed.length > 0) {
    decision = 'PAUSE_FOR_HITL';
    code = 'OPE_INCONCLUSIVE';
    for (const x of crossed)
      findings.push({
        level: 'warning',
        rule: 'OPE_INCONCLUSIVE',
        file: policyFile,
        message: `${policyFile}: the logged data cannot tell: ${x}.`,
      });
    toChange =
      'Log with a behaviour policy that covers the candidate (more exploration on the arms it prefers), collect more data, or have an owner approve after reading the estimates.';
  } else {
    const costStop = c !== null && c.budget !== null && c.candidate > c.budget;
    const costPause = c !== null && c.budget !== null && !costStop && c.candidate_upper > c.budget;
    if (!g.passed) {
      decision = 'STOPPED';
      code = 'OPE_REGRESSION';
      findings.push({
        level: 'error',
        rule: 'OPE_REGRESSION',
        file: policyFile,
        message: `${policyFile}: the candidate routing policy is worse than the baseline on the logged data: ${estimateLine}`,
      });
      toChange = `Change the candidate so that the ${level} lower bound on mean(candidate − baseline) reaches −ε (${f4(-g.epsilon)}), or, if the loss is acceptable, raise gates.ope.epsilon in the base configuration.`;
    }
    if (costStop || costPause) {
      findings.push({
        level: costStop ? 'error' : 'warning',
        rule: 'OPE_COST_OVER_BUDGET',
        file: policyFile,
        message: `${policyFile}: estimated cost per round under the candidate ${f4(c.candidate)} (upper bound ${f4(c.candidate_upper)}) ${costStop ? 'exceeds' : 'may exceed'} the budget ${f4(c.budget!)}.`,
      });
      if (decision === 'RUN') {
        decision = costStop ? 'STOPPED' : 'PAUSE_FOR_HITL';
        code = 'OPE_COST_OVER_BUDGET';
        toChange =
          'Route fewer rounds to expensive arms, or raise gates.ope.cost_budget in the base configuration.';
      }
    }
  }
  if (findings.length === 0)
    findings.push({
      level: 'note',
      rule: 'OPE',
      file: policyFile,
      message: `${policyFile}: ${estimateLine}`,
    });
  const verdictWord = { RUN: 'not worse', PAUSE_FOR_HITL: 'inconclusive', STOPPED: 'stopped' }[
    decision
  ];
  const summary = `${policyFile}: ${verdictWord} — ${g.estimator.toUpperCase()} difference ${f4(g.mean_difference)}, lower bound ${f4(g.lower_bound)} vs −ε ${f4(-g.epsilon)} (n = ${int(g.n)}, ESS ${int(d.ess)})`;
  return {
    decision,
    reason_code: code,
    findings,
    summary,
    card: {
      title: `Off-policy evaluation of ${policyFile}`,
      decision,
      reasons:
        crossed.length > 0 ? [...crossed.map((x) => `Inconclusive: ${x}.`), ...reasons] : reasons,
      evidence,
      to_change: toChange,
    },
  };
}
