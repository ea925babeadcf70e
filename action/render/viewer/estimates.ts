/**
 * OPE estimates as the viewer plots them: for each evaluation, each estimator's baseline,
 * candidate and difference with their intervals, the gate rule's lower bound and −ε. Read
 * defensively from the gate's free-form report: a value that is not a finite number is left out.
 */

/** A point estimate and its interval. */
export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

/** One estimator's row of the plot. */
export interface EstimatorRow {
  name: string;
  baseline?: Interval;
  candidate?: Interval;
  difference?: Interval;
  /** True for the estimator the gate rule decides on. */
  chosen: boolean;
}

/** One evaluation (one routing policy on one data set). */
export interface EstimateSet {
  policy?: string;
  data?: string;
  rows_used?: number;
  epsilon?: number;
  /** The gate rule's one-sided lower bound on the mean difference. */
  lower_bound?: number;
  passed?: boolean;
  estimators: EstimatorRow[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function interval(v: unknown): Interval | undefined {
  if (!isRecord(v)) return undefined;
  const estimate = num(v['estimate']);
  const lower = num(v['lower']);
  const upper = num(v['upper']);
  if (estimate === undefined || lower === undefined || upper === undefined) return undefined;
  return { estimate, lower, upper };
}

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** The estimates of an OPE report (`report.evaluations[]`); empty for any other report. */
export function estimatesOf(report: Record<string, unknown> | undefined): EstimateSet[] {
  const evaluations = report?.['evaluations'];
  if (!Array.isArray(evaluations)) return [];
  const out: EstimateSet[] = [];
  for (const e of evaluations) {
    if (!isRecord(e) || !isRecord(e['estimators'])) continue;
    const settings = isRecord(e['settings']) ? e['settings'] : {};
    const rule = isRecord(e['gate_rule']) ? e['gate_rule'] : {};
    const data = isRecord(e['data']) ? e['data'] : {};
    const policy = isRecord(e['policy']) ? e['policy'] : {};
    const chosen = str(rule['estimator']) ?? str(settings['estimator']);
    const estimators: EstimatorRow[] = [];
    for (const [name, v] of Object.entries(e['estimators'])) {
      if (!isRecord(v)) continue;
      estimators.push(
        defined({
          name,
          baseline: interval(v['baseline']),
          candidate: interval(v['candidate']),
          difference: interval(v['difference']),
          chosen: name === chosen,
        }),
      );
    }
    if (estimators.length === 0) continue;
    out.push(
      defined({
        policy: str(policy['file']),
        data: str(data['file']),
        rows_used: num(data['rows_used']),
        epsilon: num(rule['epsilon']) ?? num(settings['epsilon']),
        lower_bound: num(rule['lower_bound']),
        passed: typeof rule['passed'] === 'boolean' ? rule['passed'] : undefined,
        estimators,
      }),
    );
  }
  return out;
}
