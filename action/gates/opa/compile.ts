/**
 * Compiling a directory of Rego into one WebAssembly module with `opa build -t wasm`, cached
 * by the digest of its sources.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { describeThrown, MaestroError } from '../../contract/errors.js';
import { ResultCache } from '../../cache/result-cache.js';
import { sha256, sha256Json } from '../../util/digest.js';
import {
  ENTRY_FILE,
  ENTRYPOINT,
  entryModule,
  LAYOUT_ENTRYPOINT,
  readLayout,
  type RegoVersion,
} from './layout.js';
import { runOpa } from './opa-cli.js';
import { readTarGz } from './tar.js';

/** One Rego source file of a policy directory. */
export interface RegoFile {
  /** Path relative to the policy directory, with forward slashes. */
  rel: string;
  text: string;
  /** The file's `package`, or `undefined` when it declares none. */
  pkg: string | undefined;
}

/** The sources of one policy directory. */
export interface PolicySources {
  /** Name used in messages: the directory as configured (`policies`). */
  name: string;
  absDir: string;
  /** Every `.rego` file except `*_test.rego`, sorted by path. */
  files: RegoFile[];
  /** `sha256:` over the namespace and every file's path and content. */
  digest: string;
}

const PACKAGE_RE = /^[ \t]*package[ \t]+([A-Za-z_][A-Za-z0-9_.]*)/m;

/** The package a Rego file declares (first `package` line), or `undefined`. */
export function packageOf(text: string): string | undefined {
  return PACKAGE_RE.exec(text.replace(/^[ \t]*#.*$/gm, ''))?.[1];
}

/**
 * Reads every policy file of a directory (recursively; dot-directories and `*_test.rego`
 * skipped). Throws `OPA_POLICY_UNREADABLE` when the directory cannot be read.
 */
export function readPolicySources(absDir: string, name: string, namespace: string): PolicySources {
  const files: RegoFile[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const abs = join(dir, entry.name);
      // A link could pull in files from outside the snapshot, or make a policy vanish
      // silently when it dangles: refuse rather than skip.
      if (entry.isSymbolicLink()) {
        throw new MaestroError(
          'OPA_POLICY_UNREADABLE',
          `${relative(absDir, abs)} is a symbolic link; policy directories must hold plain files`,
        );
      }
      if (entry.isDirectory()) walk(abs);
      else if (
        entry.isFile() &&
        entry.name.endsWith('.rego') &&
        !entry.name.endsWith('_test.rego')
      ) {
        const text = readFileSync(abs, 'utf8');
        files.push({ rel: relative(absDir, abs).split(sep).join('/'), text, pkg: packageOf(text) });
      }
    }
  };
  try {
    walk(absDir);
  } catch (thrown) {
    throw new MaestroError(
      'OPA_POLICY_UNREADABLE',
      `policy directory ${name} could not be read: ${describeThrown(thrown)}. Check that it exists on the base branch and is readable.`,
      { cause: thrown, location: { file: name } },
    );
  }
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return {
    name,
    absDir,
    files,
    digest: sha256Json({ namespace, files: files.map((f) => [f.rel, sha256(f.text)]) }),
  };
}

/** The file name of a merged module. */
export const MERGED_FILE = 'merged.rego';

const IMPORT_LINE = /^[ \t]*import[ \t]+(\S+)(?:[ \t]+as[ \t]+\S+)?[ \t]*(?:#.*)?$/;
const PACKAGE_LINE = /^[ \t]*package[ \t]+\S+[ \t]*(?:#.*)?$/;

/**
 * Joins every file of a policy directory into one module. Only possible when every file is in
 * the namespace package and imports nothing but `rego.v1` / `future.keywords`; otherwise it
 * throws, naming the file. Each part keeps a comment naming its source file.
 */
export function mergeModules(sources: PolicySources, namespace: string): string {
  const parts: string[] = [];
  for (const file of sources.files) {
    if (file.pkg !== namespace) {
      throw new MaestroError(
        'OPA_COMPILE_FAILED',
        `${sources.name}/${file.rel}: package ${file.pkg ?? '(none)'} cannot be merged into ${namespace}`,
      );
    }
    let seenPackage = false;
    const body = file.text.split('\n').filter((line) => {
      if (!seenPackage && PACKAGE_LINE.test(line)) {
        seenPackage = true;
        return false;
      }
      const imp = IMPORT_LINE.exec(line);
      if (imp === null) return true;
      if (imp[1] === 'rego.v1' || imp[1]!.startsWith('future.keywords')) return false;
      throw new MaestroError(
        'OPA_COMPILE_FAILED',
        `${sources.name}/${file.rel}: \`${line.trim()}\` prevents merging; refer to the document by its full path`,
      );
    });
    parts.push(`# ---- ${file.rel} ----\n${body.join('\n').trim()}\n`);
  }
  return `package ${namespace}\n\nimport rego.v1\n\n${parts.join('\n')}`;
}

export { ENTRY_FILE, ENTRY_PACKAGE, ENTRYPOINT, entryModule, LAYOUT_ENTRYPOINT } from './layout.js';

/** What {@link compilePolicy} produced. */
export interface CompiledPolicy {
  wasm: Uint8Array;
  /** True when the module came from the cache. */
  cached: boolean;
}

/** Options of {@link compilePolicy}. */
export interface CompileOptions {
  opaPath: string;
  /** Reported by `opa version`; part of the cache key. */
  opaVersion: string;
  /** sha256 (hex) of the opa binary; part of the cache key. */
  opaSha256?: string;
  namespace: string;
  /** conftest's `--all-namespaces`: evaluate every package, not only the namespace's. */
  allNamespaces?: boolean;
  /** The Rego syntax of the sources (default v1). */
  regoVersion?: RegoVersion;
  cacheDir?: string | undefined;
  /**
   * MAC key of the cache. A compiled module is executable policy: without a secret the cache
   * directory (which a pull request's workflow can write) is neither read nor written.
   */
  cacheSecret?: Uint8Array | undefined;
  signal?: AbortSignal;
  timeoutMs?: number;
  /**
   * Compile the files as one module (see {@link mergeModules}). OPA 1.10 emits rules that
   * span several modules in a varying order, so only a single module compiles to the same
   * bytes every time; the precompiled policies under dist/ need that.
   */
  reproducible?: boolean;
}

/**
 * Compiles a policy directory to WebAssembly with the entrypoint {@link ENTRYPOINT}, so one
 * evaluation returns every decision rule of every evaluated package, and
 * {@link LAYOUT_ENTRYPOINT}, which describes the packages compiled in. The sources are copied to a private build
 * directory first (nothing is written into the checkout).
 * Throws `OPA_COMPILE_FAILED` with opa's message (and the first `file:line` it names).
 */
export async function compilePolicy(
  sources: PolicySources,
  options: CompileOptions,
): Promise<CompiledPolicy> {
  const cache =
    options.cacheDir !== undefined && options.cacheSecret !== undefined
      ? new ResultCache<string>(options.cacheDir, {
          gate: 'opa',
          // The binary by its bytes: two builds that both say "1.10.1" are not the same tool.
          tools: { opa: options.opaSha256 ?? 'unknown' },
          secret: options.cacheSecret,
          validate: (v): v is string => typeof v === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(v),
        })
      : undefined;
  const key = cache?.key({
    source: sources.digest,
    opa: options.opaVersion,
    namespace: options.namespace,
    all: options.allNamespaces === true,
    rego: options.regoVersion ?? 'v1',
    merged: options.reproducible === true,
  });
  if (cache !== undefined && key !== undefined) {
    const hit = cache.get(key);
    if (hit.hit) return { wasm: new Uint8Array(Buffer.from(hit.value, 'base64')), cached: true };
  }
  const work = mkdtempSync(join(tmpdir(), 'maestro-opa-'));
  try {
    const out = join(work, 'bundle.tar.gz');
    const src = join(work, 'src');
    const files = options.reproducible
      ? [{ rel: MERGED_FILE, text: mergeModules(sources, options.namespace) }]
      : sources.files;
    const writeAll = (dir: string, list: readonly { rel: string; text: string }[]): void => {
      for (const file of list) {
        mkdirSync(dirname(join(dir, file.rel)), { recursive: true });
        writeFileSync(join(dir, file.rel), file.text);
      }
    };
    writeAll(src, files);
    // The layout (and the rule positions in messages) always comes from the files as written,
    // not from the merged module.
    let layoutDir = src;
    if (options.reproducible) {
      layoutDir = join(work, 'orig');
      writeAll(layoutDir, sources.files);
    }
    const regoVersion = options.regoVersion ?? 'v1';
    const packages = await readLayout(
      options.opaPath,
      layoutDir,
      sources.files.map((f) => f.rel),
      sources.name,
      { regoVersion, ...(options.signal ? { signal: options.signal } : {}) },
    );
    writeFileSync(
      join(src, ENTRY_FILE),
      entryModule(packages, {
        namespace: options.namespace,
        allNamespaces: options.allNamespaces === true,
      }),
    );
    try {
      await runOpa(
        options.opaPath,
        [
          'build',
          '-t',
          'wasm',
          '--wasm-include-print',
          ...(regoVersion === 'v0' ? ['--v0-compatible'] : []),
          '-e',
          ENTRYPOINT,
          '-e',
          LAYOUT_ENTRYPOINT,
          '-o',
          out,
          // File names are data, never flags (a policy file may be called `-o.rego`).
          '--',
          ...files.map((f) => f.rel),
          ENTRY_FILE,
        ],
        {
          cwd: src,
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        },
      );
    } catch (thrown) {
      const message = describeThrown(thrown);
      const at = /(?:^|\s)([^\s:]+\.rego):(\d+)(?::(\d+))?/.exec(message);
      throw new MaestroError(
        'OPA_COMPILE_FAILED',
        `policy ${sources.name}: \`opa build -t wasm\` failed: ${message.replace(/^`opa build` failed \(exit \d+\): (error: )?/, '')}. Run \`opa check ${sources.name}\` and fix the reported errors.`,
        {
          cause: thrown,
          ...(at
            ? {
                location: {
                  file: `${sources.name}/${at[1]}`,
                  line: Number(at[2]),
                  ...(at[3] ? { column: Number(at[3]) } : {}),
                },
              }
            : { location: { file: sources.name } }),
        },
      );
    }
    const wasm = extractPolicyWasm(readFileSync(out), sources.name);
    // Caching is an optimisation: a failed write still returns the compiled module.
    if (cache !== undefined && key !== undefined)
      cache.put(key, Buffer.from(wasm).toString('base64'));
    return { wasm, cached: false };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Takes `/policy.wasm` out of an `opa build -t wasm` bundle. */
export function extractPolicyWasm(bundle: Uint8Array, name: string): Uint8Array {
  let entries;
  try {
    entries = readTarGz(bundle);
  } catch (thrown) {
    throw new MaestroError(
      'OPA_COMPILE_FAILED',
      `policy ${name}: opa wrote an unreadable bundle: ${describeThrown(thrown)}.`,
      {
        cause: thrown,
      },
    );
  }
  const wasm = entries.find((e) => e.name === 'policy.wasm');
  if (wasm === undefined) {
    throw new MaestroError(
      'OPA_COMPILE_FAILED',
      `policy ${name}: the bundle opa built holds no policy.wasm.`,
    );
  }
  return wasm.data;
}
