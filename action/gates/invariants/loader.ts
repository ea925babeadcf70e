/**
 * The one invariant loader, used by the invariant gate and by the runtime library: reads YAML
 * (one invariant, a list, or several documents per file), validates each invariant against
 * schemas/invariant.schema.json, compiles every CEL expression once, and rejects duplicate ids.
 * Every error is a {@link MaestroError} with a precise reason code and a `file:line:column`.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, sep } from 'node:path';
import { isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import invariantSchema from '../../../schemas/invariant.schema.json' with { type: 'json' };
import { CelCompileError, compileCel, type CompileOptions } from '../../cel/index.js';
import { formatLocation, MaestroError, type SourceLocation } from '../../contract/errors.js';
import { registerSchema, validate } from '../../schemas/validators.js';
import {
  describeRefusedLink,
  findContained,
  resolveContained,
  type ContainedMatch,
} from '../../util/contained-files.js';
import { sha256 } from '../../util/digest.js';
import { firstInvalidUtf8Line } from './utf8.js';
import { nodeAt } from '../../config/yaml-source.js';
import type {
  Clause,
  CompiledExpr,
  CompiledInvariant,
  InvariantSet,
  LoadedFile,
  RuntimePolicy,
  Severity,
} from './model.js';
import { parseTemplate } from './template.js';

/** `$id` of the published invariant schema. */
export const INVARIANT_SCHEMA_ID = 'https://maestro-gate.dev/schemas/invariant.schema.json';

/** Most alias dereferences a file may make (the `yaml` default is 100). */
const MAX_ALIAS_COUNT = 100;

/** Largest invariant file the loader reads. */
export const DEFAULT_MAX_INVARIANT_FILE_BYTES = 1024 * 1024;

/** Limits applied to every expression (see `action/cel`). */
export type ExpressionLimits = Pick<
  CompileOptions,
  'maxLength' | 'maxDepth' | 'maxComprehensionNesting' | 'maxEvalMs' | 'maxCost'
>;

/** Options of the loader. */
export interface LoadOptions {
  limits?: ExpressionLimits;
  maxFileBytes?: number;
}

/** One file's text to parse (the runtime may pass text that never touched the disk). */
export interface InvariantText {
  /** Display path (relative, forward slashes). */
  file: string;
  text: string;
}

interface RawInvariant {
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
interface Located {
  raw: RawInvariant;
  file: string;
  node: Node;
  lines: LineCounter;
  text: string;
}

const GLOB_CHARS = /[*?[\]{}!]/;

/** True when a configured path is a glob rather than a plain file or directory. */
export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/**
 * Expands configured invariant paths (directories, files or globs relative to `root`) into
 * sorted relative file paths. A directory contributes every `*.yaml`/`*.yml` below it.
 * Throws `INV_NONE_FOUND` when an entry matches no file.
 */
export function resolveInvariantFiles(root: string, patterns: readonly string[]): string[] {
  const out = new Set<string>();
  patterns.forEach((pattern, i) => {
    const key = `gates.invariants.paths[${i}]`;
    assertInside(pattern, key);
    let found: ContainedMatch = { files: [], refused: [] };
    if (isGlob(pattern)) found = findContainedOrFail(root, [pattern]);
    else {
      const r = resolveContained(root, pattern);
      if ('refused' in r) found = { files: [], refused: [r.refused] };
      else if ('real' in r) {
        const st = statSync(r.real);
        if (st.isFile()) found = { files: [toPosix(pattern)], refused: [] };
        else if (st.isDirectory()) {
          const dir = toPosix(pattern).replace(/\/+$/, '');
          found = findContainedOrFail(root, [`${dir}/**/*.yaml`, `${dir}/**/*.yml`]);
        }
      }
    }
    const link = found.refused[0];
    if (link !== undefined) {
      throw new MaestroError(
        'INV_UNREADABLE',
        `\`${key}\` (${pattern}): ${describeRefusedLink(link, 'base snapshot')}${
          found.refused.length > 1
            ? ` (${found.refused.length - 1} more: ${found.refused
                .slice(1, 6)
                .map((l) => l.path)
                .join(', ')})`
            : ''
        } An invariant that is not loaded is never a pass.`,
        { location: { file: link.path } },
      );
    }
    if (found.files.length === 0) {
      throw new MaestroError(
        'INV_NONE_FOUND',
        `\`gates.invariants.paths[${i}]\` (${pattern}) matches no invariant file (*.yaml, *.yml). Add invariants there, or fix the path.`,
        { location: { file: pattern } },
      );
    }
    for (const f of found.files) out.add(toPosix(f));
  });
  return [...out].sort();
}

function findContainedOrFail(root: string, patterns: string[]): ContainedMatch {
  try {
    return findContained(root, patterns);
  } catch (thrown) {
    throw new MaestroError(
      'INV_UNREADABLE',
      `${patterns.join(', ')}: the invariant files could not be listed (${thrown instanceof Error ? thrown.message : String(thrown)}).`,
      { cause: thrown },
    );
  }
}

/**
 * Loads and compiles invariants from files under `root`. Throws {@link MaestroError} with
 * `INV_NONE_FOUND`, `INV_UNREADABLE`, `INV_YAML_UNPARSEABLE`, `INV_INVALID`, `INV_CEL_SYNTAX`,
 * `INV_CEL_TYPE`, `INV_CEL_LIMIT` or `INV_DUPLICATE_ID`.
 */
export function loadInvariants(
  root: string,
  patterns: readonly string[],
  opts: LoadOptions = {},
): InvariantSet {
  const files = resolveInvariantFiles(root, patterns);
  const texts: InvariantText[] = [];
  const loaded: LoadedFile[] = [];
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_INVARIANT_FILE_BYTES;
  for (const file of files) {
    let bytes: Buffer;
    try {
      const size = statSync(join(root, file)).size;
      if (size > maxBytes) {
        throw new MaestroError(
          'INV_INVALID',
          `${file}: the invariant file is ${size} bytes; the limit is ${maxBytes}. Split it into several files.`,
          { location: { file } },
        );
      }
      bytes = readFileSync(join(root, file));
    } catch (thrown) {
      if (thrown instanceof MaestroError) throw thrown;
      throw new MaestroError(
        'INV_UNREADABLE',
        `${file}: the invariant file could not be read (${thrown instanceof Error ? thrown.message : String(thrown)}).`,
        { cause: thrown, location: { file } },
      );
    }
    if (!isUtf8(bytes)) {
      const line = firstInvalidUtf8Line(bytes);
      throw new MaestroError(
        'INV_UNREADABLE',
        `${file}:${line}: the invariant file is not valid UTF-8. Save it as UTF-8.`,
        { location: { file, line } },
      );
    }
    loaded.push({ file, digest: sha256(bytes) });
    texts.push({ file, text: bytes.toString('utf8') });
  }
  return compileInvariantTexts(texts, opts, loaded);
}

/**
 * Parses, validates and compiles invariant texts (the loader's core; no file system).
 * `files` is echoed in the result (digests of what was read).
 */
export function compileInvariantTexts(
  texts: readonly InvariantText[],
  opts: LoadOptions = {},
  files: readonly LoadedFile[] = texts.map((t) => ({ file: t.file, digest: sha256(t.text) })),
): InvariantSet {
  registerSchema(invariantSchema);
  const located: Located[] = [];
  for (const t of texts) located.push(...parseInvariantText(t.file, t.text));

  const seen = new Map<string, SourceLocation>();
  const invariants: CompiledInvariant[] = [];
  for (const l of located) {
    const inv = compileInvariant(l, opts.limits ?? {});
    const first = seen.get(inv.id);
    if (first !== undefined) {
      throw new MaestroError(
        'INV_DUPLICATE_ID',
        `invariant id ${inv.id} is defined twice: at ${formatLocation(first)} and at ${formatLocation(inv.location)}. Ids must be unique across all invariant files; rename one.`,
        { location: inv.location },
      );
    }
    seen.set(inv.id, inv.location);
    invariants.push(inv);
  }
  return { invariants, files, byId: new Map(invariants.map((i) => [i.id, i])) };
}

/** Splits one file into located raw invariants (validated against the schema). */
function parseInvariantText(file: string, text: string): Located[] {
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
      const problems = validate(INVARIANT_SCHEMA_ID, value);
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

const DEFAULT_COOL_DOWN_MS = 30_000;

function compileInvariant(l: Located, limits: ExpressionLimits): CompiledInvariant {
  const { raw, file } = l;
  const location: SourceLocation = { file, ...positionAt(l.lines, l.node, ['id'], true) };
  const compile = (source: string, path: (string | number)[]): CompiledExpr => {
    const node = nodeAt(l.node, path);
    const start = exprStart(l.lines, l.text, node);
    try {
      const program = compileCel(source, { ...limits, expect: 'bool' });
      return { source, program, location: { file, line: start.line, column: start.column } };
    } catch (thrown) {
      if (!(thrown instanceof CelCompileError)) throw thrown;
      const at = shift(start, thrown.line, thrown.column);
      const code =
        thrown.kind === 'syntax'
          ? 'INV_CEL_SYNTAX'
          : thrown.kind === 'type'
            ? 'INV_CEL_TYPE'
            : 'INV_CEL_LIMIT';
      throw new MaestroError(
        code,
        `${file}:${at.line}:${at.column}: invariant ${raw.id}, \`${path.join('.')}\`: CEL ${thrown.kind === 'limit' ? 'limit exceeded' : `${thrown.kind} error`}: ${thrown.detail}`,
        { cause: thrown, location: { file, ...at } },
      );
    }
  };

  const events: string[] = [];
  let eventFilters = 0;
  const filters: CompiledExpr[] = [];
  (raw.when ?? []).forEach((f, i) => {
    if ('event' in f) {
      const list = Array.isArray(f.event) ? f.event : [f.event];
      // Several event filters are ANDed: keep the intersection.
      if (eventFilters === 0) events.push(...list);
      else {
        const keep = events.filter((e) => list.includes(e));
        events.length = 0;
        events.push(...keep);
      }
      eventFilters++;
    } else filters.push(compile(f.expr, ['when', i, 'expr']));
  });

  const clauses: Clause[] = [];
  (raw.assert ?? []).forEach((a, i) => {
    clauses.push({
      op: 'always',
      path: `assert[${i}]`,
      expr: compile(a.expr, ['assert', i, 'expr']),
      message: a.message === undefined ? undefined : parseTemplate(a.message),
      location: { file, ...positionAt(l.lines, l.node, ['assert', i]) },
    });
  });
  (raw.temporal ?? []).forEach((t, i) => {
    const base = {
      path: `temporal[${i}]`,
      message: typeof t['message'] === 'string' ? parseTemplate(t['message']) : undefined,
      location: { file, ...positionAt(l.lines, l.node, ['temporal', i]) },
    };
    const within = typeof t['within'] === 'number' ? t['within'] : undefined;
    if (typeof t['always'] === 'string')
      clauses.push({
        ...base,
        op: 'always',
        expr: compile(t['always'], ['temporal', i, 'always']),
      });
    else if (typeof t['never'] === 'string')
      clauses.push({ ...base, op: 'never', expr: compile(t['never'], ['temporal', i, 'never']) });
    else if (typeof t['eventually'] === 'string')
      clauses.push({
        ...base,
        op: 'eventually',
        within,
        expr: compile(t['eventually'], ['temporal', i, 'eventually']),
      });
    else {
      const lt = t['leads_to'] as { p: string; q: string };
      clauses.push({
        ...base,
        op: 'leads_to',
        within,
        p: compile(lt.p, ['temporal', i, 'leads_to', 'p']),
        q: compile(lt.q, ['temporal', i, 'leads_to', 'q']),
      });
    }
  });

  const runtime: RuntimePolicy = {
    onViolation: raw.runtime?.on_violation ?? (raw.severity === 'low' ? 'warn' : 'throw'),
    failureThreshold: raw.runtime?.breaker?.failure_threshold ?? 1,
    coolDownMs: raw.runtime?.breaker?.cool_down_ms ?? DEFAULT_COOL_DOWN_MS,
    halfOpenSuccesses: raw.runtime?.breaker?.half_open_successes ?? 1,
  };

  return {
    id: raw.id,
    title: raw.title,
    description: raw.description,
    severity: raw.severity,
    scope: raw.scope,
    events: eventFilters === 0 ? undefined : [...new Set(events)],
    filters,
    clauses,
    owners: raw.owners ?? [],
    tags: raw.tags ?? [],
    runtime,
    location,
    raw: raw as unknown as Record<string, unknown>,
  };
}

/** Rejects absolute paths and `..` segments in configured paths and globs. */
export function assertInside(pattern: string, key: string): void {
  if (isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
    throw new MaestroError(
      'INV_INVALID',
      `\`${key}\` (${pattern}) must be a path inside the repository: no absolute paths, no \`..\`.`,
    );
  }
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

function position(
  lines: LineCounter,
  node: Node | null | undefined,
): { line: number; column: number } {
  const pos = lines.linePos(node?.range?.[0] ?? 0);
  return { line: pos.line, column: pos.col };
}

function positionAt(
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
function exprStart(
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
function shift(
  start: { line: number; column: number; indent?: number },
  line: number,
  column: number,
): { line: number; column: number } {
  if (line <= 1) return { line: start.line, column: start.column + column - 1 };
  return { line: start.line + line - 1, column: (start.indent ?? 0) + column };
}
