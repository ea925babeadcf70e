/** The `gates.modelcheck` configuration section and its defaults. */
import type { Decision } from '../../contract/decision.js';

/** The validated `gates.modelcheck` section. */
export interface ModelcheckConfig {
  enabled?: boolean;
  specs?: string[];
  invariants_dir?: string;
  critical_bound_action?: 'PAUSE_FOR_HITL' | 'STOPPED';
  bound_action?: Decision;
  max_states?: number;
  max_depth?: number;
  time_seconds?: number;
  /** Worker threads of the search (default 1). */
  workers?: number;
  tlc?: { enabled?: boolean; jar?: string; java?: string; library?: string[]; workers?: number };
}

/** Default bound on distinct states per spec. */
export const DEFAULT_MAX_STATES = 2_000_000;
/** Default time bound per spec, in seconds. */
export const DEFAULT_TIME_SECONDS = 30;
