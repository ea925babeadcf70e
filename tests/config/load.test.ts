import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../action/config/load.js';
import { main } from '../../action/cli/main.js';
import { captureIo, tempRepo } from '../helpers/repo.js';

function load(text: string) {
  const dir = tempRepo({ '.github/maestro.yml': text });
  return loadConfig(join(dir, '.github/maestro.yml'), '.github/maestro.yml');
}

describe('configuration loading', () => {
  it('accepts a minimal valid file', () => {
    const r = load('version: 1\ngates: {}\n');
    expect(r.ok).toBe(true);
  });

  it('a typo in a key names line, column and the likely key', () => {
    const r = load('version: 1\ngates: {}\ntimeout:\n  default_seconds: 10\n');
    expect(r).toMatchObject({ ok: false, code: 'CONFIG_INVALID' });
    if (r.ok) return;
    expect(r.findings[0]).toMatchObject({ line: 3, column: 1 });
    expect(r.findings[0]!.message).toContain('.github/maestro.yml:3:1');
    expect(r.findings[0]!.message).toContain('unknown key `timeout`');
    expect(r.findings[0]!.message).toContain('Did you mean `timeouts`');
  });

  it('a nested typo points at the nested key', () => {
    const r = load('version: 1\ngates: {}\ntimeouts:\n  default_second: 10\n');
    if (r.ok) throw new Error('expected failure');
    expect(r.findings[0]).toMatchObject({ line: 4, column: 3 });
    expect(r.findings[0]!.message).toContain('default_seconds');
  });

  it('a wrong type names the value position', () => {
    const r = load('version: 1\ngates: {}\ntimeouts:\n  default_seconds: fast\n');
    if (r.ok) throw new Error('expected failure');
    expect(r.code).toBe('CONFIG_INVALID');
    expect(r.findings[0]).toMatchObject({ line: 4, column: 20 });
    expect(r.findings[0]!.message).toContain('must be number');
  });

  it('a missing required key points at the object', () => {
    const r = load('gates: {}\n');
    if (r.ok) throw new Error('expected failure');
    expect(r.findings[0]!.message).toContain('missing the required key `version`');
  });

  it('broken YAML is unparseable, with line and column', () => {
    const r = load('version: 1\ngates:\n  opa: [unclosed\n');
    expect(r).toMatchObject({ ok: false, code: 'CONFIG_UNPARSEABLE' });
    if (r.ok) return;
    expect(r.findings[0]!.line).toBeGreaterThanOrEqual(3);
    expect(r.findings[0]!.message).toMatch(/\.github\/maestro\.yml:\d+:\d+: not valid YAML/);
  });

  it('duplicate keys are unparseable', () => {
    const r = load('version: 1\nversion: 1\ngates: {}\n');
    expect(r).toMatchObject({ ok: false, code: 'CONFIG_UNPARSEABLE' });
  });

  it('an empty file is invalid, not a pass', () => {
    expect(load('')).toMatchObject({ ok: false, code: 'CONFIG_INVALID' });
    expect(load('# only a comment\n')).toMatchObject({ ok: false, code: 'CONFIG_INVALID' });
  });

  it('a missing file is "not configured"', () => {
    expect(loadConfig('/nonexistent/.github/maestro.yml')).toMatchObject({
      ok: false,
      code: 'CONFIG_NOT_CONFIGURED',
    });
  });

  it('an unreadable path is "unreadable"', () => {
    const dir = tempRepo();
    mkdirSync(join(dir, 'maestro.yml'));
    expect(loadConfig(join(dir, 'maestro.yml'))).toMatchObject({
      ok: false,
      code: 'CONFIG_UNREADABLE',
    });
    if (process.getuid?.() !== 0) {
      const file = join(tempRepo({ 'm.yml': 'version: 1\n' }), 'm.yml');
      chmodSync(file, 0);
      expect(loadConfig(file)).toMatchObject({ ok: false, code: 'CONFIG_UNREADABLE' });
    }
  });

  it('a YAML alias bomb is rejected, not expanded', () => {
    const bomb = [
      'version: 1',
      'gates: {}',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${'b'.repeat(i + 1)}: &${'b'.repeat(i + 1)} [${Array(10)
            .fill(i === 0 ? '*a' : `*${'b'.repeat(i)}`)
            .join(', ')}]`,
      ),
    ].join('\n');
    const r = load(bomb);
    expect(r.ok).toBe(false);
  });

  const cliCases: [string, string][] = [
    ['a typo’d key', 'version: 1\ngatez: {}\n'],
    ['a wrong type', 'version: "one"\ngates: {}\n'],
    ['broken YAML', 'version: 1\ngates: {\n'],
  ];
  it.each(cliCases)('the CLI exits 1 with line and column for %s', async (_name, text) => {
    const dir = tempRepo({ '.github/maestro.yml': text });
    const cap = captureIo();
    const code = await main(['check', dir, '--quiet', '--evidence-dir', join(dir, '.ev')], cap.io);
    expect(code).toBe(1);
    expect(cap.out()).toMatch(/\.github\/maestro\.yml:\d+:\d+: /);
    expect(cap.out()).toContain('VERDICT: STOPPED');
  });
});
