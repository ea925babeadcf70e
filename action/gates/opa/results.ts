/**
 * Reading what a policy package returned: `deny`, `escalate` and `warn` sets of messages,
 * `exception` suppressions and an optional `risk`. Anything outside these conventions is a
 * malformed result and fails closed, naming the policy and the rule.
 */
import { MaestroError } from '../../contract/errors.js';

/** The three result sets, in decreasing severity. */
export const RESULT_KINDS = ['deny', 'escalate', 'warn'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** Risk classes a policy may return. */
export const RISK_CLASSES = ['low', 'medium', 'high'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

/** One `deny`/`escalate`/`warn` result. */
export interface PolicyResult {
  kind: ResultKind;
  /** The policy (directory or bundle) that produced it. */
  policy: string;
  msg: string;
  id?: string;
  file?: string;
  line?: number;
  column?: number;
  /** A per-result risk score in [0,1]. */
  risk?: number;
  /** Every other key of the result object. */
  metadata: Record<string, unknown>;
}

/** One suppression a policy's `exception` rule returned. */
export interface PolicyException {
  policy: string;
  /** The result `id` it suppresses. */
  id: string;
  /** Only results at this file (a glob), when given. */
  file?: string;
  reason?: string;
}

/** The `risk` a policy returned. */
export interface PolicyRisk {
  policy: string;
  score: number;
  class?: RiskClass;
  reasons: string[];
}

/** Everything one policy package returned for one input. */
export interface PolicyVerdict {
  results: PolicyResult[];
  exceptions: PolicyException[];
  risk?: PolicyRisk;
}

const RESERVED = new Set(['msg', 'id', 'file', 'line', 'column', 'risk']);

function malformed(policy: string, rule: string, what: string): MaestroError {
  return new MaestroError(
    'OPA_RESULT_MALFORMED',
    `policy ${policy}: rule \`${rule}\` ${what}. Results must be strings or objects {msg, ...metadata} (docs/policies.md).`,
  );
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Reads the value of the namespace package. `undefined` (no rule defined) reads as empty. */
export function interpretPackage(doc: unknown, policy: string, namespace: string): PolicyVerdict {
  if (doc === undefined) return { results: [], exceptions: [] };
  if (!isPlainObject(doc))
    throw malformed(policy, namespace, `evaluated to ${show(doc)} instead of a package document`);
  const results: PolicyResult[] = [];
  for (const kind of RESULT_KINDS) {
    const value = doc[kind];
    if (value === undefined) continue;
    if (!Array.isArray(value))
      throw malformed(
        policy,
        kind,
        `is ${show(value)}, not a set (write \`${kind} contains msg if { ... }\`)`,
      );
    for (const item of value) results.push(readResult(item, kind, policy));
  }
  const exceptions = readExceptions(doc['exception'], policy);
  const risk = readRisk(doc['risk'], policy);
  return { results, exceptions, ...(risk ? { risk } : {}) };
}

function readResult(item: unknown, kind: ResultKind, policy: string): PolicyResult {
  if (typeof item === 'string') {
    if (item.trim() === '') throw malformed(policy, kind, 'returned an empty message');
    return { kind, policy, msg: item, metadata: {} };
  }
  if (!isPlainObject(item)) throw malformed(policy, kind, `returned ${show(item)}`);
  const { msg, id, file, line, column, risk } = item;
  if (typeof msg !== 'string' || msg.trim() === '')
    throw malformed(policy, kind, `returned ${show(item)} without a non-empty string \`msg\``);
  if (id !== undefined && (typeof id !== 'string' || id === ''))
    throw malformed(policy, kind, `returned a non-string \`id\` ${show(id)}`);
  if (file !== undefined && (typeof file !== 'string' || file === ''))
    throw malformed(policy, kind, `returned a non-string \`file\` ${show(file)}`);
  for (const [key, v] of [
    ['line', line],
    ['column', column],
  ] as const) {
    if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v >= 1)) {
      throw malformed(policy, kind, `returned \`${key}\` ${show(v)}, not a positive integer`);
    }
  }
  if (risk !== undefined && !(typeof risk === 'number' && risk >= 0 && risk <= 1)) {
    throw malformed(policy, kind, `returned \`risk\` ${show(risk)}, not a number in [0,1]`);
  }
  const metadata: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!RESERVED.has(k)) metadata[k] = v;
  return {
    kind,
    policy,
    msg,
    ...(id !== undefined ? { id } : {}),
    ...(file !== undefined ? { file } : {}),
    ...(line !== undefined ? { line: line as number } : {}),
    ...(column !== undefined ? { column: column as number } : {}),
    ...(risk !== undefined ? { risk } : {}),
    metadata,
  };
}

function readExceptions(value: unknown, policy: string): PolicyException[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw malformed(policy, 'exception', `is ${show(value)}, not a set`);
  const out: PolicyException[] = [];
  for (const item of value) {
    if (typeof item === 'string' && item !== '') out.push({ policy, id: item });
    else if (
      Array.isArray(item) &&
      item.length > 0 &&
      item.every((x) => typeof x === 'string' && x !== '')
    ) {
      // conftest style: `exception contains rules if { rules := ["id1", "id2"] }`
      for (const id of item as string[]) out.push({ policy, id });
    } else if (isPlainObject(item) && typeof item['id'] === 'string' && item['id'] !== '') {
      const { file, reason } = item;
      if (file !== undefined && (typeof file !== 'string' || file === ''))
        throw malformed(policy, 'exception', `returned a non-string \`file\` ${show(file)}`);
      if (reason !== undefined && typeof reason !== 'string')
        throw malformed(policy, 'exception', `returned a non-string \`reason\` ${show(reason)}`);
      out.push({
        policy,
        id: item['id'],
        ...(file !== undefined ? { file } : {}),
        ...(reason !== undefined ? { reason } : {}),
      });
    } else {
      throw malformed(
        policy,
        'exception',
        `returned ${show(item)}; an exception is a result id, a list of ids, or {id, file?, reason?}`,
      );
    }
  }
  return out;
}

function readRisk(value: unknown, policy: string): PolicyRisk | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') {
    if (!(value >= 0 && value <= 1))
      throw malformed(policy, 'risk', `is ${show(value)}, not in [0,1]`);
    return { policy, score: value, reasons: [] };
  }
  if (!isPlainObject(value))
    throw malformed(
      policy,
      'risk',
      `is ${show(value)}; return a score in [0,1] or {score, class?, reasons?}`,
    );
  const { score, reasons } = value;
  const cls = value['class'];
  const isClass = (c: unknown): c is RiskClass => (RISK_CLASSES as readonly unknown[]).includes(c);
  if (!(typeof score === 'number' && score >= 0 && score <= 1))
    throw malformed(policy, 'risk', `has score ${show(score)}, not a number in [0,1]`);
  if (cls !== undefined && !isClass(cls)) {
    throw malformed(
      policy,
      'risk',
      `has class ${show(cls)}; use one of ${RISK_CLASSES.join(', ')}`,
    );
  }
  if (
    reasons !== undefined &&
    !(Array.isArray(reasons) && reasons.every((r) => typeof r === 'string'))
  ) {
    throw malformed(policy, 'risk', `has reasons ${show(reasons)}, not a list of strings`);
  }
  return {
    policy,
    score,
    ...(isClass(cls) ? { class: cls } : {}),
    reasons: Array.isArray(reasons) ? reasons : [],
  };
}
