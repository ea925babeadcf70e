/**
 * One pull request, one answer: the CLI (`check --base <base sha> --base-ref main`) and the
 * BUILT action (dist/index.js under Node 24, against the fake GitHub on loopback) gate the same
 * pull request and must agree on the verdict, the reason codes and every finding — signed and
 * unsigned (the unsigned-evidence policy of a protected base branch).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitChangedFiles } from '../../action/cli/changed-files.js';
import { main } from '../../action/cli/main.js';
import type { GateRun } from '../../action/contract/run.js';
import { FakeGitHub } from '../fake-github/server.js';
import {
  DEMO_BASE,
  DIST,
  demoWorkspace,
  node24,
  pullRequestEvent,
  runAction,
  signingKeyPem,
  snapshotFiles,
} from './harness.js';

const REPO = 'maestro-demo/router';
const node = node24();
const missing = !node.path
  ? node.reason
  : !existsSync(DIST)
    ? `${DIST} is not built (npm run build)`
    : undefined;

/** What must agree: per gate, the decision, the reason code and the findings. */
function answer(run: GateRun): unknown {
  return {
    decision: run.verdict.decision,
    reason_codes: run.verdict.reason_codes,
    sealed: run.verdict.sealed,
    gates: run.gates.map((g) => ({
      gate: g.gate,
      decision: g.decision,
      reason_code: g.reason_code,
      findings: g.findings.map((f) => ({
        level: f.level,
        rule: f.rule,
        file: f.file,
        line: f.line,
        // Why nothing signed is host advice (CLI flags vs workflow inputs); the policy must agree.
        message:
          g.gate === 'evidence'
            ? f.message.replace(/^(the evidence is unsigned: ).*?(\. On the )/, '$1<host>$2')
            : f.message,
      })),
    })),
  };
}

describe.skipIf(missing !== undefined && process.env['CI'] !== 'true')(
  'the CLI and the built action agree on the same pull request',
  () => {
    const fake = new FakeGitHub();
    beforeAll(async () => {
      if (missing) throw new Error(missing);
      await fake.start();
      fake.tokens.set('write-token', 'write');
    });
    afterAll(async () => {
      await fake.close();
    });

    it.each([
      ['signed with a key', true],
      ['unsigned, protected base branch main', false],
    ])(
      '%s',
      async (_name, signed) => {
        const ws = demoWorkspace();
        const number = signed ? 51 : 52;
        // GitHub lists a pull request's files with git's own diff; so does the CLI.
        const files = gitChangedFiles(ws.dir, ws.baseSha);
        expect(files.length).toBeGreaterThan(0);
        const repo = fake.repos.get(REPO) ?? fake.addRepo(REPO);
        repo.trees.set(ws.baseSha, snapshotFiles(DEMO_BASE));
        repo.pulls.set(number, {
          number,
          title: 'Route canary traffic to the new model',
          author: { login: 'octocat' },
          base: { ref: 'main', sha: ws.baseSha },
          head: { ref: 'feature', sha: ws.headSha },
          files,
        });
        const key = signingKeyPem();
        const keyFile = join(mkdtempSync(join(tmpdir(), 'maestro-parity-')), 'key.pem');
        writeFileSync(keyFile, key);

        const action = await runAction({
          node: node.path!,
          workspace: ws.dir,
          apiUrl: fake.url,
          eventName: 'pull_request',
          event: pullRequestEvent({
            repository: REPO,
            number,
            baseSha: ws.baseSha,
            headSha: ws.headSha,
            changedFiles: files.length,
          }),
          sha: ws.headSha,
          repository: REPO,
          inputs: { token: 'write-token', ...(signed ? { 'signing-key': key } : {}) },
        });
        const actionRun = JSON.parse(
          readFileSync(join(action.outputs['evidence-path']!, 'gate-run.json'), 'utf8'),
        ) as GateRun;

        let out = '';
        const evidenceDir = mkdtempSync(join(tmpdir(), 'maestro-parity-ev-'));
        const code = await main(
          [
            'check',
            ws.dir,
            '--base',
            ws.baseSha,
            '--base-ref',
            'main',
            '--evidence-dir',
            evidenceDir,
            '--format',
            'json',
            '--quiet',
            ...(signed ? ['--signing-key', keyFile] : []),
          ],
          { stdout: (t) => void (out += t), stderr: () => undefined },
        );
        const cliRun = JSON.parse(out) as GateRun;

        expect(answer(cliRun)).toEqual(answer(actionRun));
        expect(action.outputs['verdict']).toBe(cliRun.verdict.decision);
        expect(code).toBe({ RUN: 0, PAUSE_FOR_HITL: 2, STOPPED: 1 }[cliRun.verdict.decision]);
        const evidence = cliRun.gates.find((g) => g.gate === 'evidence')!;
        expect(evidence.reason_code).toBe(signed ? 'OK' : 'EVIDENCE_UNSIGNED');
        if (!signed) expect(evidence.decision).toBe('PAUSE_FOR_HITL');
      },
      240_000,
    );
  },
);
