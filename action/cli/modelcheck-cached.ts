/**
 * `maestro-gate modelcheck` in the built CLI: scripts/build.ts puts this module in the place of
 * ./modelcheck-loader.ts, so that it is part of the dispatch itself (no chunk to load first).
 * The command runs from its own CommonJS bundle
 * (`dist/cli/modelcheck-<hash>.cjs`, from ./modelcheck-bundle.ts) with the code cache of
 * ./code-cache.ts, which takes most of the start off a small model on every later run. The
 * bundle holds its own copies of the error classes, so what it throws is rethrown as the
 * dispatch's own (a usage error stays exit 64, a coded failure keeps its code).
 */
import { fileURLToPath } from 'node:url';
import { MaestroError } from '../contract/errors.js';
import { loadCachedBundle } from './code-cache.js';
import { loadInvariantIndexLazily } from './invariant-index.js';
import { UsageError, type CliIo } from './io.js';
import type * as Bundle from './modelcheck-bundle.js';

/** The bundle's path from the dispatch (`./cli/modelcheck-<hash>.cjs`); the build defines it. */
declare const __MAESTRO_MODELCHECK_BUNDLE__: string;

/** Loads the command: it is here already. */
export const loadModelcheck = (): Promise<typeof modelcheckCommand> =>
  Promise.resolve(modelcheckCommand);

/** Runs the command; returns the exit code. */
export async function modelcheckCommand(argv: string[], io: CliIo): Promise<number> {
  const file = fileURLToPath(new URL(__MAESTRO_MODELCHECK_BUNDLE__, import.meta.url));
  const bundle = loadCachedBundle<typeof Bundle>(file);
  const b = bundle.exports;
  // The cache keeps what the run compiled, so only a run that searched writes it: one that
  // stopped at the usage or at a spec error would leave a cache without the search's code.
  let searched = false;
  try {
    return await b.runModelcheck(argv, io, {
      loadInvariantIndex: loadInvariantIndexLazily,
      searched: () => void (searched = true),
    });
  } catch (thrown) {
    if (thrown instanceof b.UsageError) throw new UsageError(thrown.message);
    if (thrown instanceof b.MaestroError)
      throw new MaestroError(thrown.code, thrown.message, {
        cause: thrown.cause,
        ...(thrown.location !== undefined ? { location: thrown.location } : {}),
      });
    throw thrown;
  } finally {
    if (searched) bundle.save();
  }
}
