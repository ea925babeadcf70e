import { describe, expect, it } from 'vitest';
import { earlyStopError, earlyStopRun } from '../../action/cli/early-stop.js';
import { MaestroError } from '../../action/contract/errors.js';
import { validateGateRun } from '../../action/schemas/validators.js';

function errno(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, write '${path}'`), { code, path });
}

describe('a run that cannot write its evidence', () => {
  it.each([
    ['ENOSPC', /the disk is full/],
    ['EROFS', /not writable/],
    ['EACCES', /not writable/],
    ['ENOTDIR', /not a usable directory/],
  ])('%s is a coded STOPPED run document naming the path and what to do', (code, what) => {
    const e = earlyStopError(errno(code, '/ev/gate-run.json'), '/ev');
    expect(e.code).toBe('EVIDENCE_WRITE_FAILED');
    expect(e.message).toMatch(what);
    expect(e.message).toContain('--evidence-dir');
    const run = earlyStopRun(e, {
      headDir: '/h',
      baseDir: '/h',
      evidenceDir: '/ev',
      configFile: 'c',
    });
    expect(validateGateRun(run)).toEqual([]);
    expect(run.verdict).toMatchObject({
      decision: 'STOPPED',
      reason_codes: ['EVIDENCE_WRITE_FAILED'],
    });
    expect(run.gates[0]?.findings[0]?.file).toBe('/ev/gate-run.json');
    expect(run.evidence).toBeUndefined();
  });

  it('keeps a coded error, and codes anything else as a gate error', () => {
    const coded = new MaestroError('AUDIT_WRITE_FAILED', 'x');
    expect(earlyStopError(coded, '/ev')).toBe(coded);
    expect(
      earlyStopRun(coded, { headDir: '/h', baseDir: '/h', evidenceDir: '/ev', configFile: 'c' })
        .gates[0]?.gate,
    ).toBe('audit');
    expect(earlyStopError('boom', '/ev').code).toBe('GATE_THREW_NON_ERROR');
    expect(earlyStopError(new TypeError('x'), '/ev').code).toBe('GATE_ERROR');
  });
});
