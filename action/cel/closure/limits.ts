/** The one set of CEL limits, applied by every caller (invariant gate, model checker, runtime). */

/** Default maximum expression length, in UTF-16 code units. */
export const DEFAULT_MAX_LENGTH = 4096;
/** Default maximum AST nesting depth (the parser's macro expansion counts). */
export const DEFAULT_MAX_DEPTH = 32;
/** Default maximum nesting of macros (`all`, `exists`, `exists_one`, `map`, `filter`). */
export const DEFAULT_MAX_COMPREHENSION_NESTING = 2;
/** Default time limit of one evaluation of a program that contains macros, in milliseconds. */
export const DEFAULT_MAX_EVAL_MS = 250;
/**
 * Default cost budget of one evaluation: loop iterations plus elements built by extension
 * functions. Ten million units take well under a second; `ids.all(a, ids.exists_one(b, b == a))`
 * over 100,000 ids would need ten billion.
 */
export const DEFAULT_MAX_COST = 10_000_000;
/** Loop iterations between two clock readings when a deadline is set. */
export const CLOCK_EVERY = 4096;

/** Limits of one compilation; every field defaults to the constant above. */
export interface CelLimits {
  maxLength?: number;
  maxDepth?: number;
  maxComprehensionNesting?: number;
  maxEvalMs?: number;
  maxCost?: number;
}
