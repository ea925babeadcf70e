/**
 * `maestro-gate verify`: reads bundles, evidence files and the trust root, runs the pure
 * `verifyEvidence` core and prints every check. Exit 0 only when every check passed.
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeThrown, MaestroError } from '../contract/errors.js';
import type { CliIo } from '../cli/io.js';
import {
  fetchPublicGoodTrustedRoot,
  loadTrust,
  publicGoodSeedTrustedRoot,
  type LoadedTrust,
  type Thresholds,
} from '../signing/index.js';
import type { IdentityPolicy } from './policy.js';
import { verifyEvidence, type VerifyReport } from './verify.js';

/** Exit codes: 0 verified, 1 a check failed, 64 usage error. */
export const VERIFY_EXIT = { ok: 0, failed: 1, usage: 64 } as const;

export const VERIFY_USAGE = `Usage: maestro-gate verify (--evidence-dir DIR | --bundle FILE...) TRUST [POLICY] [options]

Trust (one or more; nothing is fetched unless you ask):
  --key PEM                      public key of a key-signed bundle
  --trusted-root FILE            a pinned Sigstore trusted_root.json (GitHub's instance, a private one, a test root)
  --public-good-offline          the public-good Sigstore root as seeded in @sigstore/tuf (no network)
  --public-good                  refresh the public-good root over TUF (network)
Identity policy (keyless bundles; matching is anchored at both ends):
  --certificate-oidc-issuer S    exact issuer, e.g. https://token.actions.githubusercontent.com
  --certificate-oidc-issuer-regexp RE
  --certificate-identity S       exact certificate identity (SAN)
  --certificate-identity-regexp RE
  --repository OWNER/NAME        certificate Source Repository URI must be <server>/OWNER/NAME
  --workflow-path PATH --workflow-ref REF   SAN must be <server>/OWNER/NAME/PATH@REF
  --server-url URL               GitHub server (default https://github.com)
Checks:
  --commit SHA                   the statements must be bound to this head commit
  --artifact FILE                this file's sha256 must be a subject (repeatable)
  --allow-pause                  accept a PAUSE_FOR_HITL verdict (approval records are NOT checked yet)
  --expect-verdict DECISION      require exactly RUN, PAUSE_FOR_HITL or STOPPED (audits: prove a PR was stopped)
  --signature-only               Sigstore-level checks only (any bundle; no Maestro Gate predicates)
  --tlog-threshold N, --ctlog-threshold N, --timestamp-threshold N   override the explicit defaults
Output:
  --format text|json

Exit codes: 0 verified, 1 a check failed, 64 usage error.
`;

/** A usage problem (exit 64). */
class VerifyUsageError extends Error {}

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    return new Error(describeThrown(e));
  }
}

function int(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v))
    throw new VerifyUsageError(`${flag} takes a non-negative integer, got ${JSON.stringify(v)}`);
  return Number(v);
}

/**
 * Runs `maestro-gate verify` with `argv` (the arguments after `verify`). Returns the exit code;
 * output goes to `io`.
 */
export async function runVerifyCli(
  argv: string[],
  io: Pick<CliIo, 'stdout' | 'stderr'>,
): Promise<number> {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        'evidence-dir': { type: 'string' },
        bundle: { type: 'string', multiple: true },
        artifact: { type: 'string', multiple: true },
        key: { type: 'string' },
        'trusted-root': { type: 'string' },
        'public-good': { type: 'boolean' },
        'public-good-offline': { type: 'boolean' },
        'certificate-oidc-issuer': { type: 'string' },
        'certificate-oidc-issuer-regexp': { type: 'string' },
        'certificate-identity': { type: 'string' },
        'certificate-identity-regexp': { type: 'string' },
        repository: { type: 'string' },
        'workflow-path': { type: 'string' },
        'workflow-ref': { type: 'string' },
        'server-url': { type: 'string' },
        commit: { type: 'string' },
        'allow-pause': { type: 'boolean' },
        'expect-verdict': { type: 'string' },
        'signature-only': { type: 'boolean' },
        'tlog-threshold': { type: 'string' },
        'ctlog-threshold': { type: 'string' },
        'timestamp-threshold': { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    io.stderr(`maestro-gate verify: ${describeThrown(e)}\n\n${VERIFY_USAGE}`);
    return VERIFY_EXIT.usage;
  }
  if (values['help'] === true) {
    io.stdout(VERIFY_USAGE);
    return VERIFY_EXIT.ok;
  }
  const format = (values['format'] as string | undefined) ?? 'text';
  try {
    if (format !== 'text' && format !== 'json')
      throw new VerifyUsageError(`--format must be text or json, got ${JSON.stringify(format)}`);
    const report = await run(values);
    print(report, format, io);
    return report.ok ? VERIFY_EXIT.ok : VERIFY_EXIT.failed;
  } catch (e) {
    if (e instanceof VerifyUsageError) {
      io.stderr(`maestro-gate verify: ${e.message}\n\n${VERIFY_USAGE}`);
      return VERIFY_EXIT.usage;
    }
    // Loading failures (trust root, files) are failed verifications, reported like checks.
    const code = e instanceof MaestroError ? e.code : 'VERIFY_BUNDLE_MISSING';
    const report: VerifyReport = {
      ok: false,
      reason_code: code,
      checks: [{ check: 'load', target: '', ok: false, code, message: describeThrown(e) }],
    };
    print(report, format, io);
    return VERIFY_EXIT.failed;
  }
}

async function run(
  v: Record<string, string | string[] | boolean | undefined>,
): Promise<VerifyReport> {
  const dir = v['evidence-dir'] as string | undefined;
  const bundlePaths = (v['bundle'] as string[] | undefined) ?? [];
  if (dir === undefined && bundlePaths.length === 0)
    throw new VerifyUsageError('pass --evidence-dir DIR or --bundle FILE');
  const signatureOnly = v['signature-only'] === true;
  const trustCount = [
    v['key'],
    v['trusted-root'],
    v['public-good'],
    v['public-good-offline'],
  ].filter((x) => x !== undefined && x !== false).length;
  if (trustCount === 0)
    throw new VerifyUsageError(
      'no trust root: pass --key PEM, --trusted-root FILE, --public-good-offline or --public-good',
    );
  if (v['public-good'] === true && v['public-good-offline'] === true)
    throw new VerifyUsageError('--public-good and --public-good-offline exclude each other');
  if (
    (v['trusted-root'] !== undefined ? 1 : 0) +
      (v['public-good'] === true || v['public-good-offline'] === true ? 1 : 0) >
    1
  ) {
    throw new VerifyUsageError('pass one trusted root: --trusted-root or --public-good(-offline)');
  }
  const thresholds: Partial<Thresholds> = {};
  const tl = int(v['tlog-threshold'] as string | undefined, '--tlog-threshold');
  const ct = int(v['ctlog-threshold'] as string | undefined, '--ctlog-threshold');
  const ts = int(v['timestamp-threshold'] as string | undefined, '--timestamp-threshold');
  if (tl !== undefined) thresholds.tlog = tl;
  if (ct !== undefined) thresholds.ctlog = ct;
  if (ts !== undefined) thresholds.timestamp = ts;
  const trust = await loadTrustFrom(v);

  // Files: the evidence directory (every regular file) and explicit bundles.
  const files = new Map<string, Buffer>();
  const bundles: { name: string; json: unknown }[] = [];
  if (dir !== undefined) {
    let names: string[];
    try {
      names = (await readdir(dir, { withFileTypes: true }))
        .filter((d) => d.isFile())
        .map((d) => d.name)
        .sort();
    } catch (e) {
      throw new MaestroError(
        'VERIFY_BUNDLE_MISSING',
        `the evidence directory ${dir} cannot be read: ${describeThrown(e)}`,
      );
    }
    for (const n of names) files.set(n, await readFile(join(dir, n)));
    for (const n of names.filter((x) => x.endsWith('.sigstore.json'))) {
      bundles.push({ name: n, json: await readJson(join(dir, n)) });
    }
  }
  for (const p of bundlePaths) {
    try {
      bundles.push({ name: basename(p), json: await readJson(p) });
    } catch (e) {
      throw new MaestroError('VERIFY_BUNDLE_MISSING', `${p} cannot be read: ${describeThrown(e)}`);
    }
  }
  const artifacts: { name: string; bytes: Buffer }[] = [];
  for (const a of (v['artifact'] as string[] | undefined) ?? []) {
    try {
      artifacts.push({ name: basename(a), bytes: await readFile(a) });
    } catch (e) {
      throw new MaestroError(
        'VERIFY_BUNDLE_MISSING',
        `artifact ${a} cannot be read: ${describeThrown(e)}`,
      );
    }
  }
  const policy: IdentityPolicy = {};
  const map: [keyof IdentityPolicy, string][] = [
    ['issuer', 'certificate-oidc-issuer'],
    ['issuerRegexp', 'certificate-oidc-issuer-regexp'],
    ['identity', 'certificate-identity'],
    ['identityRegexp', 'certificate-identity-regexp'],
    ['repository', 'repository'],
    ['workflowPath', 'workflow-path'],
    ['workflowRef', 'workflow-ref'],
    ['serverUrl', 'server-url'],
  ];
  for (const [k, flag] of map) if (typeof v[flag] === 'string') policy[k] = v[flag];
  const commit = v['commit'] as string | undefined;
  return verifyEvidence({
    bundles,
    files,
    artifacts,
    trust,
    policy,
    ...(commit === undefined ? {} : { commit }),
    allowPause: v['allow-pause'] === true,
    ...expectVerdict(v['expect-verdict']),
    mode: signatureOnly ? 'signature' : 'evidence',
    thresholds,
  });
}

function expectVerdict(value: unknown): { expectVerdict?: 'RUN' | 'PAUSE_FOR_HITL' | 'STOPPED' } {
  if (value === undefined) return {};
  if (value === 'RUN' || value === 'PAUSE_FOR_HITL' || value === 'STOPPED')
    return { expectVerdict: value };
  throw new VerifyUsageError(
    `--expect-verdict must be RUN, PAUSE_FOR_HITL or STOPPED (got ${JSON.stringify(value)})`,
  );
}

async function loadTrustFrom(
  v: Record<string, string | string[] | boolean | undefined>,
): Promise<LoadedTrust> {
  let trustedRoot: unknown;
  let label = 'trust root';
  if (typeof v['trusted-root'] === 'string') {
    label = v['trusted-root'];
    try {
      trustedRoot = JSON.parse(await readFile(v['trusted-root'], 'utf8')) as unknown;
    } catch (e) {
      throw new MaestroError(
        'VERIFY_TRUST_ROOT_INVALID',
        `${label}: cannot be read as JSON: ${describeThrown(e)}`,
      );
    }
  } else if (v['public-good-offline'] === true) {
    label = 'public-good trusted root (seeded in @sigstore/tuf)';
    trustedRoot = publicGoodSeedTrustedRoot();
  } else if (v['public-good'] === true) {
    label = 'public-good trusted root (TUF)';
    trustedRoot = await fetchPublicGoodTrustedRoot();
  }
  let publicKeyPem: string | undefined;
  if (typeof v['key'] === 'string') {
    try {
      publicKeyPem = await readFile(v['key'], 'utf8');
    } catch (e) {
      throw new MaestroError(
        'VERIFY_TRUST_ROOT_INVALID',
        `${v['key']}: cannot be read: ${describeThrown(e)}`,
      );
    }
  }
  return loadTrust({
    ...(trustedRoot === undefined ? {} : { trustedRoot }),
    ...(publicKeyPem === undefined ? {} : { publicKeyPem, publicKeyLabel: v['key'] as string }),
    label,
  });
}

function print(report: VerifyReport, format: string, io: Pick<CliIo, 'stdout' | 'stderr'>): void {
  if (format === 'json') {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  for (const c of report.checks) {
    io.stdout(
      `${c.ok ? 'PASS' : 'FAIL'} ${c.check}${c.target === '' ? '' : ` [${c.target}]`}: ${c.message}${c.ok ? '' : ` (${c.code})`}\n`,
    );
  }
  const failed = report.checks.filter((c) => !c.ok).length;
  io.stdout(
    report.ok
      ? `verified: ${report.checks.length} checks passed${report.verdict === undefined ? '' : `, verdict ${report.verdict}`}\n`
      : `NOT verified: ${failed} of ${report.checks.length} checks failed (${report.reason_code})\n`,
  );
}
