/**
 * Installing the `opa` CLI from OPA's GitHub releases, the way `open-policy-agent/setup-opa`
 * does it, but with a pinned SHA-256 per asset: a download whose digest differs is deleted and
 * the run stops. Used only when `opa` is not already on the runner.
 */
import * as toolCache from '@actions/tool-cache';
import { createHash } from 'node:crypto';
import { chmodSync, createReadStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describeThrown, MaestroError } from '../../contract/errors.js';

/** The OPA version Maestro Gate compiles policies with. */
export const DEFAULT_OPA_VERSION = '1.10.1';

/** Where OPA publishes its release assets. */
export const OPA_RELEASES_URL = 'https://github.com/open-policy-agent/opa/releases/download';

/** A pinned release asset. */
export interface PinnedAsset {
  sha256: string;
  /**
   * `false` when the digest could not be checked against OPA's published `<asset>.sha256`
   * from the machine that wrote this table. A wrong pin fails closed (the download is
   * rejected), it never lets an unexpected binary through.
   */
  verified: boolean;
}

/**
 * Pinned digests by version, then by release asset name.
 *
 * NOT VERIFIED: these values were transcribed from pinned tables in public repositories
 * (the `linux_amd64_static`, `linux_arm64_static`, `darwin_amd64` and `darwin_arm64_static`
 * ones from one table, the Windows one from another) because the machine that wrote this
 * file had no access to github.com. Before relying on them, compare each with the
 * `<asset>.sha256` file on https://github.com/open-policy-agent/opa/releases/tag/v1.10.1 and
 * set `verified: true`. Users can always pin their own digest with `gates.opa.opa_sha256`.
 */
export const PINNED_OPA_ASSETS: Readonly<Record<string, Readonly<Record<string, PinnedAsset>>>> = {
  '1.10.1': {
    opa_linux_amd64_static: {
      sha256: '43b1efa7e81425456dbb8d82c0256b6dbe69c934e5c4a1cb71dc65715ac4b35d',
      verified: false,
    },
    opa_linux_arm64_static: {
      sha256: '3b77a28ec99dcf7d98ec014ab4773bd1f9ad0340faee7b8ae811cbb8baa9f5bf',
      verified: false,
    },
    opa_darwin_amd64: {
      sha256: '06b87b33385cbeabc913604e1d76fcfaac3d96cb1f084db1a456244989ea32b5',
      verified: false,
    },
    opa_darwin_arm64_static: {
      sha256: '81ca091b6f8a54f9e9e11204c060e616bf0ea0b01378621f081b3ff13be77f09',
      verified: false,
    },
    'opa_windows_amd64.exe': {
      sha256: '4c932053350eabca47681208924046fbf3ad9de922d6853fb12cddf59aef15ce',
      verified: false,
    },
  },
};

/** The release asset name for a platform and architecture (Node's `process.platform`/`arch`). */
export function opaAssetName(platform: string, arch: string): string {
  const goArch = arch === 'x64' ? 'amd64' : arch === 'arm64' ? 'arm64' : undefined;
  if (goArch === undefined) {
    throw new MaestroError(
      'OPA_CLI_NOT_FOUND',
      `OPA publishes no binary for the ${arch} architecture. Install \`opa\` on the runner and put it on PATH.`,
    );
  }
  switch (platform) {
    case 'linux':
      return `opa_linux_${goArch}_static`;
    case 'darwin':
      return goArch === 'amd64' ? 'opa_darwin_amd64' : 'opa_darwin_arm64_static';
    case 'win32':
      if (goArch === 'amd64') return 'opa_windows_amd64.exe';
      break;
  }
  throw new MaestroError(
    'OPA_CLI_NOT_FOUND',
    `OPA publishes no binary for ${platform}/${arch}. Install \`opa\` on the runner and put it on PATH.`,
  );
}

/** Options of {@link installOpa}. */
export interface InstallOptions {
  version?: string;
  platform?: string;
  arch?: string;
  /** Release base URL (tests point it at a local server). */
  baseUrl?: string;
  /** Expected SHA-256 (hex). Defaults to the pinned table; required when the table has none. */
  sha256?: string;
}

/**
 * Returns the path of a verified `opa` binary from the runner's tool cache, downloading it
 * from OPA's releases first when absent. Needs `RUNNER_TOOL_CACHE` and `RUNNER_TEMP`.
 *
 * Fails closed: an unknown digest (`OPA_CLI_CHECKSUM_UNKNOWN`), a digest mismatch
 * (`OPA_CLI_CHECKSUM_MISMATCH`) or a failed download (`OPA_CLI_DOWNLOAD_FAILED`) throws.
 */
export async function installOpa(options: InstallOptions = {}): Promise<string> {
  const version = (options.version ?? DEFAULT_OPA_VERSION).replace(/^v/, '');
  const asset = opaAssetName(options.platform ?? process.platform, options.arch ?? process.arch);
  const expected = (options.sha256 ?? PINNED_OPA_ASSETS[version]?.[asset]?.sha256)?.toLowerCase();
  if (expected === undefined || !/^[0-9a-f]{64}$/.test(expected)) {
    throw new MaestroError(
      'OPA_CLI_CHECKSUM_UNKNOWN',
      `no SHA-256 is pinned for OPA ${version} (${asset}), so it will not be downloaded. Put \`opa\` ${version} on PATH, or pin its digest with \`gates.opa.opa_sha256\` in .github/maestro.yml.`,
    );
  }
  const exe = asset.endsWith('.exe') ? 'opa.exe' : 'opa';
  const cached = toolCache.find('opa', version);
  if (cached !== '' && (await fileSha256(join(cached, exe)).catch(() => '')) === expected)
    return join(cached, exe);

  const url = `${options.baseUrl ?? OPA_RELEASES_URL}/v${version}/${asset}`;
  let downloaded: string;
  try {
    downloaded = await toolCache.downloadTool(url);
  } catch (thrown) {
    throw new MaestroError(
      'OPA_CLI_DOWNLOAD_FAILED',
      `could not download OPA ${version} from ${url}: ${describeThrown(thrown)}. Check the runner's network access, or put \`opa\` on PATH.`,
      { cause: thrown },
    );
  }
  try {
    const actual = await fileSha256(downloaded);
    if (actual !== expected) {
      throw new MaestroError(
        'OPA_CLI_CHECKSUM_MISMATCH',
        `the OPA ${version} binary downloaded from ${url} has SHA-256 ${actual}, but ${expected} is pinned. It was deleted and not run. If OPA re-published the asset, verify the new digest and update the pin.`,
      );
    }
    chmodSync(downloaded, 0o755);
    const dir = await toolCache.cacheFile(downloaded, exe, 'opa', version);
    return join(dir, exe);
  } finally {
    rmSync(downloaded, { force: true });
  }
}

/** Hex SHA-256 of a file, streamed. */
export function fileSha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}
