/**
 * The state of one spec being loaded, shared by the loader's parts (types, init, actions,
 * properties): constants, definitions and variables read so far, and the helpers that compile a
 * CEL expression in a scope and turn every problem into a `MaestroError` at `file:line:column`.
 */
import { isScalar, type Node } from 'yaml';
import { MaestroError, type SourceLocation } from '../../contract/errors.js';
import type { ReasonCode } from '../../contract/codebook.js';
import { positionOf, type YamlSource } from '../../config/yaml-source.js';
import { MAX_ENUMERATED, isRecordValue, type FiniteType } from './domain.js';
import {
  celTypeOfValue,
  CelRuntimeError,
  compileExpr,
  ExprError,
  typeName,
  type Binding,
  type CelT,
  type Closure,
  type CompiledExpr,
  type NameScope,
} from './expr.js';
import { SPEC_FUNCTIONS } from './spec-functions.js';
import {
  BUILTIN_DEFINITIONS,
  MacroError,
  expandDefinitions,
  findPercent,
  parseDefinitionKey,
  splitRange,
  type Definition,
} from './spec-macros.js';
import type { LoadOptions, VarLayout } from './model.js';

/** A path into the spec document: keys and list indices. */
export type SpecPath = (string | number)[];

/** The loader's shared state and helpers for one spec. */
export class SpecContext {
  /** Constants by name (after overrides). */
  constants = new Map<string, unknown>();
  /** The state variables declared so far, with their bit offsets. */
  readonly vars: VarLayout[] = [];
  /** Comprehension slots the largest compiled expression needs. */
  slots = 0;

  constructor(
    readonly source: YamlSource,
    readonly options: LoadOptions,
  ) {}

  /** The spec file, as shown in messages. */
  get file(): string {
    return this.source.file;
  }

  /** Where the node (or its key) at `path` is. */
  at(path: SpecPath, key = false): SourceLocation {
    return { file: this.file, ...positionOf(this.source, path, key) };
  }

  /** Throws a `MaestroError` located at `path`. */
  fail(code: ReasonCode, path: SpecPath, message: string, key = false): never {
    const loc = this.at(path, key);
    throw new MaestroError(code, `${this.file}:${loc.line}:${loc.column}: ${message}`, {
      location: loc,
    });
  }

  /** Reads `constants`, applying the caller's overrides. */
  readConstants(raw: unknown): void {
    this.constants = new Map();
    if (!isRecordValue(raw)) return;
    for (const [name, value] of Object.entries(raw)) {
      const override = this.options.constants?.[name];
      const v = override !== undefined ? override : value;
      this.checkConstant(v, ['constants', name]);
      this.constants.set(name, v);
    }
    for (const [name, v] of Object.entries(this.options.constants ?? {})) {
      if (!this.constants.has(name)) this.constants.set(name, v);
    }
  }

  /** Refuses constant values a spec cannot use (non-integers, null). */
  checkConstant(v: unknown, path: SpecPath): void {
    if (typeof v === 'number' && !Number.isSafeInteger(v)) {
      this.fail(
        'MC_SPEC_INVALID',
        path,
        `constant value ${v} is not an integer; specs use ints, strings, bools, lists and maps`,
      );
    }
    if (v === null) this.fail('MC_SPEC_INVALID', path, 'constant value is null; give it a value');
    if (Array.isArray(v)) v.forEach((x, i) => this.checkConstant(x, [...path, i]));
    else if (isRecordValue(v))
      for (const [k, x] of Object.entries(v)) this.checkConstant(x, [...path, k]);
  }

  /** A type bound: an int, an int constant, or an int expression over constants. */
  bound(v: unknown, path: SpecPath): number {
    if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
    if (typeof v === 'string') {
      const c = this.constants.get(v);
      if (typeof c === 'number') return c;
      if (c === undefined && !/^\s*[A-Za-z_][A-Za-z0-9_]*\s*$/.test(v)) {
        // An int expression over constants, such as `N - 1`.
        const e = this.compile(v, path, this.scope(false, new Map()));
        const x = this.evalConst(e.fn, path);
        if (typeof x === 'bigint' || (typeof x === 'number' && Number.isSafeInteger(x)))
          return Number(x);
        this.fail('MC_SPEC_INVALID', path, `bound \`${v}\` is not an int`);
      }
      this.fail(
        'MC_SPEC_INVALID',
        path,
        c === undefined
          ? `unknown constant \`${v}\` used as a bound`
          : `constant \`${v}\` is not an int`,
      );
    }
    return this.fail(
      'MC_SPEC_INVALID',
      path,
      'a bound must be an integer or the name of an int constant',
    );
  }

  /** Definitions by name, built-ins included. */
  defs = new Map<string, Definition>();

  /** Reads `definitions`: `Name: expr` or `Name(a, b): expr`, expanded where they are used. */
  readDefinitions(raw: unknown): void {
    this.defs = new Map(BUILTIN_DEFINITIONS.map((d) => [d.name, d]));
    if (!isRecordValue(raw)) return;
    for (const [key, body] of Object.entries(raw)) {
      const path = ['definitions', key];
      const k = parseDefinitionKey(key);
      if (k === undefined)
        this.fail(
          'MC_SPEC_INVALID',
          path,
          `definition \`${key}\` must be written Name or Name(a, b)`,
          true,
        );
      if (typeof body !== 'string')
        this.fail('MC_SPEC_INVALID', path, `definition \`${k.name}\` must be a CEL expression`);
      if (
        this.constants.has(k.name) ||
        this.defs.has(k.name) ||
        Object.hasOwn(SPEC_FUNCTIONS, k.name)
      )
        this.fail(
          'MC_SPEC_INVALID',
          path,
          `definition \`${k.name}\` clashes with a constant, a built-in or an earlier definition`,
          true,
        );
      this.refusePercent(body, path, false);
      let text = body;
      const range = k.params.length === 0 ? splitRange(body) : undefined;
      if (range !== undefined) {
        // A range over constants (`Proc: 1..N`) becomes the list of its members.
        const items = this.evalConst(
          this.rangeOf(body, path, this.scope(false, new Map())).fn,
          path,
        );
        text = `[${(items as number[]).join(', ')}]`;
      }
      this.defs.set(k.name, { name: k.name, params: k.params, body: text });
    }
  }

  /** Refuses CEL's truncated `%`, pointing at it. */
  refusePercent(src: string, path: SpecPath, key: boolean): void {
    const pct = findPercent(src);
    if (pct < 0) return;
    const loc = this.exprLocation(path, pct, key);
    throw new MaestroError(
      'MC_SPEC_INVALID',
      `${loc.file}:${loc.line}:${loc.column}: \`%\` is CEL's truncated remainder (-1 % 3 is -1) while TLA+'s is floored (-1 % 3 is 2); write mod(a, b) for TLA+'s meaning`,
      { location: loc },
    );
  }

  /** Compiles `lo..hi` (bounds are int expressions) into a closure giving the list of ints. */
  rangeOf(src: string, path: SpecPath, scope: NameScope): { fn: Closure; reads: Set<number> } {
    const r = splitRange(src)!;
    const lo = this.compile(r.lo, path, scope);
    const hi = this.compile(r.hi, path, scope);
    this.expectType(lo.type, { k: 'int' }, path, `the start of the range \`${src}\``);
    this.expectType(hi.type, { k: 'int' }, path, `the end of the range \`${src}\``);
    const loFn = lo.fn;
    const hiFn = hi.fn;
    const fn: Closure = (env) => {
      const a = Number(loFn(env));
      const b = Number(hiFn(env));
      if (b - a >= MAX_ENUMERATED)
        throw new CelRuntimeError(`the range ${a}..${b} has more than ${MAX_ENUMERATED} members`);
      const out: number[] = [];
      for (let x = a; x <= b; x++) out.push(x);
      return out;
    };
    return { fn, reads: new Set([...lo.reads, ...hi.reads]) };
  }

  /** Expands definitions and compiles `src` in `scope`; errors point into the expression. */
  compile(
    src: string,
    path: SpecPath,
    scope: NameScope,
    key = false,
    setVar?: string,
    target?: FiniteType,
    source = false,
  ): CompiledExpr {
    this.refusePercent(src, path, key);
    let expanded;
    try {
      expanded = expandDefinitions(src, this.defs);
    } catch (thrown) {
      if (thrown instanceof MacroError) {
        const loc = this.exprLocation(path, thrown.offset, key);
        throw new MaestroError(
          'MC_SPEC_INVALID',
          `${loc.file}:${loc.line}:${loc.column}: ${thrown.message}`,
          { location: loc },
        );
      }
      throw thrown;
    }
    try {
      const c = compileExpr(expanded.text, scope, setVar, {
        functions: SPEC_FUNCTIONS,
        ...(target !== undefined ? { target } : {}),
        ...(source ? { source } : {}),
      });
      this.slots = Math.max(this.slots, c.slots);
      return c;
    } catch (thrown) {
      if (thrown instanceof ExprError) {
        const loc = this.exprLocation(path, expanded.origin(thrown.offset), key);
        throw new MaestroError(
          thrown.code,
          `${loc.file}:${loc.line}:${loc.column}: ${thrown.message}`,
          { location: loc },
        );
      }
      throw thrown;
    }
  }

  /** Maps an offset inside an expression scalar to a file position. */
  exprLocation(path: SpecPath, offset: number, key: boolean): SourceLocation {
    const start = positionOf(this.source, path, key);
    const node = this.nodeAt(path, key);
    if (
      node &&
      isScalar(node) &&
      (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
    ) {
      const text = String(node.value);
      if (!text.slice(0, offset).includes('\n')) {
        return {
          file: this.file,
          line: start.line,
          column: start.column + offset + (node.type === 'PLAIN' ? 0 : 1),
        };
      }
    }
    return { file: this.file, ...start };
  }

  /** The YAML node (or its key) at `path`. */
  nodeAt(path: SpecPath, key: boolean): Node | undefined {
    let node: unknown = this.source.doc.contents;
    let keyNode: unknown;
    for (const seg of path) {
      const n = node as { items?: unknown[] } | null;
      if (n && Array.isArray(n.items)) {
        if (typeof seg === 'number') {
          node = n.items[seg];
          keyNode = undefined;
        } else {
          const pair = (n.items as { key?: unknown; value?: unknown }[]).find(
            (p) => isScalar(p.key) && String(p.key.value) === seg,
          );
          if (!pair) return undefined;
          keyNode = pair.key;
          node = pair.value;
        }
      } else return undefined;
    }
    return (key ? keyNode : node) as Node | undefined;
  }

  /** Refuses an expression whose type cannot be assigned to `want`. */
  expectType(got: CelT, want: CelT, path: SpecPath, what: string): void {
    if (!assignable(got, want)) {
      this.fail(
        'MC_TYPE_ERROR',
        path,
        `${what} must be ${typeName(want)}, but the expression is ${typeName(got)}`,
      );
    }
  }

  /** Evaluates an expression over constants only. */
  evalConst(fn: Closure, path: SpecPath): unknown {
    try {
      return fn({
        v: [],
        s: new Uint32Array(0),
        p: [],
        l: new Array<unknown>(this.slots + 8),
        load: noState,
        has: noState,
      });
    } catch (thrown) {
      return this.fail(
        'MC_TYPE_ERROR',
        path,
        `cannot evaluate: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
      );
    }
  }

  /** The names an expression sees: `extra`, then the variables (if asked), then constants. */
  scope(withVars: boolean, extra: ReadonlyMap<string, Binding>): NameScope {
    const vars = this.vars;
    const constants = this.constants;
    return {
      lookup(name) {
        const x = extra.get(name);
        if (x !== undefined) return x;
        if (withVars) {
          const index = vars.findIndex((v) => v.name === name);
          if (index >= 0)
            return { kind: 'var', index, type: vars[index]!.type, offset: vars[index]!.offset };
        }
        if (constants.has(name)) {
          const value = constants.get(name);
          return { kind: 'const', value, t: celTypeOfValue(value) };
        }
        return undefined;
      },
      known() {
        return [...extra.keys(), ...(withVars ? vars.map((v) => v.name) : []), ...constants.keys()];
      },
    };
  }
}

/** Whether a value of type `got` may be stored where `want` is expected. */
function assignable(got: CelT, want: CelT): boolean {
  if (got.k === 'dyn' || want.k === 'dyn') return true;
  const mapLike = (t: CelT): boolean => t.k === 'map' || t.k === 'record';
  if (mapLike(got) && mapLike(want)) return true;
  if (got.k !== want.k) return false;
  if (got.k === 'list' && want.k === 'list') return assignable(got.elem, want.elem);
  return true;
}

function noState(): never {
  throw new MaestroError(
    'MC_INTERNAL_ERROR',
    'internal: a constant expression read a state variable',
  );
}
