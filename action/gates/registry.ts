import type { Gate } from '../contract/gate.js';
import type { OpaToolchain } from './opa/toolchain.js';
import { createInvariantsGate } from './invariants/index.js';
import { createOpaGate } from './opa/index.js';
import { createModelcheckGate } from './modelcheck/index.js';
import { createOpeGate } from './ope/index.js';

/** What the edge (CLI, Action) hands the gates: tools resolved outside them. */
export interface GateDeps {
  /** The `opa` CLI the OPA gate compiles policies with (and the OPE gate its Rego routing policies). */
  opaToolchain?: OpaToolchain;
}

/**
 * Every gate Maestro Gate knows, in the order they run. Gates that read other gates' results
 * (the OPA gate sees them in its input document) come after those gates.
 * Each line below is owned by one gate module.
 */
export function allGates(deps: GateDeps = {}): Gate[] {
  const gates: Gate[] = [];
  gates.push(createInvariantsGate()); // @gate:invariants
  gates.push(createModelcheckGate()); // @gate:modelcheck
  gates.push(createOpeGate(deps.opaToolchain ? { toolchain: deps.opaToolchain } : {})); // @gate:ope
  gates.push(createOpaGate(deps.opaToolchain ? { toolchain: deps.opaToolchain } : {})); // @gate:opa
  return gates;
}
