/**
 * The validated configuration document (`.github/maestro.yml`) as the contract sees it. The
 * schema in schemas/maestro-config.schema.json is the authority; gate sections are typed by
 * each gate (they arrive here already validated against their fragment of that schema).
 * `action/config/` loads and validates it.
 */
export interface MaestroConfig {
  version: 1;
  gates: Record<string, unknown>;
  owners?: string[];
  gate_material?: string[];
  timeouts?: { default_seconds?: number; [gateSeconds: string]: number | undefined };
  [section: string]: unknown;
}
