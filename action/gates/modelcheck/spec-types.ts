/**
 * Builds a variable's finite type from its spec form (`bool`, `{int: [lo, hi]}`, `{enum}`,
 * `{record}`, `{set}`, `{function}`, `{seq}`, `{union}`), refusing unbounded domains with a
 * message that says which finite type to use instead.
 */
import {
  BoolType,
  EnumType,
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
import type { SpecContext, SpecPath } from './spec-context.js';

/** The finite type written `t` at `path`; throws `MC_SPEC_INVALID` for anything unbounded. */
export function buildType(ctx: SpecContext, t: unknown, path: SpecPath): FiniteType {
  const unbounded = (what: string): never =>
    ctx.fail(
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
    return ctx.fail(
      'MC_SPEC_INVALID',
      path,
      `unknown type \`${t}\`; the only type written as a word is \`bool\``,
    );
  }
  if (!isRecordValue(t))
    return ctx.fail(
      'MC_SPEC_INVALID',
      path,
      'a type must be `bool` or an object such as {int: [0, 3]}',
    );
  const keys = Object.keys(t);
  const kind = keys.find((k) =>
    ['int', 'enum', 'record', 'set', 'function', 'seq', 'union'].includes(k),
  );
  if (kind === undefined) {
    return ctx.fail(
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
          : ctx.fail('MC_SPEC_INVALID', sub, 'an int type is {int: [lo, hi]}');
      }
      const lo = ctx.bound(r[0], [...sub, 0]);
      const hi = ctx.bound(r[1], [...sub, 1]);
      if (hi < lo) ctx.fail('MC_SPEC_INVALID', sub, `empty int range [${lo}, ${hi}]`);
      if (hi - lo >= 2 ** 31)
        ctx.fail(
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
        const c = ctx.constants.get(names);
        if (c === undefined)
          ctx.fail('MC_SPEC_INVALID', sub, `unknown constant \`${names}\` used as an enum`);
        names = c;
      }
      if (
        !Array.isArray(names) ||
        names.length === 0 ||
        !names.every((n) => typeof n === 'string')
      ) {
        return ctx.fail(
          'MC_SPEC_INVALID',
          sub,
          'an enum is a non-empty list of strings (or the name of a constant that is one)',
        );
      }
      if (new Set(names).size !== names.length)
        ctx.fail('MC_SPEC_INVALID', sub, 'enum values must be distinct');
      out = new EnumType(names);
      break;
    }
    case 'record': {
      const fields = t['record'];
      if (!isRecordValue(fields) || Object.keys(fields).length === 0) {
        return ctx.fail('MC_SPEC_INVALID', sub, 'a record type is {record: {field: type, ...}}');
      }
      out = new RecordType(
        new Map(Object.entries(fields).map(([n, ft]) => [n, buildType(ctx, ft, [...sub, n])])),
      );
      break;
    }
    case 'set': {
      const elem = buildType(ctx, t['set'], sub);
      if (elem.size > MAX_ENUMERATED) {
        ctx.fail(
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
        return ctx.fail('MC_SPEC_INVALID', sub, 'a function type is {function: {from: T, to: U}}');
      const dom = buildType(ctx, f['from'], [...sub, 'from']);
      const range = buildType(ctx, f['to'], [...sub, 'to']);
      if (dom.size > MAX_ENUMERATED) {
        ctx.fail(
          'MC_SPEC_INVALID',
          [...sub, 'from'],
          `function domain has ${dom.size} values; at most ${MAX_ENUMERATED} are supported`,
        );
      }
      out = new FunctionType(dom, range);
      break;
    }
    case 'seq': {
      const elem = buildType(ctx, t['seq'], sub);
      if (t['max_length'] === undefined) unbounded('seq without max_length');
      const n = ctx.bound(t['max_length'], [...path, 'max_length']);
      if (n < 0 || n > 1024)
        ctx.fail(
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
        return ctx.fail('MC_SPEC_INVALID', sub, 'a union is a non-empty list of types');
      const types = alts.map((a, i) => buildType(ctx, a, [...sub, i]));
      out = new UnionType(types);
      if (out.size > MAX_ENUMERATED) {
        ctx.fail(
          'MC_SPEC_INVALID',
          sub,
          `a union has ${out.size} values; at most ${MAX_ENUMERATED} are supported`,
        );
      }
      break;
    }
  }
  if (out.bits > 1 << 20)
    ctx.fail(
      'MC_SPEC_INVALID',
      path,
      `type ${out.describe()} needs ${out.bits} bits per state; reduce the domains`,
    );
  return out;
}
