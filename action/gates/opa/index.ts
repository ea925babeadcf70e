/**
 * The OPA/Rego gate. Rego policies read from the base branch are compiled to WebAssembly and
 * evaluated in-process over a document describing the pull request, with conftest's
 * conventions: `deny`/`violation` (and `deny_*`, `violation_*`) → STOPPED, `escalate*` (or a
 * risk above the threshold) → PAUSE_FOR_HITL, `warn*` → an annotation, over every package
 * under the configured namespace. The `opa` CLI it compiles with is handed to it by the edge.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MaestroError } from '../../contract/errors.js';
import type { Gate, GateContext, RequiredInput } from '../../contract/gate.js';
import { outcome, type GateOutcome } from '../../contract/gate-result.js';
import {
  defaultBundledDir,
  MANIFEST_FILE,
  readBundledManifest,
  readBundledWasm,
  type BundledManifest,
  type BundledPolicy,
} from './bundled.js';
import { compilePolicy, readPolicySources, type PolicySources } from './compile.js';
import { resolveConfig, type OpaGateConfig } from './config.js';
import { loadPolicyData, type PolicyData } from './data.js';
import { decide, type EvaluatedPolicy } from './decide.js';
import { buildInput } from './input.js';
import { ENTRYPOINT, LAYOUT_ENTRYPOINT, type ModuleLayout, type RuleDef } from './layout.js';
import { interpretResult } from './results.js';
import {
  fixedOpaToolchain,
  NO_OPA_TOOLCHAIN,
  type OpaBinary,
  type OpaToolchain,
} from './toolchain.js';
import { loadWasmPolicy, runWithDeadline, type WasmPolicy } from './wasm.js';
import { underNamespace } from './rules.js';

export { buildInput } from './input.js';

/** Bumped whenever the gate's semantics change. */
export const OPA_GATE_VERSION = '2';

/** The configuration file named in messages when the context names none. */
const CONFIG_FILE = '.github/maestro.yml';

/** What the edge hands the gate. */
export interface OpaGateOptions {
  /** The `opa` CLI to compile with, resolved by the edge (CLI/Action). */
  toolchain?: OpaToolchain;
  /** Path of a known `opa` binary (tests); shorthand for a fixed toolchain. */
  opaPath?: string;
  /** Directory holding the precompiled policies (`dist/policies`). */
  bundledDir?: string;
}

/** Creates the OPA gate. */
export function createOpaGate(options: OpaGateOptions = {}): Gate {
  return {
    name: 'opa',
    version: OPA_GATE_VERSION,
    requiredInputs(ctx: GateContext): RequiredInput[] {
      const config = resolveConfig(ctx.gateConfig);
      return [
        ...config.policies.map((dir, i) => ({
          path: join(ctx.baseDir, dir),
          description: 'policy directory (read from the base branch)',
          configKey: `gates.opa.policies[${i}]`,
        })),
        ...config.data.map((path, i) => ({
          path: join(ctx.baseDir, path),
          description: 'policy data path (read from the base branch)',
          configKey: `gates.opa.data[${i}]`,
        })),
      ];
    },
    run: (ctx) => runOpaGate(ctx, options),
  };
}

/** A module ready to evaluate, with what the report says about it. */
interface LoadedModule {
  name: string;
  source: EvaluatedPolicy['source'];
  digest: string;
  files: string[];
  policy: WasmPolicy;
  layout: ModuleLayout;
  sources?: PolicySources;
}

async function runOpaGate(ctx: GateContext, options: OpaGateOptions): Promise<GateOutcome> {
  const config = resolveConfig(ctx.gateConfig);
  const configFile = configFileOf(ctx);
  if (config.policies.length === 0 && !config.bundled) {
    return outcome(
      'STOPPED',
      'OPA_NOT_CONFIGURED',
      [
        {
          level: 'error',
          message: `opa: the gate is enabled but has no policies: set \`gates.opa.policies\` to the directories of your .rego files (for example \`[policies]\`), or \`gates.opa.bundled: true\`, in ${configFile}.`,
          file: configFile,
        },
      ],
      { summary: 'OPA gate enabled without policies' },
    );
  }

  const input = buildInput({
    pr: ctx.pr,
    changedFiles: ctx.changedFiles,
    priorResults: ctx.priorResults,
    runMax: config.runMax,
    highRequires: config.highRequires,
  });
  const data: PolicyData | undefined =
    config.data.length > 0 ? loadPolicyData(ctx.baseDir, config.data) : undefined;
  const modules = await loadModules(ctx, config, options);

  // One deadline for the whole evaluation phase: no watchdog per evaluation.
  // Serialised once for every module.
  const inputBytes = new TextEncoder().encode(JSON.stringify(input));
  const evaluated = runWithDeadline(
    () => modules.map((m) => evaluateModule(m, inputBytes, data)),
    config.evalTimeoutMs,
    `policy ${modules.map((m) => m.name).join(', ')}: evaluation`,
  );
  return decide(ctx, {
    config,
    input,
    evaluated,
    data: data ? { files: data.files, digest: data.digest } : undefined,
    configFile,
  });
}

function configFileOf(ctx: GateContext): string {
  return ctx.configPath ?? CONFIG_FILE;
}

function evaluateModule(
  m: LoadedModule,
  input: Uint8Array,
  data: PolicyData | undefined,
): EvaluatedPolicy {
  try {
    if (data !== undefined) m.policy.setData(data.document);
    const value = m.policy.evaluate(input, ENTRYPOINT);
    const prints = m.policy.takePrints();
    return {
      name: m.name,
      source: m.source,
      digest: m.digest,
      files: m.files,
      layout: m.layout,
      verdict: interpretResult(value, m.name, {
        layout: m.layout,
        // Bundled policies are not files of the repository: their positions go in the message only.
        ...(m.sources ? { fileOf: (rel: string) => `${m.name}/${rel}` } : {}),
      }),
      prints,
    };
  } catch (thrown) {
    throw m.sources ? locateFailure(thrown, m.sources) : thrown;
  }
}

async function loadModules(
  ctx: GateContext,
  config: OpaGateConfig,
  options: OpaGateOptions,
): Promise<LoadedModule[]> {
  const modules: LoadedModule[] = [];
  const bundledDir = options.bundledDir ?? defaultBundledDir();
  let manifest: BundledManifest | undefined;
  const manifestOf = (): BundledManifest | undefined => {
    if (manifest === undefined && bundledDir !== undefined)
      manifest = readBundledManifest(bundledDir);
    return manifest;
  };
  // The precompiled shortcut is optional: without a manifest the policies are compiled. It is
  // built with the defaults (namespace maestro.gate, Rego v1), so only those settings use it.
  const precompiledFor = (sources: PolicySources): BundledPolicy | undefined => {
    if (config.allNamespaces || config.regoVersion !== 'v1') return undefined;
    if (bundledDir === undefined || !existsSync(join(bundledDir, MANIFEST_FILE))) return undefined;
    return manifestOf()?.bundles.find(
      (b) => b.source_digest === sources.digest && b.namespace === config.namespace,
    );
  };
  const load = async (
    wasm: Uint8Array,
    name: string,
  ): Promise<{ policy: WasmPolicy; layout: ModuleLayout }> => {
    const policy = await loadWasmPolicy(wasm, { name, maxMemoryPages: config.maxMemoryPages });
    return { policy, layout: readModuleLayout(policy) };
  };

  if (config.bundled) {
    if (bundledDir === undefined) {
      throw new MaestroError(
        'OPA_POLICY_UNREADABLE',
        '`gates.opa.bundled` is true but the precompiled policies (dist/policies/manifest.json) are missing from this installation. Reinstall Maestro Gate, or run `npm run build`.',
      );
    }
    for (const bundle of manifestOf()!.bundles) {
      ctx.progress(`opa: loading bundled policy ${bundle.name}`);
      const name = `maestro-gate:${bundle.name}`;
      const wasm = readBundledWasm(bundledDir, bundle);
      modules.push({
        name,
        source: 'bundled',
        digest: bundle.wasm_sha256,
        files: bundle.files,
        ...(await load(wasm, name)),
      });
    }
  }

  const toolchain =
    options.toolchain ??
    (options.opaPath !== undefined ? fixedOpaToolchain(options.opaPath) : NO_OPA_TOOLCHAIN);
  let opa: OpaBinary | undefined;
  for (const dir of config.policies) {
    if (ctx.signal.aborted)
      throw new MaestroError('GATE_TIMEOUT', 'opa: stopped before every policy was evaluated.');
    const sources = readPolicySources(join(ctx.baseDir, dir), dir, config.namespace);
    checkSources(sources, config);
    const precompiled = precompiledFor(sources);
    // Already evaluated as a bundled policy: evaluating it again would double every finding.
    if (precompiled !== undefined && config.bundled) continue;
    let wasm: Uint8Array;
    let source: EvaluatedPolicy['source'];
    if (precompiled !== undefined && bundledDir !== undefined) {
      wasm = readBundledWasm(bundledDir, precompiled);
      source = 'precompiled';
    } else {
      opa ??= await toolchain.resolve({
        pin: { version: config.opaVersion, sha256: config.opaSha256 },
        progress: ctx.progress,
        signal: ctx.signal,
      });
      ctx.progress(`opa: compiling ${dir}`);
      const compiled = await compilePolicy(sources, {
        opaPath: opa.path,
        opaVersion: opa.version,
        opaSha256: opa.sha256,
        namespace: config.namespace,
        allNamespaces: config.allNamespaces,
        regoVersion: config.regoVersion,
        cacheDir: ctx.cacheDir,
        cacheSecret: ctx.cacheSecret,
        signal: ctx.signal,
      });
      wasm = compiled.wasm;
      source = compiled.cached ? 'cache' : 'compiled';
    }
    const loaded = await load(wasm, dir).catch((thrown: unknown) => {
      throw locateFailure(thrown, sources);
    });
    if (loaded.layout.evaluated.length === 0) {
      const found = loaded.layout.packages.map((p) => p.name).join(', ') || '(none)';
      throw new MaestroError(
        'OPA_NO_POLICIES',
        `policy directory ${dir} has no package under the namespace \`${config.namespace}\` (found: ${found}). Declare \`package ${config.namespace}\` (or a sub-package), set \`gates.opa.namespace\`, or \`gates.opa.all_namespaces: true\`.`,
        { location: { file: `${dir}/${sources.files[0]?.rel ?? ''}` } },
      );
    }
    modules.push({
      name: dir,
      source,
      digest: sources.digest,
      files: sources.files.map((f) => f.rel),
      sources,
      ...loaded,
    });
  }
  return modules;
}

/** Reads the layout compiled into a module (its second entrypoint). */
function readModuleLayout(policy: WasmPolicy): ModuleLayout {
  const bad = (what: string): MaestroError =>
    new MaestroError(
      'OPA_POLICY_LOAD_FAILED',
      `policy ${policy.name}: ${what}. Rebuild it with this version of Maestro Gate (\`npm run build\` for the bundled policies).`,
    );
  if (!policy.entrypoints.includes(LAYOUT_ENTRYPOINT))
    throw bad(`the module has no \`${LAYOUT_ENTRYPOINT}\` entrypoint`);
  const value = policy.evaluate({}, LAYOUT_ENTRYPOINT);
  policy.takePrints();
  const v = value as { packages?: unknown; evaluated?: unknown } | null;
  if (
    v === null ||
    typeof v !== 'object' ||
    !Array.isArray(v.packages) ||
    !Array.isArray(v.evaluated) ||
    !v.evaluated.every((e): e is string => typeof e === 'string')
  )
    throw bad('its layout is not {packages, evaluated}');
  const packages: ModuleLayout['packages'] = [];
  for (const p of v.packages as unknown[]) {
    const q = p as {
      name?: unknown;
      path?: unknown;
      rules?: unknown;
      files?: unknown;
      defs?: unknown;
    } | null;
    const isStrings = (x: unknown): x is string[] =>
      Array.isArray(x) && x.every((s) => typeof s === 'string');
    if (
      q === null ||
      typeof q.name !== 'string' ||
      !isStrings(q.path) ||
      !isStrings(q.rules) ||
      !isStrings(q.files) ||
      !(q.defs === undefined || isRuleDefs(q.defs))
    )
      throw bad('its layout lists a malformed package');
    packages.push({
      name: q.name,
      path: q.path,
      rules: q.rules,
      files: q.files,
      ...(q.defs !== undefined ? { defs: q.defs } : {}),
    });
  }
  return { packages, evaluated: v.evaluated };
}

function isRuleDefs(x: unknown): x is Record<string, RuleDef[]> {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  return Object.values(x).every(
    (list) =>
      Array.isArray(list) &&
      list.every((d: Partial<RuleDef> | null) => {
        return (
          d !== null &&
          typeof d === 'object' &&
          typeof d.file === 'string' &&
          Number.isInteger(d.line) &&
          Number.isInteger(d.column) &&
          typeof d.set === 'boolean'
        );
      }),
  );
}

/** Every configured directory must hold at least one policy file under the namespace. */
function checkSources(sources: PolicySources, config: OpaGateConfig): void {
  const namespace = config.namespace;
  if (sources.files.length === 0) {
    throw new MaestroError(
      'OPA_NO_POLICIES',
      `policy directory ${sources.name} holds no .rego files on the base branch (test files are not policies). Add a policy with \`package ${namespace}\`, or remove the directory from \`gates.opa.policies\`.`,
      { location: { file: sources.name } },
    );
  }
  if (config.allNamespaces) return;
  if (!sources.files.some((f) => f.pkg !== undefined && underNamespace(f.pkg, namespace))) {
    const found = [...new Set(sources.files.map((f) => f.pkg ?? '(none)'))].join(', ');
    throw new MaestroError(
      'OPA_NO_POLICIES',
      `policy directory ${sources.name} has no file in package \`${namespace}\` or below it (found: ${found}). Declare \`package ${namespace}\` in your policy, set \`gates.opa.namespace\`, or \`gates.opa.all_namespaces: true\`.`,
      { location: { file: `${sources.name}/${sources.files[0]!.rel}` } },
    );
  }
}

/** Adds a `file:line` to an unsupported-builtin failure by finding the call in the sources. */
function locateFailure(thrown: unknown, sources: PolicySources): unknown {
  if (
    !(thrown instanceof MaestroError) ||
    thrown.code !== 'OPA_UNSUPPORTED_BUILTIN' ||
    thrown.location
  )
    return thrown;
  const builtin = /`([a-z0-9_.]+)`/.exec(thrown.message)?.[1];
  if (builtin === undefined) return thrown;
  for (const file of sources.files) {
    const lines = file.text.split('\n');
    const index = lines.findIndex(
      (l) => !l.trimStart().startsWith('#') && l.includes(`${builtin}(`),
    );
    if (index >= 0) {
      return new MaestroError(thrown.code, thrown.message, {
        cause: thrown,
        location: {
          file: `${sources.name}/${file.rel}`,
          line: index + 1,
          column: lines[index]!.indexOf(builtin) + 1,
        },
      });
    }
  }
  return thrown;
}
