/**
 * The approval app against the fake GitHub (loopback HTTP, every response validated against
 * GitHub's OpenAPI description): GitHub API calls per event, by event type — the target is at
 * most 5 — and webhook throughput and latency (p50/p99) for `/approve` comment events through
 * `probot.receive`, one replica, sequential and 8 in flight.
 */
import { AUTHOR, sha, startHarness, type Harness } from '../tests/app/harness.js';
import type { BenchFigure, BenchModule } from './types.js';

async function calls(
  h: Harness,
  fn: () => Promise<unknown>,
): Promise<{ n: number; routes: Record<string, number> }> {
  const before = h.fake.apiRequests().length;
  await fn();
  const list = h.fake.apiRequests().slice(before);
  const routes: Record<string, number> = {};
  for (const r of list)
    routes[`${r.method} ${r.route}`] = (routes[`${r.method} ${r.route}`] ?? 0) + 1;
  return { n: list.length, routes };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const bench: BenchModule = async (log) => {
  const figures: BenchFigure[] = [];
  const h = await startHarness();
  try {
    const head = sha('a');
    h.openPull(7, head);
    const steps: [string, string, () => Promise<unknown>][] = [
      [
        'pull_request.opened',
        'the head becomes current; the gate has not finished',
        () => h.receive('pull_request', h.pullRequestEvent(7, 'opened', AUTHOR)),
      ],
      [
        'check_run.completed (gate)',
        'signed PAUSE_FOR_HITL verdict arrives; reviewers requested',
        async () => {
          const check = await h.gate(head, 'PAUSE_FOR_HITL', {
            reasons: ['GATE_TAMPER_SUSPECTED'],
          });
          await h.gateCompleted(7, check);
        },
      ],
      [
        'issue_comment: first /approve',
        'one authorised approver (listed user), 1/2',
        () => h.comment(7, 'alice', '/approve checked'),
      ],
      [
        'issue_comment: /approve by the author',
        'ignored before any lookup, with feedback',
        () => h.comment(7, AUTHOR, '/approve mine'),
      ],
      [
        'issue_comment: /approve by a team member',
        'one team-membership lookup',
        () => h.comment(7, 'erin', '/approve team'),
      ],
      [
        'issue_comment: replayed delivery',
        'same event again: reads and a reaction, no other write',
        () =>
          h.receive(
            'issue_comment',
            h.commentEvent(
              7,
              h.repo.comments.get(7)!.find((c) => c.user.login === 'erin')!.id,
              'created',
              'erin',
            ),
          ),
      ],
      [
        'issue_comment: no command',
        'filtered before any API call',
        () => h.comment(7, 'bob', 'thanks, looking'),
      ],
      ['pull_request_review.submitted', 'approving review', () => h.review(7, 'bob')],
      [
        'pull_request.synchronize',
        'new head: stale approving review dismissed',
        () => h.push(7, sha('b')),
      ],
    ];
    const eventCalls: number[] = [];
    for (const [name, what, fn] of steps) {
      const c = await calls(h, fn);
      eventCalls.push(c.n);
      log(`${name}: ${c.n} calls ${JSON.stringify(c.routes)}`);
      figures.push({
        name: `app.api_calls.${name
          .replace(/[^a-z0-9]+/gi, '_')
          .replace(/_+$/, '')
          .toLowerCase()}`,
        value: c.n,
        unit: 'calls/event',
        parameters: { event: name, what, routes: c.routes, target: 5 },
      });
    }
    figures.push({
      name: 'app.api_calls.mean_per_event',
      value: eventCalls.reduce((a, b) => a + b, 0) / eventCalls.length,
      unit: 'calls/event',
      parameters: { events: steps.map((s) => s[0]), target: 5 },
    });
  } finally {
    await h.close();
  }

  // Throughput and latency: /approve comments on a paused pull request.
  for (const inFlight of [1, 8]) {
    const t = await startHarness();
    try {
      const head = sha('c');
      t.openPull(9, head);
      await t.receive('pull_request', t.pullRequestEvent(9, 'opened', AUTHOR));
      await t.gateCompleted(
        9,
        await t.gate(head, 'PAUSE_FOR_HITL', { reasons: ['GATE_TAMPER_SUSPECTED'] }),
      );
      const N = 200;
      const ids: number[] = [];
      for (let i = 0; i < N; i++) {
        const id = t.fake.newId();
        const at = t.tick();
        const login = ['alice', 'mallory', AUTHOR, 'dave'][i % 4]!;
        t.repo.comments.set(9, [
          ...(t.repo.comments.get(9) ?? []),
          { id, user: { login }, body: `/approve run ${i}`, created_at: at, updated_at: at },
        ]);
        ids.push(id);
      }
      const before = t.fake.apiRequests().length;
      const latencies: number[] = [];
      const appSide: number[] = [];
      let next = 0;
      const start = performance.now();
      const worker = async (): Promise<void> => {
        while (next < N) {
          const i = next++;
          const id = ids[i]!;
          const login = t.repo.comments.get(9)!.find((c) => c.id === id)!.user.login;
          const s = performance.now();
          const seen = t.fake.requests.length;
          await t.receive('issue_comment', t.commentEvent(9, id, 'created', login));
          const wall = performance.now() - s;
          latencies.push(wall);
          // Without concurrency, the app's own share: wall time minus the fake's answer time.
          if (inFlight === 1)
            appSide.push(wall - t.fake.requests.slice(seen).reduce((n, r) => n + (r.ms ?? 0), 0));
        }
      };
      await Promise.all(Array.from({ length: inFlight }, worker));
      const seconds = (performance.now() - start) / 1000;
      latencies.sort((a, b) => a - b);
      const apiCalls = t.fake.apiRequests().length - before;
      const params = {
        events: N,
        in_flight: inFlight,
        comments_on_pr: N,
        api_calls_per_event: apiCalls / N,
        fake_github: 'loopback HTTP, OpenAPI-validated responses',
        machine: 'shared 2-core',
      };
      log(
        `in flight ${inFlight}: ${(N / seconds).toFixed(1)} events/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, ${(apiCalls / N).toFixed(2)} calls/event`,
      );
      figures.push(
        {
          name: `app.webhook_throughput.in_flight_${inFlight}`,
          value: N / seconds,
          unit: 'events/s',
          parameters: params,
        },
        {
          name: `app.webhook_latency_p50.in_flight_${inFlight}`,
          value: percentile(latencies, 50),
          unit: 'ms',
          parameters: params,
        },
        {
          name: `app.webhook_latency_p99.in_flight_${inFlight}`,
          value: percentile(latencies, 99),
          unit: 'ms',
          parameters: params,
        },
      );
      if (appSide.length > 0) {
        appSide.sort((a, b) => a - b);
        const note =
          'wall time minus the time the fake GitHub spent building and validating its responses';
        log(
          `app side (${note}): p50 ${percentile(appSide, 50).toFixed(1)} ms, p99 ${percentile(appSide, 99).toFixed(1)} ms`,
        );
        figures.push(
          {
            name: 'app.webhook_app_side_p50',
            value: percentile(appSide, 50),
            unit: 'ms',
            parameters: { ...params, note },
          },
          {
            name: 'app.webhook_app_side_p99',
            value: percentile(appSide, 99),
            unit: 'ms',
            parameters: { ...params, note },
          },
        );
      }
    } finally {
      await t.close();
    }
  }
  return figures;
};

export default bench;
