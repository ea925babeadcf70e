/** Helpers of the fault suite: git repositories, CLI runs, JSON run documents. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { main } from '../../action/cli/main.js';
import type { GateRun } from '../../action/pipeline.js';
import { captureIo, tempRepo } from '../helpers/repo.js';

/** Runs git in `dir` with a fixed identity and no user configuration. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Fault Suite',
      GIT_AUTHOR_EMAIL: 'faults@example.invalid',
      GIT_COMMITTER_NAME: 'Fault Suite',
      GIT_COMMITTER_EMAIL: 'faults@example.invalid',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** Writes (or, for `null`, deletes) files below `dir`. */
export function writeTree(dir: string, files: Record<string, string | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, path);
    if (content === null) rmSync(abs, { force: true, recursive: true });
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
}

/**
 * A git repository whose branch `main` holds `base` and whose checked-out branch `pr` adds
 * `head` on top of it (files mapped to `null` are deleted). Returns the work tree.
 */
export function prRepo(base: Record<string, string>, head: Record<string, string | null>): string {
  const dir = tempRepo(base);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  git(dir, 'checkout', '-q', '-b', 'pr');
  writeTree(dir, head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  return dir;
}

/** What one CLI run produced. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
  /** The JSON run document, when `--format json` printed one. */
  doc: GateRun | undefined;
}

/** Runs `maestro-gate check DIR --format json --quiet ...args` in-process. */
export async function check(dir: string, args: string[] = []): Promise<CliRun> {
  const cap = captureIo();
  const code = await main(
    ['check', dir, '--format', 'json', '--quiet', '--evidence-dir', join(dir, '.ev'), ...args],
    cap.io,
  );
  let doc: GateRun | undefined;
  try {
    doc = JSON.parse(cap.out()) as GateRun;
  } catch {
    doc = undefined;
  }
  return { code, out: cap.out(), err: cap.err(), doc };
}
