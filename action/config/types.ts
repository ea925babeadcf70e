/**
 * The validated configuration (`.github/maestro.yml`). The schema in
 * schemas/maestro-config.schema.json is the authority; gate sections are typed by each gate
 * (they arrive here already validated against their fragment of that schema).
 */
export interface MaestroConfig {
  version: 1;
  gates: Record<string, unknown>;
  owners?: string[];
  gate_material?: string[];
  timeouts?: { default_seconds?: number; [gateSeconds: string]: number | undefined };
  [section: string]: unknown;
}

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
