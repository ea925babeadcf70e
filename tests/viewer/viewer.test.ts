/**
 * The HTML viewer without a browser: the embedded JSON cannot leave its element and reads back
 * as the data, the CSP hashes match the page's own script and style, the view model (state
 * tables, trace records, OPE intervals, cards for gates without cards) and the registration.
 */
import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { GateResult } from '../../action/contract/gate-result.js';
import { buildRun, type GateRun } from '../../action/contract/run.js';
import { RENDERERS, isStreamFormat, streamRenderer } from '../../action/render/registry.js';
import { VIEWER_JS } from '../../action/render/viewer/client.js';
import { viewCounterexample } from '../../action/render/viewer/counterexample.js';
import {
  renderViewer,
  scriptJson,
  viewerData,
  VIEWER_DATA_ID,
  type ViewerData,
} from '../../action/render/viewer/index.js';
import { fixtureRun } from '../fixtures/evidence/helpers.js';
import { HOSTILE, hostileRun } from '../browser/hostile.js';

/** The text of every `<script>` and `<style>` element, and the CSP meta tag's policy. */
function parts(html: string): { scripts: string[]; styles: string[]; csp: string } {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
  if (csp === undefined) throw new Error('no CSP meta tag');
  return { scripts, styles, csp };
}

function embedded(html: string): ViewerData {
  const re = new RegExp(`<script type="application/json" id="${VIEWER_DATA_ID}">([^<]*)</script>`);
  const m = re.exec(html);
  if (m === null) throw new Error('no embedded data element');
  return JSON.parse(m[1]!) as ViewerData;
}

const sha = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const gate = (over: Partial<GateResult> & Pick<GateResult, 'gate' | 'decision'>): GateResult => ({
  reason_code: 'OK',
  sealed: false,
  overrideable: false,
  final_decider: 'SYSTEM',
  findings: [],
  inputs_digest: `sha256:${'1'.repeat(64)}`,
  duration_ms: 5,
  ...over,
});

const header = {
  run_id: 'r1',
  started_at: '2026-12-01T00:00:00.000Z',
  head_dir: '/h',
  base_dir: '/b',
  config_file: '.github/maestro.yml',
};

describe('scriptJson', () => {
  it('writes no character that could end the element, and reads back as the value', () => {
    const value = { corpus: HOSTILE, keys: Object.fromEntries(HOSTILE.map((s) => [s, s])) };
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(scriptJson('</script>')).toBe('"\\u003c/script\\u003e"');
    expect(scriptJson('a\u2028b&')).toBe('"a\\u2028b\\u0026"');
  });
});

describe('renderViewer', () => {
  it('embeds the hostile run as inert JSON: two script elements, one style, nothing else', () => {
    const run = hostileRun();
    const html = renderViewer(run);
    const { scripts, styles, csp } = parts(html);
    // Only the data element and the page's own script, however many </script> the data holds.
    expect(scripts).toHaveLength(2);
    expect(styles).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/<(img|svg|iframe|a|link|base|meta http-equiv="refresh")\b/i);
    expect(embedded(html)).toEqual(JSON.parse(JSON.stringify(viewerData(run))));
    // Every hostile string survives exactly (as data, for the page to show as text).
    const data = JSON.stringify(embedded(html));
    for (const s of HOSTILE) expect(data).toContain(JSON.stringify(s).slice(1, -1));
    expect(csp).toContain("default-src 'none'");
  });

  it('allows by hash exactly its own script and stylesheet, and nothing loads', () => {
    const html = renderViewer(fixtureRun());
    const { scripts, styles, csp } = parts(html);
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual([sha(scripts[1]!)]);
    expect(directives['style-src']).toEqual([sha(styles[0]!)]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
    // No URL anywhere in the page but the SVG namespace its script uses.
    expect(html.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:|url\(|@import/i);
  });

  it('is deterministic for a run', () => {
    expect(renderViewer(fixtureRun())).toBe(renderViewer(fixtureRun()));
  });

  it('ships a script that parses, builds the page with DOM calls only and never evaluates data', () => {
    expect(() => new Script(VIEWER_JS)).not.toThrow();
    expect(VIEWER_JS).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\('(href|src|style|on)/,
    );
  });
});

describe('viewerData', () => {
  it('marks the variables each step of a model-check trace changed', () => {
    const cx = viewCounterexample({
      kind: 'state-trace',
      steps: [
        { index: 1, action: null, params: {}, state: { spent: 0, routed: 0, log: [] } },
        { index: 2, action: 'Route', params: { cost: 2 }, state: { spent: 2, routed: 1, log: [] } },
        { index: 3, action: 'Audit', params: {}, state: { spent: 2, routed: 1, log: ['a'] } },
      ],
      location: { file: 'specs/s.yaml', line: 4, column: 5 },
    });
    expect(cx.view).toBe('states');
    if (cx.view !== 'states') return;
    expect(cx.location).toBe('specs/s.yaml:4:5');
    expect(cx.variables).toEqual(['spent', 'routed', 'log']);
    expect(cx.rows.map((r) => r.action)).toEqual(['initial state', 'Route(cost=2)', 'Audit']);
    expect(cx.rows.map((r) => r.cells.map((c) => c.changed))).toEqual([
      [false, false, false],
      [true, true, false],
      [false, false, true],
    ]);
    expect(cx.rows[2]!.cells[2]!.value).toBe('["a"]');
  });

  it('shows a lasso’s loop and an invariant violation’s trace record at file:line', () => {
    const lasso = viewCounterexample({
      kind: 'state-lasso',
      steps: [
        { index: 1, action: null, params: {}, state: { x: 0 } },
        { index: 2, action: 'Tick', params: {}, state: { x: 0 }, back_to: 1 },
      ],
    });
    expect(lasso.view === 'states' && lasso.rows[1]!.note).toMatch(/back to state 1/);
    const record = viewCounterexample({
      kind: 'trace-record',
      steps: [{ run_id: 'r', spend: 0.9 }],
      location: { file: 'traces/router.jsonl', line: 11 },
    });
    expect(record).toEqual({
      view: 'record',
      kind: 'trace-record',
      location: 'traces/router.jsonl:11',
      fields: [
        { key: 'run_id', value: 'r' },
        { key: 'spend', value: '0.9' },
      ],
    });
  });

  it('gives a gate without cards one card, with what would change the outcome', () => {
    const run: GateRun = buildRun(header, [
      gate({
        gate: 'tamper',
        decision: 'PAUSE_FOR_HITL',
        reason_code: 'GATE_TAMPER_SUSPECTED',
        overrideable: true,
        required_approvals: 2,
        approver_groups: ['org/security'],
        summary: 'gate material changed',
        findings: [{ level: 'warning', message: 'specs/a.yaml changed', file: 'specs/a.yaml' }],
      }),
      gate({ gate: 'opa', decision: 'STOPPED', reason_code: 'OPA_DENY', sealed: true }),
    ]);
    const d = viewerData(run);
    expect(d.cards.map((c) => [c.id, c.gate, c.built, c.severity])).toEqual([
      ['card-1', 'tamper', true, 1],
      ['card-2', 'opa', true, 3],
    ]);
    expect(d.cards[0]!.reasons).toEqual(['specs/a.yaml: specs/a.yaml changed']);
    expect(d.cards[0]!.to_change).toMatch(/^2 approvals from org\/security/);
    expect(d.cards[1]!.to_change).toMatch(/sealed: no approval lifts it/);
    expect(d.cards[0]!.evidence).toEqual([
      { name: 'tamper gate inputs', digest: `sha256:${'1'.repeat(64)}` },
    ]);
    expect(d.verdict.decision).toBe('STOPPED');
    expect(d.verdict.asks).toEqual([{ gate: 'tamper', required: 2, groups: ['org/security'] }]);
  });

  it('reads the OPE intervals and the gate rule from the report', () => {
    const run = buildRun(header, [
      gate({
        gate: 'ope',
        decision: 'STOPPED',
        reason_code: 'OPE_REGRESSION',
        cards: [{ title: 'OPE', decision: 'STOPPED', reasons: [], evidence: {}, to_change: 'x' }],
        report: {
          evaluations: [
            {
              policy: { file: 'routing/policy.json' },
              data: { file: 'logs/r.parquet', rows_used: 600 },
              settings: { estimator: 'dr', epsilon: 0.01 },
              gate_rule: { estimator: 'dr', lower_bound: -0.03, epsilon: 0.01, passed: false },
              estimators: {
                ips: { difference: { estimate: -0.02, lower: -0.04, upper: 'NaN' } },
                dr: {
                  baseline: { estimate: 0.8, lower: 0.79, upper: 0.81 },
                  candidate: { estimate: 0.77, lower: 0.76, upper: 0.78 },
                  difference: { estimate: -0.03, lower: -0.035, upper: -0.025 },
                },
              },
            },
          ],
        },
      }),
    ]);
    expect(viewerData(run).cards[0]!.estimates).toEqual([
      {
        policy: 'routing/policy.json',
        data: 'logs/r.parquet',
        rows_used: 600,
        epsilon: 0.01,
        lower_bound: -0.03,
        passed: false,
        estimators: [
          { name: 'ips', chosen: false },
          {
            name: 'dr',
            chosen: true,
            baseline: { estimate: 0.8, lower: 0.79, upper: 0.81 },
            candidate: { estimate: 0.77, lower: 0.76, upper: 0.78 },
            difference: { estimate: -0.03, lower: -0.035, upper: -0.025 },
          },
        ],
      },
    ]);
  });
});

describe('registration', () => {
  it('is the html renderer and a check --format', () => {
    expect(RENDERERS.html.format).toBe('html');
    expect(isStreamFormat('html')).toBe(true);
    const html = streamRenderer('html').render(fixtureRun());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(embedded(html).run.run_id).toBe(fixtureRun().run_id);
  });
});
