/**
 * The hostile-string corpus through every Markdown renderer (job summary, sticky PR comment,
 * check-run output): parsed back as GitHub parses it, nothing from the data may become a link,
 * an image, a definition, raw HTML, a heading, a table cell, a mention or a #reference, and
 * nothing may close a `<details>` early. The data itself must still be shown.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_JSON_BEGIN } from '../../action/render/check-run.js';
import { RENDERERS } from '../../action/render/registry.js';
import { HOSTILE, hostileRun, TOKENS } from './hostile.js';
import { activity, type Activity } from './inert-markdown.js';

const run = hostileRun();
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/;
const CHECK_URL = 'https://github.example/o/r/runs/1';
const RUN_URL = 'https://github.example/o/r/actions/runs/2';
/** Cards (one `<details>` each) plus one findings block per gate without cards. */
const DETAILS = run.gates.reduce(
  (n, g) => n + ((g.cards ?? []).length || (g.findings.some((f) => f.level !== 'note') ? 1 : 0)),
  0,
);

function expectInert(a: Activity, allowedLinks: string[] = []): void {
  expect(a.links.filter((l) => !allowedLinks.includes(l))).toEqual([]);
  expect(a.images).toEqual([]);
  expect(a.definitions).toEqual([]);
  expect(a.foreignHtml).toEqual([]);
  expect(a.mentions).toEqual([]);
  expect(a.references).toEqual([]);
  expect(a.tables).toBe(1);
  expect(a.tableShapes).toEqual([[5, 5, 5, 5]]);
  expect(a.detailsOpen).toBe(DETAILS);
  expect(a.detailsClose).toBe(DETAILS);
  for (const token of TOKENS) expect(a.allText, token).toContain(token);
}

describe('Markdown renderers with hostile strings', () => {
  it('the corpus is hostile: rendered raw, it would act', () => {
    const raw = activity(HOSTILE.join('\n\n'));
    expect(raw.links.length).toBeGreaterThan(0);
    expect(raw.images.length).toBeGreaterThan(0);
    expect(raw.foreignHtml.length).toBeGreaterThan(0);
    expect(raw.mentions.length).toBeGreaterThan(0);
    expect(raw.references.length).toBeGreaterThan(0);
    expect(raw.headings.length).toBeGreaterThan(0);
    expect(raw.detailsClose).toBeGreaterThan(0);
  });

  it('job summary', () => {
    const md = RENDERERS['job-summary'].render(run, {
      publishLines: [HOSTILE[0]!, HOSTILE[4]!, HOSTILE[3]!],
    });
    const a = activity(md);
    expectInert(a);
    expect(a.headings).toEqual(['⏸️ Maestro Gate: PAUSE_FOR_HITL', 'Publishing']);
  });

  it('sticky PR comment', () => {
    const md = RENDERERS['pr-comment'].render(run, {
      marker: '<!-- maestro-gate -->',
      checkRunUrl: CHECK_URL,
      workflowRunUrl: RUN_URL,
    });
    const a = activity(md);
    expect(a.foreignHtml.shift()).toBe('<!-- maestro-gate -->');
    expectInert(a, [CHECK_URL, RUN_URL]);
    expect(a.links).toEqual([CHECK_URL, RUN_URL]);
    expect(a.headings).toEqual(['⏸️ Maestro Gate: PAUSE_FOR_HITL']);
  });

  it('check run: summary Markdown, text with the verdict JSON, one-line titles', () => {
    const out = RENDERERS['check-run'].render(run, {});
    const a = activity(out.summary);
    expectInert(a);
    const text = activity(out.text);
    expect(text.links).toEqual([]);
    expect(text.mentions).toEqual([]);
    expect(text.foreignHtml).toEqual([VERDICT_JSON_BEGIN]);
    expect(out.annotations.length).toBeGreaterThan(0);
    for (const ann of out.annotations) {
      expect(ann.title).not.toMatch(CONTROL);
      expect(ann.path).not.toMatch(CONTROL);
    }
  });

  it('escaping is not dropping: a message reads back as it was, references broken invisibly', () => {
    const md = RENDERERS['job-summary'].render(run, {});
    const a = activity(md);
    const visible = a.allText.replace(/\u200d/g, '');
    expect(visible).toContain('[tok3](https://evil.example/phish)');
    expect(visible).toContain('@maestro-demo/platform-security tok4 @octocat');
    expect(visible).toContain('| tok5 | forged | cell |');
  });
});
