/**
 * `maestro-gate verify`: reads bundles, evidence files and the trust root, runs the pure
 * `verifyEvidence` core and prints every check. Exit 0 only when every check passed.
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeThrown, MaestroError } from '../contract/errors.js';
import type { OutputStreams } from '../contract/output.js';
import type { Thresholds } from '../signing/verify-door.js';
import { describeBinding } from './binding.js';
import {
  VerifyUsageError,
  approvalsFrom,
  loadTrustFrom,
  refuseTrustFromEvidence,
  type Values,
} from './cli-trust.js';
import { verifyRuns } from './freshness.js';
import type { IdentityPolicy } from './policy.js';
import type { VerifyInput, VerifyReport } from './verify.js';

/** Exit codes: 0 verified, 1 a check failed, 64 usage error. */
export const VERIFY_EXIT = { ok: 0, failed: 1, usage: 64 } as const;

export const VERIFY_USAGE = `Usage: maestro-gate verify (--evidence-dir DIR... | --bundle FILE...) TRUST --repository OWNER/NAME (--commit SHA | --artifact FILE) [options]

Trust (from your own configuration, never from the evidence; nothing is fetched unless you ask):
  --key PEM                      public key of key-signed evidence
  --key-fingerprint sha256:HEX   pin the key (required when the key file sits inside the evidence)
  --trusted-keys FILE            keys and the repositories each may sign for:
                                 {"schema_version":1,"keys":[{"fingerprint":"sha256:…","repositories":["o/r"],"public_key":"PEM"}]}
  --trusted-root FILE            a pinned Sigstore trusted_root.json (GitHub's instance, a private one, a test root)
  --trusted-root-sha256 HEX      pin the trusted root file (required when it sits inside the evidence)
  --public-good-offline          the public-good Sigstore root as seeded in @sigstore/tuf (no network)
  --public-good                  refresh the public-good root over TUF (network)
Binding (required; what the release ships):
  --repository OWNER/NAME        the repository the evidence must be for
  --commit SHA                   the head commit the evidence must be for
  --artifact FILE                this file's sha256 must be a subject (repeatable)
  --repository-id ID, --pull-request N, --base-ref REF, --base-sha SHA   more of the binding to expect
  --not-before TIME              refuse evidence signed before TIME (ISO 8601)
  --insecure-skip-binding        pass without --repository or a commit/artifact (said loudly)
Signer (keyless; matching is on whole values):
  --certificate-oidc-issuer S    exact issuer, e.g. https://token.actions.githubusercontent.com
  --certificate-oidc-issuer-regexp RE
  --certificate-identity S       exact certificate identity (SAN)
  --certificate-identity-regexp RE   must compile on its own and match the whole identity
  --workflow-path PATH --workflow-ref REF   SAN must be <server>/<signer repository>/PATH@REF
  --signer-repository OWNER/NAME the signing workflow lives there (a reusable workflow), not in --repository
  --allow-pull-request-workflow  accept a workflow that ran from refs/pull/* (the PR's author controls it)
  --server-url URL               GitHub server (default https://github.com)
Checks:
  --allow-uncovered NAME         accept this unsigned file in the evidence directory (repeatable, said loudly)
  --approval-receipt FILE        a signed approval receipt from the approval app (repeatable): a
                                 PAUSE_FOR_HITL verdict passes only with one for the same head and verdict
  --approval-key FILE            the approval app's public key (PEM) the receipt must be signed with
  --allow-pause                  accept a PAUSE_FOR_HITL verdict WITHOUT checking approvals (said loudly)
  --expect-verdict DECISION      require exactly RUN, PAUSE_FOR_HITL or STOPPED (audits: prove a PR was stopped)
  --signature-only               Sigstore-level checks only (any bundle; no Maestro Gate predicates)
  --tlog-threshold N, --ctlog-threshold N, --timestamp-threshold N   override the explicit defaults
Several --evidence-dir: each must verify, and the newest run decides.
Output:
  --format text|json

Exit codes: 0 verified, 1 a check failed, 64 usage error.
`;

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
export async function runVerifyCli(argv: string[], io: OutputStreams): Promise<number> {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        'evidence-dir': { type: 'string', multiple: true },
        'key-fingerprint': { type: 'string' },
        'trusted-keys': { type: 'string' },
        'trusted-root-sha256': { type: 'string' },
        'signer-repository': { type: 'string' },
        'allow-pull-request-workflow': { type: 'boolean' },
        'insecure-skip-binding': { type: 'boolean' },
        'allow-uncovered': { type: 'string', multiple: true },
        'repository-id': { type: 'string' },
        'pull-request': { type: 'string' },
        'base-ref': { type: 'string' },
        'base-sha': { type: 'string' },
        'not-before': { type: 'string' },
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
        'approval-receipt': { type: 'string', multiple: true },
        'approval-key': { type: 'string' },
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
      warnings: [],
    };
    print(report, format, io);
    return VERIFY_EXIT.failed;
  }
}

async function readEvidenceDir(
  dir: string,
): Promise<{ files: Map<string, Buffer>; bundles: { name: string; json: unknown }[] }> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new MaestroError(
      'VERIFY_BUNDLE_MISSING',
      `the evidence directory ${dir} cannot be read: ${describeThrown(e)}`,
    );
  }
  const files = new Map<string, Buffer>();
  const bundles: { name: string; json: unknown }[] = [];
  // Anything that is not a regular file (a folder, a link) is content no signature covers.
  for (const d of entries.filter((x) => !x.isFile()).sort((a, b) => a.name.localeCompare(b.name)))
    files.set(
      d.isDirectory() ? `${d.name}/` : d.name,
      Buffer.from(`not a regular file: ${d.name}`),
    );
  const names = entries
    .filter((d) => d.isFile())
    .map((d) => d.name)
    .sort();
  for (const n of names) files.set(n, await readFile(join(dir, n)));
  for (const n of names.filter((x) => x.endsWith('.sigstore.json')))
    bundles.push({ name: n, json: await readJson(join(dir, n)) });
  return { files, bundles };
}

async function run(v: Values): Promise<VerifyReport> {
  const dirs = (v['evidence-dir'] as string[] | undefined) ?? [];
  const bundlePaths = (v['bundle'] as string[] | undefined) ?? [];
  if (dirs.length === 0 && bundlePaths.length === 0)
    throw new VerifyUsageError('pass --evidence-dir DIR or --bundle FILE');
  const signatureOnly = v['signature-only'] === true;
  const trustCount = [
    v['key'],
    v['trusted-root'],
    v['trusted-keys'],
    v['public-good'],
    v['public-good-offline'],
  ].filter((x) => x !== undefined && x !== false).length;
  if (trustCount === 0)
    throw new VerifyUsageError(
      'no trust root: pass --key PEM, --trusted-keys FILE, --trusted-root FILE, --public-good-offline or --public-good',
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
  const skipBinding = v['insecure-skip-binding'] === true;
  const artifactPaths = (v['artifact'] as string[] | undefined) ?? [];
  if (!signatureOnly && !skipBinding) {
    if (v['repository'] === undefined)
      throw new VerifyUsageError(
        'pass --repository OWNER/NAME: evidence is bound to the repository it was made for, and verify checks that binding (--insecure-skip-binding passes without it, loudly)',
      );
    if (v['commit'] === undefined && artifactPaths.length === 0)
      throw new VerifyUsageError(
        'pass --commit SHA (or --artifact FILE): evidence is bound to a commit, and a release must say which one it ships (--insecure-skip-binding passes without it, loudly)',
      );
  }
  const notBefore = v['not-before'] as string | undefined;
  if (notBefore !== undefined && Number.isNaN(Date.parse(notBefore)))
    throw new VerifyUsageError(
      `--not-before takes an ISO 8601 time, got ${JSON.stringify(notBefore)}`,
    );
  const pr = v['pull-request'] as string | undefined;
  if (pr !== undefined && !/^[1-9]\d*$/.test(pr))
    throw new VerifyUsageError(
      `--pull-request takes a pull request number, got ${JSON.stringify(pr)}`,
    );
  const thresholds: Partial<Thresholds> = {};
  const tl = int(v['tlog-threshold'] as string | undefined, '--tlog-threshold');
  const ct = int(v['ctlog-threshold'] as string | undefined, '--ctlog-threshold');
  const ts = int(v['timestamp-threshold'] as string | undefined, '--timestamp-threshold');
  if (tl !== undefined) thresholds.tlog = tl;
  if (ct !== undefined) thresholds.ctlog = ct;
  if (ts !== undefined) thresholds.timestamp = ts;
  // A bundle's own folder counts as evidence too, except for --signature-only on third-party
  // bundles (test suites keep their trust root beside the bundle).
  await refuseTrustFromEvidence(v, [
    ...dirs,
    ...(signatureOnly ? [] : bundlePaths.map((p) => dirname(p))),
  ]);
  const trust = await loadTrustFrom(v);

  // Evidence sets: each directory is one run; explicit bundles form one more.
  const sets: {
    label: string;
    files: Map<string, Buffer>;
    bundles: { name: string; json: unknown }[];
  }[] = [];
  for (const d of dirs) sets.push({ label: d, ...(await readEvidenceDir(d)) });
  if (bundlePaths.length > 0) {
    const bundles: { name: string; json: unknown }[] = [];
    for (const p of bundlePaths) {
      try {
        bundles.push({ name: basename(p), json: await readJson(p) });
      } catch (e) {
        throw new MaestroError(
          'VERIFY_BUNDLE_MISSING',
          `${p} cannot be read: ${describeThrown(e)}`,
        );
      }
    }
    if (sets.length === 1) sets[0]!.bundles.push(...bundles);
    else sets.push({ label: 'bundles', files: new Map(), bundles });
  }
  const artifacts: { name: string; bytes: Buffer }[] = [];
  for (const a of artifactPaths) {
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
    ['workflowPath', 'workflow-path'],
    ['workflowRef', 'workflow-ref'],
    ['serverUrl', 'server-url'],
  ];
  for (const [k, flag] of map) if (typeof v[flag] === 'string') policy[k] = v[flag];
  const str = (flag: string): string | undefined =>
    typeof v[flag] === 'string' ? v[flag] : undefined;
  const expect: NonNullable<VerifyInput['expect']> = {};
  if (str('repository-id') !== undefined) expect.repositoryId = str('repository-id')!;
  if (pr !== undefined) expect.pullRequest = Number(pr);
  if (str('base-ref') !== undefined) expect.baseRef = str('base-ref')!;
  if (str('base-sha') !== undefined) expect.baseSha = str('base-sha')!;
  const common: Omit<VerifyInput, 'bundles' | 'files'> = {
    artifacts,
    trust,
    policy,
    ...(str('commit') === undefined ? {} : { commit: str('commit')! }),
    ...(str('repository') === undefined ? {} : { repository: str('repository')! }),
    ...(str('signer-repository') === undefined
      ? {}
      : { signerRepository: str('signer-repository')! }),
    expect,
    skipBinding,
    ...(notBefore === undefined ? {} : { notBefore: new Date(notBefore) }),
    allowPullRequestWorkflow: v['allow-pull-request-workflow'] === true,
    allowUncovered: (v['allow-uncovered'] as string[] | undefined) ?? [],
    allowPause: v['allow-pause'] === true,
    ...(await approvalsFrom(v)),
    ...expectVerdict(v['expect-verdict']),
    mode: signatureOnly ? 'signature' : 'evidence',
    thresholds,
  };
  return verifyRuns(
    sets.map((set) => ({
      label: set.label,
      input: { ...common, bundles: set.bundles, files: set.files },
    })),
  );
}

function expectVerdict(value: unknown): { expectVerdict?: 'RUN' | 'PAUSE_FOR_HITL' | 'STOPPED' } {
  if (value === undefined) return {};
  if (value === 'RUN' || value === 'PAUSE_FOR_HITL' || value === 'STOPPED')
    return { expectVerdict: value };
  throw new VerifyUsageError(
    `--expect-verdict must be RUN, PAUSE_FOR_HITL or STOPPED (got ${JSON.stringify(value)})`,
  );
}

function print(report: VerifyReport, format: string, io: OutputStreams): void {
  if (format === 'json') {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  for (const c of report.checks) {
    io.stdout(
      `${c.ok ? 'PASS' : 'FAIL'} ${c.check}${c.target === '' ? '' : ` [${c.target}]`}: ${c.message}${c.ok ? '' : ` (${c.code})`}\n`,
    );
  }
  for (const w of report.warnings) io.stdout(`WARNING: ${w}\n`);
  const failed = report.checks.filter((c) => !c.ok).length;
  io.stdout(
    report.ok
      ? `verified: ${report.checks.length} checks passed${report.verdict === undefined ? '' : `, verdict ${report.verdict}`}${report.binding === undefined ? '' : `, bound to ${describeBinding(report.binding)}`}${report.warnings.length === 0 ? '' : ` (${report.warnings.length} warning(s) above)`}\n`
      : `NOT verified: ${failed} of ${report.checks.length} checks failed (${report.reason_code})\n`,
  );
}
