import { afterEach, describe, expect, it } from 'vitest';
import { signingFor } from '../../action/run-action.js';

const OIDC = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' };

function withInputs(inputs: Record<string, string>): void {
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}

afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
});

describe('signingFor (input signing: auto | keyless | key | none)', () => {
  it('auto: keyless where an OIDC token can be requested', () => {
    expect(signingFor(OIDC, false).mode).toBe('keyless');
  });

  it('auto: the signing key without OIDC', () => {
    withInputs({ 'signing-key': 'PEM' });
    expect(signingFor({}, false)).toEqual({ mode: 'key', keyPem: 'PEM' });
  });

  it('auto: unsigned with a reason otherwise; a fork says why', () => {
    expect(signingFor({}, true)).toMatchObject({
      mode: 'none',
      reason: expect.stringMatching(/fork pull request/) as unknown,
    });
    expect(signingFor({}, false)).toMatchObject({
      mode: 'none',
      reason: expect.stringMatching(/id-token: write/) as unknown,
    });
  });

  it('forced modes fail loudly when they cannot be honoured', () => {
    withInputs({ signing: 'keyless' });
    expect(() => signingFor({}, false)).toThrow(/id-token: write/);
    withInputs({ signing: 'key' });
    expect(() => signingFor(OIDC, false)).toThrow(/signing-key/);
    withInputs({ signing: 'sometimes' });
    expect(() => signingFor(OIDC, false)).toThrow(/auto, keyless, key or none/);
    withInputs({ signing: 'none' });
    expect(signingFor(OIDC, false).mode).toBe('none');
  });
});
