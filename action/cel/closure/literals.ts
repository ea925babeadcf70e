/**
 * The data-building nodes of the closure compiler: literals (in the compilation's number
 * mode), map literals and the static type of a selected field.
 */
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import { CelRuntimeError } from './errors.js';
import {
  constant,
  type Closure,
  type ClosureEnv,
  type Compiled,
  type Locals,
  type Lowering,
} from './lowering.js';
import { BOOL, DOUBLE, DYN, INT, joinTypes, NULL, STRING, typeName, type CelT } from './types.js';

/** A literal constant; json mode keeps doubles, int mode accepts only integral numbers. */
export function compileLiteral<E extends ClosureEnv>(
  cx: Lowering<E>,
  e: Expr,
  c: Extract<Expr['exprKind'], { case: 'constExpr' }>['value']['constantKind'],
): Compiled<E> {
  const int = cx.ops.mode === 'int';
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the default case handles the rest
  switch (c.case) {
    case 'boolValue':
      return constant(c.value, BOOL);
    case 'stringValue':
      return constant(c.value, STRING);
    case 'int64Value': {
      try {
        return constant(cx.ops.intLiteral(c.value), INT);
      } catch (thrown) {
        return cx.fail(e, thrown instanceof Error ? thrown.message : String(thrown));
      }
    }
    case 'doubleValue':
      if (!int) return constant(c.value, DOUBLE);
      // Shared invariants are written for JSON records (`attempt >= 1.0`); an integral
      // double compares exactly like the int, anything else has no finite-domain meaning.
      if (Number.isSafeInteger(c.value)) return constant(c.value, INT);
      return cx.fail(
        e,
        `non-integral number ${c.value} is not supported ${cx.settings.dialect} (ints only)`,
      );
    case 'nullValue':
      if (!int) return constant(null, NULL);
      return cx.fail(
        e,
        `null is not supported ${cx.settings.dialect} (use bool, int and string values)`,
      );
    default:
      return cx.fail(
        e,
        `literal of kind ${String(c.case)} is not supported ${cx.settings.dialect} (use bool, int and string values)`,
      );
  }
}

export function fieldTypeOf<E extends ClosureEnv>(
  cx: Lowering<E>,
  e: Expr,
  t: CelT,
  field: string,
): CelT {
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- the default case handles the rest
  switch (t.k) {
    case 'record': {
      const ft = t.fields.get(field);
      if (ft === undefined) {
        return cx.fail(
          e,
          `no field \`${field}\` in ${typeName(t)}; fields: ${[...t.fields.keys()].join(', ')}`,
        );
      }
      return ft;
    }
    case 'map':
      if (t.key.k !== 'string' && t.key.k !== 'dyn')
        cx.fail(e, `cannot select \`.${field}\` on ${typeName(t)}`);
      return t.val;
    case 'dyn':
      return DYN;
    default:
      return cx.fail(e, `cannot select \`.${field}\` on a value of type ${typeName(t)}`);
  }
}

export function compileStruct<E extends ClosureEnv>(
  cx: Lowering<E>,
  e: Expr,
  v: Extract<Expr['exprKind'], { case: 'structExpr' }>['value'],
  locals: Locals<E>,
  depth: number,
  nest: number,
): Compiled<E> {
  if (v.messageName !== '')
    cx.fail(e, `message construction is not supported ${cx.settings.dialect}`);
  const keyFns: Closure<E>[] = [];
  const valFns: Closure<E>[] = [];
  const fields = new Map<string, CelT>();
  let allConstStrings = true;
  const keyTypes: CelT[] = [];
  const valTypes: CelT[] = [];
  for (const entry of v.entries) {
    if (entry.keyKind.case !== 'mapKey') return cx.fail(e, 'only map literals are supported');
    if (entry.optionalEntry) cx.fail(e, 'optional map entries are not supported');
    if (entry.value === undefined) return cx.fail(e, 'map entry without value');
    const key = entry.keyKind.value;
    const kc = key.exprKind;
    const kOut = cx.compile(key, locals, depth + 1, nest);
    if (kc.case === 'constExpr' && kc.value.constantKind.case === 'stringValue') {
      const name = kc.value.constantKind.value;
      if (fields.has(name)) cx.fail(key, `duplicate key ${JSON.stringify(name)} in map literal`);
      fields.set(name, DYN);
    } else {
      allConstStrings = false;
      if (!['int', 'string', 'bool', 'dyn'].includes(kOut.t.k))
        cx.fail(key, `unsupported map key type '${typeName(kOut.t)}'`);
    }
    const val = cx.compile(entry.value, locals, depth + 1, nest);
    if (allConstStrings && kc.case === 'constExpr' && kc.value.constantKind.case === 'stringValue')
      fields.set(kc.value.constantKind.value, val.t);
    keyFns.push(kOut.fn);
    valFns.push(val.fn);
    keyTypes.push(kOut.t);
    valTypes.push(val.t);
  }
  const ops = cx.ops;
  const t: CelT = allConstStrings
    ? { k: 'record', fields, partial: false }
    : { k: 'map', key: joinTypes(keyTypes), val: joinTypes(valTypes) };
  return {
    t,
    fn: (env) => {
      const keys = keyFns.map((f) => f(env));
      if (!allConstStrings && new Set(keys).size !== keys.length)
        throw new CelRuntimeError('duplicate key in map literal');
      return ops.makeMap(
        keys,
        valFns.map((f) => f(env)),
      );
    },
  };
}
