/**
 * Finding and running the `opa` CLI. Policies are compiled with it (`opa build -t wasm`);
 * evaluation never uses it.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describeThrown, MaestroError } from '../../contract/errors.js';

/** Default time limit of one `opa` process. */
export const DEFAULT_OPA_TIMEOUT_MS = 60_000;

/**
 * Where to look for `opa`, in order: every `PATH` entry, then `$GOPATH/bin` and `~/go/bin`
 * (where `go install github.com/open-policy-agent/opa@<version>` puts it).
 */
export function opaCandidates(
  env: Readonly<Record<string, string | undefined>>,
  home = env['HOME'] ?? homedir(),
): string[] {
  const exe = process.platform === 'win32' ? 'opa.exe' : 'opa';
  const dirs = (env['PATH'] ?? '').split(delimiter).filter((d) => d !== '');
  if (env['GOPATH']) dirs.push(...env['GOPATH'].split(delimiter).map((d) => join(d, 'bin')));
  dirs.push(join(home, 'go', 'bin'));
  return [...new Set(dirs.map((d) => join(d, exe)))];
}

/** The first executable `opa` among {@link opaCandidates}, or `undefined`. */
export function findOpa(
  env: Readonly<Record<string, string | undefined>>,
  home?: string,
): string | undefined {
  for (const candidate of opaCandidates(env, home)) {
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not there, or not executable: try the next one
    }
  }
  return undefined;
}

/** What one `opa` process printed. */
export interface OpaRun {
  stdout: string;
  stderr: string;
}

/** Options of {@link runOpa}. */
export interface RunOpaOptions {
  cwd?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Text written to the process's standard input. */
  stdin?: string;
  maxBuffer?: number;
}

/**
 * Runs `opa <args>` and resolves with its output when it exits 0. Rejects with a
 * `MaestroError` (`OPA_CLI_FAILED`) carrying opa's own message otherwise, including on a
 * timeout or an abort.
 */
export function runOpa(
  opaPath: string,
  args: readonly string[],
  options: RunOpaOptions = {},
): Promise<OpaRun> {
  const timeout = options.timeoutMs ?? DEFAULT_OPA_TIMEOUT_MS;
  return new Promise<OpaRun>((resolve, reject) => {
    let child: ReturnType<typeof execFile>;
    try {
      child = execFile(
        opaPath,
        [...args],
        {
          cwd: options.cwd,
          timeout,
          killSignal: 'SIGKILL',
          maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024,
          encoding: 'utf8',
          windowsHide: true,
          ...(options.signal ? { signal: options.signal } : {}),
          env: { ...process.env, OPA_TELEMETRY_DISABLED: '1' },
        },
        (error, stdout, stderr) => {
          if (error === null) {
            resolve({ stdout, stderr });
            return;
          }
          const killed = (error as { killed?: boolean }).killed === true;
          const exit = (error as { code?: unknown }).code;
          const why = options.signal?.aborted
            ? 'was aborted'
            : killed
              ? `did not finish within ${timeout} ms`
              : typeof exit === 'number'
                ? `failed (exit ${exit})`
                : `failed (${describeThrown(error)})`;
          reject(
            new MaestroError(
              'OPA_CLI_FAILED',
              `\`opa ${args[0] ?? ''}\` ${why}: ${(stderr || stdout).trim()}`,
              {
                cause: error,
              },
            ),
          );
        },
      );
    } catch (thrown) {
      reject(
        new MaestroError(
          'OPA_CLI_FAILED',
          `could not start ${opaPath}: ${describeThrown(thrown)}`,
          { cause: thrown },
        ),
      );
      return;
    }
    if (options.stdin !== undefined) child.stdin?.end(options.stdin);
    else child.stdin?.end();
  });
}

/** The version `opa version` reports (`1.10.1`), or `undefined` when it cannot be read. */
export async function opaVersion(
  opaPath: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  try {
    const { stdout } = await runOpa(opaPath, ['version'], {
      timeoutMs: 15_000,
      ...(signal ? { signal } : {}),
    });
    return /^Version:\s*v?(\S+)/m.exec(stdout)?.[1];
  } catch {
    return undefined;
  }
}
