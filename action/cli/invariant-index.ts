/**
 * The model-check command's invariant index, loaded on first use: the invariant gate's loader
 * behind it is imported only for a spec that may name shared invariants, so most specs start
 * without that code.
 */
import type { InvariantIndexLoader } from './modelcheck.js';

/** Imports the invariant loader and reads the index of `dir`. */
export const loadInvariantIndexLazily: InvariantIndexLoader = async (dir, cwd) =>
  (await import('../gates/modelcheck/spec-files.js')).loadInvariantIndex(dir, cwd);
