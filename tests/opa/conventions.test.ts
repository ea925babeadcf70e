import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES } from './conftest-cases.js';
import { opaForTests, skipWithoutOpa, tempDir } from './opa-bin.js';
import { caseRepo, runCase, summariseGate } from './run-case.js';

const opa = opaForTests();

describe.skipIf(skipWithoutOpa())('OPA gate: conftest conventions', () => {
  it('has at least 25 policy sets', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const r = await runCase(c, opa);
    expect([r.decision, r.reason_code], JSON.stringify(r.findings.slice(0, 3))).toEqual([
      c.decision,
      c.reason,
    ]);
  });

  it('reads deny_*, violation and sub-packages that the gate used to ignore', async () => {
    const c = CASES.find((x) => x.name === 'a sub-package under the namespace')!;
    const r = await runCase(c, opa);
    expect(summariseGate(r)).toEqual({
      failures: ['too big'],
      warnings: ['top level'],
      exceptions: 0,
    });
    const report = r.report as { policies: { packages: string[] }[] };
    expect(report.policies[0]!.packages).toEqual(['main', 'main.size']);
  });

  it('records a rule exception with what it exempted', async () => {
    const c = CASES.find((x) => x.name === 'one exception exempts deny_x and warn_x alike')!;
    const r = await runCase(c, opa);
    expect(summariseGate(r)).toEqual({ failures: ['key added'], warnings: [], exceptions: 2 });
    const exceptions = r.report?.['exceptions'] as { id: string; suppressed: unknown[] }[];
    expect(exceptions.map((e) => [e.id, e.suppressed.length])).toEqual([
      ['main.deny_vendor', 1],
      ['main.warn_vendor', 1],
    ]);
  });

  it('a package without decision rules stops when configured so', async () => {
    const c = CASES.find((x) => x.name === 'a package with no decision rule (a typo)')!;
    const r = await runCase(c, opa, caseRepo(c), { no_decision_rule: 'STOPPED' });
    expect([r.decision, r.reason_code]).toEqual(['STOPPED', 'OPA_NO_DECISION_RULE']);
    expect(r.findings[0]!.message).toContain('package `main` defines no decision rule');
    expect(r.findings[0]!.file).toBe('policy/a.rego');
  });

  it('v0 syntax without rego_version: v0 fails to compile, and says how to fix it', async () => {
    const c = CASES.find((x) => x.name === 'Rego v0 syntax when asked for')!;
    const r = await runCase({ ...c, regoV0: false }, opa);
    expect([r.decision, r.reason_code]).toEqual(['STOPPED', 'OPA_COMPILE_FAILED']);
    expect(r.findings[0]!.message).toContain('rego_version: v0');
    expect(r.findings[0]!.file).toBe('policy/a.rego');
  });

  it('keeps print() output in the report', async () => {
    const base = tempDir({
      'policy/a.rego': `package main\nimport rego.v1\ndeny contains "x" if {\n  some f in input.changed_files\n  print("looking at", f.path)\n  f.path == "nope"\n}\n`,
    });
    const r = await runCase(
      { name: 'print', policy: {}, decision: 'RUN', reason: 'OK' },
      opa,
      base,
    );
    expect(r.decision).toBe('RUN');
    const prints = r.report?.['prints'] as { policy: string; lines: string[] }[];
    expect(prints).toHaveLength(1);
    expect(prints[0]!.lines).toContain('looking at src/router.ts');
  });

  it('reads data files from the base, not from the head', async () => {
    const c = CASES.find(
      (x) => x.name === 'data files from a directory (sub-folders are path segments)',
    )!;
    const base = caseRepo(c);
    const head = tempDir();
    mkdirSync(join(head, 'data/lists'), { recursive: true });
    // The head would allow everything; it must not be read.
    writeFileSync(join(head, 'data/lists/allowed.yaml'), 'allowed: [src/router.ts, src/big.ts]\n');
    const r = await runCase(c, opa, base);
    expect(summariseGate(r).failures).toEqual(['src/big.ts is not on the allow-list']);
    const report = r.report as { data: { files: string[] } };
    expect(report.data.files).toEqual(['data/lists/allowed.yaml']);
  });

  it('stops on a data file that is not an object, naming it', async () => {
    const c = CASES.find((x) => x.name === 'data files at the root (JSON)')!;
    const r = await runCase({ ...c, data: { 'owner.json': '["a list"]' } }, opa);
    expect([r.decision, r.reason_code]).toEqual(['STOPPED', 'OPA_DATA_INVALID']);
    expect(r.findings[0]!.file).toBe('data/owner.json');
  });

  it('refuses an old-style exception that names a result id', async () => {
    const base = tempDir({
      'policy/a.rego': `package main\nimport rego.v1\ndeny contains {"msg": "m", "id": "x"} if true\nexception contains "x" if true\n`,
    });
    const r = await runCase({ name: 'old', policy: {}, decision: 'RUN', reason: 'OK' }, opa, base);
    expect([r.decision, r.reason_code]).toEqual(['STOPPED', 'OPA_RESULT_MALFORMED']);
    expect(r.findings[0]!.message).toContain('suppress');
  });
});

describe.skipIf(skipWithoutOpa())('maestro-gate opa test', () => {
  it("runs the policies' tests over the configured directories and fails when one fails", async () => {
    const { main } = await import('../../action/cli/main.js');
    const repo = tempDir({
      '.github/maestro.yml':
        'version: 1\ngates:\n  opa:\n    policies: [policy]\n    namespace: main\n',
      'policy/a.rego': 'package main\nimport rego.v1\ndeny contains "x" if input.bad\n',
      'policy/a_test.rego':
        'package main_test\nimport rego.v1\nimport data.main\ntest_bad_denies if count(main.deny) == 1 with input as {"bad": true}\n',
    });
    let out = '';
    const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (out += t) };
    expect(await main(['opa', 'test', repo], io)).toBe(0);
    expect(out).toContain('test_bad_denies: PASS');
    writeFileSync(
      join(repo, 'policy/b_test.rego'),
      'package main_test\nimport rego.v1\ntest_fails if false\n',
    );
    out = '';
    expect(await main(['opa', 'test', repo], io)).toBe(1);
    expect(out).toContain('test_fails: FAIL');
  });
});

describe.skipIf(skipWithoutOpa())('maestro-gate check --explain', () => {
  it("shows the policies' print() output", async () => {
    const { main } = await import('../../action/cli/main.js');
    const repo = tempDir({
      '.github/maestro.yml':
        'version: 1\nevidence:\n  enabled: false\ngates:\n  opa:\n    policies: [policy]\n    namespace: main\n',
      'policy/a.rego':
        'package main\nimport rego.v1\nwarn contains "w" if {\n  print("seen", count(input.changed_files))\n}\n',
    });
    let err = '';
    const io = { stdout: () => undefined, stderr: (t: string) => void (err += t) };
    await main(
      ['check', repo, '--quiet', '--explain', '--evidence-dir', join(tempDir(), 'ev')],
      io,
    );
    expect(err).toContain('opa: policy: print: seen 0');
  });
});
