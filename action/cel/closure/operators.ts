/**
 * The operators and built-in functions of the closure compiler (logic, comparison,
 * arithmetic, `in`, indexing, `size` and the string methods): static type checks at compile
 * time, then one closure specialised to the operand types. One cohesive table of CEL's
 * standard overloads.
 */
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import { CelRuntimeError, isBudgetError, REFUSED } from './errors.js';
import { OPERATOR_NAMES } from './functions.js';
import { bool, constant, type ClosureEnv, type Compiled, type Lowering } from './lowering.js';
import {
  BOOL,
  compatible,
  DYN,
  INT,
  isNumeric,
  joinTypes,
  STRING,
  typeName,
  type CelT,
} from './types.js';
import { showValue } from './values.js';

/**
 * The closure of a standard operator or function call, or `undefined` when `name` is not one
 * (the caller then looks for an extension function).
 */
export function compileOperator<E extends ClosureEnv>(
  cx: Lowering<E>,
  e: Expr,
  name: string,
  tgt: Compiled<E> | undefined,
  args: Compiled<E>[],
  argExprs: Expr[],
): Compiled<E> | undefined {
  const ops = cx.ops;
  const json = ops.mode === 'json';
  const a0 = args[0];
  const a1 = args[1];
  const need = (n: number): void => {
    if (args.length !== n || tgt !== undefined)
      cx.fail(e, `\`${OPERATOR_NAMES[name] ?? name}\` takes ${n} argument(s)`);
  };
  const expectBool = (o: Compiled<E>, what: string, at: Expr): void => {
    if (o.t.k !== 'bool' && o.t.k !== 'dyn')
      cx.fail(at, `${what} must be a bool, but it is ${typeName(o.t)}`);
  };
  switch (name) {
    case '_&&_':
    case '_||_': {
      need(2);
      const sym = name === '_&&_' ? '&&' : '||';
      expectBool(a0!, `the left side of \`${sym}\``, argExprs[0]!);
      expectBool(a1!, `the right side of \`${sym}\``, argExprs[1]!);
      const l = a0!.fn;
      const r = a1!.fn;
      const absorbing = name === '_||_';
      // A constant bool on the left decides without the right side, or hands over to it.
      const lk = a0!.known;
      if (lk !== undefined && typeof lk.value === 'boolean') {
        if (lk.value === absorbing) return constant(absorbing, BOOL);
        return { t: BOOL, fn: (env) => bool(r(env), 'a logical operand') };
      }
      // CEL's commutative logic: a decisive operand wins even when the other one fails.
      // A refusal is never absorbed: the library may fail outright on the value refused.
      const afterLeftError = (thrown: unknown, env: E): unknown => {
        if (isBudgetError(thrown) || thrown === REFUSED) throw thrown;
        let rv: unknown;
        try {
          rv = r(env);
        } catch (second) {
          if (isBudgetError(second) || second === REFUSED) throw second;
          throw thrown;
        }
        if (rv === absorbing) return absorbing;
        throw thrown;
      };
      return {
        t: BOOL,
        fn: (env) => {
          let lv: unknown;
          try {
            lv = l(env);
          } catch (thrown) {
            return afterLeftError(thrown, env);
          }
          if (lv === absorbing) return absorbing;
          const rv = r(env);
          if (rv === absorbing) return absorbing;
          if (typeof lv !== 'boolean')
            throw new CelRuntimeError(`logical operand is not a bool: ${showValue(lv)}`);
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
          } catch (thrown) {
            // CEL: an error in a loop condition does not stop the loop early.
            if (isBudgetError(thrown) || thrown === REFUSED) throw thrown;
            return true;
          }
        },
      };
    }
    case '_?_:_': {
      need(3);
      expectBool(a0!, 'the condition of `? :`', argExprs[0]!);
      if (!json && !compatible(args[1]!.t, args[2]!.t)) {
        cx.fail(
          e,
          `the branches of \`? :\` have different types: ${typeName(args[1]!.t)} and ${typeName(args[2]!.t)}`,
        );
      }
      const [c, t, f] = [a0!.fn, args[1]!.fn, args[2]!.fn];
      const ck = a0!.known;
      // A constant condition picks its branch once.
      if (ck !== undefined && typeof ck.value === 'boolean')
        return { ...(ck.value ? args[1]! : args[2]!), t: joinTypes([args[1]!.t, args[2]!.t]) };
      return {
        t: joinTypes([args[1]!.t, args[2]!.t]),
        fn: (env) => (bool(c(env), 'the condition of `? :`') ? t(env) : f(env)),
      };
    }
    case '_==_':
    case '_!=_': {
      need(2);
      if (!json && !compatible(a0!.t, a1!.t)) {
        cx.fail(
          e,
          `cannot compare ${typeName(a0!.t)} with ${typeName(a1!.t)}: the comparison would always be false`,
        );
      }
      const [l, r] = [a0!.fn, a1!.fn];
      const same = a0!.t.k === a1!.t.k;
      const scalar = (t: CelT): boolean =>
        t.k === 'string' || t.k === 'bool' || (!json && t.k === 'int');
      if (same && scalar(a0!.t)) {
        // Typed scalars of one type: identity is CEL equality.
        if (name === '_==_') return { t: BOOL, fn: (env) => l(env) === r(env) };
        return { t: BOOL, fn: (env) => l(env) !== r(env) };
      }
      if (name === '_==_') return { t: BOOL, fn: (env) => ops.eq(l(env), r(env)) };
      return { t: BOOL, fn: (env) => !ops.eq(l(env), r(env)) };
    }
    case '_<_':
    case '_<=_':
    case '_>_':
    case '_>=_': {
      need(2);
      for (const [i, o] of [a0!, a1!].entries()) {
        if (!['int', 'double', 'string', 'bool', 'dyn'].includes(o.t.k))
          cx.fail(argExprs[i]!, `cannot order values of type ${typeName(o.t)}`);
      }
      if (!compatible(a0!.t, a1!.t))
        cx.fail(e, `cannot order ${typeName(a0!.t)} against ${typeName(a1!.t)}`);
      const [l, r] = [a0!.fn, a1!.fn];
      // Two numbers (the common case in both modes) compare without a call.
      const cmp = ops.cmp;
      if (name === '_<_')
        return {
          t: BOOL,
          fn: (env) => {
            const x = l(env);
            const y = r(env);
            return typeof x === 'number' && typeof y === 'number' ? x < y : cmp(x, y) < 0;
          },
        };
      if (name === '_<=_')
        return {
          t: BOOL,
          fn: (env) => {
            const x = l(env);
            const y = r(env);
            return typeof x === 'number' && typeof y === 'number' ? x <= y : cmp(x, y) <= 0;
          },
        };
      if (name === '_>_')
        return {
          t: BOOL,
          fn: (env) => {
            const x = l(env);
            const y = r(env);
            return typeof x === 'number' && typeof y === 'number' ? x > y : cmp(x, y) > 0;
          },
        };
      return {
        t: BOOL,
        fn: (env) => {
          const x = l(env);
          const y = r(env);
          return typeof x === 'number' && typeof y === 'number' ? x >= y : cmp(x, y) >= 0;
        },
      };
    }
    case '_+_': {
      need(2);
      const [lt, rt] = [a0!.t, a1!.t];
      const addable = ['int', 'double', 'string', 'list', 'dyn'];
      if (
        !addable.includes(lt.k) ||
        !addable.includes(rt.k) ||
        (lt.k !== 'dyn' && rt.k !== 'dyn' && lt.k !== rt.k) ||
        !compatible(lt, rt)
      )
        cx.fail(e, `\`+\` is not defined for ${typeName(lt)} and ${typeName(rt)}`);
      const [l, r] = [a0!.fn, a1!.fn];
      const t = lt.k === 'dyn' ? rt : lt.k === 'list' && rt.k === 'list' ? joinTypes([lt, rt]) : lt;
      return { t, fn: (env) => ops.add(l(env), r(env)) };
    }
    case '_-_':
    case '_*_':
    case '_/_':
    case '_%_': {
      need(2);
      const sym = name.slice(1, -1);
      for (const [i, o] of [a0!, a1!].entries()) {
        if (!isNumeric(o.t) && o.t.k !== 'dyn')
          cx.fail(
            argExprs[i]!,
            `\`${sym}\` needs ${json ? 'numbers' : 'ints'}, but this operand is ${typeName(o.t)}`,
          );
      }
      if (isNumeric(a0!.t) && isNumeric(a1!.t) && a0!.t.k !== a1!.t.k)
        cx.fail(e, `\`${sym}\` is not defined for ${typeName(a0!.t)} and ${typeName(a1!.t)}`);
      const t = a0!.t.k !== 'dyn' ? a0!.t : a1!.t.k !== 'dyn' ? a1!.t : json ? DYN : INT;
      const [l, r] = [a0!.fn, a1!.fn];
      const f =
        name === '_-_' ? ops.sub : name === '_*_' ? ops.mul : name === '_/_' ? ops.div : ops.mod;
      return { t, fn: (env) => f(l(env), r(env)) };
    }
    case '-_': {
      need(1);
      if (!isNumeric(a0!.t) && a0!.t.k !== 'dyn')
        cx.fail(e, `unary \`-\` needs ${json ? 'a number' : 'an int'}, got ${typeName(a0!.t)}`);
      const f = a0!.fn;
      return { t: a0!.t.k === 'dyn' && !json ? INT : a0!.t, fn: (env) => ops.neg(f(env)) };
    }
    case '@in': {
      need(2);
      const ct = a1!.t;
      if (ct.k === 'list') {
        if (!json && !compatible(a0!.t, ct.elem))
          cx.fail(e, `\`in\`: a ${typeName(a0!.t)} can never be an element of ${typeName(ct)}`);
      } else if (ct.k === 'map') {
        if (!json && !compatible(a0!.t, ct.key))
          cx.fail(e, `\`in\`: a ${typeName(a0!.t)} can never be a key of ${typeName(ct)}`);
      } else if (ct.k === 'record') {
        if (!json && !compatible(a0!.t, STRING))
          cx.fail(e, `\`in\`: a ${typeName(a0!.t)} can never be a field of a record`);
      } else if (ct.k !== 'dyn') {
        cx.fail(e, `\`in\` needs a list or a map on the right, got ${typeName(ct)}`);
      }
      const [x, c] = [a0!.fn, a1!.fn];
      return { t: BOOL, fn: (env) => ops.inContainer(x(env), c(env)) };
    }
    case '_[_]': {
      need(2);
      const ct = a0!.t;
      let t: CelT = DYN;
      if (ct.k === 'list') {
        if (a1!.t.k !== 'int' && a1!.t.k !== 'dyn')
          cx.fail(e, `a list index must be an int, got ${typeName(a1!.t)}`);
        t = ct.elem;
      } else if (ct.k === 'map') {
        if (!compatible(a1!.t, ct.key))
          cx.fail(e, `a key of ${typeName(ct)} cannot be a ${typeName(a1!.t)}`);
        t = ct.val;
      } else if (ct.k === 'record') {
        const kc = argExprs[1]!.exprKind;
        if (kc.case === 'constExpr' && kc.value.constantKind.case === 'stringValue')
          t = cx.fieldType(e, ct, kc.value.constantKind.value);
      } else if (ct.k !== 'dyn') {
        cx.fail(e, `cannot index a value of type ${typeName(ct)}`);
      }
      const [c, k] = [a0!.fn, a1!.fn];
      return { t, fn: (env) => ops.index(c(env), k(env)) };
    }
    case 'size': {
      const o = tgt ?? a0;
      if (o === undefined || args.length + (tgt ? 1 : 0) !== 1)
        return cx.fail(e, '`size` takes one argument');
      if (!['string', 'list', 'map', 'record', 'dyn'].includes(o.t.k))
        cx.fail(e, `size() needs a string, list or map, got ${typeName(o.t)}`);
      const f = o.fn;
      return { t: INT, fn: (env) => ops.size(f(env)) };
    }
    case 'contains':
    case 'startsWith':
    case 'endsWith': {
      if (tgt === undefined || args.length !== 1)
        return cx.fail(e, `\`${name}\` is a string method taking one argument`);
      for (const o of [tgt, a0!]) {
        if (o.t.k !== 'string' && o.t.k !== 'dyn')
          cx.fail(e, `\`${name}\` needs strings, got ${typeName(o.t)}`);
      }
      const [s, x] = [tgt.fn, a0!.fn];
      const method =
        name === 'contains'
          ? (a: string, b: string) => a.includes(b)
          : name === 'startsWith'
            ? (a: string, b: string) => a.startsWith(b)
            : (a: string, b: string) => a.endsWith(b);
      return {
        t: BOOL,
        fn: (env) => {
          const sv = s(env);
          const xv = x(env);
          if (typeof sv !== 'string' || typeof xv !== 'string') {
            if (json && (ops.kind(sv) === 'other' || ops.kind(xv) === 'other')) throw REFUSED;
            throw new CelRuntimeError(`\`${name}\` needs strings`);
          }
          return method(sv, xv);
        },
      };
    }
    default:
      return undefined;
  }
}
