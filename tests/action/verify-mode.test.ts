import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../action/cli/main.js';
import { captureIo, tempRepo } from '../helpers/repo.js';
import { DEMO_BASE, DEMO_HEAD, DIST, node24, runAction } from './harness.js';

const node = node24();
const missing = !node.path ? node.reason : !existsSync(DIST) ? `${DIST} is not built` : undefined;

/** `mode: verify` of the built action: the release-pipeline side, under Node 24. */
describe.skipIf(missing !== undefined)('dist/index.js with mode: verify', () => {
  let evidence: string;
  let key: string;
  let fingerprint: string;
  let commit: string;

  beforeAll(async () => {
    // The head as a git commit, so the evidence is bound to it; verify binds by default.
    const head = tempRepo();
    cpSync(DEMO_HEAD, head, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', head, ...args], { encoding: 'utf8' }).trim();
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'head');
    commit = git('rev-parse', 'HEAD');
    evidence = join(tempRepo(), 'evidence');
    const cap = captureIo();
    const code = await main(
      [
        'check',
        head,
        '--base-dir',
        DEMO_BASE,
        '--quiet',
        '--ephemeral-key',
        '--evidence-dir',
        evidence,
      ],
      cap.io,
    );
    expect(code).toBe(1);
    // Trust material never comes from the evidence: the release side holds its own copy of the key.
    key = join(tempRepo(), 'release-key.pub.pem');
    copyFileSync(join(evidence, 'signing-key.pub.pem'), key);
    const manifest = JSON.parse(readFileSync(join(evidence, 'evidence-manifest.json'), 'utf8')) as {
      signing?: { key_fingerprint?: string };
    };
    fingerprint = manifest.signing?.key_fingerprint ?? '';
  });

  const verify = (inputs: Record<string, string>) =>
    runAction({
      node: node.path!,
      workspace: tempRepo(),
      apiUrl: 'http://127.0.0.1:9',
      eventName: 'workflow_dispatch',
      event: {},
      sha: commit,
      repository: 'local/repository',
      inputs: {
        mode: 'verify',
        'evidence-dir': evidence,
        'verify-key': key,
        'verify-key-fingerprint': fingerprint,
        'verify-repository': 'local/repository',
        'verify-commit': commit,
        ...inputs,
      },
    });

  it('accepts intact evidence whose verdict is the one required', async () => {
    const run = await verify({ 'verify-expect-verdict': 'STOPPED' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['verified']).toBe('true');
    expect(run.stdout).toContain('PASS signature');
  });

  it('refuses to ship a STOPPED verdict and fails the step', async () => {
    const run = await verify({});
    expect(run.code).not.toBe(0);
    expect(run.outputs['verified']).toBe('false');
    expect(run.stdout).toContain('VERIFY_VERDICT_NOT_ACCEPTED');
  });

  it('fails with a clear message without an evidence directory', async () => {
    const run = await verify({ 'evidence-dir': '' });
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('mode: verify needs the `evidence-dir` input');
  });
});
