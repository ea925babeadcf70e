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
  plan,
  type CelEnv,
} from '@bufbuild/cel';
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import { checkExpr, TYPE_IDENTS, type CheckSummary } from './check.js';
import {
  CelCompileError,
  CelEvalError,
  compileClosure,
  DEFAULT_MAX_COMPREHENSION_NESTING,
  DEFAULT_MAX_COST,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_EVAL_MS,
  DEFAULT_MAX_LENGTH,
  DOUBLE,
  DYN,
  INT,
  BOOL,
  STRING,
  listOf,
  mapOf,
  offsetFinder,
  opsFor,
  parseExpression,
  REFUSED,
  type CelT,
  type ParsedCel,
  type Scope,
} from './closure/index.js';

export {
  CelCompileError,
  CelEvalError,
  DEFAULT_MAX_COMPREHENSION_NESTING,
  DEFAULT_MAX_COST,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_EVAL_MS,
  DEFAULT_MAX_LENGTH,
  type ParsedCel,
};
export type { CelCompileErrorKind, CelEvalErrorKind } from './closure/index.js';
export { lineColumn } from './closure/index.js';

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
  /** Cost budget of one evaluation, in loop iterations (default {@link DEFAULT_MAX_COST}). */
  maxCost?: number;
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

/**
 * Parses a CEL expression without checking or planning it (cached by source; the length limit
 * applies). Throws {@link CelCompileError}.
 */
export function parseCel(source: string): ParsedCel {
  return parseExpression(source);
}

/**
 * Compiles a CEL expression. Throws {@link CelCompileError} on syntax errors, checker errors
 * (unknown function, impossible operand types, undeclared variable when `variables` is given,
 * result type differing from `expect`) and limit violations.
 */
export function compileCel(source: string, opts: CompileOptions = {}): CelProgram {
  const parsed = parseExpression(source, opts.maxLength ?? DEFAULT_MAX_LENGTH);

  const env = celEnvironment();
  const offsetOf = offsetFinder(parsed);
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
  // Predicates run as closures compiled by the shared compiler (json mode): exact where they
  // answer, and bounded by the cost budget; whatever they refuse (or fail on) is answered by
  // the library, so values and error messages are always the library's.
  const fast =
    opts.fastPath === false
      ? undefined
      : jsonClosure(source, opts, summary.comprehensionNesting > 0 ? clock : undefined);

  return {
    source,
    type: summary.type as CelTypeName,
    identifiers: summary.identifiers,
    hasMacros,
    evaluate: (bindings) => {
      const raw = evalRaw(bindings);
      try {
        return toPlain(raw);
      } catch (thrown) {
        throw new CelEvalError(
          'runtime',
          `the result cannot be converted: ${String(thrown)}`,
          source,
          undefined,
          thrown,
        );
      }
    },
    evaluateRaw: evalRaw,
    evalBool:
      fast === undefined
        ? slowBool
        : (bindings) => {
            const v = fast(bindings);
            return v === true || v === false ? v : slowBool(bindings);
          },
  };
}

interface JsonEnv {
  b: Readonly<Record<string, unknown>>;
  l: unknown[];
}

const JSON_OPS = opsFor('json');
const EMPTY_BINDINGS: Readonly<Record<string, unknown>> = Object.freeze({});
const UNDECIDED = Symbol('undecided');

const TYPE_OF_NAME: Partial<Record<CelTypeName, CelT>> = {
  bool: BOOL,
  int: INT,
  double: DOUBLE,
  string: STRING,
  list: listOf(DYN),
  map: mapOf(DYN, DYN),
};

/**
 * Compiles `source` with the shared closure compiler in json mode over a bindings object, or
 * returns `undefined` when the expression is outside the compiled subset. The function
 * returns the closure's value (JSON numbers are doubles, bigints ints, plain objects maps) and
 * throws `CelRuntimeError` (kind `runtime`, `cost` or `deadline`) or {@link REFUSED}. Exposed
 * for the differential test against the library; product code uses {@link compileCel}.
 */
export function compileJsonClosure(
  source: string,
  opts: CompileOptions = {},
  clock?: () => number,
): ((b: Readonly<Record<string, unknown>>) => unknown) | undefined {
  const compiled = buildJson(source, opts, clock);
  if (compiled === undefined) return undefined;
  const { fn, slots } = compiled;
  return (b) => {
    const v = fn({ b, l: new Array<unknown>(slots) });
    if (typeof v === 'object' && v !== null) admitDeep(v);
    return v;
  };
}

function buildJson(
  source: string,
  opts: CompileOptions,
  clock: (() => number) | undefined,
): { fn: (env: JsonEnv) => unknown; slots: number } | undefined {
  const scope = jsonScope(opts.variables);
  try {
    const compiled = compileClosure<JsonEnv>(source, {
      mode: 'json',
      scope,
      qualified: (env, name) => Object.hasOwn(env.b, name),
      maxDepth: opts.maxDepth ?? DEFAULT_MAX_DEPTH,
      maxComprehensionNesting: opts.maxComprehensionNesting ?? DEFAULT_MAX_COMPREHENSION_NESTING,
      maxEvalMs: opts.maxEvalMs ?? DEFAULT_MAX_EVAL_MS,
      maxCost: opts.maxCost ?? DEFAULT_MAX_COST,
      ...(clock === undefined ? {} : { clock }),
    });
    return { fn: compiled.fn, slots: compiled.slots };
  } catch {
    // Outside the compiled subset (the checker already accepted it): the library evaluates.
    return undefined;
  }
}

function jsonScope(variables: CompileOptions['variables']): Scope<JsonEnv> {
  const scope: Scope<JsonEnv> = {
    lookup(name) {
      if (TYPE_IDENTS.has(name)) return undefined;
      const declared = variables?.[name];
      return {
        kind: 'closure',
        t: (declared === undefined ? undefined : TYPE_OF_NAME[declared]) ?? DYN,
        fn: (env) => {
          const b = env.b;
          if (!Object.hasOwn(b, name)) throw REFUSED;
          return JSON_OPS.admit(b[name]);
        },
      };
    },
    known: () => [],
  };
  return scope;
}

/** Refuses a result that holds a value the library would not accept, at any depth. */
function admitDeep(v: unknown): void {
  JSON_OPS.admit(v);
  if (Array.isArray(v)) for (const x of v) admitDeep(x);
  else if (typeof v === 'object' && v !== null)
    for (const x of Object.values(v as Record<string, unknown>)) admitDeep(x);
}

/**
 * The predicate as a closure: returns a boolean, or {@link UNDECIDED} when the closure refused
 * or failed (the caller asks the library); a cost or deadline overrun throws
 * {@link CelEvalError}.
 */
function jsonClosure(
  source: string,
  opts: CompileOptions,
  clock: (() => number) | undefined,
): ((b: Readonly<Record<string, unknown>>) => boolean | typeof UNDECIDED) | undefined {
  const compiled = buildJson(source, opts, clock);
  if (compiled === undefined) return undefined;
  const { fn, slots } = compiled;
  const shared: JsonEnv = { b: EMPTY_BINDINGS, l: new Array<unknown>(slots) };
  let busy = false;
  return (b) => {
    // A getter in the bindings could re-enter this predicate: it gets an environment of its own.
    let env = shared;
    if (busy) env = { b, l: new Array<unknown>(slots) };
    else {
      busy = true;
      shared.b = b;
    }
    try {
      const v = fn(env);
      return v === true || v === false ? v : UNDECIDED;
    } catch (thrown) {
      if (thrown instanceof CelEvalError && (thrown.kind === 'cost' || thrown.kind === 'deadline'))
        throw new CelEvalError(thrown.kind, thrown.detail, source, undefined, thrown);
      return UNDECIDED;
    } finally {
      if (env === shared) busy = false;
    }
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

/** Re-exported for callers that inspect the AST (the model-check gate's fingerprints, docs). */
export type { Expr as CelExpr };
