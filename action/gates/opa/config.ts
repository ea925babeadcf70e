/**
 * The `gates.opa` section of the configuration, parsed into a typed value with defaults
 * applied. The schema (config.schema.json) has already validated it; this parser still checks
 * every field's type, so nothing downstream relies on a cast.
 */
import { MaestroError } from '../../contract/errors.js';
import type { RegoVersion } from './layout.js';

/** Default Rego package (namespace prefix) the gate reads. */
export const DEFAULT_NAMESPACE = 'maestro.gate';
/** Run book: a risk score up to this runs; above it escalates. */
export const DEFAULT_RUN_MAX = 0.3;
/** Run book: a `high` risk class needs this many distinct approvers. */
export const DEFAULT_HIGH_REQUIRES = 2;
/** Default time limit of the evaluation phase of one gate run. */
export const DEFAULT_EVAL_TIMEOUT_SECONDS = 10;
/** Default memory limit of one policy module. */
export const DEFAULT_MAX_MEMORY_MB = 64;

/** A configured suppression. */
export interface ConfigException {
  id: string;
  file?: string;
  reason: string;
  expires?: string;
}

/** What a package that defines no decision rule makes of the run: never a pass. */
export type NoDecisionRule = 'PAUSE_FOR_HITL' | 'STOPPED';

/** The section with defaults applied. */
export interface OpaGateConfig {
  policies: string[];
  namespace: string;
  allNamespaces: boolean;
  regoVersion: RegoVersion;
  data: string[];
  bundled: boolean;
  runMax: number;
  highRequires: number;
  approvers: string[] | undefined;
  exceptions: ConfigException[];
  noDecisionRule: NoDecisionRule;
  opaVersion: string | undefined;
  opaSha256: string | undefined;
  maxMemoryPages: number;
  evalTimeoutMs: number;
}

type Obj = Record<string, unknown>;

function invalid(key: string, what: string): MaestroError {
  return new MaestroError('CONFIG_INVALID', `\`gates.opa.${key}\` ${what}.`);
}

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function str(o: Obj, key: string, at = key): string | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw invalid(at, 'must be a string');
  return v;
}

function num(o: Obj, key: string, at = key): number | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw invalid(at, 'must be a number');
  return v;
}

function bool(o: Obj, key: string): boolean | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') throw invalid(key, 'must be true or false');
  return v;
}

function strings(o: Obj, key: string): string[] | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || !v.every((x): x is string => typeof x === 'string'))
    throw invalid(key, 'must be a list of strings');
  return v;
}

function exceptionsOf(o: Obj): ConfigException[] {
  const v = o['exceptions'];
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw invalid('exceptions', 'must be a list');
  return v.map((item, i) => {
    const at = `exceptions[${i}]`;
    if (!isObj(item)) throw invalid(at, 'must be an object {id, reason, file?, expires?}');
    const id = str(item, 'id', `${at}.id`);
    const reason = str(item, 'reason', `${at}.reason`);
    if (id === undefined || reason === undefined) throw invalid(at, 'needs an `id` and a `reason`');
    const file = str(item, 'file', `${at}.file`);
    const expires = str(item, 'expires', `${at}.expires`);
    return {
      id,
      reason,
      ...(file !== undefined ? { file } : {}),
      ...(expires !== undefined ? { expires } : {}),
    };
  });
}

/** Parses the section (already validated against the schema) and applies defaults. */
export function resolveConfig(section: unknown): OpaGateConfig {
  if (section !== undefined && section !== null && !isObj(section))
    throw new MaestroError('CONFIG_INVALID', '`gates.opa` must be an object.');
  const c: Obj = isObj(section) ? section : {};
  const risk = c['risk'];
  if (risk !== undefined && !isObj(risk)) throw invalid('risk', 'must be an object');
  const r: Obj = isObj(risk) ? risk : {};
  const rego = str(c, 'rego_version') ?? 'v1';
  if (rego !== 'v0' && rego !== 'v1') throw invalid('rego_version', 'must be v0 or v1');
  const onEmpty = str(c, 'no_decision_rule') ?? 'PAUSE_FOR_HITL';
  if (onEmpty !== 'PAUSE_FOR_HITL' && onEmpty !== 'STOPPED')
    throw invalid('no_decision_rule', 'must be PAUSE_FOR_HITL or STOPPED');
  return {
    policies: strings(c, 'policies') ?? [],
    namespace: str(c, 'namespace') ?? DEFAULT_NAMESPACE,
    allNamespaces: bool(c, 'all_namespaces') ?? false,
    regoVersion: rego,
    data: strings(c, 'data') ?? [],
    bundled: bool(c, 'bundled') ?? false,
    runMax: num(r, 'run_max', 'risk.run_max') ?? DEFAULT_RUN_MAX,
    highRequires: num(r, 'high_requires', 'risk.high_requires') ?? DEFAULT_HIGH_REQUIRES,
    approvers: strings(c, 'approvers'),
    exceptions: exceptionsOf(c),
    noDecisionRule: onEmpty,
    opaVersion: str(c, 'opa_version'),
    opaSha256: str(c, 'opa_sha256'),
    evalTimeoutMs: Math.round(
      (num(c, 'eval_timeout_seconds') ?? DEFAULT_EVAL_TIMEOUT_SECONDS) * 1000,
    ),
    maxMemoryPages: Math.ceil(
      ((num(c, 'max_memory_mb') ?? DEFAULT_MAX_MEMORY_MB) * 1024 * 1024) / 65536,
    ),
  };
}
