/**
 * Predicates compiled by the shared closure compiler in json mode over a bindings object: the
 * fast path of {@link compileCel}. A closure either computes what `@bufbuild/cel` computes or
 * refuses ({@link REFUSED}), and then the library answers.
 */
import { TYPE_IDENTS } from './check.js';
import {
  BOOL,
  CelEvalError,
  compileClosure,
  DEFAULT_MAX_COMPREHENSION_NESTING,
  DEFAULT_MAX_COST,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_EVAL_MS,
  DOUBLE,
  DYN,
  INT,
  listOf,
  mapOf,
  opsFor,
  REFUSED,
  STRING,
  type CelT,
  type Scope,
} from './closure/index.js';
import type { CelTypeName, CompileOptions } from './options.js';

interface JsonEnv {
  b: Readonly<Record<string, unknown>>;
  l: unknown[];
}

const JSON_OPS = opsFor('json');
const EMPTY_BINDINGS: Readonly<Record<string, unknown>> = Object.freeze({});
/** What a predicate closure returns when the library must answer. */
export const UNDECIDED: unique symbol = Symbol('undecided');

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
export function jsonClosure(
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
