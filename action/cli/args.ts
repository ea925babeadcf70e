/**
 * Command-line parsing for every subcommand: Node's `parseArgs`, with its errors said in the
 * tool's own words (`unknown option --formt; did you mean --format?`) as usage errors (exit 64).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import { UsageError } from './io.js';

/** The nearest of `candidates` to `word`, when it is near enough to be a likely typo. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, [...candidates]);
  return distance(word, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

function optionNames(options: ParseArgsConfig['options']): string[] {
  return Object.keys(options ?? {}).map((name) => `--${name}`);
}

/**
 * `parseArgs` for a subcommand (`command` names it in messages). Unknown options, missing
 * values and stray arguments become a `UsageError` that names the option, suggests the
 * nearest known one, and points at `--help`.
 */
export function parseCliArgs<T extends ParseArgsConfig>(command: string, config: T) {
  try {
    return parseArgs(config);
  } catch (thrown) {
    const code = (thrown as { code?: unknown } | null)?.code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw thrown;
    const message = (thrown as Error).message;
    const help = `see maestro-gate ${command} --help`;
    const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
    switch (code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
        const name = option?.split('=')[0] ?? '?';
        const near = didYouMean(name, optionNames(config.options));
        throw new UsageError(
          `unknown option ${name}${near ? `; did you mean ${near}?` : ''} (${help})`,
        );
      }
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        throw new UsageError(
          `${option ?? 'an option'} ${/argument missing/.test(message) ? 'needs a value' : 'takes no value'} (${help})`,
        );
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
        const arg = /'([^']*)'/.exec(message)?.[1];
        throw new UsageError(`unexpected argument${arg ? ` ${arg}` : ''} (${help})`);
      }
      default:
        throw new UsageError(`${message} (${help})`);
    }
  }
}
