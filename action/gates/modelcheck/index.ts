/**
 * The bounded model-check gate ("TLA+/Alloy lite"). Every spec under the configured paths is
 * loaded, type-checked and searched exhaustively (breadth-first, shortest counterexamples).
 *
 * Trust: specs describe the pull request's code, so they are read from the head; the rule
 * that specs are gate material (a pull request that edits them is escalated to the owners by
 * the OPA gate) protects them. Invariants referenced by id are read from the base branch.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ReasonCode } from '../../contract/codebook.js';
import type { Decision } from '../../contract/decision.js';
import { MaestroError, toError } from '../../contract/errors.js';
import type { Gate, GateContext, RequiredInput } from '../../contract/gate.js';
import {
  outcome,
  type DecisionCard,
  type Finding,
  type GateOutcome,
} from '../../contract/gate-result.js';
import { loadInvariants } from '../invariants/loader.js';
import { sha256 } from '../../util/digest.js';
import { ResultCache } from '../../cache/result-cache.js';
import { Checker, type CheckResult, type CheckStats } from './checker.js';
import { loadSpec, type Severity, type SharedInvariant } from './spec.js';
import { runTlc } from './tlc.js';

/** Bumped whenever checking semantics change; part of every cache key. */
export const MODELCHECK_VERSION = '1.1.0';

/** The validated `gates.modelcheck` section. */
export interface ModelcheckConfig {
  enabled?: boolean;
  specs?: string[];
  invariants_dir?: string;
  critical_bound_action?: 'PAUSE_FOR_HITL' | 'STOPPED';
  bound_action?: Decision;
  max_states?: number;
  max_depth?: number;
  time_seconds?: number;
  tlc?: { enabled?: boolean; jar?: string; java?: string; library?: string[]; workers?: number };
}

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
const DEFAULT_MAX_STATES = 2_000_000;
const DEFAULT_TIME_SECONDS = 30;

/** Options for the gate factory. */
export interface ModelcheckGateOptions {
  /** MAC key of the result cache; without it only results that cannot pass are reused. */
  cacheSecret?: Uint8Array;
}

/** Creates the model-check gate. */
export function createModelcheckGate(options: ModelcheckGateOptions = {}): Gate {
  return {
    name: 'modelcheck',
    version: MODELCHECK_VERSION,
    requiredInputs(ctx: GateContext): RequiredInput[] {
      const cfg = (ctx.gateConfig ?? {}) as ModelcheckConfig;
      return (cfg.specs ?? ['specs']).map((p, i) => ({
        path: resolve(ctx.headDir, p),
        description: 'spec path',
        configKey: `gates.modelcheck.specs[${i}]`,
      }));
    },
    run: (ctx) => runModelcheck(ctx, options),
  };
}

function listSpecs(root: string, rel: string, tlc: boolean): string[] {
  const abs = resolve(root, rel);
  const inside = relative(root, abs);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new MaestroError(
      'MC_SPEC_INVALID',
      `spec path ${rel} leaves the repository; use a path inside it`,
    );
  }
  const st = lstatSync(abs);
  if (st.isSymbolicLink()) {
    throw new MaestroError(
      'MC_SPEC_INVALID',
      `${rel} is a symbolic link; specs are not read through links`,
      { location: { file: rel } },
    );
  }
  if (st.isFile()) return [abs];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const s = lstatSync(p);
      if (s.isSymbolicLink()) {
        throw new MaestroError(
          'MC_SPEC_INVALID',
          `${relative(root, p)} is a symbolic link; specs are not read through links`,
          {
            location: { file: relative(root, p) },
          },
        );
      }
      if (s.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name) || (tlc && name.endsWith('.tla'))) out.push(p);
    }
  };
  walk(abs);
  return out;
}

/**
 * The invariants under `dir` by id, read by the invariant gate's own loader (the same schema,
 * CEL checks and duplicate-id rule), so both gates read the YAML the same way. Its errors keep
 * their `INV_*` codes. A missing directory is an empty index: ids then fail to resolve.
 */
export function loadInvariantIndex(dir: string, displayRoot: string): Map<string, SharedInvariant> {
  const index = new Map<string, SharedInvariant>();
  if (!existsSync(dir)) return index;
  const rel = relative(displayRoot, dir).split(sep).join('/') || '.';
  for (const inv of loadInvariants(displayRoot, [rel]).invariants) {
    const rawAsserts = (Array.isArray(inv.raw['assert']) ? inv.raw['assert'] : []) as {
      message?: unknown;
    }[];
    const asserts = inv.clauses.flatMap((c, i) =>
      c.op === 'always' && c.path.startsWith('assert[')
        ? [
            {
              expr: c.expr.source,
              location: c.expr.location,
              ...(typeof rawAsserts[i]?.message === 'string'
                ? { message: rawAsserts[i].message }
                : {}),
            },
          ]
        : [],
    );
    index.set(inv.id, {
      id: inv.id,
      severity: inv.severity,
      title: inv.title,
      asserts,
      location: inv.location,
    });
  }
  return index;
}

function isSpecOutcome(v: unknown): v is SpecOutcome {
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

async function runModelcheck(
  ctx: GateContext,
  options: ModelcheckGateOptions,
): Promise<GateOutcome> {
  const cfg = (ctx.gateConfig ?? {}) as ModelcheckConfig;
  const tlc = cfg.tlc?.enabled === true;
  const files = (cfg.specs ?? ['specs']).flatMap((p) => listSpecs(ctx.headDir, p, tlc));
  if (files.length === 0) {
    throw new MaestroError(
      'MC_NO_SPECS',
      `no spec (*.yaml) found under ${(cfg.specs ?? ['specs']).join(', ')}; add a spec or disable gates.modelcheck`,
    );
  }
  let invariants: Map<string, SharedInvariant> | undefined;
  const invariantIndex = (): Map<string, SharedInvariant> =>
    (invariants ??= loadInvariantIndex(
      resolve(ctx.baseDir, cfg.invariants_dir ?? 'invariants'),
      ctx.baseDir,
    ));
  const cache =
    ctx.cacheDir !== undefined
      ? new ResultCache<SpecOutcome>(ctx.cacheDir, {
          gate: 'modelcheck',
          ...((ctx.cacheSecret ?? options.cacheSecret) !== undefined
            ? { secret: (ctx.cacheSecret ?? options.cacheSecret)! }
            : {}),
          validate: isSpecOutcome,
          // Unsigned entries are reused only when they cannot let a run pass.
          reuseUnsigned: (v) => v.decision === 'STOPPED',
          now: ctx.now,
        })
      : undefined;

  const results: SpecOutcome[] = [];
  const digests: Record<string, string> = {};
  const notes: string[] = [];
  for (const abs of files) {
    if (ctx.signal.aborted)
      throw new MaestroError('GATE_TIMEOUT', 'modelcheck: aborted (time limit)');
    const file = relative(ctx.headDir, abs);
    if (abs.endsWith('.tla')) {
      results.push(await checkTla(ctx, cfg, abs, file));
      continue;
    }
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch (thrown) {
      results.push(
        failed(
          file,
          'MC_SPEC_UNREADABLE',
          `${file}: cannot read the spec: ${toError(thrown).message}`,
        ),
      );
      continue;
    }
    digests[file] = sha256(text);
    let model;
    try {
      model = loadSpec(file, text, {
        invariants: referencesInvariants(text) ? invariantIndex() : new Map(),
      });
    } catch (thrown) {
      if (thrown instanceof MaestroError && thrown.code.startsWith('INV_')) throw thrown;
      if (thrown instanceof MaestroError) {
        results.push(failed(file, thrown.code, thrown.message, thrown.location));
        continue;
      }
      throw thrown;
    }
    const critical = criticalFromBase(ctx, file, model.critical);
    const bounds = {
      max_states: model.bounds.max_states ?? cfg.max_states ?? DEFAULT_MAX_STATES,
      max_depth: model.bounds.max_depth ?? cfg.max_depth,
      time_seconds: model.bounds.time_seconds ?? cfg.time_seconds ?? DEFAULT_TIME_SECONDS,
    };
    const key = cache?.key({
      spec_file: file,
      spec: sha256(text),
      invariants: model.invariantIds.map((id) => {
        const inv = invariantIndex().get(id)!;
        // The text that reaches findings is part of the key, not only the expressions.
        return {
          id,
          severity: inv.severity,
          title: inv.title ?? null,
          asserts: inv.asserts.map((a) => ({ expr: a.expr, message: a.message ?? null })),
        };
      }),
      bounds,
      critical,
      critical_bound_action: cfg.critical_bound_action ?? 'PAUSE_FOR_HITL',
      bound_action: cfg.bound_action ?? 'PAUSE_FOR_HITL',
    });
    if (cache !== undefined && key !== undefined) {
      const hit = cache.get(key);
      if (hit.hit) {
        results.push({ ...hit.value, reused: true });
        continue;
      }
      if (hit.reason !== 'no entry') notes.push(`${file}: cache ${hit.reason}`);
    }
    const checker = new Checker(model);
    const r = await checker.run({
      maxStates: bounds.max_states,
      ...(bounds.max_depth !== undefined ? { maxDepth: bounds.max_depth } : {}),
      timeMs: bounds.time_seconds * 1000,
      signal: ctx.signal,
      progress: ctx.progress,
    });
    if (r.status === 'aborted')
      throw new MaestroError(
        'GATE_TIMEOUT',
        `modelcheck: ${file}: search aborted by the time limit`,
      );
    const out = toSpecOutcome(r, critical, cfg);
    results.push(out);
    // A time bound depends on the machine, so it is not a reusable fact.
    if (cache !== undefined && key !== undefined && r.bound !== 'time') {
      const put = cache.put(key, out);
      if (!put.ok) notes.push(`${file}: result not cached: ${put.reason}`);
    }
  }
  return combine(results, digests, notes);
}

/**
 * Whether a spec is critical, decided by the base branch's version of the same file: a pull
 * request may mark a spec critical, never unmark one. A base version that cannot be read or
 * parsed counts as critical (unknown means strict); a spec new in the pull request keeps its own
 * flag.
 */
export function criticalFromBase(ctx: GateContext, file: string, headCritical: boolean): boolean {
  if (headCritical || resolve(ctx.baseDir) === resolve(ctx.headDir)) return headCritical;
  const abs = resolve(ctx.baseDir, file);
  let st;
  try {
    st = lstatSync(abs);
  } catch {
    return headCritical;
  }
  if (!st.isFile()) return true;
  try {
    const doc: unknown = parseYaml(readFileSync(abs, 'utf8'), { maxAliasCount: 100 });
    if (typeof doc !== 'object' || doc === null) return true;
    const flag = (doc as Record<string, unknown>)['critical'];
    return flag === undefined || flag === false ? false : true;
  } catch {
    return true;
  }
}

function referencesInvariants(text: string): boolean {
  // Loose on purpose: a false positive only loads the index; a miss would misreport an id.
  return /\bid\s*:/.test(text);
}

function failed(
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
        rule: v.invariant?.name ?? v.response?.name ?? code,
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

/** TLC's violation kinds as the built-in checker's. */
const TLC_KIND = {
  invariant: 'invariant',
  deadlock: 'deadlock',
  liveness: 'liveness',
  'action-property': 'action-property',
} as const;

async function checkTla(
  ctx: GateContext,
  cfg: ModelcheckConfig,
  abs: string,
  file: string,
): Promise<SpecOutcome> {
  const jar = cfg.tlc?.jar !== undefined ? resolve(ctx.baseDir, cfg.tlc.jar) : undefined;
  const config = abs.replace(/\.tla$/, '.cfg');
  if (jar === undefined || !existsSync(jar)) {
    return failed(
      file,
      'MC_TLC_UNAVAILABLE',
      `${file}: TLC is enabled but tla2tools.jar is not available${jar ? ` at ${jar}` : ' (set gates.modelcheck.tlc.jar)'}`,
    );
  }
  if (!existsSync(config))
    return failed(
      file,
      'MC_SPEC_INVALID',
      `${file}: no TLC model ${relative(ctx.headDir, config)} beside the spec`,
    );
  const library = (cfg.tlc?.library ?? []).map((p) => resolve(ctx.baseDir, p));
  for (const [i, dir] of library.entries()) {
    if (!existsSync(dir))
      return failed(
        file,
        'MC_TLC_UNAVAILABLE',
        `${file}: gates.modelcheck.tlc.library[${i}] (${cfg.tlc!.library![i]}) does not exist`,
      );
  }
  const timeSeconds = cfg.time_seconds ?? DEFAULT_TIME_SECONDS;
  let report;
  try {
    report = await runTlc({
      java: cfg.tlc?.java ?? 'java',
      jar,
      spec: abs,
      config,
      cwd: ctx.headDir,
      library,
      workers: cfg.tlc?.workers ?? 1,
      timeMs: timeSeconds * 1000,
      signal: ctx.signal,
    });
  } catch (thrown) {
    if (ctx.signal.aborted)
      throw new MaestroError('GATE_TIMEOUT', `modelcheck: ${file}: TLC stopped by the time limit`);
    return failed(
      file,
      'MC_TLC_UNAVAILABLE',
      `${file}: could not run TLC: ${toError(thrown).message}`,
    );
  }
  const distinct = report.distinct ?? 0;
  const generated = report.generated ?? 0;
  const seconds = Math.max(report.wallMs, 1) / 1000;
  const stats: CheckStats = {
    distinct,
    generated,
    depth: report.depth ?? 0,
    durationMs: Math.round(report.wallMs),
    distinctPerSecond: Math.round(distinct / seconds),
    generatedPerSecond: Math.round(generated / seconds),
    collisionProbability: distinct ** 2 / 2 ** 65,
    bytesPerState: 0,
    stateWords: 0,
  };
  if (report.timedOut && report.status !== 'violation') {
    return toSpecOutcome({ spec: file, file, status: 'bound', bound: 'time', stats }, false, cfg);
  }
  if (report.status === 'error')
    return failed(file, 'MC_TLC_FAILED', `${file}: TLC failed: ${report.errors.join('; ')}`);
  if (report.status === 'ok')
    return toSpecOutcome({ spec: file, file, status: 'ok', stats }, false, cfg);
  const v = report.violation!;
  const trace = v.trace;
  const loop = trace[trace.length - 1];
  const lasso =
    v.kind !== 'liveness' || loop === undefined
      ? ''
      : loop.stuttering === true
        ? ` (the behaviour then stutters in state ${trace.length - 1} forever)`
        : loop.back_to !== undefined
          ? ` (the behaviour then loops back to state ${loop.back_to})`
          : '';
  return toSpecOutcome(
    {
      spec: file,
      file,
      status: 'violation',
      stats,
      violation: {
        kind: TLC_KIND[v.kind],
        message: `TLC: ${v.message.replace(/\s+/g, ' ').trim()}${lasso}`,
        location: { file },
        trace,
      },
    },
    false,
    cfg,
  );
}

function combine(
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
