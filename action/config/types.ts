import type { MaestroConfig } from '../contract/config-document.js';

/** The validated configuration (`.github/maestro.yml`), declared in the contract. */
export type { MaestroConfig } from '../contract/config-document.js';

/** The default location of the configuration, relative to the repository root. */
export const DEFAULT_CONFIG_PATH = '.github/maestro.yml';

/** True when a gate section is present and not switched off with `enabled: false`. */
export function gateEnabled(config: MaestroConfig, gate: string): boolean {
  const section = config.gates[gate];
  if (section === undefined || section === null) return false;
  if (typeof section === 'object' && (section as { enabled?: unknown }).enabled === false)
    return false;
  return true;
}
