/**
 * The boundary scan: before anything is published, every evidence file is scanned for
 * secret-like and PII-like values with the audit log's pattern table. A hit names the file
 * and the pattern (and the line), never the value.
 */
import { scanText } from '../audit/redact.js';

/** One hit of the boundary scan. Holds no part of the matched value. */
export interface BoundaryHit {
  file: string;
  pattern: string;
  kind: 'secret' | 'pii';
  line: number;
  column: number;
}

/** Scans named file contents; returns every hit (empty when clean). */
export function scanEvidence(files: readonly { name: string; content: string }[]): BoundaryHit[] {
  const hits: BoundaryHit[] = [];
  for (const f of files) {
    for (const h of scanText(f.content)) {
      const before = f.content.slice(0, h.index);
      const line = before.split('\n').length;
      const column = h.index - before.lastIndexOf('\n');
      hits.push({ file: f.name, pattern: h.pattern, kind: h.kind, line, column });
    }
  }
  return hits.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** A one-line description of a hit for messages: `file:line:column: pattern (kind)`. */
export function describeHit(hit: BoundaryHit): string {
  return `${hit.file}:${hit.line}:${hit.column}: ${hit.kind} pattern \`${hit.pattern}\``;
}
