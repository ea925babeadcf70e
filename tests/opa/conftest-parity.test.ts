/**
 * Parity with the real conftest: every policy set of conftest-cases.ts is evaluated by
 * `conftest test` and by the gate on the same input. Failures, warnings, exceptions and
 * messages must agree, unless the case names an intended difference (docs/policies.md).
 */
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES, type ConftestCase } from './conftest-cases.js';
import { opaForTests, skipWithoutOpa, tempDir } from './opa-bin.js';
import { caseInput, caseRepo, runCase, summariseGate, type Summary } from './run-case.js';

/** The conftest version `.ci/run` installs. */
export const CONFTEST_VERSION = 'v0.71.1';

function findConftest(): string | undefined {
  const dirs = (process.env['PATH'] ?? '').split(':').filter((d) => d !== '');
  if (process.env['GOPATH']) dirs.push(join(process.env['GOPATH'], 'bin'));
  dirs.push(join(homedir(), 'go', 'bin'));
  const found = dirs.map((d) => join(d, 'conftest')).find((p) => existsSync(p));
  if (found === undefined && process.env['CI'] === 'true') {
    throw new Error(
      `conftest is required on CI: install it with \`go install github.com/open-policy-agent/conftest@${CONFTEST_VERSION}\``,
    );
  }
  return found;
}

const conftest = findConftest();
const opa = opaForTests();

interface ConftestResult {
  namespace: string;
  failures?: { msg: string }[];
  warnings?: { msg: string }[];
  exceptions?: { msg: string }[];
}

/** Runs conftest on the case; `undefined` when conftest itself reports an error. */
function runConftest(c: ConftestCase): Promise<Summary | { error: string }> {
  const base = caseRepo(c);
  const input = join(tempDir(), 'input.json');
  writeFileSync(input, JSON.stringify(caseInput()));
  const ns = c.namespace ?? 'main';
  const args = [
    'test',
    input,
    '--policy',
    join(base, 'policy'),
    '--output',
    'json',
    '--no-color',
    ...(c.allNamespaces ? ['--all-namespaces'] : ['--namespace', ns, '--namespace', `${ns}.*`]),
    ...(c.regoV0 ? ['--rego-version', 'v0'] : []),
    ...(c.data ? ['--data', join(base, 'data')] : []),
  ];
  return new Promise((resolve) => {
    execFile(conftest!, args, { timeout: 60_000 }, (error, stdout, stderr) => {
      let parsed: ConftestResult[];
      try {
        parsed = JSON.parse(stdout) as ConftestResult[];
      } catch {
        resolve({ error: `${stderr || stdout || (error?.message ?? '')}`.trim() });
        return;
      }
      const msgs = (key: 'failures' | 'warnings'): string[] =>
        parsed.flatMap((r) => (r[key] ?? []).map((x) => x.msg)).sort();
      resolve({
        failures: msgs('failures'),
        warnings: msgs('warnings'),
        exceptions: parsed.reduce((n, r) => n + (r.exceptions ?? []).length, 0),
      });
    });
  });
}

describe.skipIf(skipWithoutOpa() || conftest === undefined)(
  `parity with conftest ${CONFTEST_VERSION}`,
  () => {
    it('covers at least 25 policy sets, most of them without a difference', () => {
      expect(CASES.length).toBeGreaterThanOrEqual(25);
      expect(CASES.filter((c) => c.difference === undefined).length).toBeGreaterThanOrEqual(25);
    });

    it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const [theirs, ours] = await Promise.all([runConftest(c), runCase(c, opa)]);
      const mine = summariseGate(ours);
      const theirsPass = !('error' in theirs) && theirs.failures.length === 0;
      if (c.difference !== undefined) {
        // An intended difference: the verdicts must indeed differ, so the docs stay true.
        expect(ours.decision === 'RUN', c.difference).not.toBe(theirsPass);
        return;
      }
      if (ours.decision === 'STOPPED' && ours.reason_code !== 'OPA_DENY') {
        // The gate could not read the policy: conftest must fail on it too.
        expect(theirs).toHaveProperty('error');
        return;
      }
      expect(theirs, 'conftest failed to run the case').not.toHaveProperty('error');
      expect(mine).toEqual(theirs);
    });
  },
);
