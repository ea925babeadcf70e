/**
 * Parses rendered Markdown as GitHub does (CommonMark + GFM, micromark) and lists what in it
 * could act: links, images, definitions, footnotes, raw HTML beyond the renderer's own tags,
 * @mentions and #references — so a test can assert that data stayed data.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** The raw HTML tags the renderers write themselves. */
const OWN_TAGS = /<\/?(details|summary|sub)>/g;

/** What a parsed document holds that could act on a reader. */
export interface Activity {
  links: string[];
  images: string[];
  definitions: string[];
  /** HTML that is not the renderer's own tags (after removing those). */
  foreignHtml: string[];
  mentions: string[];
  references: string[];
  headings: string[];
  tables: number;
  /** Rows and cells per row of each table. */
  tableShapes: number[][];
  detailsOpen: number;
  detailsClose: number;
  /** Every text, code and HTML value, joined: where the tokens must be found. */
  allText: string;
}

function walk(node: Nodes, visit: (n: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const c of node.children as Nodes[]) walk(c, visit);
}

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return '';
}

/** Parses `markdown` (GFM) and reports what could act. */
export function activity(markdown: string): Activity {
  const tree: Root = fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const a: Activity = {
    links: [],
    images: [],
    definitions: [],
    foreignHtml: [],
    mentions: [],
    references: [],
    headings: [],
    tables: 0,
    tableShapes: [],
    detailsOpen: 0,
    detailsClose: 0,
    allText: '',
  };
  const texts: string[] = [];
  walk(tree, (n) => {
    // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- only these act
    switch (n.type) {
      case 'link':
      case 'linkReference':
        a.links.push('url' in n ? n.url : n.identifier);
        break;
      case 'image':
      case 'imageReference':
        a.images.push('url' in n ? n.url : n.identifier);
        break;
      case 'definition':
      case 'footnoteDefinition':
      case 'footnoteReference':
        a.definitions.push(n.identifier);
        break;
      case 'heading':
        a.headings.push(plain(n));
        break;
      case 'table':
        a.tables++;
        a.tableShapes.push(n.children.map((r) => r.children.length));
        break;
      case 'html': {
        a.detailsOpen += (n.value.match(/<details>/g) ?? []).length;
        a.detailsClose += (n.value.match(/<\/details>/g) ?? []).length;
        const rest = n.value.replace(OWN_TAGS, '');
        if (/[<>]/.test(rest)) a.foreignHtml.push(n.value);
        texts.push(n.value);
        break;
      }
      case 'text':
      case 'inlineCode':
      case 'code':
        texts.push(n.value);
        break;
      default:
        break;
    }
  });
  a.allText = texts.join('\n');
  // GitHub links mentions and issue references in rendered text (code excluded).
  const prose: string[] = [];
  walk(tree, (n) => {
    if (n.type === 'text' || n.type === 'html') prose.push(n.value);
  });
  for (const t of prose) {
    const decoded = t.replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)));
    a.mentions.push(...(decoded.match(/(?<![\p{L}\p{N}_`])@[\p{L}\p{N}_-]+/gu) ?? []));
    a.references.push(...(decoded.match(/(?<![\p{L}\p{N}_&])#\p{N}+/gu) ?? []));
  }
  return a;
}
