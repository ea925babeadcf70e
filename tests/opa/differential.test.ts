/**
 * Differential test: for generated pull requests, the in-process opa-wasm evaluation of a
 * compiled policy equals `opa eval` (Go OPA) on the same sources and input. One `opa eval`
 * process evaluates the whole batch through a wrapper rule, so the test stays fast.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { readLayout } from '../../action/gates/opa/layout.js';
import { describe, expect, it } from 'vitest';
import {
  compilePolicy,
  ENTRY_FILE,
  ENTRY_PACKAGE,
  ENTRYPOINT,
  entryModule,
  readPolicySources,
} from '../../action/gates/opa/compile.js';
import { buildInput, type OpaInput } from '../../action/gates/opa/input.js';
import { runOpa } from '../../action/gates/opa/opa-cli.js';
import { loadWasmPolicy } from '../../action/gates/opa/wasm.js';
import type { ChangedFile } from '../../action/contract/pr-facts.js';
import { canonicalJson } from '../../action/util/digest.js';
import { FIXTURES, opaForTests, ROOT, skipWithoutOpa } from './opa-bin.js';

const opa = opaForTests();
const INPUTS = 250;

const interestingPaths = [
  '.github/workflows/ci.yml',
  '.github/maestro.yml',
  'action.yml',
  'action/signing/sign.ts',
  'action/evidence/bundle.ts',
  'action/contract/codebook.json',
  'action/gates/opa/index.ts',
  'app/approvals.ts',
  'dist/main.js',
  'dist/policies/policies.wasm',
  'package.json',
  'package-lock.json',
  'tests/opa/gate.test.ts',
  'tests/fixtures/keys/test.pem',
  'deploy/server.pem',
  '.env',
  'config/.env.prod',
  'src/router.ts',
  'src/budget.ts',
  'src/model-catalog.ts',
  'README.md',
  'CHANGELOG.md',
  'vendor/lib.js',
  'docs/policies.md',
];

const segment = fc.stringMatching(/^[a-z][a-z0-9_-]{0,7}$/);
const path = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...interestingPaths) },
  {
    weight: 2,
    arbitrary: fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/')),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('src', 'app', 'dist', 'tests', '.github/workflows'), segment)
      .map(([d, s]) => `${d}/${s}.ts`),
  },
);
const status = fc.constantFrom<ChangedFile['status']>(
  'added',
  'removed',
  'modified',
  'renamed',
  'copied',
  'changed',
);
const changedFile = fc.record(
  {
    path,
    status,
    additions: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 6000 })),
    deletions: fc.integer({ min: 0, max: 500 }),
    previous_path: path,
  },
  { requiredKeys: ['path', 'status', 'additions', 'deletions'] },
);
const pr = fc.record({
  number: fc.nat(10_000),
  title: fc.string({ maxLength: 40 }),
  author: segment,
  draft: fc.boolean(),
  labels: fc.uniqueArray(
    fc.constantFrom('release', 'routing', 'security', 'docs', 'large-change'),
    { maxLength: 3 },
  ),
  base: fc.record({ ref: fc.constant('main'), sha: fc.stringMatching(/^[0-9a-f]{40}$/) }),
  head: fc.record({ ref: segment, sha: fc.stringMatching(/^[0-9a-f]{40}$/) }),
  repository: fc.constant('acme/router'),
});
const inputArb = fc
  .record({
    pr: fc.option(pr, { nil: undefined }),
    files: fc.uniqueArray(changedFile, { maxLength: 12, selector: (f) => f.path }),
  })
  .map(({ pr: facts, files }) =>
    buildInput({ pr: facts, changedFiles: files, priorResults: [], runMax: 0.3, highRequires: 2 }),
  );

/** Evaluates every input with Go OPA in one process; index → entry document (or undefined). */
async function goOpaBatch(srcDir: string, inputs: OpaInput[]): Promise<unknown[]> {
  const root = mkdtempSync(join(tmpdir(), 'maestro-opa-diff-'));
  const work = join(root, 'src');
  const sources = readPolicySources(srcDir, 'p', 'maestro.gate');
  for (const f of sources.files) {
    mkdirSync(dirname(join(work, f.rel)), { recursive: true });
    writeFileSync(join(work, f.rel), f.text);
  }
  const layout = await readLayout(
    opa!,
    work,
    sources.files.map((f) => f.rel),
    'p',
    { regoVersion: 'v1' },
  );
  writeFileSync(
    join(work, ENTRY_FILE),
    entryModule(layout, { namespace: 'maestro.gate', allNamespaces: false }),
  );
  writeFileSync(
    join(work, 'zz_batch.rego'),
    `package maestro_gate_difftest\n\nimport rego.v1\n\nresults := {i: r | some i, inp in input; r := data.${ENTRY_PACKAGE}.result with input as inp}\n`,
  );
  writeFileSync(join(root, 'inputs.json'), JSON.stringify(inputs));
  const { stdout } = await runOpa(
    opa!,
    [
      'eval',
      '--format',
      'json',
      '--data',
      '.',
      '--input',
      '../inputs.json',
      'data.maestro_gate_difftest.results',
    ],
    { cwd: work, timeoutMs: 60_000, maxBuffer: 256 * 1024 * 1024 },
  );
  const parsed = JSON.parse(stdout) as {
    result: { expressions: { value: Record<string, unknown> }[] }[];
  };
  const byIndex = parsed.result[0]!.expressions[0]!.value;
  return inputs.map((_, i) => byIndex[String(i)]);
}

/**
 * The conventional rules are sets; JSON has no sets, and Go OPA sorts set members while the
 * wasm runtime keeps its own order. Top-level arrays are compared as sets; everything inside
 * a member (ordered arrays such as `risk.reasons`) is compared exactly.
 */
function normalise(doc: unknown): unknown {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return doc;
  return Object.fromEntries(
    Object.entries(doc as Record<string, unknown>).map(([k, v]) => [
      k,
      Array.isArray(v) ? v.map((m) => canonicalJson(m)).sort() : v,
    ]),
  );
}

/** True when the document holds a result or a risk (the rules fired). */
function decides(doc: unknown): boolean {
  if (doc === null || typeof doc !== 'object') return false;
  return Object.entries(doc as Record<string, unknown>).some(([k, v]) =>
    Array.isArray(v) ? v.length > 0 : k.endsWith(':risk'),
  );
}

const policySets: [string, string, boolean][] = [
  ['policies/ (this repository), as shipped in dist/', join(ROOT, 'policies'), true],
  ['policies/ (this repository), file by file', join(ROOT, 'policies'), false],
  ['examples/demo/base/policies', join(ROOT, 'examples/demo/base/policies'), false],
  ['fixture exceptions', join(FIXTURES, 'exceptions'), false],
  ['fixture risk-score', join(FIXTURES, 'risk-score'), false],
];

describe.skipIf(skipWithoutOpa())('opa-wasm agrees with opa eval', () => {
  it.each(policySets)('on %s for generated inputs', async (_label, dir, reproducible) => {
    const inputs = fc.sample(inputArb, { numRuns: INPUTS, seed: 20261121 });
    expect(inputs).toHaveLength(INPUTS);
    const sources = readPolicySources(dir, 'p', 'maestro.gate');
    const { wasm } = await compilePolicy(sources, {
      opaPath: opa!,
      opaVersion: 'diff',
      namespace: 'maestro.gate',
      reproducible,
    });
    const policy = await loadWasmPolicy(wasm, { name: 'p' });
    const expected = await goOpaBatch(dir, inputs);
    let nonEmpty = 0;
    for (const [i, input] of inputs.entries()) {
      const actual = policy.evaluate(input, ENTRYPOINT);
      expect(normalise(actual), `input #${i}: ${JSON.stringify(input)}`).toEqual(
        normalise(expected[i]),
      );
      if (decides(actual)) nonEmpty++;
    }
    // The generator must actually exercise the rules, not only the empty case.
    expect(nonEmpty).toBeGreaterThan(INPUTS / 10);
  });
});
