/**
 * The shared CEL layer of Maestro Gate: one small, stable API over `@bufbuild/cel` used by the
 * invariant gate, the bounded model-check gate and the runtime library.
 *
 * Contract:
 * - {@link compileCel} parses, checks and plans an expression once; it throws
 *   {@link CelCompileError} (with `offset`, `line`, `column` inside the expression, so callers
 *   can add the position of the expression in their own file) and never returns a program
 *   that exceeds the limits.
 * - {@link CelProgram.evaluate} runs the planned expression many times; it throws
 *   {@link CelEvalError} on any CEL runtime error (missing field, no matching overload,
 *   division by zero, overflow, deadline) and never returns a CEL error value.
 * - {@link CelProgram.evalBool} is the fast path for predicates: it returns a JS boolean or
 *   throws {@link CelEvalError} (kind `type`) when the result is anything else.
 *
 * Numbers. CEL has distinct `int` (64-bit), `uint` and `double` types and no implicit
 * conversion in arithmetic: `1 + 2.0` is an error, while comparisons across numeric types
 * (`x <= 3` with `x` a double) are fine. Bindings are handed to CEL as given:
 * a JS `number` is a CEL `double`, a `bigint` is a CEL `int`. JSON has one number type, so
 * trace records parsed with `JSON.parse` carry doubles (the convention of cel-go's
 * `google.protobuf.Struct`): compare freely, but write `retries + 1.0` or `int(retries) + 1`
 * for arithmetic with literals. Callers that model integers (state variables of a spec) should
 * bind them as `bigint`, or convert a JSON-like value with {@link toCelInput}
 * (`integers: 'int'`). Results converted with {@link toPlain}: `int`/`uint` → `bigint`
 * (lossless; binding it again keeps the CEL type), `double` → `number`, list → array,
 * map → plain object (string keys) or `Map` (other keys), bytes → `Uint8Array`,
 * everything else (timestamps, durations, types) as the library's value.
 *
 * Limits. Expression length ({@link DEFAULT_MAX_LENGTH}), AST nesting
 * ({@link DEFAULT_MAX_DEPTH}) and macro nesting ({@link DEFAULT_MAX_COMPREHENSION_NESTING})
 * are enforced at compile time. Without macros, evaluation time is linear in the expression
 * size; with macros it is bounded by the size of the bound lists to the power of the macro
 * nesting. JavaScript cannot pre-empt a synchronous evaluation, so programs that contain
 * macros are also timed and an evaluation that takes longer than `maxEvalMs`
 * ({@link DEFAULT_MAX_EVAL_MS}) fails with {@link CelEvalError} (kind `deadline`); callers
 * bound the size of the data they bind (the invariant gate bounds trace line length).
 */
import {
  celEnv,
  isCelError,
  isCelList,
  isCelMap,
  isCelUint,
  parse,
  plan,
  type CelEnv,
} from '@bufbuild/cel';
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import { checkExpr, type CheckSummary } from './check.js';
import { compileFastPredicate, FALLBACK } from './fast.js';

/** Default maximum expression length, in UTF-16 code units. */
export const DEFAULT_MAX_LENGTH = 4096;
/** Default maximum AST nesting depth. */
export const DEFAULT_MAX_DEPTH = 32;
/** Default maximum nesting of macros (`all`, `exists`, `exists_one`, `map`, `filter`). */
export const DEFAULT_MAX_COMPREHENSION_NESTING = 2;
/** Default time limit of one evaluation of a program that contains macros, in milliseconds. */
export const DEFAULT_MAX_EVAL_MS = 250;

/** A CEL value type name as the checker infers it (`dyn` when unknown). */
export type CelTypeName =
  | 'bool'
  | 'int'
  | 'uint'
  | 'double'
  | 'string'
  | 'bytes'
  | 'list'
  | 'map'
  | 'null_type'
  | 'timestamp'
  | 'duration'
  | 'type'
  | 'dyn';

/** Options of {@link compileCel}. */
export interface CompileOptions {
  /** Maximum expression length (default {@link DEFAULT_MAX_LENGTH}). */
  maxLength?: number;
  /** Maximum AST nesting depth (default {@link DEFAULT_MAX_DEPTH}). */
  maxDepth?: number;
  /** Maximum macro nesting (default {@link DEFAULT_MAX_COMPREHENSION_NESTING}). */
  maxComprehensionNesting?: number;
  /** Time limit of one evaluation of a program with macros (default {@link DEFAULT_MAX_EVAL_MS}). */
  maxEvalMs?: number;
  /**
   * Declared variables and their types. When given, any other free identifier is a compile
   * error (`undeclared reference`). When absent, every identifier is `dyn` and is looked up in
   * the bindings at evaluation time (a missing one is a {@link CelEvalError}).
   */
  variables?: Readonly<Record<string, CelTypeName>>;
  /** When set, the checker rejects expressions whose inferred type is known and different. */
  expect?: CelTypeName;
  /** Set to false to evaluate predicates with the library only (tests compare both paths). */
  fastPath?: boolean;
  /** The clock used for the evaluation deadline (injectable for tests; default `performance.now`). */
  clock?: () => number;
}

/** Why compilation failed. */
export type CelCompileErrorKind = 'syntax' | 'type' | 'limit';

/**
 * An expression that cannot be compiled. `offset` (0-based), `line` and `column` (1-based) are
 * positions inside the expression source; callers add the position where the expression
 * starts in their own file.
 */
export class CelCompileError extends Error {
  override readonly name = 'CelCompileError';
  /** `syntax` (parse error), `type` (checker), `limit` (size, depth, nesting). */
  readonly kind: CelCompileErrorKind;
  /** The problem without position prefix. */
  readonly detail: string;
  readonly offset: number;
  readonly line: number;
  readonly column: number;

  constructor(
    kind: CelCompileErrorKind,
    detail: string,
    source: string,
    offset: number,
    cause?: unknown,
  ) {
    const { line, column } = lineColumn(source, offset);
    super(
      `${kind === 'syntax' ? 'syntax error' : kind === 'type' ? 'type error' : 'limit exceeded'} at ${line}:${column}: ${detail}`,
      {
        cause,
      },
    );
    this.kind = kind;
    this.detail = detail;
    this.offset = offset;
    this.line = line;
    this.column = column;
  }
}

/** Why evaluation failed. */
export type CelEvalErrorKind = 'runtime' | 'type' | 'deadline';

/**
 * A CEL runtime error (missing field, no matching overload, division by zero, overflow), a
 * non-boolean predicate result (`type`) or an evaluation past its deadline (`deadline`).
 * `offset`, `line`, `column` locate the failing sub-expression when the library reports it.
 */
export class CelEvalError extends Error {
  override readonly name = 'CelEvalError';
  readonly kind: CelEvalErrorKind;
  readonly detail: string;
  readonly offset: number | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(
    kind: CelEvalErrorKind,
    detail: string,
    source: string,
    offset?: number,
    cause?: unknown,
  ) {
    const pos = offset === undefined ? undefined : lineColumn(source, offset);
    super(
      pos === undefined ? detail : `${detail} (at ${pos.line}:${pos.column} of the expression)`,
      { cause },
    );
    this.kind = kind;
    this.detail = detail;
    this.offset = offset;
    this.line = pos?.line;
    this.column = pos?.column;
  }
}

/** A compiled expression: planned once, evaluated many times. Not thread-bound; stateless. */
export interface CelProgram {
  /** The expression source. */
  readonly source: string;
  /** The inferred result type (`dyn` when it depends on the bindings). */
  readonly type: CelTypeName;
  /** Free identifiers the expression reads, sorted. */
  readonly identifiers: readonly string[];
  /** True when the expression contains macros (and is therefore timed). */
  readonly hasMacros: boolean;
  /**
   * Evaluates with the given bindings (top-level variables by name) and returns the result
   * converted by {@link toPlain}. Throws {@link CelEvalError}.
   */
  evaluate(bindings: Readonly<Record<string, unknown>>): unknown;
  /** Evaluates and returns the raw CEL value (no conversion). Throws {@link CelEvalError}. */
  evaluateRaw(bindings: Readonly<Record<string, unknown>>): unknown;
  /** Evaluates a predicate: returns the boolean, throws {@link CelEvalError} otherwise. */
  evalBool(bindings: Readonly<Record<string, unknown>>): boolean;
}

let sharedEnv: CelEnv | undefined;

/** The one CEL environment (standard library only, no extensions); created lazily. */
export function celEnvironment(): CelEnv {
  sharedEnv ??= celEnv();
  return sharedEnv;
}

/** A parsed CEL expression: the AST with source positions (offsets by expression id). */
export type ParsedCel = ReturnType<typeof parse>;

/**
 * Parses a CEL expression without checking or planning it, for callers that compile the AST
 * themselves (the model checker compiles guards to closures). Throws the library's syntax
 * error, whose message starts with `<input>:LINE:COLUMN:`.
 */
export function parseCel(source: string): ParsedCel {
  return parse(source);
}

/**
 * Compiles a CEL expression. Throws {@link CelCompileError} on syntax errors, checker errors
 * (unknown function, impossible operand types, undeclared variable when `variables` is given,
 * result type differing from `expect`) and limit violations.
 */
export function compileCel(source: string, opts: CompileOptions = {}): CelProgram {
  if (typeof source !== 'string')
    throw new CelCompileError('syntax', 'the expression must be a string', '', 0);
  const maxLength = opts.maxLength ?? DEFAULT_MAX_LENGTH;
  if (source.length > maxLength) {
    throw new CelCompileError(
      'limit',
      `the expression is ${source.length} characters long; the limit is ${maxLength}. Split it into several assertions.`,
      source,
      maxLength,
    );
  }
  if (source.trim() === '')
    throw new CelCompileError('syntax', 'the expression is empty', source, 0);

  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(source);
  } catch (thrown) {
    if (thrown instanceof RangeError) {
      throw new CelCompileError(
        'limit',
        'the expression is nested too deeply to parse',
        source,
        0,
        thrown,
      );
    }
    const loc = (thrown as { location?: { start?: { offset?: number } } }).location?.start?.offset;
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    throw new CelCompileError(
      'syntax',
      message.replace(/^<input>:\d+:\d+: /, ''),
      source,
      loc ?? 0,
      thrown,
    );
  }

  const env = celEnvironment();
  const positions = parsed.sourceInfo?.positions ?? {};
  const offsetOf = (id: bigint | undefined): number => {
    if (id === undefined) return 0;
    const p = (positions as Record<string, number>)[id.toString()];
    return typeof p === 'number' ? p : 0;
  };
  const declared =
    opts.variables === undefined ? undefined : new Map(Object.entries(opts.variables));
  const checked = checkExpr(
    env,
    parsed.expr,
    {
      maxDepth: opts.maxDepth ?? DEFAULT_MAX_DEPTH,
      maxComprehensionNesting: opts.maxComprehensionNesting ?? DEFAULT_MAX_COMPREHENSION_NESTING,
    },
    declared,
  );
  if (!checked.ok) {
    throw new CelCompileError(
      checked.problem.kind,
      checked.problem.message,
      source,
      offsetOf(checked.problem.exprId),
    );
  }
  const summary: CheckSummary = checked.summary;
  if (opts.expect !== undefined && summary.type !== 'dyn' && summary.type !== opts.expect) {
    throw new CelCompileError(
      'type',
      `the expression must yield ${opts.expect}, but yields ${summary.type}`,
      source,
      0,
    );
  }

  let fn: (bindings: Record<string, unknown>) => unknown;
  try {
    fn = plan(env, parsed) as unknown as (bindings: Record<string, unknown>) => unknown;
  } catch (thrown) {
    throw new CelCompileError(
      'type',
      thrown instanceof Error ? thrown.message : String(thrown),
      source,
      0,
      thrown,
    );
  }

  const hasMacros = summary.comprehensionNesting > 0;
  const maxEvalMs = opts.maxEvalMs ?? DEFAULT_MAX_EVAL_MS;
  const clock = opts.clock ?? (() => performance.now());

  const fail = (value: unknown): never => {
    const err = value as { message?: string; exprId?: bigint };
    throw new CelEvalError(
      'runtime',
      err.message ?? 'evaluation failed',
      source,
      offsetOf(err.exprId),
      value,
    );
  };

  // Wrapping plan() once more costs a function call; the timed variant is chosen at compile
  // time so that linear programs pay nothing for the deadline.
  const evalRaw = hasMacros
    ? (bindings: Readonly<Record<string, unknown>>): unknown => {
        const started = clock();
        const value = runPlanned(fn, bindings, source);
        const took = clock() - started;
        if (took > maxEvalMs) {
          throw new CelEvalError(
            'deadline',
            `evaluation took ${Math.round(took)} ms, more than the limit of ${maxEvalMs} ms`,
            source,
          );
        }
        if (isCelError(value)) fail(value);
        return value;
      }
    : (bindings: Readonly<Record<string, unknown>>): unknown => {
        const value = runPlanned(fn, bindings, source);
        if (isCelError(value)) fail(value);
        return value;
      };

  const slowBool = (bindings: Readonly<Record<string, unknown>>): boolean => {
    const value = evalRaw(bindings);
    if (value === true || value === false) return value;
    throw new CelEvalError(
      'type',
      `the expression yielded ${describeCelValue(value)}, not a bool`,
      source,
    );
  };
  // Linear predicates over plain JSON values skip the interpreter (see fast.ts); anything the
  // fast path cannot decide exactly is evaluated by the library.
  const fast = hasMacros || opts.fastPath === false ? undefined : compileFastPredicate(parsed.expr);

  return {
    source,
    type: summary.type as CelTypeName,
    identifiers: summary.identifiers,
    hasMacros,
    evaluate: (bindings) => toPlain(evalRaw(bindings)),
    evaluateRaw: evalRaw,
    evalBool:
      fast === undefined
        ? slowBool
        : (bindings) => {
            const v = fast(bindings);
            return v === FALLBACK ? slowBool(bindings) : v;
          },
  };
}

/** Runs a planned function; a JS exception inside the library becomes a {@link CelEvalError}. */
function runPlanned(
  fn: (bindings: Record<string, unknown>) => unknown,
  bindings: Readonly<Record<string, unknown>>,
  source: string,
): unknown {
  try {
    return fn(bindings);
  } catch (thrown) {
    throw new CelEvalError(
      'runtime',
      `the evaluator failed: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
      source,
      undefined,
      thrown,
    );
  }
}

/** Short human description of a CEL value, for error messages. */
export function describeCelValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'bigint') return `the int ${value}`;
  if (typeof value === 'number') return `the double ${value}`;
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (isCelUint(value)) return `the uint ${value.value}`;
  if (isCelList(value)) return `a list of ${value.size}`;
  if (isCelMap(value)) return `a map of ${value.size}`;
  if (value instanceof Uint8Array) return 'bytes';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/**
 * Converts a CEL value to plain JS: `int`/`uint` → `bigint`, `double` → `number`, list → array,
 * map → plain object with a null prototype (all keys strings) or `Map` (other keys), other
 * values unchanged.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isCelUint(value)) return value.value;
  if (isCelList(value)) {
    const out: unknown[] = [];
    for (const v of value) out.push(toPlain(v));
    return out;
  }
  if (isCelMap(value)) {
    const entries = [...value.entries()];
    if (entries.every(([k]) => typeof k === 'string')) {
      const out = Object.create(null) as Record<string, unknown>;
      for (const [k, v] of entries) out[k as string] = toPlain(v);
      return out;
    }
    return new Map(entries.map(([k, v]) => [isCelUint(k) ? k.value : k, toPlain(v)]));
  }
  return value;
}

/** Options of {@link toCelInput}. */
export interface CelInputOptions {
  /** `double` (default): every number stays a CEL double. `int`: safe integers become CEL ints. */
  integers?: 'double' | 'int';
}

/**
 * Prepares a JSON-like value for binding: with `integers: 'int'`, every safe-integer `number`
 * (recursively, in arrays and plain objects) becomes a `bigint` so CEL sees an `int`.
 */
export function toCelInput(value: unknown, opts: CelInputOptions = {}): unknown {
  if (opts.integers !== 'int') return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'number') return Number.isSafeInteger(v) ? BigInt(v) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value);
}

/** 1-based line and column of a 0-based offset in `source` (columns count UTF-16 units). */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), source.length);
  for (let i = 0; i < end; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Re-exported for callers that inspect the AST (the model-check gate's fingerprints, docs). */
export type { Expr as CelExpr };
