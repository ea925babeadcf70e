/**
 * The decision-card viewer in a real browser (Debian's Chromium through playwright-core): the
 * demo's `decision-cards.html` opened from `file://` — verdict and approvals, filter, sort, a
 * counterexample opened by keyboard, the 390 px layout — and a run made of hostile strings,
 * in which nothing executes and nothing loads. Screenshots go to test-output/browser/.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../action/cli/main.js';
import { renderViewer } from '../../action/render/viewer/index.js';
import { captureIo } from '../helpers/repo.js';
import { HAVE_CHROMIUM, MISSING_CHROMIUM, MUST_HAVE_CHROMIUM, launch } from './chromium.js';
import { HOSTILE, hostileRun } from './hostile.js';

const root = join(import.meta.dirname, '../..');
const shots = join(root, 'test-output/browser');
const demo = join(root, 'examples/demo');

if (!HAVE_CHROMIUM && !MUST_HAVE_CHROMIUM)
  console.warn(`skipping the browser tests: ${MISSING_CHROMIUM}`);

describe.runIf(!HAVE_CHROMIUM && MUST_HAVE_CHROMIUM)('the browser tests in CI', () => {
  it('have Chromium', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

/** What a page did besides rendering: requests, dialogs, console errors, uncaught errors. */
interface Watch {
  requests: string[];
  dialogs: string[];
  errors: string[];
}

function watch(page: Page): Watch {
  const w: Watch = { requests: [], dialogs: [], errors: [] };
  page.on('request', (r) => w.requests.push(r.url()));
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') w.errors.push(m.text());
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  return w;
}

/** The `data-gate` of each card in the list, in order. */
async function gatesInOrder(page: Page): Promise<string[]> {
  const cards = await page.locator('#cards > li > details').all();
  return Promise.all(cards.map(async (d) => (await d.getAttribute('data-gate')) ?? ''));
}

/** A table's body as text, `*` before each cell marked as changed. */
async function cellsOf(table: Locator): Promise<string[][]> {
  const rows: string[][] = [];
  for (const tr of await table.locator('tbody tr').all()) {
    const cells: string[] = [];
    for (const td of await tr.locator('td').all()) {
      const changed = ((await td.getAttribute('class')) ?? '').split(' ').includes('changed');
      cells.push((changed ? '*' : '') + (await td.innerText()));
    }
    rows.push(cells);
  }
  return rows;
}

describe.skipIf(!HAVE_CHROMIUM)('the demo viewer in Chromium', () => {
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let url: string;
  let file: string;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    // The demo as `npm run demo` runs it, into a directory of its own.
    const evidence = join(mkdtempSync(join(tmpdir(), 'maestro-viewer-')), 'evidence');
    const cap = captureIo();
    const code = await main(
      [
        'check',
        join(demo, 'head'),
        '--base-dir',
        join(demo, 'base'),
        '--evidence-dir',
        evidence,
        '--ephemeral-key',
        '--quiet',
      ],
      cap.io,
    );
    expect(code).toBe(1);
    file = join(evidence, 'decision-cards.html');
    url = pathToFileURL(file).href;
    const manifest = JSON.parse(readFileSync(join(evidence, 'evidence-manifest.json'), 'utf8')) as {
      files: { name: string }[];
    };
    expect(manifest.files.map((f) => f.name)).toContain('decision-cards.html');
    browser = await launch();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(width = 1280): Promise<{ page: Page; seen: Watch }> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    const seen = watch(page);
    await page.goto(url);
    await page.locator('#cards').waitFor({ timeout: 15_000 });
    return { page, seen };
  }

  it('shows the verdict and the approvals needed at the top, loading nothing but itself', async () => {
    const { page, seen } = await open();
    await expect.poll(() => page.title()).toBe('Maestro Gate: STOPPED (sealed) — decision cards');
    const h1 = page.locator('h1');
    expect(await h1.innerText()).toMatch(/Verdict\s+STOPPED\s+sealed/);
    const approvals = await page.locator('#approvals').innerText();
    expect(approvals).toContain('None can lift this verdict');
    expect(approvals).toMatch(/tamper: 2 approvals from maestro-demo\/platform-security/);
    expect(await page.locator('#count').innerText()).toBe('Showing 6 of 6 cards.');
    expect(await page.locator('#gates tbody tr').count()).toBe(6);
    expect(await page.locator('#files').innerText()).toContain('gate-run.json');
    await page.screenshot({ path: join(shots, 'demo-1280.png'), fullPage: true });
    expect(seen.requests).toEqual([url]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('filters by text, gate and decision', async () => {
    const { page } = await open();
    await page.locator('#filter-text').fill('INV.ROUTER.BUDGET');
    expect(await gatesInOrder(page)).toEqual(['invariants']);
    await page.locator('#filter-text').fill('SRC/MODEL-CATALOG.TS');
    expect(await gatesInOrder(page)).toEqual(['opa']);
    await page.locator('#filter-text').fill('');
    await page.locator('#filter-gate').selectOption('ope');
    expect(await gatesInOrder(page)).toEqual(['ope']);
    await page.locator('#filter-gate').selectOption('');
    await page.locator('#filter-decision').selectOption('PAUSE_FOR_HITL');
    expect(await gatesInOrder(page)).toEqual(['tamper']);
    await page.locator('#filter-decision').selectOption('RUN');
    expect(await gatesInOrder(page)).toEqual(['evidence']);
    await page.locator('#filter-text').fill('no card says this');
    expect(await gatesInOrder(page)).toEqual([]);
    expect(await page.locator('#count').innerText()).toBe(
      'Showing 0 of 6 cards: none matches the filters.',
    );
    await page.locator('#reset').click();
    expect(await page.locator('#cards > li').count()).toBe(6);
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(
      'filter-text',
    );
    await page.close();
  });

  it('sorts by severity, gate and duration', async () => {
    const { page } = await open();
    // Severity: sealed stops first, then stops, the pause, the pass.
    expect(await gatesInOrder(page)).toEqual([
      'invariants',
      'modelcheck',
      'ope',
      'opa',
      'tamper',
      'evidence',
    ]);
    await page.locator('#sort').selectOption('gate');
    const byGate = await gatesInOrder(page);
    expect(byGate).toEqual([...byGate].sort());
    await page.locator('#sort').selectOption('duration');
    const durations = (
      await page.locator('#cards > li > details > summary .meta:last-child').allInnerTexts()
    ).map((m) => Number.parseInt(m, 10));
    expect(durations).toHaveLength(6);
    expect(durations).toEqual([...durations].sort((a, b) => b - a));
    await page.close();
  });

  it('opens a model-check counterexample by keyboard as a state table with changes marked', async () => {
    const { page } = await open();
    const card = page.locator('details[data-gate="modelcheck"]');
    await card.locator(':scope > summary').focus();
    await page.keyboard.press('Enter');
    expect(await card.getAttribute('open')).toBe('');
    const table = card.locator('table.states');
    expect(await table.locator('thead th').allInnerTexts()).toEqual([
      'Step',
      'Action',
      'spent',
      'routed',
    ]);
    const rows = await cellsOf(table);
    expect(rows).toEqual([
      ['1', 'initial state', '0', '0'],
      ['2', 'Route(cost=2)', '*2', '*1'],
      ['3', 'Route(cost=5)', '*7', '*2'],
      ['4', 'Route(cost=5)', '*12', '*3'],
    ]);
    expect(await card.locator('.cx-states h4').innerText()).toBe(
      'Counterexample: 4 states at specs/spend-guard.yaml:24:5',
    );
    await card.locator('.cx-states').screenshot({ path: join(shots, 'counterexample.png') });

    const inv = page.locator('details[data-gate="invariants"]');
    await inv.locator(':scope > summary').click();
    expect(await inv.locator('.cx-record h4').innerText()).toBe(
      'Offending trace record at traces/router.jsonl:11',
    );
    expect(await inv.locator('.cx-record').innerText()).toMatch(/total_spend_usd\s+0\.9/);

    const ope = page.locator('details[data-gate="ope"]');
    await ope.locator(':scope > summary').click();
    expect(await ope.locator('svg.plot').count()).toBe(2);
    // Five estimators: baseline and candidate each, and one difference each.
    expect(await ope.locator('svg.plot').nth(0).locator('line[class^="i-"]').count()).toBe(10);
    expect(await ope.locator('svg.plot').nth(1).locator('line.eps').count()).toBe(1);
    await ope.locator('.estimates').screenshot({ path: join(shots, 'estimates.png') });

    await page.screenshot({ path: join(shots, 'demo-open-1280.png'), fullPage: true });
    // The README's screenshot (docs/img/viewer.png): refreshed on request only.
    if (process.env['UPDATE_README_SCREENSHOT'] === '1') {
      await inv.locator(':scope > summary').click();
      await ope.locator(':scope > summary').click();
      await page.setViewportSize({ width: 1280, height: 1780 });
      await page.evaluate('window.scrollTo(0, 0)');
      await page.locator('#filter-text').blur();
      await page.screenshot({ path: join(shots, 'readme.png') });
      copyFileSync(join(shots, 'readme.png'), join(root, 'docs/img/viewer.png'));
    }
    await page.close();
  });

  it('is usable by keyboard alone, with a visible focus ring', async () => {
    const { page } = await open();
    const active = (): Promise<unknown> =>
      page.evaluate('document.activeElement && document.activeElement.id');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('filter-text');
    expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).toBe(
      'solid',
    );
    await page.keyboard.type('SpendWithinBudget');
    // Tab on through the selects and buttons to the first card's summary, and open it.
    let steps = 0;
    while ((await page.evaluate('document.activeElement.tagName')) !== 'SUMMARY' && steps++ < 12)
      await page.keyboard.press('Tab');
    expect(await gatesInOrder(page)).toEqual(['modelcheck']);
    await page.keyboard.press('Enter');
    expect(await page.locator('details[data-gate="modelcheck"]').getAttribute('open')).toBe('');
    expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).toBe(
      'solid',
    );
    await page.close();
  });

  it('keeps text readable: WCAG AA contrast (4.5:1) for badges, labels and muted text', async () => {
    const { page } = await open();
    const selectors = [
      '.badge.b-STOPPED',
      '.badge.b-PAUSE_FOR_HITL',
      '.badge.b-RUN',
      '.badge.b-sealed',
      '.eyebrow',
      '.count',
      'summary .meta',
      '.l-error',
      '.l-warning',
      '.legend',
      'td.changed code',
      '.controls label',
      '#gates td code',
    ];
    const colours = await page.evaluate<
      [string, string, string][]
    >(`(${JSON.stringify(selectors)}).map((sel) => {
      const e = document.querySelector(sel);
      if (!e) return [sel, '', ''];
      let b = e, bg = 'rgba(0, 0, 0, 0)';
      while (b && (bg = getComputedStyle(b).backgroundColor) === 'rgba(0, 0, 0, 0)') b = b.parentElement;
      return [sel, getComputedStyle(e).color, bg];
    })`);
    const luminance = (css: string): number => {
      const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratios = colours.map(([sel, fg, bg]) => {
      expect(fg, `${sel} is on the page`).not.toBe('');
      const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
      return [sel, Math.round(((a! + 0.05) / (b! + 0.05)) * 10) / 10] as const;
    });
    expect(ratios.filter(([, r]) => r < 4.5)).toEqual([]);
    await page.close();
  });

  it('fits a 390 px wide screen without sideways scrolling', async () => {
    const { page } = await open(390);
    await page.locator('#expand-all').click();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      390,
    );
    const search = await page.locator('#filter-text').boundingBox();
    expect(search!.width).toBeGreaterThan(300);
    await page.locator('#collapse-all').click();
    await page.screenshot({ path: join(shots, 'demo-390.png') });
    await page.locator('details[data-gate="modelcheck"] > summary').click();
    await page.locator('details[data-gate="modelcheck"] table.states').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'demo-390-counterexample.png') });
    await page.close();
  });

  it('keeps a run of hostile strings inert: nothing executes, nothing loads, all shows as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maestro-hostile-'));
    // A hostile file name too.
    const hostileFile = join(dir, 'cards "<img src=x onerror=alert(1)>".html');
    writeFileSync(hostileFile, renderViewer(hostileRun()));
    const hostileUrl = pathToFileURL(hostileFile).href;
    const page = await browser.context.newPage();
    const seen = watch(page);
    await page.goto(`${hostileUrl}#card-1`);
    await page.locator('#cards').waitFor({ timeout: 15_000 });
    await page.locator('#expand-all').click();
    for (const s of HOSTILE.slice(0, 6)) await page.locator('#filter-text').fill(s);
    await page.locator('#reset').click();
    await page.waitForTimeout(250);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(seen.dialogs).toEqual([]);
    expect(seen.requests).toEqual([hostileUrl]);
    expect(seen.errors).toEqual([]);
    // No element came from the data: the page has exactly the tags its script makes.
    const foreign = await page
      .locator('img, iframe, a, link, base, object, embed, form, meta[http-equiv="refresh"]')
      .count();
    expect(foreign).toBe(0);
    expect(await page.evaluate('document.scripts.length')).toBe(2);
    const text = await page.locator('#app').innerText();
    expect(text).toContain('</script><script>window.__pwned=1</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(text).toContain("{{constructor.constructor('window.__pwned=1')()}}");
    // Direction overrides are shown, not obeyed.
    expect(text).toContain('evil⟨U+202E⟩txt.exe');
    expect(text).not.toContain('\u202E');
    await page.screenshot({ path: join(shots, 'hostile.png'), fullPage: true });
    await page.close();
  });
});
