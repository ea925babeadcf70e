/**
 * How many cases a fuzz property runs: `base` in CI and `npm test`, or `FUZZ_RUNS` (for
 * `npm run fuzz`, which sets it) when that is larger.
 */
export function fuzzRuns(base: number): number {
  const env = Number(process.env['FUZZ_RUNS']);
  return Number.isSafeInteger(env) && env > base ? env : base;
}

/** Time limit of one fuzz test: generous in CI (a shared machine), an hour under `npm run fuzz`. */
export const FUZZ_TIMEOUT_MS = process.env['FUZZ_RUNS'] === undefined ? 300_000 : 3_600_000;
