import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../action/cli/main.js';
import type { GateRun } from '../../action/contract/run.js';
import { findCosign } from '../fixtures/evidence/helpers.js';
import { captureIo, tempRepo } from '../helpers/repo.js';

const root = join(import.meta.dirname, '../..');

/**
 * The demo's key sits beside its evidence, so verify accepts it only pinned by the fingerprint
 * the run itself printed; the demo is not a git commit, so the binding is skipped, loudly.
 */
function pinnedKey(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'evidence-manifest.json'), 'utf8')) as {
    signing: { key_fingerprint: string };
  };
  return [
    '--key',
    join(dir, 'signing-key.pub.pem'),
    '--key-fingerprint',
    manifest.signing.key_fingerprint,
    '--repository',
    'local/repository',
    '--insecure-skip-binding',
  ];
}
const demo = join(root, 'examples/demo');

/** The whole product on the bundled example pull request, as `npm run demo` runs it. */
describe('the demo pull request', () => {
  let run: GateRun;
  let evidence: string;
  let code: number;

  beforeAll(async () => {
    evidence = join(tempRepo(), 'evidence');
    const cap = captureIo();
    code = await main(
      [
        'check',
        join(demo, 'head'),
        '--base-dir',
        join(demo, 'base'),
        '--format',
        'json',
        '--quiet',
        '--ephemeral-key',
        '--evidence-dir',
        evidence,
      ],
      cap.io,
    );
    run = JSON.parse(cap.out()) as GateRun;
  });

  it('is STOPPED, sealed, with exit code 1', () => {
    expect(code).toBe(1);
    expect(run.verdict).toMatchObject({ decision: 'STOPPED', sealed: true });
    expect(run.verdict.reason_codes).toEqual([
      'INV_VIOLATION_CRITICAL',
      'MC_INVARIANT_VIOLATED',
      'OPE_REGRESSION',
      'OPA_DENY',
    ]);
  });

  it('the invariant gate names the critical invariant and the trace record at file:line', () => {
    const inv = run.gates.find((g) => g.gate === 'invariants')!;
    expect(inv).toMatchObject({
      decision: 'STOPPED',
      sealed: true,
      reason_code: 'INV_VIOLATION_CRITICAL',
    });
    const f = inv.findings.find((x) => x.level === 'error')!;
    expect(f).toMatchObject({ file: 'traces/router.jsonl', line: 11, rule: 'INV.ROUTER.BUDGET' });
    expect(f.message).toContain('invariants/routing.yaml:3:3');
  });

  it('the model-check gate finds the spend-guard bug with the shortest trace', () => {
    const mc = run.gates.find((g) => g.gate === 'modelcheck')!;
    expect(mc).toMatchObject({ decision: 'STOPPED', reason_code: 'MC_INVARIANT_VIOLATED' });
    const f = mc.findings.find((x) => x.level === 'error')!;
    expect(f.file).toBe('specs/spend-guard.yaml');
    expect(f.counterexample?.steps).toHaveLength(4);
  });

  it('the OPE gate stops the routing-policy change that 60,000 logged calls show is worse', () => {
    const ope = run.gates.find((g) => g.gate === 'ope')!;
    expect(ope).toMatchObject({ decision: 'STOPPED', reason_code: 'OPE_REGRESSION' });
    const rule = (ope.report as { evaluations: { gate_rule: Record<string, number> }[] })
      .evaluations[0]!.gate_rule;
    expect(rule['n']).toBe(60_000);
    expect(rule['lower_bound']).toBeLessThan(-0.01);
    const card = ope.cards![0]!;
    expect(card.title).toBe('Off-policy evaluation of routing/policy.json');
    expect(card.reasons[0]).toMatch(
      /^DR on 60,000 logged rows: candidate 0\.\d{4} \[.*\] vs baseline 0\.\d{4} .*lower bound -0\.0\d{3} < −ε = -0\.0100\.$/,
    );
    expect(card.evidence['logged_data']).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('the OPA gate denies the over-size file and escalates the routing change', () => {
    const opa = run.gates.find((g) => g.gate === 'opa')!;
    expect(opa).toMatchObject({ decision: 'STOPPED', reason_code: 'OPA_DENY' });
    const errors = opa.findings.filter((x) => x.level === 'error');
    expect(errors.map((x) => x.file)).toEqual(['src/model-catalog.ts']);
    expect(opa.findings.some((x) => x.level === 'warning' && x.file === 'src/router.ts')).toBe(
      true,
    );
  });

  it('writes an intact audit log', async () => {
    const cap = captureIo();
    expect(await main(['audit', 'verify', run.evidence!.audit_log], cap.io)).toBe(0);
  });

  it('signs the evidence so that maestro-gate verify accepts it (and refuses to ship it)', async () => {
    expect(run.evidence!.signed).toBe(true);
    // The key beside the evidence is refused unless pinned.
    const unpinned = captureIo();
    expect(
      await main(
        [
          'verify',
          '--evidence-dir',
          evidence,
          '--key',
          join(evidence, 'signing-key.pub.pem'),
          '--repository',
          'local/repository',
          '--insecure-skip-binding',
          '--expect-verdict',
          'STOPPED',
        ],
        unpinned.io,
      ),
    ).toBe(1);
    expect(unpinned.out()).toContain('trust material never comes from the evidence itself');
    const args = ['verify', '--evidence-dir', evidence, ...pinnedKey(evidence)];
    const proof = captureIo();
    expect(await main([...args, '--expect-verdict', 'STOPPED'], proof.io)).toBe(0);
    const ship = captureIo();
    expect(await main(args, ship.io)).toBe(1);
    const failed = ship
      .out()
      .split('\n')
      .filter((l) => l.startsWith('FAIL'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toContain('VERIFY_VERDICT_NOT_ACCEPTED');
  });

  it('cosign accepts the key-signed verdict bundle', () => {
    const cosign = findCosign();
    if (cosign === undefined) {
      expect(process.env['CI'], 'cosign must be installed in CI (.ci/run installs it)').not.toBe(
        'true',
      );
      return;
    }
    const r = spawnSync(
      cosign,
      [
        'verify-blob-attestation',
        '--bundle',
        join(evidence, 'verdict.sigstore.json'),
        '--key',
        join(evidence, 'signing-key.pub.pem'),
        '--insecure-ignore-tlog',
        '--type',
        'https://maestro-gate.dev/attestation/verdict/v2',
        join(evidence, 'verdict.json'),
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
  });

  it('rejects any change to the evidence', async () => {
    const copy = join(tempRepo(), 'evidence');
    execFileSync('cp', ['-r', evidence, copy]);
    const verify = async (): Promise<number> =>
      main(
        ['verify', '--evidence-dir', copy, ...pinnedKey(copy), '--expect-verdict', 'STOPPED'],
        captureIo().io,
      );
    expect(await verify()).toBe(0);
    for (const file of [
      'verdict.json',
      'audit-log.jsonl',
      'gate-run.json',
      'verdict.sigstore.json',
    ]) {
      const path = join(copy, file);
      const original = readFileSync(path);
      const changed = Buffer.from(original);
      const at = Math.floor(changed.length / 2);
      changed[at] = changed[at]! ^ 0x01;
      writeFileSync(path, changed);
      expect(await verify(), `a flipped bit in ${file}`).toBe(1);
      writeFileSync(path, original);
    }
  });
});

describe('the repository gating itself (.github/maestro.yml)', () => {
  it('its own invariants, specs and policies pass on its own tree', async () => {
    const cap = captureIo();
    const code = await main(
      ['check', root, '--format', 'json', '--quiet', '--evidence-dir', join(tempRepo(), 'ev')],
      cap.io,
    );
    const run = JSON.parse(cap.out()) as GateRun;
    expect(run.gates.map((g) => [g.gate, g.decision])).toEqual([
      ['tamper', 'RUN'],
      ['invariants', 'RUN'],
      ['modelcheck', 'RUN'],
      ['opa', 'RUN'],
      ['evidence', 'RUN'],
    ]);
    expect(code).toBe(0);
  });
});
