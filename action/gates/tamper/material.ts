/**
 * Gate-tamper detection: does a pull request change the material the gate itself runs on?
 * A pure function over the changed files and the configuration, so any gate (or the
 * pipeline) can call it.
 */
import picomatch from 'picomatch';
import type { ChangedFile } from '../../contract/pr-facts.js';

/** The config file, relative to the repository root. */
export const DEFAULT_CONFIG_FILE = '.github/maestro.yml';

/** What counts as gate material besides configured paths. */
export const DEFAULT_GATE_MATERIAL: readonly string[] = [
  '.github/maestro.yml',
  '.github/maestro.yaml',
  '.github/workflows/**',
  'policies/**',
  'invariants/**',
  'specs/**',
];

/** The inputs of {@link detectGateTamper}. */
export interface GateMaterial {
  /** The configuration file (default `.github/maestro.yml`). */
  configFile?: string;
  /** Directories the gates read (policy dirs, invariant dirs, spec dirs), repository-relative. */
  dirs?: readonly string[];
  /** Extra globs (`config.gate_material`). */
  globs?: readonly string[];
}

/** One changed file that touches gate material. */
export interface TamperMatch {
  path: string;
  /** The pattern it matched (a directory becomes `<dir>/**`). */
  pattern: string;
  status: ChangedFile['status'];
}

/** Normalises a configured path: forward slashes, no `./` or trailing slash. */
function norm(p: string): string {
  return p
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');
}

/** The globs that make up the gate material for a configuration. */
export function gateMaterialPatterns(material: GateMaterial = {}): string[] {
  const patterns = new Set<string>(DEFAULT_GATE_MATERIAL);
  if (material.configFile !== undefined) patterns.add(norm(material.configFile));
  for (const dir of material.dirs ?? []) {
    const d = norm(dir);
    if (d === '' || d === '.') patterns.add('**');
    else {
      patterns.add(d);
      patterns.add(`${d}/**`);
    }
  }
  for (const glob of material.globs ?? []) patterns.add(norm(glob));
  return [...patterns];
}

/**
 * The changed files that touch gate material, in input order. A rename counts when either
 * its old or its new path is gate material (moving a policy out of the policy directory
 * disables it just as deleting it would).
 */
export function detectGateTamper(
  changed: readonly ChangedFile[],
  material: GateMaterial = {},
): TamperMatch[] {
  const matchers = gateMaterialPatterns(material).map((pattern) => ({
    pattern,
    test: picomatch(pattern, { dot: true }),
  }));
  const hits: TamperMatch[] = [];
  for (const file of changed) {
    if (file.status === 'unchanged') continue;
    for (const path of [file.path, file.previous_path]) {
      if (path === undefined) continue;
      const p = norm(path);
      const hit = matchers.find((m) => m.test(p));
      if (hit !== undefined) {
        hits.push({ path: p, pattern: hit.pattern, status: file.status });
        break;
      }
    }
  }
  return hits;
}

/** Keys of a gate section whose values name gate material (paths read from the base). */
const MATERIAL_KEY =
  /^(paths?|polic(y|ies)|specs?|data|invariants|routing_polic(y|ies)|[a-z_]*_(paths?|polic(y|ies)|specs?))$/;

/**
 * Every path a gate's configuration names as its material: `gates.opa.policies`/`data`,
 * `gates.invariants.paths`, `gates.modelcheck.specs`, routing-policy paths and any other key
 * named like one (`…_paths`, `…_policies`, `…_specs`), in every gate section, enabled or not.
 */
export function configuredMaterial(gates: Readonly<Record<string, unknown>>): string[] {
  const out = new Set<string>();
  const visit = (value: unknown, key: string | undefined, depth: number): void => {
    if (depth > 4) return;
    if (typeof value === 'string') {
      if (key !== undefined && MATERIAL_KEY.test(key) && value !== '') out.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, key, depth + 1);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k, depth + 1);
    }
  };
  for (const section of Object.values(gates)) visit(section, undefined, 0);
  return [...out].sort();
}
