// A quadratic invariant over a large record ends STOPPED within about `max_eval_ms`, with a
// coded reason located on the invariant: whether the closure compiler evaluates it, or the
// `@bufbuild/cel` library does because the compiler refuses it (`string(b)` is outside the
// compiled subset). The gate runs isolated, as the pipeline runs it, so an evaluation that
// cannot be interrupted shows up as GATE_TIMEOUT instead of a hung test.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileJsonClosure } from '../../action/cel/index.js';
import { runGate } from '../../action/pipeline/runner.js';
import { createInvariantsGate } from '../../action/gates/invariants/index.js';
import { gateWorkerEntry } from '../../action/util/isolation.js';
import { gateContext, jsonl, rec, tempTree } from './helpers.js';

const entry = gateWorkerEntry(
  pathToFileURL(join(import.meta.dirname, '../../action/pipeline.ts')).href,
)!;

// One record of about 0.6 MB, under the 1 MiB line limit.
const ids = Array.from({ length: 100_000 }, (_, i) => i.toString(36));
const head = tempTree({ 'traces/t.jsonl': jsonl([rec('r1', 's', 'e', { ids })]) });

const paths = [
  ['the closure compiler', 'ids.all(a, ids.exists_one(b, b == a))'],
  ['the library fallback', 'ids.all(a, ids.exists_one(b, string(b) == a))'],
] as const;

describe('a runaway invariant stops with a located reason, not a timeout', () => {
  it('the second expression is outside the compiled subset (the library evaluates it)', () => {
    expect(compileJsonClosure(paths[0][1])).toBeDefined();
    expect(compileJsonClosure(paths[1][1])).toBeUndefined();
  });

  it.each(paths)('%s: STOPPED INV_EVAL_ERROR at the invariant', async (_path, expr) => {
    const base = tempTree({
      'inv/ids.yaml': `id: INV.IDS\ntitle: ids are unique\nseverity: high\nscope: s\nassert:\n  - expr: '${expr}'\n`,
    });
    const cfg = { paths: ['inv'], traces: ['traces/*.jsonl'], limits: { max_eval_ms: 200 } };
    const { signal: _signal, ...ctx } = gateContext(base, head, cfg);
    const r = await runGate(createInvariantsGate(), {
      ...ctx,
      timeoutMs: 30_000,
      isolation: { entry, memoryMb: 1024 },
    });
    expect([r.decision, r.reason_code]).toEqual(['STOPPED', 'INV_EVAL_ERROR']);
    expect(r.findings[0]).toMatchObject({ file: 'traces/t.jsonl', line: 1, rule: 'INV.IDS' });
    expect(r.findings[0]?.message).toContain('INV.IDS (inv/ids.yaml:6:12)');
    expect(r.findings[0]?.message).toMatch(/took more than the limit of 200 ms|cost budget/);
  });
});
