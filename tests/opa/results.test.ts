import { describe, expect, it } from 'vitest';
import { MaestroError } from '../../action/contract/errors.js';
import { interpretPackage } from '../../action/gates/opa/results.js';

function malformed(doc: unknown): MaestroError {
  try {
    interpretPackage(doc, 'policies', 'maestro.gate');
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(MaestroError);
    const err = thrown as MaestroError;
    expect(err.code).toBe('OPA_RESULT_MALFORMED');
    expect(err.message).toContain('policy policies');
    return err;
  }
  throw new Error(`expected ${JSON.stringify(doc)} to be rejected`);
}

describe('interpretPackage', () => {
  it('reads an undefined document as no results', () => {
    expect(interpretPackage(undefined, 'p', 'maestro.gate')).toEqual({
      results: [],
      exceptions: [],
    });
    expect(interpretPackage({}, 'p', 'maestro.gate')).toEqual({ results: [], exceptions: [] });
  });

  it('reads strings and {msg, ...metadata} objects', () => {
    const v = interpretPackage(
      {
        deny: ['plain'],
        escalate: [
          {
            msg: 'with metadata',
            file: 'a.ts',
            line: 3,
            column: 2,
            id: 'x.y',
            risk: 0.5,
            owner: 'team',
          },
        ],
        warn: [],
      },
      'p',
      'maestro.gate',
    );
    expect(v.results).toEqual([
      { kind: 'deny', policy: 'p', msg: 'plain', metadata: {} },
      {
        kind: 'escalate',
        policy: 'p',
        msg: 'with metadata',
        file: 'a.ts',
        line: 3,
        column: 2,
        id: 'x.y',
        risk: 0.5,
        metadata: { owner: 'team' },
      },
    ]);
  });

  it('reads exceptions as ids, conftest-style lists and objects', () => {
    const v = interpretPackage(
      { exception: ['a', ['b', 'c'], { id: 'd', file: 'src/**', reason: 'vendored' }] },
      'p',
      'maestro.gate',
    );
    expect(v.exceptions.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(v.exceptions[3]).toEqual({ policy: 'p', id: 'd', file: 'src/**', reason: 'vendored' });
  });

  it('reads a bare risk score and a risk object', () => {
    expect(interpretPackage({ risk: 0.25 }, 'p', 'maestro.gate').risk).toEqual({
      policy: 'p',
      score: 0.25,
      reasons: [],
    });
    expect(
      interpretPackage({ risk: { score: 1, class: 'high', reasons: ['r'] } }, 'p', 'maestro.gate')
        .risk,
    ).toEqual({
      policy: 'p',
      score: 1,
      class: 'high',
      reasons: ['r'],
    });
  });

  const bad: [string, unknown, RegExp][] = [
    ['a document that is not an object', ['deny'], /package document/],
    ['a document that is a string', 'deny', /package document/],
    ['deny as a boolean', { deny: true }, /`deny` is true, not a set/],
    ['deny as an object', { deny: { msg: 'x' } }, /not a set/],
    ['an empty message', { deny: [''] }, /empty message/],
    ['a number result', { warn: [42] }, /returned 42/],
    ['null result', { escalate: [null] }, /returned null/],
    ['an object without msg', { deny: [{ message: 'x' }] }, /without a non-empty string `msg`/],
    ['a non-string msg', { deny: [{ msg: 1 }] }, /`msg`/],
    ['a non-string file', { deny: [{ msg: 'm', file: 3 }] }, /`file`/],
    ['line zero', { deny: [{ msg: 'm', line: 0 }] }, /`line`/],
    ['fractional column', { deny: [{ msg: 'm', column: 1.5 }] }, /`column`/],
    ['result risk above 1', { escalate: [{ msg: 'm', risk: 2 }] }, /`risk`/],
    ['a non-string id', { deny: [{ msg: 'm', id: 7 }] }, /`id`/],
    ['risk as a string', { risk: 'high' }, /risk/],
    ['risk score out of range', { risk: 1.5 }, /not in \[0,1\]/],
    ['negative risk score', { risk: { score: -0.1 } }, /score/],
    ['unknown risk class', { risk: { score: 0.1, class: 'critical' } }, /class/],
    ['non-string reasons', { risk: { score: 0.1, reasons: [1] } }, /reasons/],
    ['exception as an object', { exception: { id: 'x' } }, /not a set/],
    ['an exception without id', { exception: [{ reason: 'x' }] }, /an exception is/],
    ['an empty exception list', { exception: [[]] }, /an exception is/],
  ];
  it.each(bad)('rejects %s', (_label, doc, message) => {
    expect(malformed(doc).message).toMatch(message);
  });
});
