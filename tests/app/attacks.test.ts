/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- webhook payloads are untyped JSON */
/** One test per approval-forging attack: each is refused, and says why. */
import { afterEach, describe, expect, it } from 'vitest';
import { APP_LOGIN, AUTHOR, defaultConfig, sha, startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const A = sha('a');

/** A pull request #7 at head A with a signed PAUSE_FOR_HITL verdict (1 approval needed). */
async function escalated(
  opts: Parameters<typeof startHarness>[0] = {},
  gate: Parameters<Harness['gate']>[2] = {},
): Promise<Harness> {
  h = await startHarness(opts);
  h.openPull(7, A);
  await h.receive('pull_request', h.pullRequestEvent(7, 'opened', AUTHOR));
  await h.gateCompleted(7, await h.gate(A, 'PAUSE_FOR_HITL', gate));
  expect(h.approvalCheck(A)?.conclusion).toBe('action_required');
  return h;
}

describe('attacks on the approval app', () => {
  it('self-approval by the PR author is ignored, with feedback', async () => {
    const h = await escalated();
    const c = await h.comment(7, AUTHOR, '/approve I wrote it, it is fine');
    await h.review(7, AUTHOR);
    expect(h.approvalCheck(A)?.conclusion).toBe('action_required');
    expect(h.approvalCheck(A)?.output.title).toBe('0/1 approvals — ignored 2 from the PR author');
    expect(h.reactions(c)).toEqual(['confused']);
    expect(h.botComment(7)).toContain('ignored 2 from the PR author');
  });

  it('a non-collaborator (not listed, no team, read permission) is not authorised', async () => {
    const h = await escalated();
    await h.comment(7, 'mallory', '/approve drive-by');
    expect(h.approvalCheck(A)?.conclusion).toBe('action_required');
    expect(h.botComment(7)).toMatch(/mallory is not an approver/);
  });

  it('a bot review never counts', async () => {
    const h = await escalated();
    await h.review(7, 'dependabot[bot]', { user: { login: 'dependabot[bot]', type: 'Bot' } });
    expect(h.approvalCheck(A)?.conclusion).toBe('action_required');
    expect(h.approvalCheck(A)?.output.title).toContain('ignored 1 from a bot');
  });

  it('the app itself never counts (its review, its comment)', async () => {
    const h = await escalated();
    await h.review(7, APP_LOGIN, { user: { login: APP_LOGIN, type: 'Bot' } });
    const before = h.fake.requests.length;
    await h.comment(7, APP_LOGIN, '/approve self-serve', {
      user: { login: APP_LOGIN, type: 'Bot' },
    });
    expect(h.fake.requests.length).toBe(before); // ignored before any API call
    expect(h.approvalCheck(A)?.conclusion).toBe('action_required');
    expect(h.approvalCheck(A)?.output.title).toContain('ignored 1 from this app');
  });

  it('an edited approval comment does not count; an edit by someone else is recorded', async () => {
    const h = await escalated();
    const id = await h.comment(7, 'alice', '/approve looks fine');
    expect(h.approvalCheck(A)?.conclusion).toBe('success');
    const c = h.repo.comments.get(7)!.find((x) => x.id === id)!;
    c.updated_at = h.tick();
    await h.receive(
      'issue_comment',
      h.commentEvent(7, id, 'edited', 'mallory', '/approve looks fine'),
    );
    expect(h.approvalCheck(A)?.conclusion).toBe('action_required');
    expect(h.botComment(7)).toContain('edited after it was posted');
    expect(
      h.audit.entries.some(
        (e) =>
          e.reason_code === 'APPROVAL_COMMENT_TAMPERED' && e.human_operator_id === 'github:mallory',
      ),
    ).toBe(true);
  });

  it('a quoted or code-block /approve is not a command (and costs no API call)', async () => {
    const h = await escalated();
    const before = h.fake.requests.length;
    await h.comment(7, 'alice', '> /approve ship it\nquoting the author');
    await h.comment(7, 'alice', '```\n/approve ship it\n```');
    await h.comment(7, 'alice', '    /approve indented code');
    await h.comment(7, 'alice', 'type `/approve reason` to approve');
    expect(h.fake.requests.length).toBe(before);
    expect(h.approvalCheck(A)?.conclusion).toBe('action_required');
  });

  it('a homoglyph command is refused and said so', async () => {
    const h = await escalated();
    const c = await h.comment(7, 'alice', '/аpprove cyrillic a'); // U+0430
    expect(h.approvalCheck(A)?.conclusion).toBe('action_required');
    expect(h.reactions(c)).toEqual(['confused']);
    expect(h.botComment(7)).toContain('look-alike');
  });

  it('an approval on an old head does not count', async () => {
    const h = await escalated();
    await h.review(7, 'alice', { commit: sha('9') });
    expect(h.approvalCheck(A)?.conclusion).toBe('action_required');
    expect(h.approvalCheck(A)?.output.title).toContain('ignored 1 on an old head');
  });

  it('a force-push back to an approved SHA does not revive old approvals', async () => {
    const h = await escalated();
    await h.review(7, 'alice');
    expect(h.approvalCheck(A)?.conclusion).toBe('success');
    await h.push(7, sha('b'));
    await h.push(7, A); // back to the approved commit
    h.pull(7).reviews!.forEach((r) => (r.state = r.state === 'DISMISSED' ? 'APPROVED' : r.state)); // even if GitHub kept the review
    await h.gateCompleted(7, await h.gate(A, 'PAUSE_FOR_HITL'));
    expect(h.approvalCheck(A)?.conclusion).toBe('action_required');
    expect(h.approvalCheck(A)?.output.title).toContain('before the head was pushed');
  });

  it('…unless the config allows it', async () => {
    const h = await escalated({
      config: (k) => defaultConfig(k, '  revive_on_force_push_back: true'),
    });
    await h.review(7, 'alice');
    await h.push(7, sha('b'));
    await h.push(7, A);
    h.pull(7).reviews!.forEach((r) => (r.state = 'APPROVED'));
    await h.gateCompleted(7, await h.gate(A, 'PAUSE_FOR_HITL'));
    expect(h.approvalCheck(A)?.conclusion).toBe('success');
  });

  it('team membership removed after approving: the approval stops counting', async () => {
    const h = await escalated();
    await h.review(7, 'erin');
    expect(h.approvalCheck(A)?.conclusion).toBe('success');
    h.fake.teams.delete('acme/gate-owners/erin');
    await h.comment(7, 'dave', '/approve not listed either');
    expect(h.approvalCheck(A)?.conclusion).toBe('action_required');
    expect(h.botComment(7)).toMatch(/erin is not an approver/);
  });

  it('a forged commit status with the check name is overwritten and recorded', async () => {
    const h = await escalated();
    h.repo.statuses.push({
      id: h.fake.newId(),
      sha: A,
      context: 'maestro/approval (main)',
      state: 'success',
      description: 'lgtm',
      creator: { login: 'mallory' },
    });
    const { webhookExample } = await import('./harness.js');
    const p = webhookExample('status');
    delete p['installation'];
    Object.assign(p, {
      sha: A,
      context: 'maestro/approval (main)',
      state: 'success',
      sender: { ...p['sender'], login: 'mallory' },
      repository: {
        ...p['repository'],
        full_name: 'acme/router',
        name: 'router',
        owner: { ...p['repository'].owner, login: 'acme' },
      },
    });
    await h.receive('status', p);
    const latest = h.repo.statuses.filter((s) => s.context === 'maestro/approval (main)').at(-1)!;
    expect(latest.creator.login).toBe(APP_LOGIN);
    expect(latest.state).toBe('pending');
    expect(h.audit.entries.some((e) => e.reason_code === 'APPROVAL_FORGERY_DETECTED')).toBe(true);
  });

  it('a forged check run with the check name from another app is recorded; the app re-asserts its own', async () => {
    const h = await escalated();
    const forged = {
      ...(await h.gate(A, 'RUN')),
      name: 'maestro/approval (main)',
      app_slug: 'evil-ci',
      id: h.fake.newId(),
    };
    h.repo.checkRuns.push(forged);
    const ours = h.approvalCheck(A)!.id;
    await h.gateCompleted(7, forged);
    expect(h.audit.entries.some((e) => e.reason_code === 'APPROVAL_FORGERY_DETECTED')).toBe(true);
    expect(h.approvalCheck(A)!.id).toBeGreaterThan(forged.id);
    expect(h.approvalCheck(A)!.id).not.toBe(ours);
  });

  it('a retargeted base branch ends the request; approvals for the old base do not carry over', async () => {
    const h = await escalated();
    await h.review(7, 'alice');
    expect(h.approvalCheck(A)?.conclusion).toBe('success');
    h.pull(7).base.ref = 'release';
    h.pull(7).updated_at = h.tick();
    await h.receive(
      'pull_request',
      h.pullRequestEvent(7, 'edited', 'mallory', {
        base: { ref: { from: 'main' }, sha: { from: sha('0') } },
      }),
    );
    expect(h.approvalCheck(A, 'main')?.conclusion).toBe('cancelled');
    expect(h.approvalCheck(A, 'release')?.conclusion).not.toBe('success');
    expect(h.audit.entries.some((e) => e.reason_code === 'APPROVAL_REQUEST_ENDED')).toBe(true);
  });

  it('a replayed webhook changes nothing: an old /approve after a push does not count', async () => {
    const h = await escalated();
    const id = await h.comment(7, 'alice', '/approve fine');
    expect(h.approvalCheck(A)?.conclusion).toBe('success');
    const writes = h.fake.requests.filter(
      (r) => r.method !== 'GET' && !r.route.includes('reactions'),
    ).length;
    const replay = h.commentEvent(7, id, 'created', 'alice');
    await h.receive('issue_comment', replay, 0, 'delivery-replayed');
    expect(
      h.fake.requests.filter((r) => r.method !== 'GET' && !r.route.includes('reactions')).length,
    ).toBe(writes);
    await h.push(7, sha('b'));
    await h.gateCompleted(7, await h.gate(sha('b'), 'PAUSE_FOR_HITL'));
    await h.receive('issue_comment', replay, 0, 'delivery-replayed-2');
    expect(h.approvalCheck(sha('b'))?.conclusion).toBe('action_required');
  });

  it('a webhook with a bad signature is refused before any API call', async () => {
    const h = await escalated();
    const id = h.fake.newId();
    h.repo.comments.set(7, [
      {
        id,
        user: { login: 'alice' },
        body: '/approve forged delivery',
        created_at: h.tick(),
        updated_at: h.now().toISOString(),
      },
    ]);
    const before = h.fake.requests.length;
    await expect(
      h.probots[0]!.webhooks.verifyAndReceive({
        id: 'forged-delivery',
        name: 'issue_comment',
        payload: JSON.stringify(h.commentEvent(7, id, 'created', 'alice')),
        signature: `sha256=${'0'.repeat(64)}`,
      }),
    ).rejects.toThrow(/signature/i);
    expect(h.fake.requests.length).toBe(before);
    expect(h.approvalCheck(A)?.conclusion).toBe('action_required');
  });

  it('an approval on a sealed stop changes nothing, and says so', async () => {
    h = await startHarness();
    h.openPull(7, A);
    await h.gateCompleted(
      7,
      await h.gate(A, 'STOPPED', { sealed: true, reasons: ['INV_VIOLATION_CRITICAL'] }),
    );
    const c = await h.comment(7, 'alice', '/approve override it');
    expect(h.approvalCheck(A)?.conclusion).toBe('failure');
    expect(h.approvalCheck(A)?.output.title).toContain('sealed');
    expect(h.reactions(c)).toEqual(['confused']);
    expect(h.botComment(7)).toContain('no approval can lift it');
  });

  it('duplicate votes by one person count once (a two-person rule stays unmet)', async () => {
    const h = await escalated({}, { reasons: ['GATE_TAMPER_SUSPECTED'] });
    await h.comment(7, 'alice', '/approve one');
    await h.comment(7, 'alice', '/approve two');
    await h.review(7, 'alice');
    const run = h.approvalCheck(A)!;
    expect(run.conclusion).toBe('action_required');
    expect(run.output.title).toBe('1/2 approvals — ignored 2 duplicate');
  });

  it('a PR that edits the gate config or the approvals section changes nothing: rules come from the default branch', async () => {
    h = await startHarness();
    h.openPull(7, A);
    h.pull(7).files = [
      { path: '.github/maestro.yml', status: 'modified', additions: 5, deletions: 0 },
    ];
    h.repo.trees.set(A, {
      '.github/maestro.yml':
        'version: 1\ngates: {}\napprovals:\n  approvers:\n    users: [octo-author]\n',
    });
    await h.gateCompleted(
      7,
      await h.gate(A, 'PAUSE_FOR_HITL', { reasons: ['GATE_TAMPER_SUSPECTED'] }),
    );
    await h.comment(7, AUTHOR, '/approve my own config says I may');
    const run = h.approvalCheck(A)!;
    expect(run.conclusion).toBe('action_required');
    expect(run.output.title).toBe('0/2 approvals — ignored 1 from the PR author');
    const configReads = h.fake.requests.filter(
      (r) => r.route === '/repos/{owner}/{repo}/contents/{path}',
    );
    expect(configReads.every((r) => r.url.includes('ref=main'))).toBe(true);
  });
});
