/**
 * The compiled form of invariants, shared by the invariant gate (traces in CI) and the runtime
 * library (guards and circuit breakers in services).
 */
import type { CelProgram } from '../../cel/index.js';
import type { SourceLocation } from '../../contract/errors.js';
import type { MessageTemplate } from './template.js';

/** Invariant severities, most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A CEL expression compiled at load time, with where it was written. */
export interface CompiledExpr {
  readonly source: string;
  readonly program: CelProgram;
  /** Position of the expression's first character in the invariant file. */
  readonly location: SourceLocation;
}

interface ClauseBase {
  /** `assert[0]`, `temporal[1]`, ...: where the clause sits in its invariant. */
  readonly path: string;
  readonly message: MessageTemplate | undefined;
  readonly location: SourceLocation;
}

/** `always p` (also every `assert` item) and `never p`: checked on each matching record. */
export interface StateClause extends ClauseBase {
  readonly op: 'always' | 'never';
  readonly expr: CompiledExpr;
}

/** `eventually p within N`: among the first N matching records of each run, one satisfies p. */
export interface EventuallyClause extends ClauseBase {
  readonly op: 'eventually';
  readonly expr: CompiledExpr;
  readonly within: number | undefined;
}

/** `p leads_to q within N`: every record satisfying p is followed by one satisfying q. */
export interface LeadsToClause extends ClauseBase {
  readonly op: 'leads_to';
  readonly p: CompiledExpr;
  readonly q: CompiledExpr;
  readonly within: number | undefined;
}

export type Clause = StateClause | EventuallyClause | LeadsToClause;

/** How the runtime library enforces an invariant. */
export interface RuntimePolicy {
  readonly onViolation: 'throw' | 'warn' | 'trip';
  readonly failureThreshold: number;
  readonly coolDownMs: number;
  readonly halfOpenSuccesses: number;
}

/** One loaded, compiled invariant. */
export interface CompiledInvariant {
  readonly id: string;
  readonly title: string;
  readonly description: string | undefined;
  readonly severity: Severity;
  /** Record scope, or `*` for every scope. */
  readonly scope: string;
  /** Events the `when` filters allow (`undefined`: every event). */
  readonly events: readonly string[] | undefined;
  /** `when` expression filters, all of which must hold. */
  readonly filters: readonly CompiledExpr[];
  readonly clauses: readonly Clause[];
  readonly owners: readonly string[];
  readonly tags: readonly string[];
  readonly runtime: RuntimePolicy;
  /** Where the invariant starts (its `id` key). */
  readonly location: SourceLocation;
  /** The invariant's document as written (plain JSON). */
  readonly raw: Readonly<Record<string, unknown>>;
}

/** A file the loader read, with its digest. */
export interface LoadedFile {
  /** Path relative to the root it was loaded from, with forward slashes. */
  readonly file: string;
  /** `sha256:<hex>` of the file's bytes. */
  readonly digest: string;
}

/** What the loader returns. */
export interface InvariantSet {
  readonly invariants: readonly CompiledInvariant[];
  readonly files: readonly LoadedFile[];
  /** Lookup by id. */
  readonly byId: ReadonlyMap<string, CompiledInvariant>;
}
