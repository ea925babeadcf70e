/**
 * The off-policy evaluation gate. When the pull request changes a configured routing policy,
 * the head's version (candidate) is evaluated against the base's (baseline) on logged bandit
 * data read from the base branch, with the estimators, bounds and diagnostics of
 * {@link evaluate}; otherwise the gate reports "not applicable" (RUN). Configuration, data and
 * the baseline come from the base; only the candidate comes from the head.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, normalize } from 'node:path';
import type { Decision } from '../../contract/decision.js';
import { MaestroError } from '../../contract/errors.js';
import type { Gate, GateContext, RequiredInput } from '../../contract/gate.js';
import {
  outcome,
  type DecisionCard,
  type Finding,
  type GateOutcome,
} from '../../contract/gate-result.js';
import { sha256, sha256Json } from '../../util/digest.js';
import { NO_OPA_TOOLCHAIN, type OpaBinary, type OpaToolchain } from '../opa/toolchain.js';
import { resolveSettings, type OpeGateConfigInput } from './config.js';
import { decide } from './decide.js';
import { evaluate } from './evaluate.js';
import { loadRoutingPolicy } from './load-policy.js';
import type { OpeReport } from './report.js';

export { evaluate } from './evaluate.js';
export { parsePolicy } from './policy.js';
export { loadRoutingPolicy } from './load-policy.js';
export { resolveSettings } from './config.js';

/** Bumped whenever the gate's semantics change. */
export const OPE_GATE_VERSION = '2';

/** What the edge hands the gate. */
export interface OpeGateOptions {
  /** The `opa` CLI that compiles Rego routing policies, resolved by the edge (CLI/Action). */
  toolchain?: OpaToolchain;
}

function sectionOf(ctx: GateContext): OpeGateConfigInput {
  const raw = ctx.gateConfig as Partial<OpeGateConfigInput> | null;
  if (
    raw === null ||
    typeof raw !== 'object' ||
    !Array.isArray(raw.policies) ||
    !Array.isArray(raw.arms) ||
    raw.data === undefined
  )
    throw new MaestroError(
      'OPE_DATA_UNREADABLE',
      '`gates.ope` needs `policies`, `arms` and `data` (see schemas/maestro-config.schema.json).',
    );
  return raw as OpeGateConfigInput;
}

/** A configured path must stay inside the repository. */
function inside(rel: string, key: string): string {
  const n = normalize(rel);
  if (isAbsolute(rel) || n.split(/[\\/]/)[0] === '..')
    throw new MaestroError(
      'OPE_DATA_UNREADABLE',
      `\`${key}\` (${rel}) must be a path inside the repository.`,
    );
  return n;
}

async function fileDigest(abs: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(abs)) h.update(chunk as Buffer);
  return `sha256:${h.digest('hex')}`;
}

function readPolicyText(abs: string, file: string, side: 'base' | 'head'): string {
  if (!existsSync(abs))
    throw new MaestroError(
      'OPE_POLICY_UNREADABLE',
      `${file}: the routing policy does not exist at the ${side} (${side === 'base' ? 'a new policy has no baseline to compare against' : 'the pull request deletes it'}). Add it in its own pull request first, or remove it from gates.ope.policies.`,
      { location: { file } },
    );
  try {
    return readFileSync(abs, 'utf8');
  } catch (thrown) {
    throw new MaestroError(
      'OPE_POLICY_UNREADABLE',
      `${file}: the routing policy could not be read at the ${side}.`,
      {
        cause: thrown,
        location: { file },
      },
    );
  }
}

const RANK: Record<Decision, number> = { RUN: 0, PAUSE_FOR_HITL: 1, STOPPED: 2 };

/** Runs the gate (exported for tests). */
export async function runOpeGate(
  ctx: GateContext,
  options: OpeGateOptions = {},
): Promise<GateOutcome> {
  const cfg = sectionOf(ctx);
  const settings = resolveSettings(cfg);
  if (settings.costBudget !== undefined && cfg.data.cost === undefined)
    throw new MaestroError(
      'OPE_DATA_UNREADABLE',
      '`gates.ope.cost_budget` is set but `gates.ope.data.cost` names no cost field.',
    );
  const dataRel = inside(cfg.data.path, 'gates.ope.data.path');
  const changed = new Set((ctx.changedFiles ?? []).map((f) => f.path));
  const targets: { file: string; base: string; head: string }[] = [];
  cfg.policies.forEach((p, i) => {
    const file = inside(p, `gates.ope.policies[${i}]`).split('\\').join('/');
    const base = join(ctx.baseDir, file);
    const head = join(ctx.headDir, file);
    const differs =
      existsSync(base) !== existsSync(head) ||
      (existsSync(base) && !readFileSync(base).equals(readFileSync(head)));
    if (changed.has(file) || differs) targets.push({ file, base, head });
  });
  const configDigest = sha256Json(cfg);
  if (targets.length === 0) {
    const message = `Not applicable: the pull request changes none of the routing policies in gates.ope.policies (${cfg.policies.join(', ')}).`;
    return outcome('RUN', 'OPE_NOT_APPLICABLE', [{ level: 'note', message }], {
      summary: message,
      inputs_digest: sha256Json({ configDigest, policies: cfg.policies }),
      report: { applicable: false, reason: message, evaluations: [] },
    });
  }
  const dataAbs = join(ctx.baseDir, dataRel);
  const dataDigest = await fileDigest(dataAbs);
  const evaluations: OpeReport[] = [];
  const findings: Finding[] = [];
  const cards: DecisionCard[] = [];
  const summaries: string[] = [];
  let decision: Decision = 'RUN';
  let code: GateOutcome['reason_code'] = 'OK';
  const toolchain = options.toolchain ?? NO_OPA_TOOLCHAIN;
  let opa: Promise<OpaBinary> | undefined;
  for (const t of targets) {
    const baseText = readPolicyText(t.base, t.file, 'base');
    const headText = readPolicyText(t.head, t.file, 'head');
    const load = {
      arms: settings.arms,
      contextFields: cfg.data.context,
      resolveOpa: () =>
        (opa ??= toolchain.resolve({ pin: {}, progress: ctx.progress, signal: ctx.signal })),
      signal: ctx.signal,
    };
    // Baseline from the base, candidate from the head; a Rego file compiles with the edge's opa.
    const baseline = await loadRoutingPolicy(baseText, t.file, `${t.file} (base)`, load);
    const candidate = await loadRoutingPolicy(headText, t.file, `${t.file} (head)`, load);
    ctx.progress(`ope: evaluating ${t.file} on ${dataRel}`);
    const { report } = await evaluate({
      data: { abs: dataAbs, file: dataRel, schema: cfg.data },
      baseline,
      candidate,
      settings,
      signal: ctx.signal,
      progress: ctx.progress,
    });
    const evidence = {
      baseline_policy: sha256(baseText),
      candidate_policy: sha256(headText),
      logged_data: dataDigest,
    };
    report.policy = {
      file: t.file,
      baseline_sha256: evidence.baseline_policy,
      candidate_sha256: evidence.candidate_policy,
    };
    const verdict = decide(report, settings.diagnostics, t.file, evidence);
    evaluations.push(report);
    findings.push(...verdict.findings);
    cards.push(verdict.card);
    summaries.push(verdict.summary);
    if (
      RANK[verdict.decision] > RANK[decision] ||
      (RANK[verdict.decision] === RANK[decision] && code === 'OK')
    ) {
      decision = verdict.decision;
      code = verdict.reason_code;
    }
  }
  return outcome(decision, code, findings, {
    summary: summaries.join(' | '),
    cards,
    inputs_digest: sha256Json({
      configDigest,
      dataDigest,
      policies: evaluations.map((e) => e.policy),
    }),
    report: { applicable: true, evaluations },
  });
}

/** Creates the OPE gate. */
export function createOpeGate(options: OpeGateOptions = {}): Gate {
  return {
    name: 'ope',
    version: OPE_GATE_VERSION,
    requiredInputs(ctx: GateContext): RequiredInput[] {
      const cfg = sectionOf(ctx);
      return [
        {
          path: join(ctx.baseDir, inside(cfg.data.path, 'gates.ope.data.path')),
          description: 'logged data file (read from the base branch)',
          configKey: 'gates.ope.data.path',
        },
      ];
    },
    run: (ctx) => runOpeGate(ctx, options),
  };
}
