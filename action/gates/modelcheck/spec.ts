/**
 * Loads a YAML spec: parses it keeping positions, validates it against
 * `schemas/spec.schema.json`, builds the finite types and the state layout, and compiles every
 * CEL expression. Every problem becomes a `MaestroError` with a precise reason code and a
 * `file:line:column` location; nothing half-loaded reaches the checker.
 */
import { isScalar, type Node } from 'yaml';
import { MaestroError, type SourceLocation } from '../../contract/errors.js';
import type { ReasonCode } from '../../contract/codebook.js';
import { parseYamlSource, positionOf, type YamlSource } from '../../config/yaml-source.js';
import { registerSchema, validate } from '../../schemas/validators.js';
import specSchema from '../../../schemas/spec.schema.json' with { type: 'json' };
import {
  BoolType,
  EnumType,
  FnValue,
  FunctionType,
  IntType,
  MAX_ENUMERATED,
  RecordType,
  SeqType,
  SetType,
  UnionType,
  isRecordValue,
  type FiniteType,
} from './domain.js';
import {
  celTypeOf,
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

export type {
  Action,
  InitRule,
  Invariant,
  LoadOptions,
  Model,
  Param,
  Response,
  Severity,
  SharedInvariant,
  TargetStep,
  Update,
  VarLayout,
} from './model.js';
import type {
  Action,
  InitRule,
  Invariant,
  LoadOptions,
  Model,
  Param,
  Response,
  Severity,
  TargetStep,
  Update,
  VarLayout,
} from './model.js';

/** Most parameter tuples listed in advance; larger products are enumerated lazily. */
export const MAX_LISTED_TUPLES = 4096;

/** Largest packed state, in bits. */
export const MAX_STATE_BITS = 1 << 16;

let registered = false;

/** The spec JSON Schema, registered once with the project's validator. */
export function specSchemaId(): string {
  if (!registered) {
    registerSchema(specSchema);
    registered = true;
  }
  return specSchema.$id;
}

interface RawSpec {
  spec: string;
  critical?: boolean;
  constants?: Record<string, unknown>;
  definitions?: Record<string, string>;
  variables: Record<string, unknown>;
  constraint?: string | string[];
  init: Record<string, unknown> | Record<string, unknown>[];
  actions: {
    name: string;
    params?: Record<string, string>;
    guard?: string;
    updates?: Record<string, string | { each: unknown }>;
  }[];
  invariants?: (
    | { id: string; bind?: Record<string, string> }
    | { name: string; expr: string; severity?: Severity; message?: string }
  )[];
  deadlock?: boolean;
  responses?: { name: string; when: string; then: string; within: number; severity?: Severity }[];
  bounds?: Model['bounds'];
}

/** Loads and compiles a spec from its text. Throws `MaestroError` on any problem. */
export function loadSpec(file: string, text: string, options: LoadOptions = {}): Model {
  const { source, problems } = parseYamlSource(file, text);
  if (problems.length > 0) {
    const p = problems[0]!;
    throw new MaestroError(
      'MC_SPEC_UNPARSEABLE',
      `${file}:${p.line}:${p.column}: the spec is not valid YAML: ${p.message}`,
      { location: { file, line: p.line, column: p.column } },
    );
  }
  const raw: unknown = source.doc.toJS({ maxAliasCount: 100 });
  if (raw === null || raw === undefined) {
    throw new MaestroError(
      'MC_SPEC_INVALID',
      `${file}: the spec is empty. Start from the example in docs/model-checking.md.`,
      {
        location: { file, line: 1, column: 1 },
      },
    );
  }
  const b = new Builder(source, options);
  // Types first: their errors (unbounded domains, unknown constants) are more precise than the
  // schema's "must match exactly one schema in oneOf".
  if (isRecordValue(raw)) b.preflight(raw);
  const schemaProblems = validate(specSchemaId(), raw);
  if (schemaProblems.length > 0) {
    const best = [...schemaProblems].sort((x, y) => y.path.length - x.path.length)[0]!;
    const unknown = schemaProblems.find((p) => p.unknownKey !== undefined);
    const p = unknown ?? best;
    const pos = positionOf(source, p.path, p.unknownKey !== undefined);
    const allowed = p.allowed ? ` Allowed: ${p.allowed.join(', ')}.` : '';
    throw new MaestroError(
      'MC_SPEC_INVALID',
      `${file}:${pos.line}:${pos.column}: ${p.message} (schemas/spec.schema.json).${allowed}`,
      { location: { file, ...pos } },
    );
  }
  return b.build(raw as RawSpec);
}

class Builder {
  private constants = new Map<string, unknown>();
  private vars: VarLayout[] = [];
  private slots = 0;

  constructor(
    private readonly source: YamlSource,
    private readonly options: LoadOptions,
  ) {}

  private get file(): string {
    return this.source.file;
  }

  private at(path: (string | number)[], key = false): SourceLocation {
    return { file: this.file, ...positionOf(this.source, path, key) };
  }

  private fail(code: ReasonCode, path: (string | number)[], message: string, key = false): never {
    const loc = this.at(path, key);
    throw new MaestroError(code, `${this.file}:${loc.line}:${loc.column}: ${message}`, {
      location: loc,
    });
  }

  /** Checks constants and variable types before the schema, for precise messages. */
  preflight(raw: Record<string, unknown>): void {
    this.readConstants(raw['constants']);
    this.readDefinitions(raw['definitions']);
    const vars = raw['variables'];
    if (isRecordValue(vars)) {
      for (const [name, t] of Object.entries(vars)) this.buildType(t, ['variables', name]);
    }
  }

  private readConstants(raw: unknown): void {
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

  private checkConstant(v: unknown, path: (string | number)[]): void {
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

  private bound(v: unknown, path: (string | number)[]): number {
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

  private defs = new Map<string, Definition>();

  /** Reads `definitions`: `Name: expr` or `Name(a, b): expr`, expanded where they are used. */
  private readDefinitions(raw: unknown): void {
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

  private refusePercent(src: string, path: (string | number)[], key: boolean): void {
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
  private rangeOf(
    src: string,
    path: (string | number)[],
    scope: NameScope,
  ): { fn: Closure; reads: Set<number> } {
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

  buildType(t: unknown, path: (string | number)[]): FiniteType {
    const unbounded = (what: string): never =>
      this.fail(
        'MC_SPEC_INVALID',
        path,
        `unbounded domain: \`${what}\` has infinitely many values, so the state space is not finite. Use a finite type: {int: [lo, hi]}, {enum: [...]}, bool, {set: T}, {function: {from: T, to: U}}, {seq: T, max_length: N}, {record: {...}} or {union: [...]}.`,
      );
    if (t === 'bool') return new BoolType();
    if (typeof t === 'string') {
      if (
        [
          'int',
          'integer',
          'string',
          'number',
          'double',
          'uint',
          'list',
          'map',
          'bytes',
          'nat',
          'Nat',
          'Int',
        ].includes(t)
      ) {
        return unbounded(t);
      }
      return this.fail(
        'MC_SPEC_INVALID',
        path,
        `unknown type \`${t}\`; the only type written as a word is \`bool\``,
      );
    }
    if (!isRecordValue(t))
      return this.fail(
        'MC_SPEC_INVALID',
        path,
        'a type must be `bool` or an object such as {int: [0, 3]}',
      );
    const keys = Object.keys(t);
    const kind = keys.find((k) =>
      ['int', 'enum', 'record', 'set', 'function', 'seq', 'union'].includes(k),
    );
    if (kind === undefined) {
      return this.fail(
        'MC_SPEC_INVALID',
        path,
        `unknown type form {${keys.join(', ')}}; use one of int, enum, record, set, function, seq, union`,
      );
    }
    const sub = [...path, kind];
    let out: FiniteType;
    switch (kind) {
      case 'int': {
        const r = t['int'];
        if (!Array.isArray(r) || r.length !== 2) {
          return r === undefined || r === null || r === true
            ? unbounded('int')
            : this.fail('MC_SPEC_INVALID', sub, 'an int type is {int: [lo, hi]}');
        }
        const lo = this.bound(r[0], [...sub, 0]);
        const hi = this.bound(r[1], [...sub, 1]);
        if (hi < lo) this.fail('MC_SPEC_INVALID', sub, `empty int range [${lo}, ${hi}]`);
        if (hi - lo >= 2 ** 31)
          this.fail(
            'MC_SPEC_INVALID',
            sub,
            `int range [${lo}, ${hi}] is too large (at most 2^31 values)`,
          );
        out = new IntType(lo, hi);
        break;
      }
      case 'enum': {
        let names = t['enum'];
        if (typeof names === 'string') {
          const c = this.constants.get(names);
          if (c === undefined)
            this.fail('MC_SPEC_INVALID', sub, `unknown constant \`${names}\` used as an enum`);
          names = c;
        }
        if (
          !Array.isArray(names) ||
          names.length === 0 ||
          !names.every((n) => typeof n === 'string')
        ) {
          return this.fail(
            'MC_SPEC_INVALID',
            sub,
            'an enum is a non-empty list of strings (or the name of a constant that is one)',
          );
        }
        if (new Set(names).size !== names.length)
          this.fail('MC_SPEC_INVALID', sub, 'enum values must be distinct');
        out = new EnumType(names);
        break;
      }
      case 'record': {
        const fields = t['record'];
        if (!isRecordValue(fields) || Object.keys(fields).length === 0) {
          return this.fail('MC_SPEC_INVALID', sub, 'a record type is {record: {field: type, ...}}');
        }
        out = new RecordType(
          new Map(Object.entries(fields).map(([n, ft]) => [n, this.buildType(ft, [...sub, n])])),
        );
        break;
      }
      case 'set': {
        const elem = this.buildType(t['set'], sub);
        if (elem.size > MAX_ENUMERATED) {
          this.fail(
            'MC_SPEC_INVALID',
            sub,
            `set elements range over ${elem.size} values; at most ${MAX_ENUMERATED} are supported (one bit each)`,
          );
        }
        out = new SetType(elem);
        break;
      }
      case 'function': {
        const f = t['function'];
        if (!isRecordValue(f))
          return this.fail(
            'MC_SPEC_INVALID',
            sub,
            'a function type is {function: {from: T, to: U}}',
          );
        const dom = this.buildType(f['from'], [...sub, 'from']);
        const range = this.buildType(f['to'], [...sub, 'to']);
        if (dom.size > MAX_ENUMERATED) {
          this.fail(
            'MC_SPEC_INVALID',
            [...sub, 'from'],
            `function domain has ${dom.size} values; at most ${MAX_ENUMERATED} are supported`,
          );
        }
        out = new FunctionType(dom, range);
        break;
      }
      case 'seq': {
        const elem = this.buildType(t['seq'], sub);
        if (t['max_length'] === undefined) unbounded('seq without max_length');
        const n = this.bound(t['max_length'], [...path, 'max_length']);
        if (n < 0 || n > 1024)
          this.fail(
            'MC_SPEC_INVALID',
            [...path, 'max_length'],
            'max_length must be between 0 and 1024',
          );
        out = new SeqType(elem, n);
        break;
      }
      default: {
        const alts = t['union'];
        if (!Array.isArray(alts) || alts.length === 0)
          return this.fail('MC_SPEC_INVALID', sub, 'a union is a non-empty list of types');
        const types = alts.map((a, i) => this.buildType(a, [...sub, i]));
        out = new UnionType(types);
        if (out.size > MAX_ENUMERATED) {
          this.fail(
            'MC_SPEC_INVALID',
            sub,
            `a union has ${out.size} values; at most ${MAX_ENUMERATED} are supported`,
          );
        }
        break;
      }
    }
    if (out.bits > 1 << 20)
      this.fail(
        'MC_SPEC_INVALID',
        path,
        `type ${out.describe()} needs ${out.bits} bits per state; reduce the domains`,
      );
    return out;
  }

  build(raw: RawSpec): Model {
    this.readConstants(raw.constants);
    this.readDefinitions(raw.definitions);
    let offset = 0;
    for (const [name, t] of Object.entries(raw.variables)) {
      if (this.constants.has(name))
        this.fail(
          'MC_SPEC_INVALID',
          ['variables', name],
          `\`${name}\` is both a constant and a variable`,
          true,
        );
      if (this.defs.has(name))
        this.fail(
          'MC_SPEC_INVALID',
          ['variables', name],
          `\`${name}\` is both a definition and a variable`,
          true,
        );
      const type = this.buildType(t, ['variables', name]);
      this.vars.push({ name, type, offset });
      offset += type.bits;
    }
    if (offset > MAX_STATE_BITS) {
      this.fail(
        'MC_SPEC_INVALID',
        ['variables'],
        `one state needs ${offset} bits; at most ${MAX_STATE_BITS} are supported. Shrink the domains.`,
      );
    }
    const words = Math.max(1, Math.ceil(offset / 32));
    const constScope = this.scope(false, new Map());
    const stateScope = this.scope(true, new Map());

    const blocks = Array.isArray(raw.init) ? raw.init : [raw.init];
    const init = blocks.map((block, bi) => {
      const base: (string | number)[] = Array.isArray(raw.init) ? ['init', bi] : ['init'];
      const rules: InitRule[] = [];
      for (const name of Object.keys(block)) {
        if (!this.vars.some((v) => v.name === name)) {
          this.fail(
            'MC_TYPE_ERROR',
            [...base, name],
            `\`${name}\` in init is not a declared variable; variables: ${this.vars.map((v) => v.name).join(', ')}`,
            true,
          );
        }
      }
      this.vars.forEach((v, vi) => {
        if (!Object.hasOwn(block, v.name)) {
          this.fail(
            'MC_SPEC_INVALID',
            base,
            `init does not assign variable \`${v.name}\`; every variable needs an initial value`,
          );
        }
        const rule = block[v.name];
        const path = [...base, v.name];
        const target = celTypeOf(v.type);
        if (typeof rule === 'string') {
          const c = this.compile(rule, path, constScope);
          this.expectType(c.type, target, path, `the initial value of \`${v.name}\``);
          rules[vi] = { kind: 'eq', fn: c.fn, loc: this.at(path) };
        } else if (
          isRecordValue(rule) &&
          (typeof rule['in'] === 'string' ||
            rule['any'] === true ||
            typeof rule['where'] === 'string')
        ) {
          // `where` filters the candidates; the variable's own name is the candidate.
          let where: Closure | undefined;
          if (typeof rule['where'] === 'string') {
            const candidate = this.scope(
              false,
              new Map([[v.name, { kind: 'param', index: 0, t: target }]]),
            );
            const w = this.compile(rule['where'], [...path, 'where'], candidate);
            this.expectType(
              w.type,
              { k: 'bool' },
              [...path, 'where'],
              `\`where\` of \`${v.name}\``,
            );
            where = w.fn;
          }
          if (typeof rule['in'] === 'string') {
            const src = rule['in'];
            let fn: Closure;
            if (splitRange(src) !== undefined) {
              if (!(v.type instanceof IntType))
                this.fail(
                  'MC_TYPE_ERROR',
                  [...path, 'in'],
                  `a range initialises an int, but \`${v.name}\` is ${v.type.describe()}`,
                );
              fn = this.rangeOf(src, [...path, 'in'], constScope).fn;
            } else {
              const c = this.compile(src, [...path, 'in'], constScope);
              this.expectType(
                c.type,
                { k: 'list', elem: target },
                [...path, 'in'],
                `the initial choices of \`${v.name}\``,
              );
              fn = c.fn;
            }
            rules[vi] = {
              kind: 'in',
              fn,
              ...(where !== undefined ? { where } : {}),
              loc: this.at([...path, 'in']),
            };
          } else {
            rules[vi] = {
              kind: 'all',
              ...(where !== undefined ? { where } : {}),
              loc: this.at([...path, rule['any'] === true ? 'any' : 'where']),
            };
          }
        } else if (isRecordValue(rule) && rule['each'] !== undefined) {
          const fn = this.eachFn(
            v.type,
            rule['each'],
            [...path, 'each'],
            new Map(),
            0,
            false,
            v.name,
          );
          rules[vi] = { kind: 'eq', fn, loc: this.at([...path, 'each']) };
        }
      });
      return rules;
    });

    const names = new Set<string>();
    const actions: Action[] = raw.actions.map((a, ai) => {
      const base = ['actions', ai];
      if (names.has(a.name))
        this.fail('MC_SPEC_INVALID', [...base, 'name'], `duplicate action name \`${a.name}\``);
      names.add(a.name);
      const params: Param[] = [];
      const paramScope = new Map<string, Binding>();
      for (const [pname, src] of Object.entries(a.params ?? {})) {
        const path = [...base, 'params', pname];
        if (this.constants.has(pname) || this.vars.some((v) => v.name === pname)) {
          this.fail(
            'MC_SPEC_INVALID',
            path,
            `parameter \`${pname}\` shadows a constant or variable of the same name`,
            true,
          );
        }
        // A parameter whose list names an earlier parameter is evaluated per tuple, not once.
        let usesParam = false;
        const inner = this.scope(true, paramScope);
        const tracking: NameScope = {
          lookup(name) {
            const found = inner.lookup(name);
            if (found?.kind === 'param') usesParam = true;
            return found;
          },
          known: () => inner.known(),
        };
        const c: Pick<CompiledExpr, 'fn' | 'type' | 'reads'> =
          splitRange(src) !== undefined
            ? { ...this.rangeOf(src, path, tracking), type: { k: 'list', elem: { k: 'int' } } }
            : this.compile(src, path, tracking);
        if (c.type.k !== 'list' && c.type.k !== 'dyn' && c.type.k !== 'map') {
          this.fail(
            'MC_TYPE_ERROR',
            path,
            `parameter \`${pname}\` must range over a list (or a map's keys), but its expression is ${typeName(c.type)}; a parameter needs a finite domain such as a constant list`,
          );
        }
        const elemT: CelT =
          c.type.k === 'list' ? c.type.elem : c.type.k === 'map' ? c.type.key : { k: 'dyn' };
        const param: Param = { name: pname, fn: c.fn, loc: this.at(path) };
        if (c.reads.size === 0 && !usesParam) {
          const v = this.evalConst(c.fn, path);
          const items = Array.isArray(v) ? v : null;
          if (items === null)
            this.fail('MC_TYPE_ERROR', path, `parameter \`${pname}\` must range over a list`);
          param.constant = items;
        }
        params.push(param);
        paramScope.set(pname, { kind: 'param', index: params.length - 1, t: elemT });
      }
      const scope = this.scope(true, paramScope);
      let guard: Closure | undefined;
      if (a.guard !== undefined) {
        const c = this.compile(a.guard, [...base, 'guard'], scope);
        if (c.type.k !== 'bool' && c.type.k !== 'dyn') {
          this.fail(
            'MC_TYPE_ERROR',
            [...base, 'guard'],
            `the guard of action \`${a.name}\` must be a bool, but it is ${typeName(c.type)}. Write a condition such as \`x < 3\`.`,
          );
        }
        guard = c.fn;
      }
      const updates: Update[] = [];
      const whole = new Set<number>();
      const partial = new Set<number>();
      for (const [target, src] of Object.entries(a.updates ?? {})) {
        const path = [...base, 'updates', target];
        const { varIndex, steps, type } = this.target(target, path, scope);
        if (steps.length === 0) {
          if (whole.has(varIndex) || partial.has(varIndex))
            this.fail(
              'MC_SPEC_INVALID',
              path,
              `\`${target}\` is updated twice in action \`${a.name}\``,
              true,
            );
          whole.add(varIndex);
        } else {
          if (whole.has(varIndex))
            this.fail(
              'MC_SPEC_INVALID',
              path,
              `\`${target}\` overlaps a whole update of \`${this.vars[varIndex]!.name}\``,
              true,
            );
          partial.add(varIndex);
        }
        let c: Pick<CompiledExpr, 'fn' | 'added'>;
        if (typeof src !== 'string') {
          // `{each: e}`: a new function value, every key (bound as `key`) mapping to `e` —
          // TLA+'s `[r \in Proc |-> e]`, e.g. a broadcast to every channel of a sender.
          if (paramScope.has('key'))
            this.fail(
              'MC_SPEC_INVALID',
              path,
              '`each` binds `key`, which is also a parameter name',
              true,
            );
          c = {
            fn: this.eachFn(
              type,
              src.each,
              [...path, 'each'],
              paramScope,
              params.length,
              true,
              target,
            ),
          };
        } else {
          const setVar =
            steps.length === 0 && type instanceof SetType ? this.vars[varIndex]!.name : undefined;
          const compiled = this.compile(src, path, scope, false, setVar);
          this.expectType(compiled.type, celTypeOf(type), path, `the new value of \`${target}\``);
          c = compiled;
        }
        updates.push({
          target,
          varIndex,
          steps,
          leaf: type,
          fn: c.fn,
          ...(c.added !== undefined ? { added: c.added } : {}),
          loc: this.at(path),
        });
      }
      const action: Action = { name: a.name, params, guard, updates, loc: this.at(base) };
      // Small constant tuple sets are listed once; larger ones are enumerated lazily per state.
      const product = params.reduce((n, p) => n * (p.constant?.length ?? Infinity), 1);
      if (product <= MAX_LISTED_TUPLES) {
        let tuples: unknown[][] = [[]];
        for (const p of params) tuples = tuples.flatMap((t) => p.constant!.map((v) => [...t, v]));
        action.tuples = tuples;
      }
      return action;
    });

    const invariants: Invariant[] = [];
    const invariantIds: string[] = [];
    (raw.invariants ?? []).forEach((inv, ii) => {
      const base = ['invariants', ii];
      if ('id' in inv) invariants.push(this.shared(inv, base, stateScope, invariantIds));
      else {
        const c = this.compile(inv.expr, [...base, 'expr'], stateScope);
        this.expectType(c.type, { k: 'bool' }, [...base, 'expr'], `invariant \`${inv.name}\``);
        invariants.push({
          name: inv.name,
          severity: inv.severity ?? 'critical',
          ...(inv.message !== undefined ? { message: inv.message } : {}),
          checks: [{ fn: c.fn, source: inv.expr }],
          loc: this.at(base),
        });
      }
    });

    const responses: Response[] = (raw.responses ?? []).map((r, ri) => {
      const base = ['responses', ri];
      const w = this.compile(r.when, [...base, 'when'], stateScope);
      this.expectType(
        w.type,
        { k: 'bool' },
        [...base, 'when'],
        `\`when\` of response \`${r.name}\``,
      );
      const t = this.compile(r.then, [...base, 'then'], stateScope);
      this.expectType(
        t.type,
        { k: 'bool' },
        [...base, 'then'],
        `\`then\` of response \`${r.name}\``,
      );
      return {
        name: r.name,
        when: w.fn,
        then: t.fn,
        within: r.within,
        severity: r.severity ?? 'critical',
        loc: this.at(base),
      };
    });

    const constraintSources =
      raw.constraint === undefined
        ? []
        : Array.isArray(raw.constraint)
          ? raw.constraint
          : [raw.constraint];
    const constraints = constraintSources.map((src, i) => {
      const path = Array.isArray(raw.constraint) ? ['constraint', i] : ['constraint'];
      const c = this.compile(src, path, stateScope);
      this.expectType(c.type, { k: 'bool' }, path, 'a state constraint');
      return { fn: c.fn, source: src, loc: this.at(path) };
    });

    return {
      name: raw.spec,
      file: this.file,
      critical: raw.critical ?? false,
      constraints,
      vars: this.vars,
      words,
      init,
      actions,
      invariants,
      responses,
      deadlock: raw.deadlock ?? true,
      bounds: raw.bounds ?? {},
      slots: this.slots,
      invariantIds,
    };
  }

  private shared(
    inv: { id: string; bind?: Record<string, string> },
    base: (string | number)[],
    stateScope: NameScope,
    ids: string[],
  ): Invariant {
    const found = this.options.invariants?.get(inv.id);
    if (found === undefined) {
      const known = [...(this.options.invariants?.keys() ?? [])].sort();
      const near = known
        .filter((k) => k.toLowerCase().includes(inv.id.toLowerCase().split('.').pop() ?? ''))
        .slice(0, 5);
      this.fail(
        'MC_INVARIANT_NOT_FOUND',
        [...base, 'id'],
        `invariant id \`${inv.id}\` does not resolve to any invariant in the base branch's invariants directory (${known.length} known${near.length > 0 ? `; similar: ${near.join(', ')}` : ''}). Fix the id, add the invariant in a separate pull request, or write it inline with name/expr.`,
      );
    }
    ids.push(inv.id);
    const lets = new Map<string, Binding>();
    for (const [name, src] of Object.entries(inv.bind ?? {})) {
      const c = this.compile(src, [...base, 'bind', name], stateScope);
      lets.set(name, { kind: 'let', fn: c.fn, t: c.type });
    }
    const scope = this.scope(true, lets);
    const checks = found.asserts.map((a) => {
      let c: CompiledExpr;
      try {
        c = compileExpr(a.expr, scope, undefined, { functions: SPEC_FUNCTIONS });
      } catch (thrown) {
        if (thrown instanceof ExprError) {
          const loc = a.location;
          const here = this.at([...base, 'id']);
          throw new MaestroError(
            thrown.code,
            `${here.file}:${here.line}:${here.column}: invariant ${inv.id} (${loc.file}:${loc.line}:${loc.column}) cannot be checked on spec states: ${thrown.message}. Map its names to spec expressions with \`bind\`.`,
            { location: here },
          );
        }
        throw thrown;
      }
      this.slots = Math.max(this.slots, c.slots);
      if (c.type.k !== 'bool' && c.type.k !== 'dyn') {
        this.fail(
          'MC_TYPE_ERROR',
          [...base, 'id'],
          `invariant ${inv.id}: \`${a.expr}\` is ${typeName(c.type)}, not a bool`,
        );
      }
      return {
        fn: c.fn,
        source: a.expr,
        ...(a.message !== undefined ? { message: a.message } : {}),
      };
    });
    if (checks.length === 0) {
      this.fail(
        'MC_INVARIANT_UNSUPPORTED',
        [...base, 'id'],
        `invariant ${inv.id} has no \`assert\` expressions (only temporal rules over event traces), so it cannot be checked on states; reference an invariant with asserts, or write one inline`,
      );
    }
    return {
      name: inv.id,
      id: inv.id,
      severity: found.severity,
      ...(found.title !== undefined ? { message: found.title } : {}),
      checks,
      loc: this.at(base),
      definedAt: found.location,
    };
  }

  private target(
    target: string,
    path: (string | number)[],
    scope: NameScope,
  ): { varIndex: number; steps: TargetStep[]; type: FiniteType } {
    const parts = splitTarget(target);
    if (parts === undefined) {
      return this.fail(
        'MC_SPEC_INVALID',
        path,
        `update target \`${target}\` is not of the form var, var[key] or var.field`,
        true,
      );
    }
    const [rootName, ...chain] = parts;
    const varIndex = this.vars.findIndex((v) => v.name === rootName);
    if (varIndex < 0) {
      this.fail(
        'MC_TYPE_ERROR',
        path,
        `update target \`${target}\`: \`${rootName}\` is not a declared variable; variables: ${this.vars.map((v) => v.name).join(', ')}`,
        true,
      );
    }
    let type = this.vars[varIndex]!.type;
    const steps: TargetStep[] = [];
    for (const step of chain) {
      if (step.kind === 'field') {
        if (!(type instanceof RecordType) || !type.fields.has(step.text)) {
          this.fail(
            'MC_TYPE_ERROR',
            path,
            `update target \`${target}\`: ${type.describe()} has no field \`${step.text}\``,
            true,
          );
        }
        steps.push({ kind: 'field', name: step.text, container: type });
        type = type.fields.get(step.text)!;
      } else {
        if (!(type instanceof FunctionType)) {
          this.fail(
            'MC_TYPE_ERROR',
            path,
            `update target \`${target}\`: only functions can be updated by key, but this is ${type.describe()}`,
            true,
          );
        }
        const c = this.compile(step.text, path, scope, true);
        this.expectType(c.type, celTypeOf(type.dom), path, `the key in \`${target}\``);
        steps.push({ kind: 'key', fn: c.fn, container: type });
        type = type.range;
      }
    }
    return { varIndex, steps, type };
  }

  /**
   * A closure building a function value: every key of `type`'s domain, bound as `key` (at
   * parameter position `index`), maps to `src` — itself an expression or a nested `{each}`.
   */
  private eachFn(
    type: FiniteType,
    src: unknown,
    path: (string | number)[],
    extra: ReadonlyMap<string, Binding>,
    index: number,
    withVars: boolean,
    what: string,
  ): Closure {
    if (!(type instanceof FunctionType))
      this.fail(
        'MC_TYPE_ERROR',
        path,
        `\`each\` builds a function, but \`${what}\` is ${type.describe()}`,
      );
    const scope = new Map<string, Binding>([
      ...extra,
      ['key', { kind: 'param', index, t: celTypeOf(type.dom) }],
    ]);
    let inner: Closure;
    if (typeof src === 'string') {
      const c = this.compile(src, path, this.scope(withVars, scope));
      this.expectType(c.type, celTypeOf(type.range), path, `every entry of \`${what}\``);
      inner = c.fn;
    } else if (isRecordValue(src) && src['each'] !== undefined) {
      inner = this.eachFn(
        type.range,
        src['each'],
        [...path, 'each'],
        extra,
        index,
        withVars,
        `${what}[key]`,
      );
    } else {
      return this.fail(
        'MC_SPEC_INVALID',
        path,
        '`each` takes an expression or a nested {each: ...}',
      );
    }
    const dom = type.dom;
    const keys = dom.values();
    return (env) => {
      const saved = env.p;
      const vals = new Array<unknown>(keys.length);
      try {
        for (let i = 0; i < keys.length; i++) {
          const p = saved.slice(0, index);
          p[index] = keys[i];
          env.p = p;
          vals[i] = inner(env);
        }
      } finally {
        env.p = saved;
      }
      return new FnValue(dom, vals);
    };
  }

  private compile(
    src: string,
    path: (string | number)[],
    scope: NameScope,
    key = false,
    setVar?: string,
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
      const c = compileExpr(expanded.text, scope, setVar, { functions: SPEC_FUNCTIONS });
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
  private exprLocation(path: (string | number)[], offset: number, key: boolean): SourceLocation {
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

  private nodeAt(path: (string | number)[], key: boolean): Node | undefined {
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

  private expectType(got: CelT, want: CelT, path: (string | number)[], what: string): void {
    if (!assignable(got, want)) {
      this.fail(
        'MC_TYPE_ERROR',
        path,
        `${what} must be ${typeName(want)}, but the expression is ${typeName(got)}`,
      );
    }
  }

  private evalConst(fn: Closure, path: (string | number)[]): unknown {
    try {
      return fn({
        v: [],
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

  private scope(withVars: boolean, extra: ReadonlyMap<string, Binding>): NameScope {
    const vars = this.vars;
    const constants = this.constants;
    return {
      lookup(name) {
        const x = extra.get(name);
        if (x !== undefined) return x;
        if (withVars) {
          const index = vars.findIndex((v) => v.name === name);
          if (index >= 0) return { kind: 'var', index, type: vars[index]!.type };
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

function assignable(got: CelT, want: CelT): boolean {
  if (got.k === 'dyn' || want.k === 'dyn') return true;
  const mapLike = (t: CelT): boolean => t.k === 'map' || t.k === 'record';
  if (mapLike(got) && mapLike(want)) return true;
  if (got.k !== want.k) return false;
  if (got.k === 'list' && want.k === 'list') return assignable(got.elem, want.elem);
  return true;
}

/** Splits `var`, `var[key]`, `var.field`, `var[k1].f[k2]` into the root name and its steps. */
export function splitTarget(
  target: string,
): [string, ...{ kind: 'key' | 'field'; text: string }[]] | undefined {
  const root = /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(target);
  if (!root) return undefined;
  const steps: { kind: 'key' | 'field'; text: string }[] = [];
  let i = root[0].length;
  while (i < target.length) {
    const ch = target[i]!;
    if (ch === ' ') {
      i++;
    } else if (ch === '.') {
      const m = /^\.\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(target.slice(i));
      if (!m) return undefined;
      steps.push({ kind: 'field', text: m[1]! });
      i += m[0].length;
    } else if (ch === '[') {
      let depth = 0;
      let quote: string | undefined;
      let j = i;
      for (; j < target.length; j++) {
        const c = target[j]!;
        if (quote !== undefined) {
          if (c === '\\') j++;
          else if (c === quote) quote = undefined;
        } else if (c === "'" || c === '"') quote = c;
        else if (c === '[') depth++;
        else if (c === ']' && --depth === 0) break;
      }
      if (j >= target.length) return undefined;
      const text = target.slice(i + 1, j).trim();
      if (text === '') return undefined;
      steps.push({ kind: 'key', text });
      i = j + 1;
    } else {
      return undefined;
    }
  }
  return [root[1]!, ...steps];
}

function noState(): never {
  throw new Error('internal: a constant expression read a state variable');
}
