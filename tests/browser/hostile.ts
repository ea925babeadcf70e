/**
 * Hostile strings for the viewer: each tries to break out of the embedded JSON, inject markup,
 * run script, load something or disguise itself. `hostileRun` puts them wherever a pull
 * request's content reaches the page (trace values and keys, messages, file names, rules,
 * cards, approver groups, the OPE policy file).
 */
import type { GateResult } from '../../action/contract/gate-result.js';
import { buildRun, type GateRun } from '../../action/contract/run.js';

/** Sets `window.__pwned` when any of them runs. */
const PWN = 'window.__pwned=1';

/** The corpus. */
export const HOSTILE: readonly string[] = [
  `</script><script>${PWN}</script>`,
  `</SCRIPT ><script>${PWN}</script>`,
  `<img src=x onerror="${PWN}">`,
  `<svg onload=${PWN}>`,
  `<iframe src="javascript:${PWN}"></iframe>`,
  `javascript:${PWN}`,
  `<a href="javascript:${PWN}">click</a>`,
  '<!-- <script>',
  '<![CDATA[ ]]>',
  `{{constructor.constructor('${PWN}')()}}`,
  '${alert(1)}',
  `"><script>${PWN}</script>`,
  `'; ${PWN}; '`,
  'line\u2028separator\u2029paragraph',
  'evil\u202Etxt.exe',
  '\u2066isolate\u2069 and \u200Fmark',
  '&lt;script&gt; &amp; &#x3C;',
  '<style>body{background:url(http://127.0.0.1:9/x)}</style>',
  '<link rel=stylesheet href=http://127.0.0.1:9/x.css>',
  '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">',
  '<base href="http://127.0.0.1:9/">',
  '@maintainers please merge',
  '![x](http://127.0.0.1:9/x.png)',
  '\u0000nul and \u001b[31mansi',
  '\uD800 lone surrogate',
];

/** One string of the corpus, cycling. */
const h = (i: number): string => HOSTILE[i % HOSTILE.length]!;

const base = {
  sealed: false,
  overrideable: false,
  final_decider: 'SYSTEM' as const,
  inputs_digest: `sha256:${'0'.repeat(64)}`,
};

/** A run in which every string a pull request can reach is hostile. */
export function hostileRun(): GateRun {
  const hostileState = Object.fromEntries(HOSTILE.map((s, i) => [s, i]));
  const gates: GateResult[] = [
    {
      ...base,
      gate: 'invariants',
      decision: 'STOPPED',
      reason_code: 'INV_VIOLATION_CRITICAL',
      sealed: true,
      duration_ms: 12,
      summary: h(0),
      findings: HOSTILE.map((s, i) => ({
        level: 'error' as const,
        message: s,
        rule: h(i + 1),
        file: h(i + 2),
        line: i + 1,
        counterexample: {
          kind: 'trace-record',
          steps: [{ [s]: s, value: h(i + 3), nested: { html: s } }],
          location: { file: h(i + 2), line: i + 1 },
        },
      })),
      cards: [
        {
          title: h(0),
          decision: 'STOPPED',
          reasons: [...HOSTILE],
          evidence: Object.fromEntries(HOSTILE.map((s) => [s, s])),
          to_change: h(2),
        },
      ],
    },
    {
      ...base,
      gate: 'modelcheck',
      decision: 'STOPPED',
      reason_code: 'MC_INVARIANT_VIOLATED',
      duration_ms: 30,
      findings: [
        {
          level: 'error',
          message: h(4),
          rule: h(5),
          file: h(6),
          line: 3,
          column: 2,
          counterexample: {
            kind: 'state-trace',
            steps: [
              { index: 1, action: null, params: {}, state: hostileState },
              {
                index: 2,
                action: h(0),
                params: { [h(1)]: h(2) },
                state: { ...hostileState, [h(3)]: h(4) },
              },
            ],
            location: { file: h(6), line: 3, column: 2 },
          },
        },
      ],
    },
    {
      ...base,
      gate: 'ope',
      decision: 'PAUSE_FOR_HITL',
      reason_code: 'OPE_INCONCLUSIVE',
      overrideable: true,
      duration_ms: 7,
      required_approvals: 2,
      approver_groups: [h(0), h(2), h(14)],
      findings: [{ level: 'warning', message: h(9), file: h(14) }],
      report: {
        evaluations: [
          {
            policy: { file: h(0) },
            data: { file: h(2), rows_used: 10 },
            settings: { estimator: 'dr', epsilon: 0.01 },
            gate_rule: { estimator: 'dr', lower_bound: -0.02, epsilon: 0.01, passed: false },
            estimators: {
              [h(0)]: {
                baseline: { estimate: 0.5, lower: 0.4, upper: 0.6 },
                candidate: { estimate: 0.45, lower: 0.3, upper: 0.6 },
                difference: { estimate: -0.05, lower: -0.1, upper: 0.01 },
              },
              dr: {
                baseline: { estimate: 0.5, lower: 0.45, upper: 0.55 },
                candidate: { estimate: 0.49, lower: 0.44, upper: 0.54 },
                difference: { estimate: -0.01, lower: -0.02, upper: 0.0 },
              },
            },
          },
        ],
      },
    },
    {
      ...base,
      gate: 'opa',
      decision: 'STOPPED',
      reason_code: 'OPA_DENY',
      duration_ms: 3,
      summary: h(10),
      findings: HOSTILE.map((s, i) => ({
        level: 'error' as const,
        message: s,
        file: h(i + 7),
        counterexample: { kind: h(i), steps: [{ msg: s, [s]: [s] }] },
      })),
    },
  ];
  return buildRun(
    {
      run_id: h(0),
      started_at: h(2),
      head_dir: h(5),
      base_dir: h(6),
      config_file: h(14),
    },
    gates,
  );
}
