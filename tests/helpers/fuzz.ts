/**
 * How many cases a fuzz property runs: `base` in CI and `npm test`, or `FUZZ_RUNS` (for
 * `npm run fuzz`, which sets it) when that is larger.
 */
export function fuzzRuns(base: number): number {
  const env = Number(process.env['FUZZ_RUNS']);
  return Number.isSafeInteger(env) && env > base ? env : base;
}
