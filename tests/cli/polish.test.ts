/**
 * The command line in the tool's own words: --version/-v, "did you mean" for options, formats
 * and commands (exit 64), --fail-on as in the Action, and the junit and github formats.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { main } from '../../action/cli/main.js';

const DEMO_BASE = join(import.meta.dirname, '../../examples/demo/base');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  });
  return { code, out, err };
}

describe('the CLI speaks for itself', () => {
  it.each([['--version'], ['-v']])('%s prints the version', async (flag) => {
    expect(await cli(flag)).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });

  it('an unknown option names the nearest one, exit 64', async () => {
    const r = await cli('check', '--formt', 'json');
    expect(r.code).toBe(64);
    expect(r.err).toBe(
      'maestro-gate check: unknown option --formt; did you mean --format? (see maestro-gate check --help)\n',
    );
    expect(r.err).not.toMatch(/positional argument|ERR_PARSE_ARGS/);
  });

  it('a missing option value and an unknown format are usage errors', async () => {
    expect((await cli('check', '--format')).err).toContain('--format needs a value');
    const r = await cli('check', '--format', 'junt');
    expect(r.code).toBe(64);
    expect(r.err).toContain('did you mean junit?');
    expect((await cli('check', '--fail-on', 'never')).code).toBe(64);
  });

  it('an unknown command suggests the nearest', async () => {
    const r = await cli('chek');
    expect(r.code).toBe(64);
    expect(r.err).toContain('unknown command "chek"; did you mean "check"?');
  });

  it('--fail-on stopped lets a pause pass, as the Action does; junit and github print', async () => {
    // No change at all, unsigned evidence on the protected branch main: PAUSE_FOR_HITL.
    const work = mkdtempSync(join(tmpdir(), 'maestro-polish-'));
    cpSync(DEMO_BASE, join(work, 'head'), { recursive: true });
    const args = [
      'check',
      join(work, 'head'),
      '--base-dir',
      DEMO_BASE,
      '--base-ref',
      'main',
      '--evidence-dir',
      join(work, 'ev'),
      '--quiet',
    ];
    const paused = await cli(...args, '--format', 'github');
    expect(paused.code).toBe(2);
    expect(paused.out).toMatch(/^::error title=Maestro Gate%3A PAUSE_FOR_HITL::PAUSE_FOR_HITL/m);
    const passed = await cli(...args, '--fail-on', 'stopped', '--format', 'junit');
    expect(passed.code).toBe(0);
    expect(passed.out).toMatch(/^<\?xml version="1.0"/);
    expect(passed.out).toContain('<failure type="PAUSE_FOR_HITL"');
  });
});
