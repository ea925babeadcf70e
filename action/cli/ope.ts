/**
 * `maestro-gate ope`: the OPE gate's computation on local files — logged data, a baseline and a
 * candidate routing policy — with the data schema and thresholds from a configuration's
 * `gates.ope` section (or flags). Prints text or JSON (schemas/ope-report.schema.json).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCliArgs } from './args.js';
import { MaestroError } from '../contract/errors.js';
import { loadConfig } from '../config/load.js';
import { DEFAULT_CONFIG_PATH } from '../config/types.js';
import {
  resolveSettings,
  type BoundName,
  type EstimatorName,
  type OpeGateConfigInput,
} from '../gates/ope/config.js';
import { decide } from '../gates/ope/decide.js';
import { evaluate } from '../gates/ope/evaluate.js';
import { loadRoutingPolicy } from '../gates/ope/load-policy.js';
import { opaToolchainFromEnvironment } from '../gates/opa/toolchain.js';
import { sha256 } from '../util/digest.js';
import { UsageError, type CliIo } from './io.js';

const HELP = `Usage: maestro-gate ope --data FILE --baseline POLICY --candidate POLICY [options]

Evaluates the candidate routing policy against the baseline on logged data, as the OPE gate does.
A POLICY is a JSON table or a .rego file (compiled with the opa CLI on PATH).
The data schema, arms and thresholds come from gates.ope of --config (default .github/maestro.yml
when it exists), or from the flags below.

  --config FILE          a Maestro Gate configuration with a gates.ope section
  --arms A,B,...         the arms (without --config)
  --context F1,F2,...    the context fields (without --config)
  --action F --propensity F --reward F --cost F --q-hat F --q-hat-prefix P   field names
  --estimator ips|snips|dm|dr|sndr   --bound t|bernstein|bootstrap
  --clip λ  --epsilon ε  --alpha α  --resamples N  --seed S  --bad-rows stop|drop
  --format text|json     (default text)

Exit codes: 0 RUN, 2 PAUSE_FOR_HITL, 1 STOPPED, 64 usage error.
`;

const num = (v: string | undefined, flag: string): number | undefined => {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!Number.isFinite(x)) throw new UsageError(`${flag} must be a number, got "${v}"`);
  return x;
};

/** Runs the command; returns the exit code. */
export async function opeCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCliArgs('ope', {
    args: argv,
    options: {
      data: { type: 'string' },
      baseline: { type: 'string' },
      candidate: { type: 'string' },
      config: { type: 'string' },
      arms: { type: 'string' },
      context: { type: 'string' },
      action: { type: 'string' },
      propensity: { type: 'string' },
      reward: { type: 'string' },
      cost: { type: 'string' },
      'q-hat': { type: 'string' },
      'q-hat-prefix': { type: 'string' },
      estimator: { type: 'string' },
      bound: { type: 'string' },
      clip: { type: 'string' },
      epsilon: { type: 'string' },
      alpha: { type: 'string' },
      resamples: { type: 'string' },
      seed: { type: 'string' },
      'bad-rows': { type: 'string' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    io.stdout(HELP);
    return 0;
  }
  if (values.data === undefined || values.baseline === undefined || values.candidate === undefined)
    throw new UsageError(`--data, --baseline and --candidate are required\n\n${HELP}`);
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError('--format must be text or json');

  let section: Partial<OpeGateConfigInput> = {};
  const configPath =
    values.config ?? (values.arms === undefined ? resolve(DEFAULT_CONFIG_PATH) : undefined);
  if (configPath !== undefined) {
    const load = loadConfig(configPath);
    if (!load.ok) {
      for (const f of load.findings) io.stderr(`${f.message}\n`);
      return 1;
    }
    const s = load.config.gates['ope'];
    if (s === undefined || s === null || typeof s !== 'object')
      throw new UsageError(
        `${configPath} has no gates.ope section; pass --arms and --context instead`,
      );
    section = s;
  }
  const list = (v: string | undefined): string[] | undefined =>
    v
      ?.split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '');
  const arms = list(values.arms) ?? section.arms;
  const context = list(values.context) ?? section.data?.context;
  if (arms === undefined || arms.length < 2) throw new UsageError('--arms needs at least two arms');
  if (context === undefined || context.length === 0)
    throw new UsageError('--context needs a field');
  const d = section.data;
  const schema = {
    path: values.data,
    context,
    action: values.action ?? d?.action ?? 'action',
    propensity: values.propensity ?? d?.propensity ?? 'pscore',
    reward: values.reward ?? d?.reward ?? 'reward',
    ...((values.cost ?? d?.cost) === undefined ? {} : { cost: values.cost ?? d?.cost }),
    ...((values['q-hat'] ?? d?.q_hat) === undefined ? {} : { q_hat: values['q-hat'] ?? d?.q_hat }),
    ...((values['q-hat-prefix'] ?? d?.q_hat_prefix) === undefined
      ? {}
      : { q_hat_prefix: values['q-hat-prefix'] ?? d?.q_hat_prefix }),
    bad_rows: (values['bad-rows'] ?? d?.bad_rows ?? 'stop') as 'stop' | 'drop',
    ...(d?.format === undefined ? {} : { format: d.format }),
  };
  const clip = num(values.clip, '--clip') ?? section.clip;
  const epsilon = num(values.epsilon, '--epsilon') ?? section.epsilon;
  const alpha = num(values.alpha, '--alpha') ?? section.alpha;
  const resamples = num(values.resamples, '--resamples');
  const seed = num(values.seed, '--seed');
  const estimator = (values.estimator ?? section.estimator) as EstimatorName | undefined;
  if (estimator !== undefined && !['ips', 'snips', 'dm', 'dr', 'sndr'].includes(estimator))
    throw new UsageError('--estimator must be ips, snips, dm, dr or sndr');
  const bound = (values.bound ?? section.bound) as BoundName | undefined;
  if (bound !== undefined && !['t', 'bernstein', 'bootstrap'].includes(bound))
    throw new UsageError('--bound must be t, bernstein or bootstrap');
  const settings = resolveSettings({
    ...section,
    arms,
    ...(estimator === undefined ? {} : { estimator }),
    ...(bound === undefined ? {} : { bound }),
    ...(clip === undefined ? {} : { clip }),
    ...(epsilon === undefined ? {} : { epsilon }),
    ...(alpha === undefined ? {} : { alpha }),
    bootstrap: {
      ...section.bootstrap,
      ...(resamples === undefined ? {} : { resamples }),
      ...(seed === undefined ? {} : { seed }),
    },
  });
  const read = (p: string): string => {
    try {
      return readFileSync(p, 'utf8');
    } catch (thrown) {
      throw new MaestroError(
        'OPE_POLICY_UNREADABLE',
        `${p}: the routing policy could not be read.`,
        {
          cause: thrown,
        },
      );
    }
  };
  const baseText = read(values.baseline);
  const candText = read(values.candidate);
  // A .rego policy compiles with the `opa` CLI found as `maestro-gate check` finds it.
  const toolchain = opaToolchainFromEnvironment(process.env);
  const signal = new AbortController().signal;
  const load = {
    arms,
    contextFields: context,
    resolveOpa: () =>
      toolchain.resolve({ pin: {}, progress: (m: string) => io.stderr(`${m}\n`), signal }),
  };
  try {
    const { report } = await evaluate({
      data: { abs: resolve(values.data), file: values.data, schema },
      baseline: await loadRoutingPolicy(baseText, values.baseline, values.baseline, load),
      candidate: await loadRoutingPolicy(candText, values.candidate, values.candidate, load),
      settings,
      progress: (m) => io.stderr(`${m}\n`),
    });
    report.policy = {
      file: values.candidate,
      baseline_sha256: sha256(baseText),
      candidate_sha256: sha256(candText),
    };
    const v = decide(report, settings.diagnostics, values.candidate, {
      baseline_policy: report.policy.baseline_sha256,
      candidate_policy: report.policy.candidate_sha256,
    });
    if (values.format === 'json') {
      const out = {
        decision: v.decision,
        reason_code: v.reason_code,
        summary: v.summary,
        findings: v.findings,
        report,
      };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      io.stdout(`${v.decision} (${v.reason_code}): ${v.summary}\n\n`);
      for (const r of v.card.reasons) io.stdout(`  ${r}\n`);
      io.stdout(`\n  To change the outcome: ${v.card.to_change}\n`);
    }
    return v.decision === 'RUN' ? 0 : v.decision === 'PAUSE_FOR_HITL' ? 2 : 1;
  } catch (thrown) {
    if (thrown instanceof MaestroError) {
      if (values.format === 'json')
        io.stdout(
          `${JSON.stringify({ decision: 'STOPPED', reason_code: thrown.code, summary: thrown.message })}\n`,
        );
      io.stderr(`STOPPED (${thrown.code}): ${thrown.message}\n`);
      return 1;
    }
    throw thrown;
  }
}
