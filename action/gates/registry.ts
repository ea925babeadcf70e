import type { Gate } from '../contract/gate.js';

/**
 * Every gate Maestro Gate knows, in the order they run. Gates that read other gates' results
 * (the OPA gate sees them in its input document) come after those gates.
 * Each line below is owned by one gate module.
 */
export function allGates(): Gate[] {
  const gates: Gate[] = [];
  // @gate:invariants
  // @gate:modelcheck
  // @gate:ope
  // @gate:opa
  return gates;
}
