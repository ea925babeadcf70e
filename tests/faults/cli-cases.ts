/**
 * The fault table by area (configuration, invariants, traces, Rego, specs, evidence and
 * signing, base): each case a hostile or broken repository and the decision, reason code and
 * finding location it must end with. Run through the CLI (cli-faults) and, a selection, through
 * the built Action (action-faults).
 */
import type { Case } from './cases.js';

const CFG = '.github/maestro.yml';
const INV_CFG = `version: 1\ngates:\n  invariants:\n    paths: [inv]\n    traces: ['t/*.jsonl']\n`;
const OPA_CFG = `version: 1\ngates:\n  opa:\n    policies: [pol]\n`;
const MC_CFG = `version: 1\ngates:\n  modelcheck:\n    specs: [specs]\n`;
const rec = (fields: Record<string, unknown>): string =>
  JSON.stringify({ run_id: 'r1', ts: '2026-01-01T00:00:00Z', scope: 's', event: 'e', ...fields });
const inv = (id: string, expr: string, severity = 'critical', extra = ''): string =>
  `- id: ${id}\n  title: ${id}\n  severity: ${severity}\n  scope: s\n${extra}  assert:\n    - expr: '${expr}'\n`;
const TRACE_OK = { 't/a.jsonl': `${rec({ x: 1 })}\n` };
const spec = (body: string): string =>
  `spec: s\ntitle: s\nvariables:\n  n: { int: [0, 3] }\ninit:\n  n: '0'\n${body}`;
const POLICY = (body: string): string => `package maestro.gate\n\nimport rego.v1\n\n${body}\n`;

/** The cases, in the order they run. */
export const CLI_CASES: Case[] = [
  // ── configuration ──
  {
    name: 'no configuration',
    files: {},
    decision: 'STOPPED',
    code: 'CONFIG_NOT_CONFIGURED',
    file: CFG,
  },
  {
    name: 'an empty configuration',
    files: { [CFG]: '' },
    decision: 'STOPPED',
    code: 'CONFIG_INVALID',
    file: CFG,
    line: 1,
  },
  {
    name: 'broken YAML',
    files: { [CFG]: 'version: 1\ngates: [\n' },
    decision: 'STOPPED',
    code: 'CONFIG_UNPARSEABLE',
    file: CFG,
  },
  {
    name: 'a duplicate key',
    files: { [CFG]: 'version: 1\nversion: 1\ngates: {}\n' },
    decision: 'STOPPED',
    code: 'CONFIG_UNPARSEABLE',
    file: CFG,
    line: 2,
  },
  {
    name: 'a typo in a top-level key',
    files: { [CFG]: 'version: 1\ngatez: {}\n' },
    decision: 'STOPPED',
    code: 'CONFIG_INVALID',
    file: CFG,
    line: 2,
    message: /Did you mean|Remove it|required/,
  },
  {
    name: 'a wrong type',
    files: { [CFG]: 'version: one\ngates: {}\n' },
    decision: 'STOPPED',
    code: 'CONFIG_INVALID',
    file: CFG,
    line: 1,
  },
  {
    name: 'no gate enabled',
    files: { [CFG]: 'version: 1\ngates: {}\n' },
    decision: 'STOPPED',
    code: 'NO_GATES_ENABLED',
  },
  {
    name: 'a YAML alias bomb',
    files: {
      [CFG]: `version: 1\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d]\ngates: {}\n`,
    },
    decision: 'STOPPED',
    code: 'CONFIG_UNPARSEABLE',
    file: CFG,
  },
  {
    name: 'an oversized configuration',
    files: { [CFG]: `version: 1\ngates: {}\n#${'x'.repeat(300 * 1024)}\n` },
    decision: 'STOPPED',
    code: 'CONFIG_TOO_LARGE',
    file: CFG,
  },
  {
    name: 'invalid UTF-8 in the configuration',
    files: {},
    bytes: {
      [CFG]: Buffer.concat([
        Buffer.from('version: 1\n# caf'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('\ngates: {}\n'),
      ]),
    },
    decision: 'STOPPED',
    code: 'CONFIG_UNPARSEABLE',
    file: CFG,
    line: 2,
    message: /UTF-8/,
  },
  {
    name: 'an absolute invariant path',
    files: {
      [CFG]: `version: 1\ngates:\n  invariants:\n    paths: [/etc]\n    traces: ['t/*.jsonl']\n`,
    },
    decision: 'STOPPED',
    code: 'CONFIG_INVALID',
    file: CFG,
    line: 4,
    message: /absolute path/,
  },
  {
    name: 'a policy path out of the repository',
    files: { [CFG]: `version: 1\ngates:\n  opa:\n    policies: [../pol]\n` },
    decision: 'STOPPED',
    code: 'CONFIG_INVALID',
    file: CFG,
    line: 4,
    message: /out of the repository|must match pattern/,
  },
  {
    name: 'an absolute trace glob',
    files: {
      [CFG]: `version: 1\ngates:\n  invariants:\n    paths: [inv]\n    traces: ['/tmp/*.jsonl']\n`,
    },
    decision: 'STOPPED',
    code: 'CONFIG_INVALID',
    file: CFG,
    line: 5,
    message: /absolute path/,
  },
  {
    name: 'the configuration is a directory',
    files: { [`${CFG}/x`]: '' },
    decision: 'STOPPED',
    code: 'CONFIG_UNREADABLE',
    file: CFG,
  },
  {
    name: '--config naming a missing file',
    files: {},
    args: ['--config', 'nope/maestro.yml'],
    decision: 'STOPPED',
    code: 'CONFIG_NOT_CONFIGURED',
    file: 'nope/maestro.yml',
  },
  {
    name: 'an unknown gate section',
    files: { [CFG]: 'version: 1\ngates:\n  opaa: {}\n' },
    decision: 'STOPPED',
    code: 'CONFIG_INVALID',
    file: CFG,
    line: 3,
  },
  {
    name: 'a negative timeout',
    files: { [CFG]: 'version: 1\ntimeouts:\n  default_seconds: -1\ngates: {}\n' },
    decision: 'STOPPED',
    code: 'CONFIG_INVALID',
    file: CFG,
    line: 3,
  },

  // ── invariants ──
  {
    name: 'the invariants directory is missing',
    files: { [CFG]: INV_CFG, ...TRACE_OK },
    decision: 'STOPPED',
    code: 'GATE_INPUT_MISSING',
    file: 'inv',
  },
  {
    name: 'no invariant in the directory',
    files: { [CFG]: INV_CFG, 'inv/README.md': 'x', ...TRACE_OK },
    decision: 'STOPPED',
    code: 'INV_NONE_FOUND',
  },
  {
    name: 'broken invariant YAML',
    files: { [CFG]: INV_CFG, 'inv/a.yaml': '- id: [\n', ...TRACE_OK },
    decision: 'STOPPED',
    code: 'INV_YAML_UNPARSEABLE',
    file: 'inv/a.yaml',
  },
  {
    name: 'an invariant without an id',
    files: {
      [CFG]: INV_CFG,
      'inv/a.yaml': "- title: t\n  severity: low\n  scope: s\n  assert:\n    - expr: 'true'\n",
      ...TRACE_OK,
    },
    decision: 'STOPPED',
    code: 'INV_INVALID',
    file: 'inv/a.yaml',
    line: 1,
  },
  {
    name: 'a CEL syntax error',
    files: { [CFG]: INV_CFG, 'inv/a.yaml': inv('INV.A', 'x ==== 1'), ...TRACE_OK },
    decision: 'STOPPED',
    code: 'INV_CEL_SYNTAX',
    file: 'inv/a.yaml',
    line: 6,
  },
  {
    name: 'a duplicate invariant id',
    files: {
      [CFG]: INV_CFG,
      'inv/a.yaml': inv('INV.A', 'x == 1') + inv('INV.A', 'x == 1'),
      ...TRACE_OK,
    },
    decision: 'STOPPED',
    code: 'INV_DUPLICATE_ID',
    file: 'inv/a.yaml',
  },
  {
    name: 'a critical invariant violated',
    files: { [CFG]: INV_CFG, 'inv/a.yaml': inv('INV.A', 'x == 2'), ...TRACE_OK },
    decision: 'STOPPED',
    code: 'INV_VIOLATION_CRITICAL',
    file: 't/a.jsonl',
    line: 1,
    sealed: true,
  },
  {
    name: 'a high invariant violated',
    files: { [CFG]: INV_CFG, 'inv/a.yaml': inv('INV.A', 'x == 2', 'high'), ...TRACE_OK },
    decision: 'STOPPED',
    code: 'INV_VIOLATION_HIGH',
    file: 't/a.jsonl',
    line: 1,
  },
  {
    name: 'a medium invariant violated',
    files: { [CFG]: INV_CFG, 'inv/a.yaml': inv('INV.A', 'x == 2', 'medium'), ...TRACE_OK },
    decision: 'PAUSE_FOR_HITL',
    code: 'INV_VIOLATION_MEDIUM',
    file: 't/a.jsonl',
    line: 1,
  },
  {
    name: 'an oversized invariant file',
    files: {
      [CFG]: INV_CFG,
      'inv/a.yaml': `${inv('INV.A', 'x == 1')}#${'x'.repeat(1100 * 1024)}\n`,
      ...TRACE_OK,
    },
    decision: 'STOPPED',
    code: 'INV_INVALID',
    file: 'inv/a.yaml',
  },
  {
    name: 'a field the record lacks',
    files: { [CFG]: INV_CFG, 'inv/a.yaml': inv('INV.A', 'y == 1', 'high'), ...TRACE_OK },
    decision: 'STOPPED',
    code: 'INV_EVAL_ERROR',
    file: 't/a.jsonl',
    line: 1,
  },

  // ── traces ──
  {
    name: 'no trace matches the glob',
    files: { [CFG]: INV_CFG, 'inv/a.yaml': inv('INV.A', 'x == 1') },
    decision: 'STOPPED',
    code: 'INV_TRACE_MISSING',
  },
  {
    name: 'a line that is not JSON',
    files: {
      [CFG]: INV_CFG,
      'inv/a.yaml': inv('INV.A', 'x == 1'),
      't/a.jsonl': `${rec({ x: 1 })}\n{not json\n`,
    },
    decision: 'STOPPED',
    code: 'INV_TRACE_MALFORMED',
    file: 't/a.jsonl',
    line: 2,
  },
  {
    name: 'a record that is an array',
    files: { [CFG]: INV_CFG, 'inv/a.yaml': inv('INV.A', 'x == 1'), 't/a.jsonl': '[1, 2]\n' },
    decision: 'STOPPED',
    code: 'INV_TRACE_MALFORMED',
    file: 't/a.jsonl',
    line: 1,
  },
  {
    name: 'a record without run_id',
    files: {
      [CFG]: INV_CFG,
      'inv/a.yaml': inv('INV.A', 'x == 1'),
      't/a.jsonl': '{"ts":"2026-01-01T00:00:00Z","scope":"s","event":"e","x":1}\n',
    },
    decision: 'STOPPED',
    code: 'INV_TRACE_MALFORMED',
    file: 't/a.jsonl',
    line: 1,
  },
  {
    name: 'a violation on the third line',
    files: {
      [CFG]: INV_CFG,
      'inv/a.yaml': inv('INV.A', 'x == 1'),
      't/a.jsonl': `${rec({ x: 1 })}\n${rec({ x: 1 })}\n${rec({ x: 5 })}\n`,
    },
    decision: 'STOPPED',
    code: 'INV_VIOLATION_CRITICAL',
    file: 't/a.jsonl',
    line: 3,
    sealed: true,
  },

  // ── Rego ──
  {
    name: 'the policy directory is missing',
    files: { [CFG]: OPA_CFG },
    decision: 'STOPPED',
    code: 'GATE_INPUT_MISSING',
    file: 'pol',
  },
  {
    name: 'no policy in the directory',
    files: { [CFG]: OPA_CFG, 'pol/README.md': 'x' },
    decision: 'STOPPED',
    code: 'OPA_NO_POLICIES',
  },
  {
    name: 'a Rego parse error',
    files: { [CFG]: OPA_CFG, 'pol/a.rego': 'package maestro.gate\n\ndeny contains x if {\n' },
    decision: 'STOPPED',
    code: 'OPA_COMPILE_FAILED',
    file: 'pol/a.rego',
  },
  {
    name: 'a deny that matches',
    files: { [CFG]: OPA_CFG, 'pol/a.rego': POLICY('deny contains "no" if { true }') },
    decision: 'STOPPED',
    code: 'OPA_DENY',
  },
  {
    name: 'an escalate that matches',
    files: { [CFG]: OPA_CFG, 'pol/a.rego': POLICY('escalate contains "look" if { true }') },
    decision: 'PAUSE_FOR_HITL',
    code: 'OPA_ESCALATE',
  },
  {
    name: 'deny as a string',
    files: { [CFG]: OPA_CFG, 'pol/a.rego': POLICY('deny := "nope"') },
    decision: 'STOPPED',
    code: 'OPA_RESULT_MALFORMED',
    file: 'pol/a.rego',
    line: 5,
    message: /pol\/a\.rego:5:1\) is "nope", not a set \(write `deny contains msg if/,
  },
  {
    name: 'http.send in a policy',
    files: {
      [CFG]: OPA_CFG,
      'pol/a.rego': POLICY(
        'deny contains "x" if { http.send({"method": "GET", "url": "http://127.0.0.1:9"}) }',
      ),
    },
    decision: 'STOPPED',
    code: 'OPA_UNSUPPORTED_BUILTIN',
  },
  {
    name: 'conflicting complete rules',
    files: {
      [CFG]: OPA_CFG,
      'pol/a.rego': POLICY(
        'x := 1 if { true }\nx := 2 if { true }\n\ndeny contains "d" if { x == 3 }',
      ),
    },
    decision: 'STOPPED',
    code: 'OPA_POLICY_ABORTED',
  },

  // ── specs ──
  {
    name: 'the spec directory is missing',
    files: { [CFG]: MC_CFG },
    decision: 'STOPPED',
    code: 'GATE_INPUT_MISSING',
    file: 'specs',
  },
  {
    name: 'no spec in the directory',
    files: { [CFG]: MC_CFG, 'specs/README.md': 'x' },
    decision: 'STOPPED',
    code: 'MC_NO_SPECS',
  },
  {
    name: 'broken spec YAML',
    files: { [CFG]: MC_CFG, 'specs/a.yaml': 'spec: [\n' },
    decision: 'STOPPED',
    code: 'MC_SPEC_UNPARSEABLE',
    file: 'specs/a.yaml',
  },
  {
    name: 'a spec without variables',
    files: { [CFG]: MC_CFG, 'specs/a.yaml': 'spec: s\ntitle: s\n' },
    decision: 'STOPPED',
    code: 'MC_SPEC_INVALID',
    file: 'specs/a.yaml',
  },
  {
    name: 'a reachable invariant violation',
    files: {
      [CFG]: MC_CFG,
      'specs/a.yaml': spec(
        "actions:\n  - name: Inc\n    guard: 'n < 3'\n    updates:\n      n: 'n + 1'\ninvariants:\n  - name: Small\n    expr: 'n < 2'\n    severity: critical\n",
      ),
    },
    decision: 'STOPPED',
    code: 'MC_INVARIANT_VIOLATED',
    file: 'specs/a.yaml',
    sealed: true,
  },
  {
    name: 'a deadlock',
    files: {
      [CFG]: MC_CFG,
      'specs/a.yaml': spec(
        "actions:\n  - name: Inc\n    guard: 'n < 2'\n    updates:\n      n: 'n + 1'\ninvariants:\n  - name: T\n    expr: 'true'\n",
      ),
    },
    decision: 'STOPPED',
    code: 'MC_DEADLOCK',
    file: 'specs/a.yaml',
  },
  {
    name: 'a type error in a guard',
    files: {
      [CFG]: MC_CFG,
      'specs/a.yaml': spec(
        "actions:\n  - name: Inc\n    guard: 'n + \"a\"'\n    updates:\n      n: 'n + 1'\ninvariants:\n  - name: T\n    expr: 'true'\n",
      ),
    },
    decision: 'STOPPED',
    code: 'MC_TYPE_ERROR',
    file: 'specs/a.yaml',
  },

  // ── evidence and signing ──
  {
    name: 'a signing key that is not a key',
    files: {
      [CFG]: INV_CFG,
      'inv/a.yaml': inv('INV.A', 'x == 1'),
      ...TRACE_OK,
      'key.pem': 'not a key',
    },
    args: ['--signing-key', 'KEY'],
    decision: 'STOPPED',
    code: 'EVIDENCE_KEY_INVALID',
  },
  {
    name: 'the evidence directory is a file',
    files: { [CFG]: INV_CFG, 'inv/a.yaml': inv('INV.A', 'x == 1'), ...TRACE_OK, 'ev-file': 'x' },
    args: ['--evidence-dir', 'EVFILE'],
    decision: 'STOPPED',
    code: 'EVIDENCE_WRITE_FAILED',
    file: 'ev-file',
    message: /not a usable directory|not writable/,
  },
  {
    name: 'the evidence directory below a file',
    files: { [CFG]: INV_CFG, 'inv/a.yaml': inv('INV.A', 'x == 1'), ...TRACE_OK, 'ev-file': 'x' },
    args: ['--evidence-dir', 'EVFILE/sub'],
    decision: 'STOPPED',
    code: 'EVIDENCE_WRITE_FAILED',
    file: 'ev-file/sub',
    message: /--evidence-dir/,
  },
  {
    name: 'unsigned evidence for a protected base',
    files: { [CFG]: INV_CFG, 'inv/a.yaml': inv('INV.A', 'x == 1'), ...TRACE_OK },
    args: ['--base-ref', 'main'],
    decision: 'PAUSE_FOR_HITL',
    code: 'EVIDENCE_UNSIGNED',
  },
  {
    name: 'unsigned evidence for a release branch',
    files: { [CFG]: INV_CFG, 'inv/a.yaml': inv('INV.A', 'x == 1'), ...TRACE_OK },
    args: ['--base-ref', 'release/1.2'],
    decision: 'PAUSE_FOR_HITL',
    code: 'EVIDENCE_UNSIGNED',
  },

  // ── base ──
  {
    name: 'a base ref that does not exist',
    files: { [CFG]: INV_CFG },
    args: ['--base', 'no-such-branch'],
    decision: 'STOPPED',
    code: 'BASE_SNAPSHOT_UNAVAILABLE',
    message: /not a git ref/,
  },
  {
    name: 'a base that looks like an option',
    files: { [CFG]: INV_CFG },
    args: ['--base=--upload-pack=x'],
    decision: 'STOPPED',
    code: 'BASE_SNAPSHOT_UNAVAILABLE',
    message: /not a valid git ref/,
  },
  {
    name: 'a base directory inside the checkout',
    files: { [CFG]: INV_CFG, 'main/.github/maestro.yml': INV_CFG },
    args: ['--base-dir', 'HEAD/main'],
    decision: 'STOPPED',
    code: 'BASE_SNAPSHOT_UNAVAILABLE',
    message: /inside the checkout/,
  },
];
