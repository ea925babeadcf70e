// The bench's "input parsed once" harness (bench/opa-prepared.ts): the figure compared with
// `opa bench` is only worth something if its evaluations return the gate's own results and its
// memory check notices a parsed input that changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparePolicy, resultOf } from '../../bench/opa-prepared.js';
import type { ChangedFile } from '../../action/contract/pr-facts.js';
import { ENTRYPOINT } from '../../action/gates/opa/compile.js';
import { buildInput } from '../../action/gates/opa/input.js';
import { loadWasmPolicy } from '../../action/gates/opa/wasm.js';
import { ROOT } from './opa-bin.js';

const wasm = new Uint8Array(readFileSync(join(ROOT, 'dist/policies/policies.wasm')));

function inputOf(paths: string[]): Uint8Array {
  const changedFiles: ChangedFile[] = paths.map((path) => ({
    path,
    status: 'modified',
    additions: 40,
    deletions: 2,
  }));
  const input = buildInput({ changedFiles, priorResults: [], runMax: 0.3, highRequires: 2 });
  return new TextEncoder().encode(JSON.stringify(input));
}

describe('bench/opa-prepared.ts', () => {
  it('returns the gate path’s result on every repeated evaluation of the shipped policies', async () => {
    const gate = await loadWasmPolicy(wasm, { name: 'policies' });
    for (const paths of [
      ['README.md', 'docs/a.md'],
      ['.github/workflows/ci.yml', 'secrets/key.pem', 'action/signing/sign.ts'],
    ]) {
      const input = inputOf(paths);
      const expected = gate.evaluate(input, ENTRYPOINT);
      expect(expected).toBeDefined();
      const prepared = preparePolicy(wasm, input, ENTRYPOINT);
      for (let i = 0; i < 50; i++) prepared.evaluate();
      expect(resultOf(prepared.evaluateAndRead())).toEqual(expected);
      prepared.verify();
    }
  });

  it('gives different results for inputs the gate tells apart (the input is really read)', () => {
    const quiet = preparePolicy(wasm, inputOf(['README.md']), ENTRYPOINT);
    const risky = preparePolicy(wasm, inputOf(['.github/workflows/ci.yml']), ENTRYPOINT);
    expect(resultOf(quiet.evaluateAndRead())).not.toEqual(resultOf(risky.evaluateAndRead()));
  });

  it('verify throws once a byte of the parsed input changes', () => {
    const prepared = preparePolicy(wasm, inputOf(['README.md']), ENTRYPOINT);
    prepared.verify();
    const bytes = prepared.region();
    expect(bytes.length).toBe(prepared.preparedBytes);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = bytes[at]! ^ 0xff;
    expect(() => prepared.verify()).toThrow(/changed during evaluation/);
  });
});
