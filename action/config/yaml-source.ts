import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';

/** A parsed YAML file that still knows where every value came from. */
export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** A YAML syntax problem with its 1-based position. */
export interface YamlProblem {
  message: string;
  line: number;
  column: number;
}

/**
 * Parses YAML keeping positions. Duplicate keys are errors (the `yaml` default), and so are
 * YAML warnings; returns the problems instead of throwing.
 */
export function parseYamlSource(
  file: string,
  text: string,
): { source: YamlSource; problems: YamlProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) => {
    const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    return { message: e.message.split('\n')[0] ?? e.message, line: pos.line, column: pos.col };
  });
  return { source: { file, doc, lines }, problems };
}

/**
 * The node at `path` below `root` (or, with `key: true`, its key). Walks as deep as the
 * document goes and returns the nearest existing node, so a missing key points at the object
 * that lacks it.
 */
export function nodeAt(
  root: unknown,
  path: readonly (string | number)[],
  key = false,
): Node | null | undefined {
  let node: unknown = root;
  let keyNode: unknown;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg),
      );
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
      keyNode = undefined;
      node = node.items[seg];
    } else {
      break;
    }
  }
  return (key && keyNode ? keyNode : node) as Node | null | undefined;
}

/** The 1-based position of the value (or key) at `path`; see `nodeAt`. */
export function positionOf(
  source: YamlSource,
  path: readonly (string | number)[],
  key = false,
): { line: number; column: number } {
  const target = nodeAt(source.doc.contents, path, key);
  const offset = target?.range?.[0] ?? 0;
  const pos = source.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}
