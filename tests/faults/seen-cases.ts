/**
 * The faults issue #11 lists under "What was seen", as fault-table cases: silent skips (links,
 * zero checks, no decision rule, invalid UTF-8), gate-material tampering with any set of gates,
 * crashes and poor messages.
 */
import type { Case } from './cases.js';

const CFG = '.github/maestro.yml';
const INV_CFG = `version: 1\ngates:\n  invariants:\n    paths: [inv]\n    traces: ['t/*.jsonl']\n`;
const OPA_CFG = `version: 1\ngates:\n  opa:\n    policies: [pol]\n`;
const MC_CFG = (extra = ''): string =>
  `version: 1\ngates:\n  modelcheck:\n    specs: [models]\n${extra}`;
const rec = (fields: Record<string, unknown>): string =>
  JSON.stringify({ run_id: 'r1', ts: '2026-01-01T00:00:00Z', scope: 's', event: 'e', ...fields });
const inv = (id: string, expr: string, severity = 'critical'): string =>
  `- id: ${id}\n  title: ${id}\n  severity: ${severity}\n  scope: s\n  assert:\n    - expr: '${expr}'\n`;
const TRACE_OK = { 't/a.jsonl': `${rec({ x: 1 })}\n` };
const TRACE_BAD = { 't/a.jsonl': `${rec({ x: 5 })}\n` };
const POLICY = (body: string): string => `package maestro.gate\n\nimport rego.v1\n\n${body}\n`;
/** A small spec whose guard keeps `n` at most 2 (3 states) and whose invariant holds. */
const SPEC = (opts: { guard?: string; invariant?: boolean; critical?: boolean } = {}): string =>
  `spec: s\ntitle: s\n${opts.critical === undefined ? '' : `critical: ${opts.critical}\n`}variables:\n  n: { int: [0, 5] }\ninit:\n  n: '0'\nactions:\n  - name: Inc\n    guard: '${opts.guard ?? 'n < 2'}'\n    updates:\n      n: 'n + 1'\n  - name: Reset\n    guard: 'n > 0'\n    updates:\n      n: '0'\n${opts.invariant === false ? '' : "invariants:\n  - name: Small\n    expr: 'n <= 3'\n"}`;
/** A spec whose initial states form a cross product of 1001^4 (about 10^12) states. */
const HUGE =
  "spec: huge\ntitle: huge\nvariables:\n  a: { int: [0, 1000] }\n  b: { int: [0, 1000] }\n  c: { int: [0, 1000] }\n  d: { int: [0, 1000] }\ninit:\n  a: { in: '0..1000' }\n  b: { in: '0..1000' }\n  c: { in: '0..1000' }\n  d: { in: '0..1000' }\nactions:\n  - name: Stay\n    guard: 'true'\n    updates:\n      a: 'a'\ninvariants:\n  - name: T\n    expr: 'true'\nbounds:\n  max_states: 1000\n";

/** The cases, in the order they run. */
export const SEEN_CASES: Case[] = [
  // ── the base ──
  {
    name: 'a main/ folder the pull request adds does not shadow the base ref main',
    files: {
      [CFG]: INV_CFG,
      'inv/cap.yaml': inv('INV.CAP', 'x == 1'),
      ...TRACE_OK,
    },
    head: {
      ...TRACE_BAD,
      'main/.github/maestro.yml': INV_CFG,
      'main/inv/ok.yaml': inv('INV.CAP', 'true', 'low'),
    },
    inputs: { base: 'main' },
    decision: 'STOPPED',
    code: 'INV_VIOLATION_CRITICAL',
    file: 't/a.jsonl',
    line: 1,
    sealed: true,
  },

  // ── silent skips: links ──
  {
    name: 'an invariant file linked inside the base is loaded, and its violation stops',
    files: { [CFG]: INV_CFG, 'real/cap.yaml': inv('INV.CAP', 'x == 1'), ...TRACE_BAD },
    links: { 'inv/cap.yaml': '../real/cap.yaml' },
    decision: 'STOPPED',
    code: 'INV_VIOLATION_CRITICAL',
    file: 't/a.jsonl',
    line: 1,
    sealed: true,
  },
  {
    name: 'an invariant folder linked inside the base is loaded',
    files: { [CFG]: INV_CFG, 'real/sub/cap.yaml': inv('INV.CAP', 'x == 1'), ...TRACE_BAD },
    links: { 'inv/linked': '../real/sub' },
    decision: 'STOPPED',
    code: 'INV_VIOLATION_CRITICAL',
    file: 't/a.jsonl',
    line: 1,
  },
  {
    name: 'an invariant file linked outside the repository is refused with a finding',
    files: { [CFG]: INV_CFG, 'inv/ok.yaml': inv('INV.OK', 'x == 1'), ...TRACE_OK },
    links: { 'inv/out.yaml': 'OUTSIDE/cap.yaml' },
    decision: 'STOPPED',
    code: 'INV_UNREADABLE',
    file: 'inv/out.yaml',
    message: /symbolic link that resolves outside/,
  },
  {
    name: 'a dangling invariant link is refused with a finding',
    files: { [CFG]: INV_CFG, 'inv/ok.yaml': inv('INV.OK', 'x == 1'), ...TRACE_OK },
    links: { 'inv/gone.yaml': 'nothing-here.yaml' },
    decision: 'STOPPED',
    code: 'INV_UNREADABLE',
    file: 'inv/gone.yaml',
    message: /target does not exist/,
  },
  {
    name: 'a trace the pull request links inside the checkout is checked',
    files: { [CFG]: INV_CFG, 'inv/cap.yaml': inv('INV.CAP', 'x == 1'), ...TRACE_OK },
    head: { 't/a.jsonl': null, 'fixtures/run.jsonl': `${rec({ x: 5 })}\n` },
    headLinks: { 't/link.jsonl': '../fixtures/run.jsonl' },
    decision: 'STOPPED',
    code: 'INV_VIOLATION_CRITICAL',
    file: 't/link.jsonl',
    line: 1,
  },
  {
    name: 'a trace linked outside the checkout names the link, not "matches no trace file"',
    files: { [CFG]: INV_CFG, 'inv/cap.yaml': inv('INV.CAP', 'x == 1'), ...TRACE_OK },
    head: { 't/a.jsonl': null },
    headLinks: { 't/link.jsonl': 'OUTSIDE/secret.jsonl' },
    decision: 'STOPPED',
    code: 'INV_TRACE_UNREADABLE',
    file: 't/link.jsonl',
    message: /resolves outside the checkout.*Commit the file itself/,
    notMessage: /matches no trace file/,
  },
  {
    name: 'a dangling trace link is refused with a finding',
    files: { [CFG]: INV_CFG, 'inv/cap.yaml': inv('INV.CAP', 'x == 1'), ...TRACE_OK },
    head: { 't/a.jsonl': null },
    headLinks: { 't/gone.jsonl': 'nowhere.jsonl' },
    decision: 'STOPPED',
    code: 'INV_TRACE_UNREADABLE',
    file: 't/gone.jsonl',
    notMessage: /matches no trace file/,
  },

  // ── silent skips: nothing was checked ──
  {
    name: 'a trace whose scopes match no invariant pauses (INV_NOTHING_CHECKED)',
    files: {
      [CFG]: INV_CFG,
      'inv/cap.yaml': inv('INV.CAP', 'x == 1'),
      't/a.jsonl': `${JSON.stringify({ run_id: 'r1', ts: '2026-01-01T00:00:00Z', scope: 'other', event: 'e', x: 5 })}\n`,
    },
    decision: 'PAUSE_FOR_HITL',
    code: 'INV_NOTHING_CHECKED',
    file: 't/a.jsonl',
  },
  {
    name: 'nothing checked stops when the configuration says so',
    files: {
      [CFG]: `${INV_CFG}    on_nothing_checked: STOPPED\n`,
      'inv/cap.yaml': inv('INV.CAP', 'x == 1'),
      't/a.jsonl': `${JSON.stringify({ run_id: 'r1', ts: '2026-01-01T00:00:00Z', scope: 'other', event: 'e' })}\n`,
    },
    decision: 'STOPPED',
    code: 'INV_NOTHING_CHECKED',
    file: 't/a.jsonl',
  },
  {
    name: 'a Rego package without a decision rule (a `denies` typo) is not "1 policy passed"',
    files: { [CFG]: OPA_CFG, 'pol/a.rego': POLICY('denies contains "no" if { true }') },
    decision: 'PAUSE_FOR_HITL',
    code: 'OPA_NO_DECISION_RULE',
    file: 'pol/a.rego',
  },

  // ── silent skips: invalid UTF-8 ──
  {
    name: 'invalid UTF-8 in a trace is an error at its line, not altered text',
    files: { [CFG]: INV_CFG, 'inv/cap.yaml': inv('INV.CAP', 'x == 1') },
    bytes: {
      't/a.jsonl': Buffer.concat([
        Buffer.from(`${rec({ x: 1 })}\n${rec({ x: 1 })}\n`),
        Buffer.from(
          '{"run_id":"r1","ts":"2026-01-01T00:00:00Z","scope":"s","event":"e","x":1,"t":"',
        ),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"}\n'),
      ]),
    },
    decision: 'STOPPED',
    code: 'INV_TRACE_MALFORMED',
    file: 't/a.jsonl',
    line: 3,
    message: /not valid UTF-8/,
  },
  {
    name: 'invalid UTF-8 in an invariant file is an error at its line',
    files: { [CFG]: INV_CFG, ...TRACE_OK },
    bytes: {
      'inv/bad.yaml': Buffer.concat([
        Buffer.from('- id: INV.X\n  title: '),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('\n'),
      ]),
    },
    decision: 'STOPPED',
    code: 'INV_UNREADABLE',
    file: 'inv/bad.yaml',
    message: /bad\.yaml:2: the invariant file is not valid UTF-8/,
  },

  // ── gate material: tampering, whichever gates are enabled ──
  {
    name: 'a spec whose invariant the pull request deletes is escalated (OPA disabled)',
    files: { [CFG]: MC_CFG(), 'models/a.yaml': SPEC() },
    head: { 'models/a.yaml': SPEC({ invariant: false }) },
    decision: 'PAUSE_FOR_HITL',
    code: 'GATE_TAMPER_SUSPECTED',
    file: 'models/a.yaml',
  },
  {
    name: 'a spec whose guard the pull request loosens is escalated',
    files: { [CFG]: MC_CFG(), 'models/a.yaml': SPEC() },
    head: { 'models/a.yaml': SPEC({ guard: 'n < 3' }) },
    decision: 'PAUSE_FOR_HITL',
    code: 'GATE_TAMPER_SUSPECTED',
    file: 'models/a.yaml',
  },
  {
    name: 'an invariant the pull request weakens is escalated (only the invariant gate enabled)',
    files: { [CFG]: INV_CFG, 'inv/cap.yaml': inv('INV.CAP', 'x == 1'), ...TRACE_OK },
    head: { 'inv/cap.yaml': inv('INV.CAP', 'true', 'low') },
    decision: 'PAUSE_FOR_HITL',
    code: 'GATE_TAMPER_SUSPECTED',
    file: 'inv/cap.yaml',
  },
  {
    name: 'a pull request that edits the configuration is escalated',
    files: { [CFG]: INV_CFG, 'inv/cap.yaml': inv('INV.CAP', 'x == 1'), ...TRACE_OK },
    head: { [CFG]: `${INV_CFG}    on_nothing_checked: RUN\n` },
    decision: 'PAUSE_FOR_HITL',
    code: 'GATE_TAMPER_SUSPECTED',
    file: CFG,
  },
  {
    name: 'a pull request that edits a workflow is escalated',
    files: { [CFG]: INV_CFG, 'inv/cap.yaml': inv('INV.CAP', 'x == 1'), ...TRACE_OK },
    head: { '.github/workflows/ci.yml': 'on: push\njobs: {}\n' },
    decision: 'PAUSE_FOR_HITL',
    code: 'GATE_TAMPER_SUSPECTED',
    file: '.github/workflows/ci.yml',
  },
  {
    name: 'a pull request that deletes a policy is escalated',
    files: {
      [CFG]: OPA_CFG,
      'pol/a.rego': POLICY('deny contains "no" if { false }'),
      'pol/b.rego': POLICY('deny contains "b" if { false }'),
    },
    head: { 'pol/b.rego': null },
    decision: 'PAUSE_FOR_HITL',
    code: 'GATE_TAMPER_SUSPECTED',
    file: 'pol/b.rego',
  },
  {
    name: '`critical:` comes from the base: a pull request unmarking a spec still pauses at a bound',
    files: {
      [CFG]: MC_CFG('    bound_action: RUN\n    max_states: 2\n'),
      'models/a.yaml': SPEC({ critical: true }),
    },
    head: { 'models/a.yaml': SPEC({ critical: false }) },
    decision: 'PAUSE_FOR_HITL',
    code: 'MC_BOUND_REACHED',
    file: 'models/a.yaml',
  },

  // ── crashes become verdicts ──
  {
    name: 'initial states forming a huge cross product reach a bound instead of running out of memory',
    files: { [CFG]: MC_CFG(), 'models/huge.yaml': HUGE },
    decision: 'PAUSE_FOR_HITL',
    code: 'MC_BOUND_REACHED',
    file: 'models/huge.yaml',
  },
  {
    name: 'a non-critical spec at a bound is not RUN by default',
    files: { [CFG]: MC_CFG('    max_states: 2\n'), 'models/a.yaml': SPEC() },
    decision: 'PAUSE_FOR_HITL',
    code: 'MC_BOUND_REACHED',
    file: 'models/a.yaml',
  },

  // ── poor messages ──
  {
    name: 'an absolute spec path says no absolute paths',
    files: { [CFG]: 'version: 1\ngates:\n  modelcheck:\n    specs: [/etc/models]\n' },
    decision: 'STOPPED',
    code: 'CONFIG_INVALID',
    file: CFG,
    line: 4,
    message: /absolute path/,
  },
  {
    name: 'an absolute policy path says no absolute paths',
    files: { [CFG]: 'version: 1\ngates:\n  opa:\n    policies: [/etc/pol]\n' },
    decision: 'STOPPED',
    code: 'CONFIG_INVALID',
    file: CFG,
    line: 4,
    message: /absolute path/,
  },
  {
    name: 'a full disk is a coded STOPPED run document, not a bare ENOSPC',
    files: { [CFG]: INV_CFG, 'inv/a.yaml': inv('INV.A', 'x == 1'), ...TRACE_OK },
    links: { 'ev/gate-run.json': '/dev/full' },
    args: ['--evidence-dir', 'HEAD/ev'],
    decision: 'STOPPED',
    code: 'EVIDENCE_WRITE_FAILED',
    file: 'ev',
    message: /disk is full \(ENOSPC\).*--evidence-dir/,
  },
  {
    name: 'an evidence directory that cannot be written is a coded STOPPED run document',
    files: { [CFG]: INV_CFG, 'inv/a.yaml': inv('INV.A', 'x == 1'), ...TRACE_OK },
    args: ['--evidence-dir', '/sys/maestro-evidence'],
    decision: 'STOPPED',
    code: 'EVIDENCE_WRITE_FAILED',
    file: '/sys/maestro-evidence',
    message: /not writable|not a usable directory/,
  },
];
