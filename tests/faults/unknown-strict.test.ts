import { describe, expect, it } from 'vitest';
import { baseBranchOf, UNKNOWN_BASE_REF } from '../../action/github/base-branch.js';
import type { ActionEvent } from '../../action/github/event.js';
import { GitHubPortError } from '../../action/github/port.js';
import { evidenceGateResult } from '../../action/evidence/index.js';

const SHA = 'a'.repeat(40);

function prEvent(ref: string): ActionEvent {
  return {
    name: 'pull_request',
    pullRequest: {
      number: 1,
      title: 't',
      author: 'a',
      draft: false,
      labels: [],
      base: { ref, sha: SHA },
      head: { ref: 'f', sha: SHA },
      repository: 'o/r',
      fork: true,
    },
  };
}

const unsigned = { mode: 'none', reason: 'a fork gets no token' } as const;

describe('unknown means strict', () => {
  it('a pull_request payload without base.ref is a protected base, and says so', async () => {
    const base = await baseBranchOf(prEvent(''), {
      getBranchProtected: () => Promise.resolve(false),
    });
    expect(base).toMatchObject({ ref: UNKNOWN_BASE_REF, protected: true });
    expect(base.notes[0]).toMatch(/names no base branch/);
    const r = evidenceGateResult(unsigned, { baseRef: base.ref!, branchProtected: true });
    expect(r.decision).toBe('PAUSE_FOR_HITL');
    expect(r.findings[0]?.message).toContain(UNKNOWN_BASE_REF);
  });

  it('an unknown protection status (no token) is protected, and says so', async () => {
    const base = await baseBranchOf(prEvent('develop'), undefined);
    expect(base).toMatchObject({ ref: 'develop', protected: true });
    expect(base.notes[0]).toMatch(/unknown \(no token/);
  });

  it('a failed protection lookup is protected, and says so', async () => {
    const base = await baseBranchOf(prEvent('develop'), {
      getBranchProtected: () =>
        Promise.reject(new GitHubPortError('forbidden', 'repos.getBranch', 'HTTP 403')),
    });
    expect(base).toMatchObject({ ref: 'develop', protected: true });
    expect(base.notes[0]).toMatch(/HTTP 403/);
  });

  it('a lookup that throws a non-Error is still protected', async () => {
    const base = await baseBranchOf(prEvent('develop'), {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      getBranchProtected: () => Promise.reject('nope'),
    });
    expect(base.protected).toBe(true);
  });

  it('GitHub reporting an unprotected branch is believed (the globs still apply)', async () => {
    const base = await baseBranchOf(prEvent('develop'), {
      getBranchProtected: () => Promise.resolve(false),
    });
    expect(base).toEqual({ ref: 'develop', protected: false, notes: [] });
    expect(evidenceGateResult(unsigned, { baseRef: 'main', branchProtected: false }).decision).toBe(
      'PAUSE_FOR_HITL',
    );
  });

  it('a merge group without base_ref is a protected base', async () => {
    const base = await baseBranchOf(
      { name: 'merge_group', mergeGroup: { baseSha: SHA, headSha: SHA, baseRef: '' } },
      undefined,
    );
    expect(base).toMatchObject({ ref: UNKNOWN_BASE_REF, protected: true });
  });

  it('a push (no pull request) leaves it to the configuration', async () => {
    expect(await baseBranchOf({ name: 'push' }, undefined)).toEqual({ ref: undefined, notes: [] });
  });
});
