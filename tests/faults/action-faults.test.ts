/**
 * The fault table through the built Action: a selection of the CLI cases (every area) run as
 * the Actions runner runs `dist/index.js` under Node 24 — a pull_request event on a git
 * repository whose `main` is the base — each asserting the verdict output, the reason codes,
 * the step failing, and the finding's location in the run document the Action wrote. In CI
 * (CI=true) a missing Node 24 or dist/ fails; locally the table is skipped with the reason.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateRun } from '../../action/pipeline.js';
import { DIST, node24, pullRequestEvent } from '../action/harness.js';
import { runEntry } from './action-run.js';
import { caseRepo, expectCase, type Case } from './cases.js';
import { CLI_CASES } from './cli-cases.js';
import { git } from './helpers.js';
import { SEEN_CASES } from './seen-cases.js';

/** The cases the Action runs too, by name: each area of the table, every "seen" fault it can. */
const SELECTED = [
  'a main/ folder the pull request adds does not shadow the base ref main',
  'broken YAML',
  'a duplicate key',
  'a typo in a top-level key',
  'no gate enabled',
  'an absolute invariant path',
  'an oversized configuration',
  'an unknown gate section',
  'the invariants directory is missing',
  'a CEL syntax error',
  'a critical invariant violated',
  'a medium invariant violated',
  'a line that is not JSON',
  'no trace matches the glob',
  'a Rego parse error',
  'a deny that matches',
  'deny as a string',
  'broken spec YAML',
  'a reachable invariant violation',
  'an invariant file linked outside the repository is refused with a finding',
  'a trace linked outside the checkout names the link, not "matches no trace file"',
  'a trace whose scopes match no invariant pauses (INV_NOTHING_CHECKED)',
  'a Rego package without a decision rule (a `denies` typo) is not "1 policy passed"',
  'invalid UTF-8 in a trace is an error at its line, not altered text',
  'a spec whose invariant the pull request deletes is escalated (OPA disabled)',
  'a pull request that edits the configuration is escalated',
  '`critical:` comes from the base: a pull request unmarking a spec still pauses at a bound',
  'initial states forming a huge cross product reach a bound instead of running out of memory',
  'an absolute policy path says no absolute paths',
];

const all = new Map([...CLI_CASES, ...SEEN_CASES].map((c) => [c.name, c]));
const CASES: Case[] = SELECTED.map((name) => all.get(name)!);

const node = node24();
const missing = !node.path
  ? node.reason
  : !existsSync(DIST)
    ? `${DIST} is not built (npm run build)`
    : undefined;

describe('the fault table through the built Action', () => {
  it('selects cases that exist', () => {
    expect(SELECTED.filter((name) => !all.has(name))).toEqual([]);
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    // The floor: at least 80 table cases through the CLI and the built Action.
    expect(CLI_CASES.length + SEEN_CASES.length + CASES.length).toBeGreaterThanOrEqual(80);
  });

  it.runIf(process.env['CI'] === 'true')('has Node 24 and dist/ in CI', () => {
    expect(missing, missing).toBeUndefined();
  });

  it.skipIf(missing !== undefined).each(CASES.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const dir = caseRepo({ ...c, head: c.head ?? {} });
      const evidence = mkdtempSync(join(tmpdir(), 'maestro-fault-evidence-'));
      const r = await runEntry({
        node: node.path!,
        workspace: dir,
        event: pullRequestEvent({
          repository: 'octo/repo',
          number: 3,
          baseSha: git(dir, 'rev-parse', 'main'),
          headSha: git(dir, 'rev-parse', 'HEAD'),
          changedFiles: 1,
        }),
        inputs: { signing: 'none', 'evidence-dir': evidence, ...(c.inputs ?? {}) },
        timeoutMs: 120_000,
      });
      expect(r.hung, 'the Action hung').toBe(false);
      expect(r.outputs['verdict'], r.stdout.slice(-2000)).toBe(c.decision);
      expect(r.outputs['reason-codes']?.split(',')).toContain(c.code);
      // fail-on: paused (the default) fails the step on PAUSE_FOR_HITL and STOPPED.
      expect(r.code).toBe(1);
      const doc = JSON.parse(
        readFileSync(join(r.outputs['evidence-path']!, 'gate-run.json'), 'utf8'),
      ) as GateRun;
      expectCase(c, doc, r.stdout.slice(-2000));
    },
  );
});
