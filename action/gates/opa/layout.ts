/**
 * What a policy directory defines: its packages and their top-level rules, read with
 * `opa parse`, and the generated entry module that gathers every decision rule of every
 * evaluated package into one object, so one evaluation returns everything the gate reads.
 */
import { describeThrown, MaestroError } from '../../contract/errors.js';
import { runOpa } from './opa-cli.js';
import { ruleRole } from './rules.js';

/** One Rego package and the top-level rules (not functions) its files define. */
export interface PackageLayout {
  /** Dotted package name (`maestro.gate.size`). */
  name: string;
  /** The package path below `data`, one element per segment. */
  path: string[];
  /** Top-level rule names, sorted, without duplicates. */
  rules: string[];
  /** Files declaring the package, relative to the policy directory. */
  files: string[];
  /** Where each decision rule is defined (absent in modules built before locations were kept). */
  defs?: Record<string, RuleDef[]>;
}

/** One definition of a rule: its head's position (1-based) in a policy file. */
export interface RuleDef {
  /** Relative to the policy directory. */
  file: string;
  line: number;
  column: number;
  /** True for a set member (`deny contains x`, v0 `deny[x]`), false for `deny := ...`. */
  set: boolean;
}

/** The Rego syntax the policies are written in. */
export type RegoVersion = 'v0' | 'v1';

/** Which packages are evaluated. */
export interface PackageSelection {
  /** The namespace prefix: the package itself and every sub-package. */
  namespace: string;
  /** conftest's `--all-namespaces`: every package. */
  allNamespaces: boolean;
}

/** The package of the generated entry module. */
export const ENTRY_PACKAGE = 'maestro_gate_internal_entry';
/** The entrypoint returning every decision rule, keyed `<package>:<rule>`. */
export const ENTRYPOINT = `${ENTRY_PACKAGE}/result`;
/** The entrypoint returning the layout the module was built from (evaluated once per load). */
export const LAYOUT_ENTRYPOINT = `${ENTRY_PACKAGE}/layout`;
/** The file name of the generated entry module inside the build directory. */
export const ENTRY_FILE = '__maestro_gate_entry.rego';

/** The layout compiled into a module: every package, and which are evaluated. */
export interface ModuleLayout {
  packages: PackageLayout[];
  evaluated: string[];
}

interface ParsedTerm {
  type?: unknown;
  value?: unknown;
}

interface ParsedLocation {
  row?: unknown;
  col?: unknown;
}

interface ParsedModule {
  package?: { path?: ParsedTerm[] };
  rules?: {
    location?: ParsedLocation;
    head?: {
      name?: unknown;
      ref?: ParsedTerm[];
      args?: unknown[];
      key?: unknown;
      value?: unknown;
      location?: ParsedLocation;
    };
  }[];
}

/** One file's package, top-level rules and where its decision rules are defined. */
export interface ParsedFile {
  path: string[];
  rules: string[];
  defs: Record<string, RuleDef[]>;
}

/**
 * Reads the package path, the top-level rule names and the decision rules' positions out of
 * `opa parse --format json --json-include locations`. `rel` is the file as the layout names it.
 */
export function readParsedModule(json: string, file: string, rel = file): ParsedFile {
  let parsed: ParsedModule;
  try {
    parsed = JSON.parse(json) as ParsedModule;
  } catch (thrown) {
    throw new MaestroError(
      'OPA_COMPILE_FAILED',
      `${file}: \`opa parse\` printed something that is not JSON (${describeThrown(thrown)}).`,
      { cause: thrown, location: { file } },
    );
  }
  const terms = parsed.package?.path ?? [];
  const path = terms.slice(1).map((t) => String(t.value));
  if (path.length === 0) {
    throw new MaestroError('OPA_COMPILE_FAILED', `${file}: declares no package.`, {
      location: { file },
    });
  }
  const rules = new Set<string>();
  const defs: Record<string, RuleDef[]> = {};
  for (const rule of parsed.rules ?? []) {
    const head = rule.head;
    if (head === undefined || (Array.isArray(head.args) && head.args.length > 0)) continue;
    const first = head.ref?.[0]?.value ?? head.name;
    if (typeof first !== 'string' || first === '') continue;
    rules.add(first);
    const at = head.location ?? rule.location;
    if (ruleRole(first) === undefined || typeof at?.row !== 'number') continue;
    (defs[first] ??= []).push({
      file: rel,
      line: at.row,
      column: typeof at.col === 'number' ? at.col : 1,
      set: head.key !== undefined && head.value === undefined,
    });
  }
  return { path, rules: [...rules].sort(), defs };
}

/**
 * Parses every file (in `cwd`) with `opa parse` and groups the rules by package. A parse error
 * throws `OPA_COMPILE_FAILED` naming the file and line.
 */
export async function readLayout(
  opaPath: string,
  cwd: string,
  files: readonly string[],
  name: string,
  options: { regoVersion: RegoVersion; signal?: AbortSignal },
): Promise<PackageLayout[]> {
  const parseOne = async (rel: string): Promise<ParsedFile & { rel: string }> => {
    try {
      const { stdout } = await runOpa(
        opaPath,
        [
          'parse',
          '--format',
          'json',
          '--json-include',
          'locations,-comments',
          ...(options.regoVersion === 'v0' ? ['--v0-compatible'] : []),
          '--',
          rel,
        ],
        { cwd, ...(options.signal ? { signal: options.signal } : {}) },
      );
      return { rel, ...readParsedModule(stdout, `${name}/${rel}`, rel) };
    } catch (thrown) {
      if (thrown instanceof MaestroError && thrown.code === 'OPA_COMPILE_FAILED') throw thrown;
      const message = describeThrown(thrown);
      const at = /"row":\s*(\d+)/.exec(message) ?? /\.rego:(\d+)/.exec(message);
      const why = /"message":\s*"([^"]+)"/.exec(message)?.[1] ?? message;
      throw new MaestroError(
        'OPA_COMPILE_FAILED',
        `policy ${name}: ${rel} does not parse as Rego ${options.regoVersion}: ${why}.${options.regoVersion === 'v1' ? ' If it is written in the pre-1.0 syntax, set `gates.opa.rego_version: v0`.' : ''}`,
        {
          cause: thrown,
          location: { file: `${name}/${rel}`, ...(at ? { line: Number(at[1]) } : {}) },
        },
      );
    }
  };
  // Two at a time: the machines this runs on have few cores.
  const parsed: (ParsedFile & { rel: string })[] = [];
  for (let i = 0; i < files.length; i += 2) {
    parsed.push(...(await Promise.all(files.slice(i, i + 2).map(parseOne))));
  }
  const byName = new Map<string, PackageLayout>();
  for (const p of parsed) {
    const key = p.path.join('.');
    const entry = byName.get(key) ?? { name: key, path: p.path, rules: [], files: [], defs: {} };
    entry.rules = [...new Set([...entry.rules, ...p.rules])].sort();
    entry.files.push(p.rel);
    const defs = (entry.defs ??= {});
    for (const [rule, list] of Object.entries(p.defs)) (defs[rule] ??= []).push(...list);
    byName.set(key, entry);
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The packages a selection evaluates. Test packages (`*_test`) never are. */
export function selectPackages(
  packages: readonly PackageLayout[],
  selection: PackageSelection,
): PackageLayout[] {
  return packages.filter(
    (p) =>
      !p.name.endsWith('_test') &&
      (selection.allNamespaces ||
        p.name === selection.namespace ||
        p.name.startsWith(`${selection.namespace}.`)),
  );
}

function dataRef(path: readonly string[], rule: string): string {
  return `data${[...path, rule].map((s) => `[${JSON.stringify(s)}]`).join('')}`;
}

/**
 * The entry module: `result["<package>:<rule>"]` for every decision rule of every evaluated
 * package, and `layout`, a constant describing what was compiled in. Written so it parses as
 * both Rego v0 and v1.
 */
export function entryModule(
  packages: readonly PackageLayout[],
  selection: PackageSelection,
): string {
  const evaluated = selectPackages(packages, selection);
  const lines: string[] = [];
  for (const pkg of evaluated) {
    for (const rule of pkg.rules) {
      if (ruleRole(rule) === undefined) continue;
      // One rule `result[k]` with one body per decision rule: constant keys (`result["x"]`)
      // would make separate rules, which OPA compiles in a varying order.
      lines.push(
        `result[k] := ${dataRef(pkg.path, rule)} if k := ${JSON.stringify(`${pkg.name}:${rule}`)}`,
      );
    }
  }
  const layout: ModuleLayout = {
    packages: packages.map((p) => ({ ...p })),
    evaluated: evaluated.map((p) => p.name),
  };
  // Without any decision rule `result` would be undefined; an empty object says "nothing".
  lines.push('result[k] := 0 if { k := "-"; false }');
  return `package ${ENTRY_PACKAGE}\n\nimport rego.v1\n\n${lines.join('\n\n')}\n\nlayout := ${JSON.stringify(layout)}\n`;
}
