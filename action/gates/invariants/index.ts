/**
 * The invariant gate. Invariants (CEL, YAML) are read from the base branch; JSONL event traces
 * produced by the pull request's tests are read from the head checkout and streamed through
 * the {@link TraceMonitor}. Violations are located on the trace record (file:line) and name the
 * invariant (file:line): `critical` → STOPPED (sealed), `high` → STOPPED, `medium` →
 * PAUSE_FOR_HITL, `low` → RUN with a warning. Critical flows without an invariant lower the
 * coverage; below the threshold → PAUSE_FOR_HITL.
 */
import { join } from 'node:path';
import { MaestroError } from '../../contract/errors.js';
import type { Gate, GateContext, RequiredInput } from '../../contract/gate.js';
import type { GateOutcome } from '../../contract/gate-result.js';
import { DEFAULT_MAX_VIOLATIONS, TraceMonitor } from './engine.js';
import { isGlob, loadInvariants, type ExpressionLimits } from './loader.js';
import { DEFAULT_MAX_LINE_CHARS, readTrace, type TraceFileSummary } from './trace-reader.js';
import { coverageOf } from './coverage.js';
import { buildOutcome } from './outcome.js';
import { resolveTraces } from './traces.js';

export { TraceMonitor } from './engine.js';
export { loadInvariants, compileInvariantTexts } from './loader.js';
export type { CompiledInvariant, InvariantSet } from './model.js';
export { coverageOf, type CoverageReport } from './coverage.js';
export { boundedRecord } from './outcome.js';
export { resolveTraces } from './traces.js';

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
