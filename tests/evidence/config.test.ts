import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../action/schemas/validators.js';
import { validatePredicate, validateStatement } from '../../action/evidence/schemas.js';
import { PREDICATE_TYPES } from '../../action/evidence/types.js';

const base = { version: 1, gates: {} };

describe('evidence config section', () => {
  it('accepts the documented keys', () => {
    expect(
      validateConfig({
        ...base,
        evidence: {
          enabled: true,
          signing: 'auto',
          sigstore: 'github',
          unsigned_on_protected: 'STOPPED',
          unsigned_on_unprotected: 'PAUSE_FOR_HITL',
          protected_branches: ['main', 'release/**'],
        },
      }),
    ).toEqual([]);
  });

  it.each([
    [{ signing: 'sometimes' }, 'signing'],
    [{ unsigned_on_protected: 'RUN' }, 'unsigned_on_protected'],
    [{ sigstore: 'private-good' }, 'sigstore'],
    [{ protected_branches: [''] }, 'protected_branches'],
    [{ sign: 'key' }, 'unknown key `sign`'],
  ])('refuses %j', (evidence, needle) => {
    const problems = validateConfig({ ...base, evidence });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => `${p.pointer} ${p.message}`).join('\n')).toContain(needle);
  });
});

describe('predicate schemas', () => {
  it('refuses unknown predicate types and malformed statements', () => {
    expect(validatePredicate('https://example.com/other/v1', {})[0]?.message).toContain(
      'unknown predicate type',
    );
    expect(
      validatePredicate(PREDICATE_TYPES.audit, {
        run_id: 'r',
        file: '../etc/passwd',
        sha256: 'a'.repeat(64),
        bytes: 1,
        records: 1,
        head: null,
      }).length,
    ).toBeGreaterThan(0);
    expect(
      validateStatement({
        _type: 'https://in-toto.io/Statement/v0.1',
        subject: [],
        predicateType: 'x',
        predicate: {},
      }).length,
    ).toBeGreaterThan(0);
    expect(
      validateStatement({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'a', digest: { md5: 'x' } }],
        predicateType: 'https://x/y',
        predicate: {},
      }).length,
    ).toBeGreaterThan(0);
  });
});
