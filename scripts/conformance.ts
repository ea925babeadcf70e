/**
 * Runs `maestro-gate verify --signature-only` over the bundle-verify cases of the
 * sigstore-conformance suite (read from ../shared/testdata/sigstore-conformance/bundle-verify
 * relative to the repository root, or the directory given as the first argument / in
 * MAESTRO_CONFORMANCE_DIR). A `_fail` case must be rejected, every other applicable case
 * accepted. Cases without their own trusted_root.json use the public-good root as seeded in
 * @sigstore/tuf (offline). Exits 1 when any applicable case goes the wrong way.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runVerifyCli } from '../action/verify/cli.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const casesDir = resolve(
  process.argv[2] ??
    process.env['MAESTRO_CONFORMANCE_DIR'] ??
    join(root, '../shared/testdata/sigstore-conformance/bundle-verify'),
);

const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com';

/**
 * Cases outside what `maestro-gate verify` does, with the reason. Everything else must pass.
 * (Filled from the suite's README files; each entry says why it does not apply.)
 */
export const NOT_APPLICABLE: Readonly<Record<string, string>> = {
  'rekor2-dsse-happy-path':
    "logged with Rekor v2's hashedrekord-over-DSSE encoding (rekor-v2 spec 6.1.4: the entry stores Hash(PAE(type, payload))), which @sigstore/verify 3.1.1 does not implement; it rejects the bundle (fail-closed). Maestro Gate's own bundles use Rekor v1 dsse entries (public-good) or timestamps only (GitHub's instance).",
};

interface Outcome {
  name: string;
  expectFail: boolean;
  accepted: boolean;
  detail: string;
  applicable: boolean;
}

async function runCase(name: string): Promise<Outcome> {
  const dir = join(casesDir, name);
  const expectFail = name.endsWith('_fail');
  const read = (f: string): string | undefined =>
    existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8').trim() : undefined;
  const argv = [
    '--bundle',
    join(dir, 'bundle.sigstore.json'),
    '--signature-only',
    '--format',
    'json',
  ];
  argv.push(
    '--artifact',
    existsSync(join(dir, 'artifact')) ? join(dir, 'artifact') : join(casesDir, 'a.txt'),
  );
  if (existsSync(join(dir, 'trusted_root.json')))
    argv.push('--trusted-root', join(dir, 'trusted_root.json'));
  else argv.push('--public-good-offline');
  if (existsSync(join(dir, 'key.pub'))) {
    argv.push('--key', join(dir, 'key.pub'));
  } else {
    argv.push(
      '--certificate-identity',
      read('identity') ?? DEFAULT_IDENTITY,
      '--certificate-oidc-issuer',
      read('issuer') ?? DEFAULT_ISSUER,
    );
  }
  let out = '';
  let err = '';
  const code = await runVerifyCli(argv, {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  });
  let detail = err.trim();
  try {
    const report = JSON.parse(out) as { checks: { ok: boolean; code: string; message: string }[] };
    const failed = report.checks.find((c) => !c.ok);
    detail =
      failed === undefined
        ? `${report.checks.length} checks passed`
        : `${failed.code}: ${failed.message}`;
  } catch {
    // usage errors print no JSON; keep stderr
  }
  return {
    name,
    expectFail,
    accepted: code === 0,
    detail: detail.slice(0, 240),
    applicable: NOT_APPLICABLE[name] === undefined,
  };
}

async function main(): Promise<number> {
  if (!existsSync(casesDir)) {
    console.error(
      `conformance: ${casesDir} does not exist; pass the bundle-verify directory as the first argument`,
    );
    return 2;
  }
  const names = readdirSync(casesDir)
    .filter((n) => statSync(join(casesDir, n)).isDirectory())
    .sort();
  const outcomes: Outcome[] = [];
  for (const n of names) outcomes.push(await runCase(n));
  let wrong = 0;
  for (const o of outcomes) {
    const right = o.expectFail ? !o.accepted : o.accepted;
    let tag: string;
    if (!o.applicable) tag = right ? 'n/a (passes anyway)' : 'n/a';
    else if (right) tag = 'passed';
    else {
      tag = 'FAILED';
      wrong++;
    }
    console.log(
      `${tag.padEnd(20)} ${o.name.padEnd(58)} ${o.expectFail ? 'must reject' : 'must accept'}; ${o.accepted ? 'accepted' : 'rejected'} — ${o.detail}`,
    );
  }
  const applicable = outcomes.filter((o) => o.applicable);
  console.log(
    `\n${applicable.length - wrong}/${applicable.length} applicable cases passed; ${outcomes.length - applicable.length} not applicable:`,
  );
  for (const [n, why] of Object.entries(NOT_APPLICABLE)) console.log(`  - ${n}: ${why}`);
  const acceptedFail = outcomes.filter((o) => o.expectFail && o.accepted);
  if (acceptedFail.length > 0)
    console.log(
      `\n_fail cases accepted (never allowed, applicable or not): ${acceptedFail.map((o) => o.name).join(', ')}`,
    );
  return wrong > 0 || acceptedFail.length > 0 ? 1 : 0;
}

process.exitCode = await main();
