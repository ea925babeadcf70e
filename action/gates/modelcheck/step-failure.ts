/** The failure raised inside the search when a successor cannot be generated. */
import type { SourceLocation } from '../../contract/errors.js';
import { DomainError } from './domain.js';
import type { Action } from './model.js';

/** Raised inside the search for a violation found while generating a successor. */
export class StepFailure extends Error {
  /** The transition being taken when it failed, when it failed inside one. */
  step: { action: Action; tuple: unknown[] } | undefined;
  constructor(
    readonly kind: 'domain' | 'eval',
    message: string,
    readonly location: SourceLocation,
  ) {
    super(message);
  }
}

/** Wraps what an expression threw while evaluating `what` at `loc` as a `StepFailure`. */
export function evalFailure(thrown: unknown, loc: SourceLocation, what: string): StepFailure {
  if (thrown instanceof DomainError)
    return new StepFailure('domain', `${what}: ${thrown.message}`, loc);
  const msg = thrown instanceof Error ? thrown.message : String(thrown);
  return new StepFailure('eval', `${what}: ${msg}`, loc);
}
