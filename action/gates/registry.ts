import type { Gate } from '../contract/gate.js';
import { createInvariantsGate } from './invariants/index.js';
import { createOpaGate } from './opa/index.js';
import { createModelcheckGate } from './modelcheck/index.js';

/**
 * Every gate Maestro Gate knows, in the order they run. Gates that read other gates' results
 * (the OPA gate sees them in its input document) come after those gates.
 * Each line below is owned by one gate module.
 */
export function allGates(): Gate[] {
  const gates: Gate[] = [];
  gates.push(createInvariantsGate()); // @gate:invariants
  gates.push(createModelcheckGate()); // @gate:modelcheck
  // @gate:ope
  gates.push(createOpaGate()); // @gate:opa
  return gates;
}
