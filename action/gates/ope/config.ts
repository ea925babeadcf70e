/** The `gates.ope` configuration section with its documented defaults applied. */

/** The estimators, in report order. */
export const ESTIMATORS = ['ips', 'snips', 'dm', 'dr', 'sndr'] as const;
/** One estimator name. */
export type EstimatorName = (typeof ESTIMATORS)[number];
/** The one-sided bounds the gate rule can use. */
export type BoundName = 't' | 'bernstein' | 'bootstrap';
/** Logged data formats. */
export type DataFormat = 'jsonl' | 'csv' | 'parquet';

/** Default estimator of the gate rule. */
export const DEFAULT_ESTIMATOR: EstimatorName = 'dr';
/** Default tolerated regression (reward units). */
export const DEFAULT_EPSILON = 0.01;
/** Default error level. */
export const DEFAULT_ALPHA = 0.05;
/** Default bound. */
export const DEFAULT_BOUND: BoundName = 't';
/** Default bootstrap resamples. */
export const DEFAULT_BOOTSTRAP_RESAMPLES = 1000;
/** Default bootstrap seed. */
export const DEFAULT_BOOTSTRAP_SEED = 0;
/** Default folds of the built-in reward model. */
export const DEFAULT_REWARD_MODEL_FOLDS = 2;
/** Default minimum effective sample size. */
export const DEFAULT_MIN_ESS = 100;
/** Default minimum effective sample size as a share of n. */
export const DEFAULT_MIN_ESS_SHARE = 0.01;
/** Default maximum importance weight. */
export const DEFAULT_MAX_WEIGHT = 1000;
/** Default tolerance on |mean weight − 1|. */
export const DEFAULT_MEAN_WEIGHT_TOLERANCE = 0.1;
/** Default maximum mean candidate mass on arms never logged in the context. */
export const DEFAULT_MAX_SUPPORT_VIOLATION = 0.01;
/** Default processing chunk for row-oriented formats. */
export const DEFAULT_CHUNK_ROWS = 8192;

/** The data schema: which field holds what. */
export interface DataSchema {
  path: string;
  format?: DataFormat;
  context: string[];
  action: string;
  propensity: string;
  reward: string;
  cost?: string;
  q_hat?: string;
  q_hat_prefix?: string;
  bad_rows?: 'stop' | 'drop';
  chunk_rows?: number;
}

/** The section as written in `.github/maestro.yml` (validated by config.schema.json). */
export interface OpeGateConfigInput {
  enabled?: boolean;
  policies: string[];
  arms: string[];
  data: DataSchema;
  estimator?: EstimatorName;
  clip?: number;
  epsilon?: number;
  bound?: BoundName;
  alpha?: number;
  bootstrap?: { resamples?: number; seed?: number };
  reward_model?: { folds?: number };
  diagnostics?: {
    min_ess?: number;
    min_ess_share?: number;
    max_weight?: number;
    mean_weight_tolerance?: number;
    max_support_violation?: number;
  };
  cost_budget?: number;
}

/** Diagnostic thresholds, resolved. */
export interface DiagnosticThresholds {
  min_ess: number;
  min_ess_share: number;
  max_weight: number;
  mean_weight_tolerance: number;
  max_support_violation: number;
}

/** The evaluation settings shared by the gate and the CLI. */
export interface EvaluationSettings {
  arms: string[];
  estimator: EstimatorName;
  clip: number | undefined;
  epsilon: number;
  bound: BoundName;
  alpha: number;
  bootstrap: { resamples: number; seed: number };
  rewardModelFolds: number;
  diagnostics: DiagnosticThresholds;
  costBudget: number | undefined;
}

/** Applies the documented defaults. */
export function resolveSettings(
  cfg: Omit<OpeGateConfigInput, 'policies' | 'data'>,
): EvaluationSettings {
  const d = cfg.diagnostics ?? {};
  return {
    arms: [...cfg.arms],
    estimator: cfg.estimator ?? DEFAULT_ESTIMATOR,
    clip: cfg.clip,
    epsilon: cfg.epsilon ?? DEFAULT_EPSILON,
    bound: cfg.bound ?? DEFAULT_BOUND,
    alpha: cfg.alpha ?? DEFAULT_ALPHA,
    bootstrap: {
      resamples: cfg.bootstrap?.resamples ?? DEFAULT_BOOTSTRAP_RESAMPLES,
      seed: cfg.bootstrap?.seed ?? DEFAULT_BOOTSTRAP_SEED,
    },
    rewardModelFolds: cfg.reward_model?.folds ?? DEFAULT_REWARD_MODEL_FOLDS,
    diagnostics: {
      min_ess: d.min_ess ?? DEFAULT_MIN_ESS,
      min_ess_share: d.min_ess_share ?? DEFAULT_MIN_ESS_SHARE,
      max_weight: d.max_weight ?? DEFAULT_MAX_WEIGHT,
      mean_weight_tolerance: d.mean_weight_tolerance ?? DEFAULT_MEAN_WEIGHT_TOLERANCE,
      max_support_violation: d.max_support_violation ?? DEFAULT_MAX_SUPPORT_VIOLATION,
    },
    costBudget: cfg.cost_budget,
  };
}
