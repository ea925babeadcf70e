/**
 * The viewer's one stylesheet (allowed by its CSP hash). Colours meet WCAG AA contrast on
 * their backgrounds; one column below 720 px; focus is always visible.
 */
export const VIEWER_CSS = String.raw`
:root {
  color-scheme: light;
  --ink: #1b1f24; --muted: #4d5560; --line: #c9d1d9; --paper: #ffffff; --wash: #f4f6f8;
  --stop: #a4161a; --pause: #7a4f00; --run: #1e6b34; --focus: #1a56db; --mark: #fff0a8;
  --cand: #1a56db; --base: #59636e; --eps: #a4161a;
}
* { box-sizing: border-box; }
html { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
body { margin: 0; color: var(--ink); background: var(--wash); }
code, .mono, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.875rem; }
.t { unicode-bidi: isolate; overflow-wrap: anywhere; }
.pre { white-space: pre-wrap; }
a { color: var(--focus); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.wrap { max-width: 1200px; margin: 0 auto; padding: 1rem; }
.verdict { background: var(--paper); border-bottom: 6px solid var(--line); }
.verdict.d-STOPPED { border-bottom-color: var(--stop); }
.verdict.d-PAUSE_FOR_HITL { border-bottom-color: var(--pause); }
.verdict.d-RUN { border-bottom-color: var(--run); }
.eyebrow { margin: 0; color: var(--muted); font-size: 0.875rem; }
h1 { margin: 0.25rem 0; font-size: 1.75rem; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
h2 { font-size: 1.2rem; margin: 1.25rem 0 0.5rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.25rem; }
h4 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; }
.headline { font-size: 1.1rem; margin: 0.25rem 0; }
.badge { display: inline-block; padding: 0.1rem 0.5rem; border-radius: 4px; color: #fff; font-weight: 600; font-size: 0.8rem; letter-spacing: 0.02em; white-space: nowrap; }
h1 .badge { font-size: 1.4rem; }
.b-STOPPED { background: var(--stop); }
.b-PAUSE_FOR_HITL { background: var(--pause); }
.b-RUN { background: var(--run); }
.b-sealed { background: var(--ink); }
.l-error { color: var(--stop); font-weight: 600; }
.l-warning { color: var(--pause); font-weight: 600; }
.l-note { color: var(--muted); font-weight: 600; }
.approvals { background: var(--wash); border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0.75rem 0 0; }
.approvals h2 { margin: 0 0 0.25rem; font-size: 1rem; }
.approvals p, .approvals ul { margin: 0.25rem 0; }
section.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; margin: 1rem 0; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--line); }
th { background: var(--wash); font-weight: 600; }
tbody th { background: none; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.controls { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-end; }
.controls label { display: flex; flex-direction: column; font-size: 0.85rem; font-weight: 600; gap: 0.2rem; }
.controls input, .controls select, button { font: inherit; font-weight: 400; color: var(--ink); background: var(--paper); border: 1px solid #6e7781; border-radius: 4px; padding: 0.35rem 0.5rem; min-height: 2.25rem; }
.controls input { min-width: 16rem; }
button { cursor: pointer; background: var(--wash); }
button:hover { background: #e6eaef; }
.count { margin: 0.5rem 0; color: var(--muted); }
ol.cards { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.5rem; }
details.card { background: var(--paper); border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px; }
details.card.d-STOPPED { border-left-color: var(--stop); }
details.card.d-PAUSE_FOR_HITL { border-left-color: var(--pause); }
details.card.d-RUN { border-left-color: var(--run); }
details.card > summary { cursor: pointer; padding: 0.6rem 0.75rem; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: baseline; list-style-position: inside; }
details.card > summary .title { flex: 1 1 20rem; font-weight: 600; }
details.card > summary .meta { color: var(--muted); font-size: 0.85rem; white-space: nowrap; }
details.card > .body { padding: 0 1rem 1rem; border-top: 1px solid var(--line); }
.body ul, .body ol { padding-left: 1.25rem; margin: 0.25rem 0; }
.finding { margin: 0.5rem 0 1rem; }
.finding .where { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85rem; }
td.changed { background: var(--mark); font-weight: 700; }
td.changed::after { content: " \25B2"; font-size: 0.7rem; color: var(--pause); }
.legend { color: var(--muted); font-size: 0.85rem; margin: 0.25rem 0; }
.legend .swatch { background: var(--mark); font-weight: 700; padding: 0 0.25rem; }
svg.plot { width: 100%; max-width: 560px; height: auto; display: block; margin: 0.25rem 0; }
svg.plot text { font-size: 11px; fill: var(--ink); font-family: system-ui, sans-serif; }
svg.plot .axis { stroke: var(--line); stroke-width: 1; }
svg.plot .zero { stroke: var(--muted); stroke-dasharray: 3 3; }
svg.plot .eps { stroke: var(--eps); stroke-dasharray: 5 3; stroke-width: 1.5; }
svg.plot .bound { fill: var(--eps); }
svg.plot .i-baseline { stroke: var(--base); stroke-width: 3; }
svg.plot .i-candidate, svg.plot .i-difference { stroke: var(--cand); stroke-width: 3; }
svg.plot .p-baseline { fill: var(--base); }
svg.plot .p-candidate, svg.plot .p-difference { fill: var(--cand); }
svg.plot .chosen { font-weight: 700; }
.toolbar { display: flex; gap: 0.5rem; flex-wrap: wrap; margin: 0.5rem 0; }
.error { color: var(--stop); font-weight: 600; }
footer { color: var(--muted); font-size: 0.85rem; }
@media (max-width: 720px) {
  .wrap { padding: 0.6rem; }
  h1 { font-size: 1.35rem; }
  h1 .badge { font-size: 1.1rem; }
  .controls { flex-direction: column; align-items: stretch; }
  .controls input { min-width: 0; }
  details.card > summary .title { flex-basis: 100%; }
  details.card > .body { padding: 0 0.6rem 0.75rem; }
  section.panel { padding: 0.6rem; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.stack, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; width: 100%; }
  table.stack tr { border-bottom: 1px solid var(--line); padding: 0.35rem 0; }
  table.stack th, table.stack td { border: 0; padding: 0.1rem 0.25rem; text-align: left; background: none; }
  table.stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-weight: 600; }
}
`;
