/**
 * The `maestro-gate` command line: usage, version, and the dispatch to one command. Each
 * command's code is loaded only when it is chosen (a dynamic import, one chunk of the split
 * build), so `maestro-gate modelcheck` never loads the Sigstore, Octokit or OPA code of the
 * other commands.
 */
import pkg from '../../package.json' with { type: 'json' };
import { describeThrown, MaestroError } from '../contract/errors.js';
import { didYouMean } from './args.js';
import { PROCESS_IO, UsageError, type CliIo } from './io.js';
import { loadModelcheck } from './modelcheck-loader.js';

const USAGE = `maestro-gate ${pkg.version} — fail-closed CI/CD policy gate

Usage:
  maestro-gate check [DIR] [--base REF | --base-dir DIR] [--config FILE] [--format text|json|sarif|junit|github]
                     [--fail-on paused|stopped] [--evidence-dir DIR]
  maestro-gate verify ...            verify a signed evidence bundle (see maestro-gate verify --help)
  maestro-gate ope --data FILE --baseline POLICY --candidate POLICY [--clip λ] [--epsilon ε] [--format text|json]
  maestro-gate modelcheck SPEC... [--workers N] [--max-states N] [--time-seconds S] [--format text|json]
  maestro-gate audit verify FILE     check a hash-chained audit log
  maestro-gate opa test [DIR]        run the policies' *_test.rego with opa test
  maestro-gate --version | -v

Exit codes: 0 = RUN, 2 = PAUSE_FOR_HITL, 1 = STOPPED (or a failed check), 64 = usage error.
`;

type Command = (argv: string[], io: CliIo) => number | Promise<number>;

/** Each command by name, as a loader of its module (so that only the chosen one loads). */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.js')).checkCommand,
  audit: async () => (await import('./audit.js')).auditCommand,
  verify: async () => (await import('../verify/cli.js')).runVerifyCli, // @cli:verify
  ope: async () => (await import('./ope.js')).opeCommand, // @cli:ope
  modelcheck: loadModelcheck, // @cli:modelcheck
  opa: async () => (await import('./opa.js')).opaTestCommand, // @cli:opa
};

/**
 * The CLI: dispatches to a command and returns its exit code. Anything unexpected is exit 1
 * with a message — never a silent 0.
 */
export async function main(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? 64 : 0;
  }
  if (name === '--version' || name === '-v' || name === '-V' || name === 'version') {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    const near = didYouMean(name, Object.keys(COMMANDS));
    io.stderr(
      `maestro-gate: unknown command "${name}"${near ? `; did you mean "${near}"?` : ''}\n\n${USAGE}`,
    );
    return 64;
  }
  try {
    // A module that fails to load (a missing chunk of a broken install) is exit 1, as any failure.
    const command = await load();
    return await command(rest, io);
  } catch (thrown) {
    if (
      thrown instanceof UsageError ||
      (thrown as { code?: string } | null)?.code?.startsWith?.('ERR_PARSE_ARGS')
    ) {
      io.stderr(`maestro-gate ${name}: ${describeThrown(thrown)}\n`);
      return 64;
    }
    const code = thrown instanceof MaestroError ? ` ${thrown.code}` : '';
    io.stderr(`maestro-gate ${name}: failed${code}: ${describeThrown(thrown)}\n`);
    return 1;
  }
}
