/**
 * The HTML viewer: one self-contained file (no network, works from `file://` and air-gapped)
 * with the run's decision cards and reports embedded as JSON in a non-executable script
 * element, one hashed script that renders them as text, one hashed stylesheet, and a CSP that
 * allows nothing else.
 */
import type { GateRun } from '../../contract/run.js';
import type { StreamRenderer } from '../renderer.js';
import { VIEWER_JS } from './client.js';
import { cspHash, scriptJson } from './embed.js';
import { viewerData, type ViewerContext } from './model.js';
import { VIEWER_CSS } from './styles.js';

export { viewerData, type ViewerContext, type ViewerData, type ViewerCard } from './model.js';
export { scriptJson, cspHash } from './embed.js';

/** The element id of the embedded data (`<script type="application/json">`). */
export const VIEWER_DATA_ID = 'maestro-data';

/**
 * The page's Content Security Policy: nothing may load (`default-src 'none'`), only the page's
 * own script and stylesheet run (by hash), no base URL, no form target, no plugin.
 */
export function viewerCsp(): string {
  return [
    "default-src 'none'",
    `script-src ${cspHash(VIEWER_JS)}`,
    `style-src ${cspHash(VIEWER_CSS)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The viewer for a run: a complete HTML document. Deterministic for a given run and context. */
export function renderViewer(run: GateRun, context: ViewerContext = {}): string {
  const data = scriptJson(viewerData(run, context));
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${viewerCsp()}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="maestro-gate">',
    '<title>Maestro Gate decision cards</title>',
    `<style>${VIEWER_CSS}</style>`,
    '</head>',
    '<body>',
    '<div id="app"><noscript><p>This page renders the decision cards with its own embedded script; with scripts off, read gate-run.json beside it.</p></noscript></div>',
    `<script type="application/json" id="${VIEWER_DATA_ID}">${data}</script>`,
    `<script>${VIEWER_JS}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * `check --format html`: the viewer of the run as the CLI finished it (how it was signed comes
 * from the run's evidence; the bundle's own copy, `decision-cards.html`, also lists every
 * evidence file with its digest).
 */
export const viewerRenderer: StreamRenderer = {
  format: 'html',
  description: 'a self-contained HTML decision-card viewer (no network; open it from disk)',
  render: (run) => {
    const e = run.evidence;
    const mode = e?.signing_mode;
    return renderViewer(
      run,
      mode === undefined
        ? {}
        : {
            signing: { mode, ...(e?.unsigned_reason ? { reason: e.unsigned_reason } : {}) },
          },
    );
  },
};
