/**
 * Each isolated gate's module, loaded on demand: a gate's worker thread imports its own gate
 * and nothing else (the registry imports every gate, which a worker would pay for on every
 * start). Every gate of `allGates` has a line here; a test checks the two lists agree.
 */
import type { Gate } from '../contract/gate.js';
import type { GateDeps } from './registry.js';

type GateLoader = (deps: GateDeps) => Promise<Gate>;

/** One line per gate module, as in the registry; a literal path, so the bundler splits there. */
const loaders: Record<string, GateLoader> = {
  // @gate:invariants
  invariants: async () => (await import('./invariants/index.js')).createInvariantsGate(),
  // @gate:modelcheck
  modelcheck: async () => (await import('./modelcheck/index.js')).createModelcheckGate(),
  // @gate:ope
  ope: async () => (await import('./ope/index.js')).createOpeGate(),
  // @gate:opa
  opa: async (deps) =>
    (await import('./opa/index.js')).createOpaGate(
      deps.opaToolchain ? { toolchain: deps.opaToolchain } : {},
    ),
};

/** The names of the gates a worker can load. */
export function loadableGates(): string[] {
  return Object.keys(loaders);
}

/** The gate named `name`, its module imported now; `undefined` for a name no gate has. */
export async function loadGate(name: string, deps: GateDeps = {}): Promise<Gate | undefined> {
  const load = Object.hasOwn(loaders, name) ? loaders[name] : undefined;
  return load ? await load(deps) : undefined;
}
