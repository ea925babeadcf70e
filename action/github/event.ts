/**
 * Reads the workflow's event payload (`GITHUB_EVENT_PATH`) into pull-request facts. The
 * payload is the runner's, not the pull request's: its fields are still checked, because a
 * missing or malformed SHA must stop the run rather than select the wrong base.
 */
import { readFileSync } from 'node:fs';
import { describeThrown, MaestroError } from '../contract/errors.js';
import type { PullRequestFacts } from '../contract/pr-facts.js';

/** What the Action needs from the event. */
export interface ActionEvent {
  name: string;
  /** Present for `pull_request` and `pull_request_target` events. */
  pullRequest?: PullRequestFacts;
  /** Files GitHub says the pull request changes (`changed_files`), when the payload has it. */
  changedFilesCount?: number;
  /**
   * For `merge_group` events (merge queues): the queue's base and head commits. The merge
   * group's head contains the queued pull requests' changes, so configuration is read from
   * its base, as for a pull request.
   */
  mergeGroup?: { baseSha: string; headSha: string; baseRef: string };
}

const SHA = /^[0-9a-f]{40}$/;

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function obj(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** Maps a webhook `pull_request` object to `PullRequestFacts`; throws on a malformed one. */
export function pullRequestFromPayload(raw: unknown, where: string): PullRequestFacts {
  const pr = obj(raw);
  const base = obj(pr['base']);
  const head = obj(pr['head']);
  const baseRepo = str(obj(base['repo'])['full_name']);
  const headRepo = str(obj(head['repo'])['full_name']);
  const number = pr['number'];
  const baseSha = str(base['sha']);
  const headSha = str(head['sha']);
  const problems: string[] = [];
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1)
    problems.push('number is not a positive integer');
  if (!baseSha || !SHA.test(baseSha)) problems.push('base.sha is not a 40-hex commit SHA');
  if (!headSha || !SHA.test(headSha)) problems.push('head.sha is not a 40-hex commit SHA');
  if (!baseRepo) problems.push('base.repo.full_name is missing');
  if (problems.length > 0) {
    throw new MaestroError(
      'PR_FACTS_UNAVAILABLE',
      `${where}: the pull_request payload is malformed (${problems.join('; ')})`,
    );
  }
  const labels = Array.isArray(pr['labels'])
    ? pr['labels'].map((l) => str(obj(l)['name'])).filter((l): l is string => l !== undefined)
    : [];
  return {
    number: number as number,
    title: str(pr['title']) ?? '',
    author: str(obj(pr['user'])['login']) ?? '',
    draft: pr['draft'] === true,
    labels,
    base: { ref: str(base['ref']) ?? '', sha: baseSha! },
    head: { ref: str(head['ref']) ?? '', sha: headSha! },
    repository: baseRepo!,
    ...(headRepo ? { head_repository: headRepo } : {}),
    // A deleted head repository is reported as null: treat it as a fork (least trust).
    fork: headRepo !== baseRepo,
  };
}

/** Reads and checks the event payload. No `GITHUB_EVENT_PATH` means a local run. */
export function readActionEvent(env: Record<string, string | undefined>): ActionEvent {
  const name = env['GITHUB_EVENT_NAME'] ?? '';
  const path = env['GITHUB_EVENT_PATH'];
  if (!path) return { name };
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch (thrown) {
    throw new MaestroError(
      'PR_FACTS_UNAVAILABLE',
      `cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${describeThrown(thrown)}`,
      { cause: thrown },
    );
  }
  if (name === 'merge_group') {
    const group = obj(obj(payload)['merge_group']);
    const baseSha = str(group['base_sha']);
    const headSha = str(group['head_sha']);
    if (!baseSha || !SHA.test(baseSha) || !headSha || !SHA.test(headSha)) {
      throw new MaestroError(
        'PR_FACTS_UNAVAILABLE',
        `${path}: the merge_group payload has no valid base_sha/head_sha (40-hex commit SHAs)`,
      );
    }
    return {
      name,
      mergeGroup: { baseSha, headSha, baseRef: str(group['base_ref']) ?? '' },
    };
  }
  const raw = obj(payload)['pull_request'];
  const isPullEvent = name === 'pull_request' || name === 'pull_request_target';
  if (raw === undefined) {
    if (isPullEvent) {
      throw new MaestroError(
        'PR_FACTS_UNAVAILABLE',
        `${path}: a ${name} event without a pull_request object`,
      );
    }
    return { name };
  }
  const count = obj(raw)['changed_files'];
  return {
    name,
    pullRequest: pullRequestFromPayload(raw, path),
    ...(typeof count === 'number' ? { changedFilesCount: count } : {}),
  };
}
