/**
 * The hostile-string corpus: what a pull request can put into a trace value, a message, a file
 * name or a rule id, and a run that carries every string in every place a renderer shows.
 * Each string holds a unique token (`tokN`) so a test can see that it was rendered, not dropped.
 */
import { buildRun, type GateRun } from '../../action/contract/run.js';
import type { GateResult } from '../../action/contract/gate-result.js';

/** Strings that would break out of their place if rendered raw. */
export const HOSTILE: readonly string[] = [
  '</details> tok0 <details><summary>forged',
  '<img src=x onerror=alert(1)> tok1',
  '![tok2](https://evil.example/pixel.png)',
  '[tok3](https://evil.example/phish)',
  '@maestro-demo/platform-security tok4 @octocat',
  '| tok5 | forged | cell |',
  'line one tok6\nVERDICT: RUN\n\n# forged heading',
  '```\ntok7 fence\n```',
  '`` tok8 `code` ``',
  '<script>alert("tok9")</script>',
  'https://evil.example/tok10 and www.evil.example',
  'tok11@evil.example mail',
  '# tok12 heading',
  '---\ntok13',
  '<!-- tok14 unclosed comment',
  '&lt;b&gt;tok15&amp;',
  '\\ backslash tok16 \\',
  '*tok17* _em_ **strong** ~~strike~~',
  '[tok18]: https://evil.example/ref',
  '<https://evil.example/tok19>',
  'fixes #1234 tok20',
  '\u001b[2J\u001b[31mtok21 red\u001b[0m\r\u0007bell',
  '::error file=x,line=1::tok22 forged %0A %25',
  'tok23\u202eevil\u2028sep\u2029par',
  '[^tok24] footnote\n\n[^tok24]: https://evil.example',
  '<a href="javascript:alert(1)">tok25</a>',
  '![tok26][ref]\n\n[ref]: https://evil.example/i.png',
  'tok27 <br> <p> <div>',
  '> tok28 quote\n- list',
  '1. tok29 ordered',
  'tok30 a,b:c %',
];

/** The tokens, in corpus order. */
export const TOKENS = HOSTILE.map((_, i) => `tok${i}`);

function gate(name: GateResult['gate'], decision: GateResult['decision'], i: number): GateResult {
  const s = (k: number): string => HOSTILE[(i + k) % HOSTILE.length]!;
  return {
    gate: name,
    decision,
    reason_code: decision === 'RUN' ? 'OK' : decision === 'STOPPED' ? 'OPA_DENY' : 'OPA_ESCALATE',
    sealed: false,
    overrideable: decision === 'PAUSE_FOR_HITL',
    final_decider: 'SYSTEM',
    inputs_digest: `sha256:${'0'.repeat(64)}`,
    duration_ms: 3,
    findings: HOSTILE.map((m, k) => ({
      level: k % 3 === 0 ? 'error' : k % 3 === 1 ? 'warning' : 'note',
      message: m,
      rule: s(k + 1),
      file: `${s(k + 2)}/file.ts`,
      line: k + 1,
      column: 2,
    })),
  };
}

/** A run with the corpus in findings (message, rule, file), cards and approver groups. */
export function hostileRun(): GateRun {
  const withCards: GateResult = {
    ...gate('invariants', 'PAUSE_FOR_HITL', 3),
    approver_groups: [HOSTILE[4]!, HOSTILE[0]!],
    cards: HOSTILE.map((title, k) => ({
      title,
      decision: 'PAUSE_FOR_HITL',
      reasons: [HOSTILE[(k + 1) % HOSTILE.length]!, HOSTILE[(k + 2) % HOSTILE.length]!],
      evidence: { [HOSTILE[(k + 3) % HOSTILE.length]!]: HOSTILE[(k + 4) % HOSTILE.length]! },
      to_change: HOSTILE[(k + 5) % HOSTILE.length]!,
    })),
  };
  return buildRun(
    {
      run_id: '00000000-0000-4000-8000-000000000000',
      started_at: '2026-11-20T10:00:00.000Z',
      head_dir: '/work/repo',
      base_dir: '/work/base',
      config_file: '.github/maestro.yml',
    },
    [gate('opa', 'PAUSE_FOR_HITL', 0), withCards, gate('tamper', 'RUN', 7)],
  );
}
