import codebookJson from './codebook.json' with { type: 'json' };
import type { Decision, FinalDecider } from './decision.js';

/** The versioned codebook: closed vocabularies for reason codes, gates, decisions, deciders. */
export const CODEBOOK = codebookJson;

/** A reason code listed in the codebook. */
export type ReasonCode = keyof typeof codebookJson.reason_codes;

/** A gate (or layer) name listed in the codebook. */
export type GateName = keyof typeof codebookJson.gates;

/** True when `value` is a reason code listed in the codebook. */
export function isReasonCode(value: unknown): value is ReasonCode {
  return typeof value === 'string' && Object.hasOwn(codebookJson.reason_codes, value);
}

/** True when `value` is a gate name listed in the codebook. */
export function isGateName(value: unknown): value is GateName {
  return typeof value === 'string' && Object.hasOwn(codebookJson.gates, value);
}

/** The decisions a reason code may accompany, as the codebook lists them. */
export function decisionsFor(code: ReasonCode): readonly Decision[] {
  return (codebookJson.reason_codes[code] as { decisions: Decision[] }).decisions;
}

/** What the codebook allows a reason code to accompany. */
export interface CodebookPairing {
  decisions: readonly Decision[];
  /** The `sealed` values allowed (default `[false]`: only a few stops may be sealed). */
  sealed: readonly boolean[];
  /** Who may decide with this code (default `['SYSTEM']`). */
  final_deciders: readonly FinalDecider[];
}

/** The decisions, sealed values and deciders the codebook allows with `code`. */
export function pairingFor(code: ReasonCode): CodebookPairing {
  const entry = codebookJson.reason_codes[code] as {
    decisions: Decision[];
    sealed?: boolean[];
    final_deciders?: FinalDecider[];
  };
  return {
    decisions: entry.decisions,
    sealed: entry.sealed ?? [false],
    final_deciders: entry.final_deciders ?? ['SYSTEM'],
  };
}
