import { afterEach, describe, expect, it } from 'vitest';
import { AUTHOR, sha, startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('approval app scenarios (real payloads through probot.receive, fake GitHub)', () => {
  it('escalate → two approvals (high risk) → success, with reviewers requested once', async () => {
    h = await startHarness();
    const head = sha('a');
    h.openPull(7, head);
    await h.receive('pull_request', h.pullRequestEvent(7, 'opened', AUTHOR));
    expect(h.approvalCheck(head)?.status).toBe('in_progress');
    const check = await h.gate(head, 'PAUSE_FOR_HITL', { reasons: ['GATE_TAMPER_SUSPECTED'] });
    await h.gateCompleted(7, check);
    let run = h.approvalCheck(head)!;
    expect(run.conclusion).toBe('action_required');
    expect(run.output.title).toBe('0/2 approvals');
    expect(run.output.summary).toContain('Who may approve');
    expect(h.pull(7).requested_reviewers).toEqual(['alice', 'bob', 'carol']);
    expect(h.pull(7).requested_teams).toEqual(['gate-owners']);

    const c1 = await h.comment(7, 'alice', '/approve the policy change is intended');
    run = h.approvalCheck(head)!;
    expect(run.conclusion).toBe('action_required');
    expect(run.output.title).toBe('1/2 approvals');
    expect(h.reactions(c1)).toEqual(['+1']);
    expect(h.botComment(7)).toContain('1/2 approvals');

    await h.review(7, 'bob');
    run = h.approvalCheck(head)!;
    expect(run.conclusion).toBe('success');
    expect(run.output.title).toContain('2/2 approvals');
    expect(run.output.text).toContain('maestro-approval:receipt');
    // Requested once: no re-request after the votes.
    expect(
      h.fake.apiRequests('/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers'),
    ).toHaveLength(1);
    expect(h.fake.problems).toEqual([]);
    expect(
      h.audit.entries
        .filter((e) => e.reason_code === 'HITL_DECIDED')
        .map((e) => e.human_operator_id),
    ).toEqual(['github:alice', 'github:bob']);
  });
});

describe('approval app scenarios, continued', () => {
  it('push → approvals void, stale approving reviews dismissed, the check reset', async () => {
    h = await startHarness();
    const a = sha('a');
    const b = sha('b');
    h.openPull(7, a);
    await h.receive('pull_request', h.pullRequestEvent(7, 'opened', AUTHOR));
    await h.gateCompleted(7, await h.gate(a, 'PAUSE_FOR_HITL'));
    const review = await h.review(7, 'alice');
    expect(h.approvalCheck(a)?.conclusion).toBe('success');

    await h.push(7, b);
    expect(h.pull(7).reviews?.find((r) => r.id === review)?.state).toBe('DISMISSED');
    expect(h.approvalCheck(b)?.status).toBe('in_progress');
    await h.gateCompleted(7, await h.gate(b, 'PAUSE_FOR_HITL'));
    const run = h.approvalCheck(b)!;
    expect(run.conclusion).toBe('action_required');
    expect(run.output.title).toBe('0/1 approvals');
  });

  it('reject → failure, with a receipt of the rejection', async () => {
    h = await startHarness();
    const a = sha('a');
    h.openPull(7, a);
    await h.receive('pull_request', h.pullRequestEvent(7, 'opened', AUTHOR));
    await h.gateCompleted(7, await h.gate(a, 'PAUSE_FOR_HITL'));
    await h.review(7, 'bob');
    expect(h.approvalCheck(a)?.conclusion).toBe('success');
    const c = await h.comment(7, 'alice', '/reject this reroutes production traffic');
    const run = h.approvalCheck(a)!;
    expect(run.conclusion).toBe('failure');
    expect(run.output.title).toBe('STOPPED: rejected by @alice');
    expect(run.output.text).toContain('maestro-approval:receipt');
    expect(h.reactions(c)).toEqual(['+1']);
    expect(h.botComment(7)).toContain('this reroutes production traffic');
  });

  it('RUN needs no approval; STOPPED fails the check', async () => {
    h = await startHarness();
    h.openPull(7, sha('a'));
    h.openPull(8, sha('b'));
    await h.gateCompleted(7, await h.gate(sha('a'), 'RUN'));
    await h.gateCompleted(8, await h.gate(sha('b'), 'STOPPED'));
    expect(h.approvalCheck(sha('a'))?.conclusion).toBe('success');
    expect(h.approvalCheck(sha('b'))?.conclusion).toBe('failure');
  });
});
