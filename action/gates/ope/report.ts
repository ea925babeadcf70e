/** The OPE report: what the gate result's `report` holds and the CLI's JSON prints. */
import type { BoundName, DiagnosticThresholds, EstimatorName } from './config.js';

/** An estimate with its two-sided (1 − α) Student-t interval. */
export interface EstimateWithInterval {
  estimate: number;
  lower: number;
  upper: number;
}

/** The full report. */
export interface OpeReport {
  policy?: { file: string; baseline_sha256: string; candidate_sha256: string };
  data: {
    file: string;
    format: string;
    rows_read: number;
    rows_used: number;
    rows_dropped: number;
    dropped_by_reason: Record<string, number>;
    dropped_examples: { location: string; reason: string }[];
    contexts: number;
    reward_model: string;
  };
  settings: {
    arms: string[];
    estimator: EstimatorName;
    clip: number | null;
    epsilon: number;
    alpha: number;
    bound: BoundName;
    bootstrap: { resamples: number; seed: number };
  };
  logged: { mean_reward: number; mean_cost: number | null };
  estimators: Record<
    EstimatorName,
    {
      baseline: EstimateWithInterval;
      candidate: EstimateWithInterval;
      difference: EstimateWithInterval;
    }
  >;
  diagnostics: {
    ess: number;
    ess_share: number;
    max_weight: number;
    mean_weight: number;
    support_violation: number;
    contexts_with_violation: number;
    baseline: { ess: number; max_weight: number; mean_weight: number };
    thresholds: DiagnosticThresholds;
    /** The thresholds crossed, as sentences with numbers. */
    crossed: string[];
  };
  policy_delta: {
    contexts: number;
    contexts_changed_share: number;
    rows_changed_share: number;
    mean_total_variation: number;
  };
  cost: {
    budget: number | null;
    baseline: number;
    candidate: number;
    candidate_upper: number;
  } | null;
  gate_rule: {
    estimator: EstimatorName;
    bound: BoundName;
    n: number;
    mean_difference: number;
    std_error: number;
    difference_range: [number, number];
    lower_bound: number;
    epsilon: number;
    bounds: { t: number; bernstein: number; bootstrap: number | null };
    bootstrap: {
      resamples: number;
      seed: number;
      groups: number;
      interval: { lower: number; upper: number };
    } | null;
    passed: boolean;
  };
}
