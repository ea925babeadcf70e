/**
 * Folding what every evaluated policy returned into the OPA gate's outcome: exceptions,
 * findings, risk, packages that checked nothing, and the decision by precedence
 * (deny → no decision rule → escalate → risk → warn → OK). Gate-material tampering is the
 * core's check (action/gates/tamper), run for every run.
 */
import type { ReasonCode } from '../../contract/codebook.js';
import type { GateContext } from '../../contract/gate.js';
import { outcome, type Finding, type GateOutcome } from '../../contract/gate-result.js';
import { sha256Json } from '../../util/digest.js';
import type { OpaGateConfig } from './config.js';
import { applyExceptions } from './exceptions.js';
import type { OpaInput } from './input.js';
import type { ModuleLayout } from './layout.js';
import type { PolicyResult, PolicyRisk, PolicyVerdict, RiskClass } from './results.js';
import { ruleRole } from './rules.js';

/** One evaluated policy bundle, for the report. */
export interface EvaluatedPolicy {
  name: string;
  source: 'bundled' | 'precompiled' | 'compiled' | 'cache';
  digest: string;
  files: string[];
  layout: ModuleLayout;
  verdict: PolicyVerdict;
  /** `print()` output of its evaluation. */
  prints: string[];
}

/** Everything {@link decide} reads besides the context. */
export interface DecideInput {
  config: OpaGateConfig;
  input: OpaInput;
  evaluated: EvaluatedPolicy[];
  /** The data files the policies saw. */
  data?: { files: string[]; digest: string } | undefined;
  /** The configuration file, repository-relative, for messages. */
  configFile: string;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function firstMessages(results: PolicyResult[], kind: string): string {
  const msgs = results
    .filter((r) => r.kind === kind)
    .map((r) => (r.file && !r.msg.includes(r.file) ? `${r.file}: ${r.msg}` : r.msg));
  return msgs.slice(0, 3).join('; ') + (msgs.length > 3 ? `; and ${msgs.length - 3} more` : '');
}

function resultFinding(r: PolicyResult, input: OpaInput): Finding {
  return {
    level: r.kind === 'deny' ? 'error' : 'warning',
    message: r.msg,
    rule: `${r.policy}:${r.kind}${r.id !== undefined ? `:${r.id}` : ''}`,
    ...(r.file !== undefined ? { file: r.file } : {}),
    ...(r.line !== undefined ? { line: r.line } : {}),
    ...(r.column !== undefined ? { column: r.column } : {}),
    ...(r.kind === 'warn'
      ? {}
      : {
          counterexample: {
            kind: 'opa-result',
            steps: [
              {
                policy: r.policy,
                package: r.package,
                rule: r.rule,
                kind: r.kind,
                msg: r.msg,
                ...(r.id !== undefined ? { id: r.id } : {}),
                ...(r.file !== undefined ? { file: r.file } : {}),
                ...r.metadata,
                ...(r.file !== undefined
                  ? { changed_file: input.changed_files.find((f) => f.path === r.file) ?? null }
                  : {}),
              },
            ],
            ...(r.file !== undefined
              ? { location: { file: r.file, ...(r.line !== undefined ? { line: r.line } : {}) } }
              : {}),
          },
        }),
  };
}

/** Evaluated packages that define no decision rule: they checked nothing. */
function emptyPackages(
  evaluated: readonly EvaluatedPolicy[],
): { policy: string; name: string; file?: string }[] {
  const out: { policy: string; name: string; file?: string }[] = [];
  for (const p of evaluated) {
    for (const pkg of p.layout.packages) {
      if (!p.layout.evaluated.includes(pkg.name)) continue;
      if (pkg.rules.some((r) => ruleRole(r) !== undefined)) continue;
      out.push({
        policy: p.name,
        name: pkg.name,
        ...(pkg.files[0] !== undefined ? { file: `${p.name}/${pkg.files[0]}` } : {}),
      });
    }
  }
  return out;
}

/** The gate's outcome. */
export function decide(ctx: GateContext, d: DecideInput): GateOutcome {
  const { config, input, evaluated, configFile } = d;
  const findings: Finding[] = [];
  // Sets have no order: sort so the same pull request always reads the same way.
  const kindRank = { deny: 0, escalate: 1, warn: 2 } as const;
  const all = evaluated
    .flatMap((p) => p.verdict.results)
    .sort(
      (a, b) =>
        kindRank[a.kind] - kindRank[b.kind] ||
        compare(a.file ?? '', b.file ?? '') ||
        compare(a.msg, b.msg) ||
        compare(a.policy, b.policy) ||
        compare(`${a.package}.${a.rule}`, `${b.package}.${b.rule}`),
    );
  const ex = applyExceptions(
    all,
    evaluated.flatMap((p) => p.verdict.ruleExceptions),
    evaluated.flatMap((p) => p.verdict.exceptions),
    config.exceptions,
    ctx.now(),
    configFile,
  );
  findings.push(...ex.findings);
  const active = ex.active;
  for (const r of active) findings.push(resultFinding(r, input));

  // Risk: the highest score any policy (or result) returned; the most severe class.
  const risks: PolicyRisk[] = evaluated.flatMap((p) => p.verdict.risks);
  const classRank: Record<RiskClass, number> = { low: 0, medium: 1, high: 2 };
  let score = 0;
  let riskClass: RiskClass | undefined;
  const riskReasons: string[] = [];
  for (const r of risks) {
    score = Math.max(score, r.score);
    if (
      r.class !== undefined &&
      (riskClass === undefined || classRank[r.class] > classRank[riskClass])
    )
      riskClass = r.class;
    riskReasons.push(...r.reasons.map((reason) => `${r.policy}: ${reason}`));
  }
  for (const r of active) if (r.risk !== undefined) score = Math.max(score, r.risk);

  // Packages that define no decision rule checked nothing: never a pass.
  const empty = emptyPackages(evaluated);
  for (const e of empty) {
    findings.push({
      level: config.noDecisionRule === 'STOPPED' ? 'error' : 'warning',
      rule: 'opa:no-decision-rule',
      ...(e.file !== undefined ? { file: e.file } : {}),
      message: `policy ${e.policy}: package \`${e.name}\` defines no decision rule (\`deny\`, \`violation\`, \`escalate\`, \`warn\`, each optionally with a \`_suffix\`; \`exception\`, \`suppress\`, \`risk\`), so it checks nothing. Fix the rule names (a typo such as \`denies\`), or move helper packages out of the namespace \`${config.namespace}\`.`,
    });
  }

  const count = (kind: string): number => active.filter((r) => r.kind === kind).length;
  const approvers = config.approvers ?? ctx.config.owners ?? [];
  const highRisk = riskClass === 'high';
  const report: Record<string, unknown> = {
    namespace: config.namespace,
    all_namespaces: config.allNamespaces,
    rego_version: config.regoVersion,
    input_digest: sha256Json(input),
    policies: evaluated.map((p) => ({
      name: p.name,
      source: p.source,
      digest: p.digest,
      files: p.files,
      packages: p.layout.evaluated,
    })),
    ...(d.data ? { data: d.data } : {}),
    counts: {
      deny: count('deny'),
      escalate: count('escalate'),
      warn: count('warn'),
      suppressed: all.length - active.length,
      exceptions: ex.applied.length,
    },
    exceptions: ex.applied,
    expired_exceptions: ex.expired,
    no_decision_rule: empty,
    risk: {
      score,
      ...(riskClass !== undefined ? { class: riskClass } : {}),
      reasons: riskReasons,
      run_max: config.runMax,
    },
    prints: evaluated
      .filter((p) => p.prints.length > 0)
      .map((p) => ({ policy: p.name, lines: p.prints })),
  };
  const inputs_digest = sha256Json({
    input,
    policies: evaluated.map((p) => p.digest),
    data: d.data?.digest ?? null,
    config,
  });
  const extra = { report, inputs_digest };

  if (count('deny') > 0) {
    return outcome('STOPPED', 'OPA_DENY', findings, {
      ...extra,
      summary: `${count('deny')} policy denial(s): ${firstMessages(active, 'deny')}`,
    });
  }
  if (empty.length > 0 && config.noDecisionRule === 'STOPPED') {
    return outcome('STOPPED', 'OPA_NO_DECISION_RULE', findings, {
      ...extra,
      summary: `package(s) ${empty.map((e) => e.name).join(', ')} define no decision rule`,
    });
  }

  let reason: ReasonCode | undefined;
  let summary = '';
  const required = highRisk ? config.highRequires : 1;
  const groups = approvers;
  if (empty.length > 0) {
    reason = 'OPA_NO_DECISION_RULE';
    summary = `package(s) ${empty.map((e) => e.name).join(', ')} define no decision rule: nothing was checked there`;
  } else if (count('escalate') > 0) {
    reason = 'OPA_ESCALATE';
    summary = `${count('escalate')} policy escalation(s): ${firstMessages(active, 'escalate')}`;
  } else if (score > config.runMax || highRisk) {
    reason = 'OPA_RISK_ABOVE_THRESHOLD';
    summary = `risk ${score.toFixed(2)}${riskClass ? ` (${riskClass})` : ''} is above the run threshold ${config.runMax}`;
    findings.push({
      level: 'warning',
      rule: 'opa:risk',
      message: `opa: risk score ${score.toFixed(2)}${riskClass ? `, class ${riskClass}` : ''} exceeds ${highRisk && score <= config.runMax ? 'the class limit' : `the run threshold ${config.runMax}`}${riskReasons.length ? `: ${riskReasons.join('; ')}` : ''}.`,
    });
  }
  if (reason !== undefined) {
    return outcome('PAUSE_FOR_HITL', reason, findings, {
      ...extra,
      summary,
      required_approvals: required,
      approver_groups: [...groups],
    });
  }
  if (count('warn') > 0) {
    return outcome('RUN', 'OPA_WARN', findings, {
      ...extra,
      summary: `${count('warn')} policy warning(s)`,
    });
  }
  return outcome('RUN', 'OK', findings, {
    ...extra,
    summary: `${evaluated.length} polic${evaluated.length === 1 ? 'y' : 'ies'} passed`,
  });
}
