/** The `gates.opa` section of .github/maestro.yml, after validation, with defaults applied. */

/** Default Rego package the gate reads. */
export const DEFAULT_NAMESPACE = 'maestro.gate';
/** Run book: a risk score up to this runs; above it escalates. */
export const DEFAULT_RUN_MAX = 0.3;
/** Run book: a `high` risk class needs this many distinct approvers. */
export const DEFAULT_HIGH_REQUIRES = 2;
/** Default time limit of one evaluation. */
export const DEFAULT_EVAL_TIMEOUT_SECONDS = 10;
/** Default memory limit of one evaluation. */
export const DEFAULT_MAX_MEMORY_MB = 64;

/** A configured suppression. */
export interface ConfigException {
  id: string;
  file?: string;
  reason: string;
  expires?: string;
}

/** The section as written (validated against config.schema.json). */
export interface OpaGateConfigInput {
  enabled?: boolean;
  policies?: string[];
  namespace?: string;
  bundled?: boolean;
  risk?: { run_max?: number; high_requires?: number };
  approvers?: string[];
  exceptions?: ConfigException[];
  opa_version?: string;
  opa_sha256?: string;
  max_memory_mb?: number;
  eval_timeout_seconds?: number;
}

/** The section with defaults applied. */
export interface OpaGateConfig {
  policies: string[];
  namespace: string;
  bundled: boolean;
  runMax: number;
  highRequires: number;
  approvers: string[] | undefined;
  exceptions: ConfigException[];
  opaVersion: string | undefined;
  opaSha256: string | undefined;
  maxMemoryPages: number;
  evalTimeoutMs: number;
}

/** Applies defaults. The input has already been validated by the config loader. */
export function resolveConfig(section: unknown): OpaGateConfig {
  const c = (section ?? {}) as OpaGateConfigInput;
  return {
    policies: c.policies ?? [],
    namespace: c.namespace ?? DEFAULT_NAMESPACE,
    bundled: c.bundled ?? false,
    runMax: c.risk?.run_max ?? DEFAULT_RUN_MAX,
    highRequires: c.risk?.high_requires ?? DEFAULT_HIGH_REQUIRES,
    approvers: c.approvers,
    exceptions: c.exceptions ?? [],
    opaVersion: c.opa_version,
    opaSha256: c.opa_sha256,
    evalTimeoutMs: Math.round((c.eval_timeout_seconds ?? DEFAULT_EVAL_TIMEOUT_SECONDS) * 1000),
    maxMemoryPages: Math.ceil(((c.max_memory_mb ?? DEFAULT_MAX_MEMORY_MB) * 1024 * 1024) / 65536),
  };
}
