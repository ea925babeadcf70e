/**
 * Runs TLC (`tlc2.TLC -tool`) on a `.tla`/`.cfg` pair and parses its output. TLC's metadata
 * (`-metadir`) and the standard modules it unpacks (`java.io.tmpdir`) go to a temporary folder
 * that is removed afterwards, so nothing is left in the checkout; the library path
 * (`-DTLA-Library`) lets specs extend TLAPS or the Community Modules.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parseTlcOutput, type TlcReport } from './tlc-output.js';

export { parseTlcMessages, parseTlcOutput, parseTlcState } from './tlc-output.js';
export type { TlcMessage, TlcReport, TlcViolationKind } from './tlc-output.js';

/** How to run TLC once. */
export interface TlcRunOptions {
  java: string;
  jar: string;
  spec: string;
  config: string;
  cwd: string;
  /** Folders with extra modules (TLAPS, Community Modules), in search order. */
  library?: string[];
  /** TLC worker threads (default 1: breadth-first with one worker gives shortest traces). */
  workers?: number;
  /** Extra JVM options (e.g. `-Xmx512m`). */
  jvmArgs?: string[];
  /** Stops TLC after this many milliseconds; the report then has `timedOut`. */
  timeMs?: number;
  signal?: AbortSignal;
  /** Monotonic milliseconds; defaults to `performance.now`. */
  clock?: () => number;
}

/** A report of one TLC run with its wall-clock time. */
export interface TlcRun extends TlcReport {
  /** Wall-clock time of the whole java process, in milliseconds. */
  wallMs: number;
  exitCode: number | null;
  /** TLC was stopped by `timeMs` before it finished. */
  timedOut: boolean;
  /** Standard error, truncated. */
  stderr: string;
}

/** TLC's exit codes for a finished check: 0 no error, 11 deadlock, 12 safety, 13 liveness. */
const VIOLATION_EXIT = new Set([10, 11, 12, 13]);

/** The java command line for one TLC run (without the executable). */
export function tlcArgs(options: TlcRunOptions, metaDir: string): string[] {
  const lib = options.library ?? [];
  return [
    '-XX:+UseParallelGC',
    `-Djava.io.tmpdir=${metaDir}`,
    ...(lib.length > 0 ? [`-DTLA-Library=${lib.join(delimiter)}`] : []),
    ...(options.jvmArgs ?? []),
    '-cp',
    options.jar,
    'tlc2.TLC',
    '-tool',
    '-workers',
    String(options.workers ?? 1),
    '-metadir',
    join(metaDir, 'states'),
    '-config',
    options.config,
    options.spec,
  ];
}

/** Runs TLC in tool mode and parses the result; rejects only when java cannot be started. */
export async function runTlc(options: TlcRunOptions): Promise<TlcRun> {
  const clock = options.clock ?? (() => performance.now());
  const metaDir = mkdtempSync(join(tmpdir(), 'maestro-tlc-'));
  const started = clock();
  try {
    return await new Promise<TlcRun>((resolvePromise, reject) => {
      const child = spawn(options.java, tlcArgs(options, metaDir), {
        cwd: options.cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(options.signal ? { signal: options.signal } : {}),
      });
      let out = '';
      let err = '';
      let timedOut = false;
      const timer =
        options.timeMs !== undefined
          ? setTimeout(() => {
              timedOut = true;
              child.kill('SIGKILL');
            }, options.timeMs)
          : undefined;
      child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
      child.stderr.on('data', (d: Buffer) => {
        if (err.length < 8192) err += d.toString('utf8');
      });
      child.on('error', (e) => {
        if (timer) clearTimeout(timer);
        reject(e);
      });
      child.on('close', (code) => {
        if (timer) clearTimeout(timer);
        const report = parseTlcOutput(out);
        const run: TlcRun = {
          ...report,
          wallMs: clock() - started,
          exitCode: code,
          timedOut,
          stderr: err.trim().slice(0, 2000),
        };
        if (report.status === 'ok' && code !== 0) {
          run.status = 'error';
          run.errors.push(`TLC exited with code ${String(code)}: ${run.stderr.slice(0, 500)}`);
        }
        if (report.status === 'violation' && code !== null && !VIOLATION_EXIT.has(code)) {
          run.errors.push(`TLC reported a violation but exited with code ${String(code)}`);
        }
        resolvePromise(run);
      });
    });
  } finally {
    rmSync(metaDir, { recursive: true, force: true });
  }
}
