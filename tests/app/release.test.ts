/**
 * The receipt at release: the app's signed approval receipt makes `maestro-gate verify` accept
 * the PAUSE_FOR_HITL verdict for that head — and for no other head, no other verdict, no
 * other key; without a receipt the verdict is refused (`--allow-pause` passes, loudly).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractReceipt } from '../../action/approvals/render.js';
import { generateEphemeralKey } from '../../action/signing/sign-door.js';
import { runVerifyCli } from '../../action/verify/index.js';
import { tempDir } from '../fixtures/evidence/helpers.js';
import { AUTHOR, sha, startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function verify(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (out += s) };
  const code = await runVerifyCli(args, io);
  return { code, out };
}

describe('receipts at release', () => {
  it('verify accepts PAUSE_FOR_HITL with the receipt for that head and verdict, and for no other', async () => {
    h = await startHarness();
    const a = sha('a');
    h.openPull(7, a);
    await h.receive('pull_request', h.pullRequestEvent(7, 'opened', AUTHOR));
    await h.gateCompleted(7, await h.gate(a, 'PAUSE_FOR_HITL'));
    await h.comment(7, 'alice', '/approve reviewed the escalation');
    const run = h.approvalCheck(a)!;
    expect(run.conclusion).toBe('success');
    const receipt = extractReceipt(run.output.text);
    expect(receipt).toBeDefined();

    const dir = tempDir('maestro-release-');
    const files = {
      receipt: join(dir, 'approval-receipt.sigstore.json'),
      gateKey: join(dir, 'gate.pub.pem'),
      appKey: join(dir, 'app.pub.pem'),
      otherKey: join(dir, 'other.pub.pem'),
    };
    writeFileSync(files.receipt, JSON.stringify(receipt));
    writeFileSync(files.gateKey, h.gateKey.publicKeyPem);
    writeFileSync(files.appKey, h.receiptKey.publicKeyPem);
    writeFileSync(files.otherKey, generateEphemeralKey().publicKeyPem);
    const base = (head: string) => [
      '--evidence-dir',
      h!.evidenceDirs.get(head)!,
      '--key',
      files.gateKey,
      '--repository',
      'acme/router',
      '--commit',
      head,
      '--pull-request',
      '7',
    ];

    const ok = await verify([
      ...base(a),
      '--approval-receipt',
      files.receipt,
      '--approval-key',
      files.appKey,
    ]);
    expect(ok.out).toContain('approved by alice');
    expect(ok.code).toBe(0);

    const none = await verify(base(a));
    expect(none.code).toBe(1);
    const loud = await verify([...base(a), '--allow-pause']);
    expect(loud.code).toBe(0);
    expect(loud.out).toMatch(/NOT checked/);

    const wrongKey = await verify([
      ...base(a),
      '--approval-receipt',
      files.receipt,
      '--approval-key',
      files.otherKey,
    ]);
    expect(wrongKey.code).toBe(1);

    // Another head with its own paused verdict: the receipt for `a` does not carry over.
    const b = sha('b');
    await h.push(7, b);
    await h.gateCompleted(7, await h.gate(b, 'PAUSE_FOR_HITL'));
    const other = await verify([
      ...base(b),
      '--approval-receipt',
      files.receipt,
      '--approval-key',
      files.appKey,
    ]);
    expect(other.code).toBe(1);
    expect(other.out).toContain('no approval receipt answers this verdict');

    // A re-run of the gate on the same head (another verdict): the old receipt does not answer it.
    await h.gate(a, 'PAUSE_FOR_HITL', { reasons: ['GATE_TAMPER_SUSPECTED'], required: 1 });
    const rerun = await verify([
      ...base(a),
      '--approval-receipt',
      files.receipt,
      '--approval-key',
      files.appKey,
    ]);
    expect(rerun.code).toBe(1);
  });
});
