/**
 * OPA gate benchmark: in-process opa-wasm against Go OPA 1.10.1 on the same modules, query and
 * input, for two policy shapes in one run: this repository's own policies (the precompiled
 * dist/policies wasm) over a 25-file pull request, and a one-rule deny over 300 changed files.
 *
 * The module is measured two ways. The gate's whole work (its production path, through
 * action/gates/opa/wasm.ts): the module decodes the JSON input, evaluates, encodes the result,
 * which is read back. And prepared (bench/opa-prepared.ts, a measurement harness, not the
 * gate's path): the input parsed into the module's memory once, then only evaluated, as
 * `opa bench` does; after every K evaluations one more is read back and must equal the gate's
 * result exactly, and the parsed input's memory must be unchanged, or the bench fails.
 * Go is measured three ways: `opa bench` by its own clock, and the Go harness (bench/opa-go)
 * evaluating only (as `opa bench`) and doing the gate's whole work (decode, evaluate, encode),
 * both by process CPU time, which a machine shared with other work distorts less than the clock.
 * Also the gate's first evaluation on a freshly loaded module (what one gate run does), and how
 * long compiling and loading take. Target: opa-wasm at least 2x Go OPA on both shapes.
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
import { preparePolicy, resultOf, type PreparedPolicy } from './opa-prepared.js';
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

/** Prepared evaluations between two checks against the gate's result. */
const CHECK_EVERY = 100;

/** Fresh module loads for the first-evaluation figure. */
const FIRST_EVAL_LOADS = 15;

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

/**
 * Evaluations per second of a prepared policy (input parsed once), timed in batches of
 * {@link CHECK_EVERY}. After each batch, untimed, one more evaluation is read back and must
 * equal `expected` (the gate path's result, as JSON) exactly, and the parsed input's memory must
 * be unchanged; otherwise this throws and the bench fails.
 */
function preparedRate(
  prepared: PreparedPolicy,
  read: boolean,
  expected: string,
  ms: number,
): Rate & { checks: number } {
  const check = (): void => {
    const got = JSON.stringify(resultOf(prepared.evaluateAndRead()));
    if (got !== expected)
      throw new Error(`a prepared evaluation returned ${got}, the gate path ${expected}`);
    prepared.verify();
  };
  const one = read ? (): unknown => prepared.evaluateAndRead() : (): unknown => prepared.evaluate();
  return runWithDeadline(
    () => {
      for (let i = 0; i < 200; i++) one();
      check();
      let n = 0;
      let checks = 0;
      let wall = 0;
      let cpu = 0;
      while (wall < ms) {
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        for (let i = 0; i < CHECK_EVERY; i++) one();
        wall += performance.now() - t0;
        const c = process.cpuUsage(cpu0);
        cpu += (c.user + c.system) / 1000;
        n += CHECK_EVERY;
        check();
        checks++;
      }
      return { n, checks, wallPerSec: n / (wall / 1000), cpuPerSec: n / (cpu / 1000) };
    },
    ms * 20,
    'bench',
  );
}

/**
 * The gate's production path for one run: load the module, read its layout, evaluate the input
 * once. Milliseconds of that one evaluation (median over fresh loads); the load is not timed.
 */
async function firstEvaluationMs(wasm: Uint8Array, input: Uint8Array): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < FIRST_EVAL_LOADS; i++) {
    const policy = await loadWasmPolicy(wasm, { name: 'first' });
    policy.evaluate({}, LAYOUT_ENTRYPOINT);
    const t0 = performance.now();
    policy.evaluate(input, ENTRYPOINT);
    times.push(performance.now() - t0);
  }
  return median(times);
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
    const module = await shape.wasm();
    const policy = await loadWasmPolicy(module, { name: shape.key });
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
      `opa-wasm, ${shape.label}, the gate's whole work: ${wasm.wallPerSec.toFixed(0)} evaluations/s by the clock, ${wasm.cpuPerSec.toFixed(0)}/s of CPU time (${wasm.n} in ${MS / 1000} s; load ${wasmLoad})`,
    );
    figure('wasm_evals_per_second', wasm.wallPerSec, 'evals/s', {
      evaluations: wasm.n,
      work: 'decode the JSON input, evaluate, encode and read back the result (the gate)',
      clock: 'wall',
      load_average: wasmLoad,
    });
    figure('wasm_cpu_evals_per_second', wasm.cpuPerSec, 'evals/s', {
      evaluations: wasm.n,
      work: 'decode the JSON input, evaluate, encode and read back the result (the gate)',
      clock: 'process CPU time',
      load_average: wasmLoad,
    });

    // Prepared: the input parsed into the module once, as opa bench decodes its input once.
    const expected = JSON.stringify(policy.evaluate(input, ENTRYPOINT));
    const prepared = preparePolicy(module, input, ENTRYPOINT);
    const prep = preparedRate(prepared, false, expected, MS);
    const prepLoad = load();
    const prepRead = preparedRate(prepared, true, expected, MS / 2);
    const prepReadLoad = load();
    log(
      `  prepared (input parsed once; harness, not the gate's path): evaluate only ${prep.wallPerSec.toFixed(0)}/s by the clock, ${prep.cpuPerSec.toFixed(0)}/s of CPU (load ${prepLoad}); evaluate, encode and read back ${prepRead.cpuPerSec.toFixed(0)}/s of CPU (load ${prepReadLoad}); ${prep.checks + prepRead.checks} checks against the gate's result passed`,
    );
    const prepParams = {
      harness:
        'bench/opa-prepared.ts (OPA wasm ABI: opa_json_parse once, then eval per evaluation)',
      production_path: false,
      check: `after every ${CHECK_EVERY} evaluations one more is read back and equals the gate's result exactly, and the parsed input's memory is unchanged`,
    };
    figure('wasm_prepared_cpu_evals_per_second', prep.cpuPerSec, 'evals/s', {
      ...prepParams,
      evaluations: prep.n,
      checks: prep.checks,
      work: "evaluate only, on input parsed into the module once (opa bench's terms); the result set stays in the module",
      wall_evals_per_second: prep.wallPerSec,
      clock: 'process CPU time',
      load_average: prepLoad,
    });
    figure('wasm_prepared_read_cpu_evals_per_second', prepRead.cpuPerSec, 'evals/s', {
      ...prepParams,
      evaluations: prepRead.n,
      checks: prepRead.checks,
      work: 'evaluate on input parsed once, encode the result as JSON in the module, parse it in JavaScript',
      wall_evals_per_second: prepRead.wallPerSec,
      clock: 'process CPU time',
      load_average: prepReadLoad,
    });
    // Computed from two measured rates: the time per evaluation the prepared path saves.
    const decodeShare = 1 - wasm.cpuPerSec / prepRead.cpuPerSec;
    log(
      `  copying and decoding the input inside the module: ${(decodeShare * 100).toFixed(0)} % of the gate's evaluation (1 - whole / prepared-and-read, by CPU time)`,
    );
    figure('wasm_input_decode_share', decodeShare, 'fraction', {
      meaning:
        'share of one gate evaluation spent handing the JSON input to the module and decoding it there: 1 - (whole work rate / prepared-and-read rate), both measured by CPU time',
    });

    const first = await firstEvaluationMs(module, input);
    const firstLoad = load();
    log(
      `  first evaluation on a freshly loaded module (one gate run): ${first.toFixed(3)} ms, median of ${FIRST_EVAL_LOADS} (load ${firstLoad})`,
    );
    figure('wasm_first_eval_ms', first, 'ms', {
      work: "the gate's production path: a freshly loaded module (layout read), one evaluation of the input",
      loads: FIRST_EVAL_LOADS,
      stat: 'median',
      clock: 'wall',
      load_average: firstLoad,
    });
    if (opa === undefined) continue;

    const work = await goWorkspace(opa, shape.files, input);
    try {
      const bench = await opaBenchRate(opa, work, QUERY);
      const benchLoad = load();
      log(
        `opa bench (Go ${version}): ${bench.perSec.toFixed(0)} evaluations/s by its clock (input decoded once; load ${benchLoad})`,
      );
      figure('go_opa_evals_per_second', bench.perSec, 'evals/s', {
        opa_version: version,
        iterations: bench.n,
        tool: 'opa bench',
        work: 'evaluate only: the input is decoded once before the loop',
        clock: 'wall (testing.Benchmark, stopped between iterations)',
        load_average: benchLoad,
      });
      const ratio = (name: string, value: number, meaning: string): void => {
        figure(name, value, 'x', { meaning });
        log(`  ${name}: ${value.toFixed(2)}x`);
      };
      ratio(
        'wasm_vs_go_ratio',
        wasm.wallPerSec / bench.perSec,
        "(c) the gate's whole work (decode, evaluate, encode) over opa bench (evaluate only), both by the clock: unequal work, kept visible",
      );
      ratio(
        'wasm_prepared_vs_opa_bench_ratio',
        prep.wallPerSec / bench.perSec,
        '(b) prepared wasm (input parsed once, evaluate only) over opa bench (input decoded once, evaluate), both by the clock: equal work, measured',
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
        log(
          `Go OPA ${mode}: ${go.wallPerSec.toFixed(0)}/s by the clock, ${go.cpuPerSec.toFixed(0)}/s of CPU time (load ${goLoad})`,
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
          ratio(
            'wasm_prepared_vs_go_eval_only_ratio',
            prep.cpuPerSec / go.cpuPerSec,
            '(b) prepared wasm (input parsed once, evaluate only) over Go OPA evaluating only (input decoded once, result discarded), by CPU time: equal work, measured; target >= 2',
          );
          ratio(
            'wasm_prepared_read_vs_go_eval_only_ratio',
            prepRead.cpuPerSec / go.cpuPerSec,
            '(b) prepared wasm that also encodes and reads back its result over Go OPA evaluating only, by CPU time: wasm does more work',
          );
          ratio(
            'wasm_vs_go_eval_only_ratio',
            wasm.cpuPerSec / go.cpuPerSec,
            "(c) the gate's whole work over Go OPA evaluating only, by CPU time: unequal work (wasm also decodes the input and encodes the result)",
          );
        } else {
          ratio(
            'wasm_vs_go_same_work_ratio',
            wasm.cpuPerSec / go.cpuPerSec,
            "(a) the gate's whole work over Go OPA doing the same (decode the input, evaluate, encode the result), by CPU time: equal work; target >= 2",
          );
        }
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
