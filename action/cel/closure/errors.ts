/**
 * The one CEL error vocabulary: compile errors (`syntax`, `type`, `limit`) and evaluation
 * errors (`runtime`, `type`, `deadline`, `cost`), shared by the invariant gate, the model
 * checker and the runtime library. Callers map them to their reason codes.
 */

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
      { cause },
    );
    this.kind = kind;
    this.detail = detail;
    this.offset = offset;
    this.line = line;
    this.column = column;
  }
}

/** Why evaluation failed. */
export type CelEvalErrorKind = 'runtime' | 'type' | 'deadline' | 'cost';

/**
 * A CEL runtime error (missing field, no matching overload, division by zero, overflow), a
 * non-boolean predicate result (`type`), an evaluation past its deadline (`deadline`) or past
 * its cost budget (`cost`). `offset`, `line`, `column` locate the failing sub-expression when
 * known.
 */
export class CelEvalError extends Error {
  override readonly name: string = 'CelEvalError';
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

/**
 * The error a compiled closure raises while it evaluates (division by zero, missing key, wrong
 * dynamic type: kind `runtime`; budget exhausted: kind `cost` or `deadline`). It is a
 * {@link CelEvalError} without a source position, so one `instanceof CelEvalError` catches every
 * evaluation failure. Extension functions throw it for a domain error (`mod(1, 0)`).
 */
export class CelRuntimeError extends CelEvalError {
  override readonly name: string = 'CelRuntimeError';
  constructor(detail: string, kind: CelEvalErrorKind = 'runtime') {
    super(kind, detail, '');
  }
}

/**
 * Thrown (never returned) by a closure compiled in `json` mode when it meets a value or an
 * operation whose exact CEL semantics it does not reproduce; the caller then evaluates the
 * expression with `@bufbuild/cel`. Never escapes {@link compileClosure}'s wrappers.
 */
export const REFUSED: Error = Object.freeze(
  new Error('the closure compiler leaves this evaluation to the library'),
);

/** True for an evaluation failure that must never be absorbed (`false && …`, loop conditions). */
export function isBudgetError(thrown: unknown): boolean {
  return thrown instanceof CelEvalError && (thrown.kind === 'cost' || thrown.kind === 'deadline');
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
