// fuzz: the invariant YAML loader and the JSONL trace reader never crash on hostile input —
// an invariant set or a coded INV_* error; a trace summary or a coded INV_TRACE_* error.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { MaestroError } from '../../action/contract/errors.js';
import { TraceMonitor } from '../../action/gates/invariants/engine.js';
import { compileInvariantTexts, loadInvariants } from '../../action/gates/invariants/loader.js';
import { readTrace } from '../../action/gates/invariants/trace-reader.js';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from '../helpers/fuzz.js';

const VALID = `id: INV.F
title: fuzzed
severity: high
scope: s
when:
  - event: e
assert:
  - expr: x <= 3
    message: 'x is {{x}}'
temporal:
  - eventually: done == true
    within: 3
`;

function expectCoded(thrown: unknown, prefix: string): void {
  expect(thrown).toBeInstanceOf(MaestroError);
  expect((thrown as MaestroError).code.startsWith(prefix), (thrown as Error).message).toBe(true);
}

/** A valid text with a few random characters inserted, deleted or replaced. */
const mutated = fc
  .array(
    fc.tuple(
      fc.nat({ max: VALID.length }),
      fc.nat({ max: 3 }),
      fc.oneof(
        fc.constantFrom(':', '-', ' ', '\n', '"', "'", '{', '[', '&a', '*a', '!!', '#'),
        fc.string({ maxLength: 3 }),
      ),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((edits) => {
    let s = VALID;
    for (const [at, del, ins] of edits) s = s.slice(0, at) + ins + s.slice(at + del);
    return s;
  });

const structured = fc
  .record(
    {
      id: fc.oneof(fc.constant('INV.F'), fc.string({ maxLength: 8 })),
      title: fc.oneof(fc.string({ maxLength: 8 }), fc.integer()),
      severity: fc.oneof(
        fc.constantFrom('critical', 'high', 'medium', 'low'),
        fc.string({ maxLength: 5 }),
      ),
      scope: fc.oneof(fc.constant('s'), fc.constant('*'), fc.jsonValue({ maxDepth: 1 })),
      when: fc.array(
        fc.oneof(
          fc.record({ event: fc.string({ maxLength: 3 }) }),
          fc.record({ expr: fc.string({ maxLength: 12 }) }),
        ),
        { maxLength: 2 },
      ),
      assert: fc.array(
        fc.record(
          {
            expr: fc.oneof(
              fc.constantFrom('x <= 3', 'x.all(a, a > 0)', 'size(x) > 0'),
              fc.string({ maxLength: 20 }),
            ),
            message: fc.string({ maxLength: 12 }),
          },
          { requiredKeys: ['expr'] },
        ),
        { maxLength: 3 },
      ),
      temporal: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 2 }),
      runtime: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  )
  .map((o) => stringify(o));

const yamlText = fc.oneof(
  mutated,
  structured,
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => stringify(v)),
  fc.constantFrom(
    'a: &a [*a]',
    `${'- '.repeat(300)}x`,
    '---\n---\n',
    'a: *b',
    '&a a: 1',
    '\uFEFFid: x',
  ),
  fc.integer({ min: 1, max: 200 }).map((n) => `a: ${'['.repeat(n)}${']'.repeat(n)}`),
);

describe('fuzz: invariant YAML loader', () => {
  it(
    'compiles or throws a coded INV_* error',
    () => {
      fc.assert(
        fc.property(fc.array(yamlText, { minLength: 1, maxLength: 2 }), (texts) => {
          try {
            const set = compileInvariantTexts(
              texts.map((text, i) => ({ file: `inv/f${i}.yaml`, text })),
            );
            expect(set.invariants.length).toBeGreaterThanOrEqual(0);
          } catch (thrown) {
            expectCoded(thrown, 'INV_');
          }
        }),
        { numRuns: fuzzRuns(10_000) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

const dir = mkdtempSync(join(tmpdir(), 'maestro-trace-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = fc.record(
  {
    run_id: fc.oneof(fc.constantFrom('r1', 'r2'), fc.jsonValue({ maxDepth: 1 })),
    ts: fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.constant(null)),
    scope: fc.oneof(fc.constantFrom('s', 'agent_call', 'retry'), fc.string({ maxLength: 3 })),
    event: fc.oneof(fc.constantFrom('e', 'model_call', 'attempt'), fc.string({ maxLength: 3 })),
    x: fc.jsonValue({ maxDepth: 2 }),
    done: fc.boolean(),
  },
  { requiredKeys: [] },
);
const line = fc.oneof(
  { weight: 5, arbitrary: record.map((r) => JSON.stringify(r)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.constantFrom('', '\r', '{', '{"run_id":', '[]', 'null', '\uFEFF{}') },
);
const traceBytes = fc.oneof(
  fc.array(line, { maxLength: 12 }).map((ls) => Buffer.from(ls.join('\n'))),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  fc
    .tuple(fc.array(line, { maxLength: 6 }), fc.uint8Array({ minLength: 1, maxLength: 4 }))
    .map(([ls, junk]) => Buffer.concat([Buffer.from(ls.join('\n')), Buffer.from(junk)])),
);

describe('fuzz: JSONL trace reader', () => {
  const set = loadInvariants(join(import.meta.dirname, '..', '..'), ['invariants']);

  it(
    'reads and checks records, or throws a coded INV_TRACE_* error at file:line',
    async () => {
      const file = join(dir, 't.jsonl');
      await fc.assert(
        fc.asyncProperty(traceBytes, fc.constantFrom(5, 64, 1 << 20), async (bytes, chunkBytes) => {
          writeFileSync(file, bytes);
          const monitor = new TraceMonitor(set);
          try {
            const summary = await readTrace(
              file,
              't.jsonl',
              (r, n) => monitor.observe(r, 't.jsonl', n),
              {
                chunkBytes,
                maxLineChars: 200,
              },
            );
            monitor.finish();
            expect(summary.bytes).toBe(bytes.length);
            expect(summary.records).toBe(monitor.records);
          } catch (thrown) {
            expectCoded(thrown, 'INV_TRACE_');
            expect((thrown as MaestroError).location?.file).toBe('t.jsonl');
          }
        }),
        { numRuns: fuzzRuns(10_000) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
