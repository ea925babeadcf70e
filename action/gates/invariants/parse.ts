/**
 * Reads invariant YAML (one invariant, a list, or several documents per file) into located raw
 * invariants, each validated against schemas/invariant.schema.json.
 */
import { isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import { MaestroError } from '../../contract/errors.js';
import { problemsOf } from '../../schemas/problems.js';
import { validate as validateInvariantSchema } from '../../schemas/precompiled/invariant.js';
import type { Severity } from './model.js';
import { position, positionAt } from './yaml-positions.js';

/** `$id` of the published invariant schema. */
export const INVARIANT_SCHEMA_ID = 'https://maestro-gate.dev/schemas/invariant.schema.json';

/** Most alias dereferences a file may make (the `yaml` default is 100). */
const MAX_ALIAS_COUNT = 100;

/** An invariant as the schema admits it. */
export interface RawInvariant {
  id: string;
  title: string;
  description?: string;
  severity: Severity;
  scope: string;
  when?: ({ event: string | string[] } | { expr: string })[];
  assert?: { expr: string; message?: string }[];
  temporal?: Record<string, unknown>[];
  owners?: string[];
  tags?: string[];
  runtime?: {
    on_violation?: 'throw' | 'warn' | 'trip';
    breaker?: { failure_threshold?: number; cool_down_ms?: number; half_open_successes?: number };
  };
}

/** A parsed, not yet compiled, invariant with the YAML it came from. */
export interface Located {
  raw: RawInvariant;
  file: string;
  node: Node;
  lines: LineCounter;
  text: string;
}

/** Splits one file into located raw invariants (validated against the schema). */
export function parseInvariantText(file: string, text: string): Located[] {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const docList: Document.Parsed[] = Array.isArray(docs) ? docs : [];
  for (const doc of docList) {
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem !== undefined) {
      const pos = lines.linePos(problem.pos[0]);
      throw new MaestroError(
        'INV_YAML_UNPARSEABLE',
        `${file}:${pos.line}:${pos.col}: not valid YAML: ${problem.message.split('\n')[0] ?? problem.message}. Fix the YAML syntax.`,
        { location: { file, line: pos.line, column: pos.col } },
      );
    }
  }
  const out: Located[] = [];
  for (const doc of docList) {
    const contents = doc.contents;
    if (contents === null || (isScalar(contents) && contents.value === null)) continue;
    let whole: unknown;
    try {
      // Aliases are resolved with a cap, so a "billion laughs" file cannot exhaust memory.
      whole = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (thrown) {
      const pos = lines.linePos(contents.range?.[0] ?? 0);
      throw new MaestroError(
        'INV_YAML_UNPARSEABLE',
        `${file}:${pos.line}:${pos.col}: the YAML cannot be resolved (${thrown instanceof Error ? thrown.message : String(thrown)}). Remove excessive or unknown aliases.`,
        { cause: thrown, location: { file, line: pos.line, column: pos.col } },
      );
    }
    const items: Node[] = isSeq(contents) ? contents.items : [contents];
    const values: unknown[] = isSeq(contents) ? (whole as unknown[]) : [whole];
    for (const [index, node] of items.entries()) {
      const value: unknown = values[index] ?? null;
      const where = position(lines, node);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new MaestroError(
          'INV_INVALID',
          `${file}:${where.line}:${where.column}: expected an invariant (a mapping with id, title, severity, scope, assert or temporal), found ${Array.isArray(value) ? 'a list' : JSON.stringify(value)}.`,
          { location: { file, ...where } },
        );
      }
      const problems = problemsOf(validateInvariantSchema, value);
      if (problems.length > 0) {
        const p = problems[0]!;
        const at = positionAt(lines, node, p.path);
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
        const allowed = p.allowed !== undefined ? ` Allowed: ${p.allowed.join(', ')}.` : '';
        throw new MaestroError(
          'INV_INVALID',
          `${file}:${at.line}:${at.column}: invalid invariant${typeof (value as { id?: unknown }).id === 'string' ? ` ${(value as { id: string }).id}` : ''}: ${p.message}.${allowed}${more} See schemas/invariant.schema.json.`,
          { location: { file, ...at } },
        );
      }
      out.push({ raw: value as RawInvariant, file, node, lines, text });
    }
  }
  if (out.length === 0) {
    throw new MaestroError(
      'INV_INVALID',
      `${file}: the file holds no invariant. Remove it or add at least one invariant.`,
      { location: { file, line: 1, column: 1 } },
    );
  }
  return out;
}
