/** `mode: verify`: the verifier of `maestro-gate verify`, run on the Action's inputs. */
import * as core from '@actions/core';
import { verifyArgvFromInputs } from '../verify/action-inputs.js';
import { runVerifyCli } from '../verify/cli.js';
import { inputError } from './inputs.js';

/**
 * `mode: verify`: runs the very verifier of `maestro-gate verify` on the inputs, prints each
 * check, sets `verified`, and fails the step on any miss.
 */
export async function verifyMode(): Promise<void> {
  if (!core.getInput('evidence-dir')) {
    throw inputError(
      'mode: verify needs the `evidence-dir` input (the directory holding the evidence bundle)',
    );
  }
  const argv = verifyArgvFromInputs((name) => core.getInput(name));
  const code = await runVerifyCli(argv, {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  });
  core.setOutput('verified', code === 0 ? 'true' : 'false');
  if (code !== 0)
    core.setFailed(
      `Maestro Gate verify: the evidence did not verify (exit ${code}); see the checks above`,
    );
}
