/**
 * The invariant gate. Invariants (CEL, YAML) are read from the base branch; JSONL event traces
 * produced by the pull request's tests are read from the head checkout and streamed through
 * the {@link TraceMonitor}. Violations are located on the trace record (file:line) and name the
 * invariant (file:line): `critical` → STOPPED (sealed), `high` → STOPPED, `medium` →
 * PAUSE_FOR_HITL, `low` → RUN with a warning. Critical flows without an invariant lower the
 * coverage; below the threshold → PAUSE_FOR_HITL.
 */
import { statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { ReasonCode } from '../../contract/codebook.js';
import type { Decision } from '../../contract/decision.js';
import { formatLocation, MaestroError } from '../../contract/errors.js';
import type { Gate, GateContext, RequiredInput } from '../../contract/gate.js';
import {
  outcome,
  type DecisionCard,
  type Finding,
  type GateOutcome,
} from '../../contract/gate-result.js';
import {
  describeRefusedLink,
  findContained,
  resolveContained,
  type ContainedMatch,
} from '../../util/contained-files.js';
import { sha256Json } from '../../util/digest.js';
import { DEFAULT_MAX_VIOLATIONS, TraceMonitor, type Violation } from './engine.js';
import { assertInside, isGlob, loadInvariants, type ExpressionLimits } from './loader.js';
import type { CompiledInvariant, InvariantSet, Severity } from './model.js';
import { DEFAULT_MAX_LINE_CHARS, readTrace, type TraceFileSummary } from './trace-reader.js';

export { TraceMonitor } from './engine.js';
export { loadInvariants, compileInvariantTexts } from './loader.js';
export type { CompiledInvariant, InvariantSet } from './model.js';

/** Bumped whenever the gate's semantics change. */
export const INVARIANTS_GATE_VERSION = '1';

/** Default invariant location. */
export const DEFAULT_INVARIANT_PATHS: readonly string[] = ['invariants'];
/** Default minimum share of critical flows with an invariant. */
export const DEFAULT_COVERAGE_THRESHOLD = 0.9;
/** Records between two progress lines. */
export const PROGRESS_EVERY_RECORDS = 250_000;

/** The `gates.invariants` section of `.github/maestro.yml` (see config.schema.json). */
export interface InvariantsGateConfig {
  enabled?: boolean;
  paths?: string[];
  traces: string[];
  critical_flows?: { scope: string; event: string }[];
  coverage_threshold?: number;
  /** Decision when a trace file holds records but no invariant applies to them (default PAUSE_FOR_HITL). */
  on_nothing_checked?: 'PAUSE_FOR_HITL' | 'STOPPED';
  limits?: {
    max_expression_length?: number;
    max_depth?: number;
    max_comprehension_nesting?: number;
    max_eval_ms?: number;
    max_cost?: number;
    max_line_chars?: number;
    max_findings?: number;
  };
}

/** Coverage of the configured critical flows. */
export interface CoverageReport {
  flows: number;
  covered: { scope: string; event: string; invariants: string[] }[];
  uncovered: { scope: string; event: string }[];
  /** Share of flows with at least one invariant (1 when no flow is configured). */
  ratio: number;
  threshold: number;
}

function sectionOf(ctx: GateContext): InvariantsGateConfig {
  const raw = ctx.gateConfig;
  if (
    raw === null ||
    typeof raw !== 'object' ||
    !Array.isArray((raw as { traces?: unknown }).traces)
  ) {
    throw new MaestroError(
      'INV_INVALID',
      '`gates.invariants.traces` must list the JSONL traces to check (globs relative to the repository).',
    );
  }
  return raw as InvariantsGateConfig;
}

/** Creates the invariant gate. */
export function createInvariantsGate(): Gate {
  return {
    name: 'invariants',
    version: INVARIANTS_GATE_VERSION,
    requiredInputs(ctx: GateContext): RequiredInput[] {
      const cfg = sectionOf(ctx);
      const paths = cfg.paths ?? DEFAULT_INVARIANT_PATHS;
      return paths.flatMap((p, i) =>
        isGlob(p)
          ? []
          : [
              {
                path: join(ctx.baseDir, p),
                description: 'invariants directory or file',
                configKey: `gates.invariants.paths[${i}]`,
              },
            ],
      );
    },
    run: (ctx) => runInvariantsGate(ctx),
  };
}

/** Computes coverage of critical flows by the loaded invariants. */
export function coverageOf(
  set: InvariantSet,
  flows: readonly { scope: string; event: string }[],
  threshold: number,
): CoverageReport {
  const covered: CoverageReport['covered'] = [];
  const uncovered: CoverageReport['uncovered'] = [];
  for (const flow of flows) {
    const ids = set.invariants
      .filter(
        (inv) =>
          (inv.scope === '*' || inv.scope === flow.scope) &&
          (inv.events === undefined || inv.events.includes(flow.event)),
      )
      .map((inv) => inv.id);
    if (ids.length > 0) covered.push({ ...flow, invariants: ids });
    else uncovered.push({ ...flow });
  }
  return {
    flows: flows.length,
    covered,
    uncovered,
    ratio: flows.length === 0 ? 1 : covered.length / flows.length,
    threshold,
  };
}

/**
 * Expands the trace globs (relative to `headDir`); every entry must match a file. Links are
 * followed inside the checkout and refused (`INV_TRACE_UNREADABLE`, naming the link) when they
 * leave it or point nowhere: a link out of the checkout is never "no trace file".
 */
export function resolveTraces(headDir: string, patterns: readonly string[]): string[] {
  const out = new Set<string>();
  patterns.forEach((pattern, i) => {
    const key = `gates.invariants.traces[${i}]`;
    try {
      assertInside(pattern, key);
    } catch (thrown) {
      throw new MaestroError('INV_TRACE_UNREADABLE', (thrown as Error).message);
    }
    let found: ContainedMatch = { files: [], refused: [] };
    if (isGlob(pattern)) {
      try {
        found = findContained(headDir, [pattern]);
      } catch (thrown) {
        throw new MaestroError(
          'INV_TRACE_UNREADABLE',
          `\`${key}\` (${pattern}): the traces could not be listed (${thrown instanceof Error ? thrown.message : String(thrown)}).`,
          { cause: thrown, location: { file: pattern } },
        );
      }
    } else {
      const r = resolveContained(headDir, pattern);
      if ('refused' in r) found = { files: [], refused: [r.refused] };
      else if ('real' in r && statSync(r.real).isFile())
        found = { files: [pattern.split(sep).join('/')], refused: [] };
    }
    const link = found.refused[0];
    if (link !== undefined) {
      throw new MaestroError(
        'INV_TRACE_UNREADABLE',
        `\`${key}\` (${pattern}): ${describeRefusedLink(link, 'checkout')}${
          found.refused.length > 1
            ? ` (${found.refused.length - 1} more: ${found.refused
                .slice(1, 6)
                .map((l) => l.path)
                .join(', ')})`
            : ''
        }`,
        { location: { file: link.path } },
      );
    }
    if (found.files.length === 0) {
      throw new MaestroError(
        'INV_TRACE_MISSING',
        `\`${key}\` (${pattern}) matches no trace file in the pull request. The configured traces are produced by the repository's tests: run them (or commit the fixtures), or fix the glob. A configured trace that is missing is never a pass.`,
        { location: { file: pattern } },
      );
    }
    for (const f of found.files) out.add(f);
  });
  return [...out].sort();
}

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

/** Runs the gate (exported for tests and the CLI). */
export async function runInvariantsGate(ctx: GateContext): Promise<GateOutcome> {
  const cfg = sectionOf(ctx);
  const limits: ExpressionLimits = {
    ...(cfg.limits?.max_expression_length === undefined
      ? {}
      : { maxLength: cfg.limits.max_expression_length }),
    ...(cfg.limits?.max_depth === undefined ? {} : { maxDepth: cfg.limits.max_depth }),
    ...(cfg.limits?.max_comprehension_nesting === undefined
      ? {}
      : { maxComprehensionNesting: cfg.limits.max_comprehension_nesting }),
    ...(cfg.limits?.max_eval_ms === undefined ? {} : { maxEvalMs: cfg.limits.max_eval_ms }),
    ...(cfg.limits?.max_cost === undefined ? {} : { maxCost: cfg.limits.max_cost }),
  };
  const set = loadInvariants(ctx.baseDir, cfg.paths ?? DEFAULT_INVARIANT_PATHS, { limits });
  const coverage = coverageOf(
    set,
    cfg.critical_flows ?? [],
    cfg.coverage_threshold ?? DEFAULT_COVERAGE_THRESHOLD,
  );
  const traces = resolveTraces(ctx.headDir, cfg.traces);

  const maxFindings = cfg.limits?.max_findings ?? DEFAULT_MAX_VIOLATIONS;
  const monitor = new TraceMonitor(set, { maxViolations: maxFindings });
  const summaries: TraceFileSummary[] = [];
  let nextProgress = PROGRESS_EVERY_RECORDS;
  const unchecked: TraceFileSummary[] = [];
  for (const file of traces) {
    ctx.signal.throwIfAborted();
    const checksBefore = monitor.checks;
    const summary = await readTrace(
      join(ctx.headDir, file),
      file,
      (record, line) => {
        monitor.observe(record, file, line);
        if (monitor.records >= nextProgress) {
          nextProgress += PROGRESS_EVERY_RECORDS;
          ctx.progress(`invariants: ${monitor.records} records, ${monitor.checks} checks`);
        }
      },
      { maxLineChars: cfg.limits?.max_line_chars ?? DEFAULT_MAX_LINE_CHARS, signal: ctx.signal },
    );
    summaries.push(summary);
    if (summary.records > 0 && monitor.checks === checksBefore) unchecked.push(summary);
  }
  monitor.finish();
  if (monitor.records === 0) {
    throw new MaestroError(
      'INV_TRACE_MISSING',
      `the configured traces (${traces.join(', ')}) hold no record, so nothing shows that the invariants hold. Make the tests write their events, or fix \`gates.invariants.traces\`.`,
      { location: { file: traces[0]! } },
    );
  }

  return buildOutcome(set, monitor, coverage, summaries, maxFindings, {
    files: unchecked,
    decision: cfg.on_nothing_checked ?? DEFAULT_ON_NOTHING_CHECKED,
  });
}

/** What a trace file that no invariant applies to decides, unless configured. */
export const DEFAULT_ON_NOTHING_CHECKED = 'PAUSE_FOR_HITL';

/** Trace files with records but zero applicable checks, and what they decide. */
interface NothingChecked {
  files: TraceFileSummary[];
  decision: 'PAUSE_FOR_HITL' | 'STOPPED';
}

function buildOutcome(
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
