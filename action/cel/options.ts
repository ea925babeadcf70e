/** The public types of the shared CEL layer: type names, compile options and the program. */
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
