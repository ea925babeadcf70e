/**
 * Compiles the CEL expressions of a spec to JavaScript closures over the decoded state.
 *
 * `@bufbuild/cel` parses (it passes the cel-spec conformance suite, so the syntax and the macro
 * expansion are exactly CEL's); this module type-checks the AST against the spec's finite
 * types and turns it into closures, because the search evaluates every guard of every action
 * in every state and an interpreter per evaluation would dominate the run time. Semantics
 * follow CEL for the supported subset (differentially tested against `@bufbuild/cel`):
 * ints are exact (an int outside ±2^53 is an evaluation error rather than int64 wrap-around,
 * which the spec's finite domains make unreachable in practice), `&&`/`||` absorb errors
 * the way CEL's commutative logic does, and a missing key or index is an error.
 */
import { parseCel, type ParsedCel } from '../../cel/index.js';
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import {
  FnValue,
  FunctionType,
  RecordType,
  SetType,
  UnionType,
  isRecordValue,
  show,
  type FiniteType,
} from './domain.js';

/** The static type of an expression. `dyn` is unknown and checked at run time. */
export type CelT =
  | { k: 'bool' }
  | { k: 'int' }
  | { k: 'string' }
  | { k: 'list'; elem: CelT }
  | { k: 'map'; key: CelT; val: CelT }
  | { k: 'record'; fields: Map<string, CelT>; partial: boolean }
  | { k: 'dyn' };

const BOOL: CelT = { k: 'bool' };
const INT: CelT = { k: 'int' };
const STRING: CelT = { k: 'string' };
const DYN: CelT = { k: 'dyn' };

/** The runtime environment of every compiled closure. */
export interface Env {
  /** Decoded values of the current state's variables, by variable index. */
  v: unknown[];
  /** Values of the action's parameters, by parameter index. */
  p: unknown[];
  /** Comprehension variables and accumulators, by slot. */
  l: unknown[];
  /** Decodes variable `i` on first use (states are decoded lazily; `v[i]` is then cached). */
  load(i: number): unknown;
  /** True when element `elem` (its index in the element domain) is in set variable `i`. */
  has(i: number, elem: number): boolean;
}

/** A compiled expression. */
export type Closure = (e: Env) => unknown;

/** What a name refers to. */
export type Binding =
  | { kind: 'var'; index: number; type: FiniteType }
  | { kind: 'const'; value: unknown; t: CelT }
  | { kind: 'param'; index: number; t: CelT }
  | { kind: 'let'; fn: Closure; t: CelT };

/** An error found while compiling, with the offset in the expression it concerns. */
export class ExprError extends Error {
  override readonly name = 'ExprError';
  constructor(
    readonly code: 'MC_SPEC_UNPARSEABLE' | 'MC_TYPE_ERROR',
    message: string,
    /** 0-based offset into the expression text. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** An error raised while evaluating (division by zero, missing key, wrong dynamic type). */
export class CelRuntimeError extends Error {
  override readonly name = 'CelRuntimeError';
}

/** The static type of a finite spec type. */
export function celTypeOf(t: FiniteType): CelT {
  switch (t.kind) {
    case 'bool':
      return BOOL;
    case 'int':
      return INT;
    case 'enum':
      return STRING;
    case 'record': {
      const r = t as unknown as { fields: ReadonlyMap<string, FiniteType> };
      return {
        k: 'record',
        fields: new Map([...r.fields].map(([n, ft]) => [n, celTypeOf(ft)])),
        partial: false,
      };
    }
    case 'set':
    case 'seq':
      return { k: 'list', elem: celTypeOf((t as unknown as { elem: FiniteType }).elem) };
    case 'function': {
      const f = t as unknown as { dom: FiniteType; range: FiniteType };
      return { k: 'map', key: celTypeOf(f.dom), val: celTypeOf(f.range) };
    }
    case 'union': {
      const alts = (t as unknown as { alternatives: FiniteType[] }).alternatives.map(celTypeOf);
      return joinTypes(alts);
    }
  }
}

/** The static type of a constant value. */
export function celTypeOfValue(v: unknown): CelT {
  if (typeof v === 'boolean') return BOOL;
  if (typeof v === 'number') return INT;
  if (typeof v === 'string') return STRING;
  if (Array.isArray(v)) return { k: 'list', elem: joinTypes(v.map(celTypeOfValue)) };
  if (v instanceof FnValue) return { k: 'map', key: DYN, val: DYN };
  if (isRecordValue(v)) {
    return {
      k: 'record',
      fields: new Map(Object.entries(v).map(([n, x]) => [n, celTypeOfValue(x)])),
      partial: false,
    };
  }
  return DYN;
}

function joinTypes(ts: CelT[]): CelT {
  if (ts.length === 0) return DYN;
  const first = ts[0]!;
  if (ts.every((t) => t.k === 'record') && first.k === 'record') {
    const fields = new Map<string, CelT>();
    let partial = false;
    const all = ts.filter((t): t is Extract<CelT, { k: 'record' }> => t.k === 'record');
    for (const r of all) {
      for (const [n, ft] of r.fields) {
        const prev = fields.get(n);
        fields.set(n, prev === undefined ? ft : sameType(prev, ft) ? prev : DYN);
      }
    }
    for (const r of all) if (r.fields.size !== fields.size || r.partial) partial = true;
    return { k: 'record', fields, partial };
  }
  return ts.every((t) => sameType(t, first)) ? first : DYN;
}

function sameType(a: CelT, b: CelT): boolean {
  if (a.k !== b.k) return false;
  if (a.k === 'list' && b.k === 'list') return sameType(a.elem, b.elem);
  if (a.k === 'map' && b.k === 'map') return sameType(a.key, b.key) && sameType(a.val, b.val);
  return true;
}

/** True when values of the two types can ever be compared (CEL's checker rejects the rest). */
function compatible(a: CelT, b: CelT): boolean {
  if (a.k === 'dyn' || b.k === 'dyn') return true;
  const mapLike = (t: CelT): boolean => t.k === 'map' || t.k === 'record';
  if (mapLike(a) && mapLike(b)) return true;
  if (a.k !== b.k) return false;
  if (a.k === 'list' && b.k === 'list') return compatible(a.elem, b.elem);
  return true;
}

/** Renders a static type for messages. */
export function typeName(t: CelT): string {
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the default case handles the rest
  switch (t.k) {
    case 'list':
      return `list(${typeName(t.elem)})`;
    case 'map':
      return `map(${typeName(t.key)}, ${typeName(t.val)})`;
    case 'record':
      return `record{${[...t.fields.keys()].join(', ')}}`;
    default:
      return t.k;
  }
}

/** CEL equality over runtime values. */
export function celEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!celEquals(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  if (!(a instanceof FnValue) && !(b instanceof FnValue)) {
    // Two records: same keys, equal values; no allocation (this is the hot path of `in`).
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    let na = 0;
    for (const k in ra) {
      na++;
      if (!Object.hasOwn(rb, k) || !celEquals(ra[k], rb[k])) return false;
    }
    let nb = 0;
    for (const _ in rb) nb++;
    return na === nb;
  }
  const ea = entriesOf(a);
  const eb = entriesOf(b);
  if (ea === undefined || eb === undefined) return false;
  if (ea.length !== eb.length) return false;
  for (const [k, v] of ea) {
    const other = lookup(b, k);
    if (other === MISSING || !celEquals(v, other)) return false;
  }
  return true;
}

const MISSING = Symbol('missing');

function entriesOf(m: unknown): [unknown, unknown][] | undefined {
  if (m instanceof FnValue) return m.keys().map((k, i) => [k, m.vals[i]]);
  if (isRecordValue(m)) return Object.entries(m);
  return undefined;
}

function lookup(m: unknown, key: unknown): unknown {
  if (m instanceof FnValue) {
    const i = m.dom.indexOf(key);
    return i < 0 ? MISSING : m.vals[i];
  }
  if (isRecordValue(m)) return typeof key === 'string' && Object.hasOwn(m, key) ? m[key] : MISSING;
  return MISSING;
}

function celIn(x: unknown, c: unknown): boolean {
  if (Array.isArray(c)) {
    for (const e of c) if (celEquals(x, e)) return true;
    return false;
  }
  if (c instanceof FnValue || isRecordValue(c)) return lookup(c, x) !== MISSING;
  throw new CelRuntimeError(`\`in\` needs a list or a map on the right, got ${show(c)}`);
}

function celSize(x: unknown): number {
  if (typeof x === 'string') return [...x].length;
  if (Array.isArray(x)) return x.length;
  if (x instanceof FnValue) return x.vals.length;
  if (isRecordValue(x)) return Object.keys(x).length;
  throw new CelRuntimeError(`size() needs a string, list or map, got ${show(x)}`);
}

function celIndex(c: unknown, k: unknown): unknown {
  if (Array.isArray(c)) {
    if (typeof k !== 'number')
      throw new CelRuntimeError(`a list index must be an int, got ${show(k)}`);
    if (k < 0 || k >= c.length)
      throw new CelRuntimeError(`index ${k} out of range (size ${c.length})`);
    return c[k];
  }
  const v = lookup(c, k);
  if (v === MISSING) {
    if (c instanceof FnValue || isRecordValue(c))
      throw new CelRuntimeError(`no such key: ${show(k)}`);
    throw new CelRuntimeError(`cannot index ${show(c)}`);
  }
  return v;
}

function iterItems(c: unknown): unknown[] {
  if (Array.isArray(c)) return c;
  if (c instanceof FnValue) return c.keys();
  if (isRecordValue(c)) return Object.keys(c);
  throw new CelRuntimeError(`cannot iterate over ${show(c)}`);
}

function checkedInt(n: number): number {
  if (!Number.isSafeInteger(n)) throw new CelRuntimeError(`integer overflow (${n})`);
  return n + 0;
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  throw new CelRuntimeError(`cannot order ${show(a)} and ${show(b)}`);
}

function bool(v: unknown, what: string): boolean {
  if (typeof v !== 'boolean') throw new CelRuntimeError(`${what} must be a bool, got ${show(v)}`);
  return v;
}

/** Resolves names while compiling. */
export interface NameScope {
  lookup(name: string): Binding | undefined;
  /** Names for the "did you mean" part of an unknown-name error. */
  known(): string[];
}

/** The result of compiling one expression. */
export interface CompiledExpr {
  fn: Closure;
  type: CelT;
  /** Variable indices the expression reads. */
  reads: Set<number>;
  /** Comprehension slots the expression needs in `Env.l`. */
  slots: number;
  /** For `S + [...]` updates of set variable S: each added element's index (-1: not in the type). */
  added?: ((env: Env) => number)[];
}

const FUNCTIONS = [
  '&&',
  '||',
  '!',
  '? :',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
  'in',
  '[]',
  'size',
  'has',
  'all',
  'exists',
  'exists_one',
  'map',
  'filter',
  'contains',
  'startsWith',
  'endsWith',
];

/** Limits that keep hostile expressions from costing unbounded compile time. */
export const MAX_EXPR_LENGTH = 4096;
const MAX_DEPTH = 64;

/** Parses, type-checks and compiles one expression. Throws `ExprError`. */
export function compileExpr(source: string, scope: NameScope, setVar?: string): CompiledExpr {
  if (source.length > MAX_EXPR_LENGTH) {
    throw new ExprError(
      'MC_SPEC_UNPARSEABLE',
      `expression is longer than ${MAX_EXPR_LENGTH} characters`,
      0,
    );
  }
  let parsed: ParsedCel;
  try {
    parsed = parseCel(source);
  } catch (thrown) {
    const msg = thrown instanceof Error ? thrown.message : String(thrown);
    const m = /^<input>:(\d+):(\d+): (.*)$/s.exec(msg);
    let offset = 0;
    if (m) {
      const line = Number(m[1]);
      const col = Number(m[2]);
      const lines = source.split('\n');
      for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i]!.length + 1;
      offset += Math.max(0, col - 1);
    }
    throw new ExprError('MC_SPEC_UNPARSEABLE', `CEL syntax error: ${m ? m[3]! : msg}`, offset);
  }
  const positions = parsed.sourceInfo?.positions ?? {};
  const c = new Compiler(scope, (id) => {
    const pos = (positions as Record<string, number>)[String(id)];
    return typeof pos === 'number' ? pos : 0;
  });
  const out = c.compile(parsed.expr, new Map(), 0);
  const result: CompiledExpr = { fn: out.fn, type: out.t, reads: c.reads, slots: c.maxSlot };
  if (setVar !== undefined) {
    // `S + [e1, e2]` updating S itself: only the added elements' bits change.
    const k = parsed.expr.exprKind;
    if (k.case === 'callExpr' && k.value.function === '_+_' && k.value.target === undefined) {
      const [left, right] = k.value.args;
      if (
        left?.exprKind.case === 'identExpr' &&
        left.exprKind.value.name === setVar &&
        right?.exprKind.case === 'listExpr'
      ) {
        const sb = scope.lookup(setVar);
        if (sb?.kind === 'var' && sb.type instanceof SetType) {
          result.added = c.elementIndexers(right.exprKind.value.elements, sb.type.elem);
        }
      }
    }
  }
  return result;
}

interface Out {
  fn: Closure;
  t: CelT;
}

type Locals = Map<string, { slot: number; t: CelT }>;

const FOLD_ENV: Env = {
  v: [],
  p: [],
  l: [],
  load: () => {
    throw new CelRuntimeError('not constant');
  },
  has: () => {
    throw new CelRuntimeError('not constant');
  },
};

class Compiler {
  readonly reads = new Set<number>();
  maxSlot = 0;
  /** Count of references to state, parameters, bindings and loop variables compiled so far. */
  private dynamicRefs = 0;

  constructor(
    private readonly scope: NameScope,
    private readonly offsetOf: (id: bigint) => number,
  ) {}

  private fail(e: Expr, message: string): never {
    throw new ExprError('MC_TYPE_ERROR', message, this.offsetOf(e.id));
  }

  compile(e: Expr, locals: Locals, depth: number): Out {
    const before = this.dynamicRefs;
    const out = this.compileNode(e, locals, depth);
    if (this.dynamicRefs !== before || e.exprKind.case === 'constExpr') return out;
    // Reads no state, parameter or loop variable: evaluate once, here. Values are never
    // mutated by closures, so sharing one is safe. A constant that fails stays a runtime error.
    try {
      const value = out.fn(FOLD_ENV);
      return { t: out.t, fn: () => value };
    } catch {
      return out;
    }
  }

  private compileNode(e: Expr, locals: Locals, depth: number): Out {
    if (depth > MAX_DEPTH) this.fail(e, `expression nests deeper than ${MAX_DEPTH} levels`);
    const k = e.exprKind;
    // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the default case handles the rest
    switch (k.case) {
      case 'constExpr': {
        const c = k.value.constantKind;
        // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the default case handles the rest
        switch (c.case) {
          case 'boolValue':
            return constant(c.value, BOOL);
          case 'int64Value': {
            const n = Number(c.value);
            if (!Number.isSafeInteger(n))
              this.fail(e, `integer literal ${c.value} is outside ±2^53`);
            return constant(n, INT);
          }
          case 'stringValue':
            return constant(c.value, STRING);
          case 'doubleValue':
            // Shared invariants are written for JSON records (`attempt >= 1.0`); an integral
            // double compares exactly like the int, anything else has no finite-domain meaning.
            if (Number.isSafeInteger(c.value)) return constant(c.value, INT);
            return this.fail(
              e,
              `non-integral number ${c.value} is not supported in specs (ints only)`,
            );
          default:
            return this.fail(
              e,
              `literal of kind ${String(c.case)} is not supported in specs (use bool, int and string values)`,
            );
        }
      }
      case 'identExpr':
        return this.ident(e, k.value.name, locals);
      case 'selectExpr': {
        const { operand, field, testOnly } = k.value;
        if (operand === undefined) return this.fail(e, 'select without operand');
        const o = this.compile(operand, locals, depth + 1);
        const ft = this.fieldType(e, o.t, field);
        const of = o.fn;
        if (testOnly) return { t: BOOL, fn: (env) => lookup(of(env), field) !== MISSING };
        return {
          t: ft,
          fn: (env) => {
            const m = of(env);
            if (isRecordValue(m)) {
              if (Object.hasOwn(m, field)) return m[field];
              throw new CelRuntimeError(`no such key: ${field}`);
            }
            return celIndex(m, field);
          },
        };
      }
      case 'callExpr':
        return this.call(e, k.value.function, k.value.target, k.value.args, locals, depth);
      case 'listExpr': {
        const items = k.value.elements.map((x) => this.compile(x, locals, depth + 1));
        if (k.value.optionalIndices.length > 0)
          this.fail(e, 'optional list elements are not supported');
        const fns = items.map((i) => i.fn);
        const t: CelT = { k: 'list', elem: joinTypes(items.map((i) => i.t)) };
        return { t, fn: (env) => fns.map((f) => f(env)) };
      }
      case 'structExpr': {
        if (k.value.messageName !== '')
          this.fail(e, 'message construction is not supported in specs');
        const names: string[] = [];
        const fns: Closure[] = [];
        const fields = new Map<string, CelT>();
        for (const entry of k.value.entries) {
          if (entry.keyKind.case !== 'mapKey') this.fail(e, 'only map literals are supported');
          const key = entry.keyKind.value;
          const kc = key.exprKind;
          if (kc.case !== 'constExpr' || kc.value.constantKind.case !== 'stringValue') {
            this.fail(
              key,
              "map literals in specs need constant string keys (records), e.g. {'type': 'Commit'}",
            );
          }
          const name = kc.value.constantKind.value;
          if (fields.has(name))
            this.fail(key, `duplicate key ${JSON.stringify(name)} in map literal`);
          if (entry.value === undefined) this.fail(e, 'map entry without value');
          const v = this.compile(entry.value, locals, depth + 1);
          names.push(name);
          fns.push(v.fn);
          fields.set(name, v.t);
        }
        return {
          t: { k: 'record', fields, partial: false },
          fn: (env) => {
            const out: Record<string, unknown> = {};
            for (let i = 0; i < names.length; i++) out[names[i]!] = fns[i]!(env);
            return out;
          },
        };
      }
      case 'comprehensionExpr':
        return this.comprehension(e, k.value, locals, depth);
      default:
        return this.fail(e, 'unsupported expression');
    }
  }

  /**
   * For a record literal tested against a set of records (or of a union with a record of
   * exactly those fields): the element's index computed from the field values, without
   * building the record. -1 when a field value is outside its type (then it is no member).
   */
  private recordIndexer(
    e: Expr,
    elem: FiniteType,
    locals: Locals,
    depth: number,
  ): ((env: Env) => number) | undefined {
    const k = e.exprKind;
    if (k.case !== 'structExpr' || k.value.messageName !== '') return undefined;
    const names: string[] = [];
    const fns = new Map<string, Closure>();
    for (const entry of k.value.entries) {
      if (entry.keyKind.case !== 'mapKey' || entry.value === undefined) return undefined;
      const kc = entry.keyKind.value.exprKind;
      if (kc.case !== 'constExpr' || kc.value.constantKind.case !== 'stringValue') return undefined;
      names.push(kc.value.constantKind.value);
    }
    let offset = 0;
    let record: RecordType | undefined;
    const alts = elem instanceof UnionType ? elem.alternatives : [elem];
    for (const alt of alts) {
      if (
        alt instanceof RecordType &&
        alt.names.length === names.length &&
        names.every((n) => alt.fields.has(n))
      ) {
        record = alt;
        break;
      }
      offset += alt.size;
    }
    if (record === undefined) return undefined;
    k.value.entries.forEach((entry, i) => {
      fns.set(names[i]!, this.compile(entry.value!, locals, depth + 1).fn);
    });
    const fields = record.names.map((n) => ({ type: record.fields.get(n)!, fn: fns.get(n)! }));
    return (env) => {
      let idx = 0;
      for (let f = 0; f < fields.length; f++) {
        const field = fields[f]!;
        const i = field.type.indexOf(field.fn(env));
        if (i < 0) return -1;
        idx = idx * field.type.size + i;
      }
      return offset + idx;
    };
  }

  /** Index computations for the elements of a list literal added to a set. */
  elementIndexers(elements: Expr[], elem: FiniteType): ((env: Env) => number)[] {
    return elements.map((x) => {
      const indexer = this.recordIndexer(x, elem, new Map(), 0);
      if (indexer !== undefined) return indexer;
      const fn = this.compile(x, new Map(), 0).fn;
      return (env: Env) => elem.indexOf(fn(env));
    });
  }

  private ident(e: Expr, name: string, locals: Locals): Out {
    const local = locals.get(name);
    if (local !== undefined || this.scope.lookup(name)?.kind !== 'const') this.dynamicRefs++;
    if (local !== undefined) {
      const slot = local.slot;
      return { t: local.t, fn: (env) => env.l[slot] };
    }
    const b = this.scope.lookup(name);
    if (b === undefined) {
      const known = this.scope.known();
      this.fail(
        e,
        `unknown name \`${name}\`${known.length > 0 ? `; known names: ${known.join(', ')}` : ''}. Declare it under \`variables\` or \`constants\`, or as an action parameter.`,
      );
    }
    switch (b.kind) {
      case 'var': {
        const i = b.index;
        this.reads.add(i);
        return {
          t: celTypeOf(b.type),
          fn: (env) => {
            const x = env.v[i];
            return x !== undefined ? x : env.load(i);
          },
        };
      }
      case 'const':
        return constant(b.value, b.t);
      case 'param': {
        const i = b.index;
        return { t: b.t, fn: (env) => env.p[i] };
      }
      case 'let':
        return { t: b.t, fn: b.fn };
    }
  }

  private fieldType(e: Expr, t: CelT, field: string): CelT {
    // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the default case handles the rest
    switch (t.k) {
      case 'record': {
        const ft = t.fields.get(field);
        if (ft === undefined) {
          this.fail(
            e,
            `no field \`${field}\` in ${typeName(t)}; fields: ${[...t.fields.keys()].join(', ')}`,
          );
        }
        return ft;
      }
      case 'map':
        if (t.key.k !== 'string' && t.key.k !== 'dyn')
          this.fail(e, `cannot select \`.${field}\` on ${typeName(t)}`);
        return t.val;
      case 'dyn':
        return DYN;
      default:
        return this.fail(e, `cannot select \`.${field}\` on a value of type ${typeName(t)}`);
    }
  }

  private comprehension(
    e: Expr,
    c: Extract<Expr['exprKind'], { case: 'comprehensionExpr' }>['value'],
    locals: Locals,
    depth: number,
  ): Out {
    if (c.iterVar2 !== '') this.fail(e, 'two-variable comprehensions are not supported');
    if (!c.iterRange || !c.accuInit || !c.loopCondition || !c.loopStep || !c.result) {
      this.fail(e, 'incomplete comprehension');
    }
    const range = this.compile(c.iterRange, locals, depth + 1);
    const elemT: CelT =
      range.t.k === 'list'
        ? range.t.elem
        : range.t.k === 'map'
          ? range.t.key
          : range.t.k === 'record'
            ? STRING
            : range.t.k === 'dyn'
              ? DYN
              : this.fail(c.iterRange, `cannot iterate over a value of type ${typeName(range.t)}`);
    const init = this.compile(c.accuInit, locals, depth + 1);
    const base = locals.size;
    const iterSlot = this.slotFor(locals, base);
    const accuSlot = iterSlot + 1;
    this.maxSlot = Math.max(this.maxSlot, accuSlot + 1);
    const inner: Locals = new Map(locals);
    inner.set(c.iterVar, { slot: iterSlot, t: elemT });
    inner.set(c.accuVar, { slot: accuSlot, t: init.t });
    const cond = this.compile(c.loopCondition, inner, depth + 1).fn;
    const stepOut = this.compile(c.loopStep, inner, depth + 1);
    if (init.t.k === 'list' && stepOut.t.k === 'list')
      inner.set(c.accuVar, { slot: accuSlot, t: stepOut.t });
    const step = stepOut.fn;
    const result = this.compile(c.result, inner, depth + 1);
    const rangeFn = range.fn;
    const initFn = init.fn;
    const resultFn = result.fn;
    return {
      t: result.t,
      fn: (env) => {
        const items = iterItems(rangeFn(env));
        const l = env.l;
        const savedIter = l[iterSlot];
        const savedAccu = l[accuSlot];
        l[accuSlot] = initFn(env);
        for (let i = 0; i < items.length; i++) {
          l[iterSlot] = items[i];
          if (cond(env) === false) break;
          l[accuSlot] = step(env);
        }
        const out = resultFn(env);
        l[iterSlot] = savedIter;
        l[accuSlot] = savedAccu;
        return out;
      },
    };
  }

  private slotFor(locals: Locals, _base: number): number {
    let max = -1;
    for (const { slot } of locals.values()) max = Math.max(max, slot);
    return max + 1;
  }

  private call(
    e: Expr,
    name: string,
    target: Expr | undefined,
    argExprs: Expr[],
    locals: Locals,
    depth: number,
  ): Out {
    const args = argExprs.map((a) => this.compile(a, locals, depth + 1));
    const tgt = target ? this.compile(target, locals, depth + 1) : undefined;
    const a0 = args[0];
    const a1 = args[1];
    const need = (n: number): void => {
      if (args.length !== n || tgt !== undefined)
        this.fail(e, `\`${name}\` takes ${n} argument(s)`);
    };
    const expectBool = (o: Out, what: string, at: Expr): void => {
      if (o.t.k !== 'bool' && o.t.k !== 'dyn')
        this.fail(at, `${what} must be a bool, but it is ${typeName(o.t)}`);
    };
    switch (name) {
      case '_&&_':
      case '_||_': {
        need(2);
        expectBool(a0!, `the left side of \`${name === '_&&_' ? '&&' : '||'}\``, argExprs[0]!);
        expectBool(a1!, `the right side of \`${name === '_&&_' ? '&&' : '||'}\``, argExprs[1]!);
        const l = a0!.fn;
        const r = a1!.fn;
        const absorbing = name === '_||_';
        return {
          t: BOOL,
          fn: (env) => {
            let lv: unknown;
            try {
              lv = l(env);
            } catch (err) {
              if (r(env) === absorbing) return absorbing;
              throw err;
            }
            if (lv === absorbing) return absorbing;
            const rv = r(env);
            if (rv === absorbing) return absorbing;
            if (typeof lv !== 'boolean')
              throw new CelRuntimeError(`logical operand is not a bool: ${show(lv)}`);
            return bool(rv, 'a logical operand');
          },
        };
      }
      case '!_': {
        need(1);
        expectBool(a0!, 'the operand of `!`', argExprs[0]!);
        const f = a0!.fn;
        return { t: BOOL, fn: (env) => !bool(f(env), 'the operand of `!`') };
      }
      case '@not_strictly_false': {
        need(1);
        const f = a0!.fn;
        return {
          t: BOOL,
          fn: (env) => {
            try {
              return f(env) !== false;
            } catch {
              // CEL: an error in a loop condition does not stop the loop early.
              return true;
            }
          },
        };
      }
      case '_?_:_': {
        need(3);
        expectBool(a0!, 'the condition of `? :`', argExprs[0]!);
        if (!compatible(args[1]!.t, args[2]!.t)) {
          this.fail(
            e,
            `the branches of \`? :\` have different types: ${typeName(args[1]!.t)} and ${typeName(args[2]!.t)}`,
          );
        }
        const [c, t, f] = [a0!.fn, args[1]!.fn, args[2]!.fn];
        return {
          t: joinTypes([args[1]!.t, args[2]!.t]),
          fn: (env) => (bool(c(env), 'the condition of `? :`') ? t(env) : f(env)),
        };
      }
      case '_==_':
      case '_!=_': {
        need(2);
        if (!compatible(a0!.t, a1!.t)) {
          this.fail(
            e,
            `cannot compare ${typeName(a0!.t)} with ${typeName(a1!.t)}: the comparison would always be false`,
          );
        }
        const [l, r] = [a0!.fn, a1!.fn];
        const scalar = (t: CelT): boolean => t.k === 'int' || t.k === 'string' || t.k === 'bool';
        if (scalar(a0!.t) && scalar(a1!.t)) {
          // Typed scalars (values are checked against their types): identity is CEL equality.
          if (name === '_==_') return { t: BOOL, fn: (env) => l(env) === r(env) };
          return { t: BOOL, fn: (env) => l(env) !== r(env) };
        }
        if (name === '_==_') return { t: BOOL, fn: (env) => celEquals(l(env), r(env)) };
        return { t: BOOL, fn: (env) => !celEquals(l(env), r(env)) };
      }
      case '_<_':
      case '_<=_':
      case '_>_':
      case '_>=_': {
        need(2);
        for (const [i, o] of [a0!, a1!].entries()) {
          if (!['int', 'string', 'bool', 'dyn'].includes(o.t.k)) {
            this.fail(argExprs[i]!, `cannot order values of type ${typeName(o.t)}`);
          }
        }
        if (!compatible(a0!.t, a1!.t))
          this.fail(e, `cannot order ${typeName(a0!.t)} against ${typeName(a1!.t)}`);
        const [l, r] = [a0!.fn, a1!.fn];
        // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the default case handles the rest
        switch (name) {
          case '_<_':
            return { t: BOOL, fn: (env) => compare(l(env), r(env)) < 0 };
          case '_<=_':
            return { t: BOOL, fn: (env) => compare(l(env), r(env)) <= 0 };
          case '_>_':
            return { t: BOOL, fn: (env) => compare(l(env), r(env)) > 0 };
          default:
            return { t: BOOL, fn: (env) => compare(l(env), r(env)) >= 0 };
        }
      }
      case '_+_': {
        need(2);
        const [lt, rt] = [a0!.t, a1!.t];
        if (
          !compatible(lt, rt) ||
          !['int', 'string', 'list', 'dyn'].includes(lt.k) ||
          !['int', 'string', 'list', 'dyn'].includes(rt.k)
        ) {
          this.fail(e, `\`+\` is not defined for ${typeName(lt)} and ${typeName(rt)}`);
        }
        const [l, r] = [a0!.fn, a1!.fn];
        const t =
          lt.k === 'dyn' ? rt : lt.k === 'list' && rt.k === 'list' ? joinTypes([lt, rt]) : lt;
        if (lt.k === 'int' && rt.k === 'int') {
          return {
            t,
            fn: (env) => {
              const x = l(env);
              const y = r(env);
              if (typeof x !== 'number' || typeof y !== 'number')
                throw new CelRuntimeError('`+` on non-ints');
              return checkedInt(x + y);
            },
          };
        }
        return {
          t,
          fn: (env) => {
            const x = l(env);
            const y = r(env);
            if (typeof x === 'number' && typeof y === 'number') return checkedInt(x + y);
            if (typeof x === 'string' && typeof y === 'string') return x + y;
            if (Array.isArray(x) && Array.isArray(y))
              return (x as unknown[]).concat(y as unknown[]);
            throw new CelRuntimeError(`\`+\` is not defined for ${show(x)} and ${show(y)}`);
          },
        };
      }
      case '_-_':
      case '_*_':
      case '_/_':
      case '_%_': {
        need(2);
        for (const [i, o] of [a0!, a1!].entries()) {
          if (o.t.k !== 'int' && o.t.k !== 'dyn') {
            this.fail(
              argExprs[i]!,
              `\`${name.slice(1, -1)}\` needs ints, but this operand is ${typeName(o.t)}`,
            );
          }
        }
        const [l, r] = [a0!.fn, a1!.fn];
        const ints = (env: Env): [number, number] => {
          const x = l(env);
          const y = r(env);
          if (typeof x !== 'number' || typeof y !== 'number') {
            throw new CelRuntimeError(
              `\`${name.slice(1, -1)}\` needs ints, got ${show(x)} and ${show(y)}`,
            );
          }
          return [x, y];
        };
        // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the default case handles the rest
        switch (name) {
          case '_-_':
            return {
              t: INT,
              fn: (env) => {
                const [x, y] = ints(env);
                return checkedInt(x - y);
              },
            };
          case '_*_':
            return {
              t: INT,
              fn: (env) => {
                const [x, y] = ints(env);
                return checkedInt(x * y);
              },
            };
          case '_/_':
            return {
              t: INT,
              fn: (env) => {
                const [x, y] = ints(env);
                if (y === 0) throw new CelRuntimeError('division by zero');
                return checkedInt(Math.trunc(x / y));
              },
            };
          default:
            return {
              t: INT,
              fn: (env) => {
                const [x, y] = ints(env);
                if (y === 0) throw new CelRuntimeError('modulus by zero');
                return checkedInt(x % y);
              },
            };
        }
      }
      case '-_': {
        need(1);
        if (a0!.t.k !== 'int' && a0!.t.k !== 'dyn')
          this.fail(e, `unary \`-\` needs an int, got ${typeName(a0!.t)}`);
        const f = a0!.fn;
        return {
          t: INT,
          fn: (env) => {
            const x = f(env);
            if (typeof x !== 'number')
              throw new CelRuntimeError(`unary \`-\` needs an int, got ${show(x)}`);
            return checkedInt(-x);
          },
        };
      }
      case '@in': {
        need(2);
        const ct = a1!.t;
        if (ct.k === 'list') {
          if (!compatible(a0!.t, ct.elem)) {
            this.fail(e, `\`in\`: a ${typeName(a0!.t)} can never be an element of ${typeName(ct)}`);
          }
        } else if (ct.k === 'map') {
          if (!compatible(a0!.t, ct.key))
            this.fail(e, `\`in\`: a ${typeName(a0!.t)} can never be a key of ${typeName(ct)}`);
        } else if (ct.k === 'record') {
          if (!compatible(a0!.t, STRING))
            this.fail(e, `\`in\`: a ${typeName(a0!.t)} can never be a field of a record`);
        } else if (ct.k !== 'dyn') {
          this.fail(e, `\`in\` needs a list or a map on the right, got ${typeName(ct)}`);
        }
        const [x, c] = [a0!.fn, a1!.fn];
        const rk = argExprs[1]!.exprKind;
        const rb =
          rk.case === 'identExpr' && !locals.has(rk.value.name)
            ? this.scope.lookup(rk.value.name)
            : undefined;
        if (rb?.kind === 'var' && rb.type instanceof SetType) {
          // Membership in a set variable reads its bit: no decoding, no equality walk.
          const elem = rb.type.elem;
          const vi = rb.index;
          this.reads.add(vi);
          this.dynamicRefs++;
          const indexer = this.recordIndexer(argExprs[0]!, elem, locals, depth);
          if (indexer !== undefined) {
            return {
              t: BOOL,
              fn: (env) => {
                const i = indexer(env);
                return i >= 0 && env.has(vi, i);
              },
            };
          }
          return {
            t: BOOL,
            fn: (env) => {
              const i = elem.indexOf(x(env));
              return i >= 0 && env.has(vi, i);
            },
          };
        }
        return { t: BOOL, fn: (env) => celIn(x(env), c(env)) };
      }
      case '_[_]': {
        need(2);
        const ct = a0!.t;
        let t: CelT = DYN;
        if (ct.k === 'list') {
          if (a1!.t.k !== 'int' && a1!.t.k !== 'dyn')
            this.fail(e, `a list index must be an int, got ${typeName(a1!.t)}`);
          t = ct.elem;
        } else if (ct.k === 'map') {
          if (!compatible(a1!.t, ct.key))
            this.fail(e, `a key of ${typeName(ct)} cannot be a ${typeName(a1!.t)}`);
          t = ct.val;
        } else if (ct.k === 'record') {
          const kc = argExprs[1]!.exprKind;
          if (kc.case === 'constExpr' && kc.value.constantKind.case === 'stringValue') {
            t = this.fieldType(e, ct, kc.value.constantKind.value);
          }
        } else if (ct.k !== 'dyn') {
          this.fail(e, `cannot index a value of type ${typeName(ct)}`);
        }
        const [c, k] = [a0!.fn, a1!.fn];
        const ck = argExprs[0]!.exprKind;
        const cb =
          ck.case === 'identExpr' && !locals.has(ck.value.name)
            ? this.scope.lookup(ck.value.name)
            : undefined;
        if (cb?.kind === 'var' && cb.type instanceof FunctionType) {
          // A function variable is always decoded as a FnValue over its declared domain.
          const dom = cb.type.dom;
          return {
            t,
            fn: (env) => {
              const key = k(env);
              const i = dom.indexOf(key);
              if (i < 0) throw new CelRuntimeError(`no such key: ${show(key)}`);
              return (c(env) as FnValue).vals[i];
            },
          };
        }
        return { t, fn: (env) => celIndex(c(env), k(env)) };
      }
      case 'size': {
        const o = tgt ?? a0;
        if (o === undefined || args.length + (tgt ? 1 : 0) !== 1)
          this.fail(e, '`size` takes one argument');
        if (!['string', 'list', 'map', 'record', 'dyn'].includes(o.t.k)) {
          this.fail(e, `size() needs a string, list or map, got ${typeName(o.t)}`);
        }
        const f = o.fn;
        return { t: INT, fn: (env) => celSize(f(env)) };
      }
      case 'contains':
      case 'startsWith':
      case 'endsWith': {
        if (tgt === undefined || args.length !== 1)
          this.fail(e, `\`${name}\` is a string method taking one argument`);
        for (const o of [tgt, a0!]) {
          if (o.t.k !== 'string' && o.t.k !== 'dyn')
            this.fail(e, `\`${name}\` needs strings, got ${typeName(o.t)}`);
        }
        const [s, x] = [tgt.fn, a0!.fn];
        return {
          t: BOOL,
          fn: (env) => {
            const sv = s(env);
            const xv = x(env);
            if (typeof sv !== 'string' || typeof xv !== 'string')
              throw new CelRuntimeError(`\`${name}\` needs strings`);
            return name === 'contains'
              ? sv.includes(xv)
              : name === 'startsWith'
                ? sv.startsWith(xv)
                : sv.endsWith(xv);
          },
        };
      }
      default:
        return this.fail(
          e,
          `function \`${name.replace(/^_|_$/g, '')}\` is not supported in specs; supported: ${FUNCTIONS.join(', ')}`,
        );
    }
  }
}

function constant(value: unknown, t: CelT): Out {
  return { t, fn: () => value };
}
