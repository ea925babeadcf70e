/** A malformed decision rule is reported at the policy file and line:col of its definition. */
import { describe, expect, it } from 'vitest';
import { interpretResult } from '../../action/gates/opa/results.js';
import type { ModuleLayout } from '../../action/gates/opa/layout.js';
import { opaForTests, skipWithoutOpa } from './opa-bin.js';
import { runCase } from './run-case.js';

const opa = opaForTests();
const HEAD = 'package main\n\nimport rego.v1\n\n';

describe.skipIf(skipWithoutOpa())('OPA gate: malformed results name file:line:col', () => {
  it('`deny := "nope"` → OPA_RESULT_MALFORMED at the rule, with what to write instead', async () => {
    const r = await runCase(
      {
        name: 'deny as a string',
        policy: {
          'ok.rego': `${HEAD}warn contains "fine" if true\n`,
          'sub/bad.rego': `${HEAD}# a string is not a set\n\n  deny := "nope"\n`,
        },
        decision: 'STOPPED',
        reason: 'OPA_RESULT_MALFORMED',
      },
      opa,
    );
    expect([r.decision, r.reason_code]).toEqual(['STOPPED', 'OPA_RESULT_MALFORMED']);
    const finding = r.findings.find((f) => f.level === 'error')!;
    expect(finding).toEqual(
      expect.objectContaining({ file: 'policy/sub/bad.rego', line: 7, column: 3 }),
    );
    expect(finding.message).toContain('policy/sub/bad.rego:7:3');
    expect(finding.message).toContain('write `deny contains msg if { ... }`');
  });

  it('a bad member of a set names the `contains` definition that can produce it, not `:=`', async () => {
    const r = await runCase(
      {
        name: 'a number in one of two definitions',
        policy: {
          'a.rego': `${HEAD}deny_big contains "ok" if false\n`,
          'b.rego': `${HEAD}x := 1\n\ndeny_big contains 42 if x == 1\n`,
        },
        namespace: 'main',
        decision: 'STOPPED',
        reason: 'OPA_RESULT_MALFORMED',
      },
      opa,
    );
    expect(r.reason_code).toBe('OPA_RESULT_MALFORMED');
    const finding = r.findings.find((f) => f.level === 'error')!;
    // Both definitions are `contains`, so both are named, the first as the location.
    expect(finding).toEqual(expect.objectContaining({ file: 'policy/a.rego', line: 5, column: 1 }));
    expect(finding.message).toContain('policy/a.rego:5:1, and policy/b.rego:7:1');
  });

  it('a malformed risk names its definition in a v0 policy', async () => {
    const r = await runCase(
      {
        name: 'risk out of range (v0)',
        policy: { 'r.rego': 'package main\n\nrisk = 7 { true }\n' },
        regoV0: true,
        decision: 'STOPPED',
        reason: 'OPA_RESULT_MALFORMED',
      },
      opa,
    );
    expect(r.reason_code).toBe('OPA_RESULT_MALFORMED');
    expect(r.findings.find((f) => f.level === 'error')).toEqual(
      expect.objectContaining({ file: 'policy/r.rego', line: 3, column: 1 }),
    );
  });
});

describe('interpretResult: rule positions', () => {
  const layout: ModuleLayout = {
    evaluated: ['main'],
    packages: [
      {
        name: 'main',
        path: ['main'],
        rules: ['deny'],
        files: ['a.rego', 'b.rego'],
        defs: {
          deny: [
            { file: 'a.rego', line: 3, column: 1, set: true },
            { file: 'b.rego', line: 9, column: 2, set: false },
          ],
        },
      },
    ],
  };
  const fail = (value: unknown, fileOf?: (rel: string) => string): Error => {
    try {
      interpretResult({ 'main:deny': value }, 'pol', { layout, ...(fileOf ? { fileOf } : {}) });
    } catch (thrown) {
      return thrown as Error;
    }
    throw new Error('expected OPA_RESULT_MALFORMED');
  };

  it('a value that is not a set points at the `:=` definition', () => {
    const err = fail('nope', (rel) => `pol/${rel}`) as Error & { location?: unknown };
    expect(err.location).toEqual({ file: 'pol/b.rego', line: 9, column: 2 });
  });

  it('a bad set member points at the `contains` definition', () => {
    const err = fail([42], (rel) => `pol/${rel}`) as Error & { location?: unknown };
    expect(err.location).toEqual({ file: 'pol/a.rego', line: 3, column: 1 });
  });

  it('a bundled policy names the position in the message only', () => {
    const err = fail('nope') as Error & { location?: unknown };
    expect(err.location).toBeUndefined();
    expect(err.message).toContain('pol/b.rego:9:2');
  });
});
