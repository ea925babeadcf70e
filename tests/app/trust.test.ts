/**
 * Trust: the app believes only a verdict bundle that verifies against the configured signer
 * and is bound to this pull request's head. Forged, unsigned, stale-commit, wrongly signed
 * and pull-request-ref-signed verdicts fail closed, each with its reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { approvalsConfig } from '../../action/approvals/config.js';
import type { PullRequestState } from '../../action/approvals/types.js';
import { establishVerdict, renderVerdictBundle } from '../../action/approvals/verdict-trust.js';
import { writeEvidence } from '../../action/evidence/write.js';
import { generateEphemeralKey } from '../../action/signing/sign-door.js';
import { HEAD, actionsEnv, fixtureRun, tempDir } from '../fixtures/evidence/helpers.js';
import {
  githubClaims,
  localJwt,
  startMockSigstore,
  type MockSigstore,
} from '../signing/mock-sigstore.js';
import { AUTHOR, sha, startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function started(): Promise<Harness> {
  h = await startHarness();
  h.openPull(7, sha('a'));
  await h.receive('pull_request', h.pullRequestEvent(7, 'opened', AUTHOR));
  return h;
}

describe('the verdict the app believes (end to end)', () => {
  it('a gate check run from another app is not the gate', async () => {
    const h = await started();
    await h.gateCompleted(7, await h.gate(sha('a'), 'RUN', { appSlug: 'evil-ci' }));
    const run = h.approvalCheck(sha('a'))!;
    expect(run.conclusion).toBe('failure');
    expect(run.output.summary).toContain('not from github-actions');
  });

  it('a gate check run without a signed bundle fails closed', async () => {
    const h = await started();
    const check = await h.gate(sha('a'), 'RUN');
    check.output.text = 'RUN (trust me)';
    await h.gateCompleted(7, check);
    const run = h.approvalCheck(sha('a'))!;
    expect(run.conclusion).toBe('failure');
    expect(run.output.title).toContain('APPROVAL_VERDICT_MISSING');
  });

  it('a verdict signed for another commit is stale', async () => {
    const h = await started();
    await h.gateCompleted(7, await h.gate(sha('a'), 'RUN', { bundleFor: sha('c') }));
    expect(h.approvalCheck(sha('a'))!.output.title).toContain('APPROVAL_VERDICT_STALE');
  });

  it('a verdict signed with another key is invalid', async () => {
    const h = await started();
    await h.gateCompleted(7, await h.gate(sha('a'), 'RUN', { key: generateEphemeralKey() }));
    const run = h.approvalCheck(sha('a'))!;
    expect(run.conclusion).toBe('failure');
    expect(run.output.title).toContain('APPROVAL_VERDICT_INVALID');
  });

  it('a verdict for another repository is stale', async () => {
    const h = await started();
    await h.gateCompleted(7, await h.gate(sha('a'), 'RUN', { repository: 'acme/other' }));
    expect(h.approvalCheck(sha('a'))!.output.title).toContain('APPROVAL_VERDICT_STALE');
  });
});

describe('keyless signers: a workflow the pull request can change is refused', () => {
  let mock: MockSigstore;
  beforeAll(async () => {
    mock = await startMockSigstore();
  });
  afterAll(async () => {
    await mock.close();
  });

  const pr: PullRequestState = {
    number: 7,
    repository: 'acme/router',
    author: AUTHOR,
    head_sha: HEAD,
    base_ref: 'main',
    state: 'open',
    merged: false,
    requested_reviewers: [],
    requested_teams: [],
  };

  async function keylessBundle(ref: string): Promise<string> {
    const wf = `acme/router/.github/workflows/gate.yml@${ref}`;
    const token = localJwt(
      githubClaims({
        ref,
        workflow_ref: wf,
        job_workflow_ref: wf,
        san: `https://github.com/${wf}`,
      }),
    );
    const dir = tempDir();
    await writeEvidence({
      run: fixtureRun(),
      evidenceDir: dir,
      env: actionsEnv(),
      signing: {
        mode: 'keyless',
        getToken: () => Promise.resolve(token),
        endpoints: {
          fulcioURL: mock.url,
          rekorURL: mock.url,
          tsaURL: mock.url,
          rekorEntryType: 'intoto',
        },
      },
      headSha: HEAD,
      pullRequest: { number: 7, baseRef: 'main', baseSha: '0'.repeat(40) },
    });
    return readFileSync(join(dir, 'verdict.sigstore.json'), 'utf8');
  }

  const config = (allow: boolean) =>
    approvalsConfig(
      {
        version: 1,
        gates: {},
        approvals: {
          signer: {
            workflow_path: '.github/workflows/gate.yml',
            workflow_ref: 'refs/heads/main',
            allow_pull_request_refs: allow,
          },
        },
      },
      'acme/router',
    );

  const run = (bundle: string) => [
    {
      id: 1,
      name: 'maestro-gate',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'success',
      app_slug: 'github-actions',
      text: renderVerdictBundle(bundle),
    },
  ];

  it('accepts the protected-ref workflow', async () => {
    const v = establishVerdict(run(await keylessBundle('refs/heads/main')), pr, config(false), {
      trustedRoot: mock.trustedRoot,
    });
    expect(v).toMatchObject({ status: 'verified', decision: 'RUN' });
  });

  it('refuses refs/pull/*/merge by default, accepts it only when configured', async () => {
    const bundle = await keylessBundle('refs/pull/7/merge');
    const refused = establishVerdict(run(bundle), pr, config(false), {
      trustedRoot: mock.trustedRoot,
    });
    expect(refused).toMatchObject({ status: 'untrusted', code: 'APPROVAL_SIGNER_UNTRUSTED' });
    const allowed = establishVerdict(run(bundle), pr, config(true), {
      trustedRoot: mock.trustedRoot,
    });
    expect(allowed.status).toBe('verified');
  });

  it('refuses another trust root', async () => {
    const other = await startMockSigstore();
    try {
      const v = establishVerdict(run(await keylessBundle('refs/heads/main')), pr, config(false), {
        trustedRoot: other.trustedRoot,
      });
      expect(v).toMatchObject({ status: 'untrusted', code: 'APPROVAL_VERDICT_INVALID' });
    } finally {
      await other.close();
    }
  });
});
