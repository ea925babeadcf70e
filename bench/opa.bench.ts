/**
 * OPA gate benchmark: in-process opa-wasm against Go OPA 1.10.1 on the same modules, query and
 * input, for two policy shapes in one run: this repository's own policies (the precompiled
 * dist/policies wasm) over a 25-file pull request, and a one-rule deny over 300 changed files.
 * Go is measured three ways: `opa bench` by its own clock, and the Go harness (bench/opa-go)
 * evaluating only (as `opa bench`: input decoded once, result discarded) and doing the gate's
 * whole work (decode the JSON input, evaluate, encode the result), both by process CPU time,
 * which a machine shared with other work distorts less than the clock. Also the share of a
 * wasm evaluation spent decoding its input, and how long compiling and loading take.
 * Target: opa-wasm at least 2x Go OPA on both shapes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compilePolicy,
  ENTRY_PACKAGE,
  ENTRYPOINT,
  LAYOUT_ENTRYPOINT,
  MERGED_FILE,
  mergeModules,
  readPolicySources,
  type PolicySources,
} from '../action/gates/opa/compile.js';
import { DEFAULT_NAMESPACE } from '../action/gates/opa/config.js';
import { buildInput, type OpaInput } from '../action/gates/opa/input.js';
import { findOpa, opaVersion } from '../action/gates/opa/opa-cli.js';
import { loadWasmPolicy, runWithDeadline, type WasmPolicy } from '../action/gates/opa/wasm.js';
import type { ChangedFile } from '../action/contract/pr-facts.js';
import type { BenchFigure, BenchModule } from './types.js';
import {
  buildGoHarness,
  canonical,
  goHarnessRate,
  goWorkspace,
  opaBenchRate,
  type Rate,
} from './opa-go.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** The query both engines evaluate: every decision rule, as the gate's entrypoint. */
const QUERY = `data.${ENTRY_PACKAGE}.result`;

/** Milliseconds per measured loop. */
const MS = 2000;

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

/**
 * Evaluations per second of `entrypoint` over `ms`, the way the gate evaluates: JSON input bytes
 * decoded by the module, the result encoded and read back, one deadline around them all.
 */
function wasmRate(policy: WasmPolicy, input: Uint8Array, entrypoint: string, ms: number): Rate {
  for (let i = 0; i < 200; i++) policy.evaluate(input, entrypoint);
  return runWithDeadline(
    () => {
      let n = 0;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      while (performance.now() - t0 < ms) {
        policy.evaluate(input, entrypoint);
        n++;
      }
      const wall = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      return { n, wallPerSec: n / wall, cpuPerSec: n / ((cpu.user + cpu.system) / 1e6) };
    },
    ms * 10,
    'bench',
  );
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

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

  const scratch = mkdtempSync(join(tmpdir(), 'maestro-opa-go-'));
  const harness = opa === undefined ? undefined : buildGoHarness(scratch, log);
  for (const shape of shapes) {
    if (shape.key !== 'project' && opa === undefined) continue;
    const policy = await loadWasmPolicy(await shape.wasm(), { name: shape.key });
    // Serialised once, as the gate does for all its modules; decoded by the module every time.
    const input = new TextEncoder().encode(JSON.stringify(shape.input));
    const prefix = shape.key === 'project' ? 'opa' : `opa.${shape.key}`;
    const params = {
      policies: shape.label,
      query: QUERY,
      changed_files: shape.input.changed_files.length,
      input_bytes: input.length,
    };
    const figure = (name: string, value: number, unit: string, extra: object): void => {
      figures.push({ name: `${prefix}.${name}`, value, unit, parameters: { ...params, ...extra } });
    };

    const wasm = wasmRate(policy, input, ENTRYPOINT, MS);
    const wasmLoad = load();
    log(
      `opa-wasm, ${shape.label}: ${wasm.wallPerSec.toFixed(0)} evaluations/s by the clock, ${wasm.cpuPerSec.toFixed(0)}/s of CPU time (${wasm.n} in ${MS / 1000} s; load ${wasmLoad})`,
    );
    figure('wasm_evals_per_second', wasm.wallPerSec, 'evals/s', {
      evaluations: wasm.n,
      work: 'decode the JSON input, evaluate, encode and read back the result (the gate)',
      clock: 'wall',
      load_average: wasmLoad,
    });
    figure('wasm_cpu_evals_per_second', wasm.cpuPerSec, 'evals/s', {
      evaluations: wasm.n,
      clock: 'process CPU time',
      load_average: wasmLoad,
    });
    // What decoding the input costs: the layout entrypoint (a constant) with this input and
    // with an empty one; the difference is the module decoding the input.
    const withInput = wasmRate(policy, input, LAYOUT_ENTRYPOINT, MS / 2);
    const empty = wasmRate(policy, new TextEncoder().encode('{}'), LAYOUT_ENTRYPOINT, MS / 2);
    const decodeShare = (1 / withInput.cpuPerSec - 1 / empty.cpuPerSec) * wasm.cpuPerSec;
    log(`  decoding the input inside the module: ${(decodeShare * 100).toFixed(0)} % of the time`);
    figure('wasm_input_decode_share', decodeShare, 'fraction', {
      meaning:
        'share of one gate evaluation spent decoding the JSON input inside the module (CPU time of the constant layout entrypoint with this input minus with {}, over one evaluation)',
    });
    // Derived, not measured directly: the module without the decoding opa bench leaves out.
    const evalOnly = wasm.cpuPerSec / Math.max(1e-9, 1 - decodeShare);
    figure('wasm_eval_only_cpu_evals_per_second_derived', evalOnly, 'evals/s', {
      meaning:
        'wasm CPU-time rate with the input-decoding share removed: evaluate and encode only (derived from the two measurements above)',
    });
    if (opa === undefined) continue;

    const work = await goWorkspace(opa, shape.files, input);
    try {
      const bench = await opaBenchRate(opa, work, QUERY);
      const benchLoad = load();
      log(
        `opa bench (Go ${version}): ${bench.perSec.toFixed(0)} evaluations/s by its clock (input decoded once, result discarded; load ${benchLoad})`,
      );
      figure('go_opa_evals_per_second', bench.perSec, 'evals/s', {
        opa_version: version,
        iterations: bench.n,
        tool: 'opa bench',
        work: 'evaluate only: the input is decoded once, the result is not encoded',
        clock: 'wall (testing.Benchmark)',
        load_average: benchLoad,
      });
      figure('wasm_vs_go_ratio', wasm.wallPerSec / bench.perSec, 'x', {
        meaning:
          'opa-wasm evals/s (the gate: decode, evaluate, encode) over opa bench evals/s (evaluate only), both by the clock; unequal work, kept for comparison with earlier runs',
      });
      log(
        `  wasm/opa bench by the clock (unequal work): ${(wasm.wallPerSec / bench.perSec).toFixed(2)}x`,
      );
      if (harness === undefined) continue;
      for (const mode of ['eval-only', 'same-work'] as const) {
        const go = goHarnessRate(harness, work, QUERY, mode, MS);
        const goLoad = load();
        const key = mode === 'eval-only' ? 'eval_only' : 'same_work';
        if (mode === 'same-work') {
          const ours = canonical(policy.evaluate(input, ENTRYPOINT));
          if (canonical(go.result) !== ours)
            throw new Error(
              `${shape.key}: Go OPA and opa-wasm disagree: ${canonical(go.result)} vs ${ours}`,
            );
        }
        const ratio = wasm.cpuPerSec / go.cpuPerSec;
        log(
          `Go OPA ${mode}: ${go.wallPerSec.toFixed(0)}/s by the clock, ${go.cpuPerSec.toFixed(0)}/s of CPU time (load ${goLoad}); wasm/Go by CPU time: ${ratio.toFixed(2)}x`,
        );
        figure(`go_${key}_cpu_evals_per_second`, go.cpuPerSec, 'evals/s', {
          opa_version: version,
          tool: 'bench/opa-go (Go OPA library)',
          work:
            mode === 'eval-only'
              ? 'evaluate only, as opa bench: input decoded once, result discarded'
              : 'as the gate: decode the JSON input, evaluate, encode the result as JSON',
          evaluations: go.n,
          wall_evals_per_second: go.wallPerSec,
          clock: 'process CPU time',
          load_average: goLoad,
        });
        if (mode === 'eval-only') {
          figure('wasm_vs_go_eval_only_derived_ratio', evalOnly / go.cpuPerSec, 'x', {
            meaning:
              'derived wasm rate without input decoding over Go OPA evaluating only, by CPU time: the closest to equal work on opa bench terms',
          });
          log(
            `  derived: wasm without input decoding / Go eval-only: ${(evalOnly / go.cpuPerSec).toFixed(2)}x`,
          );
        }
        figure(`wasm_vs_go_${key}_ratio`, ratio, 'x', {
          meaning:
            mode === 'eval-only'
              ? "opa-wasm doing the gate's work over Go OPA evaluating only, by CPU time: wasm does more work; target >= 2"
              : 'opa-wasm over Go OPA, both decoding the input and encoding the result each evaluation, by CPU time; target >= 2',
        });
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  rmSync(scratch, { recursive: true, force: true });
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
