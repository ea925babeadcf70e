/** Positions in invariant YAML: of nodes, and of expression text inside scalars. */
import { isScalar, type LineCounter, type Node } from 'yaml';
import { nodeAt } from '../../config/yaml-source.js';

/** The 1-based line and column where `node` starts. */
export function position(
  lines: LineCounter,
  node: Node | null | undefined,
): { line: number; column: number } {
  const pos = lines.linePos(node?.range?.[0] ?? 0);
  return { line: pos.line, column: pos.col };
}

/** The position of the node at `path` below `root` (its key with `key`). */
export function positionAt(
  lines: LineCounter,
  root: Node,
  path: readonly (string | number)[],
  key = false,
): { line: number; column: number } {
  return position(lines, nodeAt(root, path, key));
}

/**
 * Where the expression text of a scalar starts: the token itself for plain scalars, one past
 * the quote for quoted ones, and the first content line for block scalars (`|`, `>`).
 */
export function exprStart(
  lines: LineCounter,
  text: string,
  node: Node | null | undefined,
): { line: number; column: number; indent?: number } {
  const start = node?.range?.[0] ?? 0;
  const pos = lines.linePos(start);
  if (!isScalar(node)) return { line: pos.line, column: pos.col };
  switch (node.type) {
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      return { line: pos.line, column: pos.col + 1 };
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      // Content starts on the first non-blank line after the header; its indentation is the
      // block's indentation.
      let lineNo = pos.line;
      let indent = 0;
      for (let i = pos.line; i < lines.lineStarts.length; i++) {
        const from = lines.lineStarts[i]!;
        const to = i + 1 < lines.lineStarts.length ? lines.lineStarts[i + 1]! : text.length;
        const content = text.slice(from, to).replace(/\r?\n$/, '');
        if (content.trim() === '') continue;
        lineNo = i + 1;
        indent = content.length - content.trimStart().length;
        break;
      }
      return { line: lineNo, column: indent + 1, indent };
    }
    case 'PLAIN':
    case undefined:
      return { line: pos.line, column: pos.col };
  }
}

/** Maps a line/column inside an expression to the invariant file. */
export function shift(
  start: { line: number; column: number; indent?: number },
  line: number,
  column: number,
): { line: number; column: number } {
  if (line <= 1) return { line: start.line, column: start.column + column - 1 };
  return { line: start.line + line - 1, column: (start.indent ?? 0) + column };
}
