/**
 * Routing policies in Rego: one `.rego` file whose rule `route` (in the file's package) gives,
 * for `input` = the context (each field's value as a string, as in CSV, so every data format
 * sees the same input), either a distribution `{"<arm>": p, …}` or one arm name (probability
 * 1). Compiled with `opa build -t wasm` by the `opa` CLI the edge resolved, evaluated in process
 * through the OPA gate's WebAssembly module (the one door to opa-wasm); the new contexts of a
 * chunk run as one batch under one deadline. Distributions are validated as JSON tables are.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, normalize } from 'node:path';
import { describeThrown, MaestroError } from '../../contract/errors.js';
import { extractPolicyWasm, packageOf } from '../opa/compile.js';
import { runOpa } from '../opa/opa-cli.js';
import type { OpaBinary } from '../opa/toolchain.js';
import { DEFAULT_EVAL_TIMEOUT_MS, loadWasmPolicy, runWithDeadline } from '../opa/wasm.js';
import { validDistribution, type ContextRows, type RoutingPolicy } from './policy.js';

/** The rule a Rego routing policy defines. */
export const ROUTE_RULE = 'route';

/** A compiled Rego routing policy. */
export interface RegoPolicy extends RoutingPolicy {
  readonly kind: 'rego';
  /** `opa build` entrypoint: `<package path>/route`. */
  readonly entrypoint: string;
}

/** Options of {@link loadRegoPolicy}. */
export interface RegoPolicyOptions {
  /** The `opa` CLI to compile with (resolved by the edge). */
  opa: OpaBinary;
  /** Time limit of one batch of evaluations (default 10 s). */
  evalTimeoutMs?: number;
  signal?: AbortSignal;
}

function invalid(file: string, message: string, line?: number): MaestroError {
  return new MaestroError('OPE_POLICY_INVALID', `${file}: ${message}`, {
    location: line === undefined ? { file } : { file, line },
  });
}

/**
 * The name the source is compiled under, so opa's messages (and the module's own error
 * locations) name the file as the user knows it: a relative path stays, anything else is its
 * base name.
 */
function sourceName(path: string): string {
  const n = normalize(path).split('\\').join('/');
  return isAbsolute(path) || n.split('/')[0] === '..' ? basename(path) : n;
}

/** Compiles the policy text to a wasm module with the one entrypoint. */
async function compile(
  text: string,
  path: string,
  file: string,
  entrypoint: string,
  options: RegoPolicyOptions,
): Promise<Uint8Array> {
  const work = mkdtempSync(join(tmpdir(), 'maestro-ope-rego-'));
  try {
    const rel = sourceName(path);
    mkdirSync(join(work, 'src', dirname(rel)), { recursive: true });
    writeFileSync(join(work, 'src', rel), text);
    const out = join(work, 'bundle.tar.gz');
    try {
      await runOpa(
        options.opa.path,
        // The file name is data, never a flag.
        ['build', '-t', 'wasm', '-e', entrypoint, '-o', out, '--', rel],
        { cwd: join(work, 'src'), ...(options.signal ? { signal: options.signal } : {}) },
      );
    } catch (thrown) {
      const message = describeThrown(thrown).replace(
        /^`opa build` failed \(exit \d+\): (error: )?/,
        '',
      );
      const at = /:(\d+)(?::\d+)?:/.exec(message);
      throw new MaestroError(
        'OPE_POLICY_INVALID',
        `${file}: the Rego routing policy does not compile (\`opa build -t wasm -e ${entrypoint}\`): ${message}. Run \`opa check ${file}\` and fix the reported errors.`,
        {
          cause: thrown,
          location: at === null ? { file } : { file, line: Number(at[1]) },
        },
      );
    }
    return extractPolicyWasm(readFileSync(out), file);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One context in messages: `segment=code, tier=1`. */
function describeContext(ctx: Readonly<Record<string, string>>): string {
  return Object.entries(ctx)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(', ');
}

/**
 * Compiles and loads a Rego routing policy. `path` is its path (relative to the repository
 * when it is in one), `file` names it in messages; `arms` are the configured arms. Throws
 * `OPE_POLICY_INVALID` when it has no package or does not compile.
 */
export async function loadRegoPolicy(
  text: string,
  path: string,
  file: string,
  arms: readonly string[],
  options: RegoPolicyOptions,
): Promise<RegoPolicy> {
  const pkg = packageOf(text);
  if (pkg === undefined)
    throw invalid(
      file,
      `a Rego routing policy needs a \`package\` declaration; its rule \`${ROUTE_RULE}\` is the entrypoint.`,
    );
  const entrypoint = `${pkg.split('.').join('/')}/${ROUTE_RULE}`;
  const wasm = await compile(text, path, file, entrypoint, options);
  const module = await loadWasmPolicy(wasm, { name: file }).catch((thrown: unknown) => {
    throw new MaestroError(
      'OPE_POLICY_INVALID',
      `${file}: the compiled Rego routing policy could not be loaded: ${describeThrown(thrown)}`,
      { cause: thrown, location: { file } },
    );
  });
  const timeoutMs = options.evalTimeoutMs ?? DEFAULT_EVAL_TIMEOUT_MS;
  const one = (value: unknown, ctx: Readonly<Record<string, string>>, at: string): Float64Array => {
    const where = `${ROUTE_RULE} at ${describeContext(ctx)} (first logged at ${at})`;
    if (typeof value === 'string') {
      const i = arms.indexOf(value);
      if (i < 0)
        throw invalid(
          file,
          `${where} names the arm "${value}", which is not in gates.ope.arms (${arms.join(', ')}).`,
        );
      const out = new Float64Array(arms.length);
      out[i] = 1;
      return out;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw invalid(
        file,
        `${where} is ${JSON.stringify(value)}; it must be one arm name or an object {"<arm>": probability}.`,
      );
    return validDistribution(file, where, value, arms);
  };
  return {
    file,
    kind: 'rego',
    entrypoint,
    distributions(contexts, rows: ContextRows): Float64Array[] {
      let current = 0;
      let raw: unknown[];
      try {
        raw = runWithDeadline(
          () =>
            contexts.map((ctx, i) => {
              current = i;
              return module.evaluate(ctx, entrypoint);
            }),
          timeoutMs,
          `${file}: evaluating \`${entrypoint}\` at ${contexts.length} context(s)`,
        );
      } catch (thrown) {
        const line = rows.lines[current]!;
        const code = thrown instanceof MaestroError ? thrown.code : undefined;
        const why =
          code === 'OPA_POLICY_TIMEOUT'
            ? `did not finish within ${timeoutMs} ms (the limit for the new contexts of one chunk of data) and was stopped; make \`${ROUTE_RULE}\` cheaper`
            : `failed${code === undefined ? '' : ` (${code})`}: ${describeThrown(thrown)}`;
        throw new MaestroError(
          'OPE_POLICY_EVAL_FAILED',
          `${file}: evaluating \`${entrypoint}\` at ${describeContext(contexts[current]!)} (first logged at ${rows.file}:${line}) ${why}`,
          { cause: thrown, location: { file: rows.file, line } },
        );
      }
      return raw.map((value, i) => {
        const at = `${rows.file}:${rows.lines[i]!}`;
        if (value === undefined)
          throw new MaestroError(
            'OPE_POLICY_NO_ENTRY',
            `${at}: \`${entrypoint}\` is undefined at the context ${describeContext(contexts[i]!)} in ${file}. Give \`${ROUTE_RULE}\` a \`default\` or a rule that covers it; the gate does not guess.`,
            { location: { file: rows.file, line: rows.lines[i]! } },
          );
        return one(value, contexts[i]!, at);
      });
    },
  };
}
