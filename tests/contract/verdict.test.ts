import { describe, expect, it } from 'vitest';
import type { GateResult } from '../../action/contract/gate-result.js';
import { flagsFor } from '../../action/contract/gate-result.js';
import { foldVerdict } from '../../action/contract/verdict.js';
import type { Decision } from '../../action/contract/decision.js';
import type { ReasonCode } from '../../action/contract/codebook.js';

function r(
  decision: Decision,
  reason_code: ReasonCode,
  extra: Partial<GateResult> = {},
): GateResult {
  return {
    gate: 'config',
    decision,
    reason_code,
    ...flagsFor(decision, extra.sealed ?? false),
    final_decider: 'SYSTEM',
    findings: [],
    inputs_digest: `sha256:${'0'.repeat(64)}`,
    duration_ms: 1,
    ...extra,
  };
}

describe('verdict fold', () => {
  const table: [string, GateResult[], Decision, ReasonCode[], boolean][] = [
    ['nothing ran', [], 'STOPPED', ['NO_GATES_ENABLED'], false],
    ['all run', [r('RUN', 'OK'), r('RUN', 'OK')], 'RUN', ['OK'], false],
    [
      'one pause',
      [r('RUN', 'OK'), r('PAUSE_FOR_HITL', 'HITL_REQUESTED')],
      'PAUSE_FOR_HITL',
      ['HITL_REQUESTED'],
      false,
    ],
    [
      'stop beats pause',
      [r('PAUSE_FOR_HITL', 'HITL_REQUESTED'), r('STOPPED', 'GATE_ERROR'), r('RUN', 'OK')],
      'STOPPED',
      ['GATE_ERROR'],
      false,
    ],
    [
      'sealed propagates',
      [r('STOPPED', 'GATE_ERROR'), r('STOPPED', 'GATE_TIMEOUT', { sealed: true })],
      'STOPPED',
      ['GATE_ERROR', 'GATE_TIMEOUT'],
      true,
    ],
    [
      'order does not matter',
      [r('STOPPED', 'GATE_TIMEOUT', { sealed: true }), r('RUN', 'OK')],
      'STOPPED',
      ['GATE_TIMEOUT'],
      true,
    ],
  ];
  it.each(table)('%s', (_name, results, decision, codes, sealed) => {
    const v = foldVerdict(results);
    expect(v.decision).toBe(decision);
    expect(v.reason_codes).toEqual(codes);
    expect(v.sealed).toBe(sealed);
    expect(v.overrideable).toBe(decision === 'PAUSE_FOR_HITL');
  });

  it('carries the largest approval count and the union of approver groups', () => {
    const v = foldVerdict([
      r('PAUSE_FOR_HITL', 'HITL_REQUESTED', {
        required_approvals: 2,
        approver_groups: ['org/sec'],
      }),
      r('PAUSE_FOR_HITL', 'HITL_REQUESTED', { approver_groups: ['org/platform', 'org/sec'] }),
    ]);
    expect(v.required_approvals).toBe(2);
    expect(v.approver_groups).toEqual(['org/platform', 'org/sec']);
  });

  it('a pause next to a stop asks for no approvals', () => {
    const v = foldVerdict([
      r('PAUSE_FOR_HITL', 'HITL_REQUESTED', { required_approvals: 2 }),
      r('STOPPED', 'GATE_ERROR'),
    ]);
    expect(v.required_approvals).toBe(0);
  });
});
