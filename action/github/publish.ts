/**
 * Publishes a gate run to GitHub through the port: the `maestro-gate` check run and the one
 * sticky PR comment.
 *
 * Policy (docs/github.md): publishing never changes the verdict. A token that may not write
 * (fork pull requests get a read-only `GITHUB_TOKEN`) is reported in the log and the job
 * summary and the step's outcome is the verdict's alone. Any other publish failure (GitHub
 * unavailable after retries, a malformed answer) fails the step even when the verdict is RUN,
 * because a required check that silently did not appear is indistinguishable from a gate
 * that did not run.
 */
import type { Decision } from '../contract/decision.js';
import { describeThrown, MaestroError } from '../contract/errors.js';
import type { GateRun } from '../contract/run.js';
import { renderCheckRun } from '../render/check-run.js';
import { decideOutcome, type FailOn } from '../render/outcome.js';
import { renderPrComment } from '../render/pr-comment.js';
import { renderVerdictBundle } from '../approvals/verdict-trust.js';
import {
  CHECK_RUN_NAME,
  GitHubPortError,
  STICKY_COMMENT_MARKER,
  type AttestationPublisher,
  type PullRequestPublisher,
} from './port.js';

/** What happened to one publication. */
export type PublishStatus = 'created' | 'updated' | 'forbidden' | 'failed' | 'skipped';

/** The outcome of publishing, for the log, the summary and the outputs. */
export interface PublishReport {
  checkRun: { status: PublishStatus; id?: number; url?: string | null; message?: string };
  comment: { status: PublishStatus; id?: number; message?: string };
  /** Keyless bundles stored with the attestations API. */
  attestations?: { status: PublishStatus; ids?: number[]; message?: string };
}

/** Where to publish. */
export interface PublishTarget {
  /** The commit the check run is attached to (the pull request head, or the pushed commit). */
  headSha: string;
  /** The pull request; absent for push events (no comment). */
  pull?: number;
  workflowRunUrl?: string;
  /** The evidence summary, appended to the check run and the comment. */
  evidenceMarkdown?: string;
  /** Keyless Sigstore bundles to store with the attestations API. */
  attestations?: { predicateType: string; body: { bundle: unknown } }[];
  /** The signed verdict bundle (JSON text): carried in the check run for the approval app. */
  verdictBundle?: string;
  /** The gated directory relative to the repository root (`working-directory`), for annotation paths. */
  sourceRoot?: string;
}

function failure(thrown: unknown): { status: PublishStatus; message: string } {
  if (thrown instanceof GitHubPortError && thrown.kind === 'forbidden') {
    return { status: 'forbidden', message: thrown.message };
  }
  return { status: 'failed', message: describeThrown(thrown) };
}

/** Publishes the check run and the sticky comment; never throws. */
export async function publishRun(
  port: PullRequestPublisher & AttestationPublisher,
  run: GateRun,
  target: PublishTarget,
): Promise<PublishReport> {
  const report: PublishReport = { checkRun: { status: 'skipped' }, comment: { status: 'skipped' } };
  const check = renderCheckRun(
    run,
    target.evidenceMarkdown,
    target.sourceRoot ? { sourceRoot: target.sourceRoot } : {},
  );
  try {
    const created = await port.createCheckRun({
      name: CHECK_RUN_NAME,
      head_sha: target.headSha,
      conclusion: check.conclusion,
      title: check.title,
      summary: check.summary,
      // The bundle first: if the text must be cut, the readable verdict JSON goes, not the
      // signature the approval app verifies.
      text: target.verdictBundle
        ? `${renderVerdictBundle(target.verdictBundle)}\n${check.text}`.slice(0, 65_535)
        : check.text,
      // The step already annotates every finding; repeating them on the check run would show
      // each one twice in the diff view.
      external_id: run.run_id,
    });
    report.checkRun = { status: 'created', id: created.id, url: created.html_url };
  } catch (thrown) {
    report.checkRun = failure(thrown);
  }
  if (target.pull !== undefined) {
    try {
      const body = renderPrComment(run, STICKY_COMMENT_MARKER, {
        checkRunUrl: report.checkRun.url ?? null,
        ...(target.workflowRunUrl ? { workflowRunUrl: target.workflowRunUrl } : {}),
        ...(target.evidenceMarkdown ? { appendix: target.evidenceMarkdown } : {}),
      });
      const done = await port.upsertStickyComment(target.pull, STICKY_COMMENT_MARKER, body);
      report.comment = { status: done.action, id: done.id };
    } catch (thrown) {
      report.comment = failure(thrown);
    }
  }
  if (target.attestations?.length) {
    const ids: number[] = [];
    try {
      for (const a of target.attestations) {
        if (typeof a.body.bundle !== 'object' || a.body.bundle === null) {
          throw new MaestroError(
            'EVIDENCE_WRITE_FAILED',
            `the ${a.predicateType} bundle is not an object`,
          );
        }
        ids.push((await port.createAttestation(a.body.bundle as Record<string, unknown>)).id);
      }
      report.attestations = { status: 'created', ids };
    } catch (thrown) {
      report.attestations = { ...failure(thrown), ids };
    }
  }
  return report;
}

/** True when a publication failed for a reason other than a read-only token. */
export function publishFailed(report: PublishReport): boolean {
  return (
    report.checkRun.status === 'failed' ||
    report.comment.status === 'failed' ||
    report.attestations?.status === 'failed'
  );
}

/** True when the token could not write (a fork pull request, or missing permissions). */
export function publishForbidden(report: PublishReport): boolean {
  return (
    report.checkRun.status === 'forbidden' ||
    report.comment.status === 'forbidden' ||
    report.attestations?.status === 'forbidden'
  );
}

/**
 * The step's outcome for a publish report: the one rule (`decideOutcome`) applied with "did
 * publishing fail?". A read-only token never changes the outcome, in either direction.
 */
export function stepFailure(
  decision: Decision,
  failOn: FailOn,
  report: PublishReport | undefined,
): 'verdict' | 'publish' | undefined {
  return decideOutcome(decision, failOn, report !== undefined && publishFailed(report)).failure;
}

/** Lines for the log and the job summary that say what was (not) published and why. */
export function describePublish(report: PublishReport): string[] {
  const lines: string[] = [];
  const say = (what: string, r: { status: PublishStatus; message?: string }): void => {
    switch (r.status) {
      case 'created':
      case 'updated':
        lines.push(`${what}: ${r.status}.`);
        break;
      case 'skipped':
        break;
      case 'forbidden':
        lines.push(
          `${what}: not published — the token is read-only (a fork pull request, or the workflow lacks the permission). The verdict above stands and decides this step.`,
        );
        break;
      case 'failed':
        lines.push(`${what}: publishing failed (${r.message ?? 'unknown error'}).`);
        break;
    }
  };
  say('Check run maestro-gate', report.checkRun);
  say('Pull-request comment', report.comment);
  if (report.attestations) {
    const ids = report.attestations.ids ?? [];
    say(`Attestations${ids.length ? ` (${ids.join(', ')})` : ''}`, report.attestations);
  }
  return lines;
}
