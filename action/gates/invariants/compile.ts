/** Compiles a parsed invariant: its CEL expressions, filters, clauses and runtime policy. */
import { CelCompileError, compileCel, type CompileOptions } from '../../cel/index.js';
import { MaestroError, type SourceLocation } from '../../contract/errors.js';
import { nodeAt } from '../../config/yaml-source.js';
import type { Clause, CompiledExpr, CompiledInvariant, RuntimePolicy } from './model.js';
import type { Located } from './parse.js';
import { parseTemplate } from './template.js';
import { exprStart, positionAt, shift } from './yaml-positions.js';

/** Limits applied to every expression (see `action/cel`). */
export type ExpressionLimits = Pick<
  CompileOptions,
  'maxLength' | 'maxDepth' | 'maxComprehensionNesting' | 'maxEvalMs' | 'maxCost'
>;

const DEFAULT_COOL_DOWN_MS = 30_000;

/** Compiles one located invariant: every CEL expression once, positions in its file. */
export function compileInvariant(l: Located, limits: ExpressionLimits): CompiledInvariant {
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
