import { readFileSync } from 'node:fs';
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
export function loadConfig(file: string, displayName = file): ConfigLoad {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
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
  return parseConfig(text, displayName);
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
  const schemaProblems = validateConfig(value);
  if (schemaProblems.length > 0) {
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
    return fail('CONFIG_INVALID', displayName, dedupe(findings));
  }
  return { ok: true, config: value as MaestroConfig, file: displayName, text };
}

function fail(code: ReasonCode, file: string, findings: Finding[]): ConfigLoad {
  return { ok: false, code, file, findings };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => (seen.has(f.message) ? false : (seen.add(f.message), true)));
}
