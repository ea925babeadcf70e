/**
 * Escaping of pull-request strings for the place they go: Markdown text (serialised by
 * mdast-util-to-markdown with GFM), HTML text (escape-html), one-line terminal text. Every
 * renderer that shows a trace value, a message, a file name or a rule id goes through here.
 */
import escapeHtml from 'escape-html';
import type { Nodes, PhrasingContent, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stripVTControlCharacters } from 'node:util';

/** U+200D ZERO WIDTH JOINER: invisible, and enough to stop GitHub linking `@team` or `#12`. */
const ZWJ = '\u200d';

/**
 * Breaks what GitHub turns into notifications or links after rendering: `@user`/`@org/team`
 * mentions, `#123` issue references and bare URLs (`https://…`, `www.…`, which GFM links even
 * when their punctuation is backslash-escaped) — a zero-width joiner after the sigil. Escaping
 * the Markdown does not help here: GitHub finds these in the rendered text.
 */
export function breakReferences(text: string): string {
  return text
    .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWJ}`)
    .replace(/#(?=\p{N})/gu, `#${ZWJ}`)
    .replace(/:(?=\/\/)/gu, `:${ZWJ}`)
    .replace(/(?<=\bwww)\./giu, `${ZWJ}.`);
}

/** Control characters, line and paragraph separators and bidirectional overrides. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** One line: every line break, control character or bidi override becomes a space. */
export function oneLine(text: string): string {
  return stripVTControlCharacters(text).replace(UNSAFE_CHARS, ' ');
}

/** A Markdown text node for PR data on one line (table cells, list items, headings). */
export function textNode(value: string): Text {
  return { type: 'text', value: breakReferences(oneLine(value)) };
}

/** A Markdown code span for PR data on one line (file names, rule ids, digests): never linked. */
export function codeNode(value: string): PhrasingContent {
  return { type: 'inlineCode', value: oneLine(value) };
}

/** PR data inside raw HTML (a `<summary>`): entity-escaped, one line, references broken. */
export function htmlText(value: string): string {
  return escapeHtml(breakReferences(oneLine(value)));
}

/**
 * Serialises a Markdown tree as GitHub renders it (GFM tables, escaped text). Text nodes
 * are escaped for their construct, so data cannot open links, images, HTML or table cells.
 */
export function serializeMarkdown(tree: Nodes): string {
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    fences: true,
    listItemIndent: 'one',
  });
}

/** PR data as one line of Markdown text (for strings built outside a tree). */
export function markdownText(value: string): string {
  return serializeMarkdown({ type: 'paragraph', children: [textNode(value)] }).trimEnd();
}

/**
 * PR data for a terminal: ANSI sequences removed, control characters shown as `\uNNNN`, and
 * every line after the first indented, so a message can neither forge an output line (a
 * `VERDICT:` of its own) nor drive the terminal.
 */
export function terminalText(value: string): string {
  return stripVTControlCharacters(value)
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line.replace(UNSAFE_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    )
    .join('\n    ');
}
