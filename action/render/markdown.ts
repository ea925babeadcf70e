/**
 * The gate report in Markdown: the body the job summary, the PR comment and the check run
 * share. Built as a Markdown tree and serialised by mdast-util-to-markdown, so every string
 * from a pull request is a text node escaped for its place (see escape.ts); raw HTML is only
 * ever this file's own `<details>`/`<summary>` tags.
 */
import type { BlockContent, ListItem, PhrasingContent, RootContent } from 'mdast';
import type { Finding } from '../contract/gate-result.js';
import type { GateRun } from '../contract/run.js';
import { codeNode, htmlText, serializeMarkdown, textNode } from './escape.js';

const ICON: Record<string, string> = { RUN: '✅', PAUSE_FOR_HITL: '⏸️', STOPPED: '⛔' };

/** At most this many findings of one gate are listed (the rest are in the evidence). */
const FINDINGS_SHOWN = 20;

const text = (value: string): PhrasingContent => textNode(value);
const paragraph = (...children: PhrasingContent[]): BlockContent => ({
  type: 'paragraph',
  children,
});
const html = (value: string): RootContent => ({ type: 'html', value });

function joined(nodes: PhrasingContent[], separator: string): PhrasingContent[] {
  return nodes.flatMap((n, i) => (i === 0 ? [n] : [text(separator), n]));
}

function item(...children: BlockContent[]): ListItem {
  return { type: 'listItem', spread: false, children };
}

function list(items: ListItem[]): RootContent {
  return { type: 'list', ordered: false, spread: false, children: items };
}

function nonEmptyList(items: ListItem[]): RootContent[] {
  return items.length ? [list(items)] : [];
}

/** A `<details>` block: the summary is HTML-escaped; the body is ordinary Markdown. */
function details(summary: string, body: RootContent[]): RootContent[] {
  return [html(`<details><summary>${summary}</summary>`), ...body, html('</details>')];
}

/** A finding as a list item: location, first line as text, further lines as a code block. */
function findingItem(f: Finding): ListItem {
  const [first = '', ...rest] = f.message.split(/\r\n|\r|\n/);
  const where = f.file ? [codeNode(`${f.file}${f.line ? `:${f.line}` : ''}`), text(' ')] : [];
  const body: BlockContent[] = [paragraph(...where, text(first))];
  if (rest.length > 0) body.push({ type: 'code', value: rest.join('\n') });
  return item(...body);
}

function gateTable(run: GateRun): RootContent {
  const row = (cells: PhrasingContent[][]): RootContent & { type: 'tableRow' } => ({
    type: 'tableRow',
    children: cells.map((children) => ({ type: 'tableCell', children })),
  });
  return {
    type: 'table',
    align: [null, null, null, 'right', 'right'],
    children: [
      row(['Gate', 'Decision', 'Reason', 'Findings', 'Duration'].map((h) => [text(h)])),
      ...run.gates.map((g) =>
        row([
          [text(g.gate)],
          [text(`${ICON[g.decision] ?? ''} ${g.decision}`)],
          [codeNode(g.reason_code), ...(g.reused ? [text(' (reused)')] : [])],
          [text(String(g.findings.length))],
          [text(`${Math.round(g.duration_ms)} ms`)],
        ]),
      ),
    ],
  };
}

/** The job summary / PR comment body as a Markdown tree: verdict, gate table, decision cards. */
export function markdownReport(run: GateRun): RootContent[] {
  const v = run.verdict;
  const out: RootContent[] = [
    {
      type: 'heading',
      depth: 2,
      children: [
        text(`${ICON[v.decision] ?? ''} Maestro Gate: ${v.decision}${v.sealed ? ' (sealed)' : ''}`),
      ],
    },
    paragraph(text('Reasons: '), ...joined(v.reason_codes.map(codeNode), ', ')),
    gateTable(run),
  ];
  if (v.decision === 'PAUSE_FOR_HITL') {
    out.push(
      paragraph(
        { type: 'strong', children: [text(`Needs ${v.required_approvals} approval(s)`)] },
        ...(v.approver_groups.length
          ? [text(' from '), ...joined(v.approver_groups.map(codeNode), ', ')]
          : []),
        text('.'),
      ),
    );
  }
  for (const g of run.gates) {
    for (const card of g.cards ?? []) {
      out.push(
        ...details(`${htmlText(card.title)} — ${htmlText(card.decision)}`, [
          ...nonEmptyList([
            ...card.reasons.map((r) => item(paragraph(text(r)))),
            ...Object.entries(card.evidence).map(([k, d]) =>
              item(paragraph(text('evidence '), codeNode(k), text(': '), codeNode(d))),
            ),
          ]),
          paragraph(text('To change the outcome: '), text(card.to_change)),
        ]),
      );
    }
    const blocking = g.findings.filter((f) => f.level !== 'note').slice(0, FINDINGS_SHOWN);
    if (blocking.length > 0 && (g.cards ?? []).length === 0) {
      out.push(
        ...details(`${htmlText(g.gate)}: ${g.findings.length} finding(s)`, [
          list(blocking.map(findingItem)),
        ]),
      );
    }
  }
  return out;
}

/** One list of lines (publishing notes) as Markdown, each line escaped. */
export function markdownList(lines: readonly string[]): string {
  return serializeMarkdown(list(lines.map((l) => item(paragraph(text(l))))));
}

/** The job summary / PR comment body: a verdict line, a gate table, decision cards. */
export function renderMarkdown(run: GateRun): string {
  return serializeMarkdown({ type: 'root', children: markdownReport(run) });
}
