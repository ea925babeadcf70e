/**
 * The one door to `@open-policy-agent/opa-wasm`. No other module imports it.
 *
 * opa-wasm throws plain strings on `opa_abort` ("opa_malloc: failed", "p.rego:3:1: var
 * assignment conflict"), plain objects for unimplemented builtins, and WebAssembly traps or
 * RangeErrors when the module runs out of stack. Every one of those is normalised here into a
 * `MaestroError` with a precise reason code and the policy's name, so no caller ever sees a
 * raw thrown value.
 */
import * as opaWasm from '@open-policy-agent/opa-wasm';
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';
import { createContext, Script } from 'node:vm';
import { describeThrown, MaestroError } from '../../contract/errors.js';

/**
 * Builtins that opa-wasm implements in JavaScript (`src/builtins/*.js` of the package). Every
 * other builtin a compiled policy imports from its host is unsupported and would fail at the
 * first call, so such policies are rejected when they are loaded. Builtins compiled into the
 * wasm module itself never appear in its import list.
 */
export const HOST_BUILTINS: ReadonlySet<string> = new Set([
  'sprintf',
  'regex.split',
  'json.is_valid',
  'yaml.is_valid',
  'yaml.marshal',
  'yaml.unmarshal',
  // Provided here: collects `print()` output for the report.
  'internal.print',
]);

/** How `print()` shows one operand (a set of its values; empty when undefined), as OPA does. */
function printOperand(values: unknown): string {
  if (!Array.isArray(values) || values.length === 0) return '<undefined>';
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

// The package's ESM entry re-exports only `loadPolicy`; `loadPolicySync` lives on its default
// export (the CommonJS module object), whatever its type declarations say.
function sdk(): Pick<typeof opaWasm, 'loadPolicySync'> {
  return (
    (opaWasm as unknown as { default?: Pick<typeof opaWasm, 'loadPolicySync'> }).default ?? opaWasm
  );
}

/** The parts of the WebAssembly global this module uses (the project's lib has no DOM types). */
interface WasmRuntime {
  compile(bytes: Uint8Array): Promise<object>;
  Module: { exports(module: object): { name: string; kind: string }[] };
  RuntimeError: abstract new (...args: never[]) => Error;
}

function wasmRuntime(): WasmRuntime {
  return (globalThis as unknown as { WebAssembly: WasmRuntime }).WebAssembly;
}

/** Exports every OPA policy module has (ABI 1.x). */
const REQUIRED_EXPORTS = [
  'opa_wasm_abi_version',
  'opa_wasm_abi_minor_version',
  'builtins',
  'entrypoints',
  'opa_json_dump',
  'opa_eval',
];

/** What this module reads of a loaded policy. */
interface PolicyInternals {
  wasmInstance: {
    exports?: Record<string, unknown>;
    instance?: { exports: Record<string, unknown> };
  };
  mem: { buffer: ArrayBuffer };
}

/** 64 KiB wasm pages. The default cap (1024 pages = 64 MiB) bounds what one policy may allocate. */
export const DEFAULT_MAX_MEMORY_PAGES = 1024;

/** A compiled policy ready to evaluate. */
export interface WasmPolicy {
  /** The policy's name in messages (its directory or bundle name). */
  readonly name: string;
  /** Entrypoint names compiled into the module (`maestro/gate`, ...). */
  readonly entrypoints: readonly string[];
  /** Builtins the module imports from its host. */
  readonly hostBuiltins: readonly string[];
  /**
   * Evaluates one entrypoint. `input` is a JSON-serialisable value, or JSON text as bytes.
   * Returns the entrypoint's value, or `undefined` when it is undefined for this input.
   */
  evaluate(input: unknown, entrypoint: string): unknown;
  /** Sets `data` for every later evaluation (the policy's data files). */
  setData(data: unknown): void;
  /** The `print()` output of the evaluations since the last call, one line per print. */
  takePrints(): string[];
}

/** Options for {@link loadWasmPolicy}. */
export interface LoadOptions {
  /** Name used in every message (e.g. the policy directory `policies`). */
  name: string;
  /** Maximum memory of one instance, in 64 KiB pages. */
  maxMemoryPages?: number;
}

let runScript: Script | undefined;

/** Default time limit of one evaluation. */
export const DEFAULT_EVAL_TIMEOUT_MS = 10_000;

/**
 * Compiles and instantiates a policy module, and rejects it when it imports a builtin the
 * host does not implement (`http.send`, `time.now_ns`, ...), naming the builtin.
 */
export async function loadWasmPolicy(bytes: Uint8Array, options: LoadOptions): Promise<WasmPolicy> {
  const { name } = options;
  const maxPages = options.maxMemoryPages ?? DEFAULT_MAX_MEMORY_PAGES;
  let module: object;
  try {
    module = await wasmRuntime().compile(bytes);
  } catch (thrown) {
    throw new MaestroError(
      'OPA_POLICY_LOAD_FAILED',
      `policy ${name}: the compiled module is not valid WebAssembly (${describeThrown(thrown)}). Rebuild it with \`opa build -t wasm\`.`,
      { cause: thrown },
    );
  }
  // Checked here so opa-wasm never sees (and logs about) a module outside its ABI.
  const exported = new Set(
    wasmRuntime()
      .Module.exports(module)
      .map((e) => e.name),
  );
  const missing = REQUIRED_EXPORTS.filter((e) => !exported.has(e));
  if (missing.length > 0) {
    throw new MaestroError(
      'OPA_POLICY_LOAD_FAILED',
      `policy ${name}: the module is not an OPA policy (it lacks ${missing.join(', ')}). Build it with \`opa build -t wasm\`.`,
    );
  }
  let prints: string[] = [];
  const instantiate = (): LoadedPolicy => {
    try {
      return sdk().loadPolicySync(
        module,
        { initial: Math.min(5, maxPages), maximum: maxPages },
        {
          'internal.print': (operands: unknown): boolean => {
            prints.push(Array.isArray(operands) ? operands.map(printOperand).join(' ') : '');
            return true;
          },
        },
      );
    } catch (thrown) {
      throw new MaestroError(
        'OPA_POLICY_LOAD_FAILED',
        `policy ${name}: the compiled module could not be instantiated (${describeThrown(thrown)}). Rebuild it with \`opa build -t wasm\` from OPA 1.x.`,
        { cause: thrown },
      );
    }
  };
  let loaded: LoadedPolicy | undefined = instantiate();
  const hostBuiltins = readHostBuiltins(loaded, name);
  const unsupported = hostBuiltins.filter((b) => !HOST_BUILTINS.has(b)).sort();
  if (unsupported.length > 0) {
    throw new MaestroError(
      'OPA_UNSUPPORTED_BUILTIN',
      `policy ${name}: uses ${unsupported.map((b) => `\`${b}\``).join(', ')}, which the in-process WebAssembly evaluator does not support. Gate policies must be pure functions of their input: remove the call (network, clock and randomness are not available to gate policies).`,
    );
  }
  const entrypoints = Object.keys(loaded.entrypoints as Record<string, number>).sort();

  return {
    name,
    entrypoints,
    hostBuiltins,
    setData(data: unknown): void {
      const instance = loaded ?? instantiate();
      loaded = undefined;
      try {
        instance.setData(data as object);
      } catch (thrown) {
        throw classifyEvalFailure(thrown, name, 'data');
      }
      loaded = instance;
    },
    evaluate(input: unknown, entrypoint: string): unknown {
      if (!entrypoints.includes(entrypoint)) {
        throw new MaestroError(
          'OPA_POLICY_LOAD_FAILED',
          `policy ${name}: has no entrypoint \`${entrypoint}\` (it has ${entrypoints.join(', ') || 'none'}).`,
        );
      }
      const instance = loaded ?? instantiate();
      // An instance that aborted or trapped may have a corrupt heap: it is never reused.
      loaded = undefined;
      let result: unknown;
      try {
        result = runEvaluate(instance, input, entrypoint, name);
      } catch (thrown) {
        throw classifyEvalFailure(thrown, name, entrypoint);
      }
      loaded = instance;
      return result;
    },
    takePrints(): string[] {
      const out = prints;
      prints = [];
      return out;
    },
  };
}

/**
 * Runs `work` (synchronous evaluations) under one time limit. The limit interrupts even a
 * WebAssembly loop: V8's watchdog thread stops the script. One watchdog per call, so the whole
 * evaluation phase of a gate run shares one deadline instead of paying a thread per evaluation.
 * A run past the limit throws `OPA_POLICY_TIMEOUT`.
 */
export function runWithDeadline<T>(work: () => T, timeoutMs: number, what: string): T {
  const sandbox = createContext({ run: work });
  runScript ??= new Script('run()');
  try {
    return runScript.runInContext(sandbox, { timeout: Math.max(1, Math.round(timeoutMs)) }) as T;
  } catch (thrown) {
    if ((thrown as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new MaestroError(
        'OPA_POLICY_TIMEOUT',
        `${what} did not finish within ${Math.round(timeoutMs)} ms and was stopped. Make the policy cheaper (avoid pairwise comprehensions over all changed files), or raise \`gates.opa.eval_timeout_seconds\`.`,
        { cause: thrown },
      );
    }
    throw thrown;
  }
}

function runEvaluate(
  instance: LoadedPolicy,
  input: unknown,
  entrypoint: string,
  name: string,
): unknown {
  const arg = input instanceof Uint8Array ? jsonBuffer(input) : input;
  const resultSet: unknown = instance.evaluate(arg, entrypoint);
  if (!Array.isArray(resultSet)) {
    throw new MaestroError(
      'OPA_RESULT_MALFORMED',
      `policy ${name}: entrypoint \`${entrypoint}\` returned ${describeValue(resultSet)} instead of a result set.`,
    );
  }
  if (resultSet.length === 0) return undefined;
  if (resultSet.length > 1) {
    throw new MaestroError(
      'OPA_RESULT_MALFORMED',
      `policy ${name}: entrypoint \`${entrypoint}\` returned ${resultSet.length} results; exactly one was expected.`,
    );
  }
  const first: unknown = resultSet[0];
  if (first === null || typeof first !== 'object' || !('result' in first)) {
    throw new MaestroError(
      'OPA_RESULT_MALFORMED',
      `policy ${name}: entrypoint \`${entrypoint}\` returned ${describeValue(first)} instead of {result: ...}.`,
    );
  }
  return first.result;
}

/**
 * JSON text as the `ArrayBuffer` opa-wasm takes it (any other value it serialises with
 * JSON.stringify). opa-wasm only reads that buffer, copying it into the module's memory, so a
 * view over a whole `ArrayBuffer` (what TextEncoder returns) is passed as it is; a view over
 * part of a buffer, or over a SharedArrayBuffer (which opa-wasm would not recognise as text),
 * is copied first.
 */
function jsonBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer } = bytes;
  if (
    buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === buffer.byteLength
  )
    return buffer;
  return new Uint8Array(bytes).buffer;
}

function classifyEvalFailure(thrown: unknown, name: string, entrypoint: string): MaestroError {
  if (thrown instanceof MaestroError) return thrown;
  const what = describeThrown(thrown);
  if (thrown instanceof wasmRuntime().RuntimeError || thrown instanceof RangeError) {
    return new MaestroError(
      'OPA_POLICY_TRAPPED',
      `policy ${name}: evaluation of \`${entrypoint}\` trapped (${what}). The policy or its input exceeded the evaluator's stack or memory; simplify the policy or report the input that caused it.`,
      { cause: thrown },
    );
  }
  if (typeof thrown === 'string') {
    return new MaestroError(
      'OPA_POLICY_ABORTED',
      `policy ${name}: evaluation of \`${entrypoint}\` aborted: ${what}. Fix the policy (a conflict between complete rules, or memory exhaustion), then run \`opa test\` on it.`,
      { cause: thrown },
    );
  }
  const message =
    thrown !== null &&
    typeof thrown === 'object' &&
    typeof (thrown as { message?: unknown }).message === 'string'
      ? (thrown as { message: string }).message
      : what;
  if (message.startsWith('not implemented: built-in function')) {
    return new MaestroError(
      'OPA_UNSUPPORTED_BUILTIN',
      `policy ${name}: ${message}. Remove the call from the policy.`,
      { cause: thrown },
    );
  }
  return new MaestroError(
    'OPA_POLICY_ABORTED',
    `policy ${name}: evaluation of \`${entrypoint}\` failed: ${message}.`,
    {
      cause: thrown,
    },
  );
}

/** Reads the module's host-builtin import table (`builtins()` export, opa-wasm ABI 1.x). */
function readHostBuiltins(policy: LoadedPolicy, name: string): string[] {
  try {
    const internals = policy as unknown as PolicyInternals;
    const holder = internals.wasmInstance;
    const exports = holder.instance?.exports ?? holder.exports ?? {};
    const builtins = exports['builtins'] as () => number;
    const dump = exports['opa_json_dump'] as (addr: number) => number;
    const addr = dump(builtins());
    const heap = new Uint8Array(internals.mem.buffer);
    let end = addr;
    while (end < heap.length && heap[end] !== 0) end++;
    const table = JSON.parse(new TextDecoder().decode(heap.subarray(addr, end))) as unknown;
    if (table === null || typeof table !== 'object' || Array.isArray(table))
      throw new MaestroError('OPA_POLICY_LOAD_FAILED', 'the builtin table is not an object');
    return Object.keys(table).sort();
  } catch (thrown) {
    throw new MaestroError(
      'OPA_POLICY_LOAD_FAILED',
      `policy ${name}: could not read the module's builtin table (${describeThrown(thrown)}). Rebuild it with \`opa build -t wasm\` from OPA 1.x.`,
      { cause: thrown },
    );
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    const text = JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  } catch {
    return typeof value;
  }
}
