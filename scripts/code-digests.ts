/**
 * The code digest of each gate as built: every gate under `action/gates/<name>/index.ts` is
 * bundled the way `npm run build` bundles the action (in memory, nothing written) and its
 * output hashed. `npm run build` injects the result into every bundle (`define`), so a cached
 * result is keyed by the very code that computed it (action/cache/code-identity.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

/** The gates whose code is digested: each directory of `action/gates/` with an `index.ts`. */
export function gateEntries(root: string): Record<string, string> {
  const dir = join(root, 'action', 'gates');
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const entry = join(dir, name, 'index.ts');
    if (existsSync(entry)) out[name] = entry;
  }
  return out;
}

/** Gate name → `sha256:<hex>` of its bundled code. `plugins` let tests build variants. */
export async function gateCodeDigests(
  root: string,
  plugins: Plugin[] = [],
): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const [name, entry] of Object.entries(gateEntries(root))) {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: 'node20.19',
      legalComments: 'none',
      logLevel: 'silent',
      outdir: 'out',
      plugins,
    });
    const hash = createHash('sha256');
    for (const file of result.outputFiles) hash.update(file.contents);
    digests[name] = `sha256:${hash.digest('hex')}`;
  }
  return digests;
}

/** The esbuild `define` that hands the digests to action/cache/code-identity.ts. */
export function codeDigestDefine(digests: Record<string, string>): Record<string, string> {
  return { __MAESTRO_CODE_DIGESTS__: JSON.stringify(digests) };
}
