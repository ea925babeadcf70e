import { describe, expect, it } from 'vitest';
import { MaestroError } from '../../action/contract/errors.js';
import { interpretResult } from '../../action/gates/opa/results.js';
import { exceptionName, ruleRole } from '../../action/gates/opa/rules.js';

/** The entry module's value for rules of package `maestro.gate`. */
function doc(rules: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rules).map(([k, v]) => [`maestro.gate:${k}`, v]));
}

function malformed(value: unknown): MaestroError {
  try {
    interpretResult(value, 'policies');
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(MaestroError);
    const err = thrown as MaestroError;
    expect(err.code).toBe('OPA_RESULT_MALFORMED');
    expect(err.message).toContain('policy policies');
    return err;
  }
  throw new Error(`expected ${JSON.stringify(value)} to be rejected`);
}

describe('rule names', () => {
  it.each([
    ['deny', 'deny'],
    ['violation', 'deny'],
    ['deny_secret_file', 'deny'],
    ['violation_a_b', 'deny'],
    ['warn', 'warn'],
    ['warn_docs', 'warn'],
    ['escalate', 'escalate'],
    ['escalate_size', 'escalate'],
    ['exception', 'exception'],
    ['suppress', 'suppress'],
    ['risk', 'risk'],
    ['denies', undefined],
    ['deny_', undefined],
    ['warning', undefined],
    ['is_denied', undefined],
  ])('%s is %s', (name, role) => {
    expect(ruleRole(name)).toBe(role);
  });

  it('names rules for exceptions as conftest does', () => {
    expect(exceptionName('deny')).toBe('');
    expect(exceptionName('violation')).toBe('');
    expect(exceptionName('deny_large_file')).toBe('large_file');
    expect(exceptionName('warn_docs')).toBe('docs');
    expect(exceptionName('escalate_size')).toBe('size');
    expect(exceptionName('deny_warn_x')).toBe('x');
  });
});

describe('interpretResult', () => {
  it('reads an undefined or empty document as no results', () => {
    const empty = { results: [], exceptions: [], ruleExceptions: [], risks: [] };
    expect(interpretResult(undefined, 'p')).toEqual(empty);
    expect(interpretResult({}, 'p')).toEqual(empty);
  });

  it('reads strings and {msg, ...metadata} objects from every decision rule', () => {
    const v = interpretResult(
      doc({
        deny: ['plain'],
        violation_secret: [{ msg: 'v', details: { a: 1 } }],
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
        warn_docs: ['w'],
      }),
      'p',
    );
    expect(v.results).toEqual([
      {
        kind: 'deny',
        policy: 'p',
        package: 'maestro.gate',
        rule: 'deny',
        msg: 'plain',
        metadata: {},
      },
      {
        kind: 'escalate',
        policy: 'p',
        package: 'maestro.gate',
        rule: 'escalate',
        msg: 'with metadata',
        file: 'a.ts',
        line: 3,
        column: 2,
        id: 'x.y',
        risk: 0.5,
        metadata: { owner: 'team' },
      },
      {
        kind: 'deny',
        policy: 'p',
        package: 'maestro.gate',
        rule: 'violation_secret',
        msg: 'v',
        metadata: { details: { a: 1 } },
      },
      {
        kind: 'warn',
        policy: 'p',
        package: 'maestro.gate',
        rule: 'warn_docs',
        msg: 'w',
        metadata: {},
      },
    ]);
  });

  it('reads conftest exceptions as rule names of their own package', () => {
    const v = interpretResult(
      {
        'main:deny_large_file': ['big'],
        'main:warn_large_file': ['big'],
        'main:deny': ['plain'],
        'main:exception': [['large_file']],
        'other:deny_large_file': ['kept'],
      },
      'p',
    );
    expect(v.ruleExceptions.map((e) => `${e.package}.${e.rule}`)).toEqual([
      'main.deny_large_file',
      'main.warn_large_file',
    ]);
    const bare = interpretResult({ 'main:deny': ['x'], 'main:exception': [['']] }, 'p');
    expect(bare.ruleExceptions.map((e) => e.rule)).toEqual(['deny']);
  });

  it('reads suppressions as ids and {id, file?, reason?} objects', () => {
    const v = interpretResult(
      doc({ suppress: ['a', { id: 'd', file: 'src/**', reason: 'vendored' }] }),
      'p',
    );
    expect(v.exceptions.map((e) => e.id)).toEqual(['a', 'd']);
    expect(v.exceptions[1]).toEqual({
      policy: 'p',
      package: 'maestro.gate',
      id: 'd',
      file: 'src/**',
      reason: 'vendored',
    });
  });

  it('reads a bare risk score and a risk object', () => {
    expect(interpretResult(doc({ risk: 0.25 }), 'p').risks).toEqual([
      { policy: 'p', score: 0.25, reasons: [] },
    ]);
    expect(
      interpretResult(doc({ risk: { score: 1, class: 'high', reasons: ['r'] } }), 'p').risks,
    ).toEqual([{ policy: 'p', score: 1, class: 'high', reasons: ['r'] }]);
  });

  const bad: [string, unknown, RegExp][] = [
    ['a document that is not an object', ['deny'], /object of rules/],
    ['a document that is a string', 'deny', /object of rules/],
    ['deny as a boolean', doc({ deny: true }), /`maestro.gate.deny` is true, not a set/],
    ['deny_x as a number', doc({ deny_x: 4000 }), /`maestro.gate.deny_x` is 4000, not a set/],
    ['deny as an object', doc({ deny: { msg: 'x' } }), /not a set/],
    ['an empty message', doc({ deny: [''] }), /empty message/],
    ['a number result', doc({ warn: [42] }), /returned 42/],
    ['null result', doc({ escalate: [null] }), /returned null/],
    [
      'an object without msg',
      doc({ violation: [{ message: 'x' }] }),
      /without a non-empty string `msg`/,
    ],
    ['a non-string msg', doc({ deny: [{ msg: 1 }] }), /`msg`/],
    ['a non-string file', doc({ deny: [{ msg: 'm', file: 3 }] }), /`file`/],
    ['line zero', doc({ deny: [{ msg: 'm', line: 0 }] }), /`line`/],
    ['fractional column', doc({ deny: [{ msg: 'm', column: 1.5 }] }), /`column`/],
    ['result risk above 1', doc({ escalate: [{ msg: 'm', risk: 2 }] }), /`risk`/],
    ['a non-string id', doc({ deny: [{ msg: 'm', id: 7 }] }), /`id`/],
    ['risk as a string', doc({ risk: 'high' }), /risk/],
    ['risk score out of range', doc({ risk: 1.5 }), /not in \[0,1\]/],
    ['negative risk score', doc({ risk: { score: -0.1 } }), /score/],
    ['unknown risk class', doc({ risk: { score: 0.1, class: 'critical' } }), /class/],
    ['non-string reasons', doc({ risk: { score: 0.1, reasons: [1] } }), /reasons/],
    ['exception as an object', doc({ exception: { id: 'x' } }), /not a set/],
    [
      'an exception that is a result id',
      doc({ exception: ['changelog.missing'] }),
      /use the `suppress` rule/,
    ],
    ['an exception object', doc({ exception: [{ id: 'x' }] }), /list of rule names/],
    ['suppress as an object', doc({ suppress: { id: 'x' } }), /not a set/],
    ['a suppression without id', doc({ suppress: [{ reason: 'x' }] }), /a suppression is/],
  ];
  it.each(bad)('rejects %s', (_label, value, message) => {
    expect(malformed(value).message).toMatch(message);
  });
});
