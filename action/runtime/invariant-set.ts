/** Loading invariants for the runtime (the gate's own loader) and the process-wide default set. */
import { MaestroError } from '../contract/errors.js';
import {
  compileInvariantTexts,
  loadInvariants,
  type InvariantText,
  type LoadOptions,
} from '../gates/invariants/loader.js';
import type { CompiledInvariant, InvariantSet } from '../gates/invariants/model.js';

/**
 * Loads invariants from files, directories or globs relative to `root` (default: the current
 * directory), with the gate's loader. Throws `MaestroError` (reason codes `INV_*`).
 */
export function loadInvariantSet(
  paths: string | readonly string[],
  opts: LoadOptions & { root?: string } = {},
): InvariantSet {
  return loadInvariants(
    opts.root ?? process.cwd(),
    typeof paths === 'string' ? [paths] : paths,
    opts,
  );
}

/** Compiles invariants from YAML text (no file system), e.g. bundled with the service. */
export function invariantSetFromText(
  texts: readonly InvariantText[],
  opts: LoadOptions = {},
): InvariantSet {
  return compileInvariantTexts(texts, opts);
}

let defaultSet: InvariantSet | undefined;

/** Sets the invariant set used by guards and decorators that are given none. */
export function configureInvariants(set: InvariantSet | undefined): void {
  defaultSet = set;
}

/** The invariants `ids` of `set` (or of the configured set). Throws `MaestroError`. */
export function resolveInvariants(
  set: InvariantSet | undefined,
  ids: readonly string[],
): CompiledInvariant[] {
  const s = set ?? defaultSet;
  if (s === undefined) {
    throw new MaestroError(
      'INV_NONE_FOUND',
      'maestro-gate/runtime: no invariants configured. Call configureInvariants(loadInvariantSet("invariants")) at start-up, or pass { set }.',
    );
  }
  return ids.map((id) => {
    const inv = s.byId.get(id);
    if (inv === undefined)
      throw new MaestroError('INV_UNKNOWN_ID', `maestro-gate/runtime: unknown invariant ${id}`);
    return inv;
  });
}

/** True when {@link configureInvariants} has set a default. */
export function hasDefaultSet(): boolean {
  return defaultSet !== undefined;
}
