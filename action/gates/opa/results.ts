/**
 * Reading what the evaluated packages returned: the decision rules (`deny*`, `violation*`,
 * `escalate*`, `warn*`) as sets of messages or `{msg, ...metadata}` objects, conftest's
 * rule-named `exception`, the per-result `suppress` and an optional `risk`. Anything outside
 * these conventions is a malformed result and fails closed, naming the policy and the rule.
 */
import { MaestroError } from '../../contract/errors.js';
import type { ModuleLayout, RuleDef } from './layout.js';
import { exceptionName, ruleRole, type RuleKind } from './rules.js';

export type ResultKind = RuleKind;

/** Risk classes a policy may return. */
export const RISK_CLASSES = ['low', 'medium', 'high'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

/** One `deny`/`escalate`/`warn` result. */
export interface PolicyResult {
  kind: ResultKind;
  /** The policy (directory or bundle) that produced it. */
  policy: string;
  /** The Rego package and rule (`main`, `deny_secret_file`). */
  package: string;
  rule: string;
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

/** One suppression a policy's `suppress` rule returned. */
export interface PolicyException {
  policy: string;
  /** The package whose `suppress` rule returned it. */
  package?: string;
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

/** One conftest exception: a package's `exception` named one of its rules. */
export interface RuleException {
  policy: string;
  package: string;
  /** The rule it exempts (`deny_large_file`). */
  rule: string;
  /** The name the exception used (`large_file`, or `""` for a bare `deny`). */
  name: string;
}

/** Everything the evaluated packages of one policy returned for one input. */
export interface PolicyVerdict {
  /** Every result, including those a rule exception exempts. */
  results: PolicyResult[];
  /** Per-result suppressions (`suppress`). */
  exceptions: PolicyException[];
  /** conftest exceptions that apply (one per exempted rule). */
  ruleExceptions: RuleException[];
  /** The highest risk any package returned. */
  risks: PolicyRisk[];
}

const RESERVED = new Set(['msg', 'id', 'file', 'line', 'column', 'risk']);

/** Where a decision rule is defined, for messages. */
export interface RuleLocator {
  /** The module's layout, with each rule's definitions. */
  layout?: ModuleLayout;
  /** The repository path of a policy file (absent for bundled policies, which are not). */
  fileOf?: (rel: string) => string;
}

/** The rule a value came from. */
interface Where {
  policy: string;
  /** `<package>.<rule>`. */
  name: string;
  defs: readonly RuleDef[];
  fileOf: ((rel: string) => string) | undefined;
}

/** Which definitions can have produced the malformed value. */
type Shape = 'whole' | 'item' | 'any';

function malformed(w: Where, what: string, shape: Shape = 'any'): MaestroError {
  // A value that is not a set comes from `rule := ...`; a bad member from `rule contains ...`.
  const matching = w.defs.filter((d) => shape === 'any' || d.set === (shape === 'item'));
  const defs = matching.length > 0 ? matching : w.defs;
  const first = defs[0];
  const pos = (d: RuleDef): string =>
    `${w.fileOf ? w.fileOf(d.file) : `${w.policy}/${d.file}`}:${d.line}:${d.column}`;
  const at =
    first === undefined
      ? ''
      : ` (${pos(first)}${defs.length > 1 ? `, and ${defs.slice(1).map(pos).join(', ')}` : ''})`;
  return new MaestroError(
    'OPA_RESULT_MALFORMED',
    `policy ${w.policy}: rule \`${w.name}\`${at} ${what}. Results must be strings or objects {msg, ...metadata} (docs/policies.md).`,
    first !== undefined && w.fileOf
      ? { location: { file: w.fileOf(first.file), line: first.line, column: first.column } }
      : {},
  );
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Reads the entry module's value: an object keyed `<package>:<rule>` holding every decision
 * rule of every evaluated package. `undefined` (nothing defined) reads as empty.
 */
export function interpretResult(
  doc: unknown,
  policy: string,
  locator: RuleLocator = {},
): PolicyVerdict {
  const verdict: PolicyVerdict = { results: [], exceptions: [], ruleExceptions: [], risks: [] };
  if (doc === undefined) return verdict;
  const whereOf = (pkg: string, rule: string): Where => ({
    policy,
    name: pkg === '' ? rule : `${pkg}.${rule}`,
    defs: locator.layout?.packages.find((p) => p.name === pkg)?.defs?.[rule] ?? [],
    fileOf: locator.fileOf,
  });
  if (!isPlainObject(doc))
    throw malformed(
      whereOf('', 'result'),
      `evaluated to ${show(doc)} instead of an object of rules`,
    );
  const keys = Object.keys(doc).sort();
  const exempt = new Map<string, Set<string>>();
  for (const key of keys) {
    const cut = key.lastIndexOf(':');
    const pkg = key.slice(0, cut);
    const rule = key.slice(cut + 1);
    const value = doc[key];
    const role = ruleRole(rule);
    const where = whereOf(pkg, rule);
    if (role === 'deny' || role === 'warn' || role === 'escalate') {
      if (!Array.isArray(value))
        throw malformed(
          where,
          `is ${show(value)}, not a set (write \`${rule} contains msg if { ... }\`)`,
          'whole',
        );
      for (const item of value) verdict.results.push(readResult(item, role, where, pkg, rule));
    } else if (role === 'exception') {
      exempt.set(pkg, readRuleExceptions(value, where));
    } else if (role === 'suppress') {
      verdict.exceptions.push(...readExceptions(value, where, pkg));
    } else if (role === 'risk') {
      const risk = readRisk(value, where);
      if (risk) verdict.risks.push(risk);
    }
  }
  // conftest: `exception` names rules of its own package; the whole rule is exempt.
  const rulesOf = new Map<string, Set<string>>();
  for (const key of keys) {
    const cut = key.lastIndexOf(':');
    const pkg = key.slice(0, cut);
    const rule = key.slice(cut + 1);
    const role = ruleRole(rule);
    if (role !== 'deny' && role !== 'warn' && role !== 'escalate') continue;
    const set = rulesOf.get(pkg) ?? new Set<string>();
    set.add(rule);
    rulesOf.set(pkg, set);
  }
  for (const [pkg, names] of exempt) {
    for (const rule of [...(rulesOf.get(pkg) ?? [])].sort()) {
      const name = exceptionName(rule);
      if (names.has(name)) verdict.ruleExceptions.push({ policy, package: pkg, rule, name });
    }
  }
  return verdict;
}

function readRuleExceptions(value: unknown, where: Where): Set<string> {
  const names = new Set<string>();
  if (!Array.isArray(value)) throw malformed(where, `is ${show(value)}, not a set`, 'whole');
  const bad = (what: string): MaestroError => malformed(where, what, 'item');
  for (const item of value) {
    if (Array.isArray(item) && item.every((x) => typeof x === 'string')) {
      for (const name of item) names.add(name);
      continue;
    }
    throw bad(
      `returned ${show(item)}; as in conftest, an exception is a list of rule names (\`exception contains rules if { rules := ["large_file"] }\` exempts \`deny_large_file\`). To suppress single results by id, use the \`suppress\` rule`,
    );
  }
  return names;
}

function readResult(
  item: unknown,
  kind: ResultKind,
  where: Where,
  pkg: string,
  rule: string,
): PolicyResult {
  const policy = where.policy;
  const bad = (what: string): MaestroError => malformed(where, what, 'item');
  if (typeof item === 'string') {
    if (item.trim() === '') throw bad('returned an empty message');
    return { kind, policy, package: pkg, rule, msg: item, metadata: {} };
  }
  if (!isPlainObject(item)) throw bad(`returned ${show(item)}`);
  const { msg, id, file, line, column, risk } = item;
  if (typeof msg !== 'string' || msg.trim() === '')
    throw bad(`returned ${show(item)} without a non-empty string \`msg\``);
  if (id !== undefined && (typeof id !== 'string' || id === ''))
    throw bad(`returned a non-string \`id\` ${show(id)}`);
  if (file !== undefined && (typeof file !== 'string' || file === ''))
    throw bad(`returned a non-string \`file\` ${show(file)}`);
  for (const [key, v] of [
    ['line', line],
    ['column', column],
  ] as const) {
    if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v >= 1)) {
      throw bad(`returned \`${key}\` ${show(v)}, not a positive integer`);
    }
  }
  if (risk !== undefined && !(typeof risk === 'number' && risk >= 0 && risk <= 1)) {
    throw bad(`returned \`risk\` ${show(risk)}, not a number in [0,1]`);
  }
  const metadata: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!RESERVED.has(k)) metadata[k] = v;
  return {
    kind,
    policy,
    package: pkg,
    rule,
    msg,
    ...(id !== undefined ? { id } : {}),
    ...(file !== undefined ? { file } : {}),
    ...(line !== undefined ? { line: line as number } : {}),
    ...(column !== undefined ? { column: column as number } : {}),
    ...(risk !== undefined ? { risk } : {}),
    metadata,
  };
}

function readExceptions(value: unknown, where: Where, pkg: string): PolicyException[] {
  const policy = where.policy;
  const bad = (what: string): MaestroError => malformed(where, what, 'item');
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw malformed(where, `is ${show(value)}, not a set`, 'whole');
  const out: PolicyException[] = [];
  for (const item of value) {
    if (typeof item === 'string' && item !== '') out.push({ policy, package: pkg, id: item });
    else if (isPlainObject(item) && typeof item['id'] === 'string' && item['id'] !== '') {
      const { file, reason } = item;
      if (file !== undefined && (typeof file !== 'string' || file === ''))
        throw bad(`returned a non-string \`file\` ${show(file)}`);
      if (reason !== undefined && typeof reason !== 'string')
        throw bad(`returned a non-string \`reason\` ${show(reason)}`);
      out.push({
        policy,
        package: pkg,
        id: item['id'],
        ...(file !== undefined ? { file } : {}),
        ...(reason !== undefined ? { reason } : {}),
      });
    } else {
      throw bad(`returned ${show(item)}; a suppression is a result id or {id, file?, reason?}`);
    }
  }
  return out;
}

function readRisk(value: unknown, where: Where): PolicyRisk | undefined {
  const policy = where.policy;
  if (value === undefined) return undefined;
  if (typeof value === 'number') {
    if (!(value >= 0 && value <= 1)) throw malformed(where, `is ${show(value)}, not in [0,1]`);
    return { policy, score: value, reasons: [] };
  }
  if (!isPlainObject(value))
    throw malformed(
      where,
      `is ${show(value)}; return a score in [0,1] or {score, class?, reasons?}`,
    );
  const { score, reasons } = value;
  const cls = value['class'];
  const isClass = (c: unknown): c is RiskClass => (RISK_CLASSES as readonly unknown[]).includes(c);
  if (!(typeof score === 'number' && score >= 0 && score <= 1))
    throw malformed(where, `has score ${show(score)}, not a number in [0,1]`);
  if (cls !== undefined && !isClass(cls)) {
    throw malformed(where, `has class ${show(cls)}; use one of ${RISK_CLASSES.join(', ')}`);
  }
  if (
    reasons !== undefined &&
    !(Array.isArray(reasons) && reasons.every((r) => typeof r === 'string'))
  ) {
    throw malformed(where, `has reasons ${show(reasons)}, not a list of strings`);
  }
  return {
    policy,
    score,
    ...(isClass(cls) ? { class: cls } : {}),
    reasons: Array.isArray(reasons) ? reasons : [],
  };
}
