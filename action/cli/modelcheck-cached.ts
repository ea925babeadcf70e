/**
 * `maestro-gate modelcheck` in the built CLI: scripts/build.ts puts this module in the place of
 * ./modelcheck-command.ts. The command runs from its own CommonJS bundle
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

/** The bundle's file name beside this chunk; the build defines it. */
declare const __MAESTRO_MODELCHECK_BUNDLE__: string;

/** Runs the command; returns the exit code. */
export async function modelcheckCommand(argv: string[], io: CliIo): Promise<number> {
  const file = fileURLToPath(new URL(__MAESTRO_MODELCHECK_BUNDLE__, import.meta.url));
  const bundle = loadCachedBundle<typeof Bundle>(file);
  const b = bundle.exports;
  try {
    return await b.runModelcheck(argv, io, loadInvariantIndexLazily);
  } catch (thrown) {
    if (thrown instanceof b.UsageError) throw new UsageError(thrown.message);
    if (thrown instanceof b.MaestroError)
      throw new MaestroError(thrown.code, thrown.message, {
        cause: thrown.cause,
        ...(thrown.location !== undefined ? { location: thrown.location } : {}),
      });
    throw thrown;
  } finally {
    bundle.save();
  }
}
