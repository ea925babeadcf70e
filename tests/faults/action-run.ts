/**
 * Runs the Action's entry (`action/main.ts` through tsx, or the built `dist/index.js`) in a
 * child process the way the Actions runner does: inputs as `INPUT_*`, the event at
 * `GITHUB_EVENT_PATH`, outputs and summary files. A run that does not end within the time
 * limit is killed and reported as a hang.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseOutputs, ROOT } from '../action/harness.js';

/** tsx's loader, by URL: the workspace the Action runs in has no node_modules. */
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** What one Action run produced. */
export interface EntryRun {
  code: number | null;
  hung: boolean;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

/** Options of one run. */
export interface EntryOptions {
  workspace: string;
  /** The event payload (an object is JSON-encoded; a string is written as it is). */
  event?: unknown;
  eventName?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Replaces `GITHUB_OUTPUT` (e.g. a directory, which cannot be appended to). */
  outputPath?: string;
  /** `source` (default) runs action/main.ts through tsx; otherwise the path of a Node binary for dist/. */
  node?: string;
  timeoutMs?: number;
}

/** Runs the Action once. */
export async function runEntry(opts: EntryOptions): Promise<EntryRun> {
  const temp = mkdtempSync(join(tmpdir(), 'maestro-fault-runner-'));
  const eventPath = join(temp, 'event.json');
  const outputPath = opts.outputPath ?? join(temp, 'output');
  writeFileSync(
    eventPath,
    typeof opts.event === 'string' ? opts.event : JSON.stringify(opts.event ?? {}),
  );
  if (opts.outputPath === undefined) writeFileSync(outputPath, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_EVENT_NAME: opts.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_REPOSITORY: 'octo/repo',
    RUNNER_TEMP: temp,
    GIT_TERMINAL_PROMPT: '0',
    ...(opts.env ?? {}),
  };
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  const argv =
    opts.node === undefined
      ? [process.execPath, '--import', TSX_LOADER, join(ROOT, 'action/main.ts')]
      : [opts.node, join(ROOT, 'dist/index.js')];
  return await new Promise<EntryRun>((resolveRun, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: opts.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 45_000);
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      let outputs: Record<string, string> = {};
      try {
        outputs = parseOutputs(readFileSync(outputPath, 'utf8'));
      } catch {
        outputs = {};
      }
      resolveRun({ code, hung, stdout, stderr, outputs });
    });
  });
}
