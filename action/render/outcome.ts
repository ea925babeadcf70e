/** The one exit-code rule: how a verdict (and `fail-on`) ends a CLI process or an Action step. */
import type { Decision } from '../contract/decision.js';

/** The `fail-on` setting: does `PAUSE_FOR_HITL` fail the step, or only `STOPPED`? */
export type FailOn = 'paused' | 'stopped';

/** Default `fail-on`: a pause fails the step until a human approves. */
export const DEFAULT_FAIL_ON: FailOn = 'paused';

/** How a run ends. */
export interface RunOutcome {
  /** The process exit code: 0 `RUN`, 2 `PAUSE_FOR_HITL`, 1 `STOPPED` or no verdict at all. */
  exitCode: 0 | 1 | 2;
  /** Why the step fails, if it does: the verdict, or a failed publication of it. */
  failure: 'verdict' | 'publish' | undefined;
}

/**
 * Decides the exit code and the step failure from the verdict, `fail-on` and whether
 * publishing the verdict failed (for a reason other than a read-only token). The verdict fails
 * the step first (`STOPPED` always, `PAUSE_FOR_HITL` unless `fail-on: stopped`); a publish
 * failure fails a step the verdict let pass, because a required check that silently did not
 * appear is indistinguishable from a gate that did not run.
 */
export function decideOutcome(
  decision: Decision | undefined,
  failOn: FailOn = DEFAULT_FAIL_ON,
  publishFailed = false,
): RunOutcome {
  switch (decision) {
    case 'RUN':
      return { exitCode: 0, failure: publishFailed ? 'publish' : undefined };
    case 'PAUSE_FOR_HITL':
      return {
        exitCode: 2,
        failure: failOn === 'paused' ? 'verdict' : publishFailed ? 'publish' : undefined,
      };
    case 'STOPPED':
    case undefined:
      return { exitCode: 1, failure: 'verdict' };
  }
}

/** The CLI's exit code for a verdict (`undefined`: no verdict could be reached). */
export function exitCodeFor(decision: Decision | undefined): 0 | 1 | 2 {
  return decideOutcome(decision).exitCode;
}

/** True when `value` is a valid `fail-on` setting. */
export function isFailOn(value: string): value is FailOn {
  return value === 'paused' || value === 'stopped';
}
