import { defineConfig } from 'vitest/config';

// MAESTRO_TEST_REPORT=FILE adds a JSON report (used by .ci/run to print the totals).
const report = process.env['MAESTRO_TEST_REPORT'];

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    ...(report ? { reporters: ['default', ['json', { outputFile: report }]] } : {}),
  },
});
