/** The invariant gate's decision, findings, cards and report, built from what the monitor saw. */
import type { ReasonCode } from '../../contract/codebook.js';
import type { Decision } from '../../contract/decision.js';
import { formatLocation } from '../../contract/errors.js';
import {
  outcome,
  type DecisionCard,
  type Finding,
  type GateOutcome,
} from '../../contract/gate-result.js';
import { sha256Json } from '../../util/digest.js';
import type { TraceMonitor, Violation } from './engine.js';
import type { CompiledInvariant, InvariantSet, Severity } from './model.js';
import type { TraceFileSummary } from './trace-reader.js';
import type { CoverageReport } from './coverage.js';

const DECISION_OF: Record<Severity, Decision> = {
  critical: 'STOPPED',
  high: 'STOPPED',
  medium: 'PAUSE_FOR_HITL',
  low: 'RUN',
};

const CODE_OF: Record<Severity, ReasonCode> = {
  critical: 'INV_VIOLATION_CRITICAL',
  high: 'INV_VIOLATION_HIGH',
  medium: 'INV_VIOLATION_MEDIUM',
  low: 'INV_VIOLATION_LOW',
};

/** Trace files with records but zero applicable checks, and what they decide. */
export interface NothingChecked {
  files: TraceFileSummary[];
  decision: 'PAUSE_FOR_HITL' | 'STOPPED';
}

/** Folds the monitor's counts, coverage and zero-check traces into the gate's outcome. */
export function buildOutcome(
  set: InvariantSet,
  monitor: TraceMonitor,
  coverage: CoverageReport,
  traces: TraceFileSummary[],
  maxFindings: number,
  nothing: NothingChecked,
): GateOutcome {
  const findings: Finding[] = [];
  const cards: DecisionCard[] = [];
  const evidence: Record<string, string> = {};
  for (const f of set.files) evidence[`invariant:${f.file}`] = f.digest;
  for (const t of traces) evidence[`trace:${t.file}`] = t.digest;

  // Decisions rest on the counts and the first violation of every violated invariant, never
  // on the capped list of findings.
  const violated = new Map<string, { inv: CompiledInvariant; first: Violation }>();
  for (const inv of set.invariants) {
    const first = monitor.firstViolations.get(inv.id);
    if (first !== undefined) violated.set(inv.id, { inv, first });
  }
  for (const v of monitor.violations) findings.push(findingOf(v));
  const listed = new Set(monitor.violations);
  for (const { first } of violated.values())
    if (!listed.has(first)) findings.push(findingOf(first));
  const kept = findings.length;
  const total = monitor.violationCount + monitor.errorCount;
  if (total > kept) {
    findings.push({
      level: 'note',
      message: `${total - kept} further violation(s) or error(s) are counted but not listed (limit ${maxFindings}; raise \`gates.invariants.limits.max_findings\` to see more).`,
    });
  }

  const stats = monitor.stats();
  for (const { inv, first } of violated.values()) {
    const all = stats.get(inv.id)?.violations ?? 0;
    cards.push({
      title: `${inv.id}: ${inv.title}`,
      decision: DECISION_OF[inv.severity],
      reasons: [
        `${inv.severity} invariant ${inv.id} (${formatLocation(inv.location)}) is violated ${all} time(s).`,
        `First: ${first.message} at ${first.location.file}:${first.location.line} (run ${first.runId}).`,
        `Counterexample (${first.location.file}:${first.location.line}): ${counterexampleText(first)}`,
      ],
      evidence: {
        ...Object.fromEntries(
          Object.entries(evidence).filter(
            ([k]) => k === `invariant:${inv.location.file}` || k === `trace:${first.location.file}`,
          ),
        ),
      },
      to_change: `Fix the behaviour that produced ${first.location.file}:${first.location.line} so the trace satisfies ${inv.id}${inv.owners.length > 0 ? `, or have its owners (${inv.owners.join(', ')}) change the invariant on the base branch` : ''}.${inv.severity === 'critical' ? ' This stop is sealed: no approval lifts it, only a new commit that removes the cause.' : ''}`,
    });
  }

  const idle = set.invariants.filter((inv) => (stats.get(inv.id)?.checks ?? 0) === 0);
  if (idle.length > 0) {
    findings.push({
      level: 'note',
      rule: 'coverage',
      message: `${idle.length} invariant(s) matched no trace record, so the traces say nothing about them: ${idle
        .slice(0, 20)
        .map((inv) => inv.id)
        .join(', ')}${idle.length > 20 ? ', …' : ''}.`,
    });
  }

  const unchecked = nothing.files.length > 0;
  if (unchecked) {
    const list = nothing.files.map((t) => `${t.file} (${t.records} records)`).join(', ');
    for (const t of nothing.files) {
      findings.push({
        level: 'error',
        rule: 'nothing-checked',
        file: t.file,
        message: `${t.file}: none of its ${t.records} records matches the scope and events of any invariant, so the trace shows nothing. Zero checks is never a pass: add invariants for its scopes, or stop listing it in \`gates.invariants.traces\`.`,
      });
    }
    cards.push({
      title: 'Traces that no invariant checks',
      decision: nothing.decision,
      reasons: [`No invariant applies to any record of: ${list}.`],
      evidence: Object.fromEntries(
        Object.entries(evidence).filter(([k]) =>
          nothing.files.some((t) => k === `trace:${t.file}`),
        ),
      ),
      to_change:
        'Write invariants whose scope and `when` events match these records (on the base branch), or remove the trace from `gates.invariants.traces`; `gates.invariants.on_nothing_checked` sets the decision.',
    });
  }

  const below = coverage.flows > 0 && coverage.ratio < coverage.threshold;
  if (below) {
    const list = coverage.uncovered.map((f) => `${f.scope}/${f.event}`).join(', ');
    findings.push({
      level: 'error',
      rule: 'coverage',
      message: `Invariant coverage of critical flows is ${percent(coverage.ratio)}, below the threshold of ${percent(coverage.threshold)}. Uncovered: ${list}. Add invariants for these flows (scope and \`when: event\`).`,
    });
    cards.push({
      title: 'Invariant coverage of critical flows',
      decision: 'PAUSE_FOR_HITL',
      reasons: [
        `${coverage.covered.length} of ${coverage.flows} critical flows have an invariant (${percent(coverage.ratio)} < ${percent(coverage.threshold)}).`,
        `Uncovered: ${list}.`,
      ],
      evidence: Object.fromEntries(
        Object.entries(evidence).filter(([k]) => k.startsWith('invariant:')),
      ),
      to_change:
        'Add invariants covering the uncovered flows, or lower `gates.invariants.coverage_threshold` on the base branch.',
    });
  }

  const severities = new Set([...violated.values()].map((v) => v.inv.severity));
  let decision: Decision = 'RUN';
  let code: ReasonCode = 'OK';
  let sealed = false;
  if (severities.has('critical')) {
    decision = 'STOPPED';
    code = 'INV_VIOLATION_CRITICAL';
    sealed = true;
  } else if (monitor.errorCount > 0) {
    decision = 'STOPPED';
    code = 'INV_EVAL_ERROR';
  } else if (severities.has('high')) {
    decision = 'STOPPED';
    code = CODE_OF.high;
  } else if (unchecked && nothing.decision === 'STOPPED') {
    decision = 'STOPPED';
    code = 'INV_NOTHING_CHECKED';
  } else if (severities.has('medium')) {
    decision = 'PAUSE_FOR_HITL';
    code = CODE_OF.medium;
  } else if (unchecked) {
    decision = 'PAUSE_FOR_HITL';
    code = 'INV_NOTHING_CHECKED';
  } else if (below) {
    decision = 'PAUSE_FOR_HITL';
    code = 'INV_COVERAGE_LOW';
  } else if (severities.has('low')) {
    code = CODE_OF.low;
  }
  if (monitor.errorCount > 0 && !severities.has('critical')) {
    cards.push({
      title: 'Invariant evaluation errors',
      decision: 'STOPPED',
      reasons: [
        `${monitor.errorCount} evaluation(s) failed; the first: ${monitor.violations.find((v) => v.kind === 'error')?.message ?? 'not kept'}.`,
      ],
      evidence,
      to_change:
        'Make the invariant robust to the record (e.g. `has(record.field)`, a `when` filter) on the base branch, or fix the trace so the fields it needs are present.',
    });
  }

  const summary =
    decision === 'RUN' && code === 'OK'
      ? `${set.invariants.length} invariants hold over ${monitor.records} records (${monitor.checks} checks) in ${traces.length} trace file(s).`
      : `${monitor.violationCount} violation(s) of ${violated.size} invariant(s), ${monitor.errorCount} evaluation error(s), coverage ${percent(coverage.ratio)} over ${monitor.records} records.`;

  const perInvariant: Record<string, unknown> = {};
  for (const [id, s] of stats) perInvariant[id] = { ...s };

  return outcome(decision, code, findings, {
    sealed,
    summary,
    cards,
    inputs_digest: sha256Json({
      invariants: set.files.map((f) => [f.file, f.digest]),
      traces: traces.map((t) => [t.file, t.digest]),
    }),
    report: {
      invariants: set.invariants.length,
      invariant_files: set.files.length,
      records: monitor.records,
      checks: monitor.checks,
      violations: monitor.violationCount,
      evaluation_errors: monitor.errorCount,
      traces: traces.map((t) => ({
        file: t.file,
        digest: t.digest,
        lines: t.lines,
        records: t.records,
        blank_lines: t.blankLines,
        bytes: t.bytes,
      })),
      coverage: {
        flows: coverage.flows,
        ratio: coverage.ratio,
        threshold: coverage.threshold,
        covered: coverage.covered,
        uncovered: coverage.uncovered,
      },
      per_invariant: perInvariant,
    },
  });
}

function percent(x: number): string {
  return `${Math.round(x * 1000) / 10} %`;
}

/** Keeps counterexamples readable and bounded: at most ~4 KiB of fields per record. */
export function boundedRecord(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let size = 0;
  let omitted = 0;
  for (const [k, v] of Object.entries(record)) {
    let s: number;
    try {
      s = k.length + (JSON.stringify(v)?.length ?? 9);
    } catch {
      s = Infinity;
    }
    if (size + s > 4096 && !['run_id', 'ts', 'scope', 'event'].includes(k)) {
      omitted++;
      continue;
    }
    size += s;
    out[k] = v;
  }
  if (omitted > 0) out['…'] = `${omitted} field(s) omitted`;
  return out;
}

/** The counterexample of a card, as one bounded line of JSON. */
function counterexampleText(v: Violation): string {
  const steps = [boundedRecord(v.record)];
  if (v.detectedAt !== undefined) steps.push(boundedRecord(v.detectedAt.record));
  const text = JSON.stringify(steps.length === 1 ? steps[0] : steps);
  return text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
}

function findingOf(v: Violation): Finding {
  const inv = v.invariant;
  const where = formatLocation(inv.location);
  const steps: unknown[] = [boundedRecord(v.record)];
  if (v.detectedAt !== undefined) steps.push(boundedRecord(v.detectedAt.record));
  const detected =
    v.detectedAt === undefined
      ? ''
      : `; detected at ${v.detectedAt.location.file}:${v.detectedAt.location.line}`;
  if (v.kind === 'error') {
    const exprAt = v.expr === undefined ? where : formatLocation(v.expr.location);
    return {
      level: 'error',
      rule: inv.id,
      file: v.location.file,
      line: v.location.line,
      message: `${inv.id} (${exprAt}): ${v.message} on run ${v.runId}. An expression that cannot be evaluated fails closed.`,
      counterexample: {
        kind: 'trace-record',
        steps,
        location: { file: v.location.file, line: v.location.line },
      },
    };
  }
  return {
    level: inv.severity === 'low' ? 'warning' : 'error',
    rule: inv.id,
    file: v.location.file,
    line: v.location.line,
    message: `[${inv.severity}] ${inv.id} (${where}, ${v.clause.path}) violated on run ${v.runId}: ${v.message}${detected}.`,
    counterexample: {
      kind: v.clause.op === 'always' || v.clause.op === 'never' ? 'trace-record' : 'trace',
      steps,
      location: { file: v.location.file, line: v.location.line },
    },
  };
}
