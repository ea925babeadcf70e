/**
 * How the dispatch (./main.ts) gets `maestro-gate modelcheck`: from source, a dynamic import of
 * ./modelcheck.ts. The built CLI has ./modelcheck-cached.ts in this module's place
 * (scripts/build.ts), which runs the command from its own bundle with a code cache.
 */
import { loadInvariantIndexLazily } from './invariant-index.js';
import type { CliIo } from './io.js';

/** Loads the command. */
export const loadModelcheck = async (): Promise<(argv: string[], io: CliIo) => Promise<number>> => {
  const { runModelcheck } = await import('./modelcheck.js');
  return (argv, io) => runModelcheck(argv, io, { loadInvariantIndex: loadInvariantIndexLazily });
};
