import fc from 'fast-check';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CircuitBreaker,
  CircuitOpenError,
  configureInvariants,
  guard,
  invariantSetFromText,
  InvariantViolationError,
  loadInvariantSet,
  requireInvariant,
  RuntimeMonitor,
  type RuntimeViolation,
} from '../../action/runtime/index.js';
import {
  assertInvariant,
  invariantPredicate,
  invariantProperty,
} from '../../action/runtime/testing.js';
import type { Violation } from '../../action/gates/invariants/engine.js';

const YAML = `
- id: RT.BUDGET
  title: Spend within budget
  severity: critical
  scope: agent_call
  when:
    - event: model_call
  assert:
    - expr: total_spend_usd <= budget_usd
      message: 'Budget exceeded: spent {{total_spend_usd}} > {{budget_usd}}'
  runtime:
    on_violation: trip
    breaker: { failure_threshold: 2, cool_down_ms: 1000, half_open_successes: 2 }
- id: RT.TOKENS
  title: Tokens within limit
  severity: low
  scope: '*'
  assert:
    - expr: tokens <= 100
      message: 'too many tokens: {{tokens}}'
- id: RT.RETRY
  title: Retries bounded
  severity: high
  scope: retry
  assert:
    - expr: attempt <= 3
- id: RT.RESULT
  title: Results are non-negative
  severity: high
  scope: '*'
  assert:
    - expr: value >= 0
- id: RT.HITL
  title: Requests get answers
  severity: medium
  scope: action
  when:
    - event: [hitl_requested, hitl_decided]
  temporal:
    - leads_to: { p: "event == 'hitl_requested'", q: "event == 'hitl_decided'" }
      within: 2
`;

const set = invariantSetFromText([{ file: 'runtime.yaml', text: YAML }]);

afterEach(() => configureInvariants(undefined));

describe('guard', () => {
  it('lets a call through when the invariants hold, and keeps `this`', () => {
    function spend(this: { factor: number }, r: { attempt: number }): number {
      return r.attempt * this.factor;
    }
    const self = { factor: 2 };
    const g = guard(spend, 'RT.RETRY', { set });
    expect(g.call(self, { attempt: 2 })).toBe(4);
  });

  it('throws InvariantViolationError with the invariant message', () => {
    const g = guard((r: { attempt: number }) => r.attempt, ['RT.RETRY'], { set });
    const err = (() => {
      try {
        g({ attempt: 4 });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(InvariantViolationError);
    expect((err as InvariantViolationError).invariantId).toBe('RT.RETRY');
    expect((err as Error).message).toContain('attempt <= 3');
  });

  it('warn policy (low) reports instead of throwing', () => {
    const warnings: RuntimeViolation[] = [];
    const g = guard((r: { tokens: number }) => r.tokens, 'RT.TOKENS', {
      set,
      onWarning: (v) => warnings.push(v),
    });
    expect(g({ tokens: 500 })).toBe(500);
    expect(warnings[0]?.message).toContain('too many tokens: 500');
  });

  it('fails closed when the expression cannot be evaluated', () => {
    const warnings: RuntimeViolation[] = [];
    const g = guard((r: object) => r, 'RT.TOKENS', { set, onWarning: (v) => warnings.push(v) });
    expect(() => g({ nothing: 1 })).toThrow(InvariantViolationError);
    expect(warnings).toEqual([]);
  });

  it('fails closed when a when-filter cannot be evaluated', () => {
    const filtered = invariantSetFromText([
      {
        file: 'f.yaml',
        text: 'id: F\ntitle: f\nseverity: low\nscope: "*"\nwhen:\n  - expr: kind == "log"\nassert:\n  - expr: "true"\n',
      },
    ]);
    const g = guard((r: object) => r, 'F', { set: filtered, onWarning: () => undefined });
    expect(g({ kind: 'metric' })).toEqual({ kind: 'metric' });
    expect(() => g({ other: 1 })).toThrow(/cannot evaluate the filter/);
  });

  it('checks results after the call, for sync and async functions', async () => {
    const sync = guard((n: number) => ({ value: n }), 'RT.RESULT', {
      set,
      after: (r: { value: number }) => r,
    });
    expect(sync(1)).toEqual({ value: 1 });
    expect(() => sync(-1)).toThrow(/RT.RESULT/);
    const asyncFn = guard((n: number) => Promise.resolve({ value: n }), 'RT.RESULT', {
      set,
      after: (r: { value: number }) => r,
    });
    await expect(asyncFn(2)).resolves.toEqual({ value: 2 });
    await expect(asyncFn(-2)).rejects.toBeInstanceOf(InvariantViolationError);
  });

  it('skips invariants whose scope or event does not match the record', () => {
    const g = guard((r: object) => r, 'RT.BUDGET', { set });
    expect(
      g({ scope: 'agent_call', event: 'tool_call', total_spend_usd: 99, budget_usd: 1 }),
    ).toBeTruthy();
  });

  it('refuses unknown ids, missing records and a missing configuration', () => {
    expect(() => guard(() => 1, 'RT.NOPE', { set })).toThrow(/unknown invariant RT.NOPE/);
    expect(() => guard(() => 1, [], { set })).toThrow(/at least one/);
    const g = guard((n: number) => n, 'RT.RETRY', { set });
    expect(() => g(3)).toThrow(/no record/);
    const unconfigured = guard((r: object) => r, 'RT.RETRY');
    expect(() => unconfigured({ attempt: 1 })).toThrow(/no invariants configured/);
  });
});

describe('circuit breaker', () => {
  it('trips with the invariant message and recovers per its policy (injected clock)', () => {
    let now = 0;
    const clock = (): number => now;
    const g = guard((r: object) => r, 'RT.BUDGET', { set, clock });
    const ok = { total_spend_usd: 1, budget_usd: 5 };
    const bad = { total_spend_usd: 9, budget_usd: 5 };
    expect(() => g(bad)).toThrow(InvariantViolationError); // failure 1 of 2
    expect(g(ok)).toBe(ok); // success resets the count
    expect(() => g(bad)).toThrow(InvariantViolationError);
    expect(() => g(bad)).toThrow(InvariantViolationError); // 2 consecutive: open
    let open: unknown;
    try {
      g(ok);
    } catch (e) {
      open = e;
    }
    expect(open).toBeInstanceOf(CircuitOpenError);
    expect((open as CircuitOpenError).message).toContain('Budget exceeded: spent 9 > 5');
    expect((open as CircuitOpenError).retryAt).toBe(1000);
    now = 999;
    expect(() => g(ok)).toThrow(CircuitOpenError);
    now = 1000; // half-open: trials go through
    expect(g(ok)).toBe(ok);
    expect(() => g(bad)).toThrow(InvariantViolationError); // a failed trial re-opens
    expect(() => g(ok)).toThrow(CircuitOpenError);
    now = 2000;
    expect(g(ok)).toBe(ok);
    expect(g(ok)).toBe(ok); // two successful trials close it
    expect(() => g(bad)).toThrow(InvariantViolationError);
    expect(g(ok)).toBe(ok);
  });

  it('can be used directly', () => {
    let now = 10;
    const b = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 5, clock: () => now });
    expect(b.state).toBe('closed');
    b.recordFailure('boom');
    expect(b.state).toBe('open');
    expect(() => b.admit()).toThrow('circuit open: boom');
    now = 15;
    expect(b.state).toBe('half_open');
    b.recordSuccess();
    expect(b.state).toBe('closed');
    expect(CircuitBreaker.forInvariant(set.byId.get('RT.BUDGET')!).state).toBe('closed');
  });
});

describe('@requireInvariant (standard decorators)', () => {
  class Router {
    calls = 0;
    @requireInvariant('RT.RETRY')
    retry(r: { attempt: number }): number {
      this.calls++;
      return r.attempt;
    }
  }

  it('guards the method with the configured invariants', () => {
    configureInvariants(set);
    const router = new Router();
    expect(router.retry({ attempt: 1 })).toBe(1);
    expect(() => router.retry({ attempt: 7 })).toThrow(InvariantViolationError);
    expect(router.calls).toBe(1);
  });

  it('fails closed when nothing is configured', () => {
    class Unconfigured {
      @requireInvariant('RT.RETRY')
      retry(r: { attempt: number }): number {
        return r.attempt;
      }
    }
    expect(() => new Unconfigured().retry({ attempt: 1 })).toThrow(/no invariants configured/);
  });
});

describe('RuntimeMonitor', () => {
  it('applies the temporal semantics to a live stream', () => {
    const seen: Violation[] = [];
    const hitl = set.byId.get('RT.HITL')!;
    const only = { ...set, invariants: [hitl], byId: new Map([[hitl.id, hitl]]) };
    const m = new RuntimeMonitor(only, { onViolation: (v) => seen.push(v) });
    m.observe({ run_id: 'a', scope: 'action', event: 'hitl_requested' });
    m.observe({ run_id: 'a', scope: 'action', event: 'hitl_decided' });
    m.observe({ run_id: 'b', scope: 'action', event: 'hitl_requested' });
    expect(seen).toEqual([]);
    m.end();
    expect(seen.map((v) => [v.invariant.id, v.runId, v.location.line])).toEqual([
      ['RT.HITL', 'b', 3],
    ]);
    expect(() => m.observe({ scope: 'x', event: 'y' })).toThrow(/run_id/);
  });
});

describe('fast-check helper', () => {
  const inv = set.byId.get('RT.RETRY')!;

  it('passes for records that satisfy the invariant', () => {
    assertInvariant(inv, fc.record({ attempt: fc.integer({ min: 0, max: 3 }) }), { numRuns: 50 });
    expect(invariantPredicate(inv)({ attempt: 3 })).toBe(true);
  });

  it('finds and shrinks a counterexample', () => {
    let failure = '';
    try {
      fc.assert(invariantProperty(inv, fc.record({ attempt: fc.integer({ min: 0, max: 100 }) })), {
        seed: 42,
        numRuns: 200,
      });
    } catch (e) {
      failure = `${String(e)} ${String((e as Error).cause)}`;
    }
    expect(failure).toContain('RT.RETRY');
    expect(failure).toContain('{"attempt":4}');
  });
});

describe('same loader as the gate', () => {
  it("loads the project's own invariants with their runtime policies", () => {
    const own = loadInvariantSet('invariants', { root: join(import.meta.dirname, '..', '..') });
    expect(own.byId.get('INV.BUDGET.CAP')?.runtime).toMatchObject({
      onViolation: 'trip',
      coolDownMs: 60000,
    });
    const g = guard((r: object) => r, 'INV.BUDGET.CAP', { set: own });
    expect(() =>
      g({ scope: 'agent_call', event: 'model_call', total_spend_usd: 11, budget_usd: 10 }),
    ).toThrow(/Budget exceeded: spent 11 > 10 USD/);
  });
});
