/**
 * Evidence benchmark (key-based, offline): latency of signing one statement, of verifying one
 * bundle's signature, of `writeEvidence` for a whole run (one statement per predicate), of `verifyEvidence`
 * for the whole set, and the sizes of what is written. Measured on the test fixture run.
 */
import { readFileSync } from 'node:fs';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evidenceEnvFromVariables } from '../action/evidence/env.js';
import { writeEvidence } from '../action/evidence/write.js';
import { generateEphemeralKey, loadSigningKey, signWithKey } from '../action/signing/sign-door.js';
import { loadTrust, verifyBundleSignature } from '../action/signing/verify-door.js';
import { verifyEvidence } from '../action/verify/verify.js';
import { tempDir, readDir } from '../tests/fixtures/evidence/helpers.js';
import type { BenchFigure, BenchModule } from './types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(n: number, fn: () => unknown): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < Math.min(20, n); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

const bench: BenchModule = async (log) => {
  const figures: BenchFigure[] = [];
  const run = JSON.parse(
    readFileSync(join(root, 'tests/fixtures/evidence/gate-run.json'), 'utf8'),
  ) as unknown;
  const audit = join(root, 'tests/fixtures/evidence/audit-log.jsonl');
  const eph = generateEphemeralKey();
  const key = loadSigningKey(eph.privateKeyPem);
  const trust = loadTrust({ publicKeyPem: eph.publicKeyPem });
  const env = evidenceEnvFromVariables({});

  const dir = tempDir('maestro-evidence-bench-');
  const first = await writeEvidence({
    run,
    auditLogPath: audit,
    evidenceDir: dir,
    env,
    signing: { mode: 'key', keyPem: eph.privateKeyPem },
    headSha: 'a'.repeat(40),
  });
  if (first.gateResult !== undefined)
    throw new Error(`writeEvidence failed: ${first.gateResult.reason_code}`);
  const files = readDir(dir);
  const verdictBundle = JSON.parse(files.get('verdict.sigstore.json')!.toString('utf8')) as unknown;
  const payload = Buffer.from(
    JSON.stringify(JSON.parse(files.get('verdict.intoto.json')!.toString('utf8'))),
  );

  const sign = await time(500, () => signWithKey(payload, key));
  figures.push({
    name: 'evidence.sign_statement_ms',
    value: sign.median,
    unit: 'ms',
    parameters: {
      p95_ms: sign.p95,
      mode: 'key (P-256)',
      payload_bytes: payload.length,
      samples: 500,
    },
  });
  log(
    `sign one statement (key): median ${sign.median.toFixed(3)} ms, p95 ${sign.p95.toFixed(3)} ms`,
  );

  const verify = await time(500, () => verifyBundleSignature(verdictBundle, trust));
  figures.push({
    name: 'evidence.verify_bundle_signature_ms',
    value: verify.median,
    unit: 'ms',
    parameters: { p95_ms: verify.p95, mode: 'key (P-256)', samples: 500 },
  });
  log(
    `verify one bundle signature: median ${verify.median.toFixed(3)} ms, p95 ${verify.p95.toFixed(3)} ms`,
  );

  const bundles = [...files]
    .filter(([n]) => n.endsWith('.sigstore.json'))
    .map(([name, b]) => ({ name, json: JSON.parse(b.toString('utf8')) as unknown }));
  const full = await time(200, () => {
    const r = verifyEvidence({ bundles, files, trust, policy: {}, commit: 'a'.repeat(40) });
    if (!r.ok) throw new Error('verification failed in the benchmark');
  });
  figures.push({
    name: 'evidence.verify_evidence_set_ms',
    value: full.median,
    unit: 'ms',
    parameters: { p95_ms: full.p95, statements: bundles.length, samples: 200 },
  });
  log(
    `verifyEvidence, ${bundles.length} statements: median ${full.median.toFixed(3)} ms, p95 ${full.p95.toFixed(3)} ms`,
  );

  let i = 0;
  const write = await time(50, async () => {
    const d = join(dir, `w${i++}`);
    const r = await writeEvidence({
      run,
      auditLogPath: audit,
      evidenceDir: d,
      env,
      signing: { mode: 'key', keyPem: eph.privateKeyPem },
      headSha: 'a'.repeat(40),
    });
    if (r.gateResult !== undefined) throw new Error('writeEvidence failed in the benchmark');
  });
  figures.push({
    name: 'evidence.write_evidence_ms',
    value: write.median,
    unit: 'ms',
    parameters: {
      p95_ms: write.p95,
      statements: bundles.length,
      includes: 'schema validation, boundary scan, one signature per statement, file writes',
      samples: 50,
    },
  });
  log(
    `writeEvidence (${bundles.length} statements, signed, written): median ${write.median.toFixed(2)} ms, p95 ${write.p95.toFixed(2)} ms`,
  );

  const sizes = Object.fromEntries(bundles.map((b) => [b.name, files.get(b.name)!.length]));
  const total = [...files.values()].reduce((n, b) => n + b.length, 0);
  figures.push({
    name: 'evidence.verdict_bundle_bytes',
    value: files.get('verdict.sigstore.json')!.length,
    unit: 'bytes',
    parameters: { mode: 'key', bundles: sizes },
  });
  figures.push({
    name: 'evidence.directory_bytes',
    value: total,
    unit: 'bytes',
    parameters: { files: files.size, fixture: 'tests/fixtures/evidence/gate-run.json (3 gates)' },
  });
  log(
    `bundle sizes: ${JSON.stringify(sizes)}; evidence directory ${total} bytes in ${files.size} files`,
  );
  rmSync(dir, { recursive: true, force: true });
  return figures;
};

export default bench;
