/**
 * Stateless: two replicas of the app against the same fake GitHub, fed the same events
 * concurrently and split between them, reach the same decision as one replica fed them in
 * order — every event recomputes from GitHub.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { APP_LOGIN, AUTHOR, sha, startHarness, type Harness } from './harness.js';

const harnesses: Harness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((x) => x.close()));
});

const VOTES: [string, string][] = [
  ['alice', '/approve checked the routing diff'],
  [AUTHOR, '/approve mine'],
  ['mallory', '/approve drive-by'],
  ['bob', '/approve replayed the trace'],
  ['dependabot[bot]', '/approve bump'],
  ['carol', '/approve second look'],
];

/** Stores every vote first, then delivers one event per vote (concurrently or in order). */
async function storm(replicas: number, concurrent: boolean): Promise<Harness> {
  const h = await startHarness({ replicas: replicas - 1 });
  harnesses.push(h);
  const head = sha('a');
  h.openPull(7, head);
  await h.receive('pull_request', h.pullRequestEvent(7, 'opened', AUTHOR));
  await h.gateCompleted(
    7,
    await h.gate(head, 'PAUSE_FOR_HITL', { reasons: ['GATE_TAMPER_SUSPECTED'] }),
  );
  const ids: number[] = [];
  for (const [login, body] of VOTES) {
    const id = h.fake.newId();
    const at = h.tick();
    const user = { login, ...(login.endsWith('[bot]') ? { type: 'Bot' as const } : {}) };
    h.repo.comments.set(7, [
      ...(h.repo.comments.get(7) ?? []),
      { id, user, body, created_at: at, updated_at: at },
    ]);
    ids.push(id);
  }
  const events = ids.map(
    (id, i) => () =>
      h.receive('issue_comment', h.commentEvent(7, id, 'created', VOTES[i]![0]), i % replicas),
  );
  if (concurrent) await Promise.all([...events, ...events].map((e) => e()));
  else for (const e of events) await e();
  return h;
}

function decision(h: Harness): unknown {
  const run = h.approvalCheck(sha('a'))!;
  const comments = (h.repo.comments.get(7) ?? []).filter((c) => c.user.login === APP_LOGIN);
  return {
    conclusion: run.conclusion,
    title: run.output.title,
    summary: run.output.summary,
    comments: comments.map((c) => c.body),
    reactions: (h.repo.comments.get(7) ?? []).map((c) => h.reactions(c.id).sort()),
  };
}

describe('two replicas, concurrent events', () => {
  it('reach the decision one replica reaches in order', async () => {
    const [one, two] = await Promise.all([storm(1, false), storm(2, true)]);
    const expected = decision(one) as { conclusion: string; title: string };
    expect(expected.conclusion).toBe('success');
    expect(expected.title).toMatch(/^3\/2 approvals: approved by @alice, @bob, @carol/);
    // A settling event (any replica) leaves one bot comment even if both created one.
    await two.receive(
      'issue_comment',
      two.commentEvent(
        7,
        two.repo.comments.get(7)!.find((c) => c.user.login === 'alice')!.id,
        'created',
        'alice',
      ),
      1,
    );
    expect(decision(two)).toEqual(expected);
    expect(one.fake.problems).toEqual([]);
    expect(two.fake.problems).toEqual([]);
  });
});
