/**
 * How the dispatch (./main.ts) gets `maestro-gate modelcheck`: from source, a dynamic import of
 * ./modelcheck-command.ts. The built CLI has ./modelcheck-cached.ts in this module's place
 * (scripts/build.ts), which runs the command from its own bundle with a code cache.
 */
import type { CliIo } from './io.js';

/** Loads the command. */
export const loadModelcheck = async (): Promise<(argv: string[], io: CliIo) => Promise<number>> =>
  (await import('./modelcheck-command.js')).modelcheckCommand;
