// The workers' read-only pre-filter over the main thread's shared fingerprint slots: it drops
// only successors the table holds, keeps their ordinals and the generated count, and a table
// replaced by a rehash is still a valid filter.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateTable } from '../../action/gates/modelcheck/fingerprints.js';
import { ChunkExpander, seenIn } from '../../action/gates/modelcheck/parallel-expand.js';
import { loadSpec } from '../../action/gates/modelcheck/spec.js';

const shared = (ints: number) => new Int32Array(new SharedArrayBuffer(ints * 4));
const slots = (t: StateTable) => ({ table: t.table, mask: t.mask });

describe('seenIn', () => {
  it('finds what was inserted, before and after a rehash, and nothing else', () => {
    const t = new StateTable(16, shared);
    expect(t.table.buffer).toBeInstanceOf(SharedArrayBuffer);
    const before = slots(t);
    const fp = (i: number): [number, number] => [Math.imul(i + 1, 0x9e3779b1), i * 7 + 1];
    for (let i = 0; i < 10; i++) t.insert(...fp(i), -1, i);
    const stale = before;
    for (let i = 10; i < 200; i++) t.insert(...fp(i), -1, i);
    expect(t.table).not.toBe(stale.table);
    const now = slots(t);
    for (let i = 0; i < 200; i++) expect(seenIn(now, ...fp(i))).toBe(true);
    for (let i = 200; i < 400; i++) expect(seenIn(now, ...fp(i))).toBe(false);
    // The old slots hold a prefix of the states: found there or missed, never a false hit.
    for (let i = 0; i < 400; i++) if (seenIn(stale, ...fp(i))) expect(i).toBeLessThan(200);
    // A fingerprint with a zero half is never dropped (a cell read as 0 may not be written yet).
    t.insert(0, 5, -1, 0);
    expect(seenIn(slots(t), 0, 5)).toBe(false);
  });
});

describe('a slice expanded against the filter', () => {
  it('records only unseen successors, with their ordinals and every generated one counted', () => {
    const file = resolve('tests/fixtures/modelcheck/reference/twophase.yaml');
    const model = loadSpec('twophase.yaml', readFileSync(join(file), 'utf8'));
    const x = new ChunkExpander(model);
    const W = model.words;
    const init = [...x.initialStates()][0]!;
    const plain = x.expandSlice(init, 1, true);
    const [kept, gen] = [plain.data[0]!, plain.data[1]!];
    expect(kept).toBeGreaterThan(1);
    // Put the first successor's fingerprint in the table: it alone is dropped.
    const t = new StateTable(16, shared);
    t.insert(plain.data[3]!, plain.data[4]!, -1, 0);
    x.seen = slots(t);
    const filtered = x.expandSlice(init, 1, true);
    expect(filtered.data[0]).toBe(kept - 1);
    expect(filtered.data[1]).toBe(gen);
    const ords = (d: Int32Array, n: number) =>
      Array.from({ length: n }, (_, k) => d[2 + k * (3 + W)]);
    expect(ords(filtered.data, kept - 1)).toEqual(ords(plain.data, kept).slice(1));
  });

  it('records a successor found earlier in the same slice once, counting every generated one', () => {
    const file = resolve('tests/fixtures/modelcheck/reference/twophase.yaml');
    const model = loadSpec('twophase.yaml', readFileSync(join(file), 'utf8'));
    const x = new ChunkExpander(model);
    const W = model.words;
    const init = [...x.initialStates()][0]!;
    const once = x.expandSlice(init, 1, true);
    const [kept, gen] = [once.data[0]!, once.data[1]!];
    // The same state twice in one slice: its second copy's successors are all in the slice.
    const twice = new Uint32Array(2 * W);
    twice.set(init, 0);
    twice.set(init, W);
    const r = x.expandSlice(twice, 2, true);
    const second = 2 + kept * (3 + W);
    expect(Array.from(r.data.subarray(0, second))).toEqual(
      Array.from(once.data.subarray(0, second)),
    );
    expect([r.data[second], r.data[second + 1]]).toEqual([0, gen]);
    expect(r.length).toBe(second + 2);
    // A new slice starts empty: the state's successors are recorded again.
    expect(x.expandSlice(init, 1, true).data[0]).toBe(kept);
  });
});
