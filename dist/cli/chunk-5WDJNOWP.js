import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  problemsOf,
  require_ucs2length
} from "./chunk-YGX6R5VT.js";
import {
  MaestroError
} from "./chunk-G6ONNIUE.js";
import {
  __commonJS,
  __toESM,
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-23CADIEF.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate5 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate5);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate5 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate5 });
        validate5.errors = null;
        validate5.schema = sch.schema;
        validate5.schemaEnv = sch;
        if (sch.$async)
          validate5.$async = true;
        if (this.opts.code.source === true) {
          validate5.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate5.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate5.source)
            validate5.source.evaluated = (0, codegen_1.stringify)(validate5.evaluated);
        }
        sch.validate = validate5;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate5 = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate5));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate5, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate5);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate5);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv2, sch) {
        return $data ? ajv2.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate5, compare) {
      return { validate: validate5, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv2) => {
      ajv2.addKeyword(exports.formatLimitDefinition);
      return ajv2;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv2, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv2, opts, formats_1.fullFormats, fullName);
        return ajv2;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv2, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv2);
      return ajv2;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv2, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv2.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv2.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// action/schemas/validators.ts
init_define_MAESTRO_CODE_DIGESTS();
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);

// schemas/gate-result.schema.json
var gate_result_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://maestro-gate.dev/schemas/gate-result.schema.json",
  title: "Maestro Gate: gate result",
  description: "The shape every gate returns (MISSION \xA71). Reason codes and gate names are the closed vocabularies of action/contract/codebook.json.",
  type: "object",
  required: [
    "gate",
    "decision",
    "reason_code",
    "sealed",
    "overrideable",
    "final_decider",
    "findings",
    "inputs_digest",
    "duration_ms"
  ],
  properties: {
    gate: { $ref: "#/$defs/name" },
    decision: { $ref: "#/$defs/decision" },
    reason_code: { $ref: "#/$defs/name" },
    sealed: { type: "boolean" },
    overrideable: { type: "boolean" },
    final_decider: { enum: ["SYSTEM", "USER"] },
    findings: { type: "array", items: { $ref: "#/$defs/finding" } },
    inputs_digest: { $ref: "#/$defs/digest" },
    duration_ms: { type: "number", minimum: 0 },
    summary: { type: "string" },
    cards: { type: "array", items: { $ref: "#/$defs/card" } },
    reused: { type: "boolean" },
    report: { type: "object" },
    required_approvals: { type: "integer", minimum: 0 },
    approver_groups: { type: "array", items: { type: "string" } }
  },
  additionalProperties: false,
  $defs: {
    name: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9_]*$" },
    decision: { enum: ["RUN", "PAUSE_FOR_HITL", "STOPPED"] },
    digest: { type: "string", pattern: "^sha256:[0-9a-f]{64}$" },
    finding: {
      type: "object",
      required: ["message", "level"],
      properties: {
        message: { type: "string", minLength: 1 },
        level: { enum: ["error", "warning", "note"] },
        rule: { type: "string" },
        file: { type: "string" },
        line: { type: "integer", minimum: 1 },
        column: { type: "integer", minimum: 1 },
        counterexample: { $ref: "#/$defs/counterexample" }
      },
      additionalProperties: false
    },
    counterexample: {
      type: "object",
      required: ["kind", "steps"],
      properties: {
        kind: { type: "string" },
        steps: { type: "array" },
        location: {
          type: "object",
          required: ["file"],
          properties: {
            file: { type: "string" },
            line: { type: "integer", minimum: 1 },
            column: { type: "integer", minimum: 1 }
          },
          additionalProperties: false
        }
      },
      additionalProperties: false
    },
    card: {
      type: "object",
      required: ["title", "decision", "reasons", "evidence", "to_change"],
      properties: {
        title: { type: "string" },
        decision: { $ref: "#/$defs/decision" },
        reasons: { type: "array", items: { type: "string" } },
        evidence: { type: "object", additionalProperties: { type: "string" } },
        to_change: { type: "string" }
      },
      additionalProperties: false
    },
    outcome: {
      description: "What a gate returns before the runner stamps gate, duration, digest and decider.",
      type: "object",
      required: ["decision", "reason_code", "sealed", "overrideable", "findings"],
      properties: {
        decision: { $ref: "#/$defs/decision" },
        reason_code: { $ref: "#/$defs/name" },
        sealed: { type: "boolean" },
        overrideable: { type: "boolean" },
        findings: { type: "array", items: { $ref: "#/$defs/finding" } },
        inputs_digest: { $ref: "#/$defs/digest" },
        summary: { type: "string" },
        cards: { type: "array", items: { $ref: "#/$defs/card" } },
        reused: { type: "boolean" },
        report: { type: "object" },
        required_approvals: { type: "integer", minimum: 0 },
        approver_groups: { type: "array", items: { type: "string" } }
      },
      additionalProperties: false
    }
  }
};

// schemas/gate-run.schema.json
var gate_run_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://maestro-gate.dev/schemas/gate-run.schema.json",
  title: "Maestro Gate: gate run (maestro-gate check --format json)",
  type: "object",
  required: [
    "schema_version",
    "tool",
    "run_id",
    "started_at",
    "head_dir",
    "base_dir",
    "verdict",
    "gates"
  ],
  properties: {
    schema_version: { const: 1 },
    tool: {
      type: "object",
      required: ["name", "version"],
      properties: { name: { const: "maestro-gate" }, version: { type: "string" } },
      additionalProperties: false
    },
    run_id: { type: "string", minLength: 1 },
    started_at: { type: "string", format: "date-time" },
    head_dir: { type: "string" },
    base_dir: { type: "string" },
    config_file: { type: "string" },
    verdict: {
      type: "object",
      required: [
        "decision",
        "sealed",
        "overrideable",
        "final_decider",
        "reason_codes",
        "required_approvals",
        "approver_groups"
      ],
      properties: {
        decision: { $ref: "gate-result.schema.json#/$defs/decision" },
        sealed: { type: "boolean" },
        overrideable: { type: "boolean" },
        final_decider: { const: "SYSTEM" },
        reason_codes: {
          type: "array",
          minItems: 1,
          items: { $ref: "gate-result.schema.json#/$defs/name" }
        },
        required_approvals: { type: "integer", minimum: 0 },
        approver_groups: { type: "array", items: { type: "string" } }
      },
      additionalProperties: false
    },
    gates: { type: "array", items: { $ref: "gate-result.schema.json" } },
    evidence: {
      type: "object",
      required: ["dir", "audit_log"],
      properties: {
        dir: { type: "string" },
        audit_log: { type: "string" },
        audit_head: { type: "string" },
        files: { type: "array", items: { type: "string" } }
      },
      additionalProperties: true
    }
  },
  additionalProperties: false
};

// schemas/maestro-config.schema.json
var maestro_config_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://maestro-gate.dev/schemas/maestro-config.schema.json",
  title: "Maestro Gate configuration (.github/maestro.yml)",
  description: "Read from the base branch, never from the pull request head. Unknown keys are errors.",
  type: "object",
  required: [
    "version",
    "gates"
  ],
  properties: {
    version: {
      const: 1,
      description: "Configuration format version. Always 1."
    },
    gates: {
      type: "object",
      description: "The gates to run. A gate runs when its section is present and not `enabled: false`.",
      properties: {
        invariants: {
          type: "object",
          description: "The invariant gate: CEL invariants (read from the base branch) checked over JSONL event traces (read from the pull request head).",
          additionalProperties: false,
          required: [
            "traces"
          ],
          properties: {
            enabled: {
              type: "boolean",
              description: "Set to false to switch the gate off."
            },
            paths: {
              type: "array",
              description: 'Invariant directories, files or globs, relative to the repository root, read from the base branch (default ["invariants"]). A directory contributes every *.yaml and *.yml below it.',
              minItems: 1,
              items: {
                type: "string",
                minLength: 1
              }
            },
            traces: {
              type: "array",
              description: "Globs (or paths) of JSONL trace files, relative to the pull request checkout. Each entry must match at least one file.",
              minItems: 1,
              items: {
                type: "string",
                minLength: 1
              }
            },
            critical_flows: {
              type: "array",
              description: "The critical (scope, event) flows; coverage is the share of them with at least one invariant.",
              items: {
                type: "object",
                additionalProperties: false,
                required: [
                  "scope",
                  "event"
                ],
                properties: {
                  scope: {
                    type: "string",
                    minLength: 1
                  },
                  event: {
                    type: "string",
                    minLength: 1
                  }
                }
              }
            },
            coverage_threshold: {
              type: "number",
              minimum: 0,
              maximum: 1,
              description: "Minimum coverage of critical flows (default 0.9); below it the gate pauses for a human."
            },
            on_nothing_checked: {
              enum: [
                "PAUSE_FOR_HITL",
                "STOPPED"
              ],
              description: "Decision when a trace file holds records but no invariant applies to any of them (default PAUSE_FOR_HITL). Zero checks is never a pass."
            },
            limits: {
              type: "object",
              additionalProperties: false,
              description: "Limits that keep any input from hanging the gate.",
              properties: {
                max_expression_length: {
                  type: "integer",
                  minimum: 1,
                  maximum: 65536
                },
                max_depth: {
                  type: "integer",
                  minimum: 1,
                  maximum: 256
                },
                max_comprehension_nesting: {
                  type: "integer",
                  minimum: 0,
                  maximum: 3
                },
                max_eval_ms: {
                  type: "number",
                  exclusiveMinimum: 0,
                  maximum: 6e4
                },
                max_cost: {
                  type: "integer",
                  minimum: 1,
                  maximum: 1e9,
                  description: "Cost budget of one expression evaluation, in macro loop iterations (default 10000000)."
                },
                max_line_chars: {
                  type: "integer",
                  minimum: 64,
                  maximum: 67108864
                },
                max_findings: {
                  type: "integer",
                  minimum: 1,
                  maximum: 1e5
                }
              }
            }
          }
        },
        modelcheck: {
          type: "object",
          description: "Bounded model checking of specs (schemas/spec.schema.json). Specs model the pull request's code and are read from the head; the invariants they reference by id are read from the base branch. A pull request that changes specs is gate material (escalated by the OPA gate).",
          properties: {
            enabled: {
              type: "boolean"
            },
            specs: {
              type: "array",
              description: 'Spec directories or files, relative to the repository root (default ["specs"]).',
              items: {
                type: "string",
                minLength: 1
              },
              minItems: 1
            },
            invariants_dir: {
              type: "string",
              minLength: 1,
              description: 'Where invariant ids resolve, in the base branch (default "invariants").'
            },
            critical_bound_action: {
              enum: [
                "PAUSE_FOR_HITL",
                "STOPPED"
              ],
              description: "Decision when the search of a spec marked critical (in the base branch's version of the spec) hits a bound before exhausting the state space (default PAUSE_FOR_HITL)."
            },
            bound_action: {
              enum: [
                "RUN",
                "PAUSE_FOR_HITL",
                "STOPPED"
              ],
              description: "Decision when the search of a spec that is not critical hits a bound (default PAUSE_FOR_HITL: an incomplete search is never a silent pass; RUN accepts it with a warning)."
            },
            max_states: {
              type: "integer",
              minimum: 1,
              description: "Default state bound per spec (default 2000000)."
            },
            max_depth: {
              type: "integer",
              minimum: 1
            },
            time_seconds: {
              type: "number",
              exclusiveMinimum: 0,
              description: "Default time bound per spec (default 30)."
            },
            workers: {
              type: "integer",
              minimum: 1,
              maximum: 16,
              description: "Threads expanding the breadth-first search per spec, the main thread included (as TLC's -workers), unless the spec's bounds.workers says otherwise (default 1). The counts, bounds and counterexamples are those of one worker; specs with responses or temporal properties run with one (docs/model-checking.md)."
            },
            tlc: {
              type: "object",
              description: "Run .tla specs (with a .cfg beside them) with TLC.",
              properties: {
                enabled: {
                  type: "boolean"
                },
                jar: {
                  type: "string",
                  minLength: 1,
                  description: "Path of tla2tools.jar."
                },
                java: {
                  type: "string",
                  minLength: 1,
                  description: 'Java executable (default "java").'
                },
                library: {
                  type: "array",
                  items: {
                    type: "string",
                    minLength: 1
                  },
                  description: "Folders with extra TLA+ modules (TLAPS, Community Modules) put on TLC's library path (-DTLA-Library), relative to the repository root or absolute."
                },
                workers: {
                  type: "integer",
                  minimum: 1,
                  maximum: 64,
                  description: "TLC worker threads (default 1, which gives shortest counterexamples)."
                }
              },
              additionalProperties: false
            }
          },
          additionalProperties: false
        },
        opa: {
          title: "OPA/Rego gate",
          description: "Evaluates Rego policies read from the base branch (compiled to WebAssembly) over a document describing the pull request, with conftest's conventions: `deny`/`violation` stop, `escalate` pauses for a human, `warn` annotates (each also with a `_suffix`).",
          type: "object",
          properties: {
            enabled: {
              type: "boolean",
              description: "Set to false to switch the gate off without deleting its section."
            },
            policies: {
              type: "array",
              description: "Directories of .rego files, relative to the repository root, read from the base branch. Each directory is compiled as one policy bundle.",
              items: {
                type: "string",
                minLength: 1,
                pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$)).+$"
              },
              uniqueItems: true
            },
            namespace: {
              type: "string",
              description: "The namespace prefix: every Rego package equal to it or below it (`maestro.gate`, `maestro.gate.size`) is evaluated. Default `maestro.gate`.",
              pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"
            },
            all_namespaces: {
              type: "boolean",
              description: "Evaluate every package of the policy files, whatever its name (conftest's `--all-namespaces`). Default false."
            },
            rego_version: {
              type: "string",
              enum: [
                "v0",
                "v1"
              ],
              description: "The Rego syntax the policies are written in: `v1` (default, OPA 1.x) or `v0` (the pre-1.0 syntax, conftest's `--rego-version v0`)."
            },
            data: {
              type: "array",
              description: "JSON/YAML data files or directories, relative to the repository root and read from the base branch, loaded as `data` the way conftest's `--data` loads them (a directory's sub-folders become path segments).",
              items: {
                type: "string",
                minLength: 1,
                pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$)).+$"
              },
              uniqueItems: true
            },
            no_decision_rule: {
              type: "string",
              enum: [
                "PAUSE_FOR_HITL",
                "STOPPED"
              ],
              description: "What an evaluated package that defines no decision rule (`deny*`, `violation*`, `escalate*`, `warn*`, `exception`, `suppress`, `risk`) makes of the run: nothing was checked, which is never a pass. Default PAUSE_FOR_HITL."
            },
            bundled: {
              type: "boolean",
              description: "Also evaluate the policies that ship precompiled with Maestro Gate (risk by path, change size). Default false."
            },
            risk: {
              type: "object",
              description: "Thresholds for the risk score a policy may return.",
              properties: {
                run_max: {
                  type: "number",
                  minimum: 0,
                  maximum: 1,
                  description: "Highest score that still runs (default 0.3); above escalates."
                },
                high_requires: {
                  type: "integer",
                  minimum: 1,
                  maximum: 10,
                  description: "Distinct approvers a `high` risk class needs (default 2)."
                }
              },
              additionalProperties: false
            },
            approvers: {
              type: "array",
              description: "Who may approve policy escalations (users or `org/team`). Defaults to `owners`.",
              items: {
                type: "string",
                pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$"
              },
              uniqueItems: true
            },
            exceptions: {
              type: "array",
              description: "Configured suppressions of single results: a result whose `id` matches (and whose `file` matches the glob, when given) is not applied. Each is recorded in the gate report. (Rule-named exceptions are written in Rego, as in conftest.)",
              items: {
                type: "object",
                required: [
                  "id",
                  "reason"
                ],
                properties: {
                  id: {
                    type: "string",
                    minLength: 1,
                    description: "The `id` of the policy result to suppress."
                  },
                  file: {
                    type: "string",
                    minLength: 1,
                    description: "Only results at a file matching this glob."
                  },
                  reason: {
                    type: "string",
                    minLength: 1,
                    description: "Why the suppression is acceptable (recorded in the audit log)."
                  },
                  expires: {
                    type: "string",
                    format: "date",
                    description: "Last day (UTC) the suppression applies."
                  }
                },
                additionalProperties: false
              }
            },
            opa_version: {
              type: "string",
              pattern: "^v?\\d+\\.\\d+\\.\\d+$",
              description: "OPA version to install when `opa` is not on PATH. Default 1.10.1."
            },
            opa_sha256: {
              type: "string",
              pattern: "^[0-9a-f]{64}$",
              description: "SHA-256 of the OPA release binary for the runner's platform, overriding the built-in pin."
            },
            eval_timeout_seconds: {
              type: "number",
              exclusiveMinimum: 0,
              maximum: 600,
              description: "Time limit of the evaluation phase of one gate run in seconds (default 10), shared by every policy it evaluates. Past it the gate stops with OPA_POLICY_TIMEOUT."
            },
            max_memory_mb: {
              type: "integer",
              minimum: 1,
              maximum: 1024,
              description: "Memory limit of one policy module in MiB (default 64)."
            }
          },
          additionalProperties: false
        },
        ope: {
          type: "object",
          description: "The off-policy evaluation gate: when the pull request changes a routing policy, the head's policy (candidate) is compared with the base's (baseline) on logged bandit data. Paths are relative to the repository root; the data is read from the base branch.",
          additionalProperties: false,
          required: [
            "policies",
            "arms",
            "data"
          ],
          properties: {
            enabled: {
              type: "boolean",
              description: "Set to false to switch the gate off."
            },
            policies: {
              type: "array",
              description: "The routing-policy files: JSON distribution tables, or Rego files (`.rego`, rule `route` in the file's package, compiled with the opa CLI). The gate runs for each one the pull request changes: baseline = the file at the base, candidate = the file at the head.",
              minItems: 1,
              items: {
                type: "string",
                minLength: 1
              }
            },
            arms: {
              type: "array",
              description: "Every arm (model, route) a policy may choose. A logged action or a policy entry outside this list is an error.",
              minItems: 2,
              uniqueItems: true,
              items: {
                type: "string",
                minLength: 1
              }
            },
            data: {
              type: "object",
              additionalProperties: false,
              required: [
                "path",
                "context",
                "action",
                "propensity",
                "reward"
              ],
              description: "The logged data and its schema.",
              properties: {
                path: {
                  type: "string",
                  minLength: 1,
                  description: "The logged data file, read from the base branch (JSONL, CSV or Parquet)."
                },
                format: {
                  enum: [
                    "jsonl",
                    "csv",
                    "parquet"
                  ],
                  description: "The file format (default: from the extension: .jsonl/.ndjson, .csv, .parquet)."
                },
                context: {
                  type: "array",
                  minItems: 1,
                  items: {
                    type: "string",
                    minLength: 1
                  },
                  description: "The context fields. The built-in reward model groups rows by all of them; a policy's key names the ones it reads."
                },
                action: {
                  type: "string",
                  minLength: 1,
                  description: "The logged action (arm) field."
                },
                propensity: {
                  type: "string",
                  minLength: 1,
                  description: "The behaviour policy's probability of the logged action, in (0, 1]."
                },
                reward: {
                  type: "string",
                  minLength: 1,
                  description: "The observed reward field."
                },
                cost: {
                  type: "string",
                  minLength: 1,
                  description: "The observed cost field (optional; needed for cost_budget)."
                },
                q_hat: {
                  type: "string",
                  minLength: 1,
                  description: "JSONL: a map column {arm: estimate} with the reward model's estimates."
                },
                q_hat_prefix: {
                  type: "string",
                  minLength: 1,
                  description: "CSV/Parquet: one estimate column per arm, named prefix + arm (e.g. q_hat_small)."
                },
                bad_rows: {
                  enum: [
                    "stop",
                    "drop"
                  ],
                  description: "stop (default): the first bad row stops the gate with file:row. drop: bad rows are counted, reported and left out."
                },
                chunk_rows: {
                  type: "integer",
                  minimum: 1,
                  maximum: 1048576,
                  description: "Rows per processing chunk for JSONL and CSV (default 8192)."
                }
              }
            },
            estimator: {
              enum: [
                "ips",
                "snips",
                "dm",
                "dr",
                "sndr"
              ],
              description: "The estimator the gate rule uses (default dr). Every estimator is reported."
            },
            clip: {
              type: "number",
              exclusiveMinimum: 0,
              description: "Clip importance weights at this value (IPS and DR; SNIPS and SNDR ignore it, as in Open Bandit Pipeline). Default: no clipping."
            },
            epsilon: {
              type: "number",
              minimum: 0,
              description: "Tolerated regression in reward units: the candidate passes when the lower bound on mean(candidate - baseline) is at least -epsilon (default 0.01)."
            },
            bound: {
              enum: [
                "t",
                "bernstein",
                "bootstrap"
              ],
              description: "The one-sided lower bound: Student-t (default), empirical Bernstein on the range of the difference, or a seeded Poisson percentile bootstrap."
            },
            alpha: {
              type: "number",
              exclusiveMinimum: 0,
              maximum: 0.5,
              description: "Error level: one-sided bounds at 1 - alpha, intervals at 1 - alpha two-sided (default 0.05)."
            },
            bootstrap: {
              type: "object",
              additionalProperties: false,
              properties: {
                resamples: {
                  type: "integer",
                  minimum: 100,
                  maximum: 1e5
                },
                seed: {
                  type: "integer",
                  minimum: 0,
                  maximum: 4294967295
                }
              },
              description: "Bootstrap settings (default 1000 resamples, seed 0)."
            },
            reward_model: {
              type: "object",
              additionalProperties: false,
              properties: {
                folds: {
                  type: "integer",
                  minimum: 2,
                  maximum: 20
                }
              },
              description: "The built-in cross-fitted per-context mean reward model, used when the data has no estimate columns (default 2 folds)."
            },
            diagnostics: {
              type: "object",
              additionalProperties: false,
              description: "Thresholds on the candidate's importance weights; crossing one pauses the gate for a human (OPE_INCONCLUSIVE).",
              properties: {
                min_ess: {
                  type: "number",
                  minimum: 0,
                  description: "Minimum effective sample size (sum w)^2 / sum w^2 (default 100)."
                },
                min_ess_share: {
                  type: "number",
                  minimum: 0,
                  maximum: 1,
                  description: "Minimum effective sample size as a share of the rows (default 0.01)."
                },
                max_weight: {
                  type: "number",
                  exclusiveMinimum: 0,
                  description: "Maximum importance weight (default 1000)."
                },
                mean_weight_tolerance: {
                  type: "number",
                  minimum: 0,
                  description: "Maximum |mean weight - 1| (default 0.1)."
                },
                max_support_violation: {
                  type: "number",
                  minimum: 0,
                  maximum: 1,
                  description: "Maximum mean candidate probability on arms never logged in the row's context (default 0.01)."
                }
              }
            },
            cost_budget: {
              type: "number",
              description: "Maximum mean cost per round under the candidate (self-normalised IPS estimate). Needs data.cost."
            }
          }
        }
      },
      additionalProperties: false
    },
    owners: {
      type: "array",
      description: "Owners of the gate material (config, policies, invariants, specs, workflow): users (`octocat`) or teams (`org/team`). A pull request that changes gate material is escalated to them.",
      items: {
        type: "string",
        pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$"
      },
      uniqueItems: true
    },
    gate_material: {
      type: "array",
      description: "Extra paths (globs) that count as gate material besides the configured gate inputs, the config file and the gate workflow.",
      items: {
        type: "string",
        minLength: 1
      }
    },
    timeouts: {
      type: "object",
      description: "Time limits in seconds. A gate past its limit is STOPPED with GATE_TIMEOUT.",
      properties: {
        default_seconds: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 3600,
          description: "Limit for every gate without its own (default 120)."
        },
        invariants_seconds: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 3600,
          description: "Limit for the invariants gate."
        },
        opa_seconds: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 3600,
          description: "Limit for the opa gate."
        },
        modelcheck_seconds: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 3600,
          description: "Limit for the modelcheck gate."
        },
        ope_seconds: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 3600,
          description: "Limit for the ope gate."
        },
        evidence_seconds: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 3600,
          description: "Limit for the evidence gate."
        }
      },
      additionalProperties: false
    },
    approvals: {
      type: "object",
      description: "The approval app (docs/app.md). Read from the repository's default branch only: a pull request that edits this section changes nothing until it is merged.",
      properties: {
        required: {
          type: "integer",
          minimum: 1,
          maximum: 10,
          description: "Approvals a PAUSE_FOR_HITL verdict needs (default 1; the verdict may ask for more)."
        },
        high_risk_required: {
          type: "integer",
          minimum: 2,
          maximum: 10,
          description: "Distinct approvers a high-risk escalation needs (default 2)."
        },
        high_risk_reasons: {
          type: "array",
          items: {
            type: "string",
            pattern: "^[A-Z][A-Z0-9_]*$"
          },
          uniqueItems: true,
          description: "Reason codes that make an escalation high-risk (default GATE_TAMPER_SUSPECTED and OPA_RISK_ABOVE_THRESHOLD)."
        },
        approvers: {
          type: "object",
          description: "Who may approve. Checked at evaluation time. Without this section: anyone with `write` permission. When the signed verdict names approver groups, an approver must also belong to one of them.",
          properties: {
            users: {
              type: "array",
              items: {
                type: "string",
                pattern: "^[A-Za-z0-9][A-Za-z0-9-]*$"
              },
              uniqueItems: true
            },
            teams: {
              type: "array",
              items: {
                type: "string",
                pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$"
              },
              uniqueItems: true,
              description: "`org/team-slug`; only active members count (not pending invitations)."
            },
            min_permission: {
              enum: [
                "admin",
                "maintain",
                "write"
              ],
              description: "Anyone with at least this repository permission may approve."
            }
          },
          additionalProperties: false
        },
        signer: {
          type: "object",
          description: "Who must have signed the gate's verdict. Either a public key, or a keyless workflow identity the pull request cannot change.",
          properties: {
            public_key: {
              type: "string",
              pattern: "-----BEGIN PUBLIC KEY-----",
              description: "PEM (SPKI) P-256 public key of the gate's signing key."
            },
            issuer: {
              type: "string",
              description: "OIDC issuer of keyless signatures (default https://token.actions.githubusercontent.com)."
            },
            workflow_path: {
              type: "string",
              pattern: "^\\.github/workflows/[^@]+\\.ya?ml$",
              description: "The gate workflow file, e.g. `.github/workflows/gate.yml`."
            },
            workflow_ref: {
              type: "string",
              pattern: "^refs/(heads|tags)/",
              description: "The protected ref the workflow file is read from, e.g. `refs/heads/main`."
            },
            repository: {
              type: "string",
              pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$",
              description: "The repository that holds the workflow (default: this repository)."
            },
            allow_pull_request_refs: {
              type: "boolean",
              description: "Accept verdicts signed by a workflow under refs/pull/ (a workflow file the pull request itself can change). Default false. Risky: see docs/app.md."
            }
          },
          additionalProperties: false
        },
        gate_check: {
          type: "string",
          minLength: 1,
          description: "Name of the gate's check run that carries the signed verdict (default `maestro-gate`)."
        },
        gate_app: {
          type: "string",
          minLength: 1,
          description: "Slug of the app that must own that check run (default `github-actions`)."
        },
        revive_on_force_push_back: {
          type: "boolean",
          description: "Let approvals given on a commit count again after a force-push back to that commit (default false)."
        },
        request_reviewers: {
          type: "boolean",
          description: "Request the listed users and teams as reviewers on an escalation (default true)."
        }
      },
      additionalProperties: false
    },
    evidence: {
      title: "Evidence bundle",
      description: "How the signed SLSA evidence bundle is produced. Unknown keys are errors.",
      type: "object",
      properties: {
        enabled: {
          type: "boolean",
          description: "Write the evidence bundle (default true)."
        },
        signing: {
          enum: [
            "auto",
            "keyless",
            "key",
            "none"
          ],
          description: "auto (default): keyless with the workflow's OIDC identity when a token is available, else key-based when a key is given, else unsigned with the reason. keyless/key: require that mode (a missing token or key is an error). none: never sign (recorded as unsigned)."
        },
        sigstore: {
          enum: [
            "auto",
            "public-good",
            "github"
          ],
          description: "Keyless Sigstore instance. auto (default) picks it as actions/attest does: public repositories use public-good Fulcio + Rekor, private and internal ones GitHub's Fulcio + timestamp authority."
        },
        unsigned_on_protected: {
          enum: [
            "PAUSE_FOR_HITL",
            "STOPPED"
          ],
          description: "Decision of the evidence gate when the evidence cannot be signed and the base branch is protected (default PAUSE_FOR_HITL: a maintainer must approve; never RUN)."
        },
        unsigned_on_unprotected: {
          enum: [
            "RUN",
            "PAUSE_FOR_HITL",
            "STOPPED"
          ],
          description: "Decision when the evidence cannot be signed and the base branch is not protected (default RUN, with a warning finding)."
        },
        protected_branches: {
          type: "array",
          description: "Base branches (globs) treated as protected (default: main, master, release/**). A branch the caller reports as protected counts too.",
          items: {
            type: "string",
            minLength: 1
          },
          uniqueItems: true
        }
      },
      additionalProperties: false
    }
  },
  additionalProperties: false
};

// action/schemas/ajv-options.ts
init_define_MAESTRO_CODE_DIGESTS();
var AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
  verbose: true
};

// action/schemas/precompiled/maestro-config.js
init_define_MAESTRO_CODE_DIGESTS();
var __ns0 = __toESM(require_ucs2length(), 1);
var __ns1 = __toESM(require_formats(), 1);
function __cjs(ns) {
  const d = ns.default;
  return d !== null && typeof d === "object" && d.__esModule === true ? d : ns;
}
var __dep0 = __cjs(__ns0);
var __dep1 = __cjs(__ns1);
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://maestro-gate.dev/schemas/maestro-config.schema.json", "title": "Maestro Gate configuration (.github/maestro.yml)", "description": "Read from the base branch, never from the pull request head. Unknown keys are errors.", "type": "object", "required": ["version", "gates"], "properties": { "version": { "const": 1, "description": "Configuration format version. Always 1." }, "gates": { "type": "object", "description": "The gates to run. A gate runs when its section is present and not `enabled: false`.", "properties": { "invariants": { "type": "object", "description": "The invariant gate: CEL invariants (read from the base branch) checked over JSONL event traces (read from the pull request head).", "additionalProperties": false, "required": ["traces"], "properties": { "enabled": { "type": "boolean", "description": "Set to false to switch the gate off." }, "paths": { "type": "array", "description": 'Invariant directories, files or globs, relative to the repository root, read from the base branch (default ["invariants"]). A directory contributes every *.yaml and *.yml below it.', "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "traces": { "type": "array", "description": "Globs (or paths) of JSONL trace files, relative to the pull request checkout. Each entry must match at least one file.", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "critical_flows": { "type": "array", "description": "The critical (scope, event) flows; coverage is the share of them with at least one invariant.", "items": { "type": "object", "additionalProperties": false, "required": ["scope", "event"], "properties": { "scope": { "type": "string", "minLength": 1 }, "event": { "type": "string", "minLength": 1 } } } }, "coverage_threshold": { "type": "number", "minimum": 0, "maximum": 1, "description": "Minimum coverage of critical flows (default 0.9); below it the gate pauses for a human." }, "on_nothing_checked": { "enum": ["PAUSE_FOR_HITL", "STOPPED"], "description": "Decision when a trace file holds records but no invariant applies to any of them (default PAUSE_FOR_HITL). Zero checks is never a pass." }, "limits": { "type": "object", "additionalProperties": false, "description": "Limits that keep any input from hanging the gate.", "properties": { "max_expression_length": { "type": "integer", "minimum": 1, "maximum": 65536 }, "max_depth": { "type": "integer", "minimum": 1, "maximum": 256 }, "max_comprehension_nesting": { "type": "integer", "minimum": 0, "maximum": 3 }, "max_eval_ms": { "type": "number", "exclusiveMinimum": 0, "maximum": 6e4 }, "max_cost": { "type": "integer", "minimum": 1, "maximum": 1e9, "description": "Cost budget of one expression evaluation, in macro loop iterations (default 10000000)." }, "max_line_chars": { "type": "integer", "minimum": 64, "maximum": 67108864 }, "max_findings": { "type": "integer", "minimum": 1, "maximum": 1e5 } } } } }, "modelcheck": { "type": "object", "description": "Bounded model checking of specs (schemas/spec.schema.json). Specs model the pull request's code and are read from the head; the invariants they reference by id are read from the base branch. A pull request that changes specs is gate material (escalated by the OPA gate).", "properties": { "enabled": { "type": "boolean" }, "specs": { "type": "array", "description": 'Spec directories or files, relative to the repository root (default ["specs"]).', "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "invariants_dir": { "type": "string", "minLength": 1, "description": 'Where invariant ids resolve, in the base branch (default "invariants").' }, "critical_bound_action": { "enum": ["PAUSE_FOR_HITL", "STOPPED"], "description": "Decision when the search of a spec marked critical (in the base branch's version of the spec) hits a bound before exhausting the state space (default PAUSE_FOR_HITL)." }, "bound_action": { "enum": ["RUN", "PAUSE_FOR_HITL", "STOPPED"], "description": "Decision when the search of a spec that is not critical hits a bound (default PAUSE_FOR_HITL: an incomplete search is never a silent pass; RUN accepts it with a warning)." }, "max_states": { "type": "integer", "minimum": 1, "description": "Default state bound per spec (default 2000000)." }, "max_depth": { "type": "integer", "minimum": 1 }, "time_seconds": { "type": "number", "exclusiveMinimum": 0, "description": "Default time bound per spec (default 30)." }, "workers": { "type": "integer", "minimum": 1, "maximum": 16, "description": "Threads expanding the breadth-first search per spec, the main thread included (as TLC's -workers), unless the spec's bounds.workers says otherwise (default 1). The counts, bounds and counterexamples are those of one worker; specs with responses or temporal properties run with one (docs/model-checking.md)." }, "tlc": { "type": "object", "description": "Run .tla specs (with a .cfg beside them) with TLC.", "properties": { "enabled": { "type": "boolean" }, "jar": { "type": "string", "minLength": 1, "description": "Path of tla2tools.jar." }, "java": { "type": "string", "minLength": 1, "description": 'Java executable (default "java").' }, "library": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Folders with extra TLA+ modules (TLAPS, Community Modules) put on TLC's library path (-DTLA-Library), relative to the repository root or absolute." }, "workers": { "type": "integer", "minimum": 1, "maximum": 64, "description": "TLC worker threads (default 1, which gives shortest counterexamples)." } }, "additionalProperties": false } }, "additionalProperties": false }, "opa": { "title": "OPA/Rego gate", "description": "Evaluates Rego policies read from the base branch (compiled to WebAssembly) over a document describing the pull request, with conftest's conventions: `deny`/`violation` stop, `escalate` pauses for a human, `warn` annotates (each also with a `_suffix`).", "type": "object", "properties": { "enabled": { "type": "boolean", "description": "Set to false to switch the gate off without deleting its section." }, "policies": { "type": "array", "description": "Directories of .rego files, relative to the repository root, read from the base branch. Each directory is compiled as one policy bundle.", "items": { "type": "string", "minLength": 1, "pattern": "^(?!/)(?!.*(^|/)\\.\\.(/|$)).+$" }, "uniqueItems": true }, "namespace": { "type": "string", "description": "The namespace prefix: every Rego package equal to it or below it (`maestro.gate`, `maestro.gate.size`) is evaluated. Default `maestro.gate`.", "pattern": "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" }, "all_namespaces": { "type": "boolean", "description": "Evaluate every package of the policy files, whatever its name (conftest's `--all-namespaces`). Default false." }, "rego_version": { "type": "string", "enum": ["v0", "v1"], "description": "The Rego syntax the policies are written in: `v1` (default, OPA 1.x) or `v0` (the pre-1.0 syntax, conftest's `--rego-version v0`)." }, "data": { "type": "array", "description": "JSON/YAML data files or directories, relative to the repository root and read from the base branch, loaded as `data` the way conftest's `--data` loads them (a directory's sub-folders become path segments).", "items": { "type": "string", "minLength": 1, "pattern": "^(?!/)(?!.*(^|/)\\.\\.(/|$)).+$" }, "uniqueItems": true }, "no_decision_rule": { "type": "string", "enum": ["PAUSE_FOR_HITL", "STOPPED"], "description": "What an evaluated package that defines no decision rule (`deny*`, `violation*`, `escalate*`, `warn*`, `exception`, `suppress`, `risk`) makes of the run: nothing was checked, which is never a pass. Default PAUSE_FOR_HITL." }, "bundled": { "type": "boolean", "description": "Also evaluate the policies that ship precompiled with Maestro Gate (risk by path, change size). Default false." }, "risk": { "type": "object", "description": "Thresholds for the risk score a policy may return.", "properties": { "run_max": { "type": "number", "minimum": 0, "maximum": 1, "description": "Highest score that still runs (default 0.3); above escalates." }, "high_requires": { "type": "integer", "minimum": 1, "maximum": 10, "description": "Distinct approvers a `high` risk class needs (default 2)." } }, "additionalProperties": false }, "approvers": { "type": "array", "description": "Who may approve policy escalations (users or `org/team`). Defaults to `owners`.", "items": { "type": "string", "pattern": "^@?[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$" }, "uniqueItems": true }, "exceptions": { "type": "array", "description": "Configured suppressions of single results: a result whose `id` matches (and whose `file` matches the glob, when given) is not applied. Each is recorded in the gate report. (Rule-named exceptions are written in Rego, as in conftest.)", "items": { "type": "object", "required": ["id", "reason"], "properties": { "id": { "type": "string", "minLength": 1, "description": "The `id` of the policy result to suppress." }, "file": { "type": "string", "minLength": 1, "description": "Only results at a file matching this glob." }, "reason": { "type": "string", "minLength": 1, "description": "Why the suppression is acceptable (recorded in the audit log)." }, "expires": { "type": "string", "format": "date", "description": "Last day (UTC) the suppression applies." } }, "additionalProperties": false } }, "opa_version": { "type": "string", "pattern": "^v?\\d+\\.\\d+\\.\\d+$", "description": "OPA version to install when `opa` is not on PATH. Default 1.10.1." }, "opa_sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$", "description": "SHA-256 of the OPA release binary for the runner's platform, overriding the built-in pin." }, "eval_timeout_seconds": { "type": "number", "exclusiveMinimum": 0, "maximum": 600, "description": "Time limit of the evaluation phase of one gate run in seconds (default 10), shared by every policy it evaluates. Past it the gate stops with OPA_POLICY_TIMEOUT." }, "max_memory_mb": { "type": "integer", "minimum": 1, "maximum": 1024, "description": "Memory limit of one policy module in MiB (default 64)." } }, "additionalProperties": false }, "ope": { "type": "object", "description": "The off-policy evaluation gate: when the pull request changes a routing policy, the head's policy (candidate) is compared with the base's (baseline) on logged bandit data. Paths are relative to the repository root; the data is read from the base branch.", "additionalProperties": false, "required": ["policies", "arms", "data"], "properties": { "enabled": { "type": "boolean", "description": "Set to false to switch the gate off." }, "policies": { "type": "array", "description": "The routing-policy files: JSON distribution tables, or Rego files (`.rego`, rule `route` in the file's package, compiled with the opa CLI). The gate runs for each one the pull request changes: baseline = the file at the base, candidate = the file at the head.", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "arms": { "type": "array", "description": "Every arm (model, route) a policy may choose. A logged action or a policy entry outside this list is an error.", "minItems": 2, "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "data": { "type": "object", "additionalProperties": false, "required": ["path", "context", "action", "propensity", "reward"], "description": "The logged data and its schema.", "properties": { "path": { "type": "string", "minLength": 1, "description": "The logged data file, read from the base branch (JSONL, CSV or Parquet)." }, "format": { "enum": ["jsonl", "csv", "parquet"], "description": "The file format (default: from the extension: .jsonl/.ndjson, .csv, .parquet)." }, "context": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "description": "The context fields. The built-in reward model groups rows by all of them; a policy's key names the ones it reads." }, "action": { "type": "string", "minLength": 1, "description": "The logged action (arm) field." }, "propensity": { "type": "string", "minLength": 1, "description": "The behaviour policy's probability of the logged action, in (0, 1]." }, "reward": { "type": "string", "minLength": 1, "description": "The observed reward field." }, "cost": { "type": "string", "minLength": 1, "description": "The observed cost field (optional; needed for cost_budget)." }, "q_hat": { "type": "string", "minLength": 1, "description": "JSONL: a map column {arm: estimate} with the reward model's estimates." }, "q_hat_prefix": { "type": "string", "minLength": 1, "description": "CSV/Parquet: one estimate column per arm, named prefix + arm (e.g. q_hat_small)." }, "bad_rows": { "enum": ["stop", "drop"], "description": "stop (default): the first bad row stops the gate with file:row. drop: bad rows are counted, reported and left out." }, "chunk_rows": { "type": "integer", "minimum": 1, "maximum": 1048576, "description": "Rows per processing chunk for JSONL and CSV (default 8192)." } } }, "estimator": { "enum": ["ips", "snips", "dm", "dr", "sndr"], "description": "The estimator the gate rule uses (default dr). Every estimator is reported." }, "clip": { "type": "number", "exclusiveMinimum": 0, "description": "Clip importance weights at this value (IPS and DR; SNIPS and SNDR ignore it, as in Open Bandit Pipeline). Default: no clipping." }, "epsilon": { "type": "number", "minimum": 0, "description": "Tolerated regression in reward units: the candidate passes when the lower bound on mean(candidate - baseline) is at least -epsilon (default 0.01)." }, "bound": { "enum": ["t", "bernstein", "bootstrap"], "description": "The one-sided lower bound: Student-t (default), empirical Bernstein on the range of the difference, or a seeded Poisson percentile bootstrap." }, "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "description": "Error level: one-sided bounds at 1 - alpha, intervals at 1 - alpha two-sided (default 0.05)." }, "bootstrap": { "type": "object", "additionalProperties": false, "properties": { "resamples": { "type": "integer", "minimum": 100, "maximum": 1e5 }, "seed": { "type": "integer", "minimum": 0, "maximum": 4294967295 } }, "description": "Bootstrap settings (default 1000 resamples, seed 0)." }, "reward_model": { "type": "object", "additionalProperties": false, "properties": { "folds": { "type": "integer", "minimum": 2, "maximum": 20 } }, "description": "The built-in cross-fitted per-context mean reward model, used when the data has no estimate columns (default 2 folds)." }, "diagnostics": { "type": "object", "additionalProperties": false, "description": "Thresholds on the candidate's importance weights; crossing one pauses the gate for a human (OPE_INCONCLUSIVE).", "properties": { "min_ess": { "type": "number", "minimum": 0, "description": "Minimum effective sample size (sum w)^2 / sum w^2 (default 100)." }, "min_ess_share": { "type": "number", "minimum": 0, "maximum": 1, "description": "Minimum effective sample size as a share of the rows (default 0.01)." }, "max_weight": { "type": "number", "exclusiveMinimum": 0, "description": "Maximum importance weight (default 1000)." }, "mean_weight_tolerance": { "type": "number", "minimum": 0, "description": "Maximum |mean weight - 1| (default 0.1)." }, "max_support_violation": { "type": "number", "minimum": 0, "maximum": 1, "description": "Maximum mean candidate probability on arms never logged in the row's context (default 0.01)." } } }, "cost_budget": { "type": "number", "description": "Maximum mean cost per round under the candidate (self-normalised IPS estimate). Needs data.cost." } } } }, "additionalProperties": false }, "owners": { "type": "array", "description": "Owners of the gate material (config, policies, invariants, specs, workflow): users (`octocat`) or teams (`org/team`). A pull request that changes gate material is escalated to them.", "items": { "type": "string", "pattern": "^@?[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$" }, "uniqueItems": true }, "gate_material": { "type": "array", "description": "Extra paths (globs) that count as gate material besides the configured gate inputs, the config file and the gate workflow.", "items": { "type": "string", "minLength": 1 } }, "timeouts": { "type": "object", "description": "Time limits in seconds. A gate past its limit is STOPPED with GATE_TIMEOUT.", "properties": { "default_seconds": { "type": "number", "exclusiveMinimum": 0, "maximum": 3600, "description": "Limit for every gate without its own (default 120)." }, "invariants_seconds": { "type": "number", "exclusiveMinimum": 0, "maximum": 3600, "description": "Limit for the invariants gate." }, "opa_seconds": { "type": "number", "exclusiveMinimum": 0, "maximum": 3600, "description": "Limit for the opa gate." }, "modelcheck_seconds": { "type": "number", "exclusiveMinimum": 0, "maximum": 3600, "description": "Limit for the modelcheck gate." }, "ope_seconds": { "type": "number", "exclusiveMinimum": 0, "maximum": 3600, "description": "Limit for the ope gate." }, "evidence_seconds": { "type": "number", "exclusiveMinimum": 0, "maximum": 3600, "description": "Limit for the evidence gate." } }, "additionalProperties": false }, "approvals": { "type": "object", "description": "The approval app (docs/app.md). Read from the repository's default branch only: a pull request that edits this section changes nothing until it is merged.", "properties": { "required": { "type": "integer", "minimum": 1, "maximum": 10, "description": "Approvals a PAUSE_FOR_HITL verdict needs (default 1; the verdict may ask for more)." }, "high_risk_required": { "type": "integer", "minimum": 2, "maximum": 10, "description": "Distinct approvers a high-risk escalation needs (default 2)." }, "high_risk_reasons": { "type": "array", "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]*$" }, "uniqueItems": true, "description": "Reason codes that make an escalation high-risk (default GATE_TAMPER_SUSPECTED and OPA_RISK_ABOVE_THRESHOLD)." }, "approvers": { "type": "object", "description": "Who may approve. Checked at evaluation time. Without this section: anyone with `write` permission. When the signed verdict names approver groups, an approver must also belong to one of them.", "properties": { "users": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]*$" }, "uniqueItems": true }, "teams": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$" }, "uniqueItems": true, "description": "`org/team-slug`; only active members count (not pending invitations)." }, "min_permission": { "enum": ["admin", "maintain", "write"], "description": "Anyone with at least this repository permission may approve." } }, "additionalProperties": false }, "signer": { "type": "object", "description": "Who must have signed the gate's verdict. Either a public key, or a keyless workflow identity the pull request cannot change.", "properties": { "public_key": { "type": "string", "pattern": "-----BEGIN PUBLIC KEY-----", "description": "PEM (SPKI) P-256 public key of the gate's signing key." }, "issuer": { "type": "string", "description": "OIDC issuer of keyless signatures (default https://token.actions.githubusercontent.com)." }, "workflow_path": { "type": "string", "pattern": "^\\.github/workflows/[^@]+\\.ya?ml$", "description": "The gate workflow file, e.g. `.github/workflows/gate.yml`." }, "workflow_ref": { "type": "string", "pattern": "^refs/(heads|tags)/", "description": "The protected ref the workflow file is read from, e.g. `refs/heads/main`." }, "repository": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$", "description": "The repository that holds the workflow (default: this repository)." }, "allow_pull_request_refs": { "type": "boolean", "description": "Accept verdicts signed by a workflow under refs/pull/ (a workflow file the pull request itself can change). Default false. Risky: see docs/app.md." } }, "additionalProperties": false }, "gate_check": { "type": "string", "minLength": 1, "description": "Name of the gate's check run that carries the signed verdict (default `maestro-gate`)." }, "gate_app": { "type": "string", "minLength": 1, "description": "Slug of the app that must own that check run (default `github-actions`)." }, "revive_on_force_push_back": { "type": "boolean", "description": "Let approvals given on a commit count again after a force-push back to that commit (default false)." }, "request_reviewers": { "type": "boolean", "description": "Request the listed users and teams as reviewers on an escalation (default true)." } }, "additionalProperties": false }, "evidence": { "title": "Evidence bundle", "description": "How the signed SLSA evidence bundle is produced. Unknown keys are errors.", "type": "object", "properties": { "enabled": { "type": "boolean", "description": "Write the evidence bundle (default true)." }, "signing": { "enum": ["auto", "keyless", "key", "none"], "description": "auto (default): keyless with the workflow's OIDC identity when a token is available, else key-based when a key is given, else unsigned with the reason. keyless/key: require that mode (a missing token or key is an error). none: never sign (recorded as unsigned)." }, "sigstore": { "enum": ["auto", "public-good", "github"], "description": "Keyless Sigstore instance. auto (default) picks it as actions/attest does: public repositories use public-good Fulcio + Rekor, private and internal ones GitHub's Fulcio + timestamp authority." }, "unsigned_on_protected": { "enum": ["PAUSE_FOR_HITL", "STOPPED"], "description": "Decision of the evidence gate when the evidence cannot be signed and the base branch is protected (default PAUSE_FOR_HITL: a maintainer must approve; never RUN)." }, "unsigned_on_unprotected": { "enum": ["RUN", "PAUSE_FOR_HITL", "STOPPED"], "description": "Decision when the evidence cannot be signed and the base branch is not protected (default RUN, with a warning finding)." }, "protected_branches": { "type": "array", "description": "Base branches (globs) treated as protected (default: main, master, release/**). A branch the caller reports as protected counts too.", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true } }, "additionalProperties": false } }, "additionalProperties": false };
var func1 = __dep0.default;
var func5 = Object.prototype.hasOwnProperty;
var pattern4 = new RegExp("^(?!/)(?!.*(^|/)\\.\\.(/|$)).+$", "u");
var pattern5 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$", "u");
var pattern7 = new RegExp("^@?[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$", "u");
var pattern8 = new RegExp("^v?\\d+\\.\\d+\\.\\d+$", "u");
var pattern9 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern11 = new RegExp("^[A-Z][A-Z0-9_]*$", "u");
var pattern12 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*$", "u");
var pattern13 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$", "u");
var pattern14 = new RegExp("-----BEGIN PUBLIC KEY-----", "u");
var pattern15 = new RegExp("^\\.github/workflows/[^@]+\\.ya?ml$", "u");
var pattern16 = new RegExp("^refs/(heads|tags)/", "u");
var formats0 = __dep1.fullFormats.date;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.gates === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gates" }, message: "must have required property 'gates'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "gates" || key0 === "owners" || key0 === "gate_material" || key0 === "timeouts" || key0 === "approvals" || key0 === "evidence")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data1 = data.gates;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "invariants" || key1 === "modelcheck" || key1 === "opa" || key1 === "ope")) {
            const err4 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.gates, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.invariants !== void 0) {
          let data2 = data1.invariants;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.traces === void 0) {
              const err5 = { instancePath: instancePath + "/gates/invariants", schemaPath: "#/properties/gates/properties/invariants/required", keyword: "required", params: { missingProperty: "traces" }, message: "must have required property 'traces'", schema: schema31.properties.gates.properties.invariants.required, parentSchema: schema31.properties.gates.properties.invariants, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            for (const key2 in data2) {
              if (!(key2 === "enabled" || key2 === "paths" || key2 === "traces" || key2 === "critical_flows" || key2 === "coverage_threshold" || key2 === "on_nothing_checked" || key2 === "limits")) {
                const err6 = { instancePath: instancePath + "/gates/invariants", schemaPath: "#/properties/gates/properties/invariants/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.gates.properties.invariants, data: data2 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data2.enabled !== void 0) {
              let data3 = data2.enabled;
              if (typeof data3 !== "boolean") {
                const err7 = { instancePath: instancePath + "/gates/invariants/enabled", schemaPath: "#/properties/gates/properties/invariants/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.gates.properties.invariants.properties.enabled.type, parentSchema: schema31.properties.gates.properties.invariants.properties.enabled, data: data3 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data2.paths !== void 0) {
              let data4 = data2.paths;
              if (Array.isArray(data4)) {
                if (data4.length < 1) {
                  const err8 = { instancePath: instancePath + "/gates/invariants/paths", schemaPath: "#/properties/gates/properties/invariants/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.gates.properties.invariants.properties.paths, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
                const len0 = data4.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data5 = data4[i0];
                  if (typeof data5 === "string") {
                    if (func1(data5) < 1) {
                      const err9 = { instancePath: instancePath + "/gates/invariants/paths/" + i0, schemaPath: "#/properties/gates/properties/invariants/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.invariants.properties.paths.items, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err9];
                      } else {
                        vErrors.push(err9);
                      }
                      errors++;
                    }
                  } else {
                    const err10 = { instancePath: instancePath + "/gates/invariants/paths/" + i0, schemaPath: "#/properties/gates/properties/invariants/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.invariants.properties.paths.items.type, parentSchema: schema31.properties.gates.properties.invariants.properties.paths.items, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
              } else {
                const err11 = { instancePath: instancePath + "/gates/invariants/paths", schemaPath: "#/properties/gates/properties/invariants/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.gates.properties.invariants.properties.paths.type, parentSchema: schema31.properties.gates.properties.invariants.properties.paths, data: data4 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data2.traces !== void 0) {
              let data6 = data2.traces;
              if (Array.isArray(data6)) {
                if (data6.length < 1) {
                  const err12 = { instancePath: instancePath + "/gates/invariants/traces", schemaPath: "#/properties/gates/properties/invariants/properties/traces/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.gates.properties.invariants.properties.traces, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                const len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data7 = data6[i1];
                  if (typeof data7 === "string") {
                    if (func1(data7) < 1) {
                      const err13 = { instancePath: instancePath + "/gates/invariants/traces/" + i1, schemaPath: "#/properties/gates/properties/invariants/properties/traces/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.invariants.properties.traces.items, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  } else {
                    const err14 = { instancePath: instancePath + "/gates/invariants/traces/" + i1, schemaPath: "#/properties/gates/properties/invariants/properties/traces/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.invariants.properties.traces.items.type, parentSchema: schema31.properties.gates.properties.invariants.properties.traces.items, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
              } else {
                const err15 = { instancePath: instancePath + "/gates/invariants/traces", schemaPath: "#/properties/gates/properties/invariants/properties/traces/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.gates.properties.invariants.properties.traces.type, parentSchema: schema31.properties.gates.properties.invariants.properties.traces, data: data6 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data2.critical_flows !== void 0) {
              let data8 = data2.critical_flows;
              if (Array.isArray(data8)) {
                const len2 = data8.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data9 = data8[i2];
                  if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    if (data9.scope === void 0) {
                      const err16 = { instancePath: instancePath + "/gates/invariants/critical_flows/" + i2, schemaPath: "#/properties/gates/properties/invariants/properties/critical_flows/items/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'", schema: schema31.properties.gates.properties.invariants.properties.critical_flows.items.required, parentSchema: schema31.properties.gates.properties.invariants.properties.critical_flows.items, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                    if (data9.event === void 0) {
                      const err17 = { instancePath: instancePath + "/gates/invariants/critical_flows/" + i2, schemaPath: "#/properties/gates/properties/invariants/properties/critical_flows/items/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'", schema: schema31.properties.gates.properties.invariants.properties.critical_flows.items.required, parentSchema: schema31.properties.gates.properties.invariants.properties.critical_flows.items, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                    for (const key3 in data9) {
                      if (!(key3 === "scope" || key3 === "event")) {
                        const err18 = { instancePath: instancePath + "/gates/invariants/critical_flows/" + i2, schemaPath: "#/properties/gates/properties/invariants/properties/critical_flows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.gates.properties.invariants.properties.critical_flows.items, data: data9 };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                    }
                    if (data9.scope !== void 0) {
                      let data10 = data9.scope;
                      if (typeof data10 === "string") {
                        if (func1(data10) < 1) {
                          const err19 = { instancePath: instancePath + "/gates/invariants/critical_flows/" + i2 + "/scope", schemaPath: "#/properties/gates/properties/invariants/properties/critical_flows/items/properties/scope/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.invariants.properties.critical_flows.items.properties.scope, data: data10 };
                          if (vErrors === null) {
                            vErrors = [err19];
                          } else {
                            vErrors.push(err19);
                          }
                          errors++;
                        }
                      } else {
                        const err20 = { instancePath: instancePath + "/gates/invariants/critical_flows/" + i2 + "/scope", schemaPath: "#/properties/gates/properties/invariants/properties/critical_flows/items/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.invariants.properties.critical_flows.items.properties.scope.type, parentSchema: schema31.properties.gates.properties.invariants.properties.critical_flows.items.properties.scope, data: data10 };
                        if (vErrors === null) {
                          vErrors = [err20];
                        } else {
                          vErrors.push(err20);
                        }
                        errors++;
                      }
                    }
                    if (data9.event !== void 0) {
                      let data11 = data9.event;
                      if (typeof data11 === "string") {
                        if (func1(data11) < 1) {
                          const err21 = { instancePath: instancePath + "/gates/invariants/critical_flows/" + i2 + "/event", schemaPath: "#/properties/gates/properties/invariants/properties/critical_flows/items/properties/event/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.invariants.properties.critical_flows.items.properties.event, data: data11 };
                          if (vErrors === null) {
                            vErrors = [err21];
                          } else {
                            vErrors.push(err21);
                          }
                          errors++;
                        }
                      } else {
                        const err22 = { instancePath: instancePath + "/gates/invariants/critical_flows/" + i2 + "/event", schemaPath: "#/properties/gates/properties/invariants/properties/critical_flows/items/properties/event/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.invariants.properties.critical_flows.items.properties.event.type, parentSchema: schema31.properties.gates.properties.invariants.properties.critical_flows.items.properties.event, data: data11 };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err23 = { instancePath: instancePath + "/gates/invariants/critical_flows/" + i2, schemaPath: "#/properties/gates/properties/invariants/properties/critical_flows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gates.properties.invariants.properties.critical_flows.items.type, parentSchema: schema31.properties.gates.properties.invariants.properties.critical_flows.items, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
              } else {
                const err24 = { instancePath: instancePath + "/gates/invariants/critical_flows", schemaPath: "#/properties/gates/properties/invariants/properties/critical_flows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.gates.properties.invariants.properties.critical_flows.type, parentSchema: schema31.properties.gates.properties.invariants.properties.critical_flows, data: data8 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data2.coverage_threshold !== void 0) {
              let data12 = data2.coverage_threshold;
              if (typeof data12 == "number" && isFinite(data12)) {
                if (data12 > 1 || isNaN(data12)) {
                  const err25 = { instancePath: instancePath + "/gates/invariants/coverage_threshold", schemaPath: "#/properties/gates/properties/invariants/properties/coverage_threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31.properties.gates.properties.invariants.properties.coverage_threshold, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (data12 < 0 || isNaN(data12)) {
                  const err26 = { instancePath: instancePath + "/gates/invariants/coverage_threshold", schemaPath: "#/properties/gates/properties/invariants/properties/coverage_threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.gates.properties.invariants.properties.coverage_threshold, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/gates/invariants/coverage_threshold", schemaPath: "#/properties/gates/properties/invariants/properties/coverage_threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.gates.properties.invariants.properties.coverage_threshold.type, parentSchema: schema31.properties.gates.properties.invariants.properties.coverage_threshold, data: data12 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data2.on_nothing_checked !== void 0) {
              let data13 = data2.on_nothing_checked;
              if (!(data13 === "PAUSE_FOR_HITL" || data13 === "STOPPED")) {
                const err28 = { instancePath: instancePath + "/gates/invariants/on_nothing_checked", schemaPath: "#/properties/gates/properties/invariants/properties/on_nothing_checked/enum", keyword: "enum", params: { allowedValues: schema31.properties.gates.properties.invariants.properties.on_nothing_checked.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.gates.properties.invariants.properties.on_nothing_checked.enum, parentSchema: schema31.properties.gates.properties.invariants.properties.on_nothing_checked, data: data13 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data2.limits !== void 0) {
              let data14 = data2.limits;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (const key4 in data14) {
                  if (!(key4 === "max_expression_length" || key4 === "max_depth" || key4 === "max_comprehension_nesting" || key4 === "max_eval_ms" || key4 === "max_cost" || key4 === "max_line_chars" || key4 === "max_findings")) {
                    const err29 = { instancePath: instancePath + "/gates/invariants/limits", schemaPath: "#/properties/gates/properties/invariants/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.gates.properties.invariants.properties.limits, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data14.max_expression_length !== void 0) {
                  let data15 = data14.max_expression_length;
                  if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                    const err30 = { instancePath: instancePath + "/gates/invariants/limits/max_expression_length", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_expression_length/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_expression_length.type, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_expression_length, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                  if (typeof data15 == "number" && isFinite(data15)) {
                    if (data15 > 65536 || isNaN(data15)) {
                      const err31 = { instancePath: instancePath + "/gates/invariants/limits/max_expression_length", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_expression_length/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536", schema: 65536, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_expression_length, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                    if (data15 < 1 || isNaN(data15)) {
                      const err32 = { instancePath: instancePath + "/gates/invariants/limits/max_expression_length", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_expression_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_expression_length, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  }
                }
                if (data14.max_depth !== void 0) {
                  let data16 = data14.max_depth;
                  if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                    const err33 = { instancePath: instancePath + "/gates/invariants/limits/max_depth", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_depth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_depth.type, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_depth, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                  if (typeof data16 == "number" && isFinite(data16)) {
                    if (data16 > 256 || isNaN(data16)) {
                      const err34 = { instancePath: instancePath + "/gates/invariants/limits/max_depth", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_depth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_depth, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                    if (data16 < 1 || isNaN(data16)) {
                      const err35 = { instancePath: instancePath + "/gates/invariants/limits/max_depth", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_depth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_depth, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  }
                }
                if (data14.max_comprehension_nesting !== void 0) {
                  let data17 = data14.max_comprehension_nesting;
                  if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                    const err36 = { instancePath: instancePath + "/gates/invariants/limits/max_comprehension_nesting", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_comprehension_nesting/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_comprehension_nesting.type, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_comprehension_nesting, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                  if (typeof data17 == "number" && isFinite(data17)) {
                    if (data17 > 3 || isNaN(data17)) {
                      const err37 = { instancePath: instancePath + "/gates/invariants/limits/max_comprehension_nesting", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_comprehension_nesting/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3 }, message: "must be <= 3", schema: 3, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_comprehension_nesting, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                    if (data17 < 0 || isNaN(data17)) {
                      const err38 = { instancePath: instancePath + "/gates/invariants/limits/max_comprehension_nesting", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_comprehension_nesting/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_comprehension_nesting, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  }
                }
                if (data14.max_eval_ms !== void 0) {
                  let data18 = data14.max_eval_ms;
                  if (typeof data18 == "number" && isFinite(data18)) {
                    if (data18 > 6e4 || isNaN(data18)) {
                      const err39 = { instancePath: instancePath + "/gates/invariants/limits/max_eval_ms", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_eval_ms/maximum", keyword: "maximum", params: { comparison: "<=", limit: 6e4 }, message: "must be <= 60000", schema: 6e4, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_eval_ms, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                    if (data18 <= 0 || isNaN(data18)) {
                      const err40 = { instancePath: instancePath + "/gates/invariants/limits/max_eval_ms", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_eval_ms/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_eval_ms, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  } else {
                    const err41 = { instancePath: instancePath + "/gates/invariants/limits/max_eval_ms", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_eval_ms/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_eval_ms.type, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_eval_ms, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data14.max_cost !== void 0) {
                  let data19 = data14.max_cost;
                  if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                    const err42 = { instancePath: instancePath + "/gates/invariants/limits/max_cost", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_cost/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_cost.type, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_cost, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                  if (typeof data19 == "number" && isFinite(data19)) {
                    if (data19 > 1e9 || isNaN(data19)) {
                      const err43 = { instancePath: instancePath + "/gates/invariants/limits/max_cost", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_cost/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_cost, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                    if (data19 < 1 || isNaN(data19)) {
                      const err44 = { instancePath: instancePath + "/gates/invariants/limits/max_cost", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_cost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_cost, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  }
                }
                if (data14.max_line_chars !== void 0) {
                  let data20 = data14.max_line_chars;
                  if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                    const err45 = { instancePath: instancePath + "/gates/invariants/limits/max_line_chars", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_line_chars/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_line_chars.type, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_line_chars, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                  if (typeof data20 == "number" && isFinite(data20)) {
                    if (data20 > 67108864 || isNaN(data20)) {
                      const err46 = { instancePath: instancePath + "/gates/invariants/limits/max_line_chars", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_line_chars/maximum", keyword: "maximum", params: { comparison: "<=", limit: 67108864 }, message: "must be <= 67108864", schema: 67108864, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_line_chars, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                    if (data20 < 64 || isNaN(data20)) {
                      const err47 = { instancePath: instancePath + "/gates/invariants/limits/max_line_chars", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_line_chars/minimum", keyword: "minimum", params: { comparison: ">=", limit: 64 }, message: "must be >= 64", schema: 64, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_line_chars, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  }
                }
                if (data14.max_findings !== void 0) {
                  let data21 = data14.max_findings;
                  if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                    const err48 = { instancePath: instancePath + "/gates/invariants/limits/max_findings", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_findings/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_findings.type, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_findings, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                  if (typeof data21 == "number" && isFinite(data21)) {
                    if (data21 > 1e5 || isNaN(data21)) {
                      const err49 = { instancePath: instancePath + "/gates/invariants/limits/max_findings", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_findings/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_findings, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                    if (data21 < 1 || isNaN(data21)) {
                      const err50 = { instancePath: instancePath + "/gates/invariants/limits/max_findings", schemaPath: "#/properties/gates/properties/invariants/properties/limits/properties/max_findings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.gates.properties.invariants.properties.limits.properties.max_findings, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err51 = { instancePath: instancePath + "/gates/invariants/limits", schemaPath: "#/properties/gates/properties/invariants/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gates.properties.invariants.properties.limits.type, parentSchema: schema31.properties.gates.properties.invariants.properties.limits, data: data14 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/gates/invariants", schemaPath: "#/properties/gates/properties/invariants/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gates.properties.invariants.type, parentSchema: schema31.properties.gates.properties.invariants, data: data2 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data1.modelcheck !== void 0) {
          let data22 = data1.modelcheck;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key5 in data22) {
              if (!func5.call(schema31.properties.gates.properties.modelcheck.properties, key5)) {
                const err53 = { instancePath: instancePath + "/gates/modelcheck", schemaPath: "#/properties/gates/properties/modelcheck/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.gates.properties.modelcheck, data: data22 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data22.enabled !== void 0) {
              let data23 = data22.enabled;
              if (typeof data23 !== "boolean") {
                const err54 = { instancePath: instancePath + "/gates/modelcheck/enabled", schemaPath: "#/properties/gates/properties/modelcheck/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.gates.properties.modelcheck.properties.enabled.type, parentSchema: schema31.properties.gates.properties.modelcheck.properties.enabled, data: data23 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data22.specs !== void 0) {
              let data24 = data22.specs;
              if (Array.isArray(data24)) {
                if (data24.length < 1) {
                  const err55 = { instancePath: instancePath + "/gates/modelcheck/specs", schemaPath: "#/properties/gates/properties/modelcheck/properties/specs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.gates.properties.modelcheck.properties.specs, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                const len3 = data24.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data25 = data24[i3];
                  if (typeof data25 === "string") {
                    if (func1(data25) < 1) {
                      const err56 = { instancePath: instancePath + "/gates/modelcheck/specs/" + i3, schemaPath: "#/properties/gates/properties/modelcheck/properties/specs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.modelcheck.properties.specs.items, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  } else {
                    const err57 = { instancePath: instancePath + "/gates/modelcheck/specs/" + i3, schemaPath: "#/properties/gates/properties/modelcheck/properties/specs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.modelcheck.properties.specs.items.type, parentSchema: schema31.properties.gates.properties.modelcheck.properties.specs.items, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
              } else {
                const err58 = { instancePath: instancePath + "/gates/modelcheck/specs", schemaPath: "#/properties/gates/properties/modelcheck/properties/specs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.gates.properties.modelcheck.properties.specs.type, parentSchema: schema31.properties.gates.properties.modelcheck.properties.specs, data: data24 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data22.invariants_dir !== void 0) {
              let data26 = data22.invariants_dir;
              if (typeof data26 === "string") {
                if (func1(data26) < 1) {
                  const err59 = { instancePath: instancePath + "/gates/modelcheck/invariants_dir", schemaPath: "#/properties/gates/properties/modelcheck/properties/invariants_dir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.modelcheck.properties.invariants_dir, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/gates/modelcheck/invariants_dir", schemaPath: "#/properties/gates/properties/modelcheck/properties/invariants_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.modelcheck.properties.invariants_dir.type, parentSchema: schema31.properties.gates.properties.modelcheck.properties.invariants_dir, data: data26 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data22.critical_bound_action !== void 0) {
              let data27 = data22.critical_bound_action;
              if (!(data27 === "PAUSE_FOR_HITL" || data27 === "STOPPED")) {
                const err61 = { instancePath: instancePath + "/gates/modelcheck/critical_bound_action", schemaPath: "#/properties/gates/properties/modelcheck/properties/critical_bound_action/enum", keyword: "enum", params: { allowedValues: schema31.properties.gates.properties.modelcheck.properties.critical_bound_action.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.gates.properties.modelcheck.properties.critical_bound_action.enum, parentSchema: schema31.properties.gates.properties.modelcheck.properties.critical_bound_action, data: data27 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data22.bound_action !== void 0) {
              let data28 = data22.bound_action;
              if (!(data28 === "RUN" || data28 === "PAUSE_FOR_HITL" || data28 === "STOPPED")) {
                const err62 = { instancePath: instancePath + "/gates/modelcheck/bound_action", schemaPath: "#/properties/gates/properties/modelcheck/properties/bound_action/enum", keyword: "enum", params: { allowedValues: schema31.properties.gates.properties.modelcheck.properties.bound_action.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.gates.properties.modelcheck.properties.bound_action.enum, parentSchema: schema31.properties.gates.properties.modelcheck.properties.bound_action, data: data28 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data22.max_states !== void 0) {
              let data29 = data22.max_states;
              if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
                const err63 = { instancePath: instancePath + "/gates/modelcheck/max_states", schemaPath: "#/properties/gates/properties/modelcheck/properties/max_states/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.modelcheck.properties.max_states.type, parentSchema: schema31.properties.gates.properties.modelcheck.properties.max_states, data: data29 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (typeof data29 == "number" && isFinite(data29)) {
                if (data29 < 1 || isNaN(data29)) {
                  const err64 = { instancePath: instancePath + "/gates/modelcheck/max_states", schemaPath: "#/properties/gates/properties/modelcheck/properties/max_states/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.gates.properties.modelcheck.properties.max_states, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              }
            }
            if (data22.max_depth !== void 0) {
              let data30 = data22.max_depth;
              if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
                const err65 = { instancePath: instancePath + "/gates/modelcheck/max_depth", schemaPath: "#/properties/gates/properties/modelcheck/properties/max_depth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.modelcheck.properties.max_depth.type, parentSchema: schema31.properties.gates.properties.modelcheck.properties.max_depth, data: data30 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              if (typeof data30 == "number" && isFinite(data30)) {
                if (data30 < 1 || isNaN(data30)) {
                  const err66 = { instancePath: instancePath + "/gates/modelcheck/max_depth", schemaPath: "#/properties/gates/properties/modelcheck/properties/max_depth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.gates.properties.modelcheck.properties.max_depth, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              }
            }
            if (data22.time_seconds !== void 0) {
              let data31 = data22.time_seconds;
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 <= 0 || isNaN(data31)) {
                  const err67 = { instancePath: instancePath + "/gates/modelcheck/time_seconds", schemaPath: "#/properties/gates/properties/modelcheck/properties/time_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.gates.properties.modelcheck.properties.time_seconds, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              } else {
                const err68 = { instancePath: instancePath + "/gates/modelcheck/time_seconds", schemaPath: "#/properties/gates/properties/modelcheck/properties/time_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.gates.properties.modelcheck.properties.time_seconds.type, parentSchema: schema31.properties.gates.properties.modelcheck.properties.time_seconds, data: data31 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data22.workers !== void 0) {
              let data32 = data22.workers;
              if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
                const err69 = { instancePath: instancePath + "/gates/modelcheck/workers", schemaPath: "#/properties/gates/properties/modelcheck/properties/workers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.modelcheck.properties.workers.type, parentSchema: schema31.properties.gates.properties.modelcheck.properties.workers, data: data32 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              if (typeof data32 == "number" && isFinite(data32)) {
                if (data32 > 16 || isNaN(data32)) {
                  const err70 = { instancePath: instancePath + "/gates/modelcheck/workers", schemaPath: "#/properties/gates/properties/modelcheck/properties/workers/maximum", keyword: "maximum", params: { comparison: "<=", limit: 16 }, message: "must be <= 16", schema: 16, parentSchema: schema31.properties.gates.properties.modelcheck.properties.workers, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
                if (data32 < 1 || isNaN(data32)) {
                  const err71 = { instancePath: instancePath + "/gates/modelcheck/workers", schemaPath: "#/properties/gates/properties/modelcheck/properties/workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.gates.properties.modelcheck.properties.workers, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              }
            }
            if (data22.tlc !== void 0) {
              let data33 = data22.tlc;
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                for (const key6 in data33) {
                  if (!(key6 === "enabled" || key6 === "jar" || key6 === "java" || key6 === "library" || key6 === "workers")) {
                    const err72 = { instancePath: instancePath + "/gates/modelcheck/tlc", schemaPath: "#/properties/gates/properties/modelcheck/properties/tlc/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.gates.properties.modelcheck.properties.tlc, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data33.enabled !== void 0) {
                  let data34 = data33.enabled;
                  if (typeof data34 !== "boolean") {
                    const err73 = { instancePath: instancePath + "/gates/modelcheck/tlc/enabled", schemaPath: "#/properties/gates/properties/modelcheck/properties/tlc/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.enabled.type, parentSchema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.enabled, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data33.jar !== void 0) {
                  let data35 = data33.jar;
                  if (typeof data35 === "string") {
                    if (func1(data35) < 1) {
                      const err74 = { instancePath: instancePath + "/gates/modelcheck/tlc/jar", schemaPath: "#/properties/gates/properties/modelcheck/properties/tlc/properties/jar/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.jar, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                  } else {
                    const err75 = { instancePath: instancePath + "/gates/modelcheck/tlc/jar", schemaPath: "#/properties/gates/properties/modelcheck/properties/tlc/properties/jar/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.jar.type, parentSchema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.jar, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data33.java !== void 0) {
                  let data36 = data33.java;
                  if (typeof data36 === "string") {
                    if (func1(data36) < 1) {
                      const err76 = { instancePath: instancePath + "/gates/modelcheck/tlc/java", schemaPath: "#/properties/gates/properties/modelcheck/properties/tlc/properties/java/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.java, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                  } else {
                    const err77 = { instancePath: instancePath + "/gates/modelcheck/tlc/java", schemaPath: "#/properties/gates/properties/modelcheck/properties/tlc/properties/java/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.java.type, parentSchema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.java, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data33.library !== void 0) {
                  let data37 = data33.library;
                  if (Array.isArray(data37)) {
                    const len4 = data37.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data38 = data37[i4];
                      if (typeof data38 === "string") {
                        if (func1(data38) < 1) {
                          const err78 = { instancePath: instancePath + "/gates/modelcheck/tlc/library/" + i4, schemaPath: "#/properties/gates/properties/modelcheck/properties/tlc/properties/library/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.library.items, data: data38 };
                          if (vErrors === null) {
                            vErrors = [err78];
                          } else {
                            vErrors.push(err78);
                          }
                          errors++;
                        }
                      } else {
                        const err79 = { instancePath: instancePath + "/gates/modelcheck/tlc/library/" + i4, schemaPath: "#/properties/gates/properties/modelcheck/properties/tlc/properties/library/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.library.items.type, parentSchema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.library.items, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err79];
                        } else {
                          vErrors.push(err79);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err80 = { instancePath: instancePath + "/gates/modelcheck/tlc/library", schemaPath: "#/properties/gates/properties/modelcheck/properties/tlc/properties/library/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.library.type, parentSchema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.library, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
                if (data33.workers !== void 0) {
                  let data39 = data33.workers;
                  if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)) && isFinite(data39))) {
                    const err81 = { instancePath: instancePath + "/gates/modelcheck/tlc/workers", schemaPath: "#/properties/gates/properties/modelcheck/properties/tlc/properties/workers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.workers.type, parentSchema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.workers, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                  if (typeof data39 == "number" && isFinite(data39)) {
                    if (data39 > 64 || isNaN(data39)) {
                      const err82 = { instancePath: instancePath + "/gates/modelcheck/tlc/workers", schemaPath: "#/properties/gates/properties/modelcheck/properties/tlc/properties/workers/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.workers, data: data39 };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                    if (data39 < 1 || isNaN(data39)) {
                      const err83 = { instancePath: instancePath + "/gates/modelcheck/tlc/workers", schemaPath: "#/properties/gates/properties/modelcheck/properties/tlc/properties/workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.gates.properties.modelcheck.properties.tlc.properties.workers, data: data39 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err84 = { instancePath: instancePath + "/gates/modelcheck/tlc", schemaPath: "#/properties/gates/properties/modelcheck/properties/tlc/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gates.properties.modelcheck.properties.tlc.type, parentSchema: schema31.properties.gates.properties.modelcheck.properties.tlc, data: data33 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/gates/modelcheck", schemaPath: "#/properties/gates/properties/modelcheck/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gates.properties.modelcheck.type, parentSchema: schema31.properties.gates.properties.modelcheck, data: data22 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data1.opa !== void 0) {
          let data40 = data1.opa;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            for (const key7 in data40) {
              if (!func5.call(schema31.properties.gates.properties.opa.properties, key7)) {
                const err86 = { instancePath: instancePath + "/gates/opa", schemaPath: "#/properties/gates/properties/opa/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.gates.properties.opa, data: data40 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data40.enabled !== void 0) {
              let data41 = data40.enabled;
              if (typeof data41 !== "boolean") {
                const err87 = { instancePath: instancePath + "/gates/opa/enabled", schemaPath: "#/properties/gates/properties/opa/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.gates.properties.opa.properties.enabled.type, parentSchema: schema31.properties.gates.properties.opa.properties.enabled, data: data41 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data40.policies !== void 0) {
              let data42 = data40.policies;
              if (Array.isArray(data42)) {
                const len5 = data42.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data43 = data42[i5];
                  if (typeof data43 === "string") {
                    if (func1(data43) < 1) {
                      const err88 = { instancePath: instancePath + "/gates/opa/policies/" + i5, schemaPath: "#/properties/gates/properties/opa/properties/policies/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.opa.properties.policies.items, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data43)) {
                      const err89 = { instancePath: instancePath + "/gates/opa/policies/" + i5, schemaPath: "#/properties/gates/properties/opa/properties/policies/items/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$)).+$" }, message: 'must match pattern "^(?!/)(?!.*(^|/)\\.\\.(/|$)).+$"', schema: "^(?!/)(?!.*(^|/)\\.\\.(/|$)).+$", parentSchema: schema31.properties.gates.properties.opa.properties.policies.items, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  } else {
                    const err90 = { instancePath: instancePath + "/gates/opa/policies/" + i5, schemaPath: "#/properties/gates/properties/opa/properties/policies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.opa.properties.policies.items.type, parentSchema: schema31.properties.gates.properties.opa.properties.policies.items, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                let i6 = data42.length;
                let j0;
                if (i6 > 1) {
                  const indices0 = {};
                  for (; i6--; ) {
                    let item0 = data42[i6];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err91 = { instancePath: instancePath + "/gates/opa/policies", schemaPath: "#/properties/gates/properties/opa/properties/policies/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i6 + " are identical)", schema: true, parentSchema: schema31.properties.gates.properties.opa.properties.policies, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i6;
                  }
                }
              } else {
                const err92 = { instancePath: instancePath + "/gates/opa/policies", schemaPath: "#/properties/gates/properties/opa/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.gates.properties.opa.properties.policies.type, parentSchema: schema31.properties.gates.properties.opa.properties.policies, data: data42 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data40.namespace !== void 0) {
              let data44 = data40.namespace;
              if (typeof data44 === "string") {
                if (!pattern5.test(data44)) {
                  const err93 = { instancePath: instancePath + "/gates/opa/namespace", schemaPath: "#/properties/gates/properties/opa/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$", parentSchema: schema31.properties.gates.properties.opa.properties.namespace, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              } else {
                const err94 = { instancePath: instancePath + "/gates/opa/namespace", schemaPath: "#/properties/gates/properties/opa/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.opa.properties.namespace.type, parentSchema: schema31.properties.gates.properties.opa.properties.namespace, data: data44 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data40.all_namespaces !== void 0) {
              let data45 = data40.all_namespaces;
              if (typeof data45 !== "boolean") {
                const err95 = { instancePath: instancePath + "/gates/opa/all_namespaces", schemaPath: "#/properties/gates/properties/opa/properties/all_namespaces/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.gates.properties.opa.properties.all_namespaces.type, parentSchema: schema31.properties.gates.properties.opa.properties.all_namespaces, data: data45 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data40.rego_version !== void 0) {
              let data46 = data40.rego_version;
              if (typeof data46 !== "string") {
                const err96 = { instancePath: instancePath + "/gates/opa/rego_version", schemaPath: "#/properties/gates/properties/opa/properties/rego_version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.opa.properties.rego_version.type, parentSchema: schema31.properties.gates.properties.opa.properties.rego_version, data: data46 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
              if (!(data46 === "v0" || data46 === "v1")) {
                const err97 = { instancePath: instancePath + "/gates/opa/rego_version", schemaPath: "#/properties/gates/properties/opa/properties/rego_version/enum", keyword: "enum", params: { allowedValues: schema31.properties.gates.properties.opa.properties.rego_version.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.gates.properties.opa.properties.rego_version.enum, parentSchema: schema31.properties.gates.properties.opa.properties.rego_version, data: data46 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data40.data !== void 0) {
              let data47 = data40.data;
              if (Array.isArray(data47)) {
                const len6 = data47.length;
                for (let i7 = 0; i7 < len6; i7++) {
                  let data48 = data47[i7];
                  if (typeof data48 === "string") {
                    if (func1(data48) < 1) {
                      const err98 = { instancePath: instancePath + "/gates/opa/data/" + i7, schemaPath: "#/properties/gates/properties/opa/properties/data/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.opa.properties.data.items, data: data48 };
                      if (vErrors === null) {
                        vErrors = [err98];
                      } else {
                        vErrors.push(err98);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data48)) {
                      const err99 = { instancePath: instancePath + "/gates/opa/data/" + i7, schemaPath: "#/properties/gates/properties/opa/properties/data/items/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$)).+$" }, message: 'must match pattern "^(?!/)(?!.*(^|/)\\.\\.(/|$)).+$"', schema: "^(?!/)(?!.*(^|/)\\.\\.(/|$)).+$", parentSchema: schema31.properties.gates.properties.opa.properties.data.items, data: data48 };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                  } else {
                    const err100 = { instancePath: instancePath + "/gates/opa/data/" + i7, schemaPath: "#/properties/gates/properties/opa/properties/data/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.opa.properties.data.items.type, parentSchema: schema31.properties.gates.properties.opa.properties.data.items, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
                let i8 = data47.length;
                let j1;
                if (i8 > 1) {
                  const indices1 = {};
                  for (; i8--; ) {
                    let item1 = data47[i8];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j1 = indices1[item1];
                      const err101 = { instancePath: instancePath + "/gates/opa/data", schemaPath: "#/properties/gates/properties/opa/properties/data/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i8 + " are identical)", schema: true, parentSchema: schema31.properties.gates.properties.opa.properties.data, data: data47 };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i8;
                  }
                }
              } else {
                const err102 = { instancePath: instancePath + "/gates/opa/data", schemaPath: "#/properties/gates/properties/opa/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.gates.properties.opa.properties.data.type, parentSchema: schema31.properties.gates.properties.opa.properties.data, data: data47 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data40.no_decision_rule !== void 0) {
              let data49 = data40.no_decision_rule;
              if (typeof data49 !== "string") {
                const err103 = { instancePath: instancePath + "/gates/opa/no_decision_rule", schemaPath: "#/properties/gates/properties/opa/properties/no_decision_rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.opa.properties.no_decision_rule.type, parentSchema: schema31.properties.gates.properties.opa.properties.no_decision_rule, data: data49 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
              if (!(data49 === "PAUSE_FOR_HITL" || data49 === "STOPPED")) {
                const err104 = { instancePath: instancePath + "/gates/opa/no_decision_rule", schemaPath: "#/properties/gates/properties/opa/properties/no_decision_rule/enum", keyword: "enum", params: { allowedValues: schema31.properties.gates.properties.opa.properties.no_decision_rule.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.gates.properties.opa.properties.no_decision_rule.enum, parentSchema: schema31.properties.gates.properties.opa.properties.no_decision_rule, data: data49 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data40.bundled !== void 0) {
              let data50 = data40.bundled;
              if (typeof data50 !== "boolean") {
                const err105 = { instancePath: instancePath + "/gates/opa/bundled", schemaPath: "#/properties/gates/properties/opa/properties/bundled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.gates.properties.opa.properties.bundled.type, parentSchema: schema31.properties.gates.properties.opa.properties.bundled, data: data50 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data40.risk !== void 0) {
              let data51 = data40.risk;
              if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                for (const key8 in data51) {
                  if (!(key8 === "run_max" || key8 === "high_requires")) {
                    const err106 = { instancePath: instancePath + "/gates/opa/risk", schemaPath: "#/properties/gates/properties/opa/properties/risk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.gates.properties.opa.properties.risk, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
                if (data51.run_max !== void 0) {
                  let data52 = data51.run_max;
                  if (typeof data52 == "number" && isFinite(data52)) {
                    if (data52 > 1 || isNaN(data52)) {
                      const err107 = { instancePath: instancePath + "/gates/opa/risk/run_max", schemaPath: "#/properties/gates/properties/opa/properties/risk/properties/run_max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31.properties.gates.properties.opa.properties.risk.properties.run_max, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                    if (data52 < 0 || isNaN(data52)) {
                      const err108 = { instancePath: instancePath + "/gates/opa/risk/run_max", schemaPath: "#/properties/gates/properties/opa/properties/risk/properties/run_max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.gates.properties.opa.properties.risk.properties.run_max, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                  } else {
                    const err109 = { instancePath: instancePath + "/gates/opa/risk/run_max", schemaPath: "#/properties/gates/properties/opa/properties/risk/properties/run_max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.gates.properties.opa.properties.risk.properties.run_max.type, parentSchema: schema31.properties.gates.properties.opa.properties.risk.properties.run_max, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data51.high_requires !== void 0) {
                  let data53 = data51.high_requires;
                  if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53)) && isFinite(data53))) {
                    const err110 = { instancePath: instancePath + "/gates/opa/risk/high_requires", schemaPath: "#/properties/gates/properties/opa/properties/risk/properties/high_requires/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.opa.properties.risk.properties.high_requires.type, parentSchema: schema31.properties.gates.properties.opa.properties.risk.properties.high_requires, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                  if (typeof data53 == "number" && isFinite(data53)) {
                    if (data53 > 10 || isNaN(data53)) {
                      const err111 = { instancePath: instancePath + "/gates/opa/risk/high_requires", schemaPath: "#/properties/gates/properties/opa/properties/risk/properties/high_requires/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema31.properties.gates.properties.opa.properties.risk.properties.high_requires, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                    if (data53 < 1 || isNaN(data53)) {
                      const err112 = { instancePath: instancePath + "/gates/opa/risk/high_requires", schemaPath: "#/properties/gates/properties/opa/properties/risk/properties/high_requires/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.gates.properties.opa.properties.risk.properties.high_requires, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err112];
                      } else {
                        vErrors.push(err112);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err113 = { instancePath: instancePath + "/gates/opa/risk", schemaPath: "#/properties/gates/properties/opa/properties/risk/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gates.properties.opa.properties.risk.type, parentSchema: schema31.properties.gates.properties.opa.properties.risk, data: data51 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data40.approvers !== void 0) {
              let data54 = data40.approvers;
              if (Array.isArray(data54)) {
                const len7 = data54.length;
                for (let i9 = 0; i9 < len7; i9++) {
                  let data55 = data54[i9];
                  if (typeof data55 === "string") {
                    if (!pattern7.test(data55)) {
                      const err114 = { instancePath: instancePath + "/gates/opa/approvers/" + i9, schemaPath: "#/properties/gates/properties/opa/properties/approvers/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@?[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$"', schema: "^@?[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$", parentSchema: schema31.properties.gates.properties.opa.properties.approvers.items, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                  } else {
                    const err115 = { instancePath: instancePath + "/gates/opa/approvers/" + i9, schemaPath: "#/properties/gates/properties/opa/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.opa.properties.approvers.items.type, parentSchema: schema31.properties.gates.properties.opa.properties.approvers.items, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
                let i10 = data54.length;
                let j2;
                if (i10 > 1) {
                  const indices2 = {};
                  for (; i10--; ) {
                    let item2 = data54[i10];
                    if (typeof item2 !== "string") {
                      continue;
                    }
                    if (typeof indices2[item2] == "number") {
                      j2 = indices2[item2];
                      const err116 = { instancePath: instancePath + "/gates/opa/approvers", schemaPath: "#/properties/gates/properties/opa/properties/approvers/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i10 + " are identical)", schema: true, parentSchema: schema31.properties.gates.properties.opa.properties.approvers, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                      break;
                    }
                    indices2[item2] = i10;
                  }
                }
              } else {
                const err117 = { instancePath: instancePath + "/gates/opa/approvers", schemaPath: "#/properties/gates/properties/opa/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.gates.properties.opa.properties.approvers.type, parentSchema: schema31.properties.gates.properties.opa.properties.approvers, data: data54 };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
            if (data40.exceptions !== void 0) {
              let data56 = data40.exceptions;
              if (Array.isArray(data56)) {
                const len8 = data56.length;
                for (let i11 = 0; i11 < len8; i11++) {
                  let data57 = data56[i11];
                  if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                    if (data57.id === void 0) {
                      const err118 = { instancePath: instancePath + "/gates/opa/exceptions/" + i11, schemaPath: "#/properties/gates/properties/opa/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.properties.gates.properties.opa.properties.exceptions.items.required, parentSchema: schema31.properties.gates.properties.opa.properties.exceptions.items, data: data57 };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                    if (data57.reason === void 0) {
                      const err119 = { instancePath: instancePath + "/gates/opa/exceptions/" + i11, schemaPath: "#/properties/gates/properties/opa/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema31.properties.gates.properties.opa.properties.exceptions.items.required, parentSchema: schema31.properties.gates.properties.opa.properties.exceptions.items, data: data57 };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                    for (const key9 in data57) {
                      if (!(key9 === "id" || key9 === "file" || key9 === "reason" || key9 === "expires")) {
                        const err120 = { instancePath: instancePath + "/gates/opa/exceptions/" + i11, schemaPath: "#/properties/gates/properties/opa/properties/exceptions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.gates.properties.opa.properties.exceptions.items, data: data57 };
                        if (vErrors === null) {
                          vErrors = [err120];
                        } else {
                          vErrors.push(err120);
                        }
                        errors++;
                      }
                    }
                    if (data57.id !== void 0) {
                      let data58 = data57.id;
                      if (typeof data58 === "string") {
                        if (func1(data58) < 1) {
                          const err121 = { instancePath: instancePath + "/gates/opa/exceptions/" + i11 + "/id", schemaPath: "#/properties/gates/properties/opa/properties/exceptions/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.opa.properties.exceptions.items.properties.id, data: data58 };
                          if (vErrors === null) {
                            vErrors = [err121];
                          } else {
                            vErrors.push(err121);
                          }
                          errors++;
                        }
                      } else {
                        const err122 = { instancePath: instancePath + "/gates/opa/exceptions/" + i11 + "/id", schemaPath: "#/properties/gates/properties/opa/properties/exceptions/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.opa.properties.exceptions.items.properties.id.type, parentSchema: schema31.properties.gates.properties.opa.properties.exceptions.items.properties.id, data: data58 };
                        if (vErrors === null) {
                          vErrors = [err122];
                        } else {
                          vErrors.push(err122);
                        }
                        errors++;
                      }
                    }
                    if (data57.file !== void 0) {
                      let data59 = data57.file;
                      if (typeof data59 === "string") {
                        if (func1(data59) < 1) {
                          const err123 = { instancePath: instancePath + "/gates/opa/exceptions/" + i11 + "/file", schemaPath: "#/properties/gates/properties/opa/properties/exceptions/items/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.opa.properties.exceptions.items.properties.file, data: data59 };
                          if (vErrors === null) {
                            vErrors = [err123];
                          } else {
                            vErrors.push(err123);
                          }
                          errors++;
                        }
                      } else {
                        const err124 = { instancePath: instancePath + "/gates/opa/exceptions/" + i11 + "/file", schemaPath: "#/properties/gates/properties/opa/properties/exceptions/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.opa.properties.exceptions.items.properties.file.type, parentSchema: schema31.properties.gates.properties.opa.properties.exceptions.items.properties.file, data: data59 };
                        if (vErrors === null) {
                          vErrors = [err124];
                        } else {
                          vErrors.push(err124);
                        }
                        errors++;
                      }
                    }
                    if (data57.reason !== void 0) {
                      let data60 = data57.reason;
                      if (typeof data60 === "string") {
                        if (func1(data60) < 1) {
                          const err125 = { instancePath: instancePath + "/gates/opa/exceptions/" + i11 + "/reason", schemaPath: "#/properties/gates/properties/opa/properties/exceptions/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.opa.properties.exceptions.items.properties.reason, data: data60 };
                          if (vErrors === null) {
                            vErrors = [err125];
                          } else {
                            vErrors.push(err125);
                          }
                          errors++;
                        }
                      } else {
                        const err126 = { instancePath: instancePath + "/gates/opa/exceptions/" + i11 + "/reason", schemaPath: "#/properties/gates/properties/opa/properties/exceptions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.opa.properties.exceptions.items.properties.reason.type, parentSchema: schema31.properties.gates.properties.opa.properties.exceptions.items.properties.reason, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err126];
                        } else {
                          vErrors.push(err126);
                        }
                        errors++;
                      }
                    }
                    if (data57.expires !== void 0) {
                      let data61 = data57.expires;
                      if (typeof data61 === "string") {
                        if (!formats0.validate(data61)) {
                          const err127 = { instancePath: instancePath + "/gates/opa/exceptions/" + i11 + "/expires", schemaPath: "#/properties/gates/properties/opa/properties/exceptions/items/properties/expires/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema31.properties.gates.properties.opa.properties.exceptions.items.properties.expires, data: data61 };
                          if (vErrors === null) {
                            vErrors = [err127];
                          } else {
                            vErrors.push(err127);
                          }
                          errors++;
                        }
                      } else {
                        const err128 = { instancePath: instancePath + "/gates/opa/exceptions/" + i11 + "/expires", schemaPath: "#/properties/gates/properties/opa/properties/exceptions/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.opa.properties.exceptions.items.properties.expires.type, parentSchema: schema31.properties.gates.properties.opa.properties.exceptions.items.properties.expires, data: data61 };
                        if (vErrors === null) {
                          vErrors = [err128];
                        } else {
                          vErrors.push(err128);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err129 = { instancePath: instancePath + "/gates/opa/exceptions/" + i11, schemaPath: "#/properties/gates/properties/opa/properties/exceptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gates.properties.opa.properties.exceptions.items.type, parentSchema: schema31.properties.gates.properties.opa.properties.exceptions.items, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                }
              } else {
                const err130 = { instancePath: instancePath + "/gates/opa/exceptions", schemaPath: "#/properties/gates/properties/opa/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.gates.properties.opa.properties.exceptions.type, parentSchema: schema31.properties.gates.properties.opa.properties.exceptions, data: data56 };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
            }
            if (data40.opa_version !== void 0) {
              let data62 = data40.opa_version;
              if (typeof data62 === "string") {
                if (!pattern8.test(data62)) {
                  const err131 = { instancePath: instancePath + "/gates/opa/opa_version", schemaPath: "#/properties/gates/properties/opa/properties/opa_version/pattern", keyword: "pattern", params: { pattern: "^v?\\d+\\.\\d+\\.\\d+$" }, message: 'must match pattern "^v?\\d+\\.\\d+\\.\\d+$"', schema: "^v?\\d+\\.\\d+\\.\\d+$", parentSchema: schema31.properties.gates.properties.opa.properties.opa_version, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
              } else {
                const err132 = { instancePath: instancePath + "/gates/opa/opa_version", schemaPath: "#/properties/gates/properties/opa/properties/opa_version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.opa.properties.opa_version.type, parentSchema: schema31.properties.gates.properties.opa.properties.opa_version, data: data62 };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
            if (data40.opa_sha256 !== void 0) {
              let data63 = data40.opa_sha256;
              if (typeof data63 === "string") {
                if (!pattern9.test(data63)) {
                  const err133 = { instancePath: instancePath + "/gates/opa/opa_sha256", schemaPath: "#/properties/gates/properties/opa/properties/opa_sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema31.properties.gates.properties.opa.properties.opa_sha256, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
              } else {
                const err134 = { instancePath: instancePath + "/gates/opa/opa_sha256", schemaPath: "#/properties/gates/properties/opa/properties/opa_sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.opa.properties.opa_sha256.type, parentSchema: schema31.properties.gates.properties.opa.properties.opa_sha256, data: data63 };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
            if (data40.eval_timeout_seconds !== void 0) {
              let data64 = data40.eval_timeout_seconds;
              if (typeof data64 == "number" && isFinite(data64)) {
                if (data64 > 600 || isNaN(data64)) {
                  const err135 = { instancePath: instancePath + "/gates/opa/eval_timeout_seconds", schemaPath: "#/properties/gates/properties/opa/properties/eval_timeout_seconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 600 }, message: "must be <= 600", schema: 600, parentSchema: schema31.properties.gates.properties.opa.properties.eval_timeout_seconds, data: data64 };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
                if (data64 <= 0 || isNaN(data64)) {
                  const err136 = { instancePath: instancePath + "/gates/opa/eval_timeout_seconds", schemaPath: "#/properties/gates/properties/opa/properties/eval_timeout_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.gates.properties.opa.properties.eval_timeout_seconds, data: data64 };
                  if (vErrors === null) {
                    vErrors = [err136];
                  } else {
                    vErrors.push(err136);
                  }
                  errors++;
                }
              } else {
                const err137 = { instancePath: instancePath + "/gates/opa/eval_timeout_seconds", schemaPath: "#/properties/gates/properties/opa/properties/eval_timeout_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.gates.properties.opa.properties.eval_timeout_seconds.type, parentSchema: schema31.properties.gates.properties.opa.properties.eval_timeout_seconds, data: data64 };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data40.max_memory_mb !== void 0) {
              let data65 = data40.max_memory_mb;
              if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)) && isFinite(data65))) {
                const err138 = { instancePath: instancePath + "/gates/opa/max_memory_mb", schemaPath: "#/properties/gates/properties/opa/properties/max_memory_mb/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.opa.properties.max_memory_mb.type, parentSchema: schema31.properties.gates.properties.opa.properties.max_memory_mb, data: data65 };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
              if (typeof data65 == "number" && isFinite(data65)) {
                if (data65 > 1024 || isNaN(data65)) {
                  const err139 = { instancePath: instancePath + "/gates/opa/max_memory_mb", schemaPath: "#/properties/gates/properties/opa/properties/max_memory_mb/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1024 }, message: "must be <= 1024", schema: 1024, parentSchema: schema31.properties.gates.properties.opa.properties.max_memory_mb, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
                if (data65 < 1 || isNaN(data65)) {
                  const err140 = { instancePath: instancePath + "/gates/opa/max_memory_mb", schemaPath: "#/properties/gates/properties/opa/properties/max_memory_mb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.gates.properties.opa.properties.max_memory_mb, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err141 = { instancePath: instancePath + "/gates/opa", schemaPath: "#/properties/gates/properties/opa/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gates.properties.opa.type, parentSchema: schema31.properties.gates.properties.opa, data: data40 };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
        if (data1.ope !== void 0) {
          let data66 = data1.ope;
          if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
            if (data66.policies === void 0) {
              const err142 = { instancePath: instancePath + "/gates/ope", schemaPath: "#/properties/gates/properties/ope/required", keyword: "required", params: { missingProperty: "policies" }, message: "must have required property 'policies'", schema: schema31.properties.gates.properties.ope.required, parentSchema: schema31.properties.gates.properties.ope, data: data66 };
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors++;
            }
            if (data66.arms === void 0) {
              const err143 = { instancePath: instancePath + "/gates/ope", schemaPath: "#/properties/gates/properties/ope/required", keyword: "required", params: { missingProperty: "arms" }, message: "must have required property 'arms'", schema: schema31.properties.gates.properties.ope.required, parentSchema: schema31.properties.gates.properties.ope, data: data66 };
              if (vErrors === null) {
                vErrors = [err143];
              } else {
                vErrors.push(err143);
              }
              errors++;
            }
            if (data66.data === void 0) {
              const err144 = { instancePath: instancePath + "/gates/ope", schemaPath: "#/properties/gates/properties/ope/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'", schema: schema31.properties.gates.properties.ope.required, parentSchema: schema31.properties.gates.properties.ope, data: data66 };
              if (vErrors === null) {
                vErrors = [err144];
              } else {
                vErrors.push(err144);
              }
              errors++;
            }
            for (const key10 in data66) {
              if (!func5.call(schema31.properties.gates.properties.ope.properties, key10)) {
                const err145 = { instancePath: instancePath + "/gates/ope", schemaPath: "#/properties/gates/properties/ope/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.gates.properties.ope, data: data66 };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
            }
            if (data66.enabled !== void 0) {
              let data67 = data66.enabled;
              if (typeof data67 !== "boolean") {
                const err146 = { instancePath: instancePath + "/gates/ope/enabled", schemaPath: "#/properties/gates/properties/ope/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.gates.properties.ope.properties.enabled.type, parentSchema: schema31.properties.gates.properties.ope.properties.enabled, data: data67 };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
            if (data66.policies !== void 0) {
              let data68 = data66.policies;
              if (Array.isArray(data68)) {
                if (data68.length < 1) {
                  const err147 = { instancePath: instancePath + "/gates/ope/policies", schemaPath: "#/properties/gates/properties/ope/properties/policies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.gates.properties.ope.properties.policies, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
                const len9 = data68.length;
                for (let i12 = 0; i12 < len9; i12++) {
                  let data69 = data68[i12];
                  if (typeof data69 === "string") {
                    if (func1(data69) < 1) {
                      const err148 = { instancePath: instancePath + "/gates/ope/policies/" + i12, schemaPath: "#/properties/gates/properties/ope/properties/policies/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.ope.properties.policies.items, data: data69 };
                      if (vErrors === null) {
                        vErrors = [err148];
                      } else {
                        vErrors.push(err148);
                      }
                      errors++;
                    }
                  } else {
                    const err149 = { instancePath: instancePath + "/gates/ope/policies/" + i12, schemaPath: "#/properties/gates/properties/ope/properties/policies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.ope.properties.policies.items.type, parentSchema: schema31.properties.gates.properties.ope.properties.policies.items, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err149];
                    } else {
                      vErrors.push(err149);
                    }
                    errors++;
                  }
                }
              } else {
                const err150 = { instancePath: instancePath + "/gates/ope/policies", schemaPath: "#/properties/gates/properties/ope/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.gates.properties.ope.properties.policies.type, parentSchema: schema31.properties.gates.properties.ope.properties.policies, data: data68 };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (data66.arms !== void 0) {
              let data70 = data66.arms;
              if (Array.isArray(data70)) {
                if (data70.length < 2) {
                  const err151 = { instancePath: instancePath + "/gates/ope/arms", schemaPath: "#/properties/gates/properties/ope/properties/arms/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema31.properties.gates.properties.ope.properties.arms, data: data70 };
                  if (vErrors === null) {
                    vErrors = [err151];
                  } else {
                    vErrors.push(err151);
                  }
                  errors++;
                }
                const len10 = data70.length;
                for (let i13 = 0; i13 < len10; i13++) {
                  let data71 = data70[i13];
                  if (typeof data71 === "string") {
                    if (func1(data71) < 1) {
                      const err152 = { instancePath: instancePath + "/gates/ope/arms/" + i13, schemaPath: "#/properties/gates/properties/ope/properties/arms/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.ope.properties.arms.items, data: data71 };
                      if (vErrors === null) {
                        vErrors = [err152];
                      } else {
                        vErrors.push(err152);
                      }
                      errors++;
                    }
                  } else {
                    const err153 = { instancePath: instancePath + "/gates/ope/arms/" + i13, schemaPath: "#/properties/gates/properties/ope/properties/arms/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.ope.properties.arms.items.type, parentSchema: schema31.properties.gates.properties.ope.properties.arms.items, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  }
                }
                let i14 = data70.length;
                let j3;
                if (i14 > 1) {
                  const indices3 = {};
                  for (; i14--; ) {
                    let item3 = data70[i14];
                    if (typeof item3 !== "string") {
                      continue;
                    }
                    if (typeof indices3[item3] == "number") {
                      j3 = indices3[item3];
                      const err154 = { instancePath: instancePath + "/gates/ope/arms", schemaPath: "#/properties/gates/properties/ope/properties/arms/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i14 + " are identical)", schema: true, parentSchema: schema31.properties.gates.properties.ope.properties.arms, data: data70 };
                      if (vErrors === null) {
                        vErrors = [err154];
                      } else {
                        vErrors.push(err154);
                      }
                      errors++;
                      break;
                    }
                    indices3[item3] = i14;
                  }
                }
              } else {
                const err155 = { instancePath: instancePath + "/gates/ope/arms", schemaPath: "#/properties/gates/properties/ope/properties/arms/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.gates.properties.ope.properties.arms.type, parentSchema: schema31.properties.gates.properties.ope.properties.arms, data: data70 };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
            if (data66.data !== void 0) {
              let data72 = data66.data;
              if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                if (data72.path === void 0) {
                  const err156 = { instancePath: instancePath + "/gates/ope/data", schemaPath: "#/properties/gates/properties/ope/properties/data/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema31.properties.gates.properties.ope.properties.data.required, parentSchema: schema31.properties.gates.properties.ope.properties.data, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err156];
                  } else {
                    vErrors.push(err156);
                  }
                  errors++;
                }
                if (data72.context === void 0) {
                  const err157 = { instancePath: instancePath + "/gates/ope/data", schemaPath: "#/properties/gates/properties/ope/properties/data/required", keyword: "required", params: { missingProperty: "context" }, message: "must have required property 'context'", schema: schema31.properties.gates.properties.ope.properties.data.required, parentSchema: schema31.properties.gates.properties.ope.properties.data, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err157];
                  } else {
                    vErrors.push(err157);
                  }
                  errors++;
                }
                if (data72.action === void 0) {
                  const err158 = { instancePath: instancePath + "/gates/ope/data", schemaPath: "#/properties/gates/properties/ope/properties/data/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema31.properties.gates.properties.ope.properties.data.required, parentSchema: schema31.properties.gates.properties.ope.properties.data, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err158];
                  } else {
                    vErrors.push(err158);
                  }
                  errors++;
                }
                if (data72.propensity === void 0) {
                  const err159 = { instancePath: instancePath + "/gates/ope/data", schemaPath: "#/properties/gates/properties/ope/properties/data/required", keyword: "required", params: { missingProperty: "propensity" }, message: "must have required property 'propensity'", schema: schema31.properties.gates.properties.ope.properties.data.required, parentSchema: schema31.properties.gates.properties.ope.properties.data, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err159];
                  } else {
                    vErrors.push(err159);
                  }
                  errors++;
                }
                if (data72.reward === void 0) {
                  const err160 = { instancePath: instancePath + "/gates/ope/data", schemaPath: "#/properties/gates/properties/ope/properties/data/required", keyword: "required", params: { missingProperty: "reward" }, message: "must have required property 'reward'", schema: schema31.properties.gates.properties.ope.properties.data.required, parentSchema: schema31.properties.gates.properties.ope.properties.data, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err160];
                  } else {
                    vErrors.push(err160);
                  }
                  errors++;
                }
                for (const key11 in data72) {
                  if (!func5.call(schema31.properties.gates.properties.ope.properties.data.properties, key11)) {
                    const err161 = { instancePath: instancePath + "/gates/ope/data", schemaPath: "#/properties/gates/properties/ope/properties/data/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.gates.properties.ope.properties.data, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                }
                if (data72.path !== void 0) {
                  let data73 = data72.path;
                  if (typeof data73 === "string") {
                    if (func1(data73) < 1) {
                      const err162 = { instancePath: instancePath + "/gates/ope/data/path", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.path, data: data73 };
                      if (vErrors === null) {
                        vErrors = [err162];
                      } else {
                        vErrors.push(err162);
                      }
                      errors++;
                    }
                  } else {
                    const err163 = { instancePath: instancePath + "/gates/ope/data/path", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.ope.properties.data.properties.path.type, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.path, data: data73 };
                    if (vErrors === null) {
                      vErrors = [err163];
                    } else {
                      vErrors.push(err163);
                    }
                    errors++;
                  }
                }
                if (data72.format !== void 0) {
                  let data74 = data72.format;
                  if (!(data74 === "jsonl" || data74 === "csv" || data74 === "parquet")) {
                    const err164 = { instancePath: instancePath + "/gates/ope/data/format", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/format/enum", keyword: "enum", params: { allowedValues: schema31.properties.gates.properties.ope.properties.data.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.gates.properties.ope.properties.data.properties.format.enum, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.format, data: data74 };
                    if (vErrors === null) {
                      vErrors = [err164];
                    } else {
                      vErrors.push(err164);
                    }
                    errors++;
                  }
                }
                if (data72.context !== void 0) {
                  let data75 = data72.context;
                  if (Array.isArray(data75)) {
                    if (data75.length < 1) {
                      const err165 = { instancePath: instancePath + "/gates/ope/data/context", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/context/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.context, data: data75 };
                      if (vErrors === null) {
                        vErrors = [err165];
                      } else {
                        vErrors.push(err165);
                      }
                      errors++;
                    }
                    const len11 = data75.length;
                    for (let i15 = 0; i15 < len11; i15++) {
                      let data76 = data75[i15];
                      if (typeof data76 === "string") {
                        if (func1(data76) < 1) {
                          const err166 = { instancePath: instancePath + "/gates/ope/data/context/" + i15, schemaPath: "#/properties/gates/properties/ope/properties/data/properties/context/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.context.items, data: data76 };
                          if (vErrors === null) {
                            vErrors = [err166];
                          } else {
                            vErrors.push(err166);
                          }
                          errors++;
                        }
                      } else {
                        const err167 = { instancePath: instancePath + "/gates/ope/data/context/" + i15, schemaPath: "#/properties/gates/properties/ope/properties/data/properties/context/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.ope.properties.data.properties.context.items.type, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.context.items, data: data76 };
                        if (vErrors === null) {
                          vErrors = [err167];
                        } else {
                          vErrors.push(err167);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err168 = { instancePath: instancePath + "/gates/ope/data/context", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/context/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.gates.properties.ope.properties.data.properties.context.type, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.context, data: data75 };
                    if (vErrors === null) {
                      vErrors = [err168];
                    } else {
                      vErrors.push(err168);
                    }
                    errors++;
                  }
                }
                if (data72.action !== void 0) {
                  let data77 = data72.action;
                  if (typeof data77 === "string") {
                    if (func1(data77) < 1) {
                      const err169 = { instancePath: instancePath + "/gates/ope/data/action", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/action/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.action, data: data77 };
                      if (vErrors === null) {
                        vErrors = [err169];
                      } else {
                        vErrors.push(err169);
                      }
                      errors++;
                    }
                  } else {
                    const err170 = { instancePath: instancePath + "/gates/ope/data/action", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.ope.properties.data.properties.action.type, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.action, data: data77 };
                    if (vErrors === null) {
                      vErrors = [err170];
                    } else {
                      vErrors.push(err170);
                    }
                    errors++;
                  }
                }
                if (data72.propensity !== void 0) {
                  let data78 = data72.propensity;
                  if (typeof data78 === "string") {
                    if (func1(data78) < 1) {
                      const err171 = { instancePath: instancePath + "/gates/ope/data/propensity", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/propensity/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.propensity, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err171];
                      } else {
                        vErrors.push(err171);
                      }
                      errors++;
                    }
                  } else {
                    const err172 = { instancePath: instancePath + "/gates/ope/data/propensity", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/propensity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.ope.properties.data.properties.propensity.type, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.propensity, data: data78 };
                    if (vErrors === null) {
                      vErrors = [err172];
                    } else {
                      vErrors.push(err172);
                    }
                    errors++;
                  }
                }
                if (data72.reward !== void 0) {
                  let data79 = data72.reward;
                  if (typeof data79 === "string") {
                    if (func1(data79) < 1) {
                      const err173 = { instancePath: instancePath + "/gates/ope/data/reward", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/reward/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.reward, data: data79 };
                      if (vErrors === null) {
                        vErrors = [err173];
                      } else {
                        vErrors.push(err173);
                      }
                      errors++;
                    }
                  } else {
                    const err174 = { instancePath: instancePath + "/gates/ope/data/reward", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/reward/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.ope.properties.data.properties.reward.type, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.reward, data: data79 };
                    if (vErrors === null) {
                      vErrors = [err174];
                    } else {
                      vErrors.push(err174);
                    }
                    errors++;
                  }
                }
                if (data72.cost !== void 0) {
                  let data80 = data72.cost;
                  if (typeof data80 === "string") {
                    if (func1(data80) < 1) {
                      const err175 = { instancePath: instancePath + "/gates/ope/data/cost", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/cost/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.cost, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err175];
                      } else {
                        vErrors.push(err175);
                      }
                      errors++;
                    }
                  } else {
                    const err176 = { instancePath: instancePath + "/gates/ope/data/cost", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/cost/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.ope.properties.data.properties.cost.type, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.cost, data: data80 };
                    if (vErrors === null) {
                      vErrors = [err176];
                    } else {
                      vErrors.push(err176);
                    }
                    errors++;
                  }
                }
                if (data72.q_hat !== void 0) {
                  let data81 = data72.q_hat;
                  if (typeof data81 === "string") {
                    if (func1(data81) < 1) {
                      const err177 = { instancePath: instancePath + "/gates/ope/data/q_hat", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/q_hat/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.q_hat, data: data81 };
                      if (vErrors === null) {
                        vErrors = [err177];
                      } else {
                        vErrors.push(err177);
                      }
                      errors++;
                    }
                  } else {
                    const err178 = { instancePath: instancePath + "/gates/ope/data/q_hat", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/q_hat/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.ope.properties.data.properties.q_hat.type, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.q_hat, data: data81 };
                    if (vErrors === null) {
                      vErrors = [err178];
                    } else {
                      vErrors.push(err178);
                    }
                    errors++;
                  }
                }
                if (data72.q_hat_prefix !== void 0) {
                  let data82 = data72.q_hat_prefix;
                  if (typeof data82 === "string") {
                    if (func1(data82) < 1) {
                      const err179 = { instancePath: instancePath + "/gates/ope/data/q_hat_prefix", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/q_hat_prefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.q_hat_prefix, data: data82 };
                      if (vErrors === null) {
                        vErrors = [err179];
                      } else {
                        vErrors.push(err179);
                      }
                      errors++;
                    }
                  } else {
                    const err180 = { instancePath: instancePath + "/gates/ope/data/q_hat_prefix", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/q_hat_prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gates.properties.ope.properties.data.properties.q_hat_prefix.type, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.q_hat_prefix, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                }
                if (data72.bad_rows !== void 0) {
                  let data83 = data72.bad_rows;
                  if (!(data83 === "stop" || data83 === "drop")) {
                    const err181 = { instancePath: instancePath + "/gates/ope/data/bad_rows", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/bad_rows/enum", keyword: "enum", params: { allowedValues: schema31.properties.gates.properties.ope.properties.data.properties.bad_rows.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.gates.properties.ope.properties.data.properties.bad_rows.enum, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.bad_rows, data: data83 };
                    if (vErrors === null) {
                      vErrors = [err181];
                    } else {
                      vErrors.push(err181);
                    }
                    errors++;
                  }
                }
                if (data72.chunk_rows !== void 0) {
                  let data84 = data72.chunk_rows;
                  if (!(typeof data84 == "number" && (!(data84 % 1) && !isNaN(data84)) && isFinite(data84))) {
                    const err182 = { instancePath: instancePath + "/gates/ope/data/chunk_rows", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/chunk_rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.ope.properties.data.properties.chunk_rows.type, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.chunk_rows, data: data84 };
                    if (vErrors === null) {
                      vErrors = [err182];
                    } else {
                      vErrors.push(err182);
                    }
                    errors++;
                  }
                  if (typeof data84 == "number" && isFinite(data84)) {
                    if (data84 > 1048576 || isNaN(data84)) {
                      const err183 = { instancePath: instancePath + "/gates/ope/data/chunk_rows", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/chunk_rows/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1048576 }, message: "must be <= 1048576", schema: 1048576, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.chunk_rows, data: data84 };
                      if (vErrors === null) {
                        vErrors = [err183];
                      } else {
                        vErrors.push(err183);
                      }
                      errors++;
                    }
                    if (data84 < 1 || isNaN(data84)) {
                      const err184 = { instancePath: instancePath + "/gates/ope/data/chunk_rows", schemaPath: "#/properties/gates/properties/ope/properties/data/properties/chunk_rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.gates.properties.ope.properties.data.properties.chunk_rows, data: data84 };
                      if (vErrors === null) {
                        vErrors = [err184];
                      } else {
                        vErrors.push(err184);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err185 = { instancePath: instancePath + "/gates/ope/data", schemaPath: "#/properties/gates/properties/ope/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gates.properties.ope.properties.data.type, parentSchema: schema31.properties.gates.properties.ope.properties.data, data: data72 };
                if (vErrors === null) {
                  vErrors = [err185];
                } else {
                  vErrors.push(err185);
                }
                errors++;
              }
            }
            if (data66.estimator !== void 0) {
              let data85 = data66.estimator;
              if (!(data85 === "ips" || data85 === "snips" || data85 === "dm" || data85 === "dr" || data85 === "sndr")) {
                const err186 = { instancePath: instancePath + "/gates/ope/estimator", schemaPath: "#/properties/gates/properties/ope/properties/estimator/enum", keyword: "enum", params: { allowedValues: schema31.properties.gates.properties.ope.properties.estimator.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.gates.properties.ope.properties.estimator.enum, parentSchema: schema31.properties.gates.properties.ope.properties.estimator, data: data85 };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
            }
            if (data66.clip !== void 0) {
              let data86 = data66.clip;
              if (typeof data86 == "number" && isFinite(data86)) {
                if (data86 <= 0 || isNaN(data86)) {
                  const err187 = { instancePath: instancePath + "/gates/ope/clip", schemaPath: "#/properties/gates/properties/ope/properties/clip/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.gates.properties.ope.properties.clip, data: data86 };
                  if (vErrors === null) {
                    vErrors = [err187];
                  } else {
                    vErrors.push(err187);
                  }
                  errors++;
                }
              } else {
                const err188 = { instancePath: instancePath + "/gates/ope/clip", schemaPath: "#/properties/gates/properties/ope/properties/clip/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.gates.properties.ope.properties.clip.type, parentSchema: schema31.properties.gates.properties.ope.properties.clip, data: data86 };
                if (vErrors === null) {
                  vErrors = [err188];
                } else {
                  vErrors.push(err188);
                }
                errors++;
              }
            }
            if (data66.epsilon !== void 0) {
              let data87 = data66.epsilon;
              if (typeof data87 == "number" && isFinite(data87)) {
                if (data87 < 0 || isNaN(data87)) {
                  const err189 = { instancePath: instancePath + "/gates/ope/epsilon", schemaPath: "#/properties/gates/properties/ope/properties/epsilon/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.gates.properties.ope.properties.epsilon, data: data87 };
                  if (vErrors === null) {
                    vErrors = [err189];
                  } else {
                    vErrors.push(err189);
                  }
                  errors++;
                }
              } else {
                const err190 = { instancePath: instancePath + "/gates/ope/epsilon", schemaPath: "#/properties/gates/properties/ope/properties/epsilon/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.gates.properties.ope.properties.epsilon.type, parentSchema: schema31.properties.gates.properties.ope.properties.epsilon, data: data87 };
                if (vErrors === null) {
                  vErrors = [err190];
                } else {
                  vErrors.push(err190);
                }
                errors++;
              }
            }
            if (data66.bound !== void 0) {
              let data88 = data66.bound;
              if (!(data88 === "t" || data88 === "bernstein" || data88 === "bootstrap")) {
                const err191 = { instancePath: instancePath + "/gates/ope/bound", schemaPath: "#/properties/gates/properties/ope/properties/bound/enum", keyword: "enum", params: { allowedValues: schema31.properties.gates.properties.ope.properties.bound.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.gates.properties.ope.properties.bound.enum, parentSchema: schema31.properties.gates.properties.ope.properties.bound, data: data88 };
                if (vErrors === null) {
                  vErrors = [err191];
                } else {
                  vErrors.push(err191);
                }
                errors++;
              }
            }
            if (data66.alpha !== void 0) {
              let data89 = data66.alpha;
              if (typeof data89 == "number" && isFinite(data89)) {
                if (data89 > 0.5 || isNaN(data89)) {
                  const err192 = { instancePath: instancePath + "/gates/ope/alpha", schemaPath: "#/properties/gates/properties/ope/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema31.properties.gates.properties.ope.properties.alpha, data: data89 };
                  if (vErrors === null) {
                    vErrors = [err192];
                  } else {
                    vErrors.push(err192);
                  }
                  errors++;
                }
                if (data89 <= 0 || isNaN(data89)) {
                  const err193 = { instancePath: instancePath + "/gates/ope/alpha", schemaPath: "#/properties/gates/properties/ope/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.gates.properties.ope.properties.alpha, data: data89 };
                  if (vErrors === null) {
                    vErrors = [err193];
                  } else {
                    vErrors.push(err193);
                  }
                  errors++;
                }
              } else {
                const err194 = { instancePath: instancePath + "/gates/ope/alpha", schemaPath: "#/properties/gates/properties/ope/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.gates.properties.ope.properties.alpha.type, parentSchema: schema31.properties.gates.properties.ope.properties.alpha, data: data89 };
                if (vErrors === null) {
                  vErrors = [err194];
                } else {
                  vErrors.push(err194);
                }
                errors++;
              }
            }
            if (data66.bootstrap !== void 0) {
              let data90 = data66.bootstrap;
              if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                for (const key12 in data90) {
                  if (!(key12 === "resamples" || key12 === "seed")) {
                    const err195 = { instancePath: instancePath + "/gates/ope/bootstrap", schemaPath: "#/properties/gates/properties/ope/properties/bootstrap/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.gates.properties.ope.properties.bootstrap, data: data90 };
                    if (vErrors === null) {
                      vErrors = [err195];
                    } else {
                      vErrors.push(err195);
                    }
                    errors++;
                  }
                }
                if (data90.resamples !== void 0) {
                  let data91 = data90.resamples;
                  if (!(typeof data91 == "number" && (!(data91 % 1) && !isNaN(data91)) && isFinite(data91))) {
                    const err196 = { instancePath: instancePath + "/gates/ope/bootstrap/resamples", schemaPath: "#/properties/gates/properties/ope/properties/bootstrap/properties/resamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.ope.properties.bootstrap.properties.resamples.type, parentSchema: schema31.properties.gates.properties.ope.properties.bootstrap.properties.resamples, data: data91 };
                    if (vErrors === null) {
                      vErrors = [err196];
                    } else {
                      vErrors.push(err196);
                    }
                    errors++;
                  }
                  if (typeof data91 == "number" && isFinite(data91)) {
                    if (data91 > 1e5 || isNaN(data91)) {
                      const err197 = { instancePath: instancePath + "/gates/ope/bootstrap/resamples", schemaPath: "#/properties/gates/properties/ope/properties/bootstrap/properties/resamples/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema31.properties.gates.properties.ope.properties.bootstrap.properties.resamples, data: data91 };
                      if (vErrors === null) {
                        vErrors = [err197];
                      } else {
                        vErrors.push(err197);
                      }
                      errors++;
                    }
                    if (data91 < 100 || isNaN(data91)) {
                      const err198 = { instancePath: instancePath + "/gates/ope/bootstrap/resamples", schemaPath: "#/properties/gates/properties/ope/properties/bootstrap/properties/resamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema31.properties.gates.properties.ope.properties.bootstrap.properties.resamples, data: data91 };
                      if (vErrors === null) {
                        vErrors = [err198];
                      } else {
                        vErrors.push(err198);
                      }
                      errors++;
                    }
                  }
                }
                if (data90.seed !== void 0) {
                  let data92 = data90.seed;
                  if (!(typeof data92 == "number" && (!(data92 % 1) && !isNaN(data92)) && isFinite(data92))) {
                    const err199 = { instancePath: instancePath + "/gates/ope/bootstrap/seed", schemaPath: "#/properties/gates/properties/ope/properties/bootstrap/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.ope.properties.bootstrap.properties.seed.type, parentSchema: schema31.properties.gates.properties.ope.properties.bootstrap.properties.seed, data: data92 };
                    if (vErrors === null) {
                      vErrors = [err199];
                    } else {
                      vErrors.push(err199);
                    }
                    errors++;
                  }
                  if (typeof data92 == "number" && isFinite(data92)) {
                    if (data92 > 4294967295 || isNaN(data92)) {
                      const err200 = { instancePath: instancePath + "/gates/ope/bootstrap/seed", schemaPath: "#/properties/gates/properties/ope/properties/bootstrap/properties/seed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema31.properties.gates.properties.ope.properties.bootstrap.properties.seed, data: data92 };
                      if (vErrors === null) {
                        vErrors = [err200];
                      } else {
                        vErrors.push(err200);
                      }
                      errors++;
                    }
                    if (data92 < 0 || isNaN(data92)) {
                      const err201 = { instancePath: instancePath + "/gates/ope/bootstrap/seed", schemaPath: "#/properties/gates/properties/ope/properties/bootstrap/properties/seed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.gates.properties.ope.properties.bootstrap.properties.seed, data: data92 };
                      if (vErrors === null) {
                        vErrors = [err201];
                      } else {
                        vErrors.push(err201);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err202 = { instancePath: instancePath + "/gates/ope/bootstrap", schemaPath: "#/properties/gates/properties/ope/properties/bootstrap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gates.properties.ope.properties.bootstrap.type, parentSchema: schema31.properties.gates.properties.ope.properties.bootstrap, data: data90 };
                if (vErrors === null) {
                  vErrors = [err202];
                } else {
                  vErrors.push(err202);
                }
                errors++;
              }
            }
            if (data66.reward_model !== void 0) {
              let data93 = data66.reward_model;
              if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                for (const key13 in data93) {
                  if (!(key13 === "folds")) {
                    const err203 = { instancePath: instancePath + "/gates/ope/reward_model", schemaPath: "#/properties/gates/properties/ope/properties/reward_model/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.gates.properties.ope.properties.reward_model, data: data93 };
                    if (vErrors === null) {
                      vErrors = [err203];
                    } else {
                      vErrors.push(err203);
                    }
                    errors++;
                  }
                }
                if (data93.folds !== void 0) {
                  let data94 = data93.folds;
                  if (!(typeof data94 == "number" && (!(data94 % 1) && !isNaN(data94)) && isFinite(data94))) {
                    const err204 = { instancePath: instancePath + "/gates/ope/reward_model/folds", schemaPath: "#/properties/gates/properties/ope/properties/reward_model/properties/folds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.gates.properties.ope.properties.reward_model.properties.folds.type, parentSchema: schema31.properties.gates.properties.ope.properties.reward_model.properties.folds, data: data94 };
                    if (vErrors === null) {
                      vErrors = [err204];
                    } else {
                      vErrors.push(err204);
                    }
                    errors++;
                  }
                  if (typeof data94 == "number" && isFinite(data94)) {
                    if (data94 > 20 || isNaN(data94)) {
                      const err205 = { instancePath: instancePath + "/gates/ope/reward_model/folds", schemaPath: "#/properties/gates/properties/ope/properties/reward_model/properties/folds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema31.properties.gates.properties.ope.properties.reward_model.properties.folds, data: data94 };
                      if (vErrors === null) {
                        vErrors = [err205];
                      } else {
                        vErrors.push(err205);
                      }
                      errors++;
                    }
                    if (data94 < 2 || isNaN(data94)) {
                      const err206 = { instancePath: instancePath + "/gates/ope/reward_model/folds", schemaPath: "#/properties/gates/properties/ope/properties/reward_model/properties/folds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema31.properties.gates.properties.ope.properties.reward_model.properties.folds, data: data94 };
                      if (vErrors === null) {
                        vErrors = [err206];
                      } else {
                        vErrors.push(err206);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err207 = { instancePath: instancePath + "/gates/ope/reward_model", schemaPath: "#/properties/gates/properties/ope/properties/reward_model/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gates.properties.ope.properties.reward_model.type, parentSchema: schema31.properties.gates.properties.ope.properties.reward_model, data: data93 };
                if (vErrors === null) {
                  vErrors = [err207];
                } else {
                  vErrors.push(err207);
                }
                errors++;
              }
            }
            if (data66.diagnostics !== void 0) {
              let data95 = data66.diagnostics;
              if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
                for (const key14 in data95) {
                  if (!(key14 === "min_ess" || key14 === "min_ess_share" || key14 === "max_weight" || key14 === "mean_weight_tolerance" || key14 === "max_support_violation")) {
                    const err208 = { instancePath: instancePath + "/gates/ope/diagnostics", schemaPath: "#/properties/gates/properties/ope/properties/diagnostics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.gates.properties.ope.properties.diagnostics, data: data95 };
                    if (vErrors === null) {
                      vErrors = [err208];
                    } else {
                      vErrors.push(err208);
                    }
                    errors++;
                  }
                }
                if (data95.min_ess !== void 0) {
                  let data96 = data95.min_ess;
                  if (typeof data96 == "number" && isFinite(data96)) {
                    if (data96 < 0 || isNaN(data96)) {
                      const err209 = { instancePath: instancePath + "/gates/ope/diagnostics/min_ess", schemaPath: "#/properties/gates/properties/ope/properties/diagnostics/properties/min_ess/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.min_ess, data: data96 };
                      if (vErrors === null) {
                        vErrors = [err209];
                      } else {
                        vErrors.push(err209);
                      }
                      errors++;
                    }
                  } else {
                    const err210 = { instancePath: instancePath + "/gates/ope/diagnostics/min_ess", schemaPath: "#/properties/gates/properties/ope/properties/diagnostics/properties/min_ess/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.min_ess.type, parentSchema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.min_ess, data: data96 };
                    if (vErrors === null) {
                      vErrors = [err210];
                    } else {
                      vErrors.push(err210);
                    }
                    errors++;
                  }
                }
                if (data95.min_ess_share !== void 0) {
                  let data97 = data95.min_ess_share;
                  if (typeof data97 == "number" && isFinite(data97)) {
                    if (data97 > 1 || isNaN(data97)) {
                      const err211 = { instancePath: instancePath + "/gates/ope/diagnostics/min_ess_share", schemaPath: "#/properties/gates/properties/ope/properties/diagnostics/properties/min_ess_share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.min_ess_share, data: data97 };
                      if (vErrors === null) {
                        vErrors = [err211];
                      } else {
                        vErrors.push(err211);
                      }
                      errors++;
                    }
                    if (data97 < 0 || isNaN(data97)) {
                      const err212 = { instancePath: instancePath + "/gates/ope/diagnostics/min_ess_share", schemaPath: "#/properties/gates/properties/ope/properties/diagnostics/properties/min_ess_share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.min_ess_share, data: data97 };
                      if (vErrors === null) {
                        vErrors = [err212];
                      } else {
                        vErrors.push(err212);
                      }
                      errors++;
                    }
                  } else {
                    const err213 = { instancePath: instancePath + "/gates/ope/diagnostics/min_ess_share", schemaPath: "#/properties/gates/properties/ope/properties/diagnostics/properties/min_ess_share/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.min_ess_share.type, parentSchema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.min_ess_share, data: data97 };
                    if (vErrors === null) {
                      vErrors = [err213];
                    } else {
                      vErrors.push(err213);
                    }
                    errors++;
                  }
                }
                if (data95.max_weight !== void 0) {
                  let data98 = data95.max_weight;
                  if (typeof data98 == "number" && isFinite(data98)) {
                    if (data98 <= 0 || isNaN(data98)) {
                      const err214 = { instancePath: instancePath + "/gates/ope/diagnostics/max_weight", schemaPath: "#/properties/gates/properties/ope/properties/diagnostics/properties/max_weight/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.max_weight, data: data98 };
                      if (vErrors === null) {
                        vErrors = [err214];
                      } else {
                        vErrors.push(err214);
                      }
                      errors++;
                    }
                  } else {
                    const err215 = { instancePath: instancePath + "/gates/ope/diagnostics/max_weight", schemaPath: "#/properties/gates/properties/ope/properties/diagnostics/properties/max_weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.max_weight.type, parentSchema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.max_weight, data: data98 };
                    if (vErrors === null) {
                      vErrors = [err215];
                    } else {
                      vErrors.push(err215);
                    }
                    errors++;
                  }
                }
                if (data95.mean_weight_tolerance !== void 0) {
                  let data99 = data95.mean_weight_tolerance;
                  if (typeof data99 == "number" && isFinite(data99)) {
                    if (data99 < 0 || isNaN(data99)) {
                      const err216 = { instancePath: instancePath + "/gates/ope/diagnostics/mean_weight_tolerance", schemaPath: "#/properties/gates/properties/ope/properties/diagnostics/properties/mean_weight_tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.mean_weight_tolerance, data: data99 };
                      if (vErrors === null) {
                        vErrors = [err216];
                      } else {
                        vErrors.push(err216);
                      }
                      errors++;
                    }
                  } else {
                    const err217 = { instancePath: instancePath + "/gates/ope/diagnostics/mean_weight_tolerance", schemaPath: "#/properties/gates/properties/ope/properties/diagnostics/properties/mean_weight_tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.mean_weight_tolerance.type, parentSchema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.mean_weight_tolerance, data: data99 };
                    if (vErrors === null) {
                      vErrors = [err217];
                    } else {
                      vErrors.push(err217);
                    }
                    errors++;
                  }
                }
                if (data95.max_support_violation !== void 0) {
                  let data100 = data95.max_support_violation;
                  if (typeof data100 == "number" && isFinite(data100)) {
                    if (data100 > 1 || isNaN(data100)) {
                      const err218 = { instancePath: instancePath + "/gates/ope/diagnostics/max_support_violation", schemaPath: "#/properties/gates/properties/ope/properties/diagnostics/properties/max_support_violation/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.max_support_violation, data: data100 };
                      if (vErrors === null) {
                        vErrors = [err218];
                      } else {
                        vErrors.push(err218);
                      }
                      errors++;
                    }
                    if (data100 < 0 || isNaN(data100)) {
                      const err219 = { instancePath: instancePath + "/gates/ope/diagnostics/max_support_violation", schemaPath: "#/properties/gates/properties/ope/properties/diagnostics/properties/max_support_violation/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.max_support_violation, data: data100 };
                      if (vErrors === null) {
                        vErrors = [err219];
                      } else {
                        vErrors.push(err219);
                      }
                      errors++;
                    }
                  } else {
                    const err220 = { instancePath: instancePath + "/gates/ope/diagnostics/max_support_violation", schemaPath: "#/properties/gates/properties/ope/properties/diagnostics/properties/max_support_violation/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.max_support_violation.type, parentSchema: schema31.properties.gates.properties.ope.properties.diagnostics.properties.max_support_violation, data: data100 };
                    if (vErrors === null) {
                      vErrors = [err220];
                    } else {
                      vErrors.push(err220);
                    }
                    errors++;
                  }
                }
              } else {
                const err221 = { instancePath: instancePath + "/gates/ope/diagnostics", schemaPath: "#/properties/gates/properties/ope/properties/diagnostics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gates.properties.ope.properties.diagnostics.type, parentSchema: schema31.properties.gates.properties.ope.properties.diagnostics, data: data95 };
                if (vErrors === null) {
                  vErrors = [err221];
                } else {
                  vErrors.push(err221);
                }
                errors++;
              }
            }
            if (data66.cost_budget !== void 0) {
              let data101 = data66.cost_budget;
              if (!(typeof data101 == "number" && isFinite(data101))) {
                const err222 = { instancePath: instancePath + "/gates/ope/cost_budget", schemaPath: "#/properties/gates/properties/ope/properties/cost_budget/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.gates.properties.ope.properties.cost_budget.type, parentSchema: schema31.properties.gates.properties.ope.properties.cost_budget, data: data101 };
                if (vErrors === null) {
                  vErrors = [err222];
                } else {
                  vErrors.push(err222);
                }
                errors++;
              }
            }
          } else {
            const err223 = { instancePath: instancePath + "/gates/ope", schemaPath: "#/properties/gates/properties/ope/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gates.properties.ope.type, parentSchema: schema31.properties.gates.properties.ope, data: data66 };
            if (vErrors === null) {
              vErrors = [err223];
            } else {
              vErrors.push(err223);
            }
            errors++;
          }
        }
      } else {
        const err224 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gates.type, parentSchema: schema31.properties.gates, data: data1 };
        if (vErrors === null) {
          vErrors = [err224];
        } else {
          vErrors.push(err224);
        }
        errors++;
      }
    }
    if (data.owners !== void 0) {
      let data102 = data.owners;
      if (Array.isArray(data102)) {
        const len12 = data102.length;
        for (let i16 = 0; i16 < len12; i16++) {
          let data103 = data102[i16];
          if (typeof data103 === "string") {
            if (!pattern7.test(data103)) {
              const err225 = { instancePath: instancePath + "/owners/" + i16, schemaPath: "#/properties/owners/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@?[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$"', schema: "^@?[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$", parentSchema: schema31.properties.owners.items, data: data103 };
              if (vErrors === null) {
                vErrors = [err225];
              } else {
                vErrors.push(err225);
              }
              errors++;
            }
          } else {
            const err226 = { instancePath: instancePath + "/owners/" + i16, schemaPath: "#/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.owners.items.type, parentSchema: schema31.properties.owners.items, data: data103 };
            if (vErrors === null) {
              vErrors = [err226];
            } else {
              vErrors.push(err226);
            }
            errors++;
          }
        }
        let i17 = data102.length;
        let j4;
        if (i17 > 1) {
          const indices4 = {};
          for (; i17--; ) {
            let item4 = data102[i17];
            if (typeof item4 !== "string") {
              continue;
            }
            if (typeof indices4[item4] == "number") {
              j4 = indices4[item4];
              const err227 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i17 + " are identical)", schema: true, parentSchema: schema31.properties.owners, data: data102 };
              if (vErrors === null) {
                vErrors = [err227];
              } else {
                vErrors.push(err227);
              }
              errors++;
              break;
            }
            indices4[item4] = i17;
          }
        }
      } else {
        const err228 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.owners.type, parentSchema: schema31.properties.owners, data: data102 };
        if (vErrors === null) {
          vErrors = [err228];
        } else {
          vErrors.push(err228);
        }
        errors++;
      }
    }
    if (data.gate_material !== void 0) {
      let data104 = data.gate_material;
      if (Array.isArray(data104)) {
        const len13 = data104.length;
        for (let i18 = 0; i18 < len13; i18++) {
          let data105 = data104[i18];
          if (typeof data105 === "string") {
            if (func1(data105) < 1) {
              const err229 = { instancePath: instancePath + "/gate_material/" + i18, schemaPath: "#/properties/gate_material/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gate_material.items, data: data105 };
              if (vErrors === null) {
                vErrors = [err229];
              } else {
                vErrors.push(err229);
              }
              errors++;
            }
          } else {
            const err230 = { instancePath: instancePath + "/gate_material/" + i18, schemaPath: "#/properties/gate_material/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gate_material.items.type, parentSchema: schema31.properties.gate_material.items, data: data105 };
            if (vErrors === null) {
              vErrors = [err230];
            } else {
              vErrors.push(err230);
            }
            errors++;
          }
        }
      } else {
        const err231 = { instancePath: instancePath + "/gate_material", schemaPath: "#/properties/gate_material/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.gate_material.type, parentSchema: schema31.properties.gate_material, data: data104 };
        if (vErrors === null) {
          vErrors = [err231];
        } else {
          vErrors.push(err231);
        }
        errors++;
      }
    }
    if (data.timeouts !== void 0) {
      let data106 = data.timeouts;
      if (data106 && typeof data106 == "object" && !Array.isArray(data106)) {
        for (const key15 in data106) {
          if (!(key15 === "default_seconds" || key15 === "invariants_seconds" || key15 === "opa_seconds" || key15 === "modelcheck_seconds" || key15 === "ope_seconds" || key15 === "evidence_seconds")) {
            const err232 = { instancePath: instancePath + "/timeouts", schemaPath: "#/properties/timeouts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.timeouts, data: data106 };
            if (vErrors === null) {
              vErrors = [err232];
            } else {
              vErrors.push(err232);
            }
            errors++;
          }
        }
        if (data106.default_seconds !== void 0) {
          let data107 = data106.default_seconds;
          if (typeof data107 == "number" && isFinite(data107)) {
            if (data107 > 3600 || isNaN(data107)) {
              const err233 = { instancePath: instancePath + "/timeouts/default_seconds", schemaPath: "#/properties/timeouts/properties/default_seconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema31.properties.timeouts.properties.default_seconds, data: data107 };
              if (vErrors === null) {
                vErrors = [err233];
              } else {
                vErrors.push(err233);
              }
              errors++;
            }
            if (data107 <= 0 || isNaN(data107)) {
              const err234 = { instancePath: instancePath + "/timeouts/default_seconds", schemaPath: "#/properties/timeouts/properties/default_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.timeouts.properties.default_seconds, data: data107 };
              if (vErrors === null) {
                vErrors = [err234];
              } else {
                vErrors.push(err234);
              }
              errors++;
            }
          } else {
            const err235 = { instancePath: instancePath + "/timeouts/default_seconds", schemaPath: "#/properties/timeouts/properties/default_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.timeouts.properties.default_seconds.type, parentSchema: schema31.properties.timeouts.properties.default_seconds, data: data107 };
            if (vErrors === null) {
              vErrors = [err235];
            } else {
              vErrors.push(err235);
            }
            errors++;
          }
        }
        if (data106.invariants_seconds !== void 0) {
          let data108 = data106.invariants_seconds;
          if (typeof data108 == "number" && isFinite(data108)) {
            if (data108 > 3600 || isNaN(data108)) {
              const err236 = { instancePath: instancePath + "/timeouts/invariants_seconds", schemaPath: "#/properties/timeouts/properties/invariants_seconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema31.properties.timeouts.properties.invariants_seconds, data: data108 };
              if (vErrors === null) {
                vErrors = [err236];
              } else {
                vErrors.push(err236);
              }
              errors++;
            }
            if (data108 <= 0 || isNaN(data108)) {
              const err237 = { instancePath: instancePath + "/timeouts/invariants_seconds", schemaPath: "#/properties/timeouts/properties/invariants_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.timeouts.properties.invariants_seconds, data: data108 };
              if (vErrors === null) {
                vErrors = [err237];
              } else {
                vErrors.push(err237);
              }
              errors++;
            }
          } else {
            const err238 = { instancePath: instancePath + "/timeouts/invariants_seconds", schemaPath: "#/properties/timeouts/properties/invariants_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.timeouts.properties.invariants_seconds.type, parentSchema: schema31.properties.timeouts.properties.invariants_seconds, data: data108 };
            if (vErrors === null) {
              vErrors = [err238];
            } else {
              vErrors.push(err238);
            }
            errors++;
          }
        }
        if (data106.opa_seconds !== void 0) {
          let data109 = data106.opa_seconds;
          if (typeof data109 == "number" && isFinite(data109)) {
            if (data109 > 3600 || isNaN(data109)) {
              const err239 = { instancePath: instancePath + "/timeouts/opa_seconds", schemaPath: "#/properties/timeouts/properties/opa_seconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema31.properties.timeouts.properties.opa_seconds, data: data109 };
              if (vErrors === null) {
                vErrors = [err239];
              } else {
                vErrors.push(err239);
              }
              errors++;
            }
            if (data109 <= 0 || isNaN(data109)) {
              const err240 = { instancePath: instancePath + "/timeouts/opa_seconds", schemaPath: "#/properties/timeouts/properties/opa_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.timeouts.properties.opa_seconds, data: data109 };
              if (vErrors === null) {
                vErrors = [err240];
              } else {
                vErrors.push(err240);
              }
              errors++;
            }
          } else {
            const err241 = { instancePath: instancePath + "/timeouts/opa_seconds", schemaPath: "#/properties/timeouts/properties/opa_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.timeouts.properties.opa_seconds.type, parentSchema: schema31.properties.timeouts.properties.opa_seconds, data: data109 };
            if (vErrors === null) {
              vErrors = [err241];
            } else {
              vErrors.push(err241);
            }
            errors++;
          }
        }
        if (data106.modelcheck_seconds !== void 0) {
          let data110 = data106.modelcheck_seconds;
          if (typeof data110 == "number" && isFinite(data110)) {
            if (data110 > 3600 || isNaN(data110)) {
              const err242 = { instancePath: instancePath + "/timeouts/modelcheck_seconds", schemaPath: "#/properties/timeouts/properties/modelcheck_seconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema31.properties.timeouts.properties.modelcheck_seconds, data: data110 };
              if (vErrors === null) {
                vErrors = [err242];
              } else {
                vErrors.push(err242);
              }
              errors++;
            }
            if (data110 <= 0 || isNaN(data110)) {
              const err243 = { instancePath: instancePath + "/timeouts/modelcheck_seconds", schemaPath: "#/properties/timeouts/properties/modelcheck_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.timeouts.properties.modelcheck_seconds, data: data110 };
              if (vErrors === null) {
                vErrors = [err243];
              } else {
                vErrors.push(err243);
              }
              errors++;
            }
          } else {
            const err244 = { instancePath: instancePath + "/timeouts/modelcheck_seconds", schemaPath: "#/properties/timeouts/properties/modelcheck_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.timeouts.properties.modelcheck_seconds.type, parentSchema: schema31.properties.timeouts.properties.modelcheck_seconds, data: data110 };
            if (vErrors === null) {
              vErrors = [err244];
            } else {
              vErrors.push(err244);
            }
            errors++;
          }
        }
        if (data106.ope_seconds !== void 0) {
          let data111 = data106.ope_seconds;
          if (typeof data111 == "number" && isFinite(data111)) {
            if (data111 > 3600 || isNaN(data111)) {
              const err245 = { instancePath: instancePath + "/timeouts/ope_seconds", schemaPath: "#/properties/timeouts/properties/ope_seconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema31.properties.timeouts.properties.ope_seconds, data: data111 };
              if (vErrors === null) {
                vErrors = [err245];
              } else {
                vErrors.push(err245);
              }
              errors++;
            }
            if (data111 <= 0 || isNaN(data111)) {
              const err246 = { instancePath: instancePath + "/timeouts/ope_seconds", schemaPath: "#/properties/timeouts/properties/ope_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.timeouts.properties.ope_seconds, data: data111 };
              if (vErrors === null) {
                vErrors = [err246];
              } else {
                vErrors.push(err246);
              }
              errors++;
            }
          } else {
            const err247 = { instancePath: instancePath + "/timeouts/ope_seconds", schemaPath: "#/properties/timeouts/properties/ope_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.timeouts.properties.ope_seconds.type, parentSchema: schema31.properties.timeouts.properties.ope_seconds, data: data111 };
            if (vErrors === null) {
              vErrors = [err247];
            } else {
              vErrors.push(err247);
            }
            errors++;
          }
        }
        if (data106.evidence_seconds !== void 0) {
          let data112 = data106.evidence_seconds;
          if (typeof data112 == "number" && isFinite(data112)) {
            if (data112 > 3600 || isNaN(data112)) {
              const err248 = { instancePath: instancePath + "/timeouts/evidence_seconds", schemaPath: "#/properties/timeouts/properties/evidence_seconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema31.properties.timeouts.properties.evidence_seconds, data: data112 };
              if (vErrors === null) {
                vErrors = [err248];
              } else {
                vErrors.push(err248);
              }
              errors++;
            }
            if (data112 <= 0 || isNaN(data112)) {
              const err249 = { instancePath: instancePath + "/timeouts/evidence_seconds", schemaPath: "#/properties/timeouts/properties/evidence_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.timeouts.properties.evidence_seconds, data: data112 };
              if (vErrors === null) {
                vErrors = [err249];
              } else {
                vErrors.push(err249);
              }
              errors++;
            }
          } else {
            const err250 = { instancePath: instancePath + "/timeouts/evidence_seconds", schemaPath: "#/properties/timeouts/properties/evidence_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.timeouts.properties.evidence_seconds.type, parentSchema: schema31.properties.timeouts.properties.evidence_seconds, data: data112 };
            if (vErrors === null) {
              vErrors = [err250];
            } else {
              vErrors.push(err250);
            }
            errors++;
          }
        }
      } else {
        const err251 = { instancePath: instancePath + "/timeouts", schemaPath: "#/properties/timeouts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.timeouts.type, parentSchema: schema31.properties.timeouts, data: data106 };
        if (vErrors === null) {
          vErrors = [err251];
        } else {
          vErrors.push(err251);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data113 = data.approvals;
      if (data113 && typeof data113 == "object" && !Array.isArray(data113)) {
        for (const key16 in data113) {
          if (!func5.call(schema31.properties.approvals.properties, key16)) {
            const err252 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.approvals, data: data113 };
            if (vErrors === null) {
              vErrors = [err252];
            } else {
              vErrors.push(err252);
            }
            errors++;
          }
        }
        if (data113.required !== void 0) {
          let data114 = data113.required;
          if (!(typeof data114 == "number" && (!(data114 % 1) && !isNaN(data114)) && isFinite(data114))) {
            const err253 = { instancePath: instancePath + "/approvals/required", schemaPath: "#/properties/approvals/properties/required/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.approvals.properties.required.type, parentSchema: schema31.properties.approvals.properties.required, data: data114 };
            if (vErrors === null) {
              vErrors = [err253];
            } else {
              vErrors.push(err253);
            }
            errors++;
          }
          if (typeof data114 == "number" && isFinite(data114)) {
            if (data114 > 10 || isNaN(data114)) {
              const err254 = { instancePath: instancePath + "/approvals/required", schemaPath: "#/properties/approvals/properties/required/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema31.properties.approvals.properties.required, data: data114 };
              if (vErrors === null) {
                vErrors = [err254];
              } else {
                vErrors.push(err254);
              }
              errors++;
            }
            if (data114 < 1 || isNaN(data114)) {
              const err255 = { instancePath: instancePath + "/approvals/required", schemaPath: "#/properties/approvals/properties/required/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.approvals.properties.required, data: data114 };
              if (vErrors === null) {
                vErrors = [err255];
              } else {
                vErrors.push(err255);
              }
              errors++;
            }
          }
        }
        if (data113.high_risk_required !== void 0) {
          let data115 = data113.high_risk_required;
          if (!(typeof data115 == "number" && (!(data115 % 1) && !isNaN(data115)) && isFinite(data115))) {
            const err256 = { instancePath: instancePath + "/approvals/high_risk_required", schemaPath: "#/properties/approvals/properties/high_risk_required/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.approvals.properties.high_risk_required.type, parentSchema: schema31.properties.approvals.properties.high_risk_required, data: data115 };
            if (vErrors === null) {
              vErrors = [err256];
            } else {
              vErrors.push(err256);
            }
            errors++;
          }
          if (typeof data115 == "number" && isFinite(data115)) {
            if (data115 > 10 || isNaN(data115)) {
              const err257 = { instancePath: instancePath + "/approvals/high_risk_required", schemaPath: "#/properties/approvals/properties/high_risk_required/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema31.properties.approvals.properties.high_risk_required, data: data115 };
              if (vErrors === null) {
                vErrors = [err257];
              } else {
                vErrors.push(err257);
              }
              errors++;
            }
            if (data115 < 2 || isNaN(data115)) {
              const err258 = { instancePath: instancePath + "/approvals/high_risk_required", schemaPath: "#/properties/approvals/properties/high_risk_required/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema31.properties.approvals.properties.high_risk_required, data: data115 };
              if (vErrors === null) {
                vErrors = [err258];
              } else {
                vErrors.push(err258);
              }
              errors++;
            }
          }
        }
        if (data113.high_risk_reasons !== void 0) {
          let data116 = data113.high_risk_reasons;
          if (Array.isArray(data116)) {
            const len14 = data116.length;
            for (let i19 = 0; i19 < len14; i19++) {
              let data117 = data116[i19];
              if (typeof data117 === "string") {
                if (!pattern11.test(data117)) {
                  const err259 = { instancePath: instancePath + "/approvals/high_risk_reasons/" + i19, schemaPath: "#/properties/approvals/properties/high_risk_reasons/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]*$"', schema: "^[A-Z][A-Z0-9_]*$", parentSchema: schema31.properties.approvals.properties.high_risk_reasons.items, data: data117 };
                  if (vErrors === null) {
                    vErrors = [err259];
                  } else {
                    vErrors.push(err259);
                  }
                  errors++;
                }
              } else {
                const err260 = { instancePath: instancePath + "/approvals/high_risk_reasons/" + i19, schemaPath: "#/properties/approvals/properties/high_risk_reasons/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.approvals.properties.high_risk_reasons.items.type, parentSchema: schema31.properties.approvals.properties.high_risk_reasons.items, data: data117 };
                if (vErrors === null) {
                  vErrors = [err260];
                } else {
                  vErrors.push(err260);
                }
                errors++;
              }
            }
            let i20 = data116.length;
            let j5;
            if (i20 > 1) {
              const indices5 = {};
              for (; i20--; ) {
                let item5 = data116[i20];
                if (typeof item5 !== "string") {
                  continue;
                }
                if (typeof indices5[item5] == "number") {
                  j5 = indices5[item5];
                  const err261 = { instancePath: instancePath + "/approvals/high_risk_reasons", schemaPath: "#/properties/approvals/properties/high_risk_reasons/uniqueItems", keyword: "uniqueItems", params: { i: i20, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i20 + " are identical)", schema: true, parentSchema: schema31.properties.approvals.properties.high_risk_reasons, data: data116 };
                  if (vErrors === null) {
                    vErrors = [err261];
                  } else {
                    vErrors.push(err261);
                  }
                  errors++;
                  break;
                }
                indices5[item5] = i20;
              }
            }
          } else {
            const err262 = { instancePath: instancePath + "/approvals/high_risk_reasons", schemaPath: "#/properties/approvals/properties/high_risk_reasons/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.approvals.properties.high_risk_reasons.type, parentSchema: schema31.properties.approvals.properties.high_risk_reasons, data: data116 };
            if (vErrors === null) {
              vErrors = [err262];
            } else {
              vErrors.push(err262);
            }
            errors++;
          }
        }
        if (data113.approvers !== void 0) {
          let data118 = data113.approvers;
          if (data118 && typeof data118 == "object" && !Array.isArray(data118)) {
            for (const key17 in data118) {
              if (!(key17 === "users" || key17 === "teams" || key17 === "min_permission")) {
                const err263 = { instancePath: instancePath + "/approvals/approvers", schemaPath: "#/properties/approvals/properties/approvers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.approvals.properties.approvers, data: data118 };
                if (vErrors === null) {
                  vErrors = [err263];
                } else {
                  vErrors.push(err263);
                }
                errors++;
              }
            }
            if (data118.users !== void 0) {
              let data119 = data118.users;
              if (Array.isArray(data119)) {
                const len15 = data119.length;
                for (let i21 = 0; i21 < len15; i21++) {
                  let data120 = data119[i21];
                  if (typeof data120 === "string") {
                    if (!pattern12.test(data120)) {
                      const err264 = { instancePath: instancePath + "/approvals/approvers/users/" + i21, schemaPath: "#/properties/approvals/properties/approvers/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]*$", parentSchema: schema31.properties.approvals.properties.approvers.properties.users.items, data: data120 };
                      if (vErrors === null) {
                        vErrors = [err264];
                      } else {
                        vErrors.push(err264);
                      }
                      errors++;
                    }
                  } else {
                    const err265 = { instancePath: instancePath + "/approvals/approvers/users/" + i21, schemaPath: "#/properties/approvals/properties/approvers/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.approvals.properties.approvers.properties.users.items.type, parentSchema: schema31.properties.approvals.properties.approvers.properties.users.items, data: data120 };
                    if (vErrors === null) {
                      vErrors = [err265];
                    } else {
                      vErrors.push(err265);
                    }
                    errors++;
                  }
                }
                let i22 = data119.length;
                let j6;
                if (i22 > 1) {
                  const indices6 = {};
                  for (; i22--; ) {
                    let item6 = data119[i22];
                    if (typeof item6 !== "string") {
                      continue;
                    }
                    if (typeof indices6[item6] == "number") {
                      j6 = indices6[item6];
                      const err266 = { instancePath: instancePath + "/approvals/approvers/users", schemaPath: "#/properties/approvals/properties/approvers/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i22, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i22 + " are identical)", schema: true, parentSchema: schema31.properties.approvals.properties.approvers.properties.users, data: data119 };
                      if (vErrors === null) {
                        vErrors = [err266];
                      } else {
                        vErrors.push(err266);
                      }
                      errors++;
                      break;
                    }
                    indices6[item6] = i22;
                  }
                }
              } else {
                const err267 = { instancePath: instancePath + "/approvals/approvers/users", schemaPath: "#/properties/approvals/properties/approvers/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.approvals.properties.approvers.properties.users.type, parentSchema: schema31.properties.approvals.properties.approvers.properties.users, data: data119 };
                if (vErrors === null) {
                  vErrors = [err267];
                } else {
                  vErrors.push(err267);
                }
                errors++;
              }
            }
            if (data118.teams !== void 0) {
              let data121 = data118.teams;
              if (Array.isArray(data121)) {
                const len16 = data121.length;
                for (let i23 = 0; i23 < len16; i23++) {
                  let data122 = data121[i23];
                  if (typeof data122 === "string") {
                    if (!pattern13.test(data122)) {
                      const err268 = { instancePath: instancePath + "/approvals/approvers/teams/" + i23, schemaPath: "#/properties/approvals/properties/approvers/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$", parentSchema: schema31.properties.approvals.properties.approvers.properties.teams.items, data: data122 };
                      if (vErrors === null) {
                        vErrors = [err268];
                      } else {
                        vErrors.push(err268);
                      }
                      errors++;
                    }
                  } else {
                    const err269 = { instancePath: instancePath + "/approvals/approvers/teams/" + i23, schemaPath: "#/properties/approvals/properties/approvers/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.approvals.properties.approvers.properties.teams.items.type, parentSchema: schema31.properties.approvals.properties.approvers.properties.teams.items, data: data122 };
                    if (vErrors === null) {
                      vErrors = [err269];
                    } else {
                      vErrors.push(err269);
                    }
                    errors++;
                  }
                }
                let i24 = data121.length;
                let j7;
                if (i24 > 1) {
                  const indices7 = {};
                  for (; i24--; ) {
                    let item7 = data121[i24];
                    if (typeof item7 !== "string") {
                      continue;
                    }
                    if (typeof indices7[item7] == "number") {
                      j7 = indices7[item7];
                      const err270 = { instancePath: instancePath + "/approvals/approvers/teams", schemaPath: "#/properties/approvals/properties/approvers/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i24, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i24 + " are identical)", schema: true, parentSchema: schema31.properties.approvals.properties.approvers.properties.teams, data: data121 };
                      if (vErrors === null) {
                        vErrors = [err270];
                      } else {
                        vErrors.push(err270);
                      }
                      errors++;
                      break;
                    }
                    indices7[item7] = i24;
                  }
                }
              } else {
                const err271 = { instancePath: instancePath + "/approvals/approvers/teams", schemaPath: "#/properties/approvals/properties/approvers/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.approvals.properties.approvers.properties.teams.type, parentSchema: schema31.properties.approvals.properties.approvers.properties.teams, data: data121 };
                if (vErrors === null) {
                  vErrors = [err271];
                } else {
                  vErrors.push(err271);
                }
                errors++;
              }
            }
            if (data118.min_permission !== void 0) {
              let data123 = data118.min_permission;
              if (!(data123 === "admin" || data123 === "maintain" || data123 === "write")) {
                const err272 = { instancePath: instancePath + "/approvals/approvers/min_permission", schemaPath: "#/properties/approvals/properties/approvers/properties/min_permission/enum", keyword: "enum", params: { allowedValues: schema31.properties.approvals.properties.approvers.properties.min_permission.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.approvals.properties.approvers.properties.min_permission.enum, parentSchema: schema31.properties.approvals.properties.approvers.properties.min_permission, data: data123 };
                if (vErrors === null) {
                  vErrors = [err272];
                } else {
                  vErrors.push(err272);
                }
                errors++;
              }
            }
          } else {
            const err273 = { instancePath: instancePath + "/approvals/approvers", schemaPath: "#/properties/approvals/properties/approvers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.approvals.properties.approvers.type, parentSchema: schema31.properties.approvals.properties.approvers, data: data118 };
            if (vErrors === null) {
              vErrors = [err273];
            } else {
              vErrors.push(err273);
            }
            errors++;
          }
        }
        if (data113.signer !== void 0) {
          let data124 = data113.signer;
          if (data124 && typeof data124 == "object" && !Array.isArray(data124)) {
            for (const key18 in data124) {
              if (!(key18 === "public_key" || key18 === "issuer" || key18 === "workflow_path" || key18 === "workflow_ref" || key18 === "repository" || key18 === "allow_pull_request_refs")) {
                const err274 = { instancePath: instancePath + "/approvals/signer", schemaPath: "#/properties/approvals/properties/signer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.approvals.properties.signer, data: data124 };
                if (vErrors === null) {
                  vErrors = [err274];
                } else {
                  vErrors.push(err274);
                }
                errors++;
              }
            }
            if (data124.public_key !== void 0) {
              let data125 = data124.public_key;
              if (typeof data125 === "string") {
                if (!pattern14.test(data125)) {
                  const err275 = { instancePath: instancePath + "/approvals/signer/public_key", schemaPath: "#/properties/approvals/properties/signer/properties/public_key/pattern", keyword: "pattern", params: { pattern: "-----BEGIN PUBLIC KEY-----" }, message: 'must match pattern "-----BEGIN PUBLIC KEY-----"', schema: "-----BEGIN PUBLIC KEY-----", parentSchema: schema31.properties.approvals.properties.signer.properties.public_key, data: data125 };
                  if (vErrors === null) {
                    vErrors = [err275];
                  } else {
                    vErrors.push(err275);
                  }
                  errors++;
                }
              } else {
                const err276 = { instancePath: instancePath + "/approvals/signer/public_key", schemaPath: "#/properties/approvals/properties/signer/properties/public_key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.approvals.properties.signer.properties.public_key.type, parentSchema: schema31.properties.approvals.properties.signer.properties.public_key, data: data125 };
                if (vErrors === null) {
                  vErrors = [err276];
                } else {
                  vErrors.push(err276);
                }
                errors++;
              }
            }
            if (data124.issuer !== void 0) {
              let data126 = data124.issuer;
              if (typeof data126 !== "string") {
                const err277 = { instancePath: instancePath + "/approvals/signer/issuer", schemaPath: "#/properties/approvals/properties/signer/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.approvals.properties.signer.properties.issuer.type, parentSchema: schema31.properties.approvals.properties.signer.properties.issuer, data: data126 };
                if (vErrors === null) {
                  vErrors = [err277];
                } else {
                  vErrors.push(err277);
                }
                errors++;
              }
            }
            if (data124.workflow_path !== void 0) {
              let data127 = data124.workflow_path;
              if (typeof data127 === "string") {
                if (!pattern15.test(data127)) {
                  const err278 = { instancePath: instancePath + "/approvals/signer/workflow_path", schemaPath: "#/properties/approvals/properties/signer/properties/workflow_path/pattern", keyword: "pattern", params: { pattern: "^\\.github/workflows/[^@]+\\.ya?ml$" }, message: 'must match pattern "^\\.github/workflows/[^@]+\\.ya?ml$"', schema: "^\\.github/workflows/[^@]+\\.ya?ml$", parentSchema: schema31.properties.approvals.properties.signer.properties.workflow_path, data: data127 };
                  if (vErrors === null) {
                    vErrors = [err278];
                  } else {
                    vErrors.push(err278);
                  }
                  errors++;
                }
              } else {
                const err279 = { instancePath: instancePath + "/approvals/signer/workflow_path", schemaPath: "#/properties/approvals/properties/signer/properties/workflow_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.approvals.properties.signer.properties.workflow_path.type, parentSchema: schema31.properties.approvals.properties.signer.properties.workflow_path, data: data127 };
                if (vErrors === null) {
                  vErrors = [err279];
                } else {
                  vErrors.push(err279);
                }
                errors++;
              }
            }
            if (data124.workflow_ref !== void 0) {
              let data128 = data124.workflow_ref;
              if (typeof data128 === "string") {
                if (!pattern16.test(data128)) {
                  const err280 = { instancePath: instancePath + "/approvals/signer/workflow_ref", schemaPath: "#/properties/approvals/properties/signer/properties/workflow_ref/pattern", keyword: "pattern", params: { pattern: "^refs/(heads|tags)/" }, message: 'must match pattern "^refs/(heads|tags)/"', schema: "^refs/(heads|tags)/", parentSchema: schema31.properties.approvals.properties.signer.properties.workflow_ref, data: data128 };
                  if (vErrors === null) {
                    vErrors = [err280];
                  } else {
                    vErrors.push(err280);
                  }
                  errors++;
                }
              } else {
                const err281 = { instancePath: instancePath + "/approvals/signer/workflow_ref", schemaPath: "#/properties/approvals/properties/signer/properties/workflow_ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.approvals.properties.signer.properties.workflow_ref.type, parentSchema: schema31.properties.approvals.properties.signer.properties.workflow_ref, data: data128 };
                if (vErrors === null) {
                  vErrors = [err281];
                } else {
                  vErrors.push(err281);
                }
                errors++;
              }
            }
            if (data124.repository !== void 0) {
              let data129 = data124.repository;
              if (typeof data129 === "string") {
                if (!pattern13.test(data129)) {
                  const err282 = { instancePath: instancePath + "/approvals/signer/repository", schemaPath: "#/properties/approvals/properties/signer/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$", parentSchema: schema31.properties.approvals.properties.signer.properties.repository, data: data129 };
                  if (vErrors === null) {
                    vErrors = [err282];
                  } else {
                    vErrors.push(err282);
                  }
                  errors++;
                }
              } else {
                const err283 = { instancePath: instancePath + "/approvals/signer/repository", schemaPath: "#/properties/approvals/properties/signer/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.approvals.properties.signer.properties.repository.type, parentSchema: schema31.properties.approvals.properties.signer.properties.repository, data: data129 };
                if (vErrors === null) {
                  vErrors = [err283];
                } else {
                  vErrors.push(err283);
                }
                errors++;
              }
            }
            if (data124.allow_pull_request_refs !== void 0) {
              let data130 = data124.allow_pull_request_refs;
              if (typeof data130 !== "boolean") {
                const err284 = { instancePath: instancePath + "/approvals/signer/allow_pull_request_refs", schemaPath: "#/properties/approvals/properties/signer/properties/allow_pull_request_refs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.approvals.properties.signer.properties.allow_pull_request_refs.type, parentSchema: schema31.properties.approvals.properties.signer.properties.allow_pull_request_refs, data: data130 };
                if (vErrors === null) {
                  vErrors = [err284];
                } else {
                  vErrors.push(err284);
                }
                errors++;
              }
            }
          } else {
            const err285 = { instancePath: instancePath + "/approvals/signer", schemaPath: "#/properties/approvals/properties/signer/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.approvals.properties.signer.type, parentSchema: schema31.properties.approvals.properties.signer, data: data124 };
            if (vErrors === null) {
              vErrors = [err285];
            } else {
              vErrors.push(err285);
            }
            errors++;
          }
        }
        if (data113.gate_check !== void 0) {
          let data131 = data113.gate_check;
          if (typeof data131 === "string") {
            if (func1(data131) < 1) {
              const err286 = { instancePath: instancePath + "/approvals/gate_check", schemaPath: "#/properties/approvals/properties/gate_check/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.approvals.properties.gate_check, data: data131 };
              if (vErrors === null) {
                vErrors = [err286];
              } else {
                vErrors.push(err286);
              }
              errors++;
            }
          } else {
            const err287 = { instancePath: instancePath + "/approvals/gate_check", schemaPath: "#/properties/approvals/properties/gate_check/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.approvals.properties.gate_check.type, parentSchema: schema31.properties.approvals.properties.gate_check, data: data131 };
            if (vErrors === null) {
              vErrors = [err287];
            } else {
              vErrors.push(err287);
            }
            errors++;
          }
        }
        if (data113.gate_app !== void 0) {
          let data132 = data113.gate_app;
          if (typeof data132 === "string") {
            if (func1(data132) < 1) {
              const err288 = { instancePath: instancePath + "/approvals/gate_app", schemaPath: "#/properties/approvals/properties/gate_app/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.approvals.properties.gate_app, data: data132 };
              if (vErrors === null) {
                vErrors = [err288];
              } else {
                vErrors.push(err288);
              }
              errors++;
            }
          } else {
            const err289 = { instancePath: instancePath + "/approvals/gate_app", schemaPath: "#/properties/approvals/properties/gate_app/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.approvals.properties.gate_app.type, parentSchema: schema31.properties.approvals.properties.gate_app, data: data132 };
            if (vErrors === null) {
              vErrors = [err289];
            } else {
              vErrors.push(err289);
            }
            errors++;
          }
        }
        if (data113.revive_on_force_push_back !== void 0) {
          let data133 = data113.revive_on_force_push_back;
          if (typeof data133 !== "boolean") {
            const err290 = { instancePath: instancePath + "/approvals/revive_on_force_push_back", schemaPath: "#/properties/approvals/properties/revive_on_force_push_back/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.approvals.properties.revive_on_force_push_back.type, parentSchema: schema31.properties.approvals.properties.revive_on_force_push_back, data: data133 };
            if (vErrors === null) {
              vErrors = [err290];
            } else {
              vErrors.push(err290);
            }
            errors++;
          }
        }
        if (data113.request_reviewers !== void 0) {
          let data134 = data113.request_reviewers;
          if (typeof data134 !== "boolean") {
            const err291 = { instancePath: instancePath + "/approvals/request_reviewers", schemaPath: "#/properties/approvals/properties/request_reviewers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.approvals.properties.request_reviewers.type, parentSchema: schema31.properties.approvals.properties.request_reviewers, data: data134 };
            if (vErrors === null) {
              vErrors = [err291];
            } else {
              vErrors.push(err291);
            }
            errors++;
          }
        }
      } else {
        const err292 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.approvals.type, parentSchema: schema31.properties.approvals, data: data113 };
        if (vErrors === null) {
          vErrors = [err292];
        } else {
          vErrors.push(err292);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data135 = data.evidence;
      if (data135 && typeof data135 == "object" && !Array.isArray(data135)) {
        for (const key19 in data135) {
          if (!(key19 === "enabled" || key19 === "signing" || key19 === "sigstore" || key19 === "unsigned_on_protected" || key19 === "unsigned_on_unprotected" || key19 === "protected_branches")) {
            const err293 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.evidence, data: data135 };
            if (vErrors === null) {
              vErrors = [err293];
            } else {
              vErrors.push(err293);
            }
            errors++;
          }
        }
        if (data135.enabled !== void 0) {
          let data136 = data135.enabled;
          if (typeof data136 !== "boolean") {
            const err294 = { instancePath: instancePath + "/evidence/enabled", schemaPath: "#/properties/evidence/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.evidence.properties.enabled.type, parentSchema: schema31.properties.evidence.properties.enabled, data: data136 };
            if (vErrors === null) {
              vErrors = [err294];
            } else {
              vErrors.push(err294);
            }
            errors++;
          }
        }
        if (data135.signing !== void 0) {
          let data137 = data135.signing;
          if (!(data137 === "auto" || data137 === "keyless" || data137 === "key" || data137 === "none")) {
            const err295 = { instancePath: instancePath + "/evidence/signing", schemaPath: "#/properties/evidence/properties/signing/enum", keyword: "enum", params: { allowedValues: schema31.properties.evidence.properties.signing.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.evidence.properties.signing.enum, parentSchema: schema31.properties.evidence.properties.signing, data: data137 };
            if (vErrors === null) {
              vErrors = [err295];
            } else {
              vErrors.push(err295);
            }
            errors++;
          }
        }
        if (data135.sigstore !== void 0) {
          let data138 = data135.sigstore;
          if (!(data138 === "auto" || data138 === "public-good" || data138 === "github")) {
            const err296 = { instancePath: instancePath + "/evidence/sigstore", schemaPath: "#/properties/evidence/properties/sigstore/enum", keyword: "enum", params: { allowedValues: schema31.properties.evidence.properties.sigstore.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.evidence.properties.sigstore.enum, parentSchema: schema31.properties.evidence.properties.sigstore, data: data138 };
            if (vErrors === null) {
              vErrors = [err296];
            } else {
              vErrors.push(err296);
            }
            errors++;
          }
        }
        if (data135.unsigned_on_protected !== void 0) {
          let data139 = data135.unsigned_on_protected;
          if (!(data139 === "PAUSE_FOR_HITL" || data139 === "STOPPED")) {
            const err297 = { instancePath: instancePath + "/evidence/unsigned_on_protected", schemaPath: "#/properties/evidence/properties/unsigned_on_protected/enum", keyword: "enum", params: { allowedValues: schema31.properties.evidence.properties.unsigned_on_protected.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.evidence.properties.unsigned_on_protected.enum, parentSchema: schema31.properties.evidence.properties.unsigned_on_protected, data: data139 };
            if (vErrors === null) {
              vErrors = [err297];
            } else {
              vErrors.push(err297);
            }
            errors++;
          }
        }
        if (data135.unsigned_on_unprotected !== void 0) {
          let data140 = data135.unsigned_on_unprotected;
          if (!(data140 === "RUN" || data140 === "PAUSE_FOR_HITL" || data140 === "STOPPED")) {
            const err298 = { instancePath: instancePath + "/evidence/unsigned_on_unprotected", schemaPath: "#/properties/evidence/properties/unsigned_on_unprotected/enum", keyword: "enum", params: { allowedValues: schema31.properties.evidence.properties.unsigned_on_unprotected.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.evidence.properties.unsigned_on_unprotected.enum, parentSchema: schema31.properties.evidence.properties.unsigned_on_unprotected, data: data140 };
            if (vErrors === null) {
              vErrors = [err298];
            } else {
              vErrors.push(err298);
            }
            errors++;
          }
        }
        if (data135.protected_branches !== void 0) {
          let data141 = data135.protected_branches;
          if (Array.isArray(data141)) {
            const len17 = data141.length;
            for (let i25 = 0; i25 < len17; i25++) {
              let data142 = data141[i25];
              if (typeof data142 === "string") {
                if (func1(data142) < 1) {
                  const err299 = { instancePath: instancePath + "/evidence/protected_branches/" + i25, schemaPath: "#/properties/evidence/properties/protected_branches/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.evidence.properties.protected_branches.items, data: data142 };
                  if (vErrors === null) {
                    vErrors = [err299];
                  } else {
                    vErrors.push(err299);
                  }
                  errors++;
                }
              } else {
                const err300 = { instancePath: instancePath + "/evidence/protected_branches/" + i25, schemaPath: "#/properties/evidence/properties/protected_branches/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.evidence.properties.protected_branches.items.type, parentSchema: schema31.properties.evidence.properties.protected_branches.items, data: data142 };
                if (vErrors === null) {
                  vErrors = [err300];
                } else {
                  vErrors.push(err300);
                }
                errors++;
              }
            }
            let i26 = data141.length;
            let j8;
            if (i26 > 1) {
              const indices8 = {};
              for (; i26--; ) {
                let item8 = data141[i26];
                if (typeof item8 !== "string") {
                  continue;
                }
                if (typeof indices8[item8] == "number") {
                  j8 = indices8[item8];
                  const err301 = { instancePath: instancePath + "/evidence/protected_branches", schemaPath: "#/properties/evidence/properties/protected_branches/uniqueItems", keyword: "uniqueItems", params: { i: i26, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i26 + " are identical)", schema: true, parentSchema: schema31.properties.evidence.properties.protected_branches, data: data141 };
                  if (vErrors === null) {
                    vErrors = [err301];
                  } else {
                    vErrors.push(err301);
                  }
                  errors++;
                  break;
                }
                indices8[item8] = i26;
              }
            }
          } else {
            const err302 = { instancePath: instancePath + "/evidence/protected_branches", schemaPath: "#/properties/evidence/properties/protected_branches/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.evidence.properties.protected_branches.type, parentSchema: schema31.properties.evidence.properties.protected_branches, data: data141 };
            if (vErrors === null) {
              vErrors = [err302];
            } else {
              vErrors.push(err302);
            }
            errors++;
          }
        }
      } else {
        const err303 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.evidence.type, parentSchema: schema31.properties.evidence, data: data135 };
        if (vErrors === null) {
          vErrors = [err303];
        } else {
          vErrors.push(err303);
        }
        errors++;
      }
    }
  } else {
    const err304 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err304];
    } else {
      vErrors.push(err304);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// action/schemas/precompiled/gate-outcome.js
init_define_MAESTRO_CODE_DIGESTS();
var __ns02 = __toESM(require_ucs2length(), 1);
function __cjs2(ns) {
  const d = ns.default;
  return d !== null && typeof d === "object" && d.__esModule === true ? d : ns;
}
var __dep02 = __cjs2(__ns02);
var validate2 = validate25;
var schema40 = { "description": "What a gate returns before the runner stamps gate, duration, digest and decider.", "type": "object", "required": ["decision", "reason_code", "sealed", "overrideable", "findings"], "properties": { "decision": { "$ref": "#/$defs/decision" }, "reason_code": { "$ref": "#/$defs/name" }, "sealed": { "type": "boolean" }, "overrideable": { "type": "boolean" }, "findings": { "type": "array", "items": { "$ref": "#/$defs/finding" } }, "inputs_digest": { "$ref": "#/$defs/digest" }, "summary": { "type": "string" }, "cards": { "type": "array", "items": { "$ref": "#/$defs/card" } }, "reused": { "type": "boolean" }, "report": { "type": "object" }, "required_approvals": { "type": "integer", "minimum": 0 }, "approver_groups": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false };
var schema33 = { "enum": ["RUN", "PAUSE_FOR_HITL", "STOPPED"] };
var schema32 = { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_]*$" };
var schema37 = { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" };
var func12 = Object.prototype.hasOwnProperty;
var pattern42 = new RegExp("^[A-Za-z][A-Za-z0-9_]*$", "u");
var pattern6 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var schema35 = { "type": "object", "required": ["message", "level"], "properties": { "message": { "type": "string", "minLength": 1 }, "level": { "enum": ["error", "warning", "note"] }, "rule": { "type": "string" }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "counterexample": { "$ref": "#/$defs/counterexample" } }, "additionalProperties": false };
var schema36 = { "type": "object", "required": ["kind", "steps"], "properties": { "kind": { "type": "string" }, "steps": { "type": "array" }, "location": { "type": "object", "required": ["file"], "properties": { "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 } }, "additionalProperties": false } }, "additionalProperties": false };
var func2 = __dep02.default;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.level === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "message" || key0 === "level" || key0 === "rule" || key0 === "file" || key0 === "line" || key0 === "column" || key0 === "counterexample")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data0 = data.message;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.message, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.message.type, parentSchema: schema35.properties.message, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.level !== void 0) {
      let data1 = data.level;
      if (!(data1 === "error" || data1 === "warning" || data1 === "note")) {
        const err5 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/enum", keyword: "enum", params: { allowedValues: schema35.properties.level.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.level.enum, parentSchema: schema35.properties.level, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data2 = data.rule;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.rule.type, parentSchema: schema35.properties.rule, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      let data3 = data.file;
      if (typeof data3 !== "string") {
        const err7 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.file.type, parentSchema: schema35.properties.file, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.line !== void 0) {
      let data4 = data.line;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err8 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.line.type, parentSchema: schema35.properties.line, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err9 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35.properties.line, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.column !== void 0) {
      let data5 = data.column;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err10 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.column.type, parentSchema: schema35.properties.column, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 1 || isNaN(data5)) {
          const err11 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35.properties.column, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.counterexample !== void 0) {
      let data6 = data.counterexample;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.kind === void 0) {
          const err12 = { instancePath: instancePath + "/counterexample", schemaPath: "#/$defs/counterexample/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema36.required, parentSchema: schema36, data: data6 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data6.steps === void 0) {
          const err13 = { instancePath: instancePath + "/counterexample", schemaPath: "#/$defs/counterexample/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema36.required, parentSchema: schema36, data: data6 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === "kind" || key1 === "steps" || key1 === "location")) {
            const err14 = { instancePath: instancePath + "/counterexample", schemaPath: "#/$defs/counterexample/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data6.kind !== void 0) {
          let data7 = data6.kind;
          if (typeof data7 !== "string") {
            const err15 = { instancePath: instancePath + "/counterexample/kind", schemaPath: "#/$defs/counterexample/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.kind.type, parentSchema: schema36.properties.kind, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data6.steps !== void 0) {
          let data8 = data6.steps;
          if (!Array.isArray(data8)) {
            const err16 = { instancePath: instancePath + "/counterexample/steps", schemaPath: "#/$defs/counterexample/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.steps.type, parentSchema: schema36.properties.steps, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.location !== void 0) {
          let data9 = data6.location;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.file === void 0) {
              const err17 = { instancePath: instancePath + "/counterexample/location", schemaPath: "#/$defs/counterexample/properties/location/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema36.properties.location.required, parentSchema: schema36.properties.location, data: data9 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(key2 === "file" || key2 === "line" || key2 === "column")) {
                const err18 = { instancePath: instancePath + "/counterexample/location", schemaPath: "#/$defs/counterexample/properties/location/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.location, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data9.file !== void 0) {
              let data10 = data9.file;
              if (typeof data10 !== "string") {
                const err19 = { instancePath: instancePath + "/counterexample/location/file", schemaPath: "#/$defs/counterexample/properties/location/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.location.properties.file.type, parentSchema: schema36.properties.location.properties.file, data: data10 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data9.line !== void 0) {
              let data11 = data9.line;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                const err20 = { instancePath: instancePath + "/counterexample/location/line", schemaPath: "#/$defs/counterexample/properties/location/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.location.properties.line.type, parentSchema: schema36.properties.location.properties.line, data: data11 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 < 1 || isNaN(data11)) {
                  const err21 = { instancePath: instancePath + "/counterexample/location/line", schemaPath: "#/$defs/counterexample/properties/location/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.location.properties.line, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
            }
            if (data9.column !== void 0) {
              let data12 = data9.column;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                const err22 = { instancePath: instancePath + "/counterexample/location/column", schemaPath: "#/$defs/counterexample/properties/location/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.location.properties.column.type, parentSchema: schema36.properties.location.properties.column, data: data12 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (typeof data12 == "number" && isFinite(data12)) {
                if (data12 < 1 || isNaN(data12)) {
                  const err23 = { instancePath: instancePath + "/counterexample/location/column", schemaPath: "#/$defs/counterexample/properties/location/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.location.properties.column, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/counterexample/location", schemaPath: "#/$defs/counterexample/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.location.type, parentSchema: schema36.properties.location, data: data9 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/counterexample", schemaPath: "#/$defs/counterexample/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema38 = { "type": "object", "required": ["title", "decision", "reasons", "evidence", "to_change"], "properties": { "title": { "type": "string" }, "decision": { "$ref": "#/$defs/decision" }, "reasons": { "type": "array", "items": { "type": "string" } }, "evidence": { "type": "object", "additionalProperties": { "type": "string" } }, "to_change": { "type": "string" } }, "additionalProperties": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.decision === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.reasons === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reasons" }, message: "must have required property 'reasons'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.evidence === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.to_change === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to_change" }, message: "must have required property 'to_change'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "title" || key0 === "decision" || key0 === "reasons" || key0 === "evidence" || key0 === "to_change")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 !== "string") {
        const err6 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.title.type, parentSchema: schema38.properties.title, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.decision !== void 0) {
      let data1 = data.decision;
      if (!(data1 === "RUN" || data1 === "PAUSE_FOR_HITL" || data1 === "STOPPED")) {
        const err7 = { instancePath: instancePath + "/decision", schemaPath: "#/$defs/decision/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.reasons !== void 0) {
      let data2 = data.reasons;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string") {
            const err8 = { instancePath: instancePath + "/reasons/" + i0, schemaPath: "#/properties/reasons/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.reasons.items.type, parentSchema: schema38.properties.reasons.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/reasons", schemaPath: "#/properties/reasons/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.reasons.type, parentSchema: schema38.properties.reasons, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data4 = data.evidence;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          if (typeof data5 !== "string") {
            const err10 = { instancePath: instancePath + "/evidence/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/evidence/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.evidence.additionalProperties.type, parentSchema: schema38.properties.evidence.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.properties.evidence.type, parentSchema: schema38.properties.evidence, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.to_change !== void 0) {
      let data6 = data.to_change;
      if (typeof data6 !== "string") {
        const err12 = { instancePath: instancePath + "/to_change", schemaPath: "#/properties/to_change/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.to_change.type, parentSchema: schema38.properties.to_change, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.decision === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason_code === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason_code" }, message: "must have required property 'reason_code'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.sealed === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sealed" }, message: "must have required property 'sealed'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.overrideable === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "overrideable" }, message: "must have required property 'overrideable'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.findings === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func12.call(schema40.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.decision !== void 0) {
      let data0 = data.decision;
      if (!(data0 === "RUN" || data0 === "PAUSE_FOR_HITL" || data0 === "STOPPED")) {
        const err6 = { instancePath: instancePath + "/decision", schemaPath: "#/$defs/decision/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.reason_code !== void 0) {
      let data1 = data.reason_code;
      if (typeof data1 === "string") {
        if (!pattern42.test(data1)) {
          const err7 = { instancePath: instancePath + "/reason_code", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_]*$"', schema: "^[A-Za-z][A-Za-z0-9_]*$", parentSchema: schema32, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/reason_code", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.sealed !== void 0) {
      let data2 = data.sealed;
      if (typeof data2 !== "boolean") {
        const err9 = { instancePath: instancePath + "/sealed", schemaPath: "#/properties/sealed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema40.properties.sealed.type, parentSchema: schema40.properties.sealed, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.overrideable !== void 0) {
      let data3 = data.overrideable;
      if (typeof data3 !== "boolean") {
        const err10 = { instancePath: instancePath + "/overrideable", schemaPath: "#/properties/overrideable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema40.properties.overrideable.type, parentSchema: schema40.properties.overrideable, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data4 = data.findings;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data4[i0], { instancePath: instancePath + "/findings/" + i0, parentData: data4, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.findings.type, parentSchema: schema40.properties.findings, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.inputs_digest !== void 0) {
      let data6 = data.inputs_digest;
      if (typeof data6 === "string") {
        if (!pattern6.test(data6)) {
          const err12 = { instancePath: instancePath + "/inputs_digest", schemaPath: "#/$defs/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema37, data: data6 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/inputs_digest", schemaPath: "#/$defs/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data7 = data.summary;
      if (typeof data7 !== "string") {
        const err14 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.summary.type, parentSchema: schema40.properties.summary, data: data7 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.cards !== void 0) {
      let data8 = data.cards;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate23(data8[i1], { instancePath: instancePath + "/cards/" + i1, parentData: data8, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/cards", schemaPath: "#/properties/cards/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.cards.type, parentSchema: schema40.properties.cards, data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.reused !== void 0) {
      let data10 = data.reused;
      if (typeof data10 !== "boolean") {
        const err16 = { instancePath: instancePath + "/reused", schemaPath: "#/properties/reused/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema40.properties.reused.type, parentSchema: schema40.properties.reused, data: data10 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data11 = data.report;
      if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
        const err17 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.report.type, parentSchema: schema40.properties.report, data: data11 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.required_approvals !== void 0) {
      let data12 = data.required_approvals;
      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
        const err18 = { instancePath: instancePath + "/required_approvals", schemaPath: "#/properties/required_approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.properties.required_approvals.type, parentSchema: schema40.properties.required_approvals, data: data12 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 < 0 || isNaN(data12)) {
          const err19 = { instancePath: instancePath + "/required_approvals", schemaPath: "#/properties/required_approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40.properties.required_approvals, data: data12 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.approver_groups !== void 0) {
      let data13 = data.approver_groups;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (typeof data14 !== "string") {
            const err20 = { instancePath: instancePath + "/approver_groups/" + i2, schemaPath: "#/properties/approver_groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.approver_groups.items.type, parentSchema: schema40.properties.approver_groups.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/approver_groups", schemaPath: "#/properties/approver_groups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.approver_groups.type, parentSchema: schema40.properties.approver_groups, data: data13 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// action/schemas/precompiled/gate-run.js
init_define_MAESTRO_CODE_DIGESTS();
var __ns03 = __toESM(require_ucs2length(), 1);
var __ns12 = __toESM(require_formats(), 1);
function __cjs3(ns) {
  const d = ns.default;
  return d !== null && typeof d === "object" && d.__esModule === true ? d : ns;
}
var __dep03 = __cjs3(__ns03);
var __dep12 = __cjs3(__ns12);
var validate3 = validate202;
var schema312 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://maestro-gate.dev/schemas/gate-run.schema.json", "title": "Maestro Gate: gate run (maestro-gate check --format json)", "type": "object", "required": ["schema_version", "tool", "run_id", "started_at", "head_dir", "base_dir", "verdict", "gates"], "properties": { "schema_version": { "const": 1 }, "tool": { "type": "object", "required": ["name", "version"], "properties": { "name": { "const": "maestro-gate" }, "version": { "type": "string" } }, "additionalProperties": false }, "run_id": { "type": "string", "minLength": 1 }, "started_at": { "type": "string", "format": "date-time" }, "head_dir": { "type": "string" }, "base_dir": { "type": "string" }, "config_file": { "type": "string" }, "verdict": { "type": "object", "required": ["decision", "sealed", "overrideable", "final_decider", "reason_codes", "required_approvals", "approver_groups"], "properties": { "decision": { "$ref": "gate-result.schema.json#/$defs/decision" }, "sealed": { "type": "boolean" }, "overrideable": { "type": "boolean" }, "final_decider": { "const": "SYSTEM" }, "reason_codes": { "type": "array", "minItems": 1, "items": { "$ref": "gate-result.schema.json#/$defs/name" } }, "required_approvals": { "type": "integer", "minimum": 0 }, "approver_groups": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false }, "gates": { "type": "array", "items": { "$ref": "gate-result.schema.json" } }, "evidence": { "type": "object", "required": ["dir", "audit_log"], "properties": { "dir": { "type": "string" }, "audit_log": { "type": "string" }, "audit_head": { "type": "string" }, "files": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": true } }, "additionalProperties": false };
var schema34 = { "enum": ["RUN", "PAUSE_FOR_HITL", "STOPPED"] };
var schema332 = { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_]*$" };
var func13 = Object.prototype.hasOwnProperty;
var func22 = __dep03.default;
var formats02 = __dep12.fullFormats["date-time"];
var pattern43 = new RegExp("^[A-Za-z][A-Za-z0-9_]*$", "u");
var schema322 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://maestro-gate.dev/schemas/gate-result.schema.json", "title": "Maestro Gate: gate result", "description": "The shape every gate returns (MISSION \xA71). Reason codes and gate names are the closed vocabularies of action/contract/codebook.json.", "type": "object", "required": ["gate", "decision", "reason_code", "sealed", "overrideable", "final_decider", "findings", "inputs_digest", "duration_ms"], "properties": { "gate": { "$ref": "#/$defs/name" }, "decision": { "$ref": "#/$defs/decision" }, "reason_code": { "$ref": "#/$defs/name" }, "sealed": { "type": "boolean" }, "overrideable": { "type": "boolean" }, "final_decider": { "enum": ["SYSTEM", "USER"] }, "findings": { "type": "array", "items": { "$ref": "#/$defs/finding" } }, "inputs_digest": { "$ref": "#/$defs/digest" }, "duration_ms": { "type": "number", "minimum": 0 }, "summary": { "type": "string" }, "cards": { "type": "array", "items": { "$ref": "#/$defs/card" } }, "reused": { "type": "boolean" }, "report": { "type": "object" }, "required_approvals": { "type": "integer", "minimum": 0 }, "approver_groups": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false, "$defs": { "name": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_]*$" }, "decision": { "enum": ["RUN", "PAUSE_FOR_HITL", "STOPPED"] }, "digest": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" }, "finding": { "type": "object", "required": ["message", "level"], "properties": { "message": { "type": "string", "minLength": 1 }, "level": { "enum": ["error", "warning", "note"] }, "rule": { "type": "string" }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "counterexample": { "$ref": "#/$defs/counterexample" } }, "additionalProperties": false }, "counterexample": { "type": "object", "required": ["kind", "steps"], "properties": { "kind": { "type": "string" }, "steps": { "type": "array" }, "location": { "type": "object", "required": ["file"], "properties": { "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 } }, "additionalProperties": false } }, "additionalProperties": false }, "card": { "type": "object", "required": ["title", "decision", "reasons", "evidence", "to_change"], "properties": { "title": { "type": "string" }, "decision": { "$ref": "#/$defs/decision" }, "reasons": { "type": "array", "items": { "type": "string" } }, "evidence": { "type": "object", "additionalProperties": { "type": "string" } }, "to_change": { "type": "string" } }, "additionalProperties": false }, "outcome": { "description": "What a gate returns before the runner stamps gate, duration, digest and decider.", "type": "object", "required": ["decision", "reason_code", "sealed", "overrideable", "findings"], "properties": { "decision": { "$ref": "#/$defs/decision" }, "reason_code": { "$ref": "#/$defs/name" }, "sealed": { "type": "boolean" }, "overrideable": { "type": "boolean" }, "findings": { "type": "array", "items": { "$ref": "#/$defs/finding" } }, "inputs_digest": { "$ref": "#/$defs/digest" }, "summary": { "type": "string" }, "cards": { "type": "array", "items": { "$ref": "#/$defs/card" } }, "reused": { "type": "boolean" }, "report": { "type": "object" }, "required_approvals": { "type": "integer", "minimum": 0 }, "approver_groups": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false } } };
var schema382 = { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" };
var pattern62 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var schema362 = { "type": "object", "required": ["message", "level"], "properties": { "message": { "type": "string", "minLength": 1 }, "level": { "enum": ["error", "warning", "note"] }, "rule": { "type": "string" }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "counterexample": { "$ref": "#/$defs/counterexample" } }, "additionalProperties": false };
var schema372 = { "type": "object", "required": ["kind", "steps"], "properties": { "kind": { "type": "string" }, "steps": { "type": "array" }, "location": { "type": "object", "required": ["file"], "properties": { "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 } }, "additionalProperties": false } }, "additionalProperties": false };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema362.required, parentSchema: schema362, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.level === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'", schema: schema362.required, parentSchema: schema362, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "message" || key0 === "level" || key0 === "rule" || key0 === "file" || key0 === "line" || key0 === "column" || key0 === "counterexample")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema362, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data0 = data.message;
      if (typeof data0 === "string") {
        if (func22(data0) < 1) {
          const err3 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema362.properties.message, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema362.properties.message.type, parentSchema: schema362.properties.message, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.level !== void 0) {
      let data1 = data.level;
      if (!(data1 === "error" || data1 === "warning" || data1 === "note")) {
        const err5 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/enum", keyword: "enum", params: { allowedValues: schema362.properties.level.enum }, message: "must be equal to one of the allowed values", schema: schema362.properties.level.enum, parentSchema: schema362.properties.level, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data2 = data.rule;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema362.properties.rule.type, parentSchema: schema362.properties.rule, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      let data3 = data.file;
      if (typeof data3 !== "string") {
        const err7 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema362.properties.file.type, parentSchema: schema362.properties.file, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.line !== void 0) {
      let data4 = data.line;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err8 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema362.properties.line.type, parentSchema: schema362.properties.line, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err9 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema362.properties.line, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.column !== void 0) {
      let data5 = data.column;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err10 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema362.properties.column.type, parentSchema: schema362.properties.column, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 1 || isNaN(data5)) {
          const err11 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema362.properties.column, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.counterexample !== void 0) {
      let data6 = data.counterexample;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.kind === void 0) {
          const err12 = { instancePath: instancePath + "/counterexample", schemaPath: "#/$defs/counterexample/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema372.required, parentSchema: schema372, data: data6 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data6.steps === void 0) {
          const err13 = { instancePath: instancePath + "/counterexample", schemaPath: "#/$defs/counterexample/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema372.required, parentSchema: schema372, data: data6 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === "kind" || key1 === "steps" || key1 === "location")) {
            const err14 = { instancePath: instancePath + "/counterexample", schemaPath: "#/$defs/counterexample/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data6.kind !== void 0) {
          let data7 = data6.kind;
          if (typeof data7 !== "string") {
            const err15 = { instancePath: instancePath + "/counterexample/kind", schemaPath: "#/$defs/counterexample/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.kind.type, parentSchema: schema372.properties.kind, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data6.steps !== void 0) {
          let data8 = data6.steps;
          if (!Array.isArray(data8)) {
            const err16 = { instancePath: instancePath + "/counterexample/steps", schemaPath: "#/$defs/counterexample/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema372.properties.steps.type, parentSchema: schema372.properties.steps, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.location !== void 0) {
          let data9 = data6.location;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.file === void 0) {
              const err17 = { instancePath: instancePath + "/counterexample/location", schemaPath: "#/$defs/counterexample/properties/location/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema372.properties.location.required, parentSchema: schema372.properties.location, data: data9 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(key2 === "file" || key2 === "line" || key2 === "column")) {
                const err18 = { instancePath: instancePath + "/counterexample/location", schemaPath: "#/$defs/counterexample/properties/location/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372.properties.location, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data9.file !== void 0) {
              let data10 = data9.file;
              if (typeof data10 !== "string") {
                const err19 = { instancePath: instancePath + "/counterexample/location/file", schemaPath: "#/$defs/counterexample/properties/location/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.location.properties.file.type, parentSchema: schema372.properties.location.properties.file, data: data10 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data9.line !== void 0) {
              let data11 = data9.line;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                const err20 = { instancePath: instancePath + "/counterexample/location/line", schemaPath: "#/$defs/counterexample/properties/location/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema372.properties.location.properties.line.type, parentSchema: schema372.properties.location.properties.line, data: data11 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 < 1 || isNaN(data11)) {
                  const err21 = { instancePath: instancePath + "/counterexample/location/line", schemaPath: "#/$defs/counterexample/properties/location/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema372.properties.location.properties.line, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
            }
            if (data9.column !== void 0) {
              let data12 = data9.column;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                const err22 = { instancePath: instancePath + "/counterexample/location/column", schemaPath: "#/$defs/counterexample/properties/location/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema372.properties.location.properties.column.type, parentSchema: schema372.properties.location.properties.column, data: data12 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (typeof data12 == "number" && isFinite(data12)) {
                if (data12 < 1 || isNaN(data12)) {
                  const err23 = { instancePath: instancePath + "/counterexample/location/column", schemaPath: "#/$defs/counterexample/properties/location/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema372.properties.location.properties.column, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/counterexample/location", schemaPath: "#/$defs/counterexample/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.properties.location.type, parentSchema: schema372.properties.location, data: data9 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/counterexample", schemaPath: "#/$defs/counterexample/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.type, parentSchema: schema372, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema362.type, parentSchema: schema362, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema39 = { "type": "object", "required": ["title", "decision", "reasons", "evidence", "to_change"], "properties": { "title": { "type": "string" }, "decision": { "$ref": "#/$defs/decision" }, "reasons": { "type": "array", "items": { "type": "string" } }, "evidence": { "type": "object", "additionalProperties": { "type": "string" } }, "to_change": { "type": "string" } }, "additionalProperties": false };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.decision === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.reasons === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reasons" }, message: "must have required property 'reasons'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.evidence === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.to_change === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to_change" }, message: "must have required property 'to_change'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "title" || key0 === "decision" || key0 === "reasons" || key0 === "evidence" || key0 === "to_change")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 !== "string") {
        const err6 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.title.type, parentSchema: schema39.properties.title, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.decision !== void 0) {
      let data1 = data.decision;
      if (!(data1 === "RUN" || data1 === "PAUSE_FOR_HITL" || data1 === "STOPPED")) {
        const err7 = { instancePath: instancePath + "/decision", schemaPath: "#/$defs/decision/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values", schema: schema34.enum, parentSchema: schema34, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.reasons !== void 0) {
      let data2 = data.reasons;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string") {
            const err8 = { instancePath: instancePath + "/reasons/" + i0, schemaPath: "#/properties/reasons/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.reasons.items.type, parentSchema: schema39.properties.reasons.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/reasons", schemaPath: "#/properties/reasons/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.reasons.type, parentSchema: schema39.properties.reasons, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data4 = data.evidence;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          if (typeof data5 !== "string") {
            const err10 = { instancePath: instancePath + "/evidence/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/evidence/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.evidence.additionalProperties.type, parentSchema: schema39.properties.evidence.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.evidence.type, parentSchema: schema39.properties.evidence, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.to_change !== void 0) {
      let data6 = data.to_change;
      if (typeof data6 !== "string") {
        const err12 = { instancePath: instancePath + "/to_change", schemaPath: "#/properties/to_change/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.to_change.type, parentSchema: schema39.properties.to_change, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate212.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.gate === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gate" }, message: "must have required property 'gate'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.decision === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.reason_code === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason_code" }, message: "must have required property 'reason_code'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.sealed === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sealed" }, message: "must have required property 'sealed'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.overrideable === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "overrideable" }, message: "must have required property 'overrideable'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.final_decider === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "final_decider" }, message: "must have required property 'final_decider'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.findings === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.inputs_digest === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputs_digest" }, message: "must have required property 'inputs_digest'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.duration_ms === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duration_ms" }, message: "must have required property 'duration_ms'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func13.call(schema322.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema322, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.gate !== void 0) {
      let data0 = data.gate;
      if (typeof data0 === "string") {
        if (!pattern43.test(data0)) {
          const err10 = { instancePath: instancePath + "/gate", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_]*$"', schema: "^[A-Za-z][A-Za-z0-9_]*$", parentSchema: schema332, data: data0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/gate", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.decision !== void 0) {
      let data1 = data.decision;
      if (!(data1 === "RUN" || data1 === "PAUSE_FOR_HITL" || data1 === "STOPPED")) {
        const err12 = { instancePath: instancePath + "/decision", schemaPath: "#/$defs/decision/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values", schema: schema34.enum, parentSchema: schema34, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.reason_code !== void 0) {
      let data2 = data.reason_code;
      if (typeof data2 === "string") {
        if (!pattern43.test(data2)) {
          const err13 = { instancePath: instancePath + "/reason_code", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_]*$"', schema: "^[A-Za-z][A-Za-z0-9_]*$", parentSchema: schema332, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/reason_code", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.sealed !== void 0) {
      let data3 = data.sealed;
      if (typeof data3 !== "boolean") {
        const err15 = { instancePath: instancePath + "/sealed", schemaPath: "#/properties/sealed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema322.properties.sealed.type, parentSchema: schema322.properties.sealed, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.overrideable !== void 0) {
      let data4 = data.overrideable;
      if (typeof data4 !== "boolean") {
        const err16 = { instancePath: instancePath + "/overrideable", schemaPath: "#/properties/overrideable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema322.properties.overrideable.type, parentSchema: schema322.properties.overrideable, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.final_decider !== void 0) {
      let data5 = data.final_decider;
      if (!(data5 === "SYSTEM" || data5 === "USER")) {
        const err17 = { instancePath: instancePath + "/final_decider", schemaPath: "#/properties/final_decider/enum", keyword: "enum", params: { allowedValues: schema322.properties.final_decider.enum }, message: "must be equal to one of the allowed values", schema: schema322.properties.final_decider.enum, parentSchema: schema322.properties.final_decider, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data6 = data.findings;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate22(data6[i0], { instancePath: instancePath + "/findings/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema322.properties.findings.type, parentSchema: schema322.properties.findings, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.inputs_digest !== void 0) {
      let data8 = data.inputs_digest;
      if (typeof data8 === "string") {
        if (!pattern62.test(data8)) {
          const err19 = { instancePath: instancePath + "/inputs_digest", schemaPath: "#/$defs/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema382, data: data8 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/inputs_digest", schemaPath: "#/$defs/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema382.type, parentSchema: schema382, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.duration_ms !== void 0) {
      let data9 = data.duration_ms;
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 0 || isNaN(data9)) {
          const err21 = { instancePath: instancePath + "/duration_ms", schemaPath: "#/properties/duration_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema322.properties.duration_ms, data: data9 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/duration_ms", schemaPath: "#/properties/duration_ms/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema322.properties.duration_ms.type, parentSchema: schema322.properties.duration_ms, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data10 = data.summary;
      if (typeof data10 !== "string") {
        const err23 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.properties.summary.type, parentSchema: schema322.properties.summary, data: data10 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.cards !== void 0) {
      let data11 = data.cards;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate24(data11[i1], { instancePath: instancePath + "/cards/" + i1, parentData: data11, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/cards", schemaPath: "#/properties/cards/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema322.properties.cards.type, parentSchema: schema322.properties.cards, data: data11 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.reused !== void 0) {
      let data13 = data.reused;
      if (typeof data13 !== "boolean") {
        const err25 = { instancePath: instancePath + "/reused", schemaPath: "#/properties/reused/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema322.properties.reused.type, parentSchema: schema322.properties.reused, data: data13 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data14 = data.report;
      if (!(data14 && typeof data14 == "object" && !Array.isArray(data14))) {
        const err26 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema322.properties.report.type, parentSchema: schema322.properties.report, data: data14 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.required_approvals !== void 0) {
      let data15 = data.required_approvals;
      if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
        const err27 = { instancePath: instancePath + "/required_approvals", schemaPath: "#/properties/required_approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema322.properties.required_approvals.type, parentSchema: schema322.properties.required_approvals, data: data15 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (typeof data15 == "number" && isFinite(data15)) {
        if (data15 < 0 || isNaN(data15)) {
          const err28 = { instancePath: instancePath + "/required_approvals", schemaPath: "#/properties/required_approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema322.properties.required_approvals, data: data15 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
    }
    if (data.approver_groups !== void 0) {
      let data16 = data.approver_groups;
      if (Array.isArray(data16)) {
        const len2 = data16.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data17 = data16[i2];
          if (typeof data17 !== "string") {
            const err29 = { instancePath: instancePath + "/approver_groups/" + i2, schemaPath: "#/properties/approver_groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.properties.approver_groups.items.type, parentSchema: schema322.properties.approver_groups.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/approver_groups", schemaPath: "#/properties/approver_groups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema322.properties.approver_groups.type, parentSchema: schema322.properties.approver_groups, data: data16 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema322.type, parentSchema: schema322, data };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate212.errors = vErrors;
  return errors === 0;
}
validate212.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate202.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema_version" }, message: "must have required property 'schema_version'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tool === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.run_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run_id" }, message: "must have required property 'run_id'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.started_at === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "started_at" }, message: "must have required property 'started_at'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.head_dir === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "head_dir" }, message: "must have required property 'head_dir'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.base_dir === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "base_dir" }, message: "must have required property 'base_dir'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.verdict === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.gates === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gates" }, message: "must have required property 'gates'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func13.call(schema312.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.schema_version !== void 0) {
      let data0 = data.schema_version;
      if (1 !== data0) {
        const err9 = { instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema312.properties.schema_version, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data1 = data.tool;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err10 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema312.properties.tool.required, parentSchema: schema312.properties.tool, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data1.version === void 0) {
          const err11 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema312.properties.tool.required, parentSchema: schema312.properties.tool, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "name" || key1 === "version")) {
            const err12 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.tool, data: data1 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          let data2 = data1.name;
          if ("maestro-gate" !== data2) {
            const err13 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "maestro-gate" }, message: "must be equal to constant", schema: "maestro-gate", parentSchema: schema312.properties.tool.properties.name, data: data2 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.version !== void 0) {
          let data3 = data1.version;
          if (typeof data3 !== "string") {
            const err14 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.tool.properties.version.type, parentSchema: schema312.properties.tool.properties.version, data: data3 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.tool.type, parentSchema: schema312.properties.tool, data: data1 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.run_id !== void 0) {
      let data4 = data.run_id;
      if (typeof data4 === "string") {
        if (func22(data4) < 1) {
          const err16 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.run_id, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.run_id.type, parentSchema: schema312.properties.run_id, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.started_at !== void 0) {
      let data5 = data.started_at;
      if (typeof data5 === "string") {
        if (!formats02.validate(data5)) {
          const err18 = { instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema312.properties.started_at, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.started_at.type, parentSchema: schema312.properties.started_at, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.head_dir !== void 0) {
      let data6 = data.head_dir;
      if (typeof data6 !== "string") {
        const err20 = { instancePath: instancePath + "/head_dir", schemaPath: "#/properties/head_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.head_dir.type, parentSchema: schema312.properties.head_dir, data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.base_dir !== void 0) {
      let data7 = data.base_dir;
      if (typeof data7 !== "string") {
        const err21 = { instancePath: instancePath + "/base_dir", schemaPath: "#/properties/base_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.base_dir.type, parentSchema: schema312.properties.base_dir, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.config_file !== void 0) {
      let data8 = data.config_file;
      if (typeof data8 !== "string") {
        const err22 = { instancePath: instancePath + "/config_file", schemaPath: "#/properties/config_file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.config_file.type, parentSchema: schema312.properties.config_file, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.verdict !== void 0) {
      let data9 = data.verdict;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.decision === void 0) {
          const err23 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'", schema: schema312.properties.verdict.required, parentSchema: schema312.properties.verdict, data: data9 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data9.sealed === void 0) {
          const err24 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "sealed" }, message: "must have required property 'sealed'", schema: schema312.properties.verdict.required, parentSchema: schema312.properties.verdict, data: data9 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data9.overrideable === void 0) {
          const err25 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "overrideable" }, message: "must have required property 'overrideable'", schema: schema312.properties.verdict.required, parentSchema: schema312.properties.verdict, data: data9 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data9.final_decider === void 0) {
          const err26 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "final_decider" }, message: "must have required property 'final_decider'", schema: schema312.properties.verdict.required, parentSchema: schema312.properties.verdict, data: data9 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data9.reason_codes === void 0) {
          const err27 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "reason_codes" }, message: "must have required property 'reason_codes'", schema: schema312.properties.verdict.required, parentSchema: schema312.properties.verdict, data: data9 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data9.required_approvals === void 0) {
          const err28 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "required_approvals" }, message: "must have required property 'required_approvals'", schema: schema312.properties.verdict.required, parentSchema: schema312.properties.verdict, data: data9 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data9.approver_groups === void 0) {
          const err29 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "approver_groups" }, message: "must have required property 'approver_groups'", schema: schema312.properties.verdict.required, parentSchema: schema312.properties.verdict, data: data9 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        for (const key2 in data9) {
          if (!(key2 === "decision" || key2 === "sealed" || key2 === "overrideable" || key2 === "final_decider" || key2 === "reason_codes" || key2 === "required_approvals" || key2 === "approver_groups")) {
            const err30 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.verdict, data: data9 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data9.decision !== void 0) {
          let data10 = data9.decision;
          if (!(data10 === "RUN" || data10 === "PAUSE_FOR_HITL" || data10 === "STOPPED")) {
            const err31 = { instancePath: instancePath + "/verdict/decision", schemaPath: "gate-result.schema.json#/$defs/decision/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values", schema: schema34.enum, parentSchema: schema34, data: data10 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data9.sealed !== void 0) {
          let data11 = data9.sealed;
          if (typeof data11 !== "boolean") {
            const err32 = { instancePath: instancePath + "/verdict/sealed", schemaPath: "#/properties/verdict/properties/sealed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema312.properties.verdict.properties.sealed.type, parentSchema: schema312.properties.verdict.properties.sealed, data: data11 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data9.overrideable !== void 0) {
          let data12 = data9.overrideable;
          if (typeof data12 !== "boolean") {
            const err33 = { instancePath: instancePath + "/verdict/overrideable", schemaPath: "#/properties/verdict/properties/overrideable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema312.properties.verdict.properties.overrideable.type, parentSchema: schema312.properties.verdict.properties.overrideable, data: data12 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data9.final_decider !== void 0) {
          let data13 = data9.final_decider;
          if ("SYSTEM" !== data13) {
            const err34 = { instancePath: instancePath + "/verdict/final_decider", schemaPath: "#/properties/verdict/properties/final_decider/const", keyword: "const", params: { allowedValue: "SYSTEM" }, message: "must be equal to constant", schema: "SYSTEM", parentSchema: schema312.properties.verdict.properties.final_decider, data: data13 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data9.reason_codes !== void 0) {
          let data14 = data9.reason_codes;
          if (Array.isArray(data14)) {
            if (data14.length < 1) {
              const err35 = { instancePath: instancePath + "/verdict/reason_codes", schemaPath: "#/properties/verdict/properties/reason_codes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema312.properties.verdict.properties.reason_codes, data: data14 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            const len0 = data14.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data15 = data14[i0];
              if (typeof data15 === "string") {
                if (!pattern43.test(data15)) {
                  const err36 = { instancePath: instancePath + "/verdict/reason_codes/" + i0, schemaPath: "gate-result.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_]*$"', schema: "^[A-Za-z][A-Za-z0-9_]*$", parentSchema: schema332, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/verdict/reason_codes/" + i0, schemaPath: "gate-result.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data15 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/verdict/reason_codes", schemaPath: "#/properties/verdict/properties/reason_codes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.verdict.properties.reason_codes.type, parentSchema: schema312.properties.verdict.properties.reason_codes, data: data14 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data9.required_approvals !== void 0) {
          let data16 = data9.required_approvals;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err39 = { instancePath: instancePath + "/verdict/required_approvals", schemaPath: "#/properties/verdict/properties/required_approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema312.properties.verdict.properties.required_approvals.type, parentSchema: schema312.properties.verdict.properties.required_approvals, data: data16 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 < 0 || isNaN(data16)) {
              const err40 = { instancePath: instancePath + "/verdict/required_approvals", schemaPath: "#/properties/verdict/properties/required_approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema312.properties.verdict.properties.required_approvals, data: data16 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
        }
        if (data9.approver_groups !== void 0) {
          let data17 = data9.approver_groups;
          if (Array.isArray(data17)) {
            const len1 = data17.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data18 = data17[i1];
              if (typeof data18 !== "string") {
                const err41 = { instancePath: instancePath + "/verdict/approver_groups/" + i1, schemaPath: "#/properties/verdict/properties/approver_groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.verdict.properties.approver_groups.items.type, parentSchema: schema312.properties.verdict.properties.approver_groups.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/verdict/approver_groups", schemaPath: "#/properties/verdict/properties/approver_groups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.verdict.properties.approver_groups.type, parentSchema: schema312.properties.verdict.properties.approver_groups, data: data17 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.verdict.type, parentSchema: schema312.properties.verdict, data: data9 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data19 = data.gates;
      if (Array.isArray(data19)) {
        const len2 = data19.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate212(data19[i2], { instancePath: instancePath + "/gates/" + i2, parentData: data19, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate212.errors : vErrors.concat(validate212.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.gates.type, parentSchema: schema312.properties.gates, data: data19 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data21 = data.evidence;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.dir === void 0) {
          const err45 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/required", keyword: "required", params: { missingProperty: "dir" }, message: "must have required property 'dir'", schema: schema312.properties.evidence.required, parentSchema: schema312.properties.evidence, data: data21 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data21.audit_log === void 0) {
          const err46 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/required", keyword: "required", params: { missingProperty: "audit_log" }, message: "must have required property 'audit_log'", schema: schema312.properties.evidence.required, parentSchema: schema312.properties.evidence, data: data21 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data21.dir !== void 0) {
          let data22 = data21.dir;
          if (typeof data22 !== "string") {
            const err47 = { instancePath: instancePath + "/evidence/dir", schemaPath: "#/properties/evidence/properties/dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.evidence.properties.dir.type, parentSchema: schema312.properties.evidence.properties.dir, data: data22 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data21.audit_log !== void 0) {
          let data23 = data21.audit_log;
          if (typeof data23 !== "string") {
            const err48 = { instancePath: instancePath + "/evidence/audit_log", schemaPath: "#/properties/evidence/properties/audit_log/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.evidence.properties.audit_log.type, parentSchema: schema312.properties.evidence.properties.audit_log, data: data23 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data21.audit_head !== void 0) {
          let data24 = data21.audit_head;
          if (typeof data24 !== "string") {
            const err49 = { instancePath: instancePath + "/evidence/audit_head", schemaPath: "#/properties/evidence/properties/audit_head/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.evidence.properties.audit_head.type, parentSchema: schema312.properties.evidence.properties.audit_head, data: data24 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data21.files !== void 0) {
          let data25 = data21.files;
          if (Array.isArray(data25)) {
            const len3 = data25.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data26 = data25[i3];
              if (typeof data26 !== "string") {
                const err50 = { instancePath: instancePath + "/evidence/files/" + i3, schemaPath: "#/properties/evidence/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.evidence.properties.files.items.type, parentSchema: schema312.properties.evidence.properties.files.items, data: data26 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/evidence/files", schemaPath: "#/properties/evidence/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.evidence.properties.files.type, parentSchema: schema312.properties.evidence.properties.files, data: data25 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.evidence.type, parentSchema: schema312.properties.evidence, data: data21 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
  } else {
    const err53 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.type, parentSchema: schema312, data };
    if (vErrors === null) {
      vErrors = [err53];
    } else {
      vErrors.push(err53);
    }
    errors++;
  }
  validate202.errors = vErrors;
  return errors === 0;
}
validate202.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// action/schemas/validators.ts
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
var ajv;
var compiled = /* @__PURE__ */ new Map();
function instance() {
  if (ajv === void 0) {
    ajv = new import__.Ajv2020({ ...AJV_OPTIONS });
    addFormats(ajv);
    ajv.addSchema(gate_result_schema_default);
    ajv.addSchema(gate_run_schema_default);
    ajv.addSchema(maestro_config_schema_default);
  }
  return ajv;
}
function registerSchema(schema) {
  const a = instance();
  if (a.getSchema(schema.$id) === void 0) a.addSchema(schema);
}
function validatorFor(ref) {
  let fn = compiled.get(ref);
  if (fn === void 0) {
    fn = instance().getSchema(ref);
    if (fn === void 0)
      throw new MaestroError("GATE_ERROR", `internal: no schema registered as ${ref}`);
    compiled.set(ref, fn);
  }
  return fn;
}
function validate4(ref, value) {
  return problemsOf(validatorFor(ref), value);
}
function validateGateOutcome(value) {
  return problemsOf(validate2, value).map((p) => p.message);
}
function validateGateRun(value) {
  return problemsOf(validate3, value);
}
function validateConfig(value) {
  return problemsOf(validate, value);
}

export {
  registerSchema,
  validate4 as validate,
  validateGateOutcome,
  validateGateRun,
  validateConfig
};
