/**
 * A small static checker over the CEL AST produced by `@bufbuild/cel`'s parser.
 *
 * `@bufbuild/cel` does not export its type checker, and trace records are free-form JSON, so
 * a full declaration-based check is not possible anyway. This checker does what can be done
 * soundly without declarations: it enforces the size limits, rejects unknown functions and
 * undeclared variables (when variables are declared), and infers types bottom-up from
 * literals and function signatures so that `1 + "a"`, `size(1)` or `!3` are rejected at load
 * time instead of failing on the first record. Unknown identifiers are `dyn` and never fail.
 */
import type { CelEnv } from '@bufbuild/cel';
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import { OPERATOR_NAMES } from './closure/functions.js';

/** A problem found while checking, with the AST node it concerns. */
export interface CheckProblem {
  kind: 'type' | 'limit';
  message: string;
  /** Expression id (see `SourceInfo.positions`) of the offending node, when known. */
  exprId?: bigint;
}

/** Limits the checker enforces. */
export interface CheckLimits {
  maxDepth: number;
  maxComprehensionNesting: number;
}

/** What the checker learnt about an expression. */
export interface CheckSummary {
  /** Inferred type of the whole expression (`dyn` when unknown). */
  type: string;
  /** Deepest AST nesting seen. */
  depth: number;
  /** Deepest comprehension (macro) nesting seen; 0 means evaluation is linear in the AST. */
  comprehensionNesting: number;
  /** Free identifiers the expression reads (top-level variable names). */
  identifiers: string[];
}

class CheckFailure extends Error {
  constructor(readonly problem: CheckProblem) {
    super(problem.message);
  }
}

/** Identifiers that name CEL types (`int`, `type`, …) rather than variables. */
export const TYPE_IDENTS: ReadonlySet<string> = new Set([
  'int',
  'uint',
  'double',
  'string',
  'bytes',
  'bool',
  'list',
  'map',
  'null_type',
  'type',
  'dyn',
]);

/** Operators the planner implements itself; they are not in the function resolver. */
const BUILTIN_OPS = new Set([
  '_&&_',
  '_||_',
  '_?_:_',
  '@not_strictly_false',
  '_[_]',
  '_[?_]',
  '_?._',
  '@in',
  '!_',
]);

function typeName(t: { kind: string; name: string }): string {
  if (t.kind === 'object') {
    if (t.name === 'google.protobuf.Timestamp') return 'timestamp';
    if (t.name === 'google.protobuf.Duration') return 'duration';
  }
  return t.name;
}

function compatible(actual: string, declared: string): boolean {
  return actual === 'dyn' || declared === 'dyn' || actual === declared;
}

/**
 * Checks an AST. Throws nothing: returns either the summary or the first problem.
 * `declared` lists the variables callers promise to bind (`undefined`: anything goes).
 */
export function checkExpr(
  env: CelEnv,
  root: Expr,
  limits: CheckLimits,
  declared: ReadonlyMap<string, string> | undefined,
): { ok: true; summary: CheckSummary } | { ok: false; problem: CheckProblem } {
  const identifiers = new Set<string>();
  let maxDepth = 0;
  let maxNest = 0;
  const scopes: Map<string, string>[] = [];

  const lookupLocal = (name: string): string | undefined => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const t = scopes[i]!.get(name);
      if (t !== undefined) return t;
    }
    return undefined;
  };

  const fail = (message: string, e: Expr, kind: CheckProblem['kind'] = 'type'): never => {
    throw new CheckFailure({ kind, message, exprId: e.id });
  };

  const visit = (e: Expr, depth: number, nest: number): string => {
    if (depth > limits.maxDepth) {
      fail(
        `expression nesting exceeds the limit of ${limits.maxDepth} levels; split it into several assertions`,
        e,
        'limit',
      );
    }
    if (depth > maxDepth) maxDepth = depth;
    const k = e.exprKind;
    switch (k.case) {
      case 'constExpr':
        return constType(k.value.constantKind.case);
      case 'identExpr': {
        const name = k.value.name;
        const local = lookupLocal(name);
        if (local !== undefined) return local;
        if (TYPE_IDENTS.has(name)) return 'type';
        identifiers.add(name);
        if (declared !== undefined) {
          const t = declared.get(name);
          if (t === undefined) fail(`undeclared reference to '${name}'`, e);
          return t!;
        }
        return 'dyn';
      }
      case 'selectExpr': {
        const operand = k.value.operand;
        if (operand === undefined) return 'dyn';
        const t = visit(operand, depth + 1, nest);
        if (!['dyn', 'map'].includes(t) && !t.includes('.')) {
          fail(`type '${t}' does not support field selection ('.${k.value.field}')`, e);
        }
        return k.value.testOnly ? 'bool' : 'dyn';
      }
      case 'callExpr': {
        const fn = k.value.function;
        const target = k.value.target;
        const targetType = target === undefined ? undefined : visit(target, depth + 1, nest);
        const argTypes = k.value.args.map((a) => visit(a, depth + 1, nest));
        return callType(fn, targetType, argTypes, e);
      }
      case 'listExpr': {
        for (const el of k.value.elements) visit(el, depth + 1, nest);
        return 'list';
      }
      case 'structExpr': {
        if (k.value.messageName !== '')
          fail(`message construction ('${k.value.messageName}{...}') is not supported`, e);
        for (const entry of k.value.entries) {
          if (entry.keyKind.case === 'mapKey') {
            const kt = visit(entry.keyKind.value, depth + 1, nest);
            if (!['dyn', 'int', 'uint', 'bool', 'string'].includes(kt))
              fail(`unsupported map key type '${kt}'`, e);
          }
          if (entry.value !== undefined) visit(entry.value, depth + 1, nest);
        }
        return 'map';
      }
      case 'comprehensionExpr': {
        const c = k.value;
        const inner = nest + 1;
        if (inner > limits.maxComprehensionNesting) {
          fail(
            `macros (all, exists, exists_one, map, filter) are nested ${inner} deep; the limit is ${limits.maxComprehensionNesting} so that evaluation time stays bounded`,
            e,
            'limit',
          );
        }
        if (inner > maxNest) maxNest = inner;
        const rangeType = c.iterRange === undefined ? 'dyn' : visit(c.iterRange, depth + 1, nest);
        if (!['dyn', 'list', 'map'].includes(rangeType))
          fail(`cannot iterate over a value of type '${rangeType}'`, e);
        const accuType = c.accuInit === undefined ? 'dyn' : visit(c.accuInit, depth + 1, nest);
        scopes.push(new Map([[c.accuVar, accuType]]));
        scopes.push(new Map([[c.iterVar, 'dyn']]));
        if (c.loopCondition !== undefined) visit(c.loopCondition, depth + 1, inner);
        if (c.loopStep !== undefined) visit(c.loopStep, depth + 1, inner);
        scopes.pop();
        const result = c.result === undefined ? 'dyn' : visit(c.result, depth + 1, inner);
        scopes.pop();
        return result;
      }
      case undefined:
        return fail('unsupported expression', e);
    }
  };

  const callType = (
    fn: string,
    targetType: string | undefined,
    argTypes: string[],
    e: Expr,
  ): string => {
    if (BUILTIN_OPS.has(fn)) {
      if (fn === '_&&_' || fn === '_||_') {
        for (const t of argTypes) {
          if (!compatible(t, 'bool'))
            fail(`operator '${fn === '_&&_' ? '&&' : '||'}' needs bool operands, got '${t}'`, e);
        }
        return 'bool';
      }
      if (fn === '!_') {
        if (!compatible(argTypes[0] ?? 'dyn', 'bool'))
          fail(`operator '!' needs a bool operand, got '${argTypes[0]}'`, e);
        return 'bool';
      }
      if (fn === '_?_:_') {
        if (!compatible(argTypes[0] ?? 'dyn', 'bool'))
          fail(`the condition of '?:' must be bool, got '${argTypes[0]}'`, e);
        const [a, b] = [argTypes[1] ?? 'dyn', argTypes[2] ?? 'dyn'];
        return a === b ? a : 'dyn';
      }
      if (fn === '@in') {
        const container = argTypes[1] ?? 'dyn';
        if (!['dyn', 'list', 'map'].includes(container))
          fail(`operator 'in' needs a list or map on the right, got '${container}'`, e);
        return 'bool';
      }
      if (fn === '@not_strictly_false') return 'bool';
      if (fn === '_[_]' || fn === '_[?_]') {
        const container = argTypes[0] ?? 'dyn';
        if (!['dyn', 'list', 'map'].includes(container))
          fail(`cannot index a value of type '${container}'`, e);
        return 'dyn';
      }
      return 'dyn';
    }
    const group = env.funcs.find(fn);
    if (group === undefined) fail(`undeclared reference to function '${fn}'`, e);
    const arity = argTypes.length;
    const shaped = [...group!].filter(
      (f) =>
        (f.target === undefined) === (targetType === undefined) && f.arguments.length === arity,
    );
    const describe = (): string => {
      const parts = targetType === undefined ? argTypes : [targetType, ...argTypes];
      return `'${displayName(fn)}' applied to '(${parts.join(', ')})'`;
    };
    if (shaped.length === 0) fail(`found no matching overload for ${describe()}`, e);
    const matching = shaped.filter(
      (f) =>
        (f.target === undefined || compatible(targetType!, typeName(f.target))) &&
        f.arguments.every((p, i) => compatible(argTypes[i]!, typeName(p))),
    );
    if (matching.length === 0) fail(`found no matching overload for ${describe()}`, e);
    const results = new Set(matching.map((f) => typeName(f.result)));
    return results.size === 1 ? [...results][0]! : 'dyn';
  };

  try {
    const type = visit(root, 1, 0);
    return {
      ok: true,
      summary: {
        type,
        depth: maxDepth,
        comprehensionNesting: maxNest,
        identifiers: [...identifiers].sort(),
      },
    };
  } catch (thrown) {
    if (thrown instanceof CheckFailure) return { ok: false, problem: thrown.problem };
    if (thrown instanceof RangeError) {
      return {
        ok: false,
        problem: { kind: 'limit', message: 'expression is nested too deeply to check' },
      };
    }
    throw thrown;
  }
}

const CONST_TYPES: Record<string, string> = {
  boolValue: 'bool',
  int64Value: 'int',
  uint64Value: 'uint',
  doubleValue: 'double',
  stringValue: 'string',
  bytesValue: 'bytes',
  nullValue: 'null_type',
  durationValue: 'duration',
  timestampValue: 'timestamp',
};

function constType(kind: string | undefined): string {
  return (kind === undefined ? undefined : CONST_TYPES[kind]) ?? 'dyn';
}

function displayName(fn: string): string {
  return OPERATOR_NAMES[fn] ?? fn;
}
