/**
 * The policies that ship precompiled with Maestro Gate (`dist/policies/`), built from the
 * repository's own `policies/` by scripts/build-policies.ts. CI rebuilds them and fails on any
 * difference, so the wasm always matches its Rego sources.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeThrown, MaestroError } from '../../contract/errors.js';
import { sha256 } from '../../util/digest.js';

/** The manifest file name inside the bundled-policies directory. */
export const MANIFEST_FILE = 'manifest.json';

/** One precompiled bundle. */
export interface BundledPolicy {
  /** The source directory it was built from (`policies`). */
  name: string;
  namespace: string;
  /** Digest of the sources, as `readPolicySources` computes it. */
  source_digest: string;
  /** Rego files compiled in, relative to the source directory. */
  files: string[];
  /** The wasm file, relative to the manifest. */
  wasm: string;
  wasm_sha256: string;
}

/** `dist/policies/manifest.json`. */
export interface BundledManifest {
  format: 1;
  opa_version: string;
  bundles: BundledPolicy[];
}

/**
 * Finds the bundled-policies directory: `policies/` beside the running bundle (`dist/`), or
 * `dist/policies/` above the source file when running from source.
 */
export function defaultBundledDir(
  from = dirname(fileURLToPath(import.meta.url)),
): string | undefined {
  let dir = from;
  for (;;) {
    for (const candidate of [join(dir, 'policies'), join(dir, 'dist', 'policies')]) {
      if (existsSync(join(candidate, MANIFEST_FILE))) return candidate;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Reads and checks the manifest. Throws `OPA_POLICY_UNREADABLE` when it is missing or invalid. */
export function readBundledManifest(dir: string): BundledManifest {
  const path = join(dir, MANIFEST_FILE);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (thrown) {
    throw new MaestroError(
      'OPA_POLICY_UNREADABLE',
      `the bundled policy manifest ${path} could not be read: ${describeThrown(thrown)}. Reinstall Maestro Gate or run \`npm run build\`.`,
      { cause: thrown, location: { file: path } },
    );
  }
  const m = parsed as Partial<BundledManifest> | null;
  if (m === null || typeof m !== 'object' || m.format !== 1 || !Array.isArray(m.bundles)) {
    throw new MaestroError(
      'OPA_POLICY_UNREADABLE',
      `the bundled policy manifest ${path} is not a format-1 manifest.`,
      {
        location: { file: path },
      },
    );
  }
  return m as BundledManifest;
}

/** Reads a bundled module and checks it against the digest the manifest records. */
export function readBundledWasm(dir: string, bundle: BundledPolicy): Uint8Array {
  const path = join(dir, bundle.wasm);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (thrown) {
    throw new MaestroError(
      'OPA_POLICY_UNREADABLE',
      `the bundled policy ${path} could not be read: ${describeThrown(thrown)}.`,
      {
        cause: thrown,
        location: { file: path },
      },
    );
  }
  const actual = sha256(bytes);
  if (actual !== bundle.wasm_sha256) {
    throw new MaestroError(
      'OPA_POLICY_UNREADABLE',
      `the bundled policy ${path} has digest ${actual}, but its manifest records ${bundle.wasm_sha256}: it was modified. Reinstall Maestro Gate.`,
      { location: { file: path } },
    );
  }
  return bytes;
}
