/**
 * Small conftest-style policy sets, each evaluated on the same pull-request-shaped input by
 * the OPA gate (tests/opa/conventions.test.ts) and by the real `conftest` binary
 * (tests/opa/conftest-parity.test.ts). A case either behaves the same in both (failures,
 * warnings, exceptions, messages) or names the intended difference (docs/policies.md).
 */
import type { Decision } from '../../action/contract/decision.js';
import type { ChangedFile } from '../../action/contract/pr-facts.js';

/** The changed files every case sees. */
export const CASE_FILES: ChangedFile[] = [
  { path: 'src/router.ts', status: 'modified', additions: 12, deletions: 3 },
  { path: 'src/big.ts', status: 'added', additions: 900, deletions: 0 },
  { path: 'secrets/prod.pem', status: 'added', additions: 30, deletions: 0 },
  { path: 'docs/guide.md', status: 'modified', additions: 4, deletions: 1 },
  { path: 'vendor/lib.js', status: 'modified', additions: 40, deletions: 40 },
];

/** One policy set. */
export interface ConftestCase {
  name: string;
  /** Policy files, relative to the policy directory. */
  policy: Record<string, string>;
  /** Data files, relative to the data directory (loaded with `--data` / `gates.opa.data`). */
  data?: Record<string, string>;
  /** The namespace (default `main`); sub-packages are evaluated too (conftest: `NS.*`). */
  namespace?: string;
  allNamespaces?: boolean;
  regoV0?: boolean;
  /** What the gate decides. */
  decision: Decision;
  reason: string;
  /** Set when conftest behaves differently on purpose: what differs, and why. */
  difference?: string;
}

const V1 = 'import rego.v1\n';

export const CASES: ConftestCase[] = [
  {
    name: 'a plain deny string',
    policy: {
      'a.rego': `package main\n${V1}deny contains sprintf("%s is a key file", [f.path]) if {\n  some f in input.changed_files\n  endswith(f.path, ".pem")\n}\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'deny objects with msg and extra fields',
    policy: {
      'a.rego': `package main\n${V1}deny contains {"msg": sprintf("%s is too big", [f.path]), "owner": "core", "size": f.additions} if {\n  some f in input.changed_files\n  f.additions > 500\n}\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'violation objects with msg and details',
    policy: {
      'a.rego': `package main\n${V1}violation contains {"msg": "vendored code changed", "details": {"path": f.path}} if {\n  some f in input.changed_files\n  startswith(f.path, "vendor/")\n}\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'a suffixed deny (deny_secret_file)',
    policy: {
      'a.rego': `package main\n${V1}deny_secret_file contains msg if {\n  some f in input.changed_files\n  startswith(f.path, "secrets/")\n  msg := sprintf("%s holds a secret", [f.path])\n}\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'a suffixed violation (violation_size)',
    policy: {
      'a.rego': `package main\n${V1}violation_size contains {"msg": "too many lines"} if sum([f.additions | some f in input.changed_files]) > 800\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'a suffixed warn (warn_docs)',
    policy: {
      'a.rego': `package main\n${V1}warn_docs contains sprintf("%s changed: check the docs build", [f.path]) if {\n  some f in input.changed_files\n  startswith(f.path, "docs/")\n}\n`,
    },
    decision: 'RUN',
    reason: 'OPA_WARN',
  },
  {
    name: 'warn and deny side by side',
    policy: {
      'a.rego': `package main\n${V1}warn contains "docs changed" if {\n  some f in input.changed_files\n  startswith(f.path, "docs/")\n}\n\ndeny contains "a key file was added" if {\n  some f in input.changed_files\n  endswith(f.path, ".pem")\n}\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'two bodies of one deny rule',
    policy: {
      'a.rego': `package main\n${V1}deny contains "vendor changed" if {\n  some f in input.changed_files\n  startswith(f.path, "vendor/")\n}\n\ndeny contains "key added" if {\n  some f in input.changed_files\n  endswith(f.path, ".pem")\n}\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'a second file of the same package',
    policy: {
      'a.rego': `package main\n${V1}deny contains "vendor changed" if {\n  some f in input.changed_files\n  startswith(f.path, "vendor/")\n}\n`,
      'b.rego': `package main\n${V1}warn_big contains "a big file" if {\n  some f in input.changed_files\n  f.additions > 500\n}\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'a sub-package under the namespace',
    policy: {
      'a.rego': `package main\n${V1}warn contains "top level" if true\n`,
      'size.rego': `package main.size\n${V1}deny contains "too big" if {\n  some f in input.changed_files\n  f.additions > 500\n}\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'only a sub-package under a dotted namespace',
    namespace: 'maestro.gate',
    policy: {
      'size.rego': `package maestro.gate.size\n${V1}deny contains "too big" if {\n  some f in input.changed_files\n  f.additions > 500\n}\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'a package outside the namespace is not evaluated',
    policy: {
      'a.rego': `package main\n${V1}warn contains "main ran" if true\n`,
      'other.rego': `package other\n${V1}deny contains "other ran" if true\n`,
    },
    decision: 'RUN',
    reason: 'OPA_WARN',
  },
  {
    name: 'all namespaces',
    allNamespaces: true,
    policy: {
      'a.rego': `package team.a\n${V1}deny contains "a denies" if true\n`,
      'b.rego': `package team.b\n${V1}warn contains "b warns" if true\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'an exception names a suffixed rule',
    policy: {
      'a.rego': `package main\n${V1}deny_large_file contains "a large file" if {\n  some f in input.changed_files\n  f.additions > 500\n}\n\nexception contains rules if {\n  some f in input.changed_files\n  f.path == "src/big.ts"\n  rules := ["large_file"]\n}\n`,
    },
    decision: 'RUN',
    reason: 'OK',
  },
  {
    name: 'an empty exception name exempts a bare deny',
    policy: {
      'a.rego': `package main\n${V1}deny contains "always" if true\n\nexception contains [""] if true\n`,
    },
    decision: 'RUN',
    reason: 'OK',
  },
  {
    name: 'one exception exempts deny_x and warn_x alike',
    policy: {
      'a.rego': `package main\n${V1}deny_vendor contains "vendor changed" if {\n  some f in input.changed_files\n  startswith(f.path, "vendor/")\n}\n\nwarn_vendor contains "vendor again" if {\n  some f in input.changed_files\n  startswith(f.path, "vendor/")\n}\n\ndeny_key contains "key added" if {\n  some f in input.changed_files\n  endswith(f.path, ".pem")\n}\n\nexception contains ["vendor"] if true\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'an exception does not reach another package',
    policy: {
      'a.rego': `package main\n${V1}exception contains ["big"] if true\n\nwarn contains "main" if true\n`,
      'sub.rego': `package main.sub\n${V1}deny_big contains "big file" if {\n  some f in input.changed_files\n  f.additions > 500\n}\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'an exception naming no rule changes nothing',
    policy: {
      'a.rego': `package main\n${V1}deny_key contains "key added" if {\n  some f in input.changed_files\n  endswith(f.path, ".pem")\n}\n\nexception contains ["nothing_here"] if true\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'data files from a directory (sub-folders are path segments)',
    policy: {
      'a.rego': `package main\n${V1}deny contains sprintf("%s is not on the allow-list", [f.path]) if {\n  some f in input.changed_files\n  startswith(f.path, "src/")\n  not f.path in data.lists.allowed\n}\n`,
    },
    data: { 'lists/allowed.yaml': 'allowed:\n  - src/router.ts\n' },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'data files at the root (JSON)',
    policy: {
      'a.rego': `package main\n${V1}warn contains sprintf("owner %s must review", [data.owner]) if true\n`,
    },
    data: { 'owner.json': '{"owner": "platform"}' },
    decision: 'RUN',
    reason: 'OPA_WARN',
  },
  {
    name: 'Rego v0 syntax when asked for',
    regoV0: true,
    policy: {
      'a.rego': `package main\n\ndeny[msg] {\n  f := input.changed_files[_]\n  startswith(f.path, "secrets/")\n  msg := sprintf("%s holds a secret", [f.path])\n}\n\nwarn[msg] {\n  msg := "v0 warns"\n}\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'nothing matches',
    policy: {
      'a.rego': `package main\n${V1}deny contains "never" if {\n  some f in input.changed_files\n  f.path == "nope"\n}\n\nwarn_x contains "never" if false\n`,
    },
    decision: 'RUN',
    reason: 'OK',
  },
  {
    name: 'helper rules and functions are not decision rules',
    policy: {
      'a.rego': `package main\n${V1}is_key(p) if endswith(p, ".pem")\n\nkeys contains f.path if {\n  some f in input.changed_files\n  is_key(f.path)\n}\n\ndeny contains sprintf("%d key file(s)", [count(keys)]) if count(keys) > 0\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'an exception and a remaining warning',
    policy: {
      'a.rego': `package main\n${V1}deny_vendor contains "vendor changed" if {\n  some f in input.changed_files\n  startswith(f.path, "vendor/")\n}\n\nwarn contains "docs changed" if {\n  some f in input.changed_files\n  startswith(f.path, "docs/")\n}\n\nexception contains ["vendor"] if true\n`,
    },
    decision: 'RUN',
    reason: 'OPA_WARN',
  },
  {
    name: 'many messages from one rule',
    policy: {
      'a.rego': `package main\n${V1}deny contains sprintf("%s changed", [f.path]) if some f in input.changed_files\n`,
    },
    decision: 'STOPPED',
    reason: 'OPA_DENY',
  },
  {
    name: 'a number inside deny',
    policy: { 'a.rego': `package main\n${V1}deny contains 42 if true\n` },
    decision: 'STOPPED',
    reason: 'OPA_RESULT_MALFORMED',
    difference:
      'conftest drops a number (or any value that is neither a string nor an object) silently; the gate stops: a result it cannot read is never a pass',
  },
  {
    name: 'a package with no decision rule (a typo)',
    policy: {
      'a.rego': `package main\n${V1}denies contains "typo: never read" if true\n`,
    },
    decision: 'PAUSE_FOR_HITL',
    reason: 'OPA_NO_DECISION_RULE',
    difference:
      'conftest passes a package that defines no decision rule; for the gate nothing was checked, which is never a pass',
  },
  {
    name: 'escalate',
    policy: {
      'a.rego': `package main\n${V1}escalate contains "a human must look" if {\n  some f in input.changed_files\n  f.additions > 500\n}\n`,
    },
    decision: 'PAUSE_FOR_HITL',
    reason: 'OPA_ESCALATE',
    difference: 'conftest has no escalate rule and ignores it; the gate pauses for a human',
  },
  {
    name: 'a per-result suppression',
    policy: {
      'a.rego': `package main\n${V1}deny contains {"msg": "vendor changed", "id": "vendor"} if {\n  some f in input.changed_files\n  startswith(f.path, "vendor/")\n}\n\nsuppress contains {"id": "vendor", "reason": "vendored upstream"} if true\n`,
    },
    decision: 'RUN',
    reason: 'OK',
    difference:
      'conftest has no per-result suppression (its exceptions name rules) and reports the denial; the gate applies `suppress` by result id',
  },
  {
    name: 'a deny object without msg',
    policy: { 'a.rego': `package main\n${V1}deny contains {"message": "no msg key"} if true\n` },
    decision: 'STOPPED',
    reason: 'OPA_RESULT_MALFORMED',
  },
];
