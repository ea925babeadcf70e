/**
 * OPA gate benchmark: in-process opa-wasm evaluations per second against `opa bench` (Go OPA,
 * in-process Rego evaluation) on the same modules, query and input, for two policy shapes in
 * one run: this repository's own policies (the precompiled dist/policies wasm) over a 25-file
 * pull request, and a one-rule deny over 300 changed files. Also how long compiling and
 * loading take. Target: opa-wasm at least 2x Go OPA on both shapes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compilePolicy,
  ENTRY_FILE,
  ENTRY_PACKAGE,
  ENTRYPOINT,
  entryModule,
  MERGED_FILE,
  mergeModules,
  readPolicySources,
  type PolicySources,
} from '../action/gates/opa/compile.js';
import { DEFAULT_NAMESPACE } from '../action/gates/opa/config.js';
import { buildInput, type OpaInput } from '../action/gates/opa/input.js';
import { readLayout } from '../action/gates/opa/layout.js';
import { findOpa, opaVersion, runOpa } from '../action/gates/opa/opa-cli.js';
import { loadWasmPolicy, runWithDeadline, type WasmPolicy } from '../action/gates/opa/wasm.js';
import type { ChangedFile } from '../action/contract/pr-facts.js';
import type { BenchFigure, BenchModule } from './types.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** A realistic pull request: 25 files across risk classes, one large file. */
function projectInput(): OpaInput {
  const paths = [
    '.github/workflows/ci.yml',
    'action/gates/opa/index.ts',
    'action/gates/opa/wasm.ts',
    'action/signing/sign.ts',
    'app/approvals.ts',
    'package.json',
    'package-lock.json',
    'dist/index.js',
    'docs/policies.md',
    'README.md',
    ...Array.from({ length: 10 }, (_, i) => `tests/opa/case-${i}.test.ts`),
    ...Array.from({ length: 5 }, (_, i) => `policies/rule-${i}.rego`),
  ];
  const changedFiles: ChangedFile[] = paths.map((path, i) => ({
    path,
    status: i % 7 === 0 ? 'added' : 'modified',
    additions: i === 3 ? 700 : 10 + i * 3,
    deletions: i,
  }));
  return buildInput({ changedFiles, priorResults: [], runMax: 0.3, highRequires: 2 });
}

/** 300 changed files, a few of them under `secrets/`. */
function wideInput(): OpaInput {
  const changedFiles: ChangedFile[] = Array.from({ length: 300 }, (_, i) => ({
    path: i % 50 === 0 ? `secrets/key-${i}.pem` : `src/module-${i % 17}/file-${i}.ts`,
    status: 'modified',
    additions: 5 + (i % 13),
    deletions: i % 3,
  }));
  return buildInput({ changedFiles, priorResults: [], runMax: 0.3, highRequires: 2 });
}

/** The one-rule policy: a deny over every changed file. */
const ONE_RULE = `package maestro.gate

import rego.v1

deny contains sprintf("%s must not be committed", [f.path]) if {
	some f in input.changed_files
	startswith(f.path, "secrets/")
}
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Evaluations per second over `ms`, the way the gate evaluates (one deadline around them all). */
function wasmRate(policy: WasmPolicy, doc: OpaInput, ms: number): { perSec: number; n: number } {
  // Serialised once, as the gate does for all its modules (and as `opa bench` parses once).
  const input = new TextEncoder().encode(JSON.stringify(doc));
  for (let i = 0; i < 200; i++) policy.evaluate(input, ENTRYPOINT);
  return runWithDeadline(
    () => {
      let n = 0;
      const t0 = performance.now();
      while (performance.now() - t0 < ms) {
        policy.evaluate(input, ENTRYPOINT);
        n++;
      }
      return { perSec: n / ((performance.now() - t0) / 1000), n };
    },
    ms * 10,
    'bench',
  );
}

/** Go OPA on the same files and query (`opa bench` evaluates in-process, no server). */
async function goRate(
  opa: string,
  files: { rel: string; text: string }[],
  input: OpaInput,
): Promise<{ perSec: number; n: number }> {
  const work = mkdtempSync(join(tmpdir(), 'maestro-opa-bench-'));
  try {
    const src = join(work, 'src');
    mkdirSync(src);
    for (const f of files) writeFileSync(join(src, f.rel), f.text);
    const layout = await readLayout(
      opa,
      src,
      files.map((f) => f.rel),
      'bench',
      { regoVersion: 'v1' },
    );
    writeFileSync(
      join(src, ENTRY_FILE),
      entryModule(layout, { namespace: DEFAULT_NAMESPACE, allNamespaces: false }),
    );
    writeFileSync(join(work, 'input.json'), JSON.stringify(input));
    const { stdout } = await runOpa(
      opa,
      [
        'bench',
        '--data',
        'src',
        '--input',
        'input.json',
        '--format',
        'json',
        `data.${ENTRY_PACKAGE}.result`,
      ],
      { cwd: work, timeoutMs: 120_000 },
    );
    const go = JSON.parse(stdout) as { N: number; T: number };
    return { perSec: go.N / (go.T / 1e9), n: go.N };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const bench: BenchModule = async (log) => {
  const figures: BenchFigure[] = [];
  const project = projectInput();
  const wasmBytes = new Uint8Array(readFileSync(join(root, 'dist/policies/policies.wasm')));

  // Load time: WebAssembly compile + instantiate + builtin check.
  const loads: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    await loadWasmPolicy(wasmBytes, { name: 'policies' });
    loads.push(performance.now() - t0);
  }
  figures.push({
    name: 'opa.wasm_load_ms',
    value: median(loads),
    unit: 'ms',
    parameters: { policies: 'dist/policies/policies.wasm', runs: 10, stat: 'median' },
  });

  const opa = findOpa(process.env);
  const version = opa === undefined ? undefined : ((await opaVersion(opa)) ?? 'unknown');
  if (opa === undefined) log('opa CLI not found: skipping the Go OPA comparison and compile time');
  const sources: PolicySources = readPolicySources(
    join(root, 'policies'),
    'policies',
    DEFAULT_NAMESPACE,
  );

  const shapes: {
    key: string;
    label: string;
    wasm: () => Promise<Uint8Array>;
    files: { rel: string; text: string }[];
    input: OpaInput;
  }[] = [
    {
      key: 'project',
      label: 'policies/ (dist/policies/policies.wasm), 25 changed files',
      wasm: () => Promise.resolve(wasmBytes),
      files: [{ rel: MERGED_FILE, text: mergeModules(sources, DEFAULT_NAMESPACE) }],
      input: project,
    },
    {
      key: 'one_rule',
      label: 'one deny rule over 300 changed files',
      wasm: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'maestro-opa-one-'));
        writeFileSync(join(dir, 'one.rego'), ONE_RULE);
        const compiled = await compilePolicy(readPolicySources(dir, 'one', DEFAULT_NAMESPACE), {
          opaPath: opa!,
          opaVersion: version ?? 'unknown',
          namespace: DEFAULT_NAMESPACE,
        });
        rmSync(dir, { recursive: true, force: true });
        return compiled.wasm;
      },
      files: [{ rel: 'one.rego', text: ONE_RULE }],
      input: wideInput(),
    },
  ];

  for (const shape of shapes) {
    if (shape.key !== 'project' && opa === undefined) continue;
    const policy = await loadWasmPolicy(await shape.wasm(), { name: shape.key });
    const params = {
      policies: shape.label,
      query: `data.${ENTRY_PACKAGE}.result`,
      changed_files: shape.input.changed_files.length,
    };
    const wasm = wasmRate(policy, shape.input, 2000);
    log(`opa-wasm, ${shape.label}: ${wasm.perSec.toFixed(0)} evaluations/s (${wasm.n} in 2 s)`);
    figures.push({
      name:
        shape.key === 'project'
          ? 'opa.wasm_evals_per_second'
          : `opa.${shape.key}.wasm_evals_per_second`,
      value: wasm.perSec,
      unit: 'evals/s',
      parameters: { ...params, evaluations: wasm.n },
    });
    if (opa === undefined) continue;
    const go = await goRate(opa, shape.files, shape.input);
    log(`opa bench (Go ${version}), ${shape.label}: ${go.perSec.toFixed(0)} evaluations/s`);
    const prefix = shape.key === 'project' ? 'opa' : `opa.${shape.key}`;
    figures.push({
      name: `${prefix}.go_opa_evals_per_second`,
      value: go.perSec,
      unit: 'evals/s',
      parameters: { ...params, opa_version: version, iterations: go.n, tool: 'opa bench' },
    });
    figures.push({
      name: `${prefix}.wasm_vs_go_ratio`,
      value: wasm.perSec / go.perSec,
      unit: 'x',
      parameters: {
        ...params,
        meaning: 'opa-wasm evals/s divided by Go OPA evals/s in the same run; target >= 2',
      },
    });
    log(`  ratio wasm/Go: ${(wasm.perSec / go.perSec).toFixed(2)}x`);
  }
  if (opa === undefined) return figures;

  // Compile time: `opa build -t wasm` of policies/ (no cache), as the gate does for base policies.
  const compiles: number[] = [];
  for (let i = 0; i < 3; i++) {
    const c0 = performance.now();
    await compilePolicy(sources, {
      opaPath: opa,
      opaVersion: version ?? 'unknown',
      namespace: DEFAULT_NAMESPACE,
      reproducible: true,
    });
    compiles.push(performance.now() - c0);
  }
  log(`opa parse + opa build -t wasm: ${median(compiles).toFixed(0)} ms (median of 3)`);
  figures.push({
    name: 'opa.compile_ms',
    value: median(compiles),
    unit: 'ms',
    parameters: {
      policies: 'policies/',
      files: sources.files.length,
      runs: 3,
      stat: 'median',
      opa_version: version,
    },
  });
  return figures;
};

export default bench;
