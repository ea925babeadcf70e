import { gzipSync } from 'node:zlib';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageLayout } from '../../action/gates/opa/layout.js';
import { describe, expect, it } from 'vitest';
import { MaestroError } from '../../action/contract/errors.js';
import {
  compilePolicy,
  entryModule,
  extractPolicyWasm,
  mergeModules,
  packageOf,
  readPolicySources,
} from '../../action/gates/opa/compile.js';
import { readTarGz } from '../../action/gates/opa/tar.js';
import { opaForTests, skipWithoutOpa, tempDir } from './opa-bin.js';

/** A one-member ustar archive (gzip'd unless `raw`). */
function tar(name: string, data: Uint8Array, raw = false): Uint8Array {
  const header = Buffer.alloc(512);
  header.write(name, 0, 'utf8');
  header.write('0000644\0', 100);
  header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
  header.write('0', 156);
  header.write('ustar\0', 257);
  const body = Buffer.alloc(Math.ceil(data.length / 512) * 512);
  Buffer.from(data).copy(body);
  const out = Buffer.concat([header, body, Buffer.alloc(1024)]);
  return raw ? out : gzipSync(out);
}

describe('policy sources', () => {
  it('finds the package of a file, ignoring comments', () => {
    expect(packageOf('# package fake\npackage maestro.gate\n')).toBe('maestro.gate');
    expect(packageOf('deny contains "x" if true')).toBeUndefined();
  });

  it('reads .rego files recursively, skipping tests and dot-directories, in path order', () => {
    const dir = tempDir({
      'b.rego': 'package maestro.gate\n',
      'a/c.rego': 'package maestro.gate\n',
      'a_test.rego': 'package maestro.gate_test\n',
      '.hidden/x.rego': 'package maestro.gate\n',
      'notes.md': '#',
    });
    const s = readPolicySources(dir, 'policies', 'maestro.gate');
    expect(s.files.map((f) => f.rel)).toEqual(['a/c.rego', 'b.rego']);
    expect(s.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(readPolicySources(dir, 'policies', 'other.ns').digest).not.toBe(s.digest);
  });

  it('reports a directory it cannot read as OPA_POLICY_UNREADABLE', () => {
    try {
      readPolicySources(join(tempDir(), 'missing'), 'policies', 'maestro.gate');
      expect.unreachable();
    } catch (thrown) {
      expect((thrown as MaestroError).code).toBe('OPA_POLICY_UNREADABLE');
    }
  });

  it('merges files of one package into one module', () => {
    const dir = tempDir({
      'a.rego': 'package maestro.gate\n\nimport rego.v1\n\ndeny contains "a" if input.a\n',
      'b.rego': '# why\npackage maestro.gate\nimport future.keywords.in\n\npackage_ok if true\n',
    });
    const merged = mergeModules(readPolicySources(dir, 'p', 'maestro.gate'), 'maestro.gate');
    expect(merged.match(/^package /gm)).toHaveLength(1);
    expect(merged).toContain('deny contains "a" if input.a');
    expect(merged).toContain('package_ok if true');
    expect(merged).toContain('# ---- b.rego ----');
  });

  it('refuses to merge other packages or aliased imports', () => {
    const other = tempDir({ 'a.rego': 'package acme\n' });
    expect(() =>
      mergeModules(readPolicySources(other, 'p', 'maestro.gate'), 'maestro.gate'),
    ).toThrow(/package acme/);
    const aliased = tempDir({ 'a.rego': 'package maestro.gate\nimport data.lib as l\n' });
    expect(() =>
      mergeModules(readPolicySources(aliased, 'p', 'maestro.gate'), 'maestro.gate'),
    ).toThrow(/prevents merging/);
  });

  it('generates an entry module that names every decision rule of the evaluated packages', () => {
    const pkg = (name: string, rules: string[]): PackageLayout => ({
      name,
      path: name.split('.'),
      rules,
      files: ['a.rego'],
    });
    const text = entryModule(
      [
        pkg('acme.rules', [
          'deny',
          'deny_x',
          'violation',
          'warn_docs',
          'escalate',
          'exception',
          'suppress',
          'risk',
          'helper',
        ]),
        pkg('acme.rules.sub', ['deny']),
        pkg('acme.rules_test', ['test_x']),
        pkg('other', ['deny']),
      ],
      { namespace: 'acme.rules', allNamespaces: false },
    );
    for (const rule of [
      'deny',
      'deny_x',
      'violation',
      'warn_docs',
      'escalate',
      'exception',
      'suppress',
      'risk',
    ])
      expect(text).toContain(
        `result[k] := data["acme"]["rules"]["${rule}"] if k := "acme.rules:${rule}"`,
      );
    expect(text).toContain(`k := "acme.rules.sub:deny"`);
    expect(text).not.toContain('k := "acme.rules:helper"');
    expect(text).not.toContain('k := "other:deny"');
    expect(text).not.toContain('k := "acme.rules_test');
    const all = entryModule([pkg('other', ['deny'])], { namespace: 'x', allNamespaces: true });
    expect(all).toContain('k := "other:deny"');
  });
});

describe('bundles', () => {
  it('reads a tar.gz and extracts policy.wasm', () => {
    const wasm = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
    const archive = tar('/policy.wasm', wasm);
    expect(readTarGz(archive).map((e) => e.name)).toEqual(['policy.wasm']);
    expect(extractPolicyWasm(archive, 'p')).toEqual(wasm);
  });

  it.each([
    ['not gzip', new TextEncoder().encode('hello')],
    [
      'a truncated member',
      gzipSync(Buffer.from(tar('/policy.wasm', new Uint8Array(2000), true)).subarray(0, 1000)),
    ],
    ['no policy.wasm', tar('/data.json', new TextEncoder().encode('{}'))],
  ])('rejects %s with OPA_COMPILE_FAILED', (_label, bytes) => {
    try {
      extractPolicyWasm(bytes, 'p');
      expect.unreachable();
    } catch (thrown) {
      expect((thrown as MaestroError).code).toBe('OPA_COMPILE_FAILED');
    }
  });
});

describe('hostile policy directories', () => {
  it('refuses symbolic links instead of skipping them', () => {
    const dir = tempDir({ 'a.rego': 'package maestro.gate\n' });
    symlinkSync('/etc/hostname', join(dir, 'b.rego'));
    try {
      readPolicySources(dir, 'policies', 'maestro.gate');
      expect.unreachable();
    } catch (thrown) {
      expect((thrown as MaestroError).code).toBe('OPA_POLICY_UNREADABLE');
      expect((thrown as MaestroError).message).toContain('b.rego is a symbolic link');
    }
  });
});

describe.skipIf(skipWithoutOpa())('compiling hostile file names', () => {
  it('treats a policy file named like a flag as a file', async () => {
    const dir = tempDir({
      '-o=evil.rego':
        'package maestro.gate\n\nimport rego.v1\n\ndeny contains "from a flag-like file" if true\n',
    });
    const sources = readPolicySources(dir, 'p', 'maestro.gate');
    const { wasm } = await compilePolicy(sources, {
      opaPath: opaForTests()!,
      opaVersion: 't',
      namespace: 'maestro.gate',
    });
    expect(wasm.byteLength).toBeGreaterThan(1000);
  });
});
