import type { Decision } from '../contract/decision.js';

/**
 * The one exit-code rule: 0 `RUN`, 2 `PAUSE_FOR_HITL`, 1 `STOPPED` (and 1 for any failure to
 * produce a verdict at all).
 */
export function exitCodeFor(decision: Decision | undefined): 0 | 1 | 2 {
  switch (decision) {
    case 'RUN':
      return 0;
    case 'PAUSE_FOR_HITL':
      return 2;
    case 'STOPPED':
    case undefined:
      return 1;
  }
}
