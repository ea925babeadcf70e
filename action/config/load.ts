import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, normalize } from 'node:path';
import { closest } from 'fastest-levenshtein';
import type { ReasonCode } from '../contract/codebook.js';
import { describeThrown } from '../contract/errors.js';
import type { Finding } from '../contract/gate-result.js';
import { validateConfig } from '../schemas/validators.js';
import type { MaestroConfig } from './types.js';
import { parseYamlSource, positionOf } from './yaml-source.js';

/** The outcome of loading `.github/maestro.yml`. */
export type ConfigLoad =
  | { ok: true; config: MaestroConfig; file: string; text: string }
  | { ok: false; code: ReasonCode; file: string; findings: Finding[] };

/**
 * Loads and strictly validates a configuration file. "Not configured" (no file), "unreadable",
 * "unparseable" (YAML) and "invalid" (schema) are kept apart; every problem names
 * `file:line:column` and says how to fix it.
 *
 * @param file path to the file (absolute, or relative to the working directory)
 * @param displayName how to name the file in messages (e.g. `.github/maestro.yml`)
 */
export function loadConfig(
  file: string,
  displayName = file,
  maxBytes = DEFAULT_MAX_CONFIG_BYTES,
): ConfigLoad {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > maxBytes) {
      return fail('CONFIG_TOO_LARGE', displayName, [
        {
          level: 'error',
          file: displayName,
          message: `${displayName}: the configuration is ${size} bytes, more than the ${maxBytes}-byte limit. A gate configuration is small: move data into the files it names.`,
        },
      ]);
    }
    bytes = readFileSync(file);
  } catch (thrown) {
    const errno = (thrown as NodeJS.ErrnoException | undefined)?.code;
    if (errno === 'ENOENT') {
      return fail('CONFIG_NOT_CONFIGURED', displayName, [
        {
          level: 'error',
          file: displayName,
          message: `${displayName}: no configuration found. Maestro Gate stops rather than run unconfigured. Create ${displayName} (see schemas/maestro-config.schema.json and the README's "Configuration" section), or pass --config FILE.`,
        },
      ]);
    }
    return fail('CONFIG_UNREADABLE', displayName, [
      {
        level: 'error',
        file: displayName,
        message: `${displayName}: the configuration could not be read (${describeThrown(thrown)}). Check that it is a readable file.`,
      },
    ]);
  }
  return loadConfigBytes(bytes, displayName);
}

/** Validates a configuration's bytes (see `loadConfig`; no size check, no I/O). */
export function loadConfigBytes(bytes: Uint8Array, displayName: string): ConfigLoad {
  const bad = firstInvalidUtf8(bytes);
  if (bad !== undefined) {
    return fail('CONFIG_UNPARSEABLE', displayName, [
      {
        level: 'error',
        file: displayName,
        line: bad.line,
        column: bad.column,
        message: `${displayName}:${bad.line}:${bad.column}: not valid UTF-8 (byte offset ${bad.offset}). Save the file as UTF-8.`,
      },
    ]);
  }
  return parseConfig(new TextDecoder().decode(bytes), displayName);
}

/**
 * Parses and strictly validates configuration text that was read elsewhere (the approval app
 * reads it from the default branch through the GitHub API). Same codes and messages as
 * `loadConfig`, minus "not configured" and "unreadable".
 */
export function parseConfig(text: string, displayName: string): ConfigLoad {
  const { source, problems } = parseYamlSource(displayName, text);
  if (problems.length > 0) {
    return fail(
      'CONFIG_UNPARSEABLE',
      displayName,
      problems.map((p) => ({
        level: 'error',
        file: displayName,
        line: p.line,
        column: p.column,
        message: `${displayName}:${p.line}:${p.column}: not valid YAML: ${p.message}`,
      })),
    );
  }
  let value: unknown;
  try {
    value = source.doc.toJS({ maxAliasCount: 100 });
  } catch (thrown) {
    // The yaml library refuses alias bombs and similar resource-exhaustion shapes.
    return fail('CONFIG_UNPARSEABLE', displayName, [
      {
        level: 'error',
        file: displayName,
        line: 1,
        column: 1,
        message: `${displayName}:1:1: not usable YAML: ${describeThrown(thrown)}`,
      },
    ]);
  }
  if (value === null || value === undefined) {
    return fail('CONFIG_INVALID', displayName, [
      {
        level: 'error',
        file: displayName,
        line: 1,
        column: 1,
        message: `${displayName}:1:1: the configuration is empty. It needs at least \`version: 1\` and a \`gates:\` section.`,
      },
    ]);
  }
  // A path that leaves the repository is said so plainly, not as the schema's path pattern.
  const escapes = pathProblems(value as Record<string, unknown>);
  const escaped = new Set(escapes.map((p) => p.path.join('.')));
  const schemaProblems = validateConfig(value).filter((p) => !escaped.has(p.path.join('.')));
  const findings = schemaProblems.map((p): Finding => {
    const pos = positionOf(source, p.path, p.unknownKey !== undefined);
    let hint = '';
    if (p.unknownKey !== undefined && p.allowed && p.allowed.length > 0) {
      const guess = closest(p.unknownKey, p.allowed);
      hint = ` Did you mean \`${guess}\`? Known keys here: ${p.allowed.join(', ')}.`;
    } else if (p.unknownKey !== undefined) {
      hint = ' Remove it: unknown keys are errors.';
    }
    return {
      level: 'error',
      file: displayName,
      line: pos.line,
      column: pos.column,
      message: `${displayName}:${pos.line}:${pos.column}: ${p.message}.${hint}`,
    };
  });
  for (const p of escapes) {
    const pos = positionOf(source, p.path);
    findings.push({
      level: 'error',
      file: displayName,
      line: pos.line,
      column: pos.column,
      message: `${displayName}:${pos.line}:${pos.column}: \`${p.path.join('.')}\` is ${JSON.stringify(p.value)}: ${p.why}. Paths are relative to the repository root (no absolute paths, no \`..\` out of it).`,
    });
  }
  if (findings.length > 0) return fail('CONFIG_INVALID', displayName, dedupe(findings));
  return { ok: true, config: value as MaestroConfig, file: displayName, text };
}

/** The largest configuration file read (like the invariant files' cap). */
export const DEFAULT_MAX_CONFIG_BYTES = 256 * 1024;

/** Configuration keys whose values are paths or globs inside the repository. */
const REPO_PATH_KEYS: readonly (readonly string[])[] = [
  ['gates', 'invariants', 'paths'],
  ['gates', 'invariants', 'traces'],
  ['gates', 'modelcheck', 'specs'],
  ['gates', 'opa', 'policies'],
  ['gates', 'opa', 'data'],
];

function pathProblems(
  config: Record<string, unknown>,
): { path: (string | number)[]; value: string; why: string }[] {
  const out: { path: (string | number)[]; value: string; why: string }[] = [];
  for (const keys of REPO_PATH_KEYS) {
    let node: unknown = config;
    for (const k of keys) node = (node as Record<string, unknown> | undefined)?.[k];
    const values = Array.isArray(node) ? node : typeof node === 'string' ? [node] : [];
    values.forEach((v: unknown, i) => {
      if (typeof v !== 'string') return;
      const path = Array.isArray(node) ? [...keys, i] : [...keys];
      if (isAbsolute(v) || /^[A-Za-z]:[\\/]/.test(v) || v.startsWith('\\'))
        out.push({ path, value: v, why: 'an absolute path' });
      else if (normalize(v.replace(/^!/, '')).split(/[\\/]/)[0] === '..')
        out.push({ path, value: v, why: 'a path out of the repository' });
    });
  }
  return out;
}

/**
 * Where the first invalid UTF-8 sequence in `bytes` starts (overlong forms and surrogates
 * included), with its 1-based line and byte column; `undefined` when the text is valid.
 */
export function firstInvalidUtf8(
  bytes: Uint8Array,
): { offset: number; line: number; column: number } | undefined {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a) {
        line++;
        lineStart = i + 1;
      }
      i++;
      continue;
    }
    const len =
      b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) {
      const c = bytes[i + k]!;
      ok = k === 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xbf;
    }
    if (!ok) return { offset: i, line, column: i - lineStart + 1 };
    i += len;
  }
  return undefined;
}

function fail(code: ReasonCode, file: string, findings: Finding[]): ConfigLoad {
  return { ok: false, code, file, findings };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => (seen.has(f.message) ? false : (seen.add(f.message), true)));
}
