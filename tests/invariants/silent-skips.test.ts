// Nothing is skipped silently: links, zero checks, invalid UTF-8 and runaway expressions each
// end in a coded decision with a location.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateResult } from '../../action/contract/gate-result.js';
import { runGate } from '../../action/pipeline/runner.js';
import { createInvariantsGate } from '../../action/gates/invariants/index.js';
import { readTrace } from '../../action/gates/invariants/trace-reader.js';
import { gateContext, jsonl, rec, tempTree } from './helpers.js';

async function run(baseDir: string, headDir: string, gateConfig: unknown): Promise<GateResult> {
  const { signal: _signal, ...ctx } = gateContext(baseDir, headDir, gateConfig);
  return runGate(createInvariantsGate(), { ...ctx, timeoutMs: 60_000 });
}

const CAP = `id: INV.CAP
title: x stays below 3
severity: critical
scope: s
assert:
  - expr: x < 3
`;
const violating = jsonl([rec('r1', 's', 'e', { x: 5 })]);
const cfg = { paths: ['inv'], traces: ['traces/*.jsonl'] };

describe('symbolic links: followed inside the snapshot, refused outside', () => {
  it('a linked invariant file and a linked invariant folder inside the base are loaded', async () => {
    const base = tempTree({ 'real/cap.yaml': CAP, 'inv/.keep': '' });
    symlinkSync(join(base, 'real', 'cap.yaml'), join(base, 'inv', 'cap.yaml'));
    const head = tempTree({ 'traces/t.jsonl': violating });
    const r = await run(base, head, cfg);
    expect([r.decision, r.reason_code, r.sealed]).toEqual([
      'STOPPED',
      'INV_VIOLATION_CRITICAL',
      true,
    ]);

    const base2 = tempTree({ 'policy/sub/cap.yaml': CAP, 'inv/.keep': '' });
    symlinkSync(join(base2, 'policy', 'sub'), join(base2, 'inv', 'linked'));
    expect((await run(base2, head, cfg)).reason_code).toBe('INV_VIOLATION_CRITICAL');
    // The configured directory itself may be a link inside the snapshot.
    const base3 = tempTree({ 'policy/cap.yaml': CAP });
    symlinkSync(join(base3, 'policy'), join(base3, 'inv'));
    expect((await run(base3, head, cfg)).reason_code).toBe('INV_VIOLATION_CRITICAL');
  });

  it('an invariant file or folder linked outside the base, or a dangling link, is refused with a finding', async () => {
    const outside = tempTree({ 'cap.yaml': CAP, 'dir/cap.yaml': CAP });
    const head = tempTree({ 'traces/t.jsonl': violating });
    for (const [target, name, reason] of [
      [join(outside, 'cap.yaml'), 'out.yaml', /resolves outside the base snapshot/],
      [join(outside, 'dir'), 'outdir', /resolves outside the base snapshot/],
      [join(outside, 'nothing.yaml'), 'gone.yaml', /target does not exist/],
    ] as const) {
      const base = tempTree({ 'inv/ok.yaml': CAP.replace('INV.CAP', 'INV.OK') });
      symlinkSync(target, join(base, 'inv', name));
      const r = await run(base, head, cfg);
      expect([r.decision, r.reason_code], name).toEqual(['STOPPED', 'INV_UNREADABLE']);
      expect(r.findings[0]?.message).toMatch(reason);
      expect(r.findings[0]?.file).toBe(`inv/${name}`);
    }
  });

  it('a linked trace inside the head is checked; one linked outside says so', async () => {
    const base = tempTree({ 'inv/cap.yaml': CAP });
    const head = tempTree({ 'fixtures/t.jsonl': violating, 'traces/.keep': '' });
    symlinkSync(join(head, 'fixtures', 't.jsonl'), join(head, 'traces', 'link.jsonl'));
    expect((await run(base, head, cfg)).reason_code).toBe('INV_VIOLATION_CRITICAL');

    const outside = tempTree({ 'secret.jsonl': violating });
    const head2 = tempTree({ 'traces/.keep': '' });
    symlinkSync(join(outside, 'secret.jsonl'), join(head2, 'traces', 'link.jsonl'));
    const r = await run(base, head2, cfg);
    expect([r.decision, r.reason_code]).toEqual(['STOPPED', 'INV_TRACE_UNREADABLE']);
    expect(r.findings[0]?.message).toMatch(
      /traces\/link\.jsonl is a symbolic link that resolves outside the checkout/,
    );
    expect(r.findings[0]?.message).not.toMatch(/matches no trace file/);
  });
});

describe('zero applicable checks is never a pass', () => {
  const base = tempTree({ 'inv/cap.yaml': CAP });
  const unrelated = tempTree({ 'traces/t.jsonl': jsonl([rec('r1', 'other', 'e', { x: 5 })]) });

  it('pauses for a human by default, with a reason code and the trace named', async () => {
    const r = await run(base, unrelated, cfg);
    expect([r.decision, r.reason_code, r.sealed]).toEqual([
      'PAUSE_FOR_HITL',
      'INV_NOTHING_CHECKED',
      false,
    ]);
    const f = r.findings.find((x) => x.rule === 'nothing-checked');
    expect(f).toMatchObject({ level: 'error', file: 'traces/t.jsonl' });
  });

  it('stops when configured so', async () => {
    const r = await run(base, unrelated, { ...cfg, on_nothing_checked: 'STOPPED' });
    expect([r.decision, r.reason_code]).toEqual(['STOPPED', 'INV_NOTHING_CHECKED']);
  });

  it('one trace without checks among checked ones still counts', async () => {
    const head = tempTree({
      'traces/a.jsonl': jsonl([rec('r1', 's', 'e', { x: 1 })]),
      'traces/b.jsonl': jsonl([rec('r2', 'other', 'e', { x: 1 })]),
    });
    const r = await run(base, head, cfg);
    expect(r.reason_code).toBe('INV_NOTHING_CHECKED');
    expect(r.findings.filter((x) => x.rule === 'nothing-checked').map((x) => x.file)).toEqual([
      'traces/b.jsonl',
    ]);
  });
});

describe('invalid UTF-8 is an error at file:line', () => {
  it('in a trace line', async () => {
    const base = tempTree({ 'inv/cap.yaml': CAP });
    const head = tempTree({ 'traces/.keep': '' });
    const good = Buffer.from(`${JSON.stringify(rec('r1', 's', 'e', { x: 1, t: 'héllo 𝄞' }))}\n`);
    const bad = Buffer.concat([
      Buffer.from('{"run_id":"r1","ts":1,"scope":"s","event":"e","x":1,"t":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}\n'),
    ]);
    writeFileSync(join(head, 'traces', 't.jsonl'), Buffer.concat([good, good, bad]));
    const r = await run(base, head, cfg);
    expect([r.decision, r.reason_code]).toEqual(['STOPPED', 'INV_TRACE_MALFORMED']);
    expect(r.findings[0]).toMatchObject({ file: 'traces/t.jsonl', line: 3 });
    expect(r.findings[0]?.message).toMatch(/not valid UTF-8/);
  });

  it('multi-byte characters split across read chunks are not errors', async () => {
    const dir = tempTree({});
    const text = jsonl([
      rec('r1', 's', 'e', { t: '𝄞é'.repeat(50) }),
      rec('r1', 's', 'e', { t: 'ü' }),
    ]);
    writeFileSync(join(dir, 't.jsonl'), text);
    const seen: unknown[] = [];
    for (const chunkBytes of [1, 3, 7, 64]) {
      seen.length = 0;
      const summary = await readTrace(join(dir, 't.jsonl'), 't.jsonl', (r) => seen.push(r['t']), {
        chunkBytes,
      });
      expect(summary.records).toBe(2);
      expect(seen).toEqual(['𝄞é'.repeat(50), 'ü']);
    }
  });

  it('in an invariant file', async () => {
    const base = tempTree({});
    mkdirSync(join(base, 'inv'));
    writeFileSync(
      join(base, 'inv', 'bad.yaml'),
      Buffer.concat([
        Buffer.from('id: INV.X\ntitle: '),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('\n'),
      ]),
    );
    const r = await run(base, tempTree({ 'traces/t.jsonl': violating }), cfg);
    expect([r.decision, r.reason_code]).toEqual(['STOPPED', 'INV_UNREADABLE']);
    expect(r.findings[0]?.message).toMatch(
      /inv\/bad\.yaml:2: the invariant file is not valid UTF-8/,
    );
  });
});

describe('a runaway expression stops with a reason instead of hanging', () => {
  it('ids.all(a, ids.exists_one(b, b == a)) over 100,000 ids → STOPPED INV_EVAL_ERROR', async () => {
    const base = tempTree({
      'inv/ids.yaml': `id: INV.IDS\ntitle: ids are unique\nseverity: high\nscope: s\nassert:\n  - expr: 'ids.all(a, ids.exists_one(b, b == a))'\n`,
    });
    // One record of about 0.6 MB, under the 1 MiB line limit.
    const ids = Array.from({ length: 100_000 }, (_, i) => i.toString(36));
    const head = tempTree({ 'traces/t.jsonl': jsonl([rec('r1', 's', 'e', { ids })]) });
    const r = await run(base, head, { ...cfg, limits: { max_eval_ms: 200 } });
    expect([r.decision, r.reason_code]).toEqual(['STOPPED', 'INV_EVAL_ERROR']);
    expect(r.findings[0]).toMatchObject({ file: 'traces/t.jsonl', line: 1, rule: 'INV.IDS' });
    expect(r.findings[0]?.message).toMatch(/cost budget|took more than the limit/);
  });
});
