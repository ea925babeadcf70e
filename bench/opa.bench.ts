/**
 * OPA gate benchmark: in-process opa-wasm evaluations per second of this repository's own
 * policies (the precompiled dist/policies wasm), against `opa bench` (Go OPA, in-process
 * Rego evaluation) on the same query and input; and how long compiling and loading take.
 * Target: opa-wasm within 2x of Go OPA.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compilePolicy,
  ENTRY_FILE,
  ENTRY_PACKAGE,
  ENTRYPOINT,
  entryRego,
  MERGED_FILE,
  mergeModules,
  readPolicySources,
} from '../action/gates/opa/compile.js';
import { DEFAULT_NAMESPACE } from '../action/gates/opa/config.js';
import { buildInput } from '../action/gates/opa/input.js';
import { findOpa, opaVersion, runOpa } from '../action/gates/opa/opa-cli.js';
import { loadWasmPolicy } from '../action/gates/opa/wasm.js';
import type { ChangedFile } from '../action/contract/pr-facts.js';
import type { BenchFigure, BenchModule } from './types.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** A realistic pull request: 25 files across risk classes, one large file. */
function benchInput(): ReturnType<typeof buildInput> {
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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const bench: BenchModule = async (log) => {
  const figures: BenchFigure[] = [];
  const input = benchInput();
  const wasmBytes = new Uint8Array(readFileSync(join(root, 'dist/policies/policies.wasm')));
  const params = {
    policies: 'policies/ (dist/policies/policies.wasm)',
    query: `data.${ENTRY_PACKAGE}.result`,
    changed_files: input.changed_files.length,
  };

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
    parameters: { ...params, runs: 10, stat: 'median' },
  });

  // opa-wasm evaluations per second (the gate evaluates exactly this way).
  const policy = await loadWasmPolicy(wasmBytes, { name: 'policies' });
  for (let i = 0; i < 200; i++) policy.evaluate(input, ENTRYPOINT);
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 2000) {
    policy.evaluate(input, ENTRYPOINT);
    n++;
  }
  const wasmPerSec = n / ((performance.now() - t0) / 1000);
  log(`opa-wasm: ${wasmPerSec.toFixed(0)} evaluations/s (${n} in 2 s)`);
  figures.push({
    name: 'opa.wasm_evals_per_second',
    value: wasmPerSec,
    unit: 'evals/s',
    parameters: { ...params, evaluations: n },
  });

  const opa = findOpa(process.env);
  if (opa === undefined) {
    log('opa CLI not found: skipping the Go OPA comparison and compile time');
    return figures;
  }
  const version = (await opaVersion(opa)) ?? 'unknown';

  // Go OPA on the same module layout and query (`opa bench` evaluates in-process, no server).
  const sources = readPolicySources(join(root, 'policies'), 'policies', DEFAULT_NAMESPACE);
  const work = mkdtempSync(join(tmpdir(), 'maestro-opa-bench-'));
  mkdirSync(join(work, 'src'));
  writeFileSync(join(work, 'src', MERGED_FILE), mergeModules(sources, DEFAULT_NAMESPACE));
  writeFileSync(join(work, 'src', ENTRY_FILE), entryRego(DEFAULT_NAMESPACE));
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
  const goBench = JSON.parse(stdout) as { N: number; T: number };
  const goPerSec = goBench.N / (goBench.T / 1e9);
  log(`opa bench (Go ${version}): ${goPerSec.toFixed(0)} evaluations/s`);
  figures.push({
    name: 'opa.go_opa_evals_per_second',
    value: goPerSec,
    unit: 'evals/s',
    parameters: { ...params, opa_version: version, iterations: goBench.N, tool: 'opa bench' },
  });
  figures.push({
    name: 'opa.wasm_vs_go_ratio',
    value: wasmPerSec / goPerSec,
    unit: 'x',
    parameters: {
      ...params,
      meaning: 'opa-wasm evals/s divided by Go OPA evals/s; target >= 0.5 (within 2x)',
    },
  });

  // Compile time: `opa build -t wasm` of policies/ (no cache), as the gate does for base policies.
  const compiles: number[] = [];
  for (let i = 0; i < 3; i++) {
    const c0 = performance.now();
    await compilePolicy(sources, {
      opaPath: opa,
      opaVersion: version,
      namespace: DEFAULT_NAMESPACE,
      reproducible: true,
    });
    compiles.push(performance.now() - c0);
  }
  log(`opa build -t wasm: ${median(compiles).toFixed(0)} ms (median of 3)`);
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
