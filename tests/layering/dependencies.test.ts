import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unusedDependencies } from '../../scripts/unused-deps.js';

const root = join(import.meta.dirname, '../..');

describe('dependencies are what the code imports', () => {
  it('every declared runtime dependency is imported by action/ or app/', async () => {
    // Packages only tests, scripts or benchmarks use belong in devDependencies.
    expect(await unusedDependencies(root)).toEqual([]);
  });
});
