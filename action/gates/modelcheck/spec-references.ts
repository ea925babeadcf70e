/**
 * Whether a spec's text may name shared invariants, in a module of its own that imports
 * nothing: `maestro-gate modelcheck` asks it before loading the invariant machinery (the
 * invariant gate's loader, its globbing and hashing), which most specs never need.
 */

/** Whether a spec may reference shared invariants by id. */
export function referencesInvariants(text: string): boolean {
  // Loose on purpose: a false positive only loads the index; a miss would misreport an id.
  return /\bid\s*:/.test(text);
}
