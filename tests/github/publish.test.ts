import { describe, expect, it } from 'vitest';
import type { Decision } from '../../action/contract/decision.js';
import type { GateResult } from '../../action/contract/gate-result.js';
import { GitHubPortError, STICKY_COMMENT_MARKER } from '../../action/github/port.js';
import {
  describePublish,
  publishFailed,
  publishForbidden,
  publishRun,
  stepFailure,
  type PublishReport,
} from '../../action/github/publish.js';
import { createStaticPort } from '../../action/github/static-port.js';
import type { GateRun } from '../../action/contract/run.js';
import {
  CHECK_ANNOTATION_LIMIT,
  CHECK_OUTPUT_LIMIT,
  VERDICT_JSON_BEGIN,
  conclusionFor,
  renderCheckRun,
  truncate,
} from '../../action/render/check-run.js';
import { COMMENT_LIMIT, renderPrComment } from '../../action/render/pr-comment.js';

const HEAD = 'b'.repeat(40);

function gate(decision: Decision, extra: Partial<GateResult> = {}): GateResult {
  return {
    gate: 'opa',
    decision,
    reason_code: decision === 'RUN' ? 'OK' : 'GATE_ERROR',
    sealed: false,
    overrideable: decision === 'PAUSE_FOR_HITL',
    final_decider: 'SYSTEM',
    findings: [],
    inputs_digest: 'sha256:00',
    duration_ms: 1,
    ...extra,
  };
}

function gateRun(decision: Decision, gates: GateResult[] = [gate(decision)]): GateRun {
  return {
    schema_version: 1,
    tool: { name: 'maestro-gate', version: '0.0.0' },
    run_id: 'run-1',
    started_at: '2026-11-20T10:00:00.000Z',
    head_dir: '/h',
    base_dir: '/b',
    config_file: '.github/maestro.yml',
    verdict: {
      decision,
      sealed: false,
      overrideable: decision === 'PAUSE_FOR_HITL',
      final_decider: 'SYSTEM',
      reason_codes: [gates[0]!.reason_code],
      required_approvals: decision === 'PAUSE_FOR_HITL' ? 1 : 0,
      approver_groups: [],
    },
    gates,
    evidence: { dir: '/e', audit_log: '/e/audit.jsonl', audit_head: 'sha256:ab', files: [] },
  };
}

const PR = {
  number: 5,
  title: 't',
  author: 'octocat',
  draft: false,
  labels: [],
  base: { ref: 'main', sha: 'a'.repeat(40) },
  head: { ref: 'f', sha: HEAD },
  repository: 'o/r',
};

describe('check-run renderer', () => {
  it.each([
    ['RUN', 'success'],
    ['PAUSE_FOR_HITL', 'action_required'],
    ['STOPPED', 'failure'],
  ] as const)('%s → %s', (decision, conclusion) => {
    expect(conclusionFor(decision)).toBe(conclusion);
    expect(renderCheckRun(gateRun(decision)).conclusion).toBe(conclusion);
  });

  it('carries the verdict JSON and says which results were reused', () => {
    const run = gateRun('RUN', [gate('RUN', { reused: true, gate: 'modelcheck' }), gate('RUN')]);
    const out = renderCheckRun(run);
    expect(out.text).toContain('Reused cached results for: modelcheck');
    const json = JSON.parse(
      /```json\n([\s\S]*?)\n```/.exec(out.text.split(VERDICT_JSON_BEGIN)[1]!)![1]!,
    ) as { verdict: unknown; gates: { reused: boolean }[] };
    expect(json.verdict).toEqual(run.verdict);
    expect(json.gates.map((g) => g.reused)).toEqual([true, false]);
    expect(renderCheckRun(gateRun('RUN')).text).toContain('No cached result was reused');
  });

  it('caps annotations at 50 and the output at 65535 characters', () => {
    const findings = Array.from({ length: 80 }, (_, i) => ({
      message: 'x'.repeat(2000),
      level: 'error' as const,
      file: `f${i}.ts`,
      line: i + 1,
    }));
    const out = renderCheckRun(gateRun('STOPPED', [gate('STOPPED', { findings })]));
    expect(out.annotations).toHaveLength(CHECK_ANNOTATION_LIMIT);
    expect(out.annotations[0]).toMatchObject({
      path: 'f0.ts',
      start_line: 1,
      annotation_level: 'failure',
    });
    expect(out.summary.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT);
    expect(truncate('y'.repeat(70_000), CHECK_OUTPUT_LIMIT)).toHaveLength(CHECK_OUTPUT_LIMIT);
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('sticky comment renderer', () => {
  it('starts with the marker, links the check run and the workflow run, stays under the limit', () => {
    const body = renderPrComment(gateRun('PAUSE_FOR_HITL'), STICKY_COMMENT_MARKER, {
      checkRunUrl: 'https://github.com/o/r/runs/1',
      workflowRunUrl: 'https://github.com/o/r/actions/runs/2',
    });
    expect(body.startsWith(`${STICKY_COMMENT_MARKER}\n`)).toBe(true);
    expect(body).toContain('[Check run](https://github.com/o/r/runs/1)');
    expect(body).toContain('actions/runs/2');
    const huge = gateRun('STOPPED', [
      gate('STOPPED', {
        findings: Array.from({ length: 20 }, () => ({
          message: 'z'.repeat(10_000),
          level: 'error' as const,
        })),
        cards: [
          {
            title: 'c',
            decision: 'STOPPED',
            reasons: ['r'.repeat(90_000)],
            evidence: {},
            to_change: 'x',
          },
        ],
      }),
    ]);
    expect(renderPrComment(huge, STICKY_COMMENT_MARKER).length).toBeLessThanOrEqual(COMMENT_LIMIT);
  });
});

describe('publishRun', () => {
  it('creates the check run on the head SHA and one comment; a second run updates it', async () => {
    const port = createStaticPort({ pullRequest: PR });
    const first = await publishRun(port, gateRun('RUN'), { headSha: HEAD, pull: 5 });
    const second = await publishRun(port, gateRun('RUN'), { headSha: HEAD, pull: 5 });
    expect(first.checkRun.status).toBe('created');
    expect(first.comment.status).toBe('created');
    expect(second.comment).toEqual({ status: 'updated', id: first.comment.id });
    expect(port.written.checkRuns.map((c) => [c.name, c.head_sha, c.conclusion])).toEqual([
      ['maestro-gate', HEAD, 'success'],
      ['maestro-gate', HEAD, 'success'],
    ]);
    expect(
      (await port.listComments(5)).filter((c) => c.body.startsWith(STICKY_COMMENT_MARKER)),
    ).toHaveLength(1);
  });

  it('a push (no pull request) publishes only the check run', async () => {
    const port = createStaticPort();
    const report = await publishRun(port, gateRun('STOPPED'), { headSha: HEAD });
    expect(report.comment.status).toBe('skipped');
    expect(port.written.checkRuns[0]!.conclusion).toBe('failure');
  });

  it('a read-only token is "forbidden", not a failure, and says so', async () => {
    const port = createStaticPort({ pullRequest: PR, canWrite: false });
    const report = await publishRun(port, gateRun('STOPPED'), { headSha: HEAD, pull: 5 });
    expect(report.checkRun.status).toBe('forbidden');
    expect(report.comment.status).toBe('forbidden');
    expect(publishForbidden(report)).toBe(true);
    expect(publishFailed(report)).toBe(false);
    expect(describePublish(report).join('\n')).toMatch(/read-only .* verdict above stands/);
  });

  it('GitHub failing (or throwing a non-Error) is a failure and never throws out', async () => {
    const port = createStaticPort({ pullRequest: PR });
    port.createCheckRun = () =>
      Promise.reject(
        new GitHubPortError('unavailable', 'checks.create', 'HTTP 502', { status: 502 }),
      );
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    port.upsertStickyComment = () => Promise.reject('a string');
    const report = await publishRun(port, gateRun('RUN'), { headSha: HEAD, pull: 5 });
    expect(report.checkRun).toMatchObject({ status: 'failed', message: 'HTTP 502' });
    expect(report.comment).toMatchObject({ status: 'failed', message: 'a string' });
    expect(publishFailed(report)).toBe(true);
  });
});

describe('stepFailure: the one rule for the step outcome', () => {
  const ok: PublishReport = { checkRun: { status: 'created' }, comment: { status: 'created' } };
  const forbidden: PublishReport = {
    checkRun: { status: 'forbidden' },
    comment: { status: 'forbidden' },
  };
  const failed: PublishReport = { checkRun: { status: 'failed' }, comment: { status: 'created' } };
  it.each([
    ['RUN', 'paused', ok, undefined],
    ['RUN', 'paused', forbidden, undefined],
    ['RUN', 'paused', failed, 'publish'],
    ['RUN', 'paused', undefined, undefined],
    ['PAUSE_FOR_HITL', 'paused', ok, 'verdict'],
    ['PAUSE_FOR_HITL', 'stopped', ok, undefined],
    ['PAUSE_FOR_HITL', 'stopped', failed, 'publish'],
    ['STOPPED', 'stopped', ok, 'verdict'],
    ['STOPPED', 'paused', forbidden, 'verdict'],
    ['STOPPED', 'paused', failed, 'verdict'],
  ] as const)('%s, fail-on %s → %s', (decision, failOn, report, expected) => {
    expect(stepFailure(decision, failOn, report)).toBe(expected);
  });
});

describe('publishRun: attestations and the evidence summary', () => {
  const bundle = { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' };
  const attestations = [
    { predicateType: 'https://slsa.dev/provenance/v1', body: { bundle } },
    { predicateType: 'https://maestro-gate.dev/verdict/v1', body: { bundle } },
  ];

  it('stores every keyless bundle and appends the evidence summary', async () => {
    const port = createStaticPort({ pullRequest: PR });
    const report = await publishRun(port, gateRun('RUN'), {
      headSha: HEAD,
      pull: 5,
      evidenceMarkdown: '### Maestro Gate evidence',
      attestations,
    });
    expect(report.attestations).toEqual({ status: 'created', ids: [1, 2] });
    expect(port.written.attestations).toEqual([bundle, bundle]);
    expect(port.written.checkRuns[0]!.summary).toContain('### Maestro Gate evidence');
    expect(port.written.comments[0]!.body).toContain('### Maestro Gate evidence');
    expect(describePublish(report).join('\n')).toContain('Attestations (1, 2): created.');
  });

  it('a read-only token cannot attest: forbidden, not failed', async () => {
    const port = createStaticPort({ pullRequest: PR, canWrite: false });
    const report = await publishRun(port, gateRun('RUN'), { headSha: HEAD, attestations });
    expect(report.attestations?.status).toBe('forbidden');
    expect(stepFailure('RUN', 'paused', report)).toBeUndefined();
  });

  it('a malformed bundle or a GitHub error is a publish failure', async () => {
    const port = createStaticPort({ pullRequest: PR });
    const bad = await publishRun(port, gateRun('RUN'), {
      headSha: HEAD,
      attestations: [{ predicateType: 'x', body: { bundle: null } }],
    });
    expect(bad.attestations).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/not an object/) as unknown,
    });
    expect(stepFailure('RUN', 'paused', bad)).toBe('publish');
  });
});
