/**
 * Where the model-check gate's inputs come from: the spec files under the configured paths (no
 * links, nothing outside the repository), the base branch's invariant index, and whether a spec
 * is critical according to the base branch.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { MaestroError } from '../../contract/errors.js';
import type { GateContext } from '../../contract/gate.js';
import { loadInvariants } from '../invariants/loader.js';
import type { SharedInvariant } from './model.js';

export { referencesInvariants } from './spec-references.js';

/** The spec files (`*.yaml`, and `*.tla` when TLC is on) under `rel`, sorted. */
export function listSpecs(root: string, rel: string, tlc: boolean): string[] {
  const abs = resolve(root, rel);
  const inside = relative(root, abs);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new MaestroError(
      'MC_SPEC_INVALID',
      `spec path ${rel} leaves the repository; use a path inside it`,
    );
  }
  const st = lstatSync(abs);
  if (st.isSymbolicLink()) {
    throw new MaestroError(
      'MC_SPEC_INVALID',
      `${rel} is a symbolic link; specs are not read through links`,
      { location: { file: rel } },
    );
  }
  if (st.isFile()) return [abs];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const s = lstatSync(p);
      if (s.isSymbolicLink()) {
        throw new MaestroError(
          'MC_SPEC_INVALID',
          `${relative(root, p)} is a symbolic link; specs are not read through links`,
          {
            location: { file: relative(root, p) },
          },
        );
      }
      if (s.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name) || (tlc && name.endsWith('.tla'))) out.push(p);
    }
  };
  walk(abs);
  return out;
}

/**
 * The invariants under `dir` by id, read by the invariant gate's own loader (the same schema,
 * CEL checks and duplicate-id rule), so both gates read the YAML the same way. Its errors keep
 * their `INV_*` codes. A missing directory is an empty index: ids then fail to resolve.
 */
export function loadInvariantIndex(dir: string, displayRoot: string): Map<string, SharedInvariant> {
  const index = new Map<string, SharedInvariant>();
  if (!existsSync(dir)) return index;
  const rel = relative(displayRoot, dir).split(sep).join('/') || '.';
  for (const inv of loadInvariants(displayRoot, [rel]).invariants) {
    const rawAsserts = (Array.isArray(inv.raw['assert']) ? inv.raw['assert'] : []) as {
      message?: unknown;
    }[];
    const asserts = inv.clauses.flatMap((c, i) =>
      c.op === 'always' && c.path.startsWith('assert[')
        ? [
            {
              expr: c.expr.source,
              location: c.expr.location,
              ...(typeof rawAsserts[i]?.message === 'string'
                ? { message: rawAsserts[i].message }
                : {}),
            },
          ]
        : [],
    );
    index.set(inv.id, {
      id: inv.id,
      severity: inv.severity,
      title: inv.title,
      asserts,
      location: inv.location,
    });
  }
  return index;
}

/**
 * Whether a spec is critical, decided by the base branch's version of the same file: a pull
 * request may mark a spec critical, never unmark one. A base version that cannot be read or
 * parsed counts as critical (unknown means strict); a spec new in the pull request keeps its own
 * flag.
 */
export function criticalFromBase(ctx: GateContext, file: string, headCritical: boolean): boolean {
  if (headCritical || resolve(ctx.baseDir) === resolve(ctx.headDir)) return headCritical;
  const abs = resolve(ctx.baseDir, file);
  let st;
  try {
    st = lstatSync(abs);
  } catch {
    return headCritical;
  }
  if (!st.isFile()) return true;
  try {
    const doc: unknown = parseYaml(readFileSync(abs, 'utf8'), { maxAliasCount: 100 });
    if (typeof doc !== 'object' || doc === null) return true;
    const flag = (doc as Record<string, unknown>)['critical'];
    return flag === undefined || flag === false ? false : true;
  } catch {
    return true;
  }
}
