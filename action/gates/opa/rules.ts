/**
 * The decision rules the gate reads, named as conftest names them: `deny`, `violation` and
 * `warn`, each also with suffixes (`deny_secret_file`, `warn_docs`), plus Maestro Gate's own
 * `escalate` (with suffixes), conftest's rule-named `exception`, the per-result `suppress` and
 * `risk`.
 */

/** How a rule's results are applied. */
export type RuleKind = 'deny' | 'escalate' | 'warn';

/** What a top-level rule name means to the gate, or `undefined` for a helper rule. */
export type RuleRole = RuleKind | 'exception' | 'suppress' | 'risk';

// conftest's own patterns (policy/engine.go): `^(deny|violation)(_[a-zA-Z0-9]+)*$`, `^warn(...)$`.
const DENY_RE = /^(deny|violation)(_[a-zA-Z0-9]+)*$/;
const WARN_RE = /^warn(_[a-zA-Z0-9]+)*$/;
const ESCALATE_RE = /^escalate(_[a-zA-Z0-9]+)*$/;

/** The conftest exception rule: a set of lists of rule names (without their prefix). */
export const EXCEPTION_RULE = 'exception';
/** Maestro Gate's per-result exception: a set of `{id, file?, reason?}`. */
export const SUPPRESS_RULE = 'suppress';
/** The risk score rule. */
export const RISK_RULE = 'risk';

/** The role of a top-level rule name. */
export function ruleRole(name: string): RuleRole | undefined {
  if (DENY_RE.test(name)) return 'deny';
  if (WARN_RE.test(name)) return 'warn';
  if (ESCALATE_RE.test(name)) return 'escalate';
  if (name === EXCEPTION_RULE) return 'exception';
  if (name === SUPPRESS_RULE) return 'suppress';
  if (name === RISK_RULE) return 'risk';
  return undefined;
}

/** True for the rules whose results decide (`deny*`, `violation*`, `warn*`, `escalate*`). */
export function isResultRule(name: string): boolean {
  const role = ruleRole(name);
  return role === 'deny' || role === 'warn' || role === 'escalate';
}

/**
 * The name an exception uses for a rule, as conftest's `removeRulePrefix` computes it:
 * `deny_large_file` → `large_file`; a bare `deny`, `violation`, `warn` (or `escalate`) → `""`.
 */
export function exceptionName(rule: string): string {
  if (rule === 'deny' || rule === 'violation' || rule === 'warn' || rule === 'escalate') return '';
  // Applied one after another, as conftest does (`deny_warn_x` → `x`).
  let name = rule;
  for (const prefix of ['violation_', 'deny_', 'warn_', 'escalate_']) {
    if (name.startsWith(prefix)) name = name.slice(prefix.length);
  }
  return name;
}

/** True when `pkg` is evaluated under `namespace`: the package itself or a sub-package. */
export function underNamespace(pkg: string, namespace: string): boolean {
  return pkg === namespace || pkg.startsWith(`${namespace}.`);
}
