/**
 * The base branch of an Action run and whether it is protected. Unknown means strict: a
 * pull-request or merge-group event without a base branch name, or a protection status
 * GitHub does not report (no token, a failed or refused call), is treated as a protected
 * branch, and the run says so in a note.
 */
import { describeThrown } from '../contract/errors.js';
import type { ActionEvent } from './event.js';
import type { GitHubPort } from './port.js';

/** The base branch as the evidence policy needs it. */
export interface BaseBranch {
  /** The branch name (without `refs/heads/`), or a description when it is unknown. */
  ref: string | undefined;
  /** `true` when GitHub reports it protected, or when that is unknown; absent for local runs. */
  protected?: boolean;
  /** What was unknown and treated as strict, one line each. */
  notes: string[];
}

/** Shown as the base branch name when the event does not name one. */
export const UNKNOWN_BASE_REF = '(unknown base branch)';

/** Works out the base branch of `event`, asking `port` for its protection status. */
export async function baseBranchOf(
  event: ActionEvent,
  port: Pick<GitHubPort, 'getBranchProtected'> | undefined,
): Promise<BaseBranch> {
  const pr = event.pullRequest;
  const group = event.mergeGroup;
  if (!pr && !group) return { ref: undefined, notes: [] };
  const named = (pr ? pr.base.ref : group!.baseRef).replace(/^refs\/heads\//, '');
  if (named === '') {
    return {
      ref: UNKNOWN_BASE_REF,
      protected: true,
      notes: [
        `the ${event.name || 'workflow'} event names no base branch (base.ref is missing): the base is treated as a protected branch`,
      ],
    };
  }
  if (port?.getBranchProtected === undefined) {
    return {
      ref: named,
      protected: true,
      notes: [
        `the protection status of ${named} is unknown (no token to ask GitHub): it is treated as protected`,
      ],
    };
  }
  try {
    return { ref: named, protected: await port.getBranchProtected(named), notes: [] };
  } catch (thrown) {
    return {
      ref: named,
      protected: true,
      notes: [
        `the protection status of ${named} is unknown (${describeThrown(thrown)}): it is treated as protected`,
      ],
    };
  }
}
