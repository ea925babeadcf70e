/**
 * The hostile-string corpus through the stream renderers (text, json, sarif): the terminal
 * output cannot be driven or forged (no escape sequences, no line of its own), the JSON and
 * SARIF documents carry every string exactly, as data.
 */
import { describe, expect, it } from 'vitest';
import { RENDERERS } from '../../action/render/registry.js';
import { HOSTILE, hostileRun, TOKENS } from './hostile.js';

const run = hostileRun();

describe('stream renderers with hostile strings', () => {
  it('text: no control characters, one VERDICT line, continuation lines indented', () => {
    const out = RENDERERS.text.render(run);
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202e]/);
    const lines = out.split('\n');
    expect(lines.filter((l) => l.startsWith('VERDICT:'))).toHaveLength(1);
    const findingLines = lines.filter((l) => /^(ERROR|WARNING|NOTE) \[/.test(l));
    expect(findingLines.length).toBeGreaterThan(0);
    // Every line is the table, a finding, an indented continuation, or the footer.
    for (const l of lines) {
      expect(l, l).toMatch(
        /^(GATE|opa|invariants|tamper|(ERROR|WARNING|NOTE) \[| {4}|VERDICT:| {2}needs|audit log:|evidence:|signed:|unsigned:|$)/,
      );
    }
    for (const token of TOKENS) expect(out, token).toContain(token);
  });

  it('json: every string comes back exactly', () => {
    const back = JSON.parse(RENDERERS.json.render(run)) as typeof run;
    expect(back).toEqual(run);
    expect(back.gates[0]!.findings.map((f) => f.message)).toEqual([...HOSTILE]);
  });

  it('sarif: every message comes back exactly, as text', () => {
    const sarif = JSON.parse(RENDERERS.sarif.render(run)) as {
      runs: { results: { message: { text: string } }[] }[];
    };
    // Brackets are escaped (SARIF embedded links); unescaped, the text is the message.
    const texts = sarif.runs[0]!.results.map((r) => r.message.text.replace(/\\([[\]\\])/g, '$1'));
    for (const h of HOSTILE) expect(texts).toContain(h);
  });
});
