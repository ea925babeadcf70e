import type { ReasonCode } from './codebook.js';

/** Where in a file something is. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/** Formats a location as `file:line:column` (omitting what is unknown). */
export function formatLocation(loc: SourceLocation): string {
  let out = loc.file;
  if (loc.line !== undefined) {
    out += `:${loc.line}`;
    if (loc.column !== undefined) out += `:${loc.column}`;
  }
  return out;
}

/**
 * The one error type of Maestro Gate: a reason code from the codebook, a message that says
 * what was wrong, where, and what to do, and the underlying cause.
 */
export class MaestroError extends Error {
  override readonly name: string = 'MaestroError';
  readonly code: ReasonCode;
  readonly location: SourceLocation | undefined;

  constructor(
    code: ReasonCode,
    message: string,
    options: { cause?: unknown; location?: SourceLocation } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.location = options.location;
  }
}

/**
 * The one normaliser of thrown values: a `MaestroError` stays as it is; anything else — an
 * Error, a string (opa-wasm's abort throws one), `undefined`, a plain object — becomes a
 * `MaestroError` with `code` (or `nonErrorCode` when the value is not an Error at all), a
 * readable message prefixed by `context`, and the value as its cause. None of them may slip
 * through a `catch` that only handles `instanceof Error`.
 */
export function normaliseThrown(
  thrown: unknown,
  code: ReasonCode,
  options: { context?: string; nonErrorCode?: ReasonCode } = {},
): MaestroError {
  if (thrown instanceof MaestroError) return thrown;
  const detail = describeThrown(thrown);
  const message = options.context === undefined ? detail : `${options.context}: ${detail}`;
  const chosen = thrown instanceof Error ? code : (options.nonErrorCode ?? code);
  return new MaestroError(chosen, message, { cause: thrown });
}

/**
 * Any thrown value as an Error with a readable message (see `normaliseThrown`, which this
 * delegates to for everything that is not already an Error).
 */
export function toError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  return normaliseThrown(thrown, 'GATE_THREW_NON_ERROR');
}

/** A one-line description of any thrown value. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message || thrown.name;
  if (typeof thrown === 'string') return thrown === '' ? 'an empty string was thrown' : thrown;
  if (thrown === undefined) return 'undefined was thrown';
  if (thrown === null) return 'null was thrown';
  try {
    return `a non-Error value was thrown: ${JSON.stringify(thrown)}`;
  } catch {
    return `a non-Error value was thrown: ${Object.prototype.toString.call(thrown)}`;
  }
}
