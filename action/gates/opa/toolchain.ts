/**
 * The `opa` toolchain the OPA gate compiles with, resolved at the edge (the CLI, the Action):
 * found on PATH, or installed from OPA's releases with a pinned SHA-256 on a GitHub runner,
 * and handed to the gate. The gate itself reads no environment.
 */
import { readFileSync } from 'node:fs';
import { describeThrown, MaestroError } from '../../contract/errors.js';
import { sha256Hex } from '../../util/digest.js';
import { DEFAULT_OPA_VERSION, installOpa } from './install.js';
import { findOpa, opaVersion } from './opa-cli.js';

/** A resolved `opa` binary. */
export interface OpaBinary {
  path: string;
  /** What `opa version` reports (`1.10.1`). */
  version: string;
  /** sha256 (hex) of the binary: what the compile cache keys on. */
  sha256: string;
}

/** What the gate asks for when it has to compile; resolved lazily, at most once per run. */
export interface OpaToolchain {
  /**
   * Returns the binary, installing it first when the edge allows that. `pin` is the version
   * and digest the configuration asks for (used only when installing).
   */
  resolve(request: {
    pin: { version?: string | undefined; sha256?: string | undefined };
    progress: (line: string) => void;
    signal: AbortSignal;
  }): Promise<OpaBinary>;
}

async function versionOf(path: string, signal?: AbortSignal): Promise<OpaBinary> {
  const version = await opaVersion(path, signal);
  if (version === undefined) {
    throw new MaestroError(
      'OPA_CLI_FAILED',
      `\`${path} version\` did not report a version; is it really the OPA CLI?`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (thrown) {
    throw new MaestroError(
      'OPA_CLI_FAILED',
      `cannot read the opa binary ${path}: ${describeThrown(thrown)}`,
      { cause: thrown },
    );
  }
  return { path, version, sha256: sha256Hex(bytes) };
}

/** A toolchain that is one known binary (tests, `--opa PATH`). */
export function fixedOpaToolchain(path: string): OpaToolchain {
  let resolved: Promise<OpaBinary> | undefined;
  return { resolve: ({ signal }) => (resolved ??= versionOf(path, signal)) };
}

/** Options of {@link opaToolchainFromEnvironment}. */
export interface EnvironmentToolchainOptions {
  /** Release base URL for installing opa (tests). */
  releasesUrl?: string;
}

/**
 * The edge's toolchain: `opa` on PATH (then `$GOPATH/bin`, `~/go/bin`) of `env`; on a GitHub
 * runner (`RUNNER_TOOL_CACHE` and `RUNNER_TEMP` set) without it, installed from OPA's
 * releases and checked against the pinned SHA-256. Otherwise `OPA_CLI_NOT_FOUND`.
 */
export function opaToolchainFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  options: EnvironmentToolchainOptions = {},
): OpaToolchain {
  let resolved: Promise<OpaBinary> | undefined;
  const canInstall = Boolean(env['RUNNER_TOOL_CACHE'] && env['RUNNER_TEMP']);
  return {
    resolve({ pin, progress, signal }) {
      resolved ??= (async () => {
        let path = findOpa(env);
        if (path === undefined && canInstall) {
          progress('opa: installing the opa CLI from its releases');
          path = await installOpa({
            version: pin.version ?? DEFAULT_OPA_VERSION,
            ...(pin.sha256 ? { sha256: pin.sha256 } : {}),
            ...(options.releasesUrl ? { baseUrl: options.releasesUrl } : {}),
          });
        }
        if (path === undefined) {
          throw new MaestroError(
            'OPA_CLI_NOT_FOUND',
            `the \`opa\` CLI is needed to compile the policies but was not found on PATH, in $GOPATH/bin or ~/go/bin. Install OPA ${DEFAULT_OPA_VERSION} (\`go install github.com/open-policy-agent/opa@v${DEFAULT_OPA_VERSION}\` or a release binary) and put it on PATH.`,
          );
        }
        return versionOf(path, signal);
      })();
      return resolved;
    },
  };
}

/** The toolchain of a run that was given none: compiling is impossible, and says so. */
export const NO_OPA_TOOLCHAIN: OpaToolchain = {
  resolve: () =>
    Promise.reject(
      new MaestroError(
        'OPA_CLI_NOT_FOUND',
        `the policies must be compiled, but this run was given no \`opa\` CLI. Install OPA ${DEFAULT_OPA_VERSION} and put it on PATH (the CLI and the Action look there).`,
      ),
    ),
};
