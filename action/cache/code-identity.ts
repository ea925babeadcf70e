/**
 * What identifies the code that computed a cached result: the package version and a digest of
 * the gate's code. A bundle carries the digests `npm run build` computed from the built code
 * of each gate (scripts/code-digests.ts, injected with esbuild's `define`); run from source
 * (tsx, vitest) the digest is that of the gate's source module graph. No constant to bump.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import { moduleGraphDigest } from './module-graph.js';

/** Gate name → `sha256:<hex>` of its built code; defined by `npm run build`, absent from source. */
declare const __MAESTRO_CODE_DIGESTS__: Readonly<Record<string, string>> | undefined;

/** The code identity part of every cache key. */
export interface CodeIdentity {
  /** The package version (`package.json`). */
  package: string;
  /** `sha256:<hex>` of the gate's code; `null` when it cannot be known (the cache is then off). */
  code: string | null;
  /** How the digest was made: of the built bundle, or of the source module graph. */
  source: 'bundle' | 'source-graph' | 'unknown';
}

const fromSource = new Map<string, string | null>();

/** The source tree's root, when this module runs from `action/cache/` of a checkout. */
function sourceRoot(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = join(here, '..', '..');
  return existsSync(join(root, 'action', 'gates')) ? root : undefined;
}

/** The code identity of a gate (by its directory name under `action/gates/`). */
export function codeIdentity(gate: string): CodeIdentity {
  const built =
    typeof __MAESTRO_CODE_DIGESTS__ === 'undefined' ? undefined : __MAESTRO_CODE_DIGESTS__;
  if (built !== undefined) {
    const code = Object.hasOwn(built, gate) ? built[gate]! : null;
    return { package: pkg.version, code, source: code === null ? 'unknown' : 'bundle' };
  }
  if (!fromSource.has(gate)) {
    const root = sourceRoot();
    const entry = root === undefined ? undefined : join(root, 'action', 'gates', gate, 'index.ts');
    fromSource.set(
      gate,
      root !== undefined && entry !== undefined && existsSync(entry)
        ? moduleGraphDigest(entry, root)
        : null,
    );
  }
  const code = fromSource.get(gate) ?? null;
  return { package: pkg.version, code, source: code === null ? 'unknown' : 'source-graph' };
}
