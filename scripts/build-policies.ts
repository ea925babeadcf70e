/**
 * Rebuilds dist/policies/ — the precompiled WebAssembly of this repository's own policies
 * (`policies/`) and its manifest — with the pinned OPA version. Deterministic: two runs give
 * identical bytes, so `npm run build` followed by a clean-tree check catches any drift
 * between the .rego sources and the committed wasm.
 *
 * Usage: tsx scripts/build-policies.ts [--check]
 *   --check  compare with the committed files instead of writing; exit 1 on any difference.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BundledManifest } from '../action/gates/opa/bundled.js';
import { compilePolicy, readPolicySources } from '../action/gates/opa/compile.js';
import { DEFAULT_NAMESPACE } from '../action/gates/opa/config.js';
import { DEFAULT_OPA_VERSION } from '../action/gates/opa/install.js';
import { findOpa, opaVersion } from '../action/gates/opa/opa-cli.js';
import { loadWasmPolicy } from '../action/gates/opa/wasm.js';
import { sha256 } from '../action/util/digest.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The source directories that ship precompiled, relative to the repository root. */
export const BUNDLED_SOURCES = ['policies'] as const;

/** Builds every output file in memory: name (relative to dist/policies) → bytes. */
export async function buildPolicies(opaPath: string): Promise<Map<string, Uint8Array>> {
  const version = await opaVersion(opaPath);
  if (version !== DEFAULT_OPA_VERSION) {
    throw new Error(
      `${opaPath} is OPA ${version ?? '(unknown)'}, but the committed policies are built with OPA ${DEFAULT_OPA_VERSION}: different versions compile different wasm. Install it with \`go install github.com/open-policy-agent/opa@v${DEFAULT_OPA_VERSION}\`.`,
    );
  }
  const out = new Map<string, Uint8Array>();
  const manifest: BundledManifest = { format: 1, opa_version: DEFAULT_OPA_VERSION, bundles: [] };
  for (const dir of BUNDLED_SOURCES) {
    const sources = readPolicySources(join(root, dir), dir, DEFAULT_NAMESPACE);
    if (sources.files.length === 0) throw new Error(`${dir}/ holds no .rego files`);
    const { wasm } = await compilePolicy(sources, {
      opaPath,
      opaVersion: version,
      namespace: DEFAULT_NAMESPACE,
      reproducible: true,
    });
    // Fail the build, not the gate, when a policy uses a builtin the evaluator lacks.
    await loadWasmPolicy(wasm, { name: dir });
    const file = `${dir.replace(/[^A-Za-z0-9_-]+/g, '-')}.wasm`;
    out.set(file, wasm);
    manifest.bundles.push({
      name: dir,
      namespace: DEFAULT_NAMESPACE,
      source_digest: sources.digest,
      files: sources.files.map((f) => f.rel),
      wasm: file,
      wasm_sha256: sha256(wasm),
    });
  }
  out.set('manifest.json', new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
  return out;
}

/**
 * Writes dist/policies (or, with `check`, compares it) and returns the exit code: 0 when
 * written or matching, 1 when opa is missing or (with `check`) the files drifted.
 * `npm run build` calls this; so does `tsx scripts/build-policies.ts [--check]`.
 */
export async function writeBundledPolicies(options: { check?: boolean } = {}): Promise<number> {
  const check = options.check === true;
  const opaPath = findOpa(process.env);
  if (opaPath === undefined) {
    console.error(
      `build-policies: the opa CLI was not found on PATH, in $GOPATH/bin or ~/go/bin. Install it with \`go install github.com/open-policy-agent/opa@v${DEFAULT_OPA_VERSION}\`.`,
    );
    return 1;
  }
  const outDir = join(root, 'dist', 'policies');
  const built = await buildPolicies(opaPath);
  const existing = existsSync(outDir) ? readdirSync(outDir) : [];
  if (check) {
    const drift: string[] = [];
    for (const [name, bytes] of built) {
      const path = join(outDir, name);
      if (!existsSync(path) || !Buffer.from(bytes).equals(readFileSync(path))) drift.push(name);
    }
    for (const name of existing) if (!built.has(name)) drift.push(`${name} (stale)`);
    if (drift.length > 0) {
      console.error(
        `build-policies: dist/policies differs from the .rego sources: ${drift.join(', ')}. Run \`npm run build\` and commit the result.`,
      );
      return 1;
    }
    console.log('build-policies: dist/policies matches its sources');
    return 0;
  }
  mkdirSync(outDir, { recursive: true });
  for (const name of existing) if (!built.has(name)) rmSync(join(outDir, name), { force: true });
  for (const [name, bytes] of built) writeFileSync(join(outDir, name), bytes);
  console.log(
    `build-policies: wrote ${[...built.keys()].map((n) => `dist/policies/${n}`).join(', ')}`,
  );
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await writeBundledPolicies({ check: process.argv.includes('--check') });
}
