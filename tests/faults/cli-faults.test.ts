/**
 * The fault suite through the CLI: each case is a hostile or broken repository, and each must
 * end with the decision and reason code it names, the finding at the file (and line) it names,
 * a JSON run document, and never RUN / exit 0 where it must stop.
 */
import { describe, expect, it } from 'vitest';
import { runCliCase } from './cases.js';
import { CLI_CASES as CASES } from './cli-cases.js';

describe('the fault suite through the CLI', () => {
  it('has the cases it claims', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await runCliCase(c);
  });
});
