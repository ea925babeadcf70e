import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unusedDependencies } from '../../scripts/unused-deps.js';

const root = join(import.meta.dirname, '../..');

/**
 * Declared for work in progress (the App, the OPE gate), or imported only by tests and scripts
 * (`tinyglobby`: belongs in devDependencies). The list only shrinks.
 */
const PENDING = new Set([
  'probot',
  '@probot/adapter-github-actions',
  'hyparquet',
  'sigstore',
  'tinyglobby',
]);

describe('dependencies are what the code imports', () => {
  it('no declared dependency is unused, except the listed pending ones', async () => {
    const unused = await unusedDependencies(root);
    expect(unused.filter((d) => !PENDING.has(d))).toEqual([]);
  });
});
