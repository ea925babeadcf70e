/**
 * The Action's last-resort handler: when the runner itself failed (or a failure escaped it),
 * the step still ends STOPPED with a reason. It writes with plain `fs` calls, each guarded: an
 * unwritable `GITHUB_OUTPUT`, a closed stdout or a full disk cannot make it throw.
 */
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { normaliseThrown } from '../contract/errors.js';

function attempt(fn: () => void): void {
  try {
    fn();
  } catch {
    // Nothing is left to report to: the exit code below still fails the step.
  }
}

/** Escapes a workflow-command message (`::error::…`). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Reports `thrown` as a STOPPED verdict — on stdout as an `::error::` command, in
 * `GITHUB_OUTPUT` when it is writable — and fails the step (exit code 1). Never throws.
 */
export function lastResort(
  thrown: unknown,
  env: Record<string, string | undefined> = process.env,
): void {
  attempt(() => {
    process.exitCode = 1;
  });
  let code = 'GATE_ERROR';
  let message = 'an unknown failure';
  attempt(() => {
    const error = normaliseThrown(thrown, 'GATE_ERROR', { nonErrorCode: 'GATE_THREW_NON_ERROR' });
    code = error.code;
    message = error.message;
  });
  const line = `Maestro Gate could not reach a verdict, so it stops (${code}): ${message}`;
  attempt(() => process.stdout.write(`::error::${escapeData(line)}\n`));
  attempt(() => process.stderr.write(`${line}\n`));
  const out = env['GITHUB_OUTPUT'];
  if (out) {
    attempt(() => {
      const d = `ghadelimiter_${randomUUID()}`;
      const block = (name: string, value: string): string => `${name}<<${d}\n${value}\n${d}\n`;
      appendFileSync(out, block('verdict', 'STOPPED') + block('reason-codes', code));
    });
  }
}
