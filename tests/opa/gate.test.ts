/** The OPA gate end to end: configuration, policies from the base, warnings, risk, exceptions, cache. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateResult } from '../../action/contract/gate-result.js';
import type { PullRequestFacts } from '../../action/contract/pr-facts.js';
import { validateConfig } from '../../action/schemas/validators.js';
import { diffSnapshots } from '../../action/util/snapshot.js';
import { file, repoWith, run } from './gate-run.js';
import { ROOT, skipWithoutOpa, tempDir } from './opa-bin.js';

describe('OPA gate: configuration', () => {
  it('is STOPPED with OPA_NOT_CONFIGURED when no policies and no bundled policies are configured', async () => {
    const r = await run({ base: tempDir(), gate: {} });
    expect(r.decision).toBe('STOPPED');
    expect(r.reason_code).toBe('OPA_NOT_CONFIGURED');
    expect(r.findings[0]!.message).toContain('gates.opa.policies');
  });

  it('is STOPPED with GATE_INPUT_MISSING when a configured policy directory does not exist', async () => {
    const r = await run({ base: tempDir() });
    expect(r.decision).toBe('STOPPED');
    expect(r.reason_code).toBe('GATE_INPUT_MISSING');
    expect(r.findings[0]!.message).toContain('gates.opa.policies[0]');
  });

  it('is STOPPED with OPA_NO_POLICIES for an empty policy directory', async () => {
    const base = tempDir({
      'policies/README.md': 'nothing here',
      'policies/only_test.rego': 'package x_test',
    });
    const r = await run({ base });
    expect(r.reason_code).toBe('OPA_NO_POLICIES');
    expect(r.findings[0]!.message).toContain('holds no .rego files');
  });

  it('is STOPPED with OPA_NO_POLICIES when no file declares the namespace', async () => {
    const r = await run({ base: repoWith('wrong-package') });
    expect(r.reason_code).toBe('OPA_NO_POLICIES');
    expect(r.findings[0]!.message).toContain('acme.rules');
    expect(r.findings[0]!.file).toBe('policies/other.rego');
  });

  it('reads another namespace when configured', async () => {
    const r = await run({
      base: repoWith('wrong-package'),
      gate: { policies: ['policies'], namespace: 'acme.rules' },
    });
    expect(r.decision).toBe('STOPPED');
    expect(r.reason_code).toBe('OPA_DENY');
  });

  it('the config section rejects unknown keys and out-of-range thresholds', () => {
    const problems = validateConfig({
      version: 1,
      gates: { opa: { policies: ['p'], polices: ['typo'] } },
    });
    expect(problems.map((p) => p.message).join()).toContain('unknown key `polices`');
    expect(validateConfig({ version: 1, gates: { opa: { risk: { run_max: 2 } } } })).not.toEqual(
      [],
    );
    expect(
      validateConfig({ version: 1, gates: { opa: { policies: ['../outside'] } } }),
    ).not.toEqual([]);
    expect(
      validateConfig({ version: 1, gates: { opa: { exceptions: [{ id: 'x' }] } } }),
    ).not.toEqual([]);
  });
});

describe.skipIf(skipWithoutOpa())('OPA gate: policies', () => {
  it('the demo pull request triggers one deny and one escalate at the right files', async () => {
    const base = join(ROOT, 'examples/demo/base');
    const head = join(ROOT, 'examples/demo/head');
    const r = await run({
      base,
      head,
      gate: { policies: ['policies'], risk: { run_max: 0.3, high_requires: 2 } },
      config: { owners: ['maestro-demo/platform-security'] },
      changed: diffSnapshots(base, head),
    });
    expect(r.decision).toBe('STOPPED');
    expect(r.reason_code).toBe('OPA_DENY');
    const denies = r.findings.filter((f) => f.rule?.includes(':deny'));
    const escalations = r.findings.filter((f) => f.rule?.includes(':escalate'));
    expect(denies.map((f) => f.file)).toEqual(['src/model-catalog.ts']);
    expect(escalations.map((f) => f.file)).toEqual(['src/router.ts']);
    expect(denies[0]!.counterexample?.kind).toBe('opa-result');
  });

  it('reads policies from the base snapshot, never from the head', async () => {
    const base = repoWith('clean');
    const head = repoWith('clean');
    // The head tries to disable the check by rewriting the policy.
    writeFileSync(join(head, 'policies/ok.rego'), 'package maestro.gate\n');
    writeFileSync(join(head, 'forbidden.txt'), 'x');
    const r = await run({
      base,
      head,
      config: { owners: ['acme/security'] },
      changed: [file('forbidden.txt', 1, 'added'), file('policies/ok.rego')],
    });
    expect(r.decision).toBe('STOPPED');
    expect(r.reason_code).toBe('OPA_DENY');
    expect(r.findings.some((f) => f.message === 'forbidden.txt is forbidden')).toBe(true);
  });

  it('runs clean when nothing matches', async () => {
    const r = await run({ base: repoWith('clean'), changed: [file('src/app.ts')] });
    expect(r.decision).toBe('RUN');
    expect(r.reason_code).toBe('OK');
  });

  it('leaves gate-material changes to the core tamper check', async () => {
    const r = await run({
      base: repoWith('clean'),
      config: { owners: ['acme/security'] },
      changed: [file('.github/workflows/gate.yml'), file('policies/ok.rego')],
    });
    expect([r.decision, r.reason_code]).toEqual(['RUN', 'OK']);
  });

  it('turns warn into a RUN with a warning finding at the file and line', async () => {
    const r = await run({ base: repoWith('warn-only'), changed: [file('README.md')] });
    expect(r.decision).toBe('RUN');
    expect(r.reason_code).toBe('OPA_WARN');
    expect(r.findings).toEqual([
      expect.objectContaining({
        level: 'warning',
        file: 'README.md',
        line: 1,
        rule: 'policies:warn',
      }),
    ]);
  });

  it('escalates a high risk class to two distinct approvers', async () => {
    const r = await run({
      base: repoWith('risk-high'),
      config: { owners: ['acme/owners'] },
      gate: { policies: ['policies'], approvers: ['acme/reviewers'] },
      changed: [file('app/approve.ts')],
    });
    expect(r.decision).toBe('PAUSE_FOR_HITL');
    expect(r.reason_code).toBe('OPA_RISK_ABOVE_THRESHOLD');
    expect(r.required_approvals).toBe(2);
    expect(r.approver_groups).toEqual(['acme/reviewers']);
    expect((r.report?.['risk'] as { class: string }).class).toBe('high');
  });

  it('runs a low risk below the threshold', async () => {
    const r = await run({ base: repoWith('risk-high'), changed: [file('docs/a.md')] });
    expect(r.decision).toBe('RUN');
    expect((r.report?.['risk'] as { score: number }).score).toBe(0.2);
  });

  it('applies the configured run_max to a bare risk score', async () => {
    const changed = [file('a'), file('b'), file('c'), file('d')]; // score 0.4
    const paused = await run({ base: repoWith('risk-score'), changed });
    expect(paused.reason_code).toBe('OPA_RISK_ABOVE_THRESHOLD');
    expect(paused.required_approvals).toBe(1);
    const runs = await run({
      base: repoWith('risk-score'),
      changed,
      gate: { policies: ['policies'], risk: { run_max: 0.5 } },
    });
    expect(runs.decision).toBe('RUN');
  });

  it('records policy and configured exceptions in the report', async () => {
    const pr: PullRequestFacts = {
      number: 1,
      title: 'Release 1.2',
      author: 'octocat',
      draft: false,
      labels: ['release'],
      base: { ref: 'main', sha: 'a'.repeat(40) },
      head: { ref: 'release', sha: 'b'.repeat(40) },
      repository: 'acme/x',
    };
    const r = await run({
      base: repoWith('exceptions'),
      pr,
      changed: [file('vendor/lib.js'), file('src/a.ts')],
      gate: {
        policies: ['policies'],
        exceptions: [
          {
            id: 'vendor.changed',
            file: 'vendor/**',
            reason: 'vendored library update reviewed upstream',
          },
          { id: 'changelog.missing', reason: 'stale', expires: '2026-01-01' },
        ],
      },
    });
    expect(r.decision).toBe('RUN');
    const exceptions = r.report?.['exceptions'] as {
      id: string;
      source: string;
      suppressed: unknown[];
    }[];
    expect(exceptions.map((e) => [e.id, e.source, e.suppressed.length])).toEqual([
      ['maestro.gate.deny_changelog', 'policy policies (data.maestro.gate.exception)', 1],
      ['vendor.changed', 'config gates.opa.exceptions', 1],
    ]);
    expect(r.findings.some((f) => f.message.includes('expired on 2026-01-01'))).toBe(true);
  });

  it('does not suppress what an exception does not match', async () => {
    const r = await run({
      base: repoWith('exceptions'),
      changed: [file('vendor/lib.js')],
      gate: {
        policies: ['policies'],
        exceptions: [{ id: 'vendor.changed', file: 'third_party/**', reason: 'x' }],
      },
    });
    expect(r.decision).toBe('STOPPED');
    expect(r.findings.filter((f) => f.level === 'error').map((f) => f.rule)).toEqual([
      'policies:deny:changelog.missing',
      'policies:deny:vendor.changed',
    ]);
  });

  it('caches compiled policies by content digest, behind the cache secret', async () => {
    const cacheDir = tempDir();
    const cacheSecret = new TextEncoder().encode('test cache secret');
    const base = repoWith('clean');
    const first = await run({ base, cacheDir, cacheSecret, changed: [file('forbidden.txt')] });
    const second = await run({ base, cacheDir, cacheSecret, changed: [file('forbidden.txt')] });
    const sourceOf = (r: GateResult): string =>
      (r.report?.['policies'] as { source: string }[])[0]!.source;
    expect(sourceOf(first)).toBe('compiled');
    expect(sourceOf(second)).toBe('cache');
    expect(second.reason_code).toBe('OPA_DENY');
  });

  it('never reads compiled policy from a cache without a secret (a pull request can write it)', async () => {
    const cacheDir = tempDir();
    const cacheSecret = new TextEncoder().encode('test cache secret');
    const base = repoWith('clean');
    await run({ base, cacheDir, cacheSecret, changed: [file('forbidden.txt')] });
    const unsigned = await run({ base, cacheDir, changed: [file('forbidden.txt')] });
    expect((unsigned.report?.['policies'] as { source: string }[])[0]!.source).toBe('compiled');
    const otherKey = await run({
      base,
      cacheDir,
      cacheSecret: new TextEncoder().encode('another secret'),
      changed: [file('forbidden.txt')],
    });
    expect((otherKey.report?.['policies'] as { source: string }[])[0]!.source).toBe('compiled');
    expect(otherKey.reason_code).toBe('OPA_DENY');
  });

  it('evaluates the bundled policies, and uses them precompiled for an identical policies/ directory', async () => {
    const bundled = await run({
      base: tempDir(),
      gate: { bundled: true },
      options: { opaPath: '/nonexistent/opa' },
      changed: [file('.github/workflows/ci.yml')],
    });
    expect(bundled.reason_code).toBe('OPA_ESCALATE');
    expect(
      bundled.findings.some((f) => f.rule === 'maestro-gate:policies:escalate:risk.high_risk_path'),
    ).toBe(true);

    const own = await run({
      base: ROOT,
      options: { opaPath: '/nonexistent/opa' },
      changed: [file('docs/policies.md')],
    });
    expect((own.report?.['policies'] as { source: string }[])[0]!.source).toBe('precompiled');
    expect(own.decision).toBe('RUN');
  });
});
