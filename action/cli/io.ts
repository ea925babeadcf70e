import type { OutputStreams } from '../contract/output.js';

/** Where a command writes: injectable so tests capture output without spawning. */
export interface CliIo extends OutputStreams {
  /** True when stderr is a terminal (progress lines may overwrite each other). */
  interactive?: boolean;
}

/** The process's own streams. */
export const PROCESS_IO: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  interactive: process.stderr.isTTY === true,
};

/** A usage error: the command line was wrong (exit 64, EX_USAGE). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
