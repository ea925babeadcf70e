import { describe, expect, it } from 'vitest';
import { CONFORMANCE_SUITES, runConformance } from './conformance-runner.js';

// Minimum passes per suite, as measured with @bufbuild/cel-spec 0.6.1: a regression in the
// CEL layer (checker, limits, conversions) shows up as a drop here.
const MIN_PASSED: Record<string, number> = {
  basic: 42,
  comparisons: 334,
  conversions: 109,
  fields: 53,
  fp_math: 30,
  integer_math: 64,
  lists: 39,
  logic: 26,
  macros: 44,
  parse: 176,
  plumbing: 5,
  string: 51,
  timestamps: 76,
};

describe('cel-spec conformance through action/cel', () => {
  const outcomes = runConformance();

  for (const suite of CONFORMANCE_SUITES) {
    it(`${suite}: every test passes or is a documented skip`, () => {
      const o = outcomes.find((x) => x.suite === suite);
      expect(o).toBeDefined();
      const failures = o!.cases
        .filter((c) => c.status === 'fail')
        .map((c) => `${c.path}: ${c.expr} → ${c.reason}`);
      expect(failures).toEqual([]);
      expect(o!.passed).toBeGreaterThanOrEqual(MIN_PASSED[suite]!);
      for (const c of o!.cases.filter((x) => x.status === 'skip')) expect(c.reason).toBeTruthy();
    });
  }

  it('passes more than 1000 official tests in total', () => {
    const passed = outcomes.reduce((n, o) => n + o.passed, 0);
    expect(passed).toBeGreaterThan(1000);
  });
});
