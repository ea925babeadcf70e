/**
 * The faults issue #11 lists under "What was seen", each a case through the CLI: silent skips
 * (links, zero checks, no decision rule, invalid UTF-8), gate-material tampering with any set
 * of gates, loosened defaults, crashes and poor messages. Each ends with a decision, a reason
 * code and a finding at the file (and line) it names; never RUN where it must stop.
 */
import { describe, expect, it } from 'vitest';
import { runCliCase } from './cases.js';
import { SEEN_CASES as CASES } from './seen-cases.js';

describe('what was seen, through the CLI', () => {
  it('has the cases it claims', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await runCliCase(c);
  });
});
