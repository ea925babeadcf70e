/**
 * The viewer's data: the run's verdict, what approvals it needs, and one card per decision a
 * reviewer reads (the gates' decision cards; a gate without cards gets one built from its
 * findings), each with its reasons, evidence digests, what would change the outcome, its
 * findings with counterexamples and, for OPE, the estimates. A pure function of the run.
 */
import type { GateName, ReasonCode } from '../../contract/codebook.js';
import { severityOf, type Decision } from '../../contract/decision.js';
import { formatLocation } from '../../contract/errors.js';
import type { DecisionCard, Finding, GateResult } from '../../contract/gate-result.js';
import type { GateRun } from '../../contract/run.js';
import { viewCounterexample, type ViewerCounterexample } from './counterexample.js';
import { estimatesOf, type EstimateSet } from './estimates.js';

/** The most findings one card carries; the rest are counted (the run document has them all). */
export const MAX_FINDINGS_PER_CARD = 200;

/** One finding as the viewer shows it. */
export interface ViewerFinding {
  level: Finding['level'];
  message: string;
  rule?: string;
  /** `file:line:column` where known. */
  location?: string;
  counterexample?: ViewerCounterexample;
}

/** One card of the list. */
export interface ViewerCard {
  /** Stable within one file: `card-1`, `card-2`, ... in gate order. */
  id: string;
  gate: GateName;
  decision: Decision;
  /** 0 `RUN`, 1 `PAUSE_FOR_HITL`, 2 `STOPPED`, 3 sealed `STOPPED`: what "sort by severity" sorts on. */
  severity: number;
  reason_code: ReasonCode;
  sealed: boolean;
  overrideable: boolean;
  duration_ms: number;
  title: string;
  reasons: string[];
  /** The digests the decision rests on, the gate's inputs digest last. */
  evidence: { name: string; digest: string }[];
  to_change: string;
  findings: ViewerFinding[];
  /** Findings left out past `MAX_FINDINGS_PER_CARD`. */
  findings_omitted: number;
  estimates: EstimateSet[];
  /** True when the gate had no decision card and this one was built from its result. */
  built: boolean;
}

/** A gate that asks for approvals (whether or not the verdict is a pause). */
export interface ApprovalAsk {
  gate: GateName;
  required: number;
  groups: string[];
}

/** Where the viewer was generated and what it was generated from. */
export interface ViewerContext {
  /** The head commit the evidence is bound to. */
  headSha?: string;
  /** `key`, `keyless` or `none`, with the reason when unsigned. */
  signing?: { mode: 'key' | 'keyless' | 'none'; reason?: string };
  /** The evidence files written with the viewer, with their SHA-256 (hex). */
  files?: { name: string; sha256: string }[];
}

/** Everything the viewer embeds. */
export interface ViewerData {
  schema_version: 1;
  tool: GateRun['tool'];
  run: { run_id: string; started_at: string; config_file: string; head_sha?: string };
  verdict: {
    decision: Decision;
    sealed: boolean;
    reason_codes: ReasonCode[];
    required_approvals: number;
    approver_groups: string[];
    /** One sentence: what this verdict means for the pull request. */
    headline: string;
    /** Every gate that asks for approvals, also behind a stop. */
    asks: ApprovalAsk[];
  };
  gates: {
    gate: GateName;
    decision: Decision;
    reason_code: ReasonCode;
    sealed: boolean;
    reused: boolean;
    duration_ms: number;
    findings: number;
    summary?: string;
  }[];
  cards: ViewerCard[];
  signing?: ViewerContext['signing'];
  files: { name: string; sha256: string }[];
}

function severity(g: Pick<GateResult, 'decision' | 'sealed'>): number {
  return severityOf(g.decision) + (g.decision === 'STOPPED' && g.sealed ? 1 : 0);
}

function locationOf(f: Finding): string | undefined {
  if (typeof f.file !== 'string' || f.file === '') return undefined;
  return formatLocation({
    file: f.file,
    ...(f.line !== undefined ? { line: f.line } : {}),
    ...(f.column !== undefined ? { column: f.column } : {}),
  });
}

function viewFinding(f: Finding): ViewerFinding {
  const location = locationOf(f);
  return {
    level: f.level,
    message: f.message,
    ...(f.rule !== undefined ? { rule: f.rule } : {}),
    ...(location !== undefined ? { location } : {}),
    ...(f.counterexample ? { counterexample: viewCounterexample(f.counterexample) } : {}),
  };
}

function who(g: Pick<GateResult, 'required_approvals' | 'approver_groups'>): string {
  const n = g.required_approvals ?? 1;
  const groups = g.approver_groups ?? [];
  return `${n} approval${n === 1 ? '' : 's'}${groups.length ? ` from ${groups.join(', ')}` : ''}`;
}

/** What would change a gate's outcome, for a gate that did not say so itself. */
function toChange(g: GateResult): string {
  switch (g.decision) {
    case 'RUN':
      return 'Nothing needs to change: this gate lets the change through.';
    case 'PAUSE_FOR_HITL':
      return `${who(g)} (an approving review or a \`/approve <reason>\` comment on the current head commit), or a new commit that removes the cause.`;
    case 'STOPPED':
      return g.sealed
        ? 'A new commit that removes the cause. This stop is sealed: no approval lifts it.'
        : 'A new commit that removes the cause: approvals do not override a stop.';
  }
}

/** The card of a gate that has none: its summary and findings, its inputs digest. */
function builtCard(g: GateResult): DecisionCard {
  const shown = g.findings.filter((f) => g.decision !== 'RUN' || f.level !== 'note');
  return {
    title: g.summary ? `${g.gate}: ${g.summary}` : `${g.gate}: ${g.reason_code}`,
    decision: g.decision,
    reasons: shown.slice(0, 20).map((f) => {
      const at = locationOf(f);
      return at ? `${at}: ${f.message}` : f.message;
    }),
    evidence: {},
    to_change: toChange(g),
  };
}

/** The findings of a gate that belong to one of its cards (by rule, else the first card). */
function findingsFor(g: GateResult, cards: readonly DecisionCard[], index: number): Finding[] {
  if (cards.length <= 1) return g.findings;
  const owner = (f: Finding): number => {
    if (f.rule === undefined) return 0;
    const at = cards.findIndex((c) => c.title === f.rule || c.title.startsWith(`${f.rule}:`));
    return at < 0 ? 0 : at;
  };
  return g.findings.filter((f) => owner(f) === index);
}

function cardsOf(g: GateResult, next: () => string): ViewerCard[] {
  const own = g.cards ?? [];
  const cards = own.length > 0 ? own : [builtCard(g)];
  const estimates = g.gate === 'ope' ? estimatesOf(g.report) : [];
  return cards.map((c, i) => {
    const findings = findingsFor(g, own, i);
    return {
      id: next(),
      gate: g.gate,
      decision: c.decision,
      severity: severity({ decision: c.decision, sealed: g.sealed }),
      reason_code: g.reason_code,
      sealed: g.sealed,
      overrideable: g.overrideable,
      duration_ms: g.duration_ms,
      title: c.title,
      reasons: [...c.reasons],
      evidence: [
        ...Object.entries(c.evidence).map(([name, digest]) => ({ name, digest })),
        { name: `${g.gate} gate inputs`, digest: g.inputs_digest },
      ],
      to_change: c.to_change,
      findings: findings.slice(0, MAX_FINDINGS_PER_CARD).map(viewFinding),
      findings_omitted: Math.max(0, findings.length - MAX_FINDINGS_PER_CARD),
      estimates: i === 0 ? estimates : [],
      built: own.length === 0,
    };
  });
}

function headline(run: GateRun): string {
  const v = run.verdict;
  switch (v.decision) {
    case 'RUN':
      return 'Every gate lets this change through.';
    case 'PAUSE_FOR_HITL':
      return `Paused for review: needs ${who(v)}.`;
    case 'STOPPED':
      return v.sealed
        ? 'Stopped, sealed: no approval can lift it; only a new commit that removes the cause.'
        : 'Stopped: approvals do not override it; a new commit that removes the cause does.';
  }
}

/** The viewer's data for a run. */
export function viewerData(run: GateRun, context: ViewerContext = {}): ViewerData {
  let n = 0;
  const next = (): string => `card-${++n}`;
  const v = run.verdict;
  return {
    schema_version: 1,
    tool: { ...run.tool },
    run: {
      run_id: run.run_id,
      started_at: run.started_at,
      config_file: run.config_file,
      ...(context.headSha !== undefined ? { head_sha: context.headSha } : {}),
    },
    verdict: {
      decision: v.decision,
      sealed: v.sealed,
      reason_codes: [...v.reason_codes],
      required_approvals: v.required_approvals,
      approver_groups: [...v.approver_groups],
      headline: headline(run),
      asks: run.gates
        .filter((g) => g.decision === 'PAUSE_FOR_HITL')
        .map((g) => ({
          gate: g.gate,
          required: g.required_approvals ?? 1,
          groups: [...(g.approver_groups ?? [])],
        })),
    },
    gates: run.gates.map((g) => ({
      gate: g.gate,
      decision: g.decision,
      reason_code: g.reason_code,
      sealed: g.sealed,
      reused: g.reused ?? false,
      duration_ms: g.duration_ms,
      findings: g.findings.length,
      ...(g.summary !== undefined ? { summary: g.summary } : {}),
    })),
    cards: run.gates.flatMap((g) => cardsOf(g, next)),
    ...(context.signing ? { signing: { ...context.signing } } : {}),
    files: [...(context.files ?? [])],
  };
}
