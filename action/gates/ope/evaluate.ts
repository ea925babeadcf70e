/**
 * The off-policy evaluation of a candidate routing policy against a baseline on logged data:
 * stream and validate the rows, accumulate the five estimators chunk by chunk (mergeable
 * accumulators), then bound the mean paired difference of the gate's estimator. Pure over its
 * inputs (a file to read, two policies, settings); shared by the gate and `maestro-gate ope`.
 */
import { MaestroError } from '../../contract/errors.js';
import { OpeAccumulator, type AccumulatedStats, type ChunkValues } from './accumulator.js';
import { poissonBootstrap } from './bootstrap.js';
import {
  bernsteinLowerBound,
  bootstrapInterval,
  bootstrapLowerBound,
  tInterval,
  tLowerBound,
  tUpperBound,
} from './bounds.js';
import {
  DEFAULT_CHUNK_ROWS,
  ESTIMATORS,
  type DataSchema,
  type EstimatorName,
  type EvaluationSettings,
} from './config.js';
import { formatOf, readChunks, type RawChunk } from './data-readers.js';
import { Ingest, type IngestedData, type StoredChunk } from './ingest.js';
import type { RoutingPolicy } from './policy.js';
import { fitCrossFitted, type CrossFitted } from './reward-model.js';
import type { OpeReport } from './report.js';

/** What to evaluate. */
export interface EvaluationInput {
  /** Absolute path of the data file and the name used in messages. */
  data: { abs: string; file: string; schema: DataSchema };
  baseline: RoutingPolicy;
  candidate: RoutingPolicy;
  settings: EvaluationSettings;
  /** Rows already in memory (tests, other shards' readers); replaces reading `data.abs`. */
  chunks?: Iterable<RawChunk> | AsyncIterable<RawChunk>;
  /** Also run the bootstrap when the gate's bound is not `bootstrap` (the bench does). */
  alwaysBootstrap?: boolean;
  signal?: AbortSignal;
  progress?: (message: string) => void;
}

const PROGRESS_EVERY = 250_000;
/** Significant digits of the numbers in a report. */
export const REPORT_DIGITS = 10;

/** Reads and validates the data. */
export async function ingestData(input: EvaluationInput): Promise<IngestedData> {
  const { schema } = input.data;
  const arms = input.settings.arms;
  const format = formatOf(input.data.file, schema.format);
  const ingest = new Ingest(input.data.file, schema, arms, input.baseline, input.candidate);
  let next = PROGRESS_EVERY;
  let read = 0;
  const source =
    input.chunks ??
    readChunks(
      input.data.abs,
      input.data.file,
      format,
      Ingest.fieldsOf(schema, arms),
      schema.chunk_rows ?? DEFAULT_CHUNK_ROWS,
    );
  for await (const chunk of source) {
    if (input.signal?.aborted) throw input.signal.reason;
    ingest.add(chunk);
    read += chunk.n;
    if (read >= next) {
      input.progress?.(`ope: ${read.toLocaleString('en-US')} rows read`);
      next += PROGRESS_EVERY;
    }
  }
  return ingest.finish();
}

/** Per-context facts: support violations, total variation, whether the top arm changes. */
function contextFacts(data: IngestedData, arms: number) {
  const K = data.contexts.length;
  const violation = new Float64Array(K);
  const tv = new Float64Array(K);
  const changed = new Uint8Array(K);
  for (let k = 0; k < K; k++) {
    let v = 0,
      t = 0,
      bi = 0,
      ci = 0;
    for (let a = 0; a < arms; a++) {
      const pb = data.baselineDist[k * arms + a]!;
      const pc = data.candidateDist[k * arms + a]!;
      if (data.logged[k * arms + a] === 0) v += pc;
      t += Math.abs(pc - pb);
      if (pb > data.baselineDist[k * arms + bi]!) bi = a;
      if (pc > data.candidateDist[k * arms + ci]!) ci = a;
    }
    violation[k] = v;
    tv[k] = t / 2;
    changed[k] = bi === ci ? 0 : 1;
  }
  return { violation, tv, changed };
}

/** Builds the accumulator inputs of one stored chunk (row offset `first` for the folds). */
function chunkValues(
  c: StoredChunk,
  first: number,
  data: IngestedData,
  arms: number,
  model: CrossFitted | undefined,
  facts: ReturnType<typeof contextFacts>,
): ChunkValues {
  const n = c.n;
  const wb = new Float64Array(n);
  const wc = new Float64Array(n);
  const viol = new Float64Array(n);
  const tv = new Float64Array(n);
  const changed = new Uint8Array(n);
  let q = c.qFactual;
  let dmb = c.dmBaseline;
  let dmc = c.dmCandidate;
  if (model !== undefined) {
    q = new Float64Array(n);
    dmb = new Float64Array(n);
    dmc = new Float64Array(n);
  }
  for (let i = 0; i < n; i++) {
    const k = c.ctx[i]!;
    const a = c.arm[i]!;
    wb[i] = data.baselineDist[k * arms + a]! / c.propensity[i]!;
    wc[i] = data.candidateDist[k * arms + a]! / c.propensity[i]!;
    viol[i] = facts.violation[k]!;
    tv[i] = facts.tv[k]!;
    changed[i] = facts.changed[k]!;
    if (model !== undefined) {
      const f = (first + i) % model.folds;
      q![i] = model.q[(k * model.folds + f) * arms + a]!;
      dmb![i] = model.dmBaseline[k * model.folds + f]!;
      dmc![i] = model.dmCandidate[k * model.folds + f]!;
    }
  }
  return {
    n,
    reward: c.reward,
    qFactual: q!,
    weight: [wb, wc],
    dm: [dmb!, dmc!],
    ...(c.cost === undefined ? {} : { cost: c.cost }),
    violation: viol,
    tv,
    changed,
  };
}

/** The per-round value of one estimator for one policy. */
export function roundValue(
  e: EstimatorName,
  r: number,
  q: number,
  w: number,
  dm: number,
  lambda: number,
  invMeanW: number,
): number {
  const wc = w < lambda ? w : lambda;
  switch (e) {
    case 'ips':
      return r * wc;
    case 'snips':
      return r * w * invMeanW;
    case 'dm':
      return dm;
    case 'dr':
      return dm + wc * (r - q);
    case 'sndr':
      return dm + w * (r - q) * invMeanW;
  }
}

/** Everything the evaluation produced, before the gate decides. */
export interface Evaluation {
  data: IngestedData;
  stats: AccumulatedStats;
  report: OpeReport;
}

/** Runs the whole evaluation. */
export async function evaluate(input: EvaluationInput): Promise<Evaluation> {
  const s = input.settings;
  const A = s.arms.length;
  const data = await ingestData(input);
  if (data.rows < 2)
    throw new MaestroError(
      'OPE_DATA_INVALID',
      `${input.data.file}: ${data.rows} valid row(s) (of ${data.rowsRead} read); at least 2 are needed to bound anything.`,
      { location: { file: input.data.file } },
    );
  const model = data.hasEstimates ? undefined : fitCrossFitted(data, A, s.rewardModelFolds);
  const facts = contextFacts(data, A);
  const total = new OpeAccumulator(s.clip);
  let first = 0;
  for (const c of data.chunks) {
    if (input.signal?.aborted) throw input.signal.reason;
    const acc = new OpeAccumulator(s.clip);
    acc.addChunk(chunkValues(c, first, data, A, model, facts));
    total.merge(acc);
    first += c.n;
  }
  const stats = total.stats();
  // The gate estimator's exact per-round differences, for the Bernstein range and the bootstrap.
  const [mwb, mwc] = total.meanWeights();
  const lambda = s.clip ?? Infinity;
  const d = new Float64Array(data.rows);
  let min = Infinity;
  let max = -Infinity;
  let j = 0;
  for (const c of data.chunks) {
    const v = chunkValues(c, j, data, A, model, facts);
    for (let i = 0; i < v.n; i++, j++) {
      const r = v.reward[i]!;
      const q = v.qFactual[i]!;
      const x =
        roundValue(s.estimator, r, q, v.weight[1][i]!, v.dm[1][i]!, lambda, 1 / mwc) -
        roundValue(s.estimator, r, q, v.weight[0][i]!, v.dm[0][i]!, lambda, 1 / mwb);
      d[j] = x;
      if (x < min) min = x;
      if (x > max) max = x;
    }
  }
  const n = stats.n;
  const diff = stats.forms[s.estimator].difference;
  const tLower = tLowerBound(diff, n, s.alpha);
  const bernLower = bernsteinLowerBound(diff, n, max - min, s.alpha);
  const wantBoot = s.bound === 'bootstrap' || input.alwaysBootstrap === true;
  const boot = wantBoot
    ? poissonBootstrap(d, s.bootstrap.resamples, s.bootstrap.seed, input.signal)
    : undefined;
  const bootLower = boot === undefined ? undefined : bootstrapLowerBound(boot, s.alpha);
  const lower = s.bound === 't' ? tLower : s.bound === 'bernstein' ? bernLower : bootLower!;

  const estimators = {} as OpeReport['estimators'];
  for (const e of ESTIMATORS) {
    const f = stats.forms[e];
    const part = (m: typeof f.baseline) => {
      const ci = tInterval(m, n, s.alpha);
      return { estimate: m.mean, lower: ci.lower, upper: ci.upper };
    };
    estimators[e] = {
      baseline: part(f.baseline),
      candidate: part(f.candidate),
      difference: part(f.difference),
    };
  }
  const wc = stats.weights.candidate;
  const K = data.contexts.length;
  let changedContexts = 0;
  let violatedContexts = 0;
  for (let k = 0; k < K; k++) {
    changedContexts += facts.changed[k]!;
    if (facts.violation[k]! > 0) violatedContexts++;
  }
  const cost = stats.loggedMeanCost === undefined ? undefined : stats.forms.cost;
  const report: OpeReport = {
    data: {
      file: input.data.file,
      format: formatOf(input.data.file, input.data.schema.format),
      rows_read: data.rowsRead,
      rows_used: data.rows,
      rows_dropped: data.dropped.count,
      dropped_by_reason: data.dropped.byReason,
      dropped_examples: data.dropped.examples.map((x) => ({
        location: `${input.data.file}:${x.line}`,
        reason: x.reason,
      })),
      contexts: K,
      reward_model: data.hasEstimates
        ? 'estimate columns'
        : `cross-fitted per-context mean (${s.rewardModelFolds} folds)`,
    },
    settings: {
      arms: s.arms,
      estimator: s.estimator,
      clip: s.clip ?? null,
      epsilon: s.epsilon,
      alpha: s.alpha,
      bound: s.bound,
      bootstrap: s.bootstrap,
    },
    logged: { mean_reward: stats.loggedMeanReward, mean_cost: stats.loggedMeanCost ?? null },
    estimators,
    diagnostics: {
      ess: wc.ess,
      ess_share: wc.ess / n,
      max_weight: wc.max,
      mean_weight: wc.mean,
      support_violation: stats.meanSupportViolation,
      contexts_with_violation: violatedContexts,
      baseline: {
        ess: stats.weights.baseline.ess,
        max_weight: stats.weights.baseline.max,
        mean_weight: stats.weights.baseline.mean,
      },
      thresholds: s.diagnostics,
      crossed: [],
    },
    policy_delta: {
      contexts: K,
      contexts_changed_share: K === 0 ? 0 : changedContexts / K,
      rows_changed_share: stats.changedRowShare,
      mean_total_variation: stats.meanTotalVariation,
    },
    cost:
      cost === undefined
        ? null
        : {
            budget: s.costBudget ?? null,
            baseline: cost.baseline.mean,
            candidate: cost.candidate.mean,
            candidate_upper: tUpperBound(cost.candidate, n, s.alpha),
          },
    gate_rule: {
      estimator: s.estimator,
      bound: s.bound,
      n,
      mean_difference: diff.mean,
      std_error: Math.sqrt(diff.variance / (n - 1)),
      difference_range: [min, max],
      lower_bound: lower,
      epsilon: s.epsilon,
      bounds: {
        t: tLower,
        bernstein: bernLower,
        bootstrap: bootLower ?? null,
      },
      bootstrap:
        boot === undefined
          ? null
          : {
              resamples: boot.resamples,
              seed: boot.seed,
              groups: boot.groups,
              interval: bootstrapInterval(boot, s.alpha),
            },
      passed: lower >= -s.epsilon,
    },
  };
  // JSON has no NaN or ±Infinity: undefined numbers (e.g. a self-normalised estimate with no
  // candidate weight on any logged action) travel as null, as the report schema says. Numbers
  // keep 10 significant digits: far below any estimate's standard error, and 17-digit runs
  // would read as card numbers to the evidence's boundary scan.
  const json = JSON.stringify(report, (_k, v: unknown) =>
    typeof v === 'number' && Number.isFinite(v) && !Number.isInteger(v)
      ? Number(v.toPrecision(REPORT_DIGITS))
      : v,
  );
  return { data, stats, report: JSON.parse(json) as OpeReport };
}
