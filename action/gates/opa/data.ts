/**
 * The policies' data files (`gates.opa.data`), read from the base snapshot, placed as OPA's
 * loader (and so conftest's `--data`) places them: a file named directly is merged at the root
 * of `data`; a file found under a named directory is merged at `data.<its sub-directory path>`
 * (`policy/exceptions/allow.yaml` under `policy` → `data.exceptions`).
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describeThrown, MaestroError } from '../../contract/errors.js';
import { sha256Json } from '../../util/digest.js';

/** Largest data file the gate reads (a data file is policy configuration, not a dataset). */
export const MAX_DATA_FILE_BYTES = 8 * 1024 * 1024;

/** The merged data document and what it was made of. */
export interface PolicyData {
  /** `data` as the policies see it (without the compiled rules). */
  document: Record<string, unknown>;
  /** Repository-relative paths of the files read, sorted. */
  files: string[];
  /** `sha256:` over the document. */
  digest: string;
}

const DATA_EXT = /\.(json|ya?ml)$/;

function fail(file: string, message: string, cause?: unknown): MaestroError {
  return new MaestroError('OPA_DATA_INVALID', `data file ${file}: ${message}`, {
    ...(cause !== undefined ? { cause } : {}),
    location: { file },
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Merges `value` into `target` at `path`; two files that set the same non-object key conflict. */
function mergeAt(
  target: Record<string, unknown>,
  path: readonly string[],
  value: unknown,
  file: string,
): void {
  let node = target;
  for (const key of path) {
    const next = node[key];
    if (next === undefined) node[key] = {};
    else if (!isObject(next))
      throw fail(file, `conflicts with another data file at data.${path.join('.')}`);
    node = node[key] as Record<string, unknown>;
  }
  if (!isObject(value)) {
    throw fail(
      file,
      `holds ${Array.isArray(value) ? 'a list' : typeof value}; a data file must hold an object (its keys become data.${[...path, '<key>'].join('.')})`,
    );
  }
  const merge = (
    into: Record<string, unknown>,
    from: Record<string, unknown>,
    at: string[],
  ): void => {
    for (const [k, v] of Object.entries(from)) {
      const existing = into[k];
      if (existing === undefined) into[k] = v;
      else if (isObject(existing) && isObject(v)) merge(existing, v, [...at, k]);
      else throw fail(file, `conflicts with another data file at data.${[...at, k].join('.')}`);
    }
  };
  merge(node, value, [...path]);
}

function parseFile(abs: string, file: string): unknown {
  let text: string;
  try {
    const size = lstatSync(abs).size;
    if (size > MAX_DATA_FILE_BYTES)
      throw fail(file, `is ${size} bytes, more than the ${MAX_DATA_FILE_BYTES}-byte limit`);
    text = readFileSync(abs, 'utf8');
  } catch (thrown) {
    if (thrown instanceof MaestroError) throw thrown;
    throw fail(file, `cannot be read (${describeThrown(thrown)})`, thrown);
  }
  try {
    return file.endsWith('.json') ? (JSON.parse(text) as unknown) : (parseYaml(text) as unknown);
  } catch (thrown) {
    throw fail(
      file,
      `is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'} (${describeThrown(thrown)})`,
      thrown,
    );
  }
}

/**
 * Reads the configured data paths (repository-relative) from `baseDir`. Links are refused, not
 * followed. Throws `OPA_DATA_INVALID` naming the file.
 */
export function loadPolicyData(baseDir: string, paths: readonly string[]): PolicyData {
  const document: Record<string, unknown> = {};
  const files: string[] = [];
  for (const configured of paths) {
    const root = join(baseDir, configured);
    let stat;
    try {
      stat = lstatSync(root);
    } catch (thrown) {
      throw fail(configured, 'does not exist on the base branch', thrown);
    }
    if (stat.isSymbolicLink())
      throw fail(configured, 'is a symbolic link; data paths must be plain files or directories');
    if (stat.isFile()) {
      files.push(configured);
      mergeAt(document, [], parseFile(root, configured), configured);
      continue;
    }
    const walk = (dir: string): void => {
      const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        const abs = join(dir, entry.name);
        const rel = relative(baseDir, abs).split(sep).join('/');
        if (entry.isSymbolicLink())
          throw fail(rel, 'is a symbolic link; data files must be plain files');
        if (entry.isDirectory()) walk(abs);
        else if (entry.isFile() && DATA_EXT.test(entry.name)) {
          const under = relative(root, dir)
            .split(sep)
            .filter((s) => s !== '');
          files.push(rel);
          mergeAt(document, under, parseFile(abs, rel), rel);
        }
      }
    };
    walk(root);
  }
  files.sort();
  return { document, files, digest: sha256Json(document) };
}
