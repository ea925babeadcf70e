/**
 * `maestro-gate modelcheck` as the dispatch loads it from source (action/cli/main.ts). The built
 * CLI loads ./modelcheck-cached.ts in its place, which runs the same command from its own bundle.
 */
import type { CliIo } from './io.js';
import { loadInvariantIndexLazily } from './invariant-index.js';
import { runModelcheck } from './modelcheck.js';

/** Runs the command; returns the exit code. */
export const modelcheckCommand = (argv: string[], io: CliIo): Promise<number> =>
  runModelcheck(argv, io, { loadInvariantIndex: loadInvariantIndexLazily });
