/**
 * Routing policies, and the JSON distribution tables among them:
 * `{"key": "<field>" | ["<field>", …], "table": {"<key value>": {"<arm>": p, …}}, "default": {…}}`.
 * Several key fields are joined with `|`. Distributions are validated (finite, non-negative,
 * known arms, sum 1 within 1e-9); a context with no entry and no default is an error.
 */
import { MaestroError } from '../../contract/errors.js';

/** Tolerance on the sum of a distribution. */
export const SUM_TOLERANCE = 1e-9;

/** Where the contexts handed to a policy were first logged (for messages). */
export interface ContextRows {
  /** The data file's name. */
  file: string;
  /** Per context, the line (or row) it was first seen on. */
  lines: readonly number[];
}

/**
 * A routing policy: a distribution over the configured arms at each context. Each distinct
 * context is handed to {@link RoutingPolicy.distributions} once.
 */
export interface RoutingPolicy {
  /** Where it came from (for messages). */
  readonly file: string;
  readonly kind: 'table' | 'rego';
  /**
   * The validated distribution (arms in configured order) at each context; a context the
   * policy has no answer for is an error (`OPE_POLICY_NO_ENTRY`) at its row.
   */
  distributions(
    contexts: readonly Readonly<Record<string, string>>[],
    rows: ContextRows,
  ): Float64Array[];
}

/** A validated JSON-table routing policy. */
export interface TablePolicy extends RoutingPolicy {
  readonly kind: 'table';
  keyFields: string[];
  /** Key value → distribution over the configured arms (in their order). */
  table: Map<string, Float64Array>;
  default: Float64Array | undefined;
}

function invalid(file: string, message: string): MaestroError {
  return new MaestroError('OPE_POLICY_INVALID', `${file}: ${message}`, { location: { file } });
}

/** Validates one `{"<arm>": p}` object into probabilities in configured arm order. */
export function validDistribution(
  file: string,
  where: string,
  value: unknown,
  arms: readonly string[],
): Float64Array {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw invalid(file, `${where} must be an object {"<arm>": probability}.`);
  const out = new Float64Array(arms.length);
  let sum = 0;
  for (const [arm, p] of Object.entries(value as Record<string, unknown>)) {
    const i = arms.indexOf(arm);
    if (i < 0)
      throw invalid(
        file,
        `${where} names the arm "${arm}", which is not in gates.ope.arms (${arms.join(', ')}).`,
      );
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0)
      throw invalid(file, `${where}: the probability of "${arm}" must be a finite number ≥ 0.`);
    out[i] = p;
    sum += p;
  }
  if (Math.abs(sum - 1) > SUM_TOLERANCE)
    throw invalid(file, `${where}: the probabilities sum to ${sum}, not 1 (within 1e-9).`);
  return out;
}

/** Parses and validates a policy file's text. `contextFields` are the declared context fields. */
export function parsePolicy(
  text: string,
  file: string,
  arms: readonly string[],
  contextFields: readonly string[],
): TablePolicy {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (thrown) {
    throw new MaestroError(
      'OPE_POLICY_UNREADABLE',
      `${file}: the routing policy is not valid JSON: ${(thrown as Error).message}`,
      { cause: thrown, location: { file } },
    );
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    throw invalid(file, 'a routing policy is a JSON object with "key", "table" and "default".');
  const o = doc as Record<string, unknown>;
  const unknownKeys = Object.keys(o).filter((k) => !['key', 'table', 'default'].includes(k));
  if (unknownKeys.length > 0)
    throw invalid(file, `unknown top-level key(s) ${unknownKeys.map((k) => `"${k}"`).join(', ')}.`);
  const keyRaw = o['key'];
  const keyFields =
    typeof keyRaw === 'string'
      ? [keyRaw]
      : Array.isArray(keyRaw) && keyRaw.length > 0 && keyRaw.every((k) => typeof k === 'string')
        ? keyRaw
        : undefined;
  if (keyFields === undefined)
    throw invalid(file, '"key" must be a context field name or a non-empty list of them.');
  for (const k of keyFields)
    if (!contextFields.includes(k))
      throw invalid(
        file,
        `"key" names "${k}", which is not a declared context field (gates.ope.data.context: ${contextFields.join(', ')}).`,
      );
  const tableRaw = o['table'];
  if (tableRaw === null || typeof tableRaw !== 'object' || Array.isArray(tableRaw))
    throw invalid(file, '"table" must be an object {"<key value>": {"<arm>": p}}.');
  const table = new Map<string, Float64Array>();
  for (const [k, v] of Object.entries(tableRaw as Record<string, unknown>))
    table.set(k, validDistribution(file, `table["${k}"]`, v, arms));
  const def =
    o['default'] === undefined ? undefined : validDistribution(file, 'default', o['default'], arms);
  const policy: TablePolicy = {
    file,
    kind: 'table',
    keyFields,
    table,
    default: def,
    distributions: (contexts, rows) =>
      contexts.map((ctx, i) =>
        distributionAt(policy, ctx, { file: rows.file, line: rows.lines[i]! }),
      ),
  };
  return policy;
}

/** The key value of a context: its key fields' values joined with `|`. */
export function keyOf(policy: TablePolicy, context: Readonly<Record<string, string>>): string {
  return policy.keyFields.map((f) => context[f]!).join('|');
}

/** The policy's distribution at a context; no entry and no default is an error. */
export function distributionAt(
  policy: TablePolicy,
  context: Readonly<Record<string, string>>,
  where: { file: string; line: number },
): Float64Array {
  const key = keyOf(policy, context);
  const d = policy.table.get(key) ?? policy.default;
  if (d === undefined)
    throw new MaestroError(
      'OPE_POLICY_NO_ENTRY',
      `${where.file}:${where.line}: the context ${policy.keyFields.join('|')} = "${key}" has no entry in ${policy.file} and the policy has no "default". Add an entry or a default; the gate does not guess.`,
      { location: { file: where.file, line: where.line } },
    );
  return d;
}
