import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MaestroError } from '../../action/contract/errors.js';
import {
  compilePolicy,
  ENTRYPOINT,
  LAYOUT_ENTRYPOINT,
  readPolicySources,
} from '../../action/gates/opa/compile.js';
import { HOST_BUILTINS, loadWasmPolicy, runWithDeadline } from '../../action/gates/opa/wasm.js';
import { FIXTURES, opaForTests, ROOT, skipWithoutOpa } from './opa-bin.js';

const opa = opaForTests();

async function compileFixture(name: string): Promise<Uint8Array> {
  const sources = readPolicySources(join(FIXTURES, name), name, 'maestro.gate');
  const { wasm } = await compilePolicy(sources, {
    opaPath: opa!,
    opaVersion: 'test',
    namespace: 'maestro.gate',
  });
  return wasm;
}

async function codeOf(promise: Promise<unknown> | (() => unknown)): Promise<MaestroError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(MaestroError);
    return thrown as MaestroError;
  }
  throw new Error('expected a failure, got none');
}

describe('HOST_BUILTINS', () => {
  it('lists exactly the builtins opa-wasm implements in JavaScript, and print', () => {
    const dir = join(ROOT, 'node_modules/@open-policy-agent/opa-wasm/src/builtins');
    const names = new Set<string>();
    for (const file of ['json.js', 'regex.js', 'strings.js', 'yaml.js']) {
      const text = readFileSync(join(dir, file), 'utf8');
      const exported = /module\.exports\s*=\s*\{([\s\S]*?)\};/.exec(text)?.[1] ?? '';
      for (const m of exported.matchAll(/"([a-z_.]+)"\s*:|^\s*([a-z_]+)\s*,?\s*$/gm))
        names.add((m[1] ?? m[2])!);
    }
    // `internal.print` (what `print()` compiles to) is provided by the gate itself.
    expect([...names, 'internal.print'].sort()).toEqual([...HOST_BUILTINS].sort());
  });
});

describe('loadWasmPolicy', () => {
  it('rejects bytes that are not WebAssembly', async () => {
    const err = await codeOf(
      loadWasmPolicy(new TextEncoder().encode('package x'), { name: 'junk' }),
    );
    expect(err.code).toBe('OPA_POLICY_LOAD_FAILED');
    expect(err.message).toContain('policy junk');
  });

  it('rejects an empty module', async () => {
    const err = await codeOf(
      loadWasmPolicy(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), { name: 'empty' }),
    );
    expect(err.code).toBe('OPA_POLICY_LOAD_FAILED');
  });
});

describe.skipIf(skipWithoutOpa())('compiled policies in opa-wasm', () => {
  let clean: Uint8Array;
  beforeAll(async () => {
    clean = await compileFixture('clean');
  });

  it('evaluates the entry document', async () => {
    const policy = await loadWasmPolicy(clean, { name: 'clean' });
    expect(policy.entrypoints).toEqual([LAYOUT_ENTRYPOINT, ENTRYPOINT].sort());
    expect(policy.evaluate({ changed_files: [{ path: 'forbidden.txt' }] }, ENTRYPOINT)).toEqual({
      'maestro.gate:deny': ['forbidden.txt is forbidden'],
    });
    expect(policy.evaluate({ changed_files: [] }, ENTRYPOINT)).toEqual({ 'maestro.gate:deny': [] });
  });

  it('evaluates JSON text given as bytes, however they are held, and leaves them unchanged', async () => {
    const policy = await loadWasmPolicy(clean, { name: 'clean' });
    const denied = { 'maestro.gate:deny': ['forbidden.txt is forbidden'] };
    const text = JSON.stringify({ changed_files: [{ path: 'forbidden.txt' }] });
    // A view over its whole buffer (what TextEncoder returns) is handed over without a copy.
    const whole = new TextEncoder().encode(text);
    const before = [...whole];
    expect(policy.evaluate(whole, ENTRYPOINT)).toEqual(denied);
    expect(policy.evaluate(whole, ENTRYPOINT)).toEqual(denied);
    expect([...whole]).toEqual(before);
    // A view into a larger buffer: only the view is the input, not the bytes around it.
    const padded = new TextEncoder().encode(`xx${text}{"changed_files":[]}`);
    expect(policy.evaluate(padded.subarray(2, 2 + whole.length), ENTRYPOINT)).toEqual(denied);
    expect(policy.evaluate(padded.subarray(2 + whole.length), ENTRYPOINT)).toEqual({
      'maestro.gate:deny': [],
    });
    // Shared memory is copied: opa-wasm would read anything but an ArrayBuffer as a value.
    const shared = new Uint8Array(new SharedArrayBuffer(whole.length));
    shared.set(whole);
    expect(policy.evaluate(shared, ENTRYPOINT)).toEqual(denied);
  });

  it('names an entrypoint the module lacks', async () => {
    const policy = await loadWasmPolicy(clean, { name: 'clean' });
    const err = await codeOf(() => policy.evaluate({}, 'nope/result'));
    expect(err.code).toBe('OPA_POLICY_LOAD_FAILED');
    expect(err.message).toContain('nope/result');
  });

  it('turns an abort (a thrown string) into OPA_POLICY_ABORTED naming the policy and the rule', async () => {
    const policy = await loadWasmPolicy(await compileFixture('abort'), { name: 'policies' });
    const err = await codeOf(() => policy.evaluate({ changed_files: [] }, ENTRYPOINT));
    expect(err.code).toBe('OPA_POLICY_ABORTED');
    expect(err.message).toContain('policy policies');
    expect(err.message).toContain('conflict.rego');
    expect(err.message).toMatch(/conflict/);
    expect(typeof err.cause).toBe('string');
  });

  it('turns memory exhaustion into OPA_POLICY_ABORTED', async () => {
    const policy = await loadWasmPolicy(await compileFixture('memory-hog'), {
      name: 'hog',
      maxMemoryPages: 64,
    });
    const err = await codeOf(() => policy.evaluate({}, ENTRYPOINT));
    expect(['OPA_POLICY_ABORTED', 'OPA_POLICY_TRAPPED']).toContain(err.code);
    expect(err.message).toContain('policy hog');
  });

  it('turns a stack overflow inside the module into OPA_POLICY_TRAPPED and recovers', async () => {
    const policy = await loadWasmPolicy(clean, { name: 'clean' });
    const deep = new TextEncoder().encode('['.repeat(200_000) + ']'.repeat(200_000));
    const err = await codeOf(() => policy.evaluate(deep, ENTRYPOINT));
    expect(err.code).toBe('OPA_POLICY_TRAPPED');
    expect(err.message).toContain('policy clean');
    // A trapped instance is discarded: the next evaluation gets a fresh one.
    expect(policy.evaluate({ changed_files: [{ path: 'forbidden.txt' }] }, ENTRYPOINT)).toEqual({
      'maestro.gate:deny': ['forbidden.txt is forbidden'],
    });
  });

  it('interrupts a slow evaluation with OPA_POLICY_TIMEOUT and recovers', async () => {
    const policy = await loadWasmPolicy(await compileFixture('slow'), {
      name: 'slow',
      // Plenty of memory, so the time limit is what stops it.
      maxMemoryPages: 16384,
    });
    const slow = (): unknown =>
      runWithDeadline(() => policy.evaluate({}, ENTRYPOINT), 100, 'policy slow: evaluation');
    const err = await codeOf(slow);
    expect(err.code).toBe('OPA_POLICY_TIMEOUT');
    expect(err.message).toContain('100 ms');
    expect(err.message).toContain('policy slow');
    // The interrupted instance is replaced; the next evaluation is interrupted the same way.
    expect((await codeOf(slow)).code).toBe('OPA_POLICY_TIMEOUT');
    const fast = await loadWasmPolicy(clean, { name: 'clean' });
    expect(
      runWithDeadline(() => fast.evaluate({ changed_files: [] }, ENTRYPOINT), 200, 'clean'),
    ).toEqual({ 'maestro.gate:deny': [] });
  });

  it('rejects http.send at load time, naming the builtin', async () => {
    const err = await codeOf(
      loadWasmPolicy(await compileFixture('http-send'), { name: 'policies' }),
    );
    expect(err.code).toBe('OPA_UNSUPPORTED_BUILTIN');
    expect(err.message).toContain('`http.send`');
    expect(err.message).toContain('policy policies');
  });

  it('rejects time.now_ns at load time', async () => {
    const err = await codeOf(loadWasmPolicy(await compileFixture('time-now'), { name: 'clock' }));
    expect(err.code).toBe('OPA_UNSUPPORTED_BUILTIN');
    expect(err.message).toContain('`time.now_ns`');
  });

  it('accepts the JavaScript builtins (sprintf)', async () => {
    const policy = await loadWasmPolicy(await compileFixture('exceptions'), { name: 'exceptions' });
    expect(policy.hostBuiltins).toContain('sprintf');
  });
});
