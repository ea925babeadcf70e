"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// <define:__MAESTRO_CODE_DIGESTS__>
var init_define_MAESTRO_CODE_DIGESTS = __esm({
  "<define:__MAESTRO_CODE_DIGESTS__>"() {
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap2;
    exports2.isNode = isNode;
    exports2.isPair = isPair2;
    exports2.isScalar = isScalar3;
    exports2.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports2.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar3;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state2) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state2;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse3;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit.visit;
    exports2.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports2) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    exports2.__esModule = true;
    exports2.distance = exports2.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports2.distance = distance2;
    var closest2 = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports2.closest = closest2;
  }
});

// action/cli/modelcheck-bundle.ts
var modelcheck_bundle_exports = {};
__export(modelcheck_bundle_exports, {
  MaestroError: () => MaestroError,
  UsageError: () => UsageError,
  runModelcheck: () => runModelcheck
});
module.exports = __toCommonJS(modelcheck_bundle_exports);
init_define_MAESTRO_CODE_DIGESTS();

// action/contract/errors.ts
init_define_MAESTRO_CODE_DIGESTS();
var MaestroError = class extends Error {
  name = "MaestroError";
  code;
  location;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.code = code;
    this.location = options.location;
  }
};
function describeThrown(thrown) {
  if (thrown instanceof Error) return thrown.message || thrown.name;
  if (typeof thrown === "string") return thrown === "" ? "an empty string was thrown" : thrown;
  if (thrown === void 0) return "undefined was thrown";
  if (thrown === null) return "null was thrown";
  try {
    return `a non-Error value was thrown: ${JSON.stringify(thrown)}`;
  } catch {
    return `a non-Error value was thrown: ${Object.prototype.toString.call(thrown)}`;
  }
}

// action/cli/io.ts
init_define_MAESTRO_CODE_DIGESTS();
var PROCESS_IO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  interactive: process.stderr.isTTY === true
};
var UsageError = class extends Error {
  name = "UsageError";
};

// action/cli/modelcheck.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// action/gates/modelcheck/config.ts
init_define_MAESTRO_CODE_DIGESTS();
var DEFAULT_MAX_STATES = 2e6;
var DEFAULT_TIME_SECONDS = 30;

// action/gates/modelcheck/outcome.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/contract/gate-result.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/version.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/outcome.ts
function statsLine(s) {
  return `${s.distinct} distinct states, ${s.generated} generated, depth ${s.depth}, ${s.distinctPerSecond} distinct states/s, fingerprint collision probability \u2248 ${s.collisionProbability.toExponential(1)} (optimistic)`;
}
function toSpecOutcome(r, critical, cfg) {
  const base = {
    spec: r.spec,
    file: r.file,
    status: r.status,
    stats: r.stats,
    reused: false
  };
  if (r.status === "ok") {
    return {
      ...base,
      decision: "RUN",
      reason_code: "OK",
      sealed: false,
      summary: `${r.spec}: exhaustive, no violation (${statsLine(r.stats)})`,
      findings: []
    };
  }
  if (r.status === "bound" || r.status === "aborted") {
    const decision = critical ? cfg.critical_bound_action ?? "PAUSE_FOR_HITL" : cfg.bound_action ?? "PAUSE_FOR_HITL";
    const message2 = `${r.spec}: the search hit its ${r.bound ?? "time"} bound before exhausting the state space, so the spec is NOT fully verified (${statsLine(r.stats)}). Raise the bound or shrink the model.`;
    return {
      ...base,
      ...r.bound !== void 0 ? { bound: r.bound } : {},
      decision,
      reason_code: "MC_BOUND_REACHED",
      sealed: false,
      summary: message2,
      findings: [
        {
          level: decision === "RUN" ? "warning" : "error",
          message: message2,
          rule: "MC_BOUND_REACHED",
          file: r.file
        }
      ]
    };
  }
  const v = r.violation;
  const severity = v.invariant?.severity ?? v.response?.severity ?? "high";
  const code = v.kind === "invariant" ? "MC_INVARIANT_VIOLATED" : v.kind === "deadlock" ? "MC_DEADLOCK" : v.kind === "response" ? "MC_RESPONSE_VIOLATED" : v.kind === "liveness" || v.kind === "action-property" ? "MC_PROPERTY_VIOLATED" : v.kind === "domain" ? "MC_DOMAIN_VIOLATION" : "MC_EVAL_ERROR";
  const sealed = (v.kind === "invariant" || v.kind === "response") && severity === "critical";
  const steps = v.trace.map(
    (t) => t.stuttering === true ? `${t.index}. stuttering: state ${t.index - 1} repeats forever` : t.back_to !== void 0 ? `${t.index}. ${t.action ?? "step"}: back to state ${t.back_to} (a loop)` : `${t.index}. ${t.action === null ? "initial state" : `${t.action}${Object.keys(t.params).length > 0 ? `(${Object.entries(t.params).map(([k, x]) => `${k}=${JSON.stringify(x)}`).join(", ")})` : ""}`}: ${JSON.stringify(t.state)}`
  );
  const lasso = v.trace.some((t) => t.stuttering === true || t.back_to !== void 0);
  const message = `${r.spec}: ${v.message}; ${lasso ? "counterexample (a lasso: a prefix and a loop)" : "shortest counterexample"} (${v.trace.length} states):
${steps.join("\n")}`;
  return {
    ...base,
    decision: "STOPPED",
    reason_code: code,
    sealed,
    summary: `${r.spec}: ${v.message} (counterexample of ${v.trace.length} states)`,
    findings: [
      {
        level: "error",
        message,
        rule: v.invariant?.name ?? v.response?.name ?? v.property?.name ?? code,
        file: v.location.file,
        ...v.location.line !== void 0 ? { line: v.location.line } : {},
        ...v.location.column !== void 0 ? { column: v.location.column } : {},
        counterexample: {
          kind: lasso ? "state-lasso" : "state-trace",
          steps: v.trace,
          location: v.location
        }
      }
    ]
  };
}

// action/gates/modelcheck/parallel.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/checker.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/fingerprints.ts
init_define_MAESTRO_CODE_DIGESTS();
var SLOT = 3;
var StateTable = class {
  /**
   * `alloc` makes the slot arrays (the parallel search passes one over a SharedArrayBuffer, which
   * its workers read as a filter); the cells of an array are written once and never again.
   */
  constructor(initialCapacity = 1 << 12, alloc = (ints2) => new Int32Array(ints2)) {
    this.alloc = alloc;
    this.table = alloc(initialCapacity * 2 * SLOT);
    this.mask = initialCapacity * 2 - 1;
    this.parent = new Int32Array(initialCapacity);
    this.ord = new Int32Array(initialCapacity);
  }
  alloc;
  /** Slots - 1 (the number of slots is a power of two). */
  mask;
  /** `SLOT` ints per slot: low half, high half, id + 1 (0: empty). */
  table;
  parent;
  ord;
  count = 0;
  /** Inserts; returns the new id, or `-(existing id) - 1`. */
  insert(lo, hi, parent, ord) {
    const table = this.table;
    const mask = this.mask;
    let i = (lo ^ hi >>> 7) & mask;
    for (; ; ) {
      const at2 = i * SLOT;
      const slot = table[at2 + 2];
      if (slot === 0) break;
      if (table[at2] === lo && table[at2 + 1] === hi) return -slot;
      i = i + 1 & mask;
    }
    const id = this.count++;
    if (id >= this.parent.length) this.growArrays();
    this.parent[id] = parent;
    this.ord[id] = ord;
    const at = i * SLOT;
    table[at] = lo;
    table[at + 1] = hi;
    table[at + 2] = id + 1;
    if (this.count * 2 > mask + 1) this.rehash();
    return id;
  }
  /** Makes room for `n` states without growing again (a hint: more still fit). */
  reserve(n) {
    while (n > this.parent.length) this.growArrays();
    while (n * 2 > this.mask + 1) this.rehash();
  }
  /** What callers of {@link touch} fold their reads into, so the reads are kept. */
  touched = 0;
  /**
   * Reads the slot where a probe for (`lo`, `hi`) starts. Touching the slots of several
   * fingerprints before inserting them lets their cache misses overlap.
   */
  touch(lo, hi) {
    return this.table[((lo ^ hi >>> 7) & this.mask) * SLOT + 2];
  }
  growArrays() {
    const n = this.parent.length * 2;
    const grow = (a) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.parent = grow(this.parent);
    this.ord = grow(this.ord);
  }
  rehash() {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    const table = this.alloc(slots * SLOT);
    const mask = slots - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      const id1 = old[at + 2];
      if (id1 === 0) continue;
      const lo = old[at];
      const hi = old[at + 1];
      let i = (lo ^ hi >>> 7) & mask;
      while (table[i * SLOT + 2] !== 0) i = i + 1 & mask;
      const to = i * SLOT;
      table[to] = lo;
      table[to + 1] = hi;
      table[to + 2] = id1;
    }
    this.table = table;
    this.mask = mask;
  }
  bytes() {
    return this.table.byteLength + this.parent.byteLength * 2;
  }
};
var Frontier = class {
  constructor(w, capacity = 1024) {
    this.w = w;
    this.words = new Uint32Array(capacity * w);
    this.ids = new Int32Array(capacity);
  }
  w;
  words;
  ids;
  length = 0;
  /** Makes room for `n` states without growing again (a hint: more still fit). */
  reserve(n) {
    if (n <= this.ids.length) return;
    const words = new Uint32Array(n * this.w);
    words.set(this.words);
    this.words = words;
    const ids = new Int32Array(n);
    ids.set(this.ids);
    this.ids = ids;
  }
  /** Pushes the state at word `from` of `words`. */
  pushAt(words, from, id) {
    if (this.length >= this.ids.length) this.grow();
    const base = this.length * this.w;
    for (let i = 0; i < this.w; i++) this.words[base + i] = words[from + i];
    this.ids[this.length++] = id;
  }
  grow() {
    const words = new Uint32Array(this.words.length * 2);
    words.set(this.words);
    this.words = words;
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.ids = ids;
  }
  push(state2, id) {
    if (this.length >= this.ids.length) this.grow();
    const base = this.length * this.w;
    for (let i = 0; i < this.w; i++) this.words[base + i] = state2[i];
    this.ids[this.length++] = id;
  }
};
var h1 = 0;
var h2 = 0;
function fingerprint(words, n) {
  let a = 2538058380 ^ n;
  let b = 1540483477 ^ Math.imul(n, 668265261);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    let k = Math.imul(w, 3432918353);
    k = k << 15 | k >>> 17;
    k = Math.imul(k, 461845907);
    a ^= k;
    a = a << 13 | a >>> 19;
    a = Math.imul(a, 5) + 3864292196 | 0;
    let j = Math.imul(w ^ 2246822507, 2246822519);
    j = j << 17 | j >>> 15;
    j = Math.imul(j, 3266489917);
    b ^= j;
    b = b << 11 | b >>> 21;
    b = Math.imul(b, 9) + 951274213 | 0;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 2246822507);
  a ^= a >>> 13;
  a = Math.imul(a, 3266489909);
  a ^= a >>> 16;
  b ^= a;
  b ^= b >>> 15;
  b = Math.imul(b, 739982445);
  b ^= b >>> 12;
  b = Math.imul(b, 695872825);
  b ^= b >>> 15;
  h1 = a | 0;
  h2 = b | 0;
}

// action/gates/modelcheck/search-common.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/initial-states.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/expr.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/cel/closure/index.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/cel/closure/budget.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/cel/closure/errors.ts
init_define_MAESTRO_CODE_DIGESTS();
var CelCompileError = class extends Error {
  name = "CelCompileError";
  /** `syntax` (parse error), `type` (checker), `limit` (size, depth, nesting). */
  kind;
  /** The problem without position prefix. */
  detail;
  offset;
  line;
  column;
  constructor(kind, detail, source, offset, cause) {
    const { line, column } = lineColumn(source, offset);
    super(
      `${kind === "syntax" ? "syntax error" : kind === "type" ? "type error" : "limit exceeded"} at ${line}:${column}: ${detail}`,
      { cause }
    );
    this.kind = kind;
    this.detail = detail;
    this.offset = offset;
    this.line = line;
    this.column = column;
  }
};
var CelEvalError = class extends Error {
  name = "CelEvalError";
  kind;
  detail;
  offset;
  line;
  column;
  constructor(kind, detail, source, offset, cause) {
    const pos = offset === void 0 ? void 0 : lineColumn(source, offset);
    super(
      pos === void 0 ? detail : `${detail} (at ${pos.line}:${pos.column} of the expression)`,
      { cause }
    );
    this.kind = kind;
    this.detail = detail;
    this.offset = offset;
    this.line = pos?.line;
    this.column = pos?.column;
  }
};
var CelRuntimeError = class extends CelEvalError {
  name = "CelRuntimeError";
  constructor(detail, kind = "runtime") {
    super(kind, detail, "");
  }
};
var REFUSED = Object.freeze(
  new Error("the closure compiler leaves this evaluation to the library")
);
function isBudgetError(thrown) {
  return thrown instanceof CelEvalError && (thrown.kind === "cost" || thrown.kind === "deadline");
}
function lineColumn(source, offset) {
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

// action/cel/closure/limits.ts
init_define_MAESTRO_CODE_DIGESTS();
var DEFAULT_MAX_LENGTH = 4096;
var DEFAULT_MAX_DEPTH = 32;
var DEFAULT_MAX_COMPREHENSION_NESTING = 2;
var DEFAULT_MAX_EVAL_MS = 250;
var DEFAULT_MAX_COST = 1e7;
var CLOCK_EVERY = 4096;

// action/cel/closure/budget.ts
var state = {
  active: false,
  left: Infinity,
  max: Infinity,
  tick: CLOCK_EVERY,
  deadline: Infinity,
  maxMs: Infinity,
  clock: void 0,
  overrun: void 0
};
function withBudget(limits, body, arg) {
  if (state.active) return body(arg);
  state.active = true;
  state.left = limits.maxCost;
  state.max = limits.maxCost;
  state.tick = CLOCK_EVERY;
  state.clock = limits.clock;
  state.maxMs = limits.maxEvalMs;
  state.overrun = void 0;
  const started = limits.clock === void 0 ? 0 : limits.clock();
  state.deadline = started + limits.maxEvalMs;
  try {
    const value = body(arg);
    if (limits.clock !== void 0 && limits.clock() - started > limits.maxEvalMs) overTime();
    return value;
  } finally {
    state.active = false;
    state.overrun = void 0;
    state.left = Infinity;
    state.clock = void 0;
  }
}
function step() {
  if (--state.left < 0) overCost();
  if (state.clock !== void 0 && --state.tick <= 0) {
    state.tick = CLOCK_EVERY;
    if (state.clock() > state.deadline) overTime();
  }
}
function charge(units) {
  if (!(units >= 0)) return;
  state.left -= units;
  if (state.left < 0) overCost();
  if (state.clock !== void 0 && state.clock() > state.deadline) overTime();
}
function overCost() {
  overrun(
    () => new CelRuntimeError(
      `the evaluation exceeded its cost budget of ${state.max} steps (macro iterations and built elements); iterate over smaller lists, or raise the cost limit`,
      "cost"
    )
  );
}
function overTime() {
  overrun(
    () => new CelRuntimeError(
      `the evaluation took more than the limit of ${state.maxMs} ms`,
      "deadline"
    )
  );
}
function overrun(create) {
  state.left = -Infinity;
  state.overrun ??= create();
  throw state.overrun;
}

// action/cel/closure/compiler.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/cel/closure/functions.ts
init_define_MAESTRO_CODE_DIGESTS();
var BUILTIN_FUNCTIONS = [
  "&&",
  "||",
  "!",
  "? :",
  "==",
  "!=",
  "<",
  "<=",
  ">",
  ">=",
  "+",
  "-",
  "*",
  "/",
  "%",
  "in",
  "[]",
  "size",
  "has",
  "all",
  "exists",
  "exists_one",
  "map",
  "filter",
  "contains",
  "startsWith",
  "endsWith"
];
var OPERATOR_NAMES = {
  "_+_": "+",
  "_-_": "-",
  "_*_": "*",
  "_/_": "/",
  "_%_": "%",
  "-_": "-",
  "_==_": "==",
  "_!=_": "!=",
  "_<_": "<",
  "_<=_": "<=",
  "_>_": ">",
  "_>=_": ">=",
  "@in": "in",
  "_[_]": "[]"
};

// action/cel/closure/literals.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/cel/closure/lowering.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/cel/closure/values.ts
init_define_MAESTRO_CODE_DIGESTS();
var MISSING = /* @__PURE__ */ Symbol("missing");
function isPlain(v) {
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}
function kindOf(v, mode) {
  switch (typeof v) {
    case "number":
      return mode === "int" ? "int" : "double";
    case "bigint":
      return mode === "json" ? "int" : "other";
    case "string":
      return "string";
    case "boolean":
      return "bool";
    case "object":
      if (v === null) return "null";
      if (Array.isArray(v)) return "list";
      return mode === "int" || Object.getPrototypeOf(v) === Object.prototype ? "map" : "other";
    default:
      return "other";
  }
}
function showValue(v) {
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}\u2026` : v);
  if (typeof v === "bigint") return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (v !== null && typeof v === "object") return "a map";
  return String(v);
}
function err(message) {
  throw new CelRuntimeError(message);
}
function refuse() {
  throw REFUSED;
}
function setProp(out, k, v) {
  if (k === "__proto__")
    Object.defineProperty(out, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true
    });
  else out[k] = v;
}
function mapGet(ops, m, key) {
  if (m instanceof Map) {
    if (!m.has(key)) {
      if (ops.mode === "json") refuse();
      return MISSING;
    }
    return m.get(key);
  }
  const o = m;
  if (isPlain(o)) {
    if (typeof key !== "string") {
      if (ops.mode === "json") refuse();
      return MISSING;
    }
    return Object.hasOwn(o, key) ? o[key] : MISSING;
  }
  if (ops.mode === "json") refuse();
  const v = o.get(key);
  return v === void 0 ? MISSING : v;
}
function mapKeys(m) {
  if (m instanceof Map) return [...m.keys()];
  const o = m;
  if (isPlain(o)) return Object.keys(o);
  return [...o.keys()];
}
function makeEq(ops) {
  const eq = (a, b) => {
    if (a === b) return ops.kind(a) !== "other" || refuse();
    const ka = ops.kind(a);
    const kb = ops.kind(b);
    if (ka === "other" || kb === "other") refuse();
    if ((ka === "int" || ka === "double") && (kb === "int" || kb === "double"))
      return a == b;
    if (ka !== kb) return false;
    if (ka === "list") {
      const x = a;
      const y = b;
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) if (!eq(ops.admit(x[i]), ops.admit(y[i]))) return false;
      return true;
    }
    if (ka === "map") {
      const keys = mapKeys(a);
      if (keys.length !== mapKeys(b).length) return false;
      for (const k of keys) {
        const other = mapGet(ops, b, k);
        if (other === MISSING || !eq(ops.admit(mapGet(ops, a, k)), ops.admit(other))) return false;
      }
      return true;
    }
    return false;
  };
  return eq;
}
function ordered(ka, kb, a, b) {
  if (ka === "string" && kb === "string")
    return a < b ? -1 : a === b ? 0 : 1;
  if (ka === "bool" && kb === "bool") return Number(a) - Number(b);
  err(`cannot order ${showValue(a)} and ${showValue(b)}`);
}
function structural(ops) {
  const json = ops.mode === "json";
  return {
    inContainer(x, c) {
      const kc = ops.kind(c);
      if (kc === "list") {
        const list2 = c;
        for (let i = 0; i < list2.length; i++) if (ops.eq(x, ops.admit(list2[i]))) return true;
        return false;
      }
      if (kc === "map") {
        const v = mapGet(ops, c, x);
        if (json && (v === null || v === void 0)) refuse();
        return v !== MISSING;
      }
      if (kc === "other") refuse();
      return err(`\`in\` needs a list or a map on the right, got ${showValue(c)}`);
    },
    size(x) {
      const k = ops.kind(x);
      let n;
      if (k === "string") {
        n = 0;
        for (const _ of x) n++;
      } else if (k === "list") n = x.length;
      else if (k === "map") n = mapKeys(x).length;
      else if (k === "other") refuse();
      else err(`size() needs a string, list or map, got ${showValue(x)}`);
      return json ? BigInt(n) : n;
    },
    index(c, key) {
      const kc = ops.kind(c);
      if (kc === "list") {
        const list2 = c;
        const kk = ops.kind(key);
        if (kk !== "int") {
          if (json) refuse();
          err(`a list index must be an int, got ${showValue(key)}`);
        }
        const i = Number(key);
        if (i < 0 || i >= list2.length)
          err(`index ${String(key)} out of range (size ${list2.length})`);
        return ops.admit(list2[i]);
      }
      if (kc === "map") {
        const v = mapGet(ops, c, key);
        if (v === MISSING) err(`no such key: ${showValue(key)}`);
        return ops.admit(v);
      }
      if (kc === "other") refuse();
      return err(`cannot index ${showValue(c)}`);
    },
    select(m, field) {
      const km = ops.kind(m);
      if (km === "map") {
        const v = mapGet(ops, m, field);
        if (v === MISSING) err(`no such key: ${field}`);
        return ops.admit(v);
      }
      if (km === "other" || json) refuse();
      return err(`cannot select \`.${field}\` on ${showValue(m)}`);
    },
    has(m, field) {
      const km = ops.kind(m);
      if (km === "map") {
        const v = mapGet(ops, m, field);
        if (json && (v === null || v === void 0)) refuse();
        if (v !== MISSING) ops.admit(v);
        return v !== MISSING;
      }
      if (km === "other" || json) refuse();
      return err(`has() needs a map, got ${showValue(m)}`);
    },
    items(c) {
      const kc = ops.kind(c);
      if (kc === "list") return c;
      if (kc === "map") return mapKeys(c);
      if (kc === "other") refuse();
      return err(`cannot iterate over ${showValue(c)}`);
    }
  };
}

// action/cel/closure/lowering.ts
function constant(value, t) {
  return { t, fn: () => value, known: { value } };
}
function bool(v, what) {
  if (typeof v !== "boolean")
    throw new CelRuntimeError(`${what} must be a bool, got ${showValue(v)}`);
  return v;
}

// action/cel/closure/types.ts
init_define_MAESTRO_CODE_DIGESTS();
var BOOL = { k: "bool" };
var INT = { k: "int" };
var DOUBLE = { k: "double" };
var STRING = { k: "string" };
var NULL = { k: "null" };
var DYN = { k: "dyn" };
function listOf(elem) {
  return { k: "list", elem };
}
function joinTypes(ts) {
  if (ts.length === 0) return DYN;
  const first = ts[0];
  if (ts.every((t) => t.k === "record") && first.k === "record") {
    const fields = /* @__PURE__ */ new Map();
    let partial = false;
    const all = ts.filter((t) => t.k === "record");
    for (const r of all) {
      for (const [n, ft] of r.fields) {
        const prev = fields.get(n);
        fields.set(n, prev === void 0 ? ft : sameType(prev, ft) ? prev : DYN);
      }
    }
    for (const r of all) if (r.fields.size !== fields.size || r.partial) partial = true;
    return { k: "record", fields, partial };
  }
  return ts.every((t) => sameType(t, first)) ? first : DYN;
}
function sameType(a, b) {
  if (a.k !== b.k) return false;
  if (a.k === "list" && b.k === "list") return sameType(a.elem, b.elem);
  if (a.k === "map" && b.k === "map") return sameType(a.key, b.key) && sameType(a.val, b.val);
  return true;
}
function isNumeric(t) {
  return t.k === "int" || t.k === "double";
}
function compatible(a, b) {
  if (a.k === "dyn" || b.k === "dyn") return true;
  const mapLike = (t) => t.k === "map" || t.k === "record";
  if (mapLike(a) && mapLike(b)) return true;
  if (isNumeric(a) && isNumeric(b)) return true;
  if (a.k !== b.k) return false;
  if (a.k === "list" && b.k === "list") return compatible(a.elem, b.elem);
  return true;
}
function typeName(t) {
  switch (t.k) {
    case "list":
      return `list(${typeName(t.elem)})`;
    case "map":
      return `map(${typeName(t.key)}, ${typeName(t.val)})`;
    case "record":
      return `record{${[...t.fields.keys()].join(", ")}}`;
    case "null":
      return "null_type";
    default:
      return t.k;
  }
}

// action/cel/closure/literals.ts
function compileLiteral(cx, e, c) {
  const int = cx.ops.mode === "int";
  switch (c.case) {
    case "boolValue":
      return constant(c.value, BOOL);
    case "stringValue":
      return constant(c.value, STRING);
    case "int64Value": {
      try {
        return constant(cx.ops.intLiteral(c.value), INT);
      } catch (thrown) {
        return cx.fail(e, thrown instanceof Error ? thrown.message : String(thrown));
      }
    }
    case "doubleValue":
      if (!int) return constant(c.value, DOUBLE);
      if (Number.isSafeInteger(c.value)) return constant(c.value, INT);
      return cx.fail(
        e,
        `non-integral number ${c.value} is not supported ${cx.settings.dialect} (ints only)`
      );
    case "nullValue":
      if (!int) return constant(null, NULL);
      return cx.fail(
        e,
        `null is not supported ${cx.settings.dialect} (use bool, int and string values)`
      );
    default:
      return cx.fail(
        e,
        `literal of kind ${String(c.case)} is not supported ${cx.settings.dialect} (use bool, int and string values)`
      );
  }
}
function fieldTypeOf(cx, e, t, field) {
  switch (t.k) {
    case "record": {
      const ft = t.fields.get(field);
      if (ft === void 0) {
        return cx.fail(
          e,
          `no field \`${field}\` in ${typeName(t)}; fields: ${[...t.fields.keys()].join(", ")}`
        );
      }
      return ft;
    }
    case "map":
      if (t.key.k !== "string" && t.key.k !== "dyn")
        cx.fail(e, `cannot select \`.${field}\` on ${typeName(t)}`);
      return t.val;
    case "dyn":
      return DYN;
    default:
      return cx.fail(e, `cannot select \`.${field}\` on a value of type ${typeName(t)}`);
  }
}
function compileStruct(cx, e, v, locals, depth, nest) {
  if (v.messageName !== "")
    cx.fail(e, `message construction is not supported ${cx.settings.dialect}`);
  const keyFns = [];
  const valFns = [];
  const fields = /* @__PURE__ */ new Map();
  let allConstStrings = true;
  const keyTypes = [];
  const valTypes = [];
  for (const entry of v.entries) {
    if (entry.keyKind.case !== "mapKey") return cx.fail(e, "only map literals are supported");
    if (entry.optionalEntry) cx.fail(e, "optional map entries are not supported");
    if (entry.value === void 0) return cx.fail(e, "map entry without value");
    const key = entry.keyKind.value;
    const kc = key.exprKind;
    const kOut = cx.compile(key, locals, depth + 1, nest);
    if (kc.case === "constExpr" && kc.value.constantKind.case === "stringValue") {
      const name = kc.value.constantKind.value;
      if (fields.has(name)) cx.fail(key, `duplicate key ${JSON.stringify(name)} in map literal`);
      fields.set(name, DYN);
    } else {
      allConstStrings = false;
      if (!["int", "string", "bool", "dyn"].includes(kOut.t.k))
        cx.fail(key, `unsupported map key type '${typeName(kOut.t)}'`);
    }
    const val = cx.compile(entry.value, locals, depth + 1, nest);
    if (allConstStrings && kc.case === "constExpr" && kc.value.constantKind.case === "stringValue")
      fields.set(kc.value.constantKind.value, val.t);
    keyFns.push(kOut.fn);
    valFns.push(val.fn);
    keyTypes.push(kOut.t);
    valTypes.push(val.t);
  }
  const ops = cx.ops;
  const t = allConstStrings ? { k: "record", fields, partial: false } : { k: "map", key: joinTypes(keyTypes), val: joinTypes(valTypes) };
  return {
    t,
    fn: (env) => {
      const keys = keyFns.map((f) => f(env));
      if (!allConstStrings && new Set(keys).size !== keys.length)
        throw new CelRuntimeError("duplicate key in map literal");
      return ops.makeMap(
        keys,
        valFns.map((f) => f(env))
      );
    }
  };
}

// action/cel/closure/macros.ts
init_define_MAESTRO_CODE_DIGESTS();
function compileComprehension(cx, e, c, locals, depth, nest) {
  if (c.iterVar2 !== "") cx.fail(e, "two-variable comprehensions are not supported");
  if (!c.iterRange || !c.accuInit || !c.loopCondition || !c.loopStep || !c.result)
    return cx.fail(e, "incomplete comprehension");
  const inner = nest + 1;
  if (inner > cx.settings.maxComprehensionNesting) {
    cx.fail(
      e,
      `macros (all, exists, exists_one, map, filter) are nested ${inner} deep; the limit is ${cx.settings.maxComprehensionNesting} so that evaluation time stays bounded`,
      "limit"
    );
  }
  cx.markLoop();
  const range2 = cx.compile(c.iterRange, locals, depth + 1, nest);
  const elemT = range2.t.k === "list" ? range2.t.elem : range2.t.k === "map" ? range2.t.key : range2.t.k === "record" ? STRING : range2.t.k === "dyn" ? DYN : cx.fail(c.iterRange, `cannot iterate over a value of type ${typeName(range2.t)}`);
  const appendInit = c.accuInit.exprKind.case === "listExpr" && c.accuInit.exprKind.value.elements.length === 0;
  const init = cx.compile(c.accuInit, locals, depth + 1, nest);
  let iterSlot = 0;
  for (const { slot } of locals.values()) iterSlot = Math.max(iterSlot, slot + 1);
  const accuSlot = iterSlot + 1;
  cx.useSlots(accuSlot + 1);
  const body = new Map(locals);
  body.set(c.iterVar, { slot: iterSlot, t: elemT });
  body.set(c.accuVar, { slot: accuSlot, t: init.t });
  const cond = cx.compile(c.loopCondition, body, depth + 1, inner).fn;
  const append = appendInit ? appendStep(cx, c.loopStep, c.accuVar, body, depth + 1, inner) : void 0;
  const stepOut = append ?? cx.compile(c.loopStep, body, depth + 1, inner);
  if (init.t.k === "list" && stepOut.t.k === "list")
    body.set(c.accuVar, { slot: accuSlot, t: stepOut.t });
  const stepFn = stepOut.fn;
  const result = cx.compile(c.result, body, depth + 1, nest);
  const rangeFn = range2.fn;
  const quantifier = quantifierOf(c);
  if (quantifier !== void 0) {
    const pred = cx.compile(quantifier.pred, body, depth + 2, inner).fn;
    const stop = quantifier.stopOn;
    const initV = !stop;
    const ops2 = cx.ops;
    cx.markDynamic();
    return {
      t: result.t,
      fn: (env) => {
        const items = ops2.items(rangeFn(env));
        const l = env.l;
        const savedIter = l[iterSlot];
        const savedAccu = l[accuSlot];
        l[accuSlot] = initV;
        try {
          for (let i = 0; i < items.length; i++) {
            step();
            l[iterSlot] = ops2.admit(items[i]);
            const r = pred(env);
            if (r === stop) {
              l[accuSlot] = stop;
              if (i + 1 < items.length) {
                step();
                l[iterSlot] = ops2.admit(items[i + 1]);
              }
              break;
            }
            bool(r, "a logical operand");
          }
          return l[accuSlot];
        } finally {
          l[iterSlot] = savedIter;
          l[accuSlot] = savedAccu;
        }
      }
    };
  }
  const initFn = append !== void 0 ? () => [] : init.fn;
  const resultFn = result.fn;
  const ops = cx.ops;
  cx.markDynamic();
  return {
    t: result.t,
    fn: (env) => {
      const items = ops.items(rangeFn(env));
      const l = env.l;
      const savedIter = l[iterSlot];
      const savedAccu = l[accuSlot];
      l[accuSlot] = initFn(env);
      try {
        for (let i = 0; i < items.length; i++) {
          step();
          l[iterSlot] = ops.admit(items[i]);
          if (cond(env) === false) break;
          l[accuSlot] = stepFn(env);
        }
        return resultFn(env);
      } finally {
        l[iterSlot] = savedIter;
        l[accuSlot] = savedAccu;
      }
    }
  };
}
function appendStep(cx, e, accu, locals, depth, nest) {
  const slot = locals.get(accu).slot;
  const isAccu = (x) => x?.exprKind.case === "identExpr" && x.exprKind.value.name === accu;
  const appendOf = (x) => {
    if (x?.exprKind.case !== "callExpr" || x.exprKind.value.function !== "_+_") return void 0;
    const [l, r] = x.exprKind.value.args;
    if (!isAccu(l) || r?.exprKind.case !== "listExpr" || r.exprKind.value.optionalIndices.length > 0)
      return void 0;
    return r.exprKind.value.elements.map((el) => cx.compile(el, locals, depth + 2, nest).fn);
  };
  const direct = appendOf(e);
  if (direct !== void 0) {
    cx.markDynamic();
    return {
      t: listOf(DYN),
      fn: (env) => {
        const list2 = env.l[slot];
        for (const f2 of direct) list2.push(f2(env));
        return list2;
      }
    };
  }
  if (e.exprKind.case !== "callExpr" || e.exprKind.value.function !== "_?_:_") return void 0;
  const [c, t, f] = e.exprKind.value.args;
  if (!isAccu(f)) return void 0;
  const items = appendOf(t);
  if (items === void 0 || c === void 0) return void 0;
  const cond = cx.compile(c, locals, depth + 1, nest).fn;
  cx.markDynamic();
  return {
    t: listOf(DYN),
    fn: (env) => {
      const list2 = env.l[slot];
      if (bool(cond(env), "the condition of `? :`")) for (const g of items) list2.push(g(env));
      return list2;
    }
  };
}
function quantifierOf(c) {
  const accu = c.accuVar;
  const isAccu = (x) => x?.exprKind.case === "identExpr" && x.exprKind.value.name === accu;
  const callOf = (x, fn) => x?.exprKind.case === "callExpr" && x.exprKind.value.function === fn && x.exprKind.value.target === void 0 ? x.exprKind.value.args : void 0;
  const init = c.accuInit?.exprKind;
  if (init?.case !== "constExpr" || init.value.constantKind.case !== "boolValue") return void 0;
  const all = init.value.constantKind.value;
  if (!isAccu(c.result)) return void 0;
  const cond = callOf(c.loopCondition, "@not_strictly_false");
  if (cond?.length !== 1) return void 0;
  if (all ? !isAccu(cond[0]) : !isAccu(callOf(cond[0], "!_")?.[0])) return void 0;
  const stepArgs = callOf(c.loopStep, all ? "_&&_" : "_||_");
  if (stepArgs?.length !== 2 || !isAccu(stepArgs[0]) || stepArgs[1] === void 0) return void 0;
  return { pred: stepArgs[1], stopOn: !all };
}

// action/cel/closure/operators.ts
init_define_MAESTRO_CODE_DIGESTS();
function compileOperator(cx, e, name, tgt, args, argExprs) {
  const ops = cx.ops;
  const json = ops.mode === "json";
  const a0 = args[0];
  const a1 = args[1];
  const need = (n) => {
    if (args.length !== n || tgt !== void 0)
      cx.fail(e, `\`${OPERATOR_NAMES[name] ?? name}\` takes ${n} argument(s)`);
  };
  const expectBool = (o, what, at) => {
    if (o.t.k !== "bool" && o.t.k !== "dyn")
      cx.fail(at, `${what} must be a bool, but it is ${typeName(o.t)}`);
  };
  switch (name) {
    case "_&&_":
    case "_||_": {
      need(2);
      const sym = name === "_&&_" ? "&&" : "||";
      expectBool(a0, `the left side of \`${sym}\``, argExprs[0]);
      expectBool(a1, `the right side of \`${sym}\``, argExprs[1]);
      const l = a0.fn;
      const r = a1.fn;
      const absorbing = name === "_||_";
      const lk = a0.known;
      if (lk !== void 0 && typeof lk.value === "boolean") {
        if (lk.value === absorbing) return constant(absorbing, BOOL);
        return { t: BOOL, fn: (env) => bool(r(env), "a logical operand") };
      }
      const afterLeftError = (thrown, env) => {
        if (isBudgetError(thrown) || thrown === REFUSED) throw thrown;
        let rv;
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
          let lv;
          try {
            lv = l(env);
          } catch (thrown) {
            return afterLeftError(thrown, env);
          }
          if (lv === absorbing) return absorbing;
          const rv = r(env);
          if (rv === absorbing) return absorbing;
          if (typeof lv !== "boolean")
            throw new CelRuntimeError(`logical operand is not a bool: ${showValue(lv)}`);
          return bool(rv, "a logical operand");
        }
      };
    }
    case "!_": {
      need(1);
      expectBool(a0, "the operand of `!`", argExprs[0]);
      const f = a0.fn;
      return { t: BOOL, fn: (env) => !bool(f(env), "the operand of `!`") };
    }
    case "@not_strictly_false": {
      need(1);
      const f = a0.fn;
      return {
        t: BOOL,
        fn: (env) => {
          try {
            return f(env) !== false;
          } catch (thrown) {
            if (isBudgetError(thrown) || thrown === REFUSED) throw thrown;
            return true;
          }
        }
      };
    }
    case "_?_:_": {
      need(3);
      expectBool(a0, "the condition of `? :`", argExprs[0]);
      if (!json && !compatible(args[1].t, args[2].t)) {
        cx.fail(
          e,
          `the branches of \`? :\` have different types: ${typeName(args[1].t)} and ${typeName(args[2].t)}`
        );
      }
      const [c, t, f] = [a0.fn, args[1].fn, args[2].fn];
      const ck = a0.known;
      if (ck !== void 0 && typeof ck.value === "boolean")
        return { ...ck.value ? args[1] : args[2], t: joinTypes([args[1].t, args[2].t]) };
      return {
        t: joinTypes([args[1].t, args[2].t]),
        fn: (env) => bool(c(env), "the condition of `? :`") ? t(env) : f(env)
      };
    }
    case "_==_":
    case "_!=_": {
      need(2);
      if (!json && !compatible(a0.t, a1.t)) {
        cx.fail(
          e,
          `cannot compare ${typeName(a0.t)} with ${typeName(a1.t)}: the comparison would always be false`
        );
      }
      const [l, r] = [a0.fn, a1.fn];
      const same = a0.t.k === a1.t.k;
      const scalar = (t) => t.k === "string" || t.k === "bool" || !json && t.k === "int";
      if (same && scalar(a0.t)) {
        if (name === "_==_") return { t: BOOL, fn: (env) => l(env) === r(env) };
        return { t: BOOL, fn: (env) => l(env) !== r(env) };
      }
      if (name === "_==_") return { t: BOOL, fn: (env) => ops.eq(l(env), r(env)) };
      return { t: BOOL, fn: (env) => !ops.eq(l(env), r(env)) };
    }
    case "_<_":
    case "_<=_":
    case "_>_":
    case "_>=_": {
      need(2);
      for (const [i, o] of [a0, a1].entries()) {
        if (!["int", "double", "string", "bool", "dyn"].includes(o.t.k))
          cx.fail(argExprs[i], `cannot order values of type ${typeName(o.t)}`);
      }
      if (!compatible(a0.t, a1.t))
        cx.fail(e, `cannot order ${typeName(a0.t)} against ${typeName(a1.t)}`);
      const [l, r] = [a0.fn, a1.fn];
      const cmp = ops.cmp;
      if (name === "_<_")
        return {
          t: BOOL,
          fn: (env) => {
            const x = l(env);
            const y = r(env);
            return typeof x === "number" && typeof y === "number" ? x < y : cmp(x, y) < 0;
          }
        };
      if (name === "_<=_")
        return {
          t: BOOL,
          fn: (env) => {
            const x = l(env);
            const y = r(env);
            return typeof x === "number" && typeof y === "number" ? x <= y : cmp(x, y) <= 0;
          }
        };
      if (name === "_>_")
        return {
          t: BOOL,
          fn: (env) => {
            const x = l(env);
            const y = r(env);
            return typeof x === "number" && typeof y === "number" ? x > y : cmp(x, y) > 0;
          }
        };
      return {
        t: BOOL,
        fn: (env) => {
          const x = l(env);
          const y = r(env);
          return typeof x === "number" && typeof y === "number" ? x >= y : cmp(x, y) >= 0;
        }
      };
    }
    case "_+_": {
      need(2);
      const [lt, rt] = [a0.t, a1.t];
      const addable = ["int", "double", "string", "list", "dyn"];
      if (!addable.includes(lt.k) || !addable.includes(rt.k) || lt.k !== "dyn" && rt.k !== "dyn" && lt.k !== rt.k || !compatible(lt, rt))
        cx.fail(e, `\`+\` is not defined for ${typeName(lt)} and ${typeName(rt)}`);
      const [l, r] = [a0.fn, a1.fn];
      const t = lt.k === "dyn" ? rt : lt.k === "list" && rt.k === "list" ? joinTypes([lt, rt]) : lt;
      return { t, fn: (env) => ops.add(l(env), r(env)) };
    }
    case "_-_":
    case "_*_":
    case "_/_":
    case "_%_": {
      need(2);
      const sym = name.slice(1, -1);
      for (const [i, o] of [a0, a1].entries()) {
        if (!isNumeric(o.t) && o.t.k !== "dyn")
          cx.fail(
            argExprs[i],
            `\`${sym}\` needs ${json ? "numbers" : "ints"}, but this operand is ${typeName(o.t)}`
          );
      }
      if (isNumeric(a0.t) && isNumeric(a1.t) && a0.t.k !== a1.t.k)
        cx.fail(e, `\`${sym}\` is not defined for ${typeName(a0.t)} and ${typeName(a1.t)}`);
      const t = a0.t.k !== "dyn" ? a0.t : a1.t.k !== "dyn" ? a1.t : json ? DYN : INT;
      const [l, r] = [a0.fn, a1.fn];
      const f = name === "_-_" ? ops.sub : name === "_*_" ? ops.mul : name === "_/_" ? ops.div : ops.mod;
      return { t, fn: (env) => f(l(env), r(env)) };
    }
    case "-_": {
      need(1);
      if (!isNumeric(a0.t) && a0.t.k !== "dyn")
        cx.fail(e, `unary \`-\` needs ${json ? "a number" : "an int"}, got ${typeName(a0.t)}`);
      const f = a0.fn;
      return { t: a0.t.k === "dyn" && !json ? INT : a0.t, fn: (env) => ops.neg(f(env)) };
    }
    case "@in": {
      need(2);
      const ct = a1.t;
      if (ct.k === "list") {
        if (!json && !compatible(a0.t, ct.elem))
          cx.fail(e, `\`in\`: a ${typeName(a0.t)} can never be an element of ${typeName(ct)}`);
      } else if (ct.k === "map") {
        if (!json && !compatible(a0.t, ct.key))
          cx.fail(e, `\`in\`: a ${typeName(a0.t)} can never be a key of ${typeName(ct)}`);
      } else if (ct.k === "record") {
        if (!json && !compatible(a0.t, STRING))
          cx.fail(e, `\`in\`: a ${typeName(a0.t)} can never be a field of a record`);
      } else if (ct.k !== "dyn") {
        cx.fail(e, `\`in\` needs a list or a map on the right, got ${typeName(ct)}`);
      }
      const [x, c] = [a0.fn, a1.fn];
      return { t: BOOL, fn: (env) => ops.inContainer(x(env), c(env)) };
    }
    case "_[_]": {
      need(2);
      const ct = a0.t;
      let t = DYN;
      if (ct.k === "list") {
        if (a1.t.k !== "int" && a1.t.k !== "dyn")
          cx.fail(e, `a list index must be an int, got ${typeName(a1.t)}`);
        t = ct.elem;
      } else if (ct.k === "map") {
        if (!compatible(a1.t, ct.key))
          cx.fail(e, `a key of ${typeName(ct)} cannot be a ${typeName(a1.t)}`);
        t = ct.val;
      } else if (ct.k === "record") {
        const kc = argExprs[1].exprKind;
        if (kc.case === "constExpr" && kc.value.constantKind.case === "stringValue")
          t = cx.fieldType(e, ct, kc.value.constantKind.value);
      } else if (ct.k !== "dyn") {
        cx.fail(e, `cannot index a value of type ${typeName(ct)}`);
      }
      const [c, k] = [a0.fn, a1.fn];
      return { t, fn: (env) => ops.index(c(env), k(env)) };
    }
    case "size": {
      const o = tgt ?? a0;
      if (o === void 0 || args.length + (tgt ? 1 : 0) !== 1)
        return cx.fail(e, "`size` takes one argument");
      if (!["string", "list", "map", "record", "dyn"].includes(o.t.k))
        cx.fail(e, `size() needs a string, list or map, got ${typeName(o.t)}`);
      const f = o.fn;
      return { t: INT, fn: (env) => ops.size(f(env)) };
    }
    case "contains":
    case "startsWith":
    case "endsWith": {
      if (tgt === void 0 || args.length !== 1)
        return cx.fail(e, `\`${name}\` is a string method taking one argument`);
      for (const o of [tgt, a0]) {
        if (o.t.k !== "string" && o.t.k !== "dyn")
          cx.fail(e, `\`${name}\` needs strings, got ${typeName(o.t)}`);
      }
      const [s, x] = [tgt.fn, a0.fn];
      const method = name === "contains" ? (a, b) => a.includes(b) : name === "startsWith" ? (a, b) => a.startsWith(b) : (a, b) => a.endsWith(b);
      return {
        t: BOOL,
        fn: (env) => {
          const sv = s(env);
          const xv = x(env);
          if (typeof sv !== "string" || typeof xv !== "string") {
            if (json && (ops.kind(sv) === "other" || ops.kind(xv) === "other")) throw REFUSED;
            throw new CelRuntimeError(`\`${name}\` needs strings`);
          }
          return method(sv, xv);
        }
      };
    }
    default:
      return void 0;
  }
}

// action/cel/closure/compiler.ts
var FOLD_ENV = { l: [] };
var Compiler = class {
  constructor(settings) {
    this.settings = settings;
    this.ops = settings.ops;
  }
  settings;
  /** Variable indices (scope bindings with `reads`) the expression reads. */
  reads = /* @__PURE__ */ new Set();
  /** Macro slots the expression needs in `env.l`. */
  maxSlot = 0;
  /** Loops and extension calls compiled (0: evaluation is linear in the expression). */
  loops = 0;
  /**
   * True when a folded sub-tree contained a loop or an extension call: its budget steps were
   * spent here, at compile time, not by each evaluation.
   */
  foldedLoops = false;
  dynamicRefs = 0;
  ops;
  fail(e, message, kind = "type") {
    throw new CelCompileError(kind, message, this.settings.source, this.settings.offsetOf(e.id));
  }
  markDynamic() {
    this.dynamicRefs++;
  }
  markLoop() {
    this.loops++;
  }
  useSlots(count) {
    this.maxSlot = Math.max(this.maxSlot, count);
  }
  fieldType(e, t, field) {
    return fieldTypeOf(this, e, t, field);
  }
  /** Compiles `e`; a sub-tree that reads nothing dynamic is evaluated once, here. */
  compile(e, locals, depth, nest) {
    const before = this.dynamicRefs;
    const loopsBefore = this.loops;
    const out = this.compileNode(e, locals, depth, nest);
    if (this.dynamicRefs !== before || e.exprKind.case === "constExpr") return out;
    try {
      const value = withBudget(
        { maxCost: this.settings.maxCost, maxEvalMs: Infinity },
        out.fn,
        FOLD_ENV
      );
      if (this.loops !== loopsBefore) this.foldedLoops = true;
      return { t: out.t, fn: () => value, known: { value } };
    } catch {
      return out;
    }
  }
  compileNode(e, locals, depth, nest) {
    if (depth > this.settings.maxDepth) {
      this.fail(
        e,
        `expression nesting exceeds the limit of ${this.settings.maxDepth} levels; split it into several assertions`,
        "limit"
      );
    }
    const k = e.exprKind;
    switch (k.case) {
      case "constExpr":
        return compileLiteral(this, e, k.value.constantKind);
      case "identExpr":
        return this.ident(e, k.value.name, locals);
      case "selectExpr":
        return this.select(e, k.value, locals, depth, nest);
      case "callExpr":
        return this.call(e, k.value.function, k.value.target, k.value.args, locals, depth, nest);
      case "listExpr": {
        if (k.value.optionalIndices.length > 0)
          this.fail(e, "optional list elements are not supported");
        const items = k.value.elements.map((x) => this.compile(x, locals, depth + 1, nest));
        const fns = items.map((i) => i.fn);
        const t = listOf(joinTypes(items.map((i) => i.t)));
        return { t, fn: (env) => fns.map((f) => f(env)) };
      }
      case "structExpr":
        return compileStruct(this, e, k.value, locals, depth, nest);
      case "comprehensionExpr":
        return compileComprehension(this, e, k.value, locals, depth, nest);
      case void 0:
        return this.fail(e, "unsupported expression");
    }
  }
  ident(e, name, locals) {
    const local = locals.get(name);
    if (local !== void 0) {
      this.dynamicRefs++;
      const slot = local.slot;
      return { t: local.t, fn: (env) => env.l[slot] };
    }
    const b = this.settings.scope.lookup(name);
    if (b === void 0) {
      const known = this.settings.scope.known();
      return this.fail(
        e,
        `unknown name \`${name}\`${known.length > 0 ? `; known names: ${known.join(", ")}` : ""}. Declare it under \`variables\` or \`constants\`, or as an action parameter.`
      );
    }
    if (b.kind === "value") return constant(b.value, b.t);
    this.dynamicRefs++;
    if (b.reads !== void 0) this.reads.add(b.reads);
    return { t: b.t, fn: b.fn };
  }
  select(e, v, locals, depth, nest) {
    const { operand, field, testOnly } = v;
    if (operand === void 0) return this.fail(e, "select without operand");
    if (!testOnly && this.settings.hook !== void 0) {
      const special2 = this.settings.hook(
        "@select",
        void 0,
        [e],
        this.hookContext(e, locals, depth, nest)
      );
      if (special2 !== void 0) return special2;
    }
    const o = this.compile(operand, locals, depth + 1, nest);
    const ft = this.fieldType(e, o.t, field);
    const of = o.fn;
    const ops = this.ops;
    const guard = this.qualifiedGuard(e, locals);
    if (testOnly) {
      if (guard !== void 0)
        return { t: BOOL, fn: (env) => (guard(env), ops.has(of(env), field)) };
      return { t: BOOL, fn: (env) => ops.has(of(env), field) };
    }
    if (guard !== void 0)
      return { t: ft, fn: (env) => (guard(env), ops.select(of(env), field)) };
    return { t: ft, fn: (env) => ops.select(of(env), field) };
  }
  /**
   * In json mode `a.b.c` may name a binding called `a.b` or `a.b.c` (CEL's qualified names);
   * the closure refuses whenever such a binding exists, so the library resolves it.
   */
  qualifiedGuard(e, locals) {
    if (this.ops.mode !== "json") return void 0;
    const parts = [];
    let cur = e;
    while (cur?.exprKind.case === "selectExpr") {
      parts.unshift(cur.exprKind.value.field);
      cur = cur.exprKind.value.operand;
    }
    if (cur?.exprKind.case !== "identExpr" || locals.has(cur.exprKind.value.name)) return void 0;
    const root = cur.exprKind.value.name;
    const names = parts.map((_, i) => [root, ...parts.slice(0, i + 1)].join("."));
    const has = this.settings.qualified;
    if (has === void 0) return void 0;
    return (env) => {
      for (const n of names) if (has(env, n)) throw REFUSED;
    };
  }
  call(e, name, target, argExprs, locals, depth, nest) {
    if (this.settings.hook !== void 0) {
      const special2 = this.settings.hook(
        name,
        target,
        argExprs,
        this.hookContext(e, locals, depth, nest)
      );
      if (special2 !== void 0) return special2;
    }
    const args = argExprs.map((a) => this.compile(a, locals, depth + 1, nest));
    const tgt = target ? this.compile(target, locals, depth + 1, nest) : void 0;
    return compileOperator(this, e, name, tgt, args, argExprs) ?? this.extension(e, name, tgt, args);
  }
  hookContext(e, locals, depth, nest) {
    return {
      fail: (message, at = e) => this.fail(at, message),
      compile: (x, deeper = 0) => this.compile(x, locals, depth + 1 + deeper, nest),
      depthLeft: this.settings.maxDepth - depth,
      isLocal: (n) => locals.has(n),
      slotOf: (n) => locals.get(n)?.slot,
      noteRead: (i) => {
        this.dynamicRefs++;
        if (i !== void 0) this.reads.add(i);
      }
    };
  }
  extension(e, name, tgt, args) {
    const fn = Object.hasOwn(this.settings.functions, name) ? this.settings.functions[name] : void 0;
    if (fn === void 0 || tgt !== void 0 && fn.receiver !== true) {
      const extra = Object.keys(this.settings.functions);
      return this.fail(
        e,
        `function \`${OPERATOR_NAMES[name] ?? name.replace(/^_|_$/g, "")}\` is not supported ${this.settings.dialect}; supported: ${[...BUILTIN_FUNCTIONS, ...extra].join(", ")}`
      );
    }
    const all = tgt === void 0 ? args : [tgt, ...args];
    if (all.length !== fn.arity)
      this.fail(e, `\`${name}\` takes ${fn.arity} argument(s), got ${all.length}`);
    const t = fn.type(all.map((a) => a.t));
    if (typeof t === "string") return this.fail(e, `\`${name}\`: ${t}`);
    this.loops++;
    const fns = all.map((a) => a.fn);
    const ctx = { mode: this.ops.mode, charge };
    const impl = fn.impl;
    return {
      t,
      fn: (env) => impl(
        fns.map((f) => f(env)),
        ctx
      )
    };
  }
};

// action/cel/closure/parse.ts
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/@bufbuild/cel/dist/esm/parse.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/@bufbuild/cel/dist/esm/parser.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/@bufbuild/cel/dist/esm/builder.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/@bufbuild/cel/dist/esm/logic-manager.js
init_define_MAESTRO_CODE_DIGESTS();
var LogicManager = class _LogicManager {
  builder;
  function;
  terms;
  ops;
  variadicASTs;
  constructor(builder, functionName, term, variadicASTs) {
    this.builder = builder;
    this.function = functionName;
    this.terms = [term];
    this.ops = [];
    this.variadicASTs = variadicASTs;
  }
  static newVariadicLogicManager(builder, functionName, term) {
    return new _LogicManager(builder, functionName, term, true);
  }
  static newBalancingLogicManager(builder, functionName, term) {
    return new _LogicManager(builder, functionName, term, false);
  }
  addTerm(op, term) {
    this.terms.push(term);
    this.ops.push(op);
  }
  toExpr() {
    if (this.terms.length === 1) {
      return this.terms[0];
    }
    if (this.variadicASTs) {
      return this.builder.nextExpr(this.ops[0], {
        case: "callExpr",
        value: {
          $typeName: "cel.expr.Expr.Call",
          function: this.function,
          args: this.terms
        }
      });
    }
    return this.balancedTree(0, this.ops.length - 1);
  }
  balancedTree(lo, hi) {
    const mid = Math.floor((lo + hi + 1) / 2);
    let left;
    if (mid === lo) {
      left = this.terms[mid];
    } else {
      left = this.balancedTree(lo, mid - 1);
    }
    let right;
    if (mid === hi) {
      right = this.terms[mid + 1];
    } else {
      right = this.balancedTree(mid + 1, hi);
    }
    return this.builder.nextExpr(this.ops[mid], {
      case: "callExpr",
      value: {
        $typeName: "cel.expr.Expr.Call",
        function: this.function,
        args: [left, right]
      }
    });
  }
};

// node_modules/@bufbuild/cel/dist/esm/builder.js
var encoder = new TextEncoder();
var accuVarName = "@result";
var Builder = class {
  #prevId = 0n;
  sourceInfo = {
    $typeName: "cel.expr.SourceInfo",
    syntaxVersion: "",
    location: "",
    lineOffsets: [],
    positions: {},
    macroCalls: {},
    extensions: []
  };
  nextExpr(offset, exprKind) {
    this.sourceInfo.positions[(++this.#prevId).toString()] = offset;
    return {
      $typeName: "cel.expr.Expr",
      id: this.#prevId,
      exprKind
    };
  }
  nextEntry(offset, keyKind, value) {
    this.sourceInfo.positions[(++this.#prevId).toString()] = offset;
    return {
      $typeName: "cel.expr.Expr.CreateStruct.Entry",
      id: this.#prevId,
      keyKind,
      value,
      optionalEntry: false
    };
  }
  newConstExpr(offset, constantKind) {
    return this.nextExpr(offset, {
      case: "constExpr",
      value: { $typeName: "cel.expr.Constant", constantKind }
    });
  }
  newCallExpr(offset, functionName, args) {
    if (functionName === "has" && args.length === 1 && args[0].exprKind?.case === "selectExpr") {
      return this.expandHasMacro(offset, args[0]);
    }
    if ((functionName === "_||_" || functionName === "_&&_") && args.length > 1) {
      const logicManager = LogicManager.newBalancingLogicManager(this, functionName, args[0]);
      for (let i = 1; i < args.length; i += 1) {
        logicManager.addTerm(offset, args[i]);
      }
      return logicManager.toExpr();
    }
    return this.nextExpr(offset, {
      case: "callExpr",
      value: {
        $typeName: "cel.expr.Expr.Call",
        function: functionName,
        args
      }
    });
  }
  newMemberCallExpr(offset, target, functionName, args) {
    return this.maybeExpand(offset, this.nextExpr(offset, {
      case: "callExpr",
      value: {
        $typeName: "cel.expr.Expr.Call",
        function: functionName,
        target,
        args
      }
    }));
  }
  newStringExpr(offset, sequence) {
    return this.newConstExpr(offset, {
      case: "stringValue",
      value: sequence.reduce((string, chunk) => {
        if (typeof chunk !== "string") {
          if (chunk.some((cp) => cp >= 55296 && cp < 57344)) {
            throw new Error("surrogate code points are not allowed");
          }
          return string + String.fromCodePoint(...chunk);
        }
        return string + chunk;
      }, "")
    });
  }
  newBytesExpr(offset, sequence) {
    const chunks = [];
    let totalSize = 0;
    for (const rawChunk of sequence) {
      const chunk = typeof rawChunk === "string" ? encoder.encode(rawChunk) : rawChunk;
      chunks.push(chunk);
      totalSize += chunk.length;
    }
    const value = new Uint8Array(totalSize);
    let chunkOffset = 0;
    for (const chunk of chunks) {
      value.set(chunk, chunkOffset);
      chunkOffset += chunk.length;
    }
    return this.newConstExpr(offset, {
      case: "bytesValue",
      value
    });
  }
  newBoolExpr(offset, keyword) {
    return this.newConstExpr(offset, {
      case: "boolValue",
      value: keyword === "true"
    });
  }
  newInt64Expr(offset, digits) {
    return this.newConstExpr(offset, {
      case: "int64Value",
      value: digits[0] === "-" ? -BigInt(digits.slice(1)) : BigInt(digits)
    });
  }
  newUnsignedInt64Expr(offset, digits) {
    return this.newConstExpr(offset, {
      case: "uint64Value",
      value: BigInt(digits)
    });
  }
  newDoubleExpr(offset, digits) {
    return this.newConstExpr(offset, {
      case: "doubleValue",
      value: parseFloat(digits)
    });
  }
  newNullExpr(offset) {
    return this.newConstExpr(offset, {
      case: "nullValue",
      value: 0
    });
  }
  newIdentExpr(offset, name) {
    const expr = this.nextExpr(offset, {
      case: "identExpr",
      value: { $typeName: "cel.expr.Expr.Ident", name }
    });
    return expr;
  }
  newInfixExpr(offset, op, args) {
    return this.newCallExpr(offset, op === "in" ? "@in" : `_${op}_`, args);
  }
  newSelectExpr(offset, operand, field) {
    return this.nextExpr(offset, {
      case: "selectExpr",
      value: {
        $typeName: "cel.expr.Expr.Select",
        operand,
        field,
        testOnly: false
      }
    });
  }
  newIndexExpr(offset, operand, index) {
    return this.newCallExpr(offset, "_[_]", [operand, index]);
  }
  expandHasMacro(offset, target) {
    if (target.exprKind.case !== "selectExpr") {
      return this.newCallExpr(offset, "has", [target]);
    }
    const test = this.nextExpr(offset, {
      case: "selectExpr",
      value: { ...target.exprKind.value, testOnly: true }
    });
    this.addMacroCall(test.id, "has", void 0, [target]);
    return test;
  }
  newListExpr(offset, elements) {
    return this.nextExpr(offset, {
      case: "listExpr",
      value: {
        $typeName: "cel.expr.Expr.CreateList",
        elements,
        optionalIndices: []
      }
    });
  }
  newBoolMacro(offset, iterRange, iterVar, init, loopStep, loopCondition) {
    return this.nextExpr(offset, {
      case: "comprehensionExpr",
      value: {
        $typeName: "cel.expr.Expr.Comprehension",
        accuVar: accuVarName,
        accuInit: this.newConstExpr(offset, {
          case: "boolValue",
          value: init
        }),
        iterVar,
        iterVar2: "",
        // not yet supported
        iterRange,
        loopStep,
        loopCondition,
        result: this.newIdentExpr(offset, accuVarName)
      }
    });
  }
  newListMacro(offset, iterRange, iterVar, loopStep) {
    return this.nextExpr(offset, {
      case: "comprehensionExpr",
      value: {
        $typeName: "cel.expr.Expr.Comprehension",
        accuVar: accuVarName,
        accuInit: this.newListExpr(offset, []),
        iterVar,
        iterVar2: "",
        // not yet supported
        iterRange,
        loopCondition: this.newConstExpr(offset, {
          case: "boolValue",
          value: true
        }),
        loopStep,
        result: this.newIdentExpr(offset, accuVarName)
      }
    });
  }
  expandExistsMacro(offset, target, x, test) {
    return this.newBoolMacro(offset, target, x, false, this.newCallExpr(offset, "_||_", [
      this.newIdentExpr(offset, accuVarName),
      test
    ]), this.newCallExpr(offset, "@not_strictly_false", [
      this.newCallExpr(offset, "!_", [
        this.newIdentExpr(offset, accuVarName)
      ])
    ]));
  }
  expandAllMacro(offset, target, x, test) {
    return this.newBoolMacro(offset, target, x, true, this.newCallExpr(offset, "_&&_", [
      this.newIdentExpr(offset, accuVarName),
      test
    ]), this.newCallExpr(offset, "@not_strictly_false", [
      this.newIdentExpr(offset, accuVarName)
    ]));
  }
  expandMapMacro(offset, target, x, step2) {
    return this.newListMacro(offset, target, x, this.newCallExpr(offset, "_+_", [
      this.newIdentExpr(offset, accuVarName),
      this.newListExpr(offset, [step2])
    ]));
  }
  expandMapFilterMacro(offset, target, x, test, step2) {
    return this.newListMacro(offset, target, x, this.newCallExpr(offset, "_?_:_", [
      test,
      this.newCallExpr(offset, "_+_", [
        this.newIdentExpr(offset, accuVarName),
        this.newListExpr(offset, [step2])
      ]),
      this.newIdentExpr(offset, accuVarName)
    ]));
  }
  expandFilterMacro(offset, target, x, step2) {
    return this.newListMacro(offset, target, x, this.newCallExpr(offset, "_?_:_", [
      step2,
      this.newCallExpr(offset, "_+_", [
        this.newIdentExpr(offset, accuVarName),
        this.newListExpr(offset, [this.newIdentExpr(offset, x)])
      ]),
      this.newIdentExpr(offset, accuVarName)
    ]));
  }
  expandExistsOne(offset, iterRange, iterVar, step2) {
    return this.nextExpr(offset, {
      case: "comprehensionExpr",
      value: {
        $typeName: "cel.expr.Expr.Comprehension",
        accuVar: accuVarName,
        accuInit: this.newConstExpr(offset, {
          case: "int64Value",
          value: BigInt(0)
        }),
        iterVar,
        iterVar2: "",
        // not yet supported
        iterRange,
        loopCondition: this.newConstExpr(offset, {
          case: "boolValue",
          value: true
        }),
        loopStep: this.newCallExpr(offset, "_?_:_", [
          step2,
          this.newCallExpr(offset, "_+_", [
            this.newIdentExpr(offset, accuVarName),
            this.newConstExpr(offset, {
              case: "int64Value",
              value: BigInt(1)
            })
          ]),
          this.newIdentExpr(offset, accuVarName)
        ]),
        result: this.newCallExpr(offset, "_==_", [
          this.newIdentExpr(offset, accuVarName),
          this.newConstExpr(offset, {
            case: "int64Value",
            value: BigInt(1)
          })
        ])
      }
    });
  }
  maybeExpand(offset, call) {
    if (call.exprKind.case === "callExpr") {
      const callExpr = call.exprKind.value;
      const varName = callExpr.args[0];
      if (varName !== void 0 && call.exprKind.value.target !== void 0 && varName.exprKind?.case === "identExpr") {
        let expanded;
        if (callExpr.args.length === 2) {
          switch (callExpr.function) {
            case "exists":
              expanded = this.expandExistsMacro(offset, call.exprKind.value.target, varName.exprKind.value.name, call.exprKind.value.args[1]);
              break;
            case "all":
              expanded = this.expandAllMacro(offset, call.exprKind.value.target, varName.exprKind.value.name, call.exprKind.value.args[1]);
              break;
            case "map":
              expanded = this.expandMapMacro(offset, call.exprKind.value.target, varName.exprKind.value.name, call.exprKind.value.args[1]);
              break;
            case "filter":
              expanded = this.expandFilterMacro(offset, call.exprKind.value.target, varName.exprKind.value.name, call.exprKind.value.args[1]);
              break;
            case "exists_one":
            case "existsOne":
              expanded = this.expandExistsOne(offset, call.exprKind.value.target, varName.exprKind.value.name, call.exprKind.value.args[1]);
              break;
          }
        }
        if (callExpr.args.length === 3 && callExpr.function == "map") {
          expanded = this.expandMapFilterMacro(offset, call.exprKind.value.target, varName.exprKind.value.name, call.exprKind.value.args[1], call.exprKind.value.args[2]);
        }
        if (expanded !== void 0) {
          this.addMacroCall(expanded.id, callExpr.function, callExpr.target, callExpr.args);
          return expanded;
        }
      }
    }
    return call;
  }
  addMacroCall(exprId, functionName, target, args) {
    const macroArgs = args.map((arg) => this.buildMacroCallArg(arg));
    const macroTarget = target !== void 0 ? this.buildMacroCallArg(target) : void 0;
    const macroCall = macroTarget !== void 0 ? {
      $typeName: "cel.expr.Expr",
      id: 0n,
      exprKind: {
        case: "callExpr",
        value: {
          $typeName: "cel.expr.Expr.Call",
          function: functionName,
          target: macroTarget,
          args: macroArgs
        }
      }
    } : {
      $typeName: "cel.expr.Expr",
      id: 0n,
      exprKind: {
        case: "callExpr",
        value: {
          $typeName: "cel.expr.Expr.Call",
          function: functionName,
          args: macroArgs
        }
      }
    };
    this.sourceInfo.macroCalls[exprId.toString()] = macroCall;
  }
  buildMacroCallArg(expr) {
    if (this.sourceInfo.macroCalls[expr.id.toString()] !== void 0) {
      return {
        $typeName: "cel.expr.Expr",
        id: expr.id,
        exprKind: { case: void 0, value: void 0 }
      };
    }
    if (expr.exprKind.case === "callExpr") {
      const call = expr.exprKind.value;
      const macroArgs = call.args.map((arg) => this.buildMacroCallArg(arg));
      const macroTarget = call.target !== void 0 ? this.buildMacroCallArg(call.target) : void 0;
      return {
        $typeName: "cel.expr.Expr",
        id: expr.id,
        exprKind: {
          case: "callExpr",
          value: {
            $typeName: "cel.expr.Expr.Call",
            function: call.function,
            target: macroTarget,
            args: macroArgs
          }
        }
      };
    }
    if (expr.exprKind.case === "selectExpr") {
      const sel = expr.exprKind.value;
      return {
        $typeName: "cel.expr.Expr",
        id: expr.id,
        exprKind: {
          case: "selectExpr",
          value: {
            $typeName: "cel.expr.Expr.Select",
            operand: sel.operand ? this.buildMacroCallArg(sel.operand) : void 0,
            field: sel.field,
            testOnly: sel.testOnly
          }
        }
      };
    }
    if (expr.exprKind.case === "listExpr") {
      const list2 = expr.exprKind.value;
      return {
        $typeName: "cel.expr.Expr",
        id: expr.id,
        exprKind: {
          case: "listExpr",
          value: {
            $typeName: "cel.expr.Expr.CreateList",
            elements: list2.elements.map((el) => this.buildMacroCallArg(el)),
            optionalIndices: list2.optionalIndices
          }
        }
      };
    }
    return expr;
  }
  newMapEntry(offset, key, value) {
    return this.nextEntry(offset, {
      case: "mapKey",
      value: key
    }, value);
  }
  newStructExpr(offset, entries, messageName = "") {
    return this.nextExpr(offset, {
      case: "structExpr",
      value: {
        $typeName: "cel.expr.Expr.CreateStruct",
        entries,
        messageName
      }
    });
  }
  newStructEntry(offset, field, value) {
    return this.nextEntry(offset, {
      case: "fieldKey",
      value: field
    }, value);
  }
};

// node_modules/@bufbuild/cel/dist/esm/parser.js
var runtime;
(function(runtime2) {
  class GrammarLocation {
    source;
    start;
    constructor(source, start) {
      this.source = source;
      this.start = start;
    }
    toString() {
      return String(this.source);
    }
    offset(loc) {
      return {
        line: loc.line + this.start.line - 1,
        column: loc.line === 1 ? loc.column + this.start.column - 1 : loc.column,
        offset: loc.offset + this.start.offset
      };
    }
    static offsetStart(range2) {
      if (range2.source instanceof GrammarLocation) {
        return range2.source.offset(range2.start);
      }
      return range2.start;
    }
    static offsetEnd(range2) {
      if (range2.source instanceof GrammarLocation) {
        return range2.source.offset(range2.end);
      }
      return range2.end;
    }
  }
  runtime2.GrammarLocation = GrammarLocation;
  function padEnd(str, targetLength, padString) {
    padString = padString || " ";
    if (str.length > targetLength) {
      return str;
    }
    targetLength -= str.length;
    padString += padString.repeat(targetLength);
    return str + padString.slice(0, targetLength);
  }
  runtime2.padEnd = padEnd;
  class ParseFailure {
  }
  runtime2.ParseFailure = ParseFailure;
  function isFailure(r) {
    return !r.success;
  }
  runtime2.isFailure = isFailure;
  function getLine(input, offset) {
    let line = 1;
    for (let i = 0; i < offset; i++) {
      if (input[i] === "\r") {
        if (input[i + 1] === "\n") {
          i++;
        }
        line++;
      } else if (input[i] === "\n") {
        line++;
      }
    }
    return line;
  }
  function getColumn(input, offset) {
    let column = 1;
    for (let i = offset; i > 0; i--) {
      if (["\n", "\r"].includes(input[i - 1])) {
        break;
      }
      column++;
    }
    return column;
  }
  function getLocation(source, input, start, remainder) {
    return {
      source,
      start: {
        offset: input.length - start.length,
        line: getLine(input, input.length - start.length),
        column: getColumn(input, input.length - start.length)
      },
      end: {
        offset: input.length - remainder.length,
        line: getLine(input, input.length - remainder.length),
        column: getColumn(input, input.length - remainder.length)
      }
    };
  }
  runtime2.getLocation = getLocation;
  function getRange(source, input, start, remainder) {
    return {
      source,
      start: input.length - start.length,
      end: input.length - remainder.length
    };
  }
  runtime2.getRange = getRange;
  function getText(start, remainder) {
    return start.slice(0, remainder.length > 0 ? -remainder.length : void 0);
  }
  runtime2.getText = getText;
})(runtime || (runtime = {}));
var ParseError = class _ParseError extends Error {
  rawMessage;
  location;
  constructor(message, location, name = "parse error") {
    super(_ParseError.#formatMessage(message, location));
    this.name = name;
    this.rawMessage = message;
    this.location = location;
  }
  static #formatMessage(message, location) {
    const source = location.source !== void 0 ? String(location.source) : "<input>";
    return `${source}:${location.start.line}:${location.start.column}: ` + message;
  }
};
var ParseSyntaxError = class _ParseSyntaxError extends ParseError {
  expected;
  found;
  constructor(expected, found, location, name = "syntax error") {
    super(_ParseSyntaxError.#formatMessage(expected, found), location, name);
    this.expected = expected;
    this.found = found;
  }
  static #formatMessage(expected, found) {
    function encode(s) {
      return "'" + s.replace(/[\\\x07\b\f\n\r\t\v']/g, (match) => {
        switch (match) {
          case "\\":
            return "\\\\";
          case "\x07":
            return "\\x07";
          case "\b":
            return "\\b";
          case "\f":
            return "\\f";
          case "\n":
            return "\\n";
          case "\r":
            return "\\r";
          case "	":
            return "\\t";
          case "\v":
            return "\\v";
          case "'":
            return "\\'";
          default:
            throw new Error("Unexpected string encoding replacement character. This should be an unreachable error.");
        }
      }) + "'";
    }
    function describeExpected(expected2) {
      const descriptions = [
        ...new Set(expected2.map((e) => {
          if (e.type === "literal") {
            return encode(e.value);
          }
          return e.value;
        }))
      ];
      descriptions.sort();
      switch (descriptions.length) {
        case 1:
          return descriptions[0];
        case 2:
          return `${descriptions[0]} or ${descriptions[1]}`;
        default:
          return descriptions.slice(0, -1).join(", ") + ", or " + descriptions[descriptions.length - 1];
      }
    }
    function describeFound(found2) {
      return found2.length === 1 ? found2 : "end of input";
    }
    return "found " + describeFound(found) + " but expecting " + describeExpected(expected);
  }
};
var item2 = {
  type: "any",
  value: "any character"
};
var item43 = {
  type: "class",
  value: "/^[\\t\\n\\f\\r ]/g"
};
var item44 = {
  type: "other",
  value: "whitespace"
};
var item50 = {
  type: "literal",
  value: "//"
};
var item53 = {
  type: "class",
  value: "/^[^\\r\\n]/g"
};
var item58 = {
  type: "class",
  value: "/^[\\r\\n]/g"
};
var item59 = {
  type: "other",
  value: "new line"
};
var item61 = {
  type: "other",
  value: "comment"
};
var item78 = {
  type: "literal",
  value: "-"
};
var item84 = {
  type: "other",
  value: "digit"
};
var item86 = {
  type: "literal",
  value: "."
};
var item96 = {
  type: "class",
  value: "/^[+\\-]/g"
};
var item107 = {
  type: "other",
  value: "float literal"
};
var item117 = {
  type: "literal",
  value: "0x"
};
var item127 = {
  type: "class",
  value: "/^[uU]/g"
};
var item130 = {
  type: "other",
  value: "unsigned integer literal"
};
var item146 = {
  type: "other",
  value: "integer literal"
};
var item156 = {
  type: "class",
  value: "/^[rR]/g"
};
var item161 = {
  type: "literal",
  value: '"""'
};
var item174 = {
  type: "literal",
  value: "'''"
};
var item185 = {
  type: "literal",
  value: '"'
};
var item197 = {
  type: "literal",
  value: "'"
};
var item225 = {
  type: "literal",
  value: "\\"
};
var item227 = {
  type: "class",
  value: "/^[xX]/g"
};
var item236 = {
  type: "other",
  value: "byte value"
};
var item242 = {
  type: "literal",
  value: "\\u"
};
var item250 = {
  type: "literal",
  value: "\\U"
};
var item262 = {
  type: "class",
  value: "/^[0-3]/g"
};
var item268 = {
  type: "other",
  value: "escaped bytes"
};
var item269 = {
  type: "other",
  value: "byte sequence"
};
var item275 = {
  type: "class",
  value: "/^[abfnrtv]/g"
};
var item281 = {
  type: "class",
  value: "/^[\"'`\\\\?]/g"
};
var item282 = {
  type: "other",
  value: "escaped character"
};
var item329 = {
  type: "other",
  value: "quoted character sequence"
};
var item331 = {
  type: "other",
  value: "string literal"
};
var item337 = {
  type: "class",
  value: "/^[bB]/g"
};
var item341 = {
  type: "other",
  value: "bytes literal"
};
var item348 = {
  type: "literal",
  value: "true"
};
var item350 = {
  type: "literal",
  value: "false"
};
var item352 = {
  type: "other",
  value: "boolean literal"
};
var item358 = {
  type: "literal",
  value: "null"
};
var item364 = {
  type: "other",
  value: "null literal"
};
var item377 = {
  type: "class",
  value: "/^[_a-zA-Z]/g"
};
var item382 = {
  type: "other",
  value: "identifier"
};
var item384 = {
  type: "literal",
  value: "("
};
var item389 = {
  type: "literal",
  value: ","
};
var item391 = {
  type: "literal",
  value: ")"
};
var item411 = {
  type: "other",
  value: "selector"
};
var item416 = {
  type: "literal",
  value: "{"
};
var item426 = {
  type: "literal",
  value: ":"
};
var item435 = {
  type: "literal",
  value: "}"
};
var item454 = {
  type: "literal",
  value: "["
};
var item459 = {
  type: "literal",
  value: "]"
};
var item527 = {
  type: "literal",
  value: "!"
};
var item543 = {
  type: "class",
  value: "/^[*\\/%]/g"
};
var item580 = {
  type: "literal",
  value: "<="
};
var item582 = {
  type: "literal",
  value: "<"
};
var item584 = {
  type: "literal",
  value: ">="
};
var item586 = {
  type: "literal",
  value: ">"
};
var item588 = {
  type: "literal",
  value: "=="
};
var item590 = {
  type: "literal",
  value: "!="
};
var item594 = {
  type: "literal",
  value: "in"
};
var item596 = {
  type: "other",
  value: "relational operator"
};
var item604 = {
  type: "literal",
  value: "&&"
};
var item610 = {
  type: "literal",
  value: "||"
};
var item619 = {
  type: "literal",
  value: "?"
};
var item628 = {
  type: "end",
  value: "end of input"
};
function parse(input, options = {}) {
  const parse$source = options.grammarSource;
  const builder = new Builder();
  const result = item1(input);
  if (result.success === true) {
    return result.value;
  }
  let remainder = input;
  let failedExpectations = [];
  for (const e of result.failedExpectations) {
    if (e.remainder.length < remainder.length) {
      remainder = e.remainder;
      failedExpectations = [];
    }
    if (e.remainder.length === remainder.length) {
      failedExpectations.push(e);
    }
  }
  throw new ParseSyntaxError(failedExpectations.map((e) => e.expectation), remainder.slice(0, 1), runtime.getLocation(parse$source, input, remainder, remainder));
  function item106(offset, digits) {
    return builder.newDoubleExpr(offset(), digits);
  }
  function item129(offset, digits) {
    return builder.newUnsignedInt64Expr(offset(), digits);
  }
  function item145(offset, digits) {
    return builder.newInt64Expr(offset(), digits);
  }
  function item238(value) {
    return parseInt(value, 16);
  }
  function item246(value) {
    return parseInt(value, 16);
  }
  function item254(value) {
    return parseInt(value, 16);
  }
  function item267(value) {
    return parseInt(value, 8);
  }
  function item276(value) {
    switch (value) {
      case "a":
        return "\x07";
      case "b":
        return "\b";
      case "f":
        return "\f";
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "	";
      case "v":
        return "\v";
    }
    throw new Error();
  }
  function item330(offset, bytes) {
    return builder.newStringExpr(offset(), bytes);
  }
  function item340(offset, bytes) {
    return builder.newBytesExpr(offset(), bytes);
  }
  function item351(offset, keyword) {
    return builder.newBoolExpr(offset(), keyword);
  }
  function item363(offset) {
    return builder.newNullExpr(offset());
  }
  function item381(error, id) {
    if ([
      "true",
      "false",
      "null",
      "in",
      "as",
      "break",
      "const",
      "continue",
      "else",
      "for",
      "function",
      "if",
      "import",
      "let",
      "loop",
      "package",
      "namespace",
      "return",
      "var",
      "void",
      "while"
    ].includes(id)) {
      error("reserved identifier");
    }
    return id;
  }
  function item393(offset, identifier, args) {
    return builder.newCallExpr(offset(), identifier, args);
  }
  function item410(error, selector) {
    if (["true", "false", "null", "in"].includes(selector)) {
      error("reserved keyword");
    }
    return selector;
  }
  function item430(offset, key, value) {
    return builder.newStructEntry(offset(), key, value);
  }
  function item437(offset, dot, name, entries) {
    return builder.newStructExpr(offset(), entries, (dot !== null ? dot : "") + name.join("."));
  }
  function item444(offset, name) {
    return builder.newIdentExpr(offset(), name);
  }
  function item461(offset, elements) {
    return builder.newListExpr(offset(), elements);
  }
  function item475(offset, key, value) {
    return builder.newMapEntry(offset(), key, value);
  }
  function item484(offset, entries) {
    return builder.newStructExpr(offset(), entries);
  }
  function item500(offset, field) {
    return (prevExpr) => builder.newSelectExpr(offset(), prevExpr, field);
  }
  function item509(offset, func, args) {
    return (prevExpr) => builder.newMemberCallExpr(offset(), prevExpr, func, args);
  }
  function item516(offset, index) {
    return (prevExpr) => builder.newCallExpr(offset(), "_[_]", [prevExpr, index]);
  }
  function item519(primary, tail) {
    if (tail.length === 0) {
      return primary;
    }
    return tail.reduce((expr, op) => op(expr), primary);
  }
  function item532(offset, ops, expr) {
    if (ops.length % 2 === 0) {
      return expr;
    }
    if (expr.exprKind.case === "callExpr" && expr.exprKind.value.function === `${ops[0]}_`) {
      return expr.exprKind.value.args[0];
    }
    return builder.newCallExpr(offset(), `${ops[0]}_`, [expr]);
  }
  function item544(o) {
    return `_${o}_`;
  }
  function item547(offset, operator, nextExpr) {
    return (prevExpr) => builder.newCallExpr(offset(), operator, [prevExpr, nextExpr]);
  }
  function item549(unary, tail) {
    if (tail === null) {
      return unary;
    }
    return tail.reduce((expr, op) => op(expr), unary);
  }
  function item560(o) {
    return `_${o}_`;
  }
  function item562(offset, operator, nextExpr) {
    return (prevExpr) => builder.newCallExpr(offset(), operator, [prevExpr, nextExpr]);
  }
  function item564(multiplication, tail) {
    if (tail === null) {
      return multiplication;
    }
    return tail.reduce((expr, op) => op(expr), multiplication);
  }
  function item591(operator) {
    return `_${operator}_`;
  }
  function item595() {
    return "@in";
  }
  function item598(offset, operator, nextExpr) {
    return (prevExpr) => builder.newCallExpr(offset(), operator, [prevExpr, nextExpr]);
  }
  function item600(addition, tail) {
    if (tail === null) {
      return addition;
    }
    return tail.reduce((expr, op) => op(expr), addition);
  }
  function item606(offset, relation) {
    if (relation.length === 1) {
      return relation[0];
    }
    const logicManager = LogicManager.newBalancingLogicManager(builder, "_&&_", relation[0]);
    for (let i = 1; i < relation.length; i += 1) {
      logicManager.addTerm(offset(), relation[i]);
    }
    return logicManager.toExpr();
  }
  function item612(offset, and) {
    if (and.length === 1) {
      return and[0];
    }
    const logicManager = LogicManager.newBalancingLogicManager(builder, "_||_", and[0]);
    for (let i = 1; i < and.length; i += 1) {
      logicManager.addTerm(offset(), and[i]);
    }
    return logicManager.toExpr();
  }
  function item624(t, f) {
    return [t, f];
  }
  function item626(offset, or, tail) {
    if (tail === null) {
      return or;
    }
    return builder.newCallExpr(offset(), "_?_:_", [or, ...tail]);
  }
  function item627(expr) {
    return { expr, sourceInfo: builder.sourceInfo };
  }
  function item1(text) {
    const result2 = item4(text);
    if (result2.success === true) {
      if (result2.remainder.length === 0) {
        return result2;
      }
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: [
          {
            expectation: item628,
            remainder: result2.remainder
          }
        ]
      };
    }
    return result2;
  }
  function item4(text) {
    const result2 = item7(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item627(result2.value),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item7(text) {
    const result2 = item8(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item626(() => input.length - text.length, result2.value[0], result2.value[1]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item8(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = item11(remainder2);
    failedExpectations2.push(...result0.failedExpectations);
    if (result0.success === false) {
      return {
        success: false,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result0.remainder;
    const result1 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result1?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result1[0].length);
    const result2 = item614(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    return {
      success: true,
      value: [result0.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item11(text) {
    const result2 = item13(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item612(() => input.length - text.length, result2.value),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item13(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      if (values.length > 0) {
        const result3 = item607(r);
        failedExpectations2.push(...result3.failedExpectations);
        if (result3.success === false) {
          break;
        }
        r = result3.remainder;
      }
      const result2 = item15(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    if (values.length < 1) {
      return { success: false, remainder: text, failedExpectations: failedExpectations2 };
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item15(text) {
    const result2 = item17(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item606(() => input.length - text.length, result2.value),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item17(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      if (values.length > 0) {
        const result3 = item601(r);
        failedExpectations2.push(...result3.failedExpectations);
        if (result3.success === false) {
          break;
        }
        r = result3.remainder;
      }
      const result2 = item19(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    if (values.length < 1) {
      return { success: false, remainder: text, failedExpectations: failedExpectations2 };
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item19(text) {
    const result2 = item20(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item600(result2.value[0], result2.value[1]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item20(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = item23(remainder2);
    failedExpectations2.push(...result0.failedExpectations);
    if (result0.success === false) {
      return {
        success: false,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result0.remainder;
    const result1 = item566(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    return {
      success: true,
      value: [result0.value, result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item23(text) {
    const result2 = item24(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item564(result2.value[0], result2.value[1]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item24(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = item27(remainder2);
    failedExpectations2.push(...result0.failedExpectations);
    if (result0.success === false) {
      return {
        success: false,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result0.remainder;
    const result1 = item551(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    return {
      success: true,
      value: [result0.value, result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item27(text) {
    const result2 = item28(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item549(result2.value[0], result2.value[1]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item28(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = item31(remainder2);
    failedExpectations2.push(...result0.failedExpectations);
    if (result0.success === false) {
      return {
        success: false,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result0.remainder;
    const result1 = item534(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    return {
      success: true,
      value: [result0.value, result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item31(text) {
    const choices = [item33, item520];
    let failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      const result2 = func(text);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === true) {
        return {
          success: true,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
      }
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item33(text) {
    const result2 = item34(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item519(result2.value[0], result2.value[1]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item34(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item66(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = item487(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    return {
      success: true,
      value: [result1.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item36(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = item37(remainder2);
    failedExpectations2.push(...result0.failedExpectations);
    if (result0.success === false) {
      return {
        success: false,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result0.remainder;
    const result1 = item45(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = item62(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    return {
      success: true,
      value: [result0.value, result1.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item37(text) {
    const result2 = item39(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: true,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item39(text) {
    const result2 = item40(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item44,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item40(text) {
    const matches = text.match(/^([\t\n\f\r ])+/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item43,
          remainder: text
        }
      ]
    };
  }
  function item45(text) {
    const result2 = item47(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: true,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item47(text) {
    const result2 = item48(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item61,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item48(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = item49(remainder2);
    failedExpectations2.push(...result0.failedExpectations);
    if (result0.success === false) {
      return {
        success: false,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result0.remainder;
    const result1 = item51(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = item55(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    return {
      success: true,
      value: [result0.value, result1.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item49(text) {
    if (text.startsWith("//")) {
      return {
        success: true,
        value: "//",
        remainder: text.slice(2),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item50,
          remainder: text
        }
      ]
    };
  }
  function item51(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      const result2 = item52(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item52(text) {
    if (/^[^\r\n]/g.test(text)) {
      return {
        success: true,
        value: text.slice(0, 1),
        remainder: text.slice(1),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item53,
          remainder: text
        }
      ]
    };
  }
  function item55(text) {
    const result2 = item56(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item59,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item56(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      const result2 = item57(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    if (values.length < 1) {
      return { success: false, remainder: text, failedExpectations: failedExpectations2 };
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item57(text) {
    if (/^[\r\n]/g.test(text)) {
      return {
        success: true,
        value: text.slice(0, 1),
        remainder: text.slice(1),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item58,
          remainder: text
        }
      ]
    };
  }
  function item62(text) {
    const result2 = item39(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: true,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item66(text) {
    const choices = [
      item68,
      item365,
      item394,
      item438,
      item445,
      item450,
      item462
    ];
    let failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      const result2 = func(text);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === true) {
        return {
          success: true,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
      }
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item68(text) {
    const choices = [
      item70,
      item109,
      item132,
      item148,
      item333,
      item343,
      item354
    ];
    let failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      const result2 = func(text);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === true) {
        return {
          success: true,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
      }
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item70(text) {
    const result2 = item71(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item107,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item71(text) {
    const result2 = item73(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item106(() => input.length - text.length, result2.value),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item73(text) {
    const matches = text.match(/^((-)?([0-9])*\.([0-9])+([eE]([+\-])?([0-9])+)?|(-)?([0-9])+[eE]([+\-])?([0-9])+)/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item78,
          remainder: text
        },
        {
          expectation: item84,
          remainder: text
        },
        {
          expectation: item86,
          remainder: text
        }
      ]
    };
  }
  function item109(text) {
    const result2 = item110(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item130,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item110(text) {
    const result2 = item111(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item129(() => input.length - text.length, result2.value[0]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item111(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = item113(remainder2);
    failedExpectations2.push(...result0.failedExpectations);
    if (result0.success === false) {
      return {
        success: false,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result0.remainder;
    const result1 = remainder2.match(/^[uU]/g);
    failedExpectations2.push({
      expectation: item127,
      remainder: remainder2
    });
    if (result1?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result1[0].length);
    return {
      success: true,
      value: [result0.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item113(text) {
    const matches = text.match(/^(0x([0-9abcdefABCDEF])+|([0-9])+)/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item117,
          remainder: text
        },
        {
          expectation: item84,
          remainder: text
        }
      ]
    };
  }
  function item132(text) {
    const result2 = item133(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item146,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item133(text) {
    const result2 = item135(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item145(() => input.length - text.length, result2.value),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item135(text) {
    const matches = text.match(/^(-)?(0x([0-9abcdefABCDEF])+|([0-9])+)/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item78,
          remainder: text
        },
        {
          expectation: item117,
          remainder: text
        },
        {
          expectation: item84,
          remainder: text
        }
      ]
    };
  }
  function item148(text) {
    const result2 = item149(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item331,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item149(text) {
    const result2 = item152(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item330(() => input.length - text.length, result2.value),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item152(text) {
    const result2 = item153(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item329,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item153(text) {
    const choices = [item154, item207];
    let failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      const result2 = func(text);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === true) {
        return {
          success: true,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
      }
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item154(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^[rR]/g);
    failedExpectations2.push({
      expectation: item156,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item158(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item158(text) {
    const choices = [item159, item172, item183, item195];
    let failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      const result2 = func(text);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === true) {
        return {
          success: true,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
      }
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item159(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^"""/g);
    failedExpectations2.push({
      expectation: item161,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item163(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = remainder2.match(/^"""/g);
    failedExpectations2.push({
      expectation: item161,
      remainder: remainder2
    });
    if (result2?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result2[0].length);
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item163(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      const result2 = item164(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item164(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^(?!""")/g);
    failedExpectations2.push();
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item168(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item168(text) {
    if (text.length > 0) {
      return {
        success: true,
        value: text.slice(0, 1),
        remainder: text.slice(1),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item172(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^'''/g);
    failedExpectations2.push({
      expectation: item174,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item176(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = remainder2.match(/^'''/g);
    failedExpectations2.push({
      expectation: item174,
      remainder: remainder2
    });
    if (result2?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result2[0].length);
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item176(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      const result2 = item177(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item177(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^(?!''')/g);
    failedExpectations2.push();
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item181(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item181(text) {
    if (text.length > 0) {
      return {
        success: true,
        value: text.slice(0, 1),
        remainder: text.slice(1),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item183(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^"/g);
    failedExpectations2.push({
      expectation: item185,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item187(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = remainder2.match(/^"/g);
    failedExpectations2.push({
      expectation: item185,
      remainder: remainder2
    });
    if (result2?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result2[0].length);
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item187(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      const result2 = item188(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item188(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^(?!("|([\r\n])+))/g);
    failedExpectations2.push();
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item193(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item193(text) {
    if (text.length > 0) {
      return {
        success: true,
        value: text.slice(0, 1),
        remainder: text.slice(1),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item195(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^'/g);
    failedExpectations2.push({
      expectation: item197,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item199(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = remainder2.match(/^'/g);
    failedExpectations2.push({
      expectation: item197,
      remainder: remainder2
    });
    if (result2?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result2[0].length);
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item199(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      const result2 = item200(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item200(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^(?!('|([\r\n])+))/g);
    failedExpectations2.push();
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item205(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item205(text) {
    if (text.length > 0) {
      return {
        success: true,
        value: text.slice(0, 1),
        remainder: text.slice(1),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item207(text) {
    const choices = [item208, item291, item303, item316];
    let failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      const result2 = func(text);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === true) {
        return {
          success: true,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
      }
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item208(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^"""/g);
    failedExpectations2.push({
      expectation: item161,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item211(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = remainder2.match(/^"""/g);
    failedExpectations2.push({
      expectation: item161,
      remainder: remainder2
    });
    if (result2?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result2[0].length);
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item211(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      const result2 = item212(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item212(text) {
    const choices = [item214, item283];
    let failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      const result2 = func(text);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === true) {
        return {
          success: true,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
      }
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item214(text) {
    const result2 = item215(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item282,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item215(text) {
    const choices = [item217, item270, item277];
    let failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      const result2 = func(text);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === true) {
        return {
          success: true,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
      }
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item217(text) {
    const result2 = item218(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item269,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item218(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      const result2 = item220(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    if (values.length < 1) {
      return { success: false, remainder: text, failedExpectations: failedExpectations2 };
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item220(text) {
    const result2 = item221(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item268,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item221(text) {
    const choices = [item222, item239, item247, item255];
    let failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      const result2 = func(text);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === true) {
        return {
          success: true,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
      }
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item222(text) {
    const result2 = item223(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item238(result2.value[0]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item223(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^\\/g);
    failedExpectations2.push({
      expectation: item225,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = remainder2.match(/^[xX]/g);
    failedExpectations2.push({
      expectation: item227,
      remainder: remainder2
    });
    if (result1?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result1[0].length);
    const result2 = item229(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    return {
      success: true,
      value: [result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item229(text) {
    const matches = text.match(/^([0-9abcdefABCDEF][0-9abcdefABCDEF]){0,1}/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item236,
          remainder: text
        }
      ]
    };
  }
  function item239(text) {
    const result2 = item240(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item246(result2.value[0]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item240(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^\\u/g);
    failedExpectations2.push({
      expectation: item242,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item244(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    return {
      success: true,
      value: [result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item244(text) {
    const matches = text.match(/^([0-9abcdefABCDEF][0-9abcdefABCDEF]){0,2}/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item236,
          remainder: text
        }
      ]
    };
  }
  function item247(text) {
    const result2 = item248(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item254(result2.value[0]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item248(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^\\U/g);
    failedExpectations2.push({
      expectation: item250,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item252(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    return {
      success: true,
      value: [result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item252(text) {
    const matches = text.match(/^([0-9abcdefABCDEF][0-9abcdefABCDEF]){0,4}/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item236,
          remainder: text
        }
      ]
    };
  }
  function item255(text) {
    const result2 = item256(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item267(result2.value[0]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item256(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^\\/g);
    failedExpectations2.push({
      expectation: item225,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item259(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    return {
      success: true,
      value: [result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item259(text) {
    const matches = text.match(/^[0-3][0-7][0-7]/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item262,
          remainder: text
        }
      ]
    };
  }
  function item270(text) {
    const result2 = item271(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item276(result2.value[0]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item271(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^\\/g);
    failedExpectations2.push({
      expectation: item225,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item274(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    return {
      success: true,
      value: [result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item274(text) {
    if (/^[abfnrtv]/g.test(text)) {
      return {
        success: true,
        value: text.slice(0, 1),
        remainder: text.slice(1),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item275,
          remainder: text
        }
      ]
    };
  }
  function item277(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^\\/g);
    failedExpectations2.push({
      expectation: item225,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item280(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item280(text) {
    if (/^["'`\\?]/g.test(text)) {
      return {
        success: true,
        value: text.slice(0, 1),
        remainder: text.slice(1),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item281,
          remainder: text
        }
      ]
    };
  }
  function item283(text) {
    const matches = text.match(/^(?!""")[\s\S]/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item291(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^'''/g);
    failedExpectations2.push({
      expectation: item174,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item294(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = remainder2.match(/^'''/g);
    failedExpectations2.push({
      expectation: item174,
      remainder: remainder2
    });
    if (result2?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result2[0].length);
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item294(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      const result2 = item295(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item295(text) {
    const choices = [item214, item296];
    let failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      const result2 = func(text);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === true) {
        return {
          success: true,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
      }
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item296(text) {
    const matches = text.match(/^(?!''')[\s\S]/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item303(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^"/g);
    failedExpectations2.push({
      expectation: item185,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item306(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = remainder2.match(/^"/g);
    failedExpectations2.push({
      expectation: item185,
      remainder: remainder2
    });
    if (result2?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result2[0].length);
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item306(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      const result2 = item307(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item307(text) {
    const choices = [item214, item308];
    let failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      const result2 = func(text);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === true) {
        return {
          success: true,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
      }
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item308(text) {
    const matches = text.match(/^(?!("|([\r\n])+))[\s\S]/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item316(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^'/g);
    failedExpectations2.push({
      expectation: item197,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item319(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = remainder2.match(/^'/g);
    failedExpectations2.push({
      expectation: item197,
      remainder: remainder2
    });
    if (result2?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result2[0].length);
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item319(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      const result2 = item320(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item320(text) {
    const choices = [item214, item321];
    let failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      const result2 = func(text);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === true) {
        return {
          success: true,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
      }
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item321(text) {
    const matches = text.match(/^(?!('|([\r\n])+))[\s\S]/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item333(text) {
    const result2 = item334(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item341,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item334(text) {
    const result2 = item335(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item340(() => input.length - text.length, result2.value[0]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item335(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^[bB]/g);
    failedExpectations2.push({
      expectation: item337,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item152(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    return {
      success: true,
      value: [result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item343(text) {
    const result2 = item344(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item352,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item344(text) {
    const result2 = item346(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item351(() => input.length - text.length, result2.value),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item346(text) {
    const choices = [item347, item349];
    let failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      const result2 = func(text);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === true) {
        return {
          success: true,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
      }
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item347(text) {
    if (text.startsWith("true")) {
      return {
        success: true,
        value: "true",
        remainder: text.slice(4),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item348,
          remainder: text
        }
      ]
    };
  }
  function item349(text) {
    if (text.startsWith("false")) {
      return {
        success: true,
        value: "false",
        remainder: text.slice(5),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item350,
          remainder: text
        }
      ]
    };
  }
  function item354(text) {
    const result2 = item355(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item364,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item355(text) {
    const result2 = item356(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item363(() => input.length - text.length),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item356(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^null/g);
    failedExpectations2.push({
      expectation: item358,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = remainder2.match(/^(?![_a-zA-Z0-9])/g);
    failedExpectations2.push();
    if (result1?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result1[0].length);
    return {
      success: true,
      value: [],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item365(text) {
    const result2 = item366(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item393(() => input.length - text.length, result2.value[0], result2.value[1]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item366(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^(\.)?/g);
    failedExpectations2.push({
      expectation: item86,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result1?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result1[0].length);
    const result2 = item371(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    const result3 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result3?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result3[0].length);
    const result4 = remainder2.match(/^\(/g);
    failedExpectations2.push({
      expectation: item384,
      remainder: remainder2
    });
    if (result4?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result4[0].length);
    const result5 = item387(remainder2);
    failedExpectations2.push(...result5.failedExpectations);
    if (result5.success === false) {
      return {
        success: false,
        remainder: result5.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result5.remainder;
    const result6 = remainder2.match(/^\)/g);
    failedExpectations2.push({
      expectation: item391,
      remainder: remainder2
    });
    if (result6?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result6[0].length);
    return {
      success: true,
      value: [result2.value, result5.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item371(text) {
    const result2 = item372(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item382,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item372(text) {
    const result2 = item374(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item381((message, location = runtime.getLocation(parse$source, input, text, result2.remainder), name) => {
          throw new ParseError(message, location, name);
        }, result2.value),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item374(text) {
    const matches = text.match(/^[_a-zA-Z]([_a-zA-Z0-9])*/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item377,
          remainder: text
        }
      ]
    };
  }
  function item387(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      if (values.length > 0) {
        const result3 = item388(r);
        failedExpectations2.push(...result3.failedExpectations);
        if (result3.success === false) {
          break;
        }
        r = result3.remainder;
      }
      const result2 = item7(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item388(text) {
    if (text.startsWith(",")) {
      return {
        success: true,
        value: ",",
        remainder: text.slice(1),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item389,
          remainder: text
        }
      ]
    };
  }
  function item394(text) {
    const result2 = item395(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item437(() => input.length - text.length, result2.value[0], result2.value[1], result2.value[2]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item395(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = item397(remainder2);
    failedExpectations2.push(...result0.failedExpectations);
    if (result0.success === false) {
      return {
        success: false,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result0.remainder;
    const result1 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result1?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result1[0].length);
    const result2 = item400(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    const result3 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result3?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result3[0].length);
    const result4 = remainder2.match(/^\{/g);
    failedExpectations2.push({
      expectation: item416,
      remainder: remainder2
    });
    if (result4?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result4[0].length);
    const result5 = item419(remainder2);
    failedExpectations2.push(...result5.failedExpectations);
    if (result5.success === false) {
      return {
        success: false,
        remainder: result5.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result5.remainder;
    const result6 = remainder2.match(/^(,)?/g);
    failedExpectations2.push({
      expectation: item389,
      remainder: remainder2
    });
    if (result6?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result6[0].length);
    const result7 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result7?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result7[0].length);
    const result8 = remainder2.match(/^\}/g);
    failedExpectations2.push({
      expectation: item435,
      remainder: remainder2
    });
    if (result8?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result8[0].length);
    return {
      success: true,
      value: [result0.value, result2.value, result5.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item397(text) {
    const result2 = item398(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: true,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item398(text) {
    if (text.startsWith(".")) {
      return {
        success: true,
        value: ".",
        remainder: text.slice(1),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item86,
          remainder: text
        }
      ]
    };
  }
  function item400(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      if (values.length > 0) {
        const result3 = item412(r);
        failedExpectations2.push(...result3.failedExpectations);
        if (result3.success === false) {
          break;
        }
        r = result3.remainder;
      }
      const result2 = item402(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    if (values.length < 1) {
      return { success: false, remainder: text, failedExpectations: failedExpectations2 };
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item402(text) {
    const result2 = item403(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item411,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item403(text) {
    const result2 = item405(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item410((message, location = runtime.getLocation(parse$source, input, text, result2.remainder), name) => {
          throw new ParseError(message, location, name);
        }, result2.value),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item405(text) {
    const matches = text.match(/^[_a-zA-Z]([_a-zA-Z0-9])*/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item377,
          remainder: text
        }
      ]
    };
  }
  function item412(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = item36(remainder2);
    failedExpectations2.push(...result0.failedExpectations);
    if (result0.success === false) {
      return {
        success: false,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result0.remainder;
    const result1 = item413(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = item36(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    return {
      success: true,
      value: [result0.value, result1.value, result0.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item413(text) {
    if (text.startsWith(".")) {
      return {
        success: true,
        value: ".",
        remainder: text.slice(1),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item86,
          remainder: text
        }
      ]
    };
  }
  function item419(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      if (values.length > 0) {
        const result3 = item431(r);
        failedExpectations2.push(...result3.failedExpectations);
        if (result3.success === false) {
          break;
        }
        r = result3.remainder;
      }
      const result2 = item420(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item420(text) {
    const result2 = item421(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item430(() => input.length - text.length, result2.value[0], result2.value[1]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item421(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item402(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?:/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }, {
      expectation: item426,
      remainder: remainder2
    });
    if (result2?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result2[0].length);
    const result3 = item7(remainder2);
    failedExpectations2.push(...result3.failedExpectations);
    if (result3.success === false) {
      return {
        success: false,
        remainder: result3.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result3.remainder;
    return {
      success: true,
      value: [result1.value, result3.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item431(text) {
    if (text.startsWith(",")) {
      return {
        success: true,
        value: ",",
        remainder: text.slice(1),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item389,
          remainder: text
        }
      ]
    };
  }
  function item438(text) {
    const result2 = item439(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item444(() => input.length - text.length, result2.value[0]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item439(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^(\.)?/g);
    failedExpectations2.push({
      expectation: item86,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result1?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result1[0].length);
    const result2 = item402(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    return {
      success: true,
      value: [result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item445(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^\(/g);
    failedExpectations2.push({
      expectation: item384,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item7(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = remainder2.match(/^\)/g);
    failedExpectations2.push({
      expectation: item391,
      remainder: remainder2
    });
    if (result2?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result2[0].length);
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item450(text) {
    const result2 = item452(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item461(() => input.length - text.length, result2.value),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item452(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^\[/g);
    failedExpectations2.push({
      expectation: item454,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item387(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = remainder2.match(/^(,)?/g);
    failedExpectations2.push({
      expectation: item389,
      remainder: remainder2
    });
    if (result2?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result2[0].length);
    const result3 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result3?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result3[0].length);
    const result4 = remainder2.match(/^\]/g);
    failedExpectations2.push({
      expectation: item459,
      remainder: remainder2
    });
    if (result4?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result4[0].length);
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item462(text) {
    const result2 = item464(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item484(() => input.length - text.length, result2.value),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item464(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^\{/g);
    failedExpectations2.push({
      expectation: item416,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item468(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = remainder2.match(/^(,)?(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?\}/g);
    failedExpectations2.push({
      expectation: item389,
      remainder: remainder2
    }, {
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }, {
      expectation: item435,
      remainder: remainder2
    });
    if (result2?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result2[0].length);
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item468(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      if (values.length > 0) {
        const result3 = item476(r);
        failedExpectations2.push(...result3.failedExpectations);
        if (result3.success === false) {
          break;
        }
        r = result3.remainder;
      }
      const result2 = item469(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item469(text) {
    const result2 = item470(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item475(() => input.length - text.length, result2.value[0], result2.value[1]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item470(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = item7(remainder2);
    failedExpectations2.push(...result0.failedExpectations);
    if (result0.success === false) {
      return {
        success: false,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result0.remainder;
    const result1 = remainder2.match(/^:/g);
    failedExpectations2.push({
      expectation: item426,
      remainder: remainder2
    });
    if (result1?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result1[0].length);
    const result2 = item7(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    return {
      success: true,
      value: [result0.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item476(text) {
    if (text.startsWith(",")) {
      return {
        success: true,
        value: ",",
        remainder: text.slice(1),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item389,
          remainder: text
        }
      ]
    };
  }
  function item487(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      const result2 = item488(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item488(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item491(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    return {
      success: true,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item491(text) {
    const choices = [item492, item501, item510];
    let failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      const result2 = func(text);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === true) {
        return {
          success: true,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
      }
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item492(text) {
    const result2 = item493(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item500(() => input.length - text.length, result2.value[0]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item493(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^\./g);
    failedExpectations2.push({
      expectation: item86,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result1?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result1[0].length);
    const result2 = item402(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    const result3 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result3?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result3[0].length);
    const result4 = remainder2.match(/^(?![(])/g);
    failedExpectations2.push();
    if (result4?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result4[0].length);
    return {
      success: true,
      value: [result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item501(text) {
    const result2 = item502(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item509(() => input.length - text.length, result2.value[0], result2.value[1]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item502(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^\./g);
    failedExpectations2.push({
      expectation: item86,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result1?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result1[0].length);
    const result2 = item402(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    const result3 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result3?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result3[0].length);
    const result4 = remainder2.match(/^\(/g);
    failedExpectations2.push({
      expectation: item384,
      remainder: remainder2
    });
    if (result4?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result4[0].length);
    const result5 = item387(remainder2);
    failedExpectations2.push(...result5.failedExpectations);
    if (result5.success === false) {
      return {
        success: false,
        remainder: result5.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result5.remainder;
    const result6 = remainder2.match(/^\)/g);
    failedExpectations2.push({
      expectation: item391,
      remainder: remainder2
    });
    if (result6?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result6[0].length);
    return {
      success: true,
      value: [result2.value, result5.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item510(text) {
    const result2 = item511(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item516(() => input.length - text.length, result2.value[0]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item511(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^\[/g);
    failedExpectations2.push({
      expectation: item454,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item7(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = remainder2.match(/^\]/g);
    failedExpectations2.push({
      expectation: item459,
      remainder: remainder2
    });
    if (result2?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result2[0].length);
    return {
      success: true,
      value: [result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item520(text) {
    const result2 = item521(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item532(() => input.length - text.length, result2.value[0], result2.value[1]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item521(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item523(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = item33(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    return {
      success: true,
      value: [result1.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item523(text) {
    const matches = text.match(/^((!)+|(-)+)/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item527,
          remainder: text
        },
        {
          expectation: item78,
          remainder: text
        }
      ]
    };
  }
  function item534(text) {
    const result2 = item536(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: true,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item536(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      const result2 = item537(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    if (values.length < 1) {
      return { success: false, remainder: text, failedExpectations: failedExpectations2 };
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item537(text) {
    const result2 = item538(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item547(() => input.length - text.length, result2.value[0], result2.value[1]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item538(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item540(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = item31(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    return {
      success: true,
      value: [result1.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item540(text) {
    const result2 = item542(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item544(result2.value),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item542(text) {
    if (/^[*\/%]/g.test(text)) {
      return {
        success: true,
        value: text.slice(0, 1),
        remainder: text.slice(1),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item543,
          remainder: text
        }
      ]
    };
  }
  function item551(text) {
    const result2 = item553(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: true,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item553(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      const result2 = item554(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    if (values.length < 1) {
      return { success: false, remainder: text, failedExpectations: failedExpectations2 };
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item554(text) {
    const result2 = item555(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item562(() => input.length - text.length, result2.value[0], result2.value[1]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item555(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item557(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = item27(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    return {
      success: true,
      value: [result1.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item557(text) {
    const result2 = item559(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item560(result2.value),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item559(text) {
    if (/^[+\-]/g.test(text)) {
      return {
        success: true,
        value: text.slice(0, 1),
        remainder: text.slice(1),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item96,
          remainder: text
        }
      ]
    };
  }
  function item566(text) {
    const result2 = item568(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: true,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item568(text) {
    const values = [];
    const failedExpectations2 = [];
    let remainder2 = text;
    while (true) {
      let r = remainder2;
      const result2 = item569(r);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === false) {
        break;
      }
      remainder2 = result2.remainder;
      values.push(result2.value);
    }
    if (values.length < 1) {
      return { success: false, remainder: text, failedExpectations: failedExpectations2 };
    }
    return { success: true, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item569(text) {
    const result2 = item570(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item598(() => input.length - text.length, result2.value[0], result2.value[1]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item570(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item573(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = item23(remainder2);
    failedExpectations2.push(...result2.failedExpectations);
    if (result2.success === false) {
      return {
        success: false,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result2.remainder;
    return {
      success: true,
      value: [result1.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
  function item573(text) {
    const result2 = item574(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: false,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item596,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item574(text) {
    const choices = [item575, item592];
    let failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      const result2 = func(text);
      failedExpectations2.push(...result2.failedExpectations);
      if (result2.success === true) {
        return {
          success: true,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
      }
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item575(text) {
    const result2 = item577(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item591(result2.value),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item577(text) {
    const matches = text.match(/^(<=|<|>=|>|==|!=)/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item580,
          remainder: text
        },
        {
          expectation: item582,
          remainder: text
        },
        {
          expectation: item584,
          remainder: text
        },
        {
          expectation: item586,
          remainder: text
        },
        {
          expectation: item588,
          remainder: text
        },
        {
          expectation: item590,
          remainder: text
        }
      ]
    };
  }
  function item592(text) {
    const result2 = item593(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item595(),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item593(text) {
    if (text.startsWith("in")) {
      return {
        success: true,
        value: "in",
        remainder: text.slice(2),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item594,
          remainder: text
        }
      ]
    };
  }
  function item601(text) {
    const matches = text.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?&&/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item44,
          remainder: text
        },
        {
          expectation: item61,
          remainder: text
        },
        {
          expectation: item604,
          remainder: text
        }
      ]
    };
  }
  function item607(text) {
    const matches = text.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?\|\|/g);
    if (matches?.length === 1) {
      return {
        success: true,
        value: matches[0],
        remainder: text.slice(matches[0].length),
        failedExpectations: []
      };
    }
    return {
      success: false,
      remainder: text,
      failedExpectations: [
        {
          expectation: item44,
          remainder: text
        },
        {
          expectation: item61,
          remainder: text
        },
        {
          expectation: item610,
          remainder: text
        }
      ]
    };
  }
  function item614(text) {
    const result2 = item616(text);
    if (result2.success === true) {
      return result2;
    }
    return {
      success: true,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item616(text) {
    const result2 = item617(text);
    if (result2.success === true) {
      return {
        success: true,
        value: item624(result2.value[0], result2.value[1]),
        remainder: result2.remainder,
        failedExpectations: []
      };
    }
    return result2;
  }
  function item617(text) {
    const failedExpectations2 = [];
    let remainder2 = text;
    const result0 = remainder2.match(/^\?/g);
    failedExpectations2.push({
      expectation: item619,
      remainder: remainder2
    });
    if (result0?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result0[0].length);
    const result1 = item11(remainder2);
    failedExpectations2.push(...result1.failedExpectations);
    if (result1.success === false) {
      return {
        success: false,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result1.remainder;
    const result2 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result2?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result2[0].length);
    const result3 = remainder2.match(/^:/g);
    failedExpectations2.push({
      expectation: item426,
      remainder: remainder2
    });
    if (result3?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result3[0].length);
    const result4 = item7(remainder2);
    failedExpectations2.push(...result4.failedExpectations);
    if (result4.success === false) {
      return {
        success: false,
        remainder: result4.remainder,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = result4.remainder;
    const result5 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    });
    if (result5?.length !== 1) {
      return {
        success: false,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    }
    remainder2 = remainder2.slice(result5[0].length);
    return {
      success: true,
      value: [result1.value, result4.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    };
  }
}

// node_modules/@bufbuild/cel/dist/esm/parse.js
function parse2(expr) {
  const result = parse(expr);
  return {
    $typeName: "cel.expr.ParsedExpr",
    expr: result.expr,
    sourceInfo: result.sourceInfo
  };
}

// action/cel/closure/parse.ts
var CACHE_ENTRIES = 4096;
var cache = /* @__PURE__ */ new Map();
function parseExpression(source, maxLength = DEFAULT_MAX_LENGTH) {
  if (typeof source !== "string")
    throw new CelCompileError("syntax", "the expression must be a string", "", 0);
  if (source.length > maxLength) {
    throw new CelCompileError(
      "limit",
      `the expression is ${source.length} characters long; the limit is ${maxLength}. Split it into several assertions.`,
      source,
      maxLength
    );
  }
  if (source.trim() === "")
    throw new CelCompileError("syntax", "the expression is empty", source, 0);
  const hit = cache.get(source);
  if (hit !== void 0) return hit;
  let parsed;
  try {
    parsed = parse2(source);
  } catch (thrown) {
    if (thrown instanceof RangeError) {
      throw new CelCompileError(
        "limit",
        "the expression is nested too deeply to parse",
        source,
        0,
        thrown
      );
    }
    const loc = thrown?.location?.start?.offset;
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    throw new CelCompileError(
      "syntax",
      message.replace(/^<input>:\d+:\d+: /, ""),
      source,
      loc ?? offsetOfMessage(source, message),
      thrown
    );
  }
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value);
  cache.set(source, parsed);
  return parsed;
}
function offsetOfMessage(source, message) {
  const m = /^<input>:(\d+):(\d+): /.exec(message);
  if (!m) return 0;
  const lines = source.split("\n");
  let offset = 0;
  for (let i = 0; i < Number(m[1]) - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  return offset + Math.max(0, Number(m[2]) - 1);
}
function offsetFinder(parsed) {
  const positions = parsed.sourceInfo?.positions ?? {};
  return (id) => {
    if (id === void 0) return 0;
    const p = positions[id.toString()];
    return typeof p === "number" ? p : 0;
  };
}

// action/cel/closure/int-ops.ts
init_define_MAESTRO_CODE_DIGESTS();
function checkedInt(n) {
  if (!Number.isSafeInteger(n)) err(`integer overflow (${n})`);
  return n + 0;
}
function ints(a, b, op) {
  if (typeof a !== "number" || typeof b !== "number")
    err(`\`${op}\` needs ints, got ${showValue(a)} and ${showValue(b)}`);
}
var INT_OPS = (() => {
  const ops = {
    mode: "int",
    kind: (v) => kindOf(v, "int"),
    admit: (v) => v,
    cmp(a, b) {
      if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
      return ordered(ops.kind(a), ops.kind(b), a, b);
    },
    add(a, b) {
      if (typeof a === "number" && typeof b === "number") return checkedInt(a + b);
      if (typeof a === "string" && typeof b === "string") return a + b;
      if (Array.isArray(a) && Array.isArray(b)) return a.concat(b);
      return err(`\`+\` is not defined for ${showValue(a)} and ${showValue(b)}`);
    },
    sub(a, b) {
      ints(a, b, "-");
      return checkedInt(a - b);
    },
    mul(a, b) {
      ints(a, b, "*");
      return checkedInt(a * b);
    },
    div(a, b) {
      ints(a, b, "/");
      if (b === 0) err("division by zero");
      return checkedInt(Math.trunc(a / b));
    },
    mod(a, b) {
      ints(a, b, "%");
      if (b === 0) err("modulus by zero");
      return checkedInt(a % b);
    },
    neg(a) {
      if (typeof a !== "number") err(`unary \`-\` needs an int, got ${showValue(a)}`);
      return checkedInt(-a);
    },
    intLiteral(v) {
      const n = Number(v);
      if (!Number.isSafeInteger(n)) err(`integer literal ${v} is outside \xB12^53`);
      return n;
    },
    isIntValue: (v) => typeof v === "number",
    makeMap(keys, vals) {
      if (keys.every((k) => typeof k === "string")) {
        const out = {};
        keys.forEach((k, i) => setProp(out, k, vals[i]));
        return out;
      }
      return new Map(keys.map((k, i) => [k, vals[i]]));
    }
  };
  Object.assign(ops, { eq: makeEq(ops) }, structural(ops));
  return ops;
})();

// action/cel/closure/json-ops.ts
init_define_MAESTRO_CODE_DIGESTS();
var INT64_MIN = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
function int64(n) {
  if (n < INT64_MIN || n > INT64_MAX) err("int overflow");
  return n;
}
function arith(a, b, op) {
  const ta = typeof a;
  const tb = typeof b;
  if (ta === "bigint" && tb === "bigint") return "int";
  if (ta === "number" && tb === "number") return "double";
  if ((ta === "bigint" || ta === "number" || ta === "string" || ta === "boolean" || a === null || Array.isArray(a)) && (tb === "bigint" || tb === "number" || tb === "string" || tb === "boolean" || b === null || Array.isArray(b)))
    return err(`no such overload: ${showValue(a)} ${op} ${showValue(b)}`);
  return refuse();
}
var JSON_OPS = (() => {
  const ops = {
    mode: "json",
    kind: (v) => kindOf(v, "json"),
    admit(v) {
      switch (typeof v) {
        case "number":
        case "string":
        case "boolean":
          return v;
        case "bigint":
          return v >= INT64_MIN && v <= INT64_MAX ? v : refuse();
        case "object":
          if (v === null || Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype)
            return v;
          return refuse();
        default:
          return refuse();
      }
    },
    cmp(a, b) {
      const ta = typeof a;
      const tb = typeof b;
      if (ta === "bigint" && tb === "bigint")
        return a < b ? -1 : a > b ? 1 : 0;
      if ((ta === "number" || ta === "bigint") && (tb === "number" || tb === "bigint")) {
        const x = Number(a);
        const y = Number(b);
        return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
      }
      const ka = ops.kind(a);
      const kb = ops.kind(b);
      if (ka === "other" || kb === "other") refuse();
      return ordered(ka, kb, a, b);
    },
    add(a, b) {
      if (typeof a === "string" && typeof b === "string") return a + b;
      if (Array.isArray(a) && Array.isArray(b)) return a.concat(b);
      return arith(a, b, "+") === "int" ? int64(a + b) : a + b;
    },
    sub(a, b) {
      return arith(a, b, "-") === "int" ? int64(a - b) : a - b;
    },
    mul(a, b) {
      return arith(a, b, "*") === "int" ? int64(a * b) : a * b;
    },
    div(a, b) {
      if (arith(a, b, "/") === "double") return a / b;
      if (b === 0n) err("division by zero");
      if (a === INT64_MIN && b === -1n) err("int overflow");
      return a / b;
    },
    mod(a, b) {
      if (arith(a, b, "%") === "double") return err("no such overload: double % double");
      if (b === 0n) err("modulus by zero");
      if (b === -1n) refuse();
      return a % b;
    },
    neg(a) {
      if (typeof a === "number") return -a;
      if (typeof a === "bigint") return int64(-a);
      return refuse();
    },
    intLiteral: (v) => v,
    isIntValue: (v) => typeof v === "bigint",
    makeMap(keys, vals) {
      if (!keys.every((k) => typeof k === "string") || new Set(keys).size !== keys.length) refuse();
      const out = {};
      keys.forEach((k, i) => setProp(out, k, vals[i]));
      return out;
    }
  };
  Object.assign(ops, { eq: makeEq(ops) }, structural(ops));
  return ops;
})();

// action/cel/closure/index.ts
function opsFor(mode) {
  return mode === "json" ? JSON_OPS : INT_OPS;
}
function compileClosure(source, opts) {
  const parsed = parseExpression(source, opts.maxLength ?? DEFAULT_MAX_LENGTH);
  const functions = opts.functions ?? {};
  for (const name of Object.keys(functions)) {
    if (BUILTIN_FUNCTIONS.includes(name))
      throw new CelCompileError(
        "type",
        `the standard function \`${name}\` cannot be redefined`,
        source,
        0
      );
  }
  const offsetOf = offsetFinder(parsed);
  const maxCost = opts.maxCost ?? DEFAULT_MAX_COST;
  const compiler = new Compiler({
    ops: opsFor(opts.mode),
    scope: opts.scope,
    functions,
    hook: opts.hook,
    maxDepth: opts.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxComprehensionNesting: opts.maxComprehensionNesting ?? DEFAULT_MAX_COMPREHENSION_NESTING,
    maxCost,
    offsetOf,
    source,
    dialect: opts.dialect ?? "here",
    qualified: opts.qualified
  });
  let out;
  try {
    out = compiler.compile(parsed.expr, /* @__PURE__ */ new Map(), 1, 0);
  } catch (thrown) {
    if (thrown instanceof RangeError)
      throw new CelCompileError(
        "limit",
        "the expression is nested too deeply to compile",
        source,
        0,
        thrown
      );
    throw thrown;
  }
  const root = out.fn;
  const hasLoops = compiler.loops > 0;
  const limits = { maxCost, maxEvalMs: opts.maxEvalMs ?? DEFAULT_MAX_EVAL_MS, clock: opts.clock };
  const fn = hasLoops ? (env) => withBudget(limits, root, env) : root;
  return {
    fn,
    type: out.t,
    reads: compiler.reads,
    slots: compiler.maxSlot,
    hasLoops,
    limits,
    ...out.known !== void 0 ? { known: out.known } : {},
    parsed,
    compiler,
    offsetOf
  };
}

// action/gates/modelcheck/access-paths.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/domain.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/finite-type.ts
init_define_MAESTRO_CODE_DIGESTS();
var MAX_ENUMERATED = 1 << 16;
function getBits(words, off, width) {
  if (width === 0) return 0;
  const w = off >>> 5;
  const b = off & 31;
  const lo = words[w] >>> b;
  if (b + width <= 32) return width === 32 ? lo >>> 0 : (lo & (1 << width) - 1) >>> 0;
  const hi = words[w + 1] << 32 - b;
  const v = (lo | hi) >>> 0;
  return width === 32 ? v : (v & (1 << width) - 1) >>> 0;
}
function setBits(words, off, width, value) {
  if (width === 0) return;
  const w = off >>> 5;
  const b = off & 31;
  const mask = width === 32 ? 4294967295 : (1 << width) - 1;
  const v = value & mask;
  words[w] = words[w] & ~(mask << b) | v << b;
  if (b + width > 32) {
    const spill = b + width - 32;
    const hiMask = (1 << spill) - 1;
    words[w + 1] = words[w + 1] & ~hiMask | v >>> 32 - b & hiMask;
  }
}
function bitsFor(size) {
  return size <= 1 ? 0 : Math.ceil(Math.log2(size));
}

// action/gates/modelcheck/values.ts
init_define_MAESTRO_CODE_DIGESTS();
var FnValue = class {
  constructor(dom, vals) {
    this.dom = dom;
    this.vals = vals;
  }
  dom;
  vals;
  /** The value at `key`, or `undefined` when `key` is outside the domain. */
  get(key) {
    const i = this.dom.indexOf(key);
    return i < 0 ? void 0 : this.vals[i];
  }
  /** The domain elements, in domain order. */
  keys() {
    return this.dom.values();
  }
};
var DomainError = class extends Error {
  name = "DomainError";
};
function isRecordValue(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof FnValue);
}
function show(v) {
  if (v instanceof FnValue) {
    return `{${v.keys().map((k, i) => `${show(k)}: ${show(v.vals[i])}`).join(", ")}}`;
  }
  if (Array.isArray(v)) return `[${v.map(show).join(", ")}]`;
  if (isRecordValue(v)) {
    return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${show(x)}`).join(", ")}}`;
  }
  if (typeof v === "string") return JSON.stringify(v);
  return String(v);
}
function toJson(v) {
  if (v instanceof FnValue) {
    const out = {};
    v.keys().forEach((k, i) => {
      out[String(k)] = toJson(v.vals[i]);
    });
    return out;
  }
  if (Array.isArray(v)) return v.map(toJson);
  if (isRecordValue(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return v;
}

// action/gates/modelcheck/scalar-types.ts
init_define_MAESTRO_CODE_DIGESTS();
var ScalarType = class {
  cache;
  width = -1;
  get bits() {
    if (this.width < 0) this.width = bitsFor(this.size);
    return this.width;
  }
  values() {
    if (this.cache === void 0) {
      const out = [];
      for (let i = 0; i < this.size; i++) out.push(this.valueAt(i));
      this.cache = out;
    }
    return this.cache;
  }
  write(v, words, off) {
    const i = this.indexOf(v);
    if (i < 0) throw new DomainError(`${show(v)} is not a value of ${this.describe()}`);
    setBits(words, off, this.bits, i);
  }
  read(words, off) {
    const i = getBits(words, off, this.bits);
    return this.size <= MAX_ENUMERATED ? this.values()[i] : this.valueAt(i);
  }
};
var BoolType = class extends ScalarType {
  kind = "bool";
  size = 2;
  describe() {
    return "bool";
  }
  indexOf(v) {
    return v === false ? 0 : v === true ? 1 : -1;
  }
  valueAt(i) {
    return i === 1;
  }
};
var IntType = class extends ScalarType {
  constructor(lo, hi) {
    super();
    this.lo = lo;
    this.hi = hi;
    this.size = hi - lo + 1;
  }
  lo;
  hi;
  kind = "int";
  size;
  describe() {
    return `int[${this.lo}..${this.hi}]`;
  }
  indexOf(v) {
    return typeof v === "number" && Number.isInteger(v) && v >= this.lo && v <= this.hi ? v - this.lo : -1;
  }
  valueAt(i) {
    return this.lo + i;
  }
};
var EnumType = class extends ScalarType {
  constructor(names) {
    super();
    this.names = names;
    this.size = names.length;
    this.index = new Map(names.map((n, i) => [n, i]));
  }
  names;
  kind = "enum";
  size;
  index;
  describe() {
    return `enum{${this.names.join(", ")}}`;
  }
  indexOf(v) {
    return typeof v === "string" ? this.index.get(v) ?? -1 : -1;
  }
  valueAt(i) {
    return this.names[i];
  }
};
var UnionType = class extends ScalarType {
  constructor(alternatives) {
    super();
    this.alternatives = alternatives;
    let n = 0;
    for (const alt of alternatives) {
      this.starts.push(n);
      n += alt.size;
    }
    this.size = n;
  }
  alternatives;
  kind = "union";
  size;
  starts = [];
  describe() {
    return this.alternatives.map((a) => a.describe()).join(" | ");
  }
  indexOf(v) {
    for (let a = 0; a < this.alternatives.length; a++) {
      const i = this.alternatives[a].indexOf(v);
      if (i >= 0) return this.starts[a] + i;
    }
    return -1;
  }
  valueAt(i) {
    for (let a = this.alternatives.length - 1; a >= 0; a--) {
      if (i >= this.starts[a]) return this.alternatives[a].values()[i - this.starts[a]];
    }
    return void 0;
  }
};

// action/gates/modelcheck/composite-types.ts
init_define_MAESTRO_CODE_DIGESTS();
var RecordType = class {
  constructor(fields) {
    this.fields = fields;
    this.names = [...fields.keys()];
    let size = 1;
    let bits = 0;
    for (const t of fields.values()) {
      this.offsets.push(bits);
      bits += t.bits;
      size *= t.size;
    }
    this.size = size;
    this.bits = bits;
  }
  fields;
  kind = "record";
  size;
  bits;
  offsets = [];
  names;
  cache;
  describe() {
    return `{${this.names.map((n) => `${n}: ${this.fields.get(n).describe()}`).join(", ")}}`;
  }
  indexOf(v) {
    if (!isRecordValue(v)) return -1;
    let n = 0;
    for (const _ in v) n++;
    if (n !== this.names.length) return -1;
    let idx = 0;
    for (const name of this.names) {
      if (!Object.hasOwn(v, name)) return -1;
      const t = this.fields.get(name);
      const i = t.indexOf(v[name]);
      if (i < 0) return -1;
      idx = idx * t.size + i;
    }
    return idx;
  }
  values() {
    if (this.cache === void 0) {
      let out = [{}];
      for (const name of this.names) {
        const vals = this.fields.get(name).values();
        const next = [];
        for (const partial of out) for (const val of vals) next.push({ ...partial, [name]: val });
        out = next;
      }
      this.cache = out.map((o) => Object.freeze(o));
    }
    return this.cache;
  }
  write(v, words, off) {
    if (!isRecordValue(v)) throw new DomainError(`${show(v)} is not a record ${this.describe()}`);
    const keys = Object.keys(v);
    if (keys.length !== this.names.length || !this.names.every((n) => Object.hasOwn(v, n))) {
      throw new DomainError(`${show(v)} does not have exactly the fields of ${this.describe()}`);
    }
    for (let f = 0; f < this.names.length; f++) {
      const name = this.names[f];
      this.fields.get(name).write(v[name], words, off + this.offsets[f]);
    }
  }
  read(words, off) {
    const out = {};
    for (let f = 0; f < this.names.length; f++) {
      out[this.names[f]] = this.fields.get(this.names[f]).read(words, off + this.offsets[f]);
    }
    return out;
  }
};
var SetType = class {
  constructor(elem) {
    this.elem = elem;
    this.bits = elem.size;
    this.size = 2 ** elem.size;
  }
  elem;
  kind = "set";
  size;
  bits;
  describe() {
    return `set<${this.elem.describe()}>`;
  }
  indexOf(v) {
    if (!Array.isArray(v) || this.elem.size > 30) return -1;
    let mask = 0;
    for (const e of v) {
      const i = this.elem.indexOf(e);
      if (i < 0) return -1;
      mask |= 1 << i;
    }
    return mask;
  }
  values() {
    const out = [];
    for (let m = 0; m < this.size; m++)
      out.push(this.elem.values().filter((_, i) => (m & 1 << i) !== 0));
    return out;
  }
  write(v, words, off) {
    if (!Array.isArray(v)) throw new DomainError(`${show(v)} is not a list (set values are lists)`);
    for (let i = 0; i < this.bits; i++) setBits(words, off + i, 1, 0);
    for (const e of v) {
      const i = this.elem.indexOf(e);
      if (i < 0)
        throw new DomainError(`${show(e)} is not a possible element of ${this.describe()}`);
      setBits(words, off + i, 1, 1);
    }
  }
  read(words, off) {
    const vals = this.elem.values();
    const out = [];
    for (let i = 0; i < this.bits; i++) if (getBits(words, off + i, 1) === 1) out.push(vals[i]);
    return out;
  }
};
var FunctionType = class {
  constructor(dom, range2) {
    this.dom = dom;
    this.range = range2;
    this.bits = dom.size * range2.bits;
    this.size = range2.size ** dom.size;
  }
  dom;
  range;
  kind = "function";
  size;
  bits;
  describe() {
    return `[${this.dom.describe()} -> ${this.range.describe()}]`;
  }
  indexOf(v) {
    if (!(v instanceof FnValue) && !(v instanceof Map) && !isRecordValue(v)) return -1;
    let idx = 0;
    for (const k of this.dom.values()) {
      const val = v instanceof FnValue ? v.get(k) : v instanceof Map ? v.get(k) : typeof k === "string" ? v[k] : void 0;
      const i = this.range.indexOf(val);
      if (i < 0) return -1;
      idx = idx * this.range.size + i;
    }
    return idx;
  }
  values() {
    let out = [[]];
    for (let k = 0; k < this.dom.size; k++) {
      const next = [];
      for (const partial of out) for (const r of this.range.values()) next.push([...partial, r]);
      out = next;
    }
    return out.map((vals) => new FnValue(this.dom, vals));
  }
  /** Bit offset of the entry for `key`, relative to the function's offset; -1 outside the domain. */
  entryOffset(key) {
    const i = this.dom.indexOf(key);
    return i < 0 ? -1 : i * this.range.bits;
  }
  write(v, words, off) {
    const keys = this.dom.values();
    if (v instanceof FnValue) {
      if (v.dom !== this.dom && v.keys().length !== keys.length) {
        throw new DomainError(`a function over ${v.dom.describe()} is not a ${this.describe()}`);
      }
      for (let i = 0; i < keys.length; i++) {
        this.range.write(
          v.dom === this.dom ? v.vals[i] : v.get(keys[i]),
          words,
          off + i * this.range.bits
        );
      }
      return;
    }
    if (v instanceof Map && v.size === keys.length) {
      for (let i = 0; i < keys.length; i++) {
        if (!v.has(keys[i]))
          throw new DomainError(
            `${show(v)} has no entry for ${show(keys[i])} of ${this.describe()}`
          );
        this.range.write(v.get(keys[i]), words, off + i * this.range.bits);
      }
      return;
    }
    if (isRecordValue(v) && keys.every((k) => typeof k === "string") && Object.keys(v).length === keys.length) {
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (!Object.hasOwn(v, k))
          throw new DomainError(`${show(v)} has no entry for ${show(k)} of ${this.describe()}`);
        this.range.write(v[k], words, off + i * this.range.bits);
      }
      return;
    }
    throw new DomainError(`${show(v)} is not a ${this.describe()}`);
  }
  read(words, off) {
    const vals = new Array(this.dom.size);
    for (let i = 0; i < vals.length; i++)
      vals[i] = this.range.read(words, off + i * this.range.bits);
    return new FnValue(this.dom, vals);
  }
};
var SeqType = class {
  constructor(elem, maxLength) {
    this.elem = elem;
    this.maxLength = maxLength;
    this.lenBits = bitsFor(maxLength + 1);
    this.bits = this.lenBits + maxLength * elem.bits;
    let size = 0;
    for (let n = 0; n <= maxLength; n++) size += elem.size ** n;
    this.size = size;
  }
  elem;
  maxLength;
  kind = "seq";
  size;
  bits;
  lenBits;
  describe() {
    return `seq<${this.elem.describe()}, max ${this.maxLength}>`;
  }
  indexOf(v) {
    if (!Array.isArray(v) || v.length > this.maxLength) return -1;
    let idx = 0;
    for (let n = 0; n < v.length; n++) idx += this.elem.size ** n;
    let within = 0;
    for (const e of v) {
      const i = this.elem.indexOf(e);
      if (i < 0) return -1;
      within = within * this.elem.size + i;
    }
    return idx + within;
  }
  values() {
    const out = [[]];
    let layer = [[]];
    for (let n = 1; n <= this.maxLength; n++) {
      const next = [];
      for (const p of layer) for (const e of this.elem.values()) next.push([...p, e]);
      out.push(...next);
      layer = next;
    }
    return out;
  }
  write(v, words, off) {
    if (!Array.isArray(v)) throw new DomainError(`${show(v)} is not a list`);
    if (v.length > this.maxLength) {
      throw new DomainError(
        `a sequence of length ${v.length} exceeds max_length ${this.maxLength} of ${this.describe()}`
      );
    }
    setBits(words, off, this.lenBits, v.length);
    for (let i = 0; i < this.maxLength; i++) {
      const at = off + this.lenBits + i * this.elem.bits;
      if (i < v.length) this.elem.write(v[i], words, at);
      else
        for (let b = 0; b < this.elem.bits; b += 32)
          setBits(words, at + b, Math.min(32, this.elem.bits - b), 0);
    }
  }
  read(words, off) {
    const n = getBits(words, off, this.lenBits);
    const out = new Array(n);
    for (let i = 0; i < n; i++)
      out[i] = this.elem.read(words, off + this.lenBits + i * this.elem.bits);
    return out;
  }
};

// action/gates/modelcheck/cel-type-of.ts
init_define_MAESTRO_CODE_DIGESTS();
function celTypeOf(t) {
  switch (t.kind) {
    case "bool":
      return BOOL;
    case "int":
      return INT;
    case "enum":
      return STRING;
    case "record": {
      const r = t;
      return {
        k: "record",
        fields: new Map([...r.fields].map(([n, ft]) => [n, celTypeOf(ft)])),
        partial: false
      };
    }
    case "set":
    case "seq":
      return { k: "list", elem: celTypeOf(t.elem) };
    case "function": {
      const f = t;
      return { k: "map", key: celTypeOf(f.dom), val: celTypeOf(f.range) };
    }
    case "union": {
      const alts = t.alternatives.map(celTypeOf);
      return joinTypes(alts);
    }
  }
}

// action/gates/modelcheck/access-paths.ts
function planOffset(plan) {
  const base = plan.base;
  const bad = (k, key) => {
    throw noSuchKey(k, key.first);
  };
  if (plan.keys.length === 1) {
    const key = plan.keys[0];
    const { lo, n, stride, src } = key;
    const at2 = (k) => {
      const i = k - lo;
      if (typeof k !== "number" || !(i >= 0 && i < n) || !Number.isInteger(i)) return bad(k, key);
      return base + i * stride;
    };
    if ("p" in src) {
      const pi = src.p;
      return (env) => at2(env.p[pi]);
    }
    if ("l" in src) {
      const slot = src.l;
      return (env) => at2(env.l[slot]);
    }
    const fn = src.fn;
    return (env) => at2(fn(env));
  }
  if (plan.keys.length !== 2) return void 0;
  const [a, b] = plan.keys;
  const at = (x, y) => {
    const i = x - a.lo;
    if (typeof x !== "number" || !(i >= 0 && i < a.n) || !Number.isInteger(i)) return bad(x, a);
    const j = y - b.lo;
    if (typeof y !== "number" || !(j >= 0 && j < b.n) || !Number.isInteger(j)) return bad(y, b);
    return base + i * a.stride + j * b.stride;
  };
  const [sa, sb] = [a.src, b.src];
  if ("p" in sa && "p" in sb) {
    const [pa, pb] = [sa.p, sb.p];
    return (env) => at(env.p[pa], env.p[pb]);
  }
  if ("p" in sa && "l" in sb) {
    const [pa, lb] = [sa.p, sb.l];
    return (env) => at(env.p[pa], env.l[lb]);
  }
  if ("l" in sa && "p" in sb) {
    const [la, pb] = [sa.l, sb.p];
    return (env) => at(env.l[la], env.p[pb]);
  }
  if ("l" in sa && "l" in sb) {
    const [la, lb] = [sa.l, sb.l];
    return (env) => at(env.l[la], env.l[lb]);
  }
  return void 0;
}
function noSuchKey(key, first) {
  return new CelRuntimeError(`no such key: ${first ? show(key) : showValue(key)}`);
}
function keyIndexer(dom) {
  if (dom instanceof IntType) {
    const lo = dom.lo;
    const n = dom.size;
    return (key) => {
      if (typeof key !== "number") return -1;
      const i = key - lo;
      return i >= 0 && i < n && Number.isInteger(i) ? i : -1;
    };
  }
  return (key) => dom.indexOf(key);
}
function accessPath(e, scope, ctx, level = 0) {
  if (e === void 0 || level > ctx.depthLeft) return void 0;
  const k = e.exprKind;
  if (k.case === "identExpr") {
    if (ctx.isLocal(k.value.name)) return void 0;
    const b = scope.lookup(k.value.name);
    if (b?.kind !== "var" || b.offset === void 0) return void 0;
    const off = b.offset;
    return {
      varIndex: b.index,
      leaf: b.type,
      fixed: off,
      stat: { off, heads: [] },
      offset: () => off
    };
  }
  if (k.case === "selectExpr") {
    if (k.value.testOnly) return void 0;
    const inner = accessPath(k.value.operand, scope, ctx, level + 1);
    if (inner === void 0 || !(inner.leaf instanceof RecordType)) return void 0;
    const rec = inner.leaf;
    const f = rec.names.indexOf(k.value.field);
    if (f < 0) return void 0;
    return shifted(inner, rec.offsets[f], rec.fields.get(k.value.field));
  }
  if (k.case !== "callExpr") return void 0;
  return pathOfCall(k.value.function, k.value.target, k.value.args, scope, ctx, level, e);
}
function pathOfCall(name, target, args, scope, ctx, level, node) {
  if (name === "_[_]" && target === void 0 && args.length === 2) {
    const inner = accessPath(args[0], scope, ctx, level + 1);
    if (inner === void 0 || !(inner.leaf instanceof FunctionType)) return void 0;
    const fnType = inner.leaf;
    const key = ctx.compile(args[1], level);
    const ct = celTypeOfFunction(fnType);
    if (!compatible(key.t, ct.key))
      ctx.fail(`a key of ${typeName(ct)} cannot be a ${typeName(key.t)}`, node);
    const first = args[0].exprKind.case === "identExpr";
    const index = keyIndexer(fnType.dom);
    const stride = fnType.range.bits;
    if (key.known !== void 0) {
      const i = index(key.known.value);
      if (i >= 0) return shifted(inner, i * stride, fnType.range);
    }
    const kf = key.fn;
    const prev = inner.offset;
    const dom = fnType.dom;
    const plan = inner.fixed !== void 0 ? { base: inner.fixed, keys: [] } : inner.plan;
    if (dom instanceof IntType && plan !== void 0 && plan.keys.length < 2) {
      const next = {
        base: plan.base,
        keys: [
          ...plan.keys,
          { src: keySource(args[1], key.fn, scope, ctx), lo: dom.lo, n: dom.size, stride, first }
        ]
      };
      const offset = planOffset(next);
      if (offset !== void 0)
        return {
          varIndex: inner.varIndex,
          leaf: fnType.range,
          fixed: void 0,
          offset,
          plan: next
        };
    }
    return {
      varIndex: inner.varIndex,
      leaf: fnType.range,
      fixed: void 0,
      offset: (env) => {
        const base = prev(env);
        const kv = kf(env);
        const i = index(kv);
        if (i < 0) throw noSuchKey(kv, first);
        return base + i * stride;
      }
    };
  }
  if (name === "head") {
    const s = target ?? (args.length === 1 ? args[0] : void 0);
    if (s === void 0 || target !== void 0 && args.length !== 0) return void 0;
    const inner = accessPath(s, scope, ctx, level + 1);
    if (inner === void 0 || !(inner.leaf instanceof SeqType)) return void 0;
    const seq = inner.leaf;
    const lenBits = seq.lenBits;
    const prev = inner.offset;
    const st = inner.stat;
    return {
      varIndex: inner.varIndex,
      leaf: seq.elem,
      fixed: void 0,
      ...st !== void 0 ? {
        stat: {
          off: st.off + lenBits,
          heads: [...st.heads, { off: st.off, width: lenBits }]
        }
      } : {},
      offset: (env) => {
        const off = prev(env);
        if (getBits(env.s, off, lenBits) === 0)
          throw new CelRuntimeError("head of an empty sequence");
        return off + lenBits;
      }
    };
  }
  return void 0;
}
function keySource(e, fn, scope, ctx) {
  if (e.exprKind.case === "identExpr") {
    const name = e.exprKind.value.name;
    if (ctx.isLocal(name)) {
      const slot = ctx.slotOf(name);
      if (slot !== void 0) return { l: slot };
    } else {
      const b = scope.lookup(name);
      if (b?.kind === "param") return { p: b.index };
    }
  }
  return { fn };
}
function shifted(p, by, leaf) {
  if (p.fixed !== void 0) {
    const off = p.fixed + by;
    return { varIndex: p.varIndex, leaf, fixed: off, stat: { off, heads: [] }, offset: () => off };
  }
  if (p.stat !== void 0) {
    const prev2 = p.offset;
    return {
      varIndex: p.varIndex,
      leaf,
      fixed: void 0,
      stat: { off: p.stat.off + by, heads: p.stat.heads },
      offset: (env) => prev2(env) + by
    };
  }
  if (p.plan !== void 0) {
    const plan = { base: p.plan.base + by, keys: p.plan.keys };
    const offset = planOffset(plan);
    if (offset !== void 0) return { varIndex: p.varIndex, leaf, fixed: void 0, offset, plan };
  }
  const prev = p.offset;
  return { varIndex: p.varIndex, leaf, fixed: void 0, offset: (env) => prev(env) + by };
}
function celTypeOfFunction(t) {
  return { k: "map", key: celTypeOf(t.dom), val: celTypeOf(t.range) };
}
function readNote(p) {
  const at = p.stat;
  if (at === void 0) return void 0;
  const leaf = p.leaf;
  if (leaf instanceof IntType) return { kind: "int", at, width: leaf.bits, lo: leaf.lo };
  if (leaf instanceof BoolType) return { kind: "bool", at };
  if (leaf instanceof EnumType) return { kind: "enum", at, width: leaf.bits, names: leaf.names };
  return void 0;
}
function readPath(p) {
  const leaf = p.leaf;
  const off = p.offset;
  const fixed = p.fixed;
  if (leaf instanceof IntType) {
    const bits = leaf.bits;
    const lo = leaf.lo;
    if (fixed !== void 0) return (env) => lo + getBits(env.s, fixed, bits);
    return (env) => lo + getBits(env.s, off(env), bits);
  }
  if (leaf instanceof BoolType) {
    if (fixed !== void 0) return (env) => getBits(env.s, fixed, 1) === 1;
    return (env) => getBits(env.s, off(env), 1) === 1;
  }
  if (leaf instanceof EnumType) {
    const names = leaf.names;
    const bits = leaf.bits;
    if (fixed !== void 0) return (env) => names[getBits(env.s, fixed, bits)];
    return (env) => names[getBits(env.s, off(env), bits)];
  }
  return (env) => leaf.read(env.s, off(env));
}
function sizeOfPath(p) {
  const leaf = p.leaf;
  const off = p.offset;
  if (leaf instanceof SeqType) {
    const lenBits = leaf.lenBits;
    const fixed = p.fixed;
    if (fixed !== void 0) return (env) => getBits(env.s, fixed, lenBits);
    return (env) => getBits(env.s, off(env), lenBits);
  }
  if (leaf instanceof SetType) {
    const n = leaf.bits;
    return (env) => {
      const at = off(env);
      const s = env.s;
      let count = 0;
      for (let b = 0; b < n; b += 32) {
        let x = getBits(s, at + b, Math.min(32, n - b));
        while (x !== 0) {
          x &= x - 1;
          count++;
        }
      }
      return count;
    };
  }
  return void 0;
}
function memberOfPath(p, x) {
  const leaf = p.leaf;
  if (!(leaf instanceof SetType)) return void 0;
  const elem = leaf.elem;
  const index = keyIndexer(elem);
  const off = p.offset;
  const xf = x.fn;
  if (x.known !== void 0) {
    const i = index(x.known.value);
    const fixed = p.fixed;
    if (i < 0) return (env) => (off(env), false);
    if (fixed !== void 0) return (env) => getBits(env.s, fixed + i, 1) === 1;
    return (env) => getBits(env.s, off(env) + i, 1) === 1;
  }
  return (env) => {
    const v = xf(env);
    const at = off(env);
    const i = index(v);
    return i >= 0 && getBits(env.s, at + i, 1) === 1;
  };
}
function pathCall(name, target, args, ctx, scope) {
  if (name === "size") {
    const s = target ?? (args.length === 1 ? args[0] : void 0);
    if (s === void 0 || target !== void 0 && args.length !== 0) return void 0;
    const p = accessPath(s, scope, ctx, 1);
    if (p === void 0) return void 0;
    const fn = sizeOfPath(p);
    if (fn === void 0) return void 0;
    ctx.noteRead(p.varIndex);
    if (p.stat !== void 0 && p.leaf instanceof SeqType) {
      const note = { kind: "size", at: p.stat, width: p.leaf.lenBits };
      return { t: INT, fn, note };
    }
    return { t: INT, fn };
  }
  if (name === "@in" && target === void 0 && args.length === 2) {
    const p = accessPath(args[1], scope, ctx, 1);
    if (p === void 0 || !(p.leaf instanceof SetType)) return void 0;
    const x = ctx.compile(args[0]);
    const ct = celTypeOf(p.leaf);
    if (ct.k === "list" && !compatible(x.t, ct.elem))
      ctx.fail(`\`in\`: a ${typeName(x.t)} can never be an element of ${typeName(ct)}`);
    const fn = memberOfPath(p, x);
    if (fn === void 0) return void 0;
    ctx.noteRead(p.varIndex);
    const i = x.known !== void 0 ? keyIndexer(p.leaf.elem)(x.known.value) : -1;
    if (p.stat !== void 0 && i >= 0) {
      const note = { kind: "member", at: { off: p.stat.off + i, heads: p.stat.heads } };
      return { t: BOOL, fn, note };
    }
    return { t: BOOL, fn };
  }
  if (name === "_[_]" || name === "head" || name === "@select") {
    const p = name === "@select" ? accessPath(args[0], scope, ctx) : pathOfCall(name, target, args, scope, ctx, 0);
    if (p === void 0) return void 0;
    ctx.noteRead(p.varIndex);
    const note = readNote(p);
    return { t: celTypeOf(p.leaf), fn: readPath(p), ...note !== void 0 ? { note } : {} };
  }
  return void 0;
}

// action/gates/modelcheck/update-writers.ts
init_define_MAESTRO_CODE_DIGESTS();
var MAX_COPIED_LENGTH = 1 << 12;
var BAIL = new DomainError("the update writer hands over to the general path");
function sameEncoding(a, b) {
  if (a === b) return true;
  if (a.kind !== b.kind || a.bits !== b.bits) return false;
  if (a instanceof BoolType) return true;
  if (a instanceof IntType && b instanceof IntType) return a.lo === b.lo && a.hi === b.hi;
  if (a instanceof EnumType && b instanceof EnumType)
    return a.names.length === b.names.length && a.names.every((n, i) => n === b.names[i]);
  if (a instanceof RecordType && b instanceof RecordType)
    return a.names.length === b.names.length && a.names.every((n, i) => n === b.names[i] && sameEncoding(a.fields.get(n), b.fields.get(n)));
  if (a instanceof SetType && b instanceof SetType) return sameEncoding(a.elem, b.elem);
  if (a instanceof FunctionType && b instanceof FunctionType)
    return sameEncoding(a.dom, b.dom) && sameEncoding(a.range, b.range);
  if (a instanceof SeqType && b instanceof SeqType)
    return a.maxLength === b.maxLength && sameEncoding(a.elem, b.elem);
  if (a instanceof UnionType && b instanceof UnionType)
    return a.alternatives.length === b.alternatives.length && a.alternatives.every((x, i) => sameEncoding(x, b.alternatives[i]));
  return false;
}
function copyBits(from, src, to, dst, n) {
  for (let b = 0; b < n; b += 32) {
    const w = Math.min(32, n - b);
    setBits(to, dst + b, w, getBits(from, src + b, w));
  }
}
function zeroBits(to, dst, n) {
  for (let b = 0; b < n; b += 32) setBits(to, dst + b, Math.min(32, n - b), 0);
}
function hasMacro(e) {
  if (e === void 0) return false;
  const k = e.exprKind;
  switch (k.case) {
    case "comprehensionExpr":
      return true;
    case "callExpr":
      return hasMacro(k.value.target) || k.value.args.some(hasMacro);
    case "selectExpr":
      return hasMacro(k.value.operand);
    case "listExpr":
      return k.value.elements.some(hasMacro);
    case "structExpr":
      return k.value.entries.some(
        (x) => hasMacro(x.value) || x.keyKind.case === "mapKey" && hasMacro(x.keyKind.value)
      );
    case "constExpr":
    case "identExpr":
    case void 0:
      return false;
  }
}
function writerOf(e, t, cx) {
  if (hasMacro(e)) return void 0;
  return special(e, t, cx);
}
function general(e, t, cx) {
  const fn = cx.compile(e).fn;
  return (env, succ, off) => t.write(fn(env), succ, off);
}
function pathOf(e, cx) {
  return accessPath(e, cx.scope, cx.hook);
}
function special(e, t, cx) {
  const k = e.exprKind;
  if (k.case === "callExpr") {
    const { function: name, target, args } = k.value;
    if (name === "_?_:_" && target === void 0 && args.length === 3) {
      const a = special(args[1], t, cx);
      const b = special(args[2], t, cx);
      if (a === void 0 && b === void 0) return void 0;
      const wa = a ?? general(args[1], t, cx);
      const wb = b ?? general(args[2], t, cx);
      const cf = cx.compile(args[0]).fn;
      return (env, succ, off) => {
        const c = cf(env);
        if (c === true) wa(env, succ, off);
        else if (c === false) wb(env, succ, off);
        else throw BAIL;
      };
    }
    const recv = target ?? args[0];
    const rest = target !== void 0 ? args : args.slice(1);
    if (name === "tail" && rest.length === 0 && t instanceof SeqType)
      return tailWriter(recv, t, cx);
    if (name === "append" && rest.length === 1 && t instanceof SeqType)
      return appendWriter(recv, rest[0], t, cx);
    if (name === "_+_" && target === void 0 && args.length === 2 && t instanceof SetType)
      return setAddWriter(args[0], args[1], t, cx);
  }
  if (k.case === "structExpr" && t instanceof RecordType) return recordWriter(e, t, cx);
  const p = pathOf(e, cx);
  if (p !== void 0 && sameEncoding(p.leaf, t)) {
    const n = t.bits;
    const po = p.offset;
    return (env, succ, off) => copyBits(env.s, po(env), succ, off, n);
  }
  return void 0;
}
function seqPath(e, t, cx) {
  if (t.maxLength > MAX_COPIED_LENGTH) return void 0;
  const p = pathOf(e, cx);
  return p !== void 0 && sameEncoding(p.leaf, t) ? p : void 0;
}
function tailWriter(e, t, cx) {
  const p = seqPath(e, t, cx);
  if (p === void 0) return void 0;
  const { lenBits, maxLength } = t;
  const eb = t.elem.bits;
  const po = p.offset;
  return (env, succ, off) => {
    const s = env.s;
    const at = po(env);
    const len = getBits(s, at, lenBits);
    if (len === 0) throw BAIL;
    setBits(succ, off, lenBits, len - 1);
    copyBits(s, at + lenBits + eb, succ, off + lenBits, (len - 1) * eb);
    zeroBits(succ, off + lenBits + (len - 1) * eb, (maxLength - len + 1) * eb);
  };
}
function appendWriter(e, x, t, cx) {
  const p = seqPath(e, t, cx);
  if (p === void 0) return void 0;
  const { lenBits, maxLength } = t;
  const elem = t.elem;
  const eb = elem.bits;
  const wx = special(x, elem, cx) ?? general(x, elem, cx);
  const po = p.offset;
  return (env, succ, off) => {
    const s = env.s;
    const at = po(env);
    const len = getBits(s, at, lenBits);
    if (len >= maxLength) throw BAIL;
    copyBits(s, at, succ, off, t.bits);
    setBits(succ, off, lenBits, len + 1);
    wx(env, succ, off + lenBits + len * eb);
  };
}
function setAddWriter(l, r, t, cx) {
  if (r.exprKind.case !== "listExpr" || r.exprKind.value.optionalIndices.length > 0)
    return void 0;
  const p = pathOf(l, cx);
  if (p === void 0 || !sameEncoding(p.leaf, t)) return void 0;
  const elem = t.elem;
  const fns = r.exprKind.value.elements.map((x) => cx.compile(x).fn);
  const po = p.offset;
  const n = t.bits;
  return (env, succ, off) => {
    copyBits(env.s, po(env), succ, off, n);
    for (let i = 0; i < fns.length; i++) {
      const at = elem.indexOf(fns[i](env));
      if (at < 0) throw BAIL;
      setBits(succ, off + at, 1, 1);
    }
  };
}
function recordWriter(e, t, cx) {
  const k = e.exprKind;
  if (k.case !== "structExpr" || k.value.messageName !== "") return void 0;
  const byName = /* @__PURE__ */ new Map();
  for (const entry of k.value.entries) {
    if (entry.keyKind.case !== "mapKey" || entry.value === void 0 || entry.optionalEntry)
      return void 0;
    const kc = entry.keyKind.value.exprKind;
    if (kc.case !== "constExpr" || kc.value.constantKind.case !== "stringValue") return void 0;
    const name = kc.value.constantKind.value;
    if (byName.has(name) || !t.fields.has(name)) return void 0;
    byName.set(name, entry.value);
  }
  if (byName.size !== t.names.length) return void 0;
  const fields = t.names.map((name, f) => {
    const ft = t.fields.get(name);
    const x = byName.get(name);
    return { w: special(x, ft, cx) ?? general(x, ft, cx), at: t.offsets[f] };
  });
  return (env, succ, off) => {
    for (let f = 0; f < fields.length; f++) fields[f].w(env, succ, off + fields[f].at);
  };
}
function eachWriter(t, index, inner) {
  const keys = t.dom.values();
  const stride = t.range.bits;
  const p = new Array(index + 1);
  return (env, succ, off) => {
    const saved = env.p;
    for (let i = 0; i < index; i++) p[i] = saved[i];
    env.p = p;
    try {
      for (let i = 0; i < keys.length; i++) {
        p[index] = keys[i];
        inner(env, succ, off + i * stride);
      }
    } finally {
      env.p = saved;
    }
  };
}
function targetOffset(base, steps) {
  let fixed = base;
  const keys = [];
  for (const step2 of steps) {
    if (step2.kind === "field") {
      const c = step2.container;
      const add = c.offsets[c.names.indexOf(step2.name)];
      if (keys.length === 0) fixed += add;
      else keys[keys.length - 1].after += add;
    } else {
      const dom = step2.container.dom;
      keys.push({
        fn: step2.fn,
        index: indexer(dom),
        stride: step2.container.range.bits,
        after: 0,
        dom
      });
    }
  }
  const bad = (key, dom) => {
    throw new DomainError(
      `key ${JSON.stringify(toJson(key))} is not in the domain ${dom.describe()}`
    );
  };
  if (keys.length === 0) return () => fixed;
  if (keys.length === 1) {
    const { fn, index, stride, after, dom } = keys[0];
    return (env) => {
      const k = fn(env);
      const i = index(k);
      if (i < 0) bad(k, dom);
      return fixed + i * stride + after;
    };
  }
  if (keys.length === 2) {
    const [a, b] = keys;
    return (env) => {
      const x = a.fn(env);
      const i = a.index(x);
      if (i < 0) bad(x, a.dom);
      const y = b.fn(env);
      const j = b.index(y);
      if (j < 0) bad(y, b.dom);
      return fixed + i * a.stride + a.after + j * b.stride + b.after;
    };
  }
  return (env) => {
    let off = fixed;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j];
      const k = key.fn(env);
      const i = key.index(k);
      if (i < 0) bad(k, key.dom);
      off += i * key.stride + key.after;
    }
    return off;
  };
}
function indexer(dom) {
  if (dom instanceof IntType) {
    const { lo, size } = dom;
    return (k) => {
      if (typeof k !== "number") return -1;
      const i = k - lo;
      return i >= 0 && i < size && Number.isInteger(i) ? i : -1;
    };
  }
  return (k) => dom.indexOf(k);
}

// action/gates/modelcheck/expr.ts
var ExprError = class extends Error {
  constructor(code, message, offset) {
    super(message);
    this.code = code;
    this.offset = offset;
  }
  code;
  offset;
  name = "ExprError";
};
function celTypeOfValue(v) {
  if (typeof v === "boolean") return BOOL;
  if (typeof v === "number") return INT;
  if (typeof v === "string") return STRING;
  if (Array.isArray(v)) return { k: "list", elem: joinTypes(v.map(celTypeOfValue)) };
  if (v instanceof FnValue) return { k: "map", key: DYN, val: DYN };
  if (isRecordValue(v)) {
    return {
      k: "record",
      fields: new Map(Object.entries(v).map(([n, x]) => [n, celTypeOfValue(x)])),
      partial: false
    };
  }
  return DYN;
}
var INT_OPS2 = opsFor("int");
function compileExpr(source, scope, setVar, options = {}) {
  const celScope = {
    lookup: (name) => bindingOf(scope.lookup(name)),
    known: () => scope.known()
  };
  let compiled;
  try {
    compiled = compileClosure(source, {
      mode: "int",
      scope: celScope,
      hook: hookFor(scope),
      dialect: "in specs",
      ...options.functions === void 0 ? {} : { functions: options.functions }
    });
  } catch (thrown) {
    if (thrown instanceof CelCompileError) {
      throw thrown.kind === "syntax" ? new ExprError("MC_SPEC_UNPARSEABLE", `CEL syntax error: ${thrown.detail}`, thrown.offset) : thrown.kind === "limit" ? new ExprError("MC_SPEC_UNPARSEABLE", thrown.detail, thrown.offset) : new ExprError("MC_TYPE_ERROR", thrown.detail, thrown.offset);
    }
    throw thrown;
  }
  const result = {
    fn: compiled.fn,
    type: compiled.type,
    reads: compiled.reads,
    slots: compiled.slots,
    ...compiled.known !== void 0 ? { known: compiled.known } : {},
    ...compiled.compiler.foldedLoops ? { foldedLoops: true } : {}
  };
  if (options.source === true && result.known === void 0) {
    const compiler = compiled.compiler;
    result.source = {
      expr: compiled.parsed.expr,
      compile: (x) => compiler.compile(x, /* @__PURE__ */ new Map(), 1, 0),
      scope,
      budget: compiled.hasLoops ? compiled.limits : void 0,
      foldsLoops: (f) => {
        const before = compiler.foldedLoops;
        compiler.foldedLoops = false;
        f();
        const folded = compiler.foldedLoops;
        compiler.foldedLoops = before || folded;
        return folded;
      }
    };
  }
  if (options.target !== void 0) {
    const compiler = compiled.compiler;
    const hook = {
      compile: (x, deeper = 0) => compiler.compile(x, /* @__PURE__ */ new Map(), 2 + deeper, 0),
      // The whole expression compiled within the limits, so its parts do.
      depthLeft: Number.MAX_SAFE_INTEGER,
      isLocal: () => false,
      slotOf: () => void 0,
      noteRead: () => void 0,
      fail: (message) => {
        throw new ExprError("MC_TYPE_ERROR", message, 0);
      }
    };
    const write = writerOf(compiled.parsed.expr, options.target, {
      scope,
      hook,
      compile: (x) => hook.compile(x)
    });
    if (write !== void 0) result.write = write;
  }
  if (setVar !== void 0) {
    const k = compiled.parsed.expr.exprKind;
    if (k.case === "callExpr" && k.value.function === "_+_" && k.value.target === void 0) {
      const [left, right] = k.value.args;
      if (left?.exprKind.case === "identExpr" && left.exprKind.value.name === setVar && right?.exprKind.case === "listExpr") {
        const sb = scope.lookup(setVar);
        if (sb?.kind === "var" && sb.type instanceof SetType) {
          const compile = (x) => compiled.compiler.compile(x, /* @__PURE__ */ new Map(), 1, 0);
          const elem = sb.type.elem;
          result.added = right.exprKind.value.elements.map((x) => {
            const indexer2 = recordIndexer(x, elem, compile);
            if (indexer2 !== void 0) return indexer2;
            const fn = compile(x).fn;
            return (env) => elem.indexOf(fn(env));
          });
        }
      }
    }
  }
  return result;
}
function bindingOf(b) {
  if (b === void 0) return void 0;
  switch (b.kind) {
    case "var": {
      const i = b.index;
      return {
        kind: "closure",
        t: celTypeOf(b.type),
        reads: i,
        fn: (env) => {
          const x = env.v[i];
          return x !== void 0 ? x : env.load(i);
        }
      };
    }
    case "const":
      return { kind: "value", value: b.value, t: b.t };
    case "param": {
      const i = b.index;
      return { kind: "closure", t: b.t, fn: (env) => env.p[i] };
    }
    case "let":
      return { kind: "closure", t: b.t, fn: b.fn };
  }
}
function hookFor(scope) {
  const stateVar = (e, isLocal) => e?.exprKind.case === "identExpr" && !isLocal(e.exprKind.value.name) ? scope.lookup(e.exprKind.value.name) : void 0;
  return (name, target, args, ctx) => {
    if (name === "@in" && target === void 0 && args.length === 2) {
      const sb = stateVar(args[1], ctx.isLocal);
      if (sb?.kind === "var" && sb.type instanceof SetType) {
        const elem = sb.type.elem;
        const vi = sb.index;
        const indexer2 = recordIndexer(args[0], elem, ctx.compile);
        if (indexer2 !== void 0) {
          const x = ctx.compile(args[0]);
          const ct = celTypeOf(sb.type);
          if (ct.k === "list" && !compatible(x.t, ct.elem))
            ctx.fail(`\`in\`: a ${typeName(x.t)} can never be an element of ${typeName(ct)}`);
          ctx.noteRead(vi);
          const known = indexer2.known;
          if (known !== void 0) {
            if (known < 0) return { t: BOOL, fn: () => false };
            const off = sb.offset;
            if (off !== void 0) {
              const note = { kind: "member", at: { off: off + known, heads: [] } };
              return { t: BOOL, fn: (env) => getBits(env.s, off + known, 1) === 1, note };
            }
            return { t: BOOL, fn: (env) => env.has(vi, known) };
          }
          return {
            t: BOOL,
            fn: (env) => {
              const i = indexer2(env);
              return i >= 0 && env.has(vi, i);
            }
          };
        }
      }
    }
    return pathCall(name, target, args, ctx, scope);
  };
}
function recordIndexer(e, elem, compile) {
  const k = e.exprKind;
  if (k.case !== "structExpr" || k.value.messageName !== "") return void 0;
  const names = [];
  for (const entry of k.value.entries) {
    if (entry.keyKind.case !== "mapKey" || entry.value === void 0) return void 0;
    const kc = entry.keyKind.value.exprKind;
    if (kc.case !== "constExpr" || kc.value.constantKind.case !== "stringValue") return void 0;
    names.push(kc.value.constantKind.value);
  }
  let offset = 0;
  let record;
  const alts = elem instanceof UnionType ? elem.alternatives : [elem];
  for (const alt of alts) {
    if (alt instanceof RecordType && alt.names.length === names.length && names.every((n) => alt.fields.has(n))) {
      record = alt;
      break;
    }
    offset += alt.size;
  }
  if (record === void 0) return void 0;
  const fns = /* @__PURE__ */ new Map();
  k.value.entries.forEach((entry, i) => {
    fns.set(names[i], compile(entry.value));
  });
  const fields = record.names.map((n) => ({ type: record.fields.get(n), fn: fns.get(n).fn }));
  if (record.names.every((n) => fns.get(n).known !== void 0)) {
    let idx = 0;
    let inType = true;
    for (const n of record.names) {
      const type = record.fields.get(n);
      const i = type.indexOf(fns.get(n).known.value);
      if (i < 0) inType = false;
      idx = idx * type.size + i;
    }
    const known = inType ? offset + idx : -1;
    return Object.assign(() => known, { known });
  }
  return (env) => {
    let idx = 0;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f];
      const i = field.type.indexOf(field.fn(env));
      if (i < 0) return -1;
      idx = idx * field.type.size + i;
    }
    return offset + idx;
  };
}

// action/gates/modelcheck/init-choices.ts
init_define_MAESTRO_CODE_DIGESTS();
var MAX_CACHED_WORDS = 1 << 20;
function hasValues(t) {
  if (t instanceof FunctionType) return hasValues(t.range);
  if (t instanceof RecordType) return [...t.fields.values()].every(hasValues);
  return t.size > 0;
}
function leavesOf(t, off, out) {
  if (t instanceof FunctionType) {
    for (let i = 0; i < t.dom.size; i++)
      if (!leavesOf(t.range, off + i * t.range.bits, out)) return false;
    return true;
  }
  if (t instanceof RecordType) {
    for (let f = 0; f < t.names.length; f++)
      if (!leavesOf(t.fields.get(t.names[f]), off + t.offsets[f], out)) return false;
    return true;
  }
  if (t instanceof SetType && (t.elem instanceof IntType || t.elem instanceof BoolType)) {
    for (let c = Math.ceil(t.bits / 32) - 1; c >= 0; c--) {
      const width = Math.min(32, t.bits - c * 32);
      out.push({ off: off + c * 32, width, size: 2 ** width, codes: void 0 });
    }
    return true;
  }
  if (t.bits > 32) return false;
  if (t instanceof IntType || t instanceof BoolType) {
    out.push({ off, width: t.bits, size: t.size, codes: void 0 });
    return true;
  }
  if (t.size > MAX_ENUMERATED) return false;
  const vals = t.values();
  const codes = new Uint32Array(vals.length);
  const scratch = new Uint32Array(1);
  for (let i = 0; i < vals.length; i++) {
    scratch[0] = 0;
    t.write(vals[i], scratch, 0);
    codes[i] = scratch[0];
  }
  out.push({ off, width: t.bits, size: vals.length, codes });
  return true;
}
function typeChoice(type, off) {
  const leaves = [];
  if (!leavesOf(type, off, leaves)) return void 0;
  const empty = !hasValues(type);
  const n = leaves.length;
  const offs = Int32Array.from(leaves, (l) => l.off);
  const widths = Int32Array.from(leaves, (l) => l.width);
  const sizes = Float64Array.from(leaves, (l) => l.size);
  const codes = leaves.map((l) => l.codes);
  const at = new Float64Array(n);
  let dirty = 0;
  return {
    first() {
      at.fill(0);
      dirty = 0;
      return !empty;
    },
    next() {
      for (let k = n - 1; k >= 0; k--) {
        if (++at[k] < sizes[k]) {
          if (k < dirty) dirty = k;
          return true;
        }
        at[k] = 0;
      }
      dirty = 0;
      return false;
    },
    write(words) {
      for (let k = dirty; k < n; k++) {
        const c = codes[k];
        setBits(words, offs[k], widths[k], c === void 0 ? at[k] : c[at[k]]);
      }
      dirty = n;
    }
  };
}
var PackedReplay = class {
  constructor(chunks, enabled) {
    this.chunks = chunks;
    this.enabled = enabled;
    this.codes = new Uint32Array(enabled ? chunks * 4 : 0);
  }
  chunks;
  enabled;
  codes;
  /** Values recorded so far (all of them once `complete`). */
  count = 0;
  complete = false;
  /** True when the first pass is recorded whole: later passes replay it. */
  get ready() {
    return this.enabled && this.complete;
  }
  /** Records the next value's `chunks` words from `from`, unless the first pass is over. */
  add(from) {
    if (!this.enabled || this.complete) return;
    const chunks = this.chunks;
    if ((this.count + 1) * chunks > MAX_CACHED_WORDS) {
      this.enabled = false;
      this.codes = new Uint32Array(0);
      return;
    }
    if ((this.count + 1) * chunks > this.codes.length) {
      const grown2 = new Uint32Array(this.codes.length * 2);
      grown2.set(this.codes);
      this.codes = grown2;
    }
    this.codes.set(from.subarray(0, chunks), this.count * chunks);
    this.count++;
  }
  /** Writes recorded value `i` into `words` at bit offset `off` (`bits` wide). */
  write(words, i, off, bits) {
    copyChunks(words, off, bits, this.codes, i * this.chunks);
  }
};
function copyChunks(words, off, bits, from, base) {
  for (let c = 0; c * 32 < bits; c++)
    setBits(words, off + c * 32, Math.min(32, bits - c * 32), from[base + c]);
}
function withReplay(replay2, live, off, bits) {
  let replaying = false;
  let i = 0;
  return {
    first() {
      if (replay2.ready) {
        replaying = true;
        i = 0;
        return replay2.count > 0;
      }
      replaying = false;
      return live.first();
    },
    next() {
      return replaying ? ++i < replay2.count : live.next();
    },
    write(words) {
      if (replaying) replay2.write(words, i, off, bits);
      else live.write(words);
    }
  };
}
function valueChoice(source, type, off, cache2) {
  const bits = type.bits;
  const chunks = Math.max(Math.ceil(bits / 32), 1);
  const scratch = new Uint32Array(chunks);
  const replay2 = new PackedReplay(chunks, cache2);
  let it;
  let cur;
  const advance = () => {
    const r = it.next();
    if (r.done === true) {
      replay2.complete = true;
      return false;
    }
    cur = r.value;
    return true;
  };
  const live = {
    first() {
      it = source();
      return advance();
    },
    next: advance,
    write(words) {
      scratch.fill(0);
      type.write(cur, scratch, 0);
      copyChunks(words, off, bits, scratch, 0);
      replay2.add(scratch);
    }
  };
  return withReplay(replay2, live, off, bits);
}
function filteredChoice(inner, off, bits, words, accept, cache2) {
  const state2 = new Uint32Array(words);
  const chunks = Math.max(Math.ceil(bits / 32), 1);
  const own = new Uint32Array(chunks);
  const replay2 = new PackedReplay(chunks, cache2);
  const seek = (more) => {
    for (; more; more = inner.next()) {
      inner.write(state2);
      if (!accept(state2)) continue;
      for (let c = 0; c < chunks; c++)
        own[c] = getBits(state2, off + c * 32, Math.min(32, bits - c * 32));
      replay2.add(own);
      return true;
    }
    replay2.complete = true;
    return false;
  };
  const live = {
    first: () => seek(inner.first()),
    next: () => seek(inner.next()),
    write: (target) => copyChunks(target, off, bits, own, 0)
  };
  return withReplay(replay2, live, off, bits);
}

// action/gates/modelcheck/state-env.ts
init_define_MAESTRO_CODE_DIGESTS();
function stateEnv(model, words) {
  const vars = model.vars;
  const env = {
    v: new Array(vars.length).fill(void 0),
    s: words,
    p: [],
    l: new Array(model.slots + 4),
    load: (i) => {
      const x = vars[i].type.read(env.s, vars[i].offset);
      env.v[i] = x;
      return x;
    },
    has: (i, elem) => getBits(env.s, vars[i].offset + elem, 1) === 1
  };
  return env;
}

// action/gates/modelcheck/step-failure.ts
init_define_MAESTRO_CODE_DIGESTS();
var StepFailure = class extends Error {
  constructor(kind, message, location) {
    super(message);
    this.kind = kind;
    this.location = location;
  }
  kind;
  location;
  /** The transition being taken when it failed, when it failed inside one. */
  step;
};
function evalFailure(thrown, loc, what) {
  if (thrown instanceof DomainError)
    return new StepFailure("domain", `${what}: ${thrown.message}`, loc);
  const msg = thrown instanceof Error ? thrown.message : String(thrown);
  return new StepFailure("eval", `${what}: ${msg}`, loc);
}

// action/gates/modelcheck/type-values.ts
init_define_MAESTRO_CODE_DIGESTS();
function* typeValues(t) {
  if (t instanceof FunctionType) {
    const range2 = [...typeValues(t.range)];
    const n = t.dom.size;
    if (range2.length === 0) return;
    const at = new Array(n).fill(0);
    for (; ; ) {
      yield new FnValue(
        t.dom,
        at.map((i) => range2[i])
      );
      let k = n - 1;
      while (k >= 0 && ++at[k] >= range2.length) at[k--] = 0;
      if (k < 0) return;
    }
  }
  if (t instanceof RecordType) {
    const lists = t.names.map((name) => [...typeValues(t.fields.get(name))]);
    if (lists.some((l) => l.length === 0)) return;
    const at = new Array(lists.length).fill(0);
    for (; ; ) {
      const out = {};
      t.names.forEach((name, i) => out[name] = lists[i][at[i]]);
      yield out;
      let k = lists.length - 1;
      while (k >= 0 && ++at[k] >= lists[k].length) at[k--] = 0;
      if (k < 0) return;
    }
  }
  yield* t.values();
}

// action/gates/modelcheck/initial-states.ts
function* initialStates(model, inModel, reuse = false) {
  const env = {
    v: [],
    s: new Uint32Array(model.words),
    p: [],
    l: new Array(model.slots + 4),
    load: () => void 0,
    has: () => false
  };
  const vars = model.vars;
  const n = vars.length;
  const constraints = model.constraints;
  for (const block of model.init) {
    const fails = vars.map(
      (v, vi) => (thrown) => evalFailure(thrown, block[vi].loc, `initial value of \`${v.name}\``)
    );
    const choices = vars.map((v, vi) => {
      const rule = block[vi];
      const fail = fails[vi];
      let base;
      try {
        if (rule.kind === "eq") {
          const one = [rule.fn(env)];
          base = () => one;
        } else if (rule.kind === "in") {
          const list2 = rule.fn(env);
          if (!Array.isArray(list2))
            throw new CelRuntimeError(`\`in\` must give a list, got a ${typeof list2}`);
          const items = list2;
          base = () => items;
        } else if (rule.kind === "each") {
          const fnType = v.type;
          const vals = fnType.dom.values().map((k) => {
            env.p = [k];
            return rule.fn(env);
          });
          const one = [new FnValue(fnType.dom, vals)];
          base = () => one;
        } else {
          const direct = typeChoice(v.type, v.offset);
          if (direct !== void 0 && rule.where === void 0) return direct;
          const onState = rule.whereOnState;
          if (direct !== void 0 && onState !== void 0) {
            const fenv = stateEnv(model, new Uint32Array(model.words));
            const accept = (state2) => {
              fenv.s = state2;
              fenv.v[vi] = void 0;
              let ok;
              try {
                ok = onState(fenv);
              } catch (thrown) {
                throw fail(thrown);
              }
              return ok === true;
            };
            return filteredChoice(direct, v.offset, v.type.bits, model.words, accept, vi > 0);
          }
          base = () => typeValues(v.type);
        }
      } catch (thrown) {
        throw fail(thrown);
      }
      const where = rule.kind === "in" || rule.kind === "all" ? rule.where : void 0;
      const cache2 = vi > 0;
      if (where === void 0)
        return valueChoice(() => base()[Symbol.iterator](), v.type, v.offset, cache2);
      return valueChoice(
        function* filtered() {
          for (const x of base()) {
            env.p = [x];
            let ok;
            try {
              ok = where(env);
            } catch (thrown) {
              throw fail(thrown);
            }
            if (ok === true) yield x;
          }
        },
        v.type,
        v.offset,
        cache2
      );
    });
    let empty = false;
    for (let k = 0; k < n; k++) if (!choices[k].first()) empty = true;
    if (empty) continue;
    const words = new Uint32Array(model.words);
    const writeFrom = (k) => {
      for (let vi = k; vi < n; vi++) {
        try {
          choices[vi].write(words);
        } catch (thrown) {
          throw fails[vi](thrown);
        }
      }
    };
    writeFrom(0);
    for (; ; ) {
      if (constraints.length === 0 || inModel(words)) yield reuse ? words : words.slice();
      let k = n - 1;
      for (; k >= 0; k--) {
        if (choices[k].next()) break;
        if (k > 0) choices[k].first();
      }
      if (k < 0) break;
      writeFrom(k);
    }
  }
}
function initialCountHint(model) {
  let total = 0;
  for (const block of model.init) {
    let n = 1;
    for (let vi = 0; vi < model.vars.length; vi++) {
      const rule = block[vi];
      if (rule.kind === "all" && rule.where === void 0) n *= model.vars[vi].type.size;
      else if (rule.kind !== "eq" && rule.kind !== "each") return 0;
    }
    total += n;
  }
  return total;
}

// action/gates/modelcheck/traces.ts
init_define_MAESTRO_CODE_DIGESTS();
function paramsOf(action, tuple) {
  const out = {};
  action.params.forEach((p, i) => {
    out[p.name] = toJson(tuple[i]);
  });
  return out;
}
function nthSuccessor(t, state2, want) {
  let k = 0;
  let found;
  t.successors(state2, (succ, action, tuple) => {
    if (k++ === want) {
      found = { words: succ.slice(), action, tuple };
      return true;
    }
    return false;
  });
  return found;
}
function replay(t, table, id, visit) {
  const chain = [];
  for (let x = id; x >= 0; x = table.parent[x]) chain.unshift(x);
  let state2 = t.initialState(table.ord[chain[0]]);
  visit?.(state2, null, []);
  for (let i = 1; i < chain.length; i++) {
    const found = nthSuccessor(t, state2, table.ord[chain[i]]);
    if (found === void 0)
      throw new MaestroError("MC_INTERNAL_ERROR", "internal: counterexample replay diverged");
    state2 = found.words;
    visit?.(state2, found.action, found.tuple);
  }
  return state2;
}
function traceTo(t, table, id) {
  const steps = [];
  replay(
    t,
    table,
    id,
    (words, action, tuple) => steps.push({
      index: steps.length + 1,
      action: action?.name ?? null,
      params: action !== null ? paramsOf(action, tuple) : {},
      state: t.stateJson(words)
    })
  );
  return steps;
}
function wordsOf(t, table, id) {
  return replay(t, table, id);
}

// action/gates/modelcheck/search-common.ts
function searchLimits(model, options) {
  return {
    maxStates: options.maxStates ?? model.bounds.max_states ?? Number.POSITIVE_INFINITY,
    maxDepth: options.maxDepth ?? model.bounds.max_depth ?? Number.POSITIVE_INFINITY,
    timeMs: options.timeMs ?? (model.bounds.time_seconds !== void 0 ? model.bounds.time_seconds * 1e3 : Number.POSITIVE_INFINITY)
  };
}
function searchStats(table, generated2, depth, elapsedMs, extraBytes, stateWords) {
  const durationMs = Math.max(elapsedMs, 1e-3);
  const n = table.count;
  return {
    distinct: n,
    generated: generated2,
    depth,
    durationMs: Math.round(durationMs * 1e3) / 1e3,
    distinctPerSecond: Math.round(n / durationMs * 1e3),
    generatedPerSecond: Math.round(generated2 / durationMs * 1e3),
    collisionProbability: n * n / 2 ** 65,
    bytesPerState: n === 0 ? 0 : Math.round((table.bytes() + extraBytes) / n),
    stateWords
  };
}
var MAX_SEED_RESERVE = 1 << 18;
async function seedInitialStates(t, table, frontier, limits, elapsed, signal) {
  const W = t.model.words;
  const hint = Math.min(initialCountHint(t.model), limits.maxStates, MAX_SEED_RESERVE);
  if (hint > 0) {
    table.reserve(hint);
    frontier.reserve(hint);
  }
  const states = initialStates(t.model, (words) => t.inModel(words), true);
  const seeded = { generated: 0, stop: void 0 };
  for (; ; ) {
    const more = seedChunk(states, W, table, frontier, limits.maxStates, seeded);
    if (!more || seeded.stop !== void 0) return seeded;
    if (signal?.aborted) return { ...seeded, stop: "aborted" };
    if (elapsed() > limits.timeMs) return { ...seeded, stop: "time" };
    await new Promise((resolve2) => setImmediate(resolve2));
  }
}
function seedChunk(states, W, table, frontier, maxStates, seeded) {
  let generated2 = seeded.generated;
  try {
    for (; ; ) {
      const r = states.next();
      if (r.done === true) return false;
      const s = r.value;
      generated2++;
      fingerprint(s, W);
      const id = table.insert(h1, h2, -1, generated2 - 1);
      if (id >= 0) frontier.push(s, id);
      if (table.count >= maxStates) {
        seeded.stop = "states";
        return false;
      }
      if ((generated2 & 4095) === 0) return true;
    }
  } finally {
    seeded.generated = generated2;
  }
}
function stepFailureViolation(t, table, parentId, f, step2) {
  const trace = parentId >= 0 ? traceTo(t, table, parentId) : [];
  if (step2 !== void 0) trace.push({ index: trace.length + 1, ...step2, state: {} });
  return { kind: f.kind, message: f.message, location: f.location, trace };
}

// action/gates/modelcheck/liveness.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/scc.ts
init_define_MAESTRO_CODE_DIGESTS();
var GraphScratch = class {
  constructor(graph, n) {
    this.graph = graph;
    this.seen = new Int32Array(n);
    this.onStack = new Int32Array(n);
    this.index = new Int32Array(n);
    this.low = new Int32Array(n);
    this.prevEdge = new Int32Array(n);
    this.prevNode = new Int32Array(n);
  }
  graph;
  stamp = 0;
  seen;
  onStack;
  index;
  low;
  prevEdge;
  prevNode;
  /** The strongly connected components of the states `nodes` for which `inSet` holds. */
  components(nodes, inSet) {
    const { edges, start } = this.graph;
    const stamp = ++this.stamp;
    const { seen, onStack, index, low } = this;
    const out = [];
    const stack = [];
    const callV = [];
    const callE = [];
    let counter = 0;
    const enter = (v) => {
      seen[v] = stamp;
      onStack[v] = stamp;
      index[v] = low[v] = counter++;
      stack.push(v);
      callV.push(v);
      callE.push(start[v]);
    };
    for (const root of nodes) {
      if (seen[root] === stamp || !inSet(root)) continue;
      enter(root);
      while (callV.length > 0) {
        const top = callV.length - 1;
        const v = callV[top];
        const end = start[v + 1];
        let e = callE[top];
        let descended = false;
        for (; e < end; e++) {
          const w = edges[e];
          if (w < 0 || w === v || !inSet(w)) continue;
          if (seen[w] !== stamp) {
            callE[top] = e + 1;
            enter(w);
            descended = true;
            break;
          }
          if (onStack[w] === stamp && index[w] < low[v]) low[v] = index[w];
        }
        if (descended) continue;
        callV.pop();
        callE.pop();
        if (low[v] === index[v]) {
          const comp = [];
          for (; ; ) {
            const x = stack.pop();
            onStack[x] = 0;
            comp.push(x);
            if (x === v) break;
          }
          out.push(comp);
        }
        if (callV.length > 0) {
          const u = callV[callV.length - 1];
          if (low[v] < low[u]) low[u] = low[v];
        }
      }
    }
    return out;
  }
  /**
   * The shortest path from `from` to a state satisfying `isTarget`, moving only through states
   * satisfying `inSet`: the edge indices taken, or `undefined` when there is none. A `from`
   * that is itself a target gives `[]` unless `nonEmpty` asks for at least one step.
   */
  path(from, inSet, isTarget, nonEmpty = false) {
    const { edges, start } = this.graph;
    if (!nonEmpty && isTarget(from)) return [];
    const stamp = ++this.stamp;
    const { seen, prevEdge, prevNode } = this;
    seen[from] = stamp;
    const queue = [from];
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head];
      for (let e = start[u]; e < start[u + 1]; e++) {
        const w = edges[e];
        if (w < 0 || w === u || !inSet(w)) continue;
        if (isTarget(w)) {
          const out = [e];
          for (let x = u; x !== from; x = prevNode[x]) out.unshift(prevEdge[x]);
          return out;
        }
        if (seen[w] === stamp) continue;
        seen[w] = stamp;
        prevEdge[w] = e;
        prevNode[w] = u;
        queue.push(w);
      }
    }
    return void 0;
  }
};

// action/gates/modelcheck/liveness.ts
function fairnessUnits(t, graph) {
  const units = [];
  const byLabel = graph.labelInfo.map(() => []);
  for (const f of t.model.fairness) {
    const perValue = /* @__PURE__ */ new Map();
    let whole = -1;
    graph.labelInfo.forEach((info, label) => {
      if (!f.actions.includes(info.action)) return;
      let u;
      if (f.per === void 0) {
        if (whole < 0) whole = units.push({ kind: f.kind }) - 1;
        u = whole;
      } else {
        const v = info.values.get(f.per.name);
        u = perValue.get(v) ?? units.push({ kind: f.kind }) - 1;
        perValue.set(v, u);
      }
      byLabel[label].push(u);
    });
  }
  return { units, byLabel };
}
function checkTemporal(t, n, graph, isInitial) {
  const props = t.model.properties;
  if (props.length === 0) return void 0;
  const { edges, start, labels, flags } = graph;
  const { units, byLabel } = fairnessUnits(t, graph);
  const U = units.length;
  const K = Math.max(1, Math.ceil(U / 32));
  const edgeUnits = (e) => labels.length > 0 ? byLabel[labels[e]] : [];
  const enabled = new Uint32Array(n * K);
  for (let s = 0; s < n; s++)
    for (let e = start[s]; e < start[s + 1]; e++) {
      const w = edges[e];
      if (w < 0 || w === s) continue;
      for (const u of edgeUnits(e)) enabled[s * K + (u >>> 5)] |= 1 << (u & 31);
    }
  const isEnabled = (s, u) => (enabled[s * K + (u >>> 5)] & 1 << (u & 31)) !== 0;
  const stutters = (s) => {
    for (let k = 0; k < K; k++) if (enabled[s * K + k] !== 0) return false;
    return true;
  };
  const scratch = new GraphScratch(graph, n);
  const R = t.model.responses.length;
  const rstart = new Int32Array(n + 1);
  for (let s = 0; s < n; s++)
    for (let e = start[s]; e < start[s + 1]; e++) {
      const w = edges[e];
      if (w >= 0 && w !== s) rstart[w + 1]++;
    }
  for (let s = 0; s < n; s++) rstart[s + 1] += rstart[s];
  const preds = new Int32Array(rstart[n]);
  const fill = rstart.slice(0, n);
  for (let s = 0; s < n; s++)
    for (let e = start[s]; e < start[s + 1]; e++) {
      const w = edges[e];
      if (w >= 0 && w !== s) preds[fill[w]++] = s;
    }
  for (let pi = 0; pi < props.length; pi++) {
    const prop = props[pi];
    const col = R + pi;
    const bad = new Uint8Array(n);
    for (let s = 0; s < n; s++) bad[s] = (flags[s * graph.stride + col] & 2) === 0 ? 1 : 0;
    const fair = new Uint8Array(n);
    const comp = new Int32Array(n).fill(-1);
    const components = [];
    for (let s = 0; s < n; s++) if (bad[s] === 1 && stutters(s)) fair[s] = 1;
    const work = scratch.components(range(n), (v) => bad[v] === 1);
    while (work.length > 0) {
      const c = work.pop();
      if (c.length < 2) continue;
      const member = new Set(c);
      const taken = /* @__PURE__ */ new Set();
      for (const s of c)
        for (let e = start[s]; e < start[s + 1]; e++) {
          const w = edges[e];
          if (w !== s && member.has(w)) for (const u of edgeUnits(e)) taken.add(u);
        }
      let unfair = false;
      const strongUntaken = [];
      for (let u = 0; u < U && !unfair; u++) {
        if (taken.has(u)) continue;
        if (units[u].kind === "weak") unfair = c.every((s) => isEnabled(s, u));
        else if (c.some((s) => isEnabled(s, u))) strongUntaken.push(u);
      }
      if (unfair) continue;
      if (strongUntaken.length > 0) {
        const keep = c.filter((s) => strongUntaken.every((u) => !isEnabled(s, u)));
        const kept = new Set(keep);
        work.push(...scratch.components(keep, (v) => kept.has(v)));
        continue;
      }
      const id = components.push({ states: c, taken }) - 1;
      for (const s of c) {
        comp[s] = id;
        if (fair[s] === 0) fair[s] = 2;
      }
    }
    const doomed = new Uint8Array(n);
    const queue = [];
    for (let s = 0; s < n; s++)
      if (fair[s] !== 0) {
        doomed[s] = 1;
        queue.push(s);
      }
    for (let head = 0; head < queue.length; head++) {
      const w = queue[head];
      for (let i = rstart[w]; i < rstart[w + 1]; i++) {
        const s = preds[i];
        if (bad[s] === 1 && doomed[s] === 0) {
          doomed[s] = 1;
          queue.push(s);
        }
      }
    }
    let from = -1;
    for (let s = 0; s < n && from < 0; s++) {
      if (doomed[s] === 0) continue;
      if (prop.kind === "eventually" ? isInitial(s) : (flags[s * graph.stride + col] & 1) !== 0)
        from = s;
    }
    if (from < 0) continue;
    const s0 = from;
    return (table) => {
      const trace = traceTo(t, table, s0);
      let words = wordsOf(t, table, s0);
      let cur = s0;
      const step2 = (e, marker) => {
        const found = nthSuccessor(t, words, e - start[cur]);
        words = found.words;
        cur = edges[e];
        const entry2 = {
          index: trace.length + 1,
          action: found.action.name,
          params: paramsOf(found.action, found.tuple),
          state: marker !== void 0 ? trace[marker - 1].state : t.stateJson(words)
        };
        if (marker !== void 0) entry2.back_to = marker;
        trace.push(entry2);
      };
      const inBad = (v) => bad[v] === 1;
      for (const e of scratch.path(s0, inBad, (v) => fair[v] !== 0)) step2(e);
      if (fair[cur] === 1) {
        trace.push({
          index: trace.length + 1,
          action: null,
          params: {},
          state: trace[trace.length - 1].state,
          stuttering: true
        });
        return violation(prop, trace, `stutters in state ${trace.length - 1} forever`);
      }
      const c = components[comp[cur]];
      const member = new Set(c.states);
      const inC = (v) => member.has(v);
      const entry = cur;
      const entryIndex = trace.length;
      const loop = [];
      let at = cur;
      const walk = (path) => {
        for (const e of path ?? []) {
          loop.push(e);
          at = edges[e];
        }
      };
      for (let u = 0; u < U; u++) {
        if (c.taken.has(u)) {
          const src = (v) => hasEdge(v, u, inC);
          walk(scratch.path(at, inC, src));
          const e = edgeOf(at, u, inC);
          loop.push(e);
          at = edges[e];
        } else if (units[u].kind === "weak" && isEnabled(at, u)) {
          walk(scratch.path(at, inC, (v) => !isEnabled(v, u)));
        }
      }
      walk(scratch.path(at, inC, (v) => v === entry, loop.length === 0));
      for (let i = 0; i < loop.length; i++)
        step2(loop[i], i === loop.length - 1 ? entryIndex : void 0);
      return violation(prop, trace, `loops back to state ${entryIndex}`);
    };
  }
  return void 0;
  function hasEdge(v, u, inC) {
    return edgeOf(v, u, inC) >= 0;
  }
  function edgeOf(v, u, inC) {
    for (let e = start[v]; e < start[v + 1]; e++) {
      const w = edges[e];
      if (w !== v && w >= 0 && inC(w) && edgeUnits(e).includes(u)) return e;
    }
    return -1;
  }
}
function* range(n) {
  for (let i = 0; i < n; i++) yield i;
}
function violation(prop, trace, end) {
  const what = prop.kind === "eventually" ? `\`eventually\` never holds on a fair behaviour` : `a state where \`when\` holds is not followed by one where \`leads_to\` holds on a fair behaviour`;
  return {
    kind: "liveness",
    message: `property ${prop.name} is violated: ${what} (the behaviour then ${end})`,
    property: prop,
    location: prop.loc,
    trace
  };
}

// action/gates/modelcheck/responses.ts
init_define_MAESTRO_CODE_DIGESTS();
function checkResponses(t, n, graph) {
  const { edges, start: edgeStart, flags } = graph;
  const R = graph.stride;
  for (let r = 0; r < t.model.responses.length; r++) {
    const resp = t.model.responses[r];
    const layers = [];
    let w = new Uint8Array(n);
    for (let s = 0; s < n; s++) w[s] = (flags[s * R + r] & 2) !== 0 ? 1 : 0;
    layers.push(w);
    for (let k = 1; k <= resp.within; k++) {
      const nw = new Uint8Array(n);
      for (let s = 0; s < n; s++) {
        if (w[s] === 1) {
          nw[s] = 1;
          continue;
        }
        const a = edgeStart[s];
        const b = edgeStart[s + 1];
        let all = 0;
        for (let e = a; e < b; e++) {
          const to = edges[e];
          if (to < 0) continue;
          if (w[to] === 0) {
            all = 0;
            break;
          }
          all = 1;
        }
        nw[s] = all;
      }
      w = nw;
      layers.push(w);
    }
    for (let s = 0; s < n; s++) {
      if ((flags[s * R + r] & 1) !== 0 && w[s] === 0) {
        return (table) => {
          const trace = traceTo(t, table, s);
          let cur = s;
          let words = wordsOf(t, table, s);
          for (let k = resp.within; k >= 1; k--) {
            const a = edgeStart[cur];
            const b = edgeStart[cur + 1];
            let pick = -1;
            for (let e = a; e < b; e++)
              if (edges[e] >= 0 && layers[k - 1][edges[e]] === 0) {
                pick = e - a;
                cur = edges[e];
                break;
              }
            if (pick < 0) break;
            const found = nthSuccessor(t, words, pick);
            if (found !== void 0) {
              words = found.words;
              trace.push({
                index: trace.length + 1,
                action: found.action.name,
                params: paramsOf(found.action, found.tuple),
                state: t.stateJson(words)
              });
            }
          }
          return {
            kind: "response",
            message: `response ${resp.name} is violated: a state where \`when\` holds is not followed by \`then\` within ${resp.within} step(s) on every path (the trace continues from that state along a path that avoids \`then\`${edgeStart[cur + 1] === edgeStart[cur] ? " and ends where no action is enabled" : ""})`,
            response: resp,
            location: resp.loc,
            trace
          };
        };
      }
    }
  }
  return void 0;
}

// action/gates/modelcheck/state-graph.ts
init_define_MAESTRO_CODE_DIGESTS();
function grown(a, n) {
  if (n <= a.length) return a;
  let len = Math.max(a.length, 1024);
  while (len < n) len *= 2;
  const b = new a.constructor(len);
  b.set(a);
  return b;
}
var StateGraph = class {
  constructor(model) {
    this.model = model;
    const withLabels = model.fairness.length > 0;
    this.labels = new Int32Array(withLabels ? 1024 : 0);
    this.conditions = [
      ...model.responses.map((r) => ({
        name: r.name,
        when: r.when,
        then: r.then,
        loc: r.loc,
        what: `response ${r.name}`
      })),
      ...model.properties.map((p) => ({
        name: p.name,
        when: p.when,
        then: p.then,
        loc: p.loc,
        what: `property ${p.name}`
      }))
    ];
    this.flags = new Uint8Array(1024 * Math.max(1, this.conditions.length));
    this.perParams = model.actions.map((_, ai) => [
      ...new Set(
        model.fairness.flatMap(
          (f) => f.per !== void 0 && f.actions.includes(ai) ? [f.per.name] : []
        )
      )
    ]);
  }
  model;
  /** Successor ids; `-1` for a successor outside the state constraints. */
  edges = new Int32Array(1024);
  /** Per edge, the fairness label of its transition (only with fairness rules). */
  labels;
  edgeCount = 0;
  /** Edges of state `s` are `edges[start[s] .. start[s + 1])`. */
  start = new Int32Array(1024);
  /** Per state and condition pair: bit 1 `when` holds, bit 2 `then` holds. */
  flags;
  conditions;
  /** Label ids by key (action index and the values of the parameters fairness splits on). */
  labelKeys = /* @__PURE__ */ new Map();
  /** Per label: its action and the values of its `per` parameters. */
  labelInfo = [];
  perParams;
  /** Number of condition pairs per state (responses first, then properties). */
  get stride() {
    return this.conditions.length;
  }
  /** Starts the edges of state `id`. */
  begin(id) {
    this.start = grown(this.start, id + 2);
    this.start[id] = this.edgeCount;
  }
  /** Ends the edges of state `id`. */
  end(id) {
    this.start[id + 1] = this.edgeCount;
  }
  /** Records an edge to `target` (or `-1`) taken by `action` with `tuple`. */
  add(target, action, actionIndex, tuple) {
    const e = this.edgeCount++;
    this.edges = grown(this.edges, e + 1);
    this.edges[e] = target;
    if (this.labels.length > 0) {
      this.labels = grown(this.labels, e + 1);
      this.labels[e] = this.label(action, actionIndex, tuple);
    }
  }
  label(action, actionIndex, tuple) {
    const per = this.perParams[actionIndex];
    if (per.length === 0) {
      const key2 = String(actionIndex);
      let id2 = this.labelKeys.get(key2);
      if (id2 === void 0) {
        id2 = this.labelInfo.length;
        this.labelKeys.set(key2, id2);
        this.labelInfo.push({ action: actionIndex, values: /* @__PURE__ */ new Map() });
      }
      return id2;
    }
    const values = /* @__PURE__ */ new Map();
    for (const name of per) {
      const i = action.params.findIndex((p) => p.name === name);
      values.set(name, JSON.stringify(toJson(tuple[i])));
    }
    const key = `${actionIndex}\0${[...values.values()].join("\0")}`;
    let id = this.labelKeys.get(key);
    if (id === void 0) {
      id = this.labelInfo.length;
      this.labelKeys.set(key, id);
      this.labelInfo.push({ action: actionIndex, values });
    }
    return id;
  }
  /** Evaluates every condition pair on state `id` (decoded in `env`). */
  evaluate(id, env) {
    const n = this.conditions.length;
    this.flags = grown(this.flags, (id + 1) * n);
    for (let r = 0; r < n; r++) {
      const c = this.conditions[r];
      let p = true;
      let q;
      try {
        if (c.when !== void 0) p = c.when(env);
        q = c.then(env);
      } catch (thrown) {
        return evalFailure(thrown, c.loc, c.what);
      }
      if (typeof p !== "boolean" || typeof q !== "boolean") {
        return new StepFailure(
          "eval",
          r < this.model.responses.length ? `${c.what}: when/then must be bools` : `${c.what}: its conditions must be bools`,
          c.loc
        );
      }
      this.flags[id * n + r] = (p ? 1 : 0) | (q ? 2 : 0);
    }
    return void 0;
  }
  /** Bytes held by the graph. */
  bytes() {
    return this.edges.byteLength + this.start.byteLength + this.flags.byteLength + this.labels.byteLength;
  }
};

// action/gates/modelcheck/transitions.ts
init_define_MAESTRO_CODE_DIGESTS();
var Transitions = class {
  constructor(model) {
    this.model = model;
    this.words = model.words;
    this.env = stateEnv(model, new Uint32Array(this.words));
    this.succ = new Uint32Array(this.words);
    this.cenv = stateEnv(model, this.env.s);
    this.constraintBits = constraintBits(model);
  }
  model;
  /** The environment of the current state (variables decoded on first use). */
  env;
  succ;
  words;
  // A second environment for state constraints on successors, so checking one does not
  // discard the decoded variables of the state being expanded.
  cenv;
  /** The initial states (packed), in a deterministic order, generated one at a time. */
  initialStates() {
    return initialStates(this.model, (words) => this.inModel(words));
  }
  /** Makes `words` the current state; variables are decoded on first use. */
  decode(words) {
    this.env.s = words;
    this.env.v.fill(void 0);
  }
  /** The decoded state as plain JSON, for traces. */
  stateJson(words) {
    const out = {};
    for (const v of this.model.vars) out[v.name] = toJson(v.type.read(words, v.offset));
    return out;
  }
  /**
   * Bit ranges (offset, width) of the variables the state constraints read, or undefined when
   * some constraint's reads are unknown.
   */
  constraintBits;
  /**
   * True when `words` satisfies every state constraint (TLC's CONSTRAINT). `parent`, when
   * given, is a state known to satisfy them (the state being expanded): a successor with the
   * same bits in every variable the constraints read gives the same answer without evaluating.
   */
  inModel(words, parent) {
    const ranges = this.constraintBits;
    if (parent !== void 0 && ranges !== void 0 && sameBits(words, parent, ranges))
      return true;
    this.cenv.s = words;
    this.cenv.v.fill(void 0);
    for (const c of this.model.constraints) {
      let ok;
      try {
        ok = c.fn(this.cenv);
      } catch (thrown) {
        throw evalFailure(thrown, c.loc, `state constraint \`${c.source}\``);
      }
      if (ok !== true) {
        if (ok !== false)
          throw new StepFailure("eval", `state constraint \`${c.source}\` is not a bool`, c.loc);
        return false;
      }
    }
    return true;
  }
  /** The `n`-th initial state (0-based), regenerated. */
  initialState(n) {
    let i = 0;
    for (const s of this.initialStates()) if (i++ === n) return s;
    throw new MaestroError("MC_INTERNAL_ERROR", "internal: initial state replay diverged");
  }
  /**
   * Enumerates the successors of `state` in a fixed order (actions in spec order, parameter
   * tuples in declaration order). Returns the number of enabled transitions. `onSucc` may return
   * true to stop early.
   */
  successors(state2, onSucc, decoded = false) {
    if (!decoded) this.decode(state2);
    this.interrupted = false;
    this.enabled = 0;
    for (const action of this.model.actions) {
      const tuples = action.tuples;
      if (tuples !== void 0) {
        const guardAt = action.guardAt;
        const guards = action.tupleGuards;
        if (guardAt !== void 0) {
          for (let t = 0; t < tuples.length; t++)
            if (this.fireAt(action, guardAt, t, tuples[t], state2, onSucc)) return this.enabled;
        } else if (guards !== void 0) {
          for (let t = 0; t < tuples.length; t++)
            if (this.fire(action, guards[t], tuples[t], state2, onSucc)) return this.enabled;
        } else
          for (let t = 0; t < tuples.length; t++)
            if (this.fire(action, action.guard, tuples[t], state2, onSucc)) return this.enabled;
      } else if (this.lazyTuples(action, state2, onSucc)) return this.enabled;
    }
    return this.enabled;
  }
  /** Number of transitions enabled so far in the current `successors` call. */
  enabled = 0;
  /** Set when `interrupt` stopped the current `successors` call. */
  interrupted = false;
  /** Asked every few thousand lazily enumerated tuples; true stops the expansion (a bound). */
  interrupt;
  /** {@link fire} with the guard of tuple `t` from the action's generated guard function. */
  fireAt(action, guardAt, t, tuple, state2, onSucc) {
    const env = this.env;
    env.p = tuple;
    let g;
    try {
      g = guardAt(env, t);
    } catch (thrown) {
      throw evalFailure(thrown, action.loc, `guard of \`${action.name}\``);
    }
    if (!holds(g, action)) return false;
    return this.take(action, tuple, state2, onSucc);
  }
  /** Takes one transition if its guard holds; true when `onSucc` asked to stop. */
  fire(action, guard, tuple, state2, onSucc) {
    const env = this.env;
    env.p = tuple;
    if (guard !== void 0) {
      let g;
      try {
        g = guard(env);
      } catch (thrown) {
        throw evalFailure(thrown, action.loc, `guard of \`${action.name}\``);
      }
      if (!holds(g, action)) return false;
    }
    return this.take(action, tuple, state2, onSucc);
  }
  /** Takes one enabled transition; true when `onSucc` asked to stop. */
  take(action, tuple, state2, onSucc) {
    this.enabled++;
    const succ = this.succ;
    for (let w = 0; w < succ.length; w++) succ[w] = state2[w];
    const updates = action.updates;
    try {
      for (let u = 0; u < updates.length; u++) this.apply(updates[u], action);
    } catch (thrown) {
      if (thrown instanceof StepFailure) thrown.step = { action, tuple };
      throw thrown;
    }
    return onSucc(succ, action, tuple) === true;
  }
  /**
   * Enumerates an action's parameter tuples one at a time (each parameter's list evaluated with
   * the earlier parameters bound), so a large product is never listed. True when stopped.
   */
  lazyTuples(action, state2, onSucc) {
    const params = action.params;
    const n = params.length;
    const lists = new Array(n);
    const at = new Array(n).fill(0);
    const tuple = new Array(n);
    const list2 = (k) => {
      const p = params[k];
      if (p.constant !== void 0) return p.constant;
      this.env.p = tuple.slice(0, k);
      let value;
      try {
        value = p.fn(this.env);
      } catch (thrown) {
        throw evalFailure(thrown, p.loc, `parameter \`${p.name}\` of \`${action.name}\``);
      }
      const items = Array.isArray(value) ? value : value instanceof FnValue ? value.keys() : void 0;
      if (items === void 0) {
        throw new StepFailure(
          "eval",
          `parameter \`${p.name}\` of \`${action.name}\` did not evaluate to a list`,
          p.loc
        );
      }
      return items;
    };
    if (n === 0) return this.fire(action, action.guard, [], state2, onSucc);
    const descend = (from) => {
      for (let k = from; k < n; k++) {
        const items = list2(k);
        if (items.length === 0) return k;
        lists[k] = items;
        at[k] = 0;
        tuple[k] = items[0];
      }
      return n;
    };
    let filled = descend(0);
    let count = 0;
    for (; ; ) {
      if (filled === n) {
        if (this.fire(action, action.guard, tuple.slice(), state2, onSucc)) return true;
        if ((++count & 4095) === 0 && this.interrupt?.() === true) {
          this.interrupted = true;
          return true;
        }
      }
      let k = filled === n ? n - 1 : filled - 1;
      while (k >= 0 && at[k] + 1 >= lists[k].length) k--;
      if (k < 0) return false;
      at[k]++;
      tuple[k] = lists[k][at[k]];
      filled = descend(k + 1);
    }
  }
  apply(u, action) {
    const env = this.env;
    let off = this.model.vars[u.varIndex].offset;
    try {
      if (u.offset !== void 0) off = u.offset(env);
      else
        for (const step2 of u.steps) {
          if (step2.kind === "key") {
            const key = step2.fn(env);
            const rel = step2.container.entryOffset(key);
            if (rel < 0)
              throw new DomainError(
                `key ${JSON.stringify(toJson(key))} is not in the domain ${step2.container.dom.describe()}`
              );
            off += rel;
          } else {
            const c = step2.container;
            off += c.offsets[c.names.indexOf(step2.name)];
          }
        }
      const leaf = u.leaf;
      if (u.added !== void 0 && leaf instanceof SetType) {
        const added = u.added;
        for (let i = 0; i < added.length; i++) {
          const at = added[i](env);
          if (at < 0) {
            const bad = u.fn(env).find((x) => leaf.elem.indexOf(x) < 0);
            throw new DomainError(`${show(bad)} is not a possible element of ${leaf.describe()}`);
          }
          setBits(this.succ, off + at, 1, 1);
        }
        return;
      }
      const write = u.write;
      if (write === void 0) {
        leaf.write(u.fn(env), this.succ, off);
        return;
      }
      try {
        write(env, this.succ, off);
        return;
      } catch {
        leaf.write(u.fn(env), this.succ, off);
      }
    } catch (thrown) {
      throw evalFailure(thrown, u.loc, `action \`${action.name}\` updating \`${u.target}\``);
    }
    throw new MaestroError(
      "MC_INTERNAL_ERROR",
      `internal: the fast update of \`${u.target}\` failed where the general one did not`
    );
  }
};
function constraintBits(model) {
  const out = [];
  for (const c of model.constraints) {
    if (c.reads === void 0) return void 0;
    for (const i of c.reads) out.push(model.vars[i].offset, model.vars[i].type.bits);
  }
  return out;
}
function sameBits(a, b, ranges) {
  for (let r = 0; r < ranges.length; r += 2) {
    const off = ranges[r];
    const n = ranges[r + 1];
    for (let k = 0; k < n; k += 32) {
      const w = Math.min(32, n - k);
      if (getBits(a, off + k, w) !== getBits(b, off + k, w)) return false;
    }
  }
  return true;
}
function holds(g, action) {
  if (g === true) return true;
  if (g === false) return false;
  throw new StepFailure(
    "eval",
    `the guard of \`${action.name}\` evaluated to a non-bool value`,
    action.loc
  );
}

// action/gates/modelcheck/checker.ts
var Checker = class extends Transitions {
  /** Runs the search. */
  async run(options = {}) {
    const clock = options.clock ?? (() => performance.now());
    const started = clock();
    const model = this.model;
    const W = this.words;
    const limits = searchLimits(model, options);
    const { maxStates, maxDepth, timeMs } = limits;
    const table = new StateTable();
    let generated2 = 0;
    let depth = 0;
    let peakFrontierBytes = 0;
    const graph = model.responses.length + model.properties.length > 0 ? new StateGraph(model) : void 0;
    const actionIndex = new Map(model.actions.map((a, i) => [a, i]));
    const stats = () => searchStats(
      table,
      generated2,
      depth,
      clock() - started,
      peakFrontierBytes + (graph?.bytes() ?? 0),
      W
    );
    const result = (status, extra = {}) => ({
      spec: model.name,
      file: model.file,
      status,
      ...extra,
      stats: stats()
    });
    const failure2 = (f, parentId) => result("violation", {
      violation: stepFailureViolation(
        this,
        table,
        parentId,
        f,
        f.step && { action: f.step.action.name, params: paramsOf(f.step.action, f.step.tuple) }
      )
    });
    let frontier = new Frontier(W);
    let bound;
    try {
      const seeded = await seedInitialStates(
        this,
        table,
        frontier,
        limits,
        () => clock() - started,
        options.signal
      );
      generated2 = seeded.generated;
      if (seeded.stop === "aborted") return result("aborted");
      bound = seeded.stop;
    } catch (thrown) {
      if (thrown instanceof StepFailure) return failure2(thrown, -1);
      throw thrown;
    }
    if (bound !== void 0) return result("bound", { bound });
    this.interrupt = () => {
      if (clock() - started > timeMs) {
        bound = "time";
        return true;
      }
      return options.signal?.aborted === true;
    };
    const cur = new Uint32Array(W);
    let lastYield = clock();
    let lastProgress = lastYield;
    let expanded = 0;
    let curId = -1;
    const constrained = model.constraints.length > 0;
    const batching = graph === void 0 && options.batchInserts !== false;
    let batched = 0;
    let batchWords = new Uint32Array(W * 64);
    let batchFp = new Int32Array(64 * 3);
    const flush = () => {
      const n = batched;
      if (n === 0) return;
      batched = 0;
      let seen = 0;
      for (let i = 0; i < n; i++) seen |= table.touch(batchFp[i * 3], batchFp[i * 3 + 1]);
      table.touched ^= seen;
      for (let i = 0; i < n; i++) {
        const id = table.insert(batchFp[i * 3], batchFp[i * 3 + 1], curId, batchFp[i * 3 + 2]);
        if (id >= 0) next.pushAt(batchWords, i * W, id);
      }
    };
    const onSucc = (succ, action, tuple) => {
      generated2++;
      if (constrained && !this.inModel(succ, cur)) {
        graph?.add(-1, action, actionIndex.get(action), tuple);
        ordinal++;
        return false;
      }
      fingerprint(succ, W);
      if (batching && table.count + batched + 1 < maxStates) {
        if ((batched + 1) * 3 > batchFp.length) {
          const fp = new Int32Array(batchFp.length * 2);
          fp.set(batchFp);
          batchFp = fp;
          const words = new Uint32Array(batchWords.length * 2);
          words.set(batchWords);
          batchWords = words;
        }
        batchFp[batched * 3] = h1;
        batchFp[batched * 3 + 1] = h2;
        batchFp[batched * 3 + 2] = ordinal;
        for (let w = 0, at = batched * W; w < W; w++) batchWords[at + w] = succ[w];
        batched++;
        ordinal++;
        return false;
      }
      const lo = h1;
      const hi = h2;
      flush();
      let id = table.insert(lo, hi, curId, ordinal);
      if (id >= 0) next.push(succ, id);
      else id = -id - 1;
      graph?.add(id, action, actionIndex.get(action), tuple);
      ordinal++;
      if (table.count >= maxStates) {
        bound = "states";
        return true;
      }
      return false;
    };
    let ordinal = 0;
    let next = new Frontier(W);
    while (frontier.length > 0) {
      depth++;
      next = new Frontier(W, Math.max(1024, frontier.length));
      for (let s = 0; s < frontier.length; s++) {
        const fw = frontier.words;
        for (let w = 0, base = s * W; w < W; w++) cur[w] = fw[base + w];
        curId = frontier.ids[s];
        this.decode(cur);
        for (const inv of model.invariants) {
          for (const check of inv.checks) {
            let ok;
            try {
              ok = check.fn(this.env);
            } catch (thrown) {
              return failure2(evalFailure(thrown, inv.loc, `invariant ${inv.name}`), curId);
            }
            if (ok !== true) {
              if (ok !== false)
                return failure2(
                  new StepFailure(
                    "eval",
                    `invariant ${inv.name} evaluated to a non-bool value`,
                    inv.loc
                  ),
                  curId
                );
              return result("violation", {
                violation: {
                  kind: "invariant",
                  message: `invariant ${inv.name} is violated: \`${check.source}\` is false${check.message ?? inv.message ? ` (${check.message ?? inv.message})` : ""}`,
                  invariant: inv,
                  location: inv.loc,
                  trace: traceTo(this, table, curId)
                }
              });
            }
          }
        }
        if (graph !== void 0) {
          graph.begin(curId);
          const f = graph.evaluate(curId, this.env);
          if (f !== void 0) return failure2(f, curId);
        }
        if (depth >= maxDepth) {
          bound ??= "depth";
          graph?.end(curId);
          continue;
        }
        ordinal = 0;
        let enabled;
        try {
          enabled = this.successors(cur, onSucc, true);
        } catch (thrown) {
          flush();
          if (thrown instanceof StepFailure) return failure2(thrown, curId);
          throw thrown;
        }
        flush();
        graph?.end(curId);
        if (this.interrupted) {
          if (options.signal?.aborted) return result("aborted");
          break;
        }
        if (bound === "states") break;
        if (enabled === 0 && model.deadlock) {
          return result("violation", {
            violation: {
              kind: "deadlock",
              message: "deadlock: no action is enabled in the last state (set `deadlock: false` in the spec if termination is intended)",
              location: { file: model.file, line: 1, column: 1 },
              trace: traceTo(this, table, curId)
            }
          });
        }
        expanded++;
        if (table.count >= maxStates) {
          bound = "states";
          break;
        }
        if ((expanded & 1023) === 0) {
          const now = clock();
          if (options.signal?.aborted) return result("aborted");
          if (now - started > timeMs) {
            bound = "time";
            break;
          }
          if (now - lastProgress > 1e3) {
            lastProgress = now;
            options.progress?.(
              `${model.name}: ${table.count} distinct states, depth ${depth}, ${next.length} queued`
            );
          }
          if (now - lastYield > 25) {
            await new Promise((resolve2) => setImmediate(resolve2));
            lastYield = clock();
            if (options.signal?.aborted) return result("aborted");
          }
        }
      }
      peakFrontierBytes = Math.max(
        peakFrontierBytes,
        frontier.words.byteLength + frontier.ids.byteLength + next.words.byteLength + next.ids.byteLength
      );
      if (bound === "states" || bound === "time") break;
      frontier = next;
    }
    if (bound !== void 0) return result("bound", { bound });
    if (graph !== void 0) {
      const v = checkResponses(this, table.count, graph) ?? checkTemporal(this, table.count, graph, (s) => table.parent[s] === -1);
      if (v !== void 0) return result("violation", { violation: v(table) });
    }
    return result("ok");
  }
};

// action/gates/modelcheck/parallel-expand.ts
init_define_MAESTRO_CODE_DIGESTS();
function seenIn(seen, lo, hi) {
  if (lo === 0 || hi === 0) return false;
  const { table, mask } = seen;
  let i = (lo ^ hi >>> 7) & mask;
  for (let n = 0; n <= mask; n++) {
    const at = i * 3;
    if (Atomics.load(table, at + 2) === 0) return false;
    if (table[at] === lo && table[at + 1] === hi) return true;
    i = i + 1 & mask;
  }
  return false;
}
var SliceSeen = class {
  lo = new Int32Array(1 << 12);
  hi = new Int32Array(1 << 12);
  stamp = new Int32Array(1 << 12);
  mask = (1 << 12) - 1;
  cur = 1;
  n = 0;
  /** Starts a new slice. */
  reset() {
    this.n = 0;
    if (++this.cur === 2147483647) {
      this.stamp.fill(0);
      this.cur = 1;
    }
  }
  /** Adds fingerprint `lo, hi`; false when the slice already holds it. */
  add(lo, hi) {
    const mask = this.mask;
    const cur = this.cur;
    let i = (lo ^ hi >>> 7) & mask;
    for (; ; ) {
      if (this.stamp[i] !== cur) break;
      if (this.lo[i] === lo && this.hi[i] === hi) return false;
      i = i + 1 & mask;
    }
    this.stamp[i] = cur;
    this.lo[i] = lo;
    this.hi[i] = hi;
    if (++this.n * 2 > mask + 1) this.grow();
    return true;
  }
  grow() {
    const { lo, hi, stamp, cur } = this;
    const size = (this.mask + 1) * 2;
    const mask = size - 1;
    this.lo = new Int32Array(size);
    this.hi = new Int32Array(size);
    this.stamp = new Int32Array(size);
    this.mask = mask;
    for (let j = 0; j < stamp.length; j++) {
      if (stamp[j] !== cur) continue;
      let i = (lo[j] ^ hi[j] >>> 7) & mask;
      while (this.stamp[i] === cur) i = i + 1 & mask;
      this.stamp[i] = cur;
      this.lo[i] = lo[j];
      this.hi[i] = hi[j];
    }
  }
};
function serialFailure(f, actionIndex) {
  return {
    kind: f.kind,
    message: f.message,
    location: f.location,
    ...f.step !== void 0 ? {
      step: {
        action: actionIndex.get(f.step.action) ?? -1,
        params: paramsOf(f.step.action, f.step.tuple)
      }
    } : {}
  };
}
var ChunkExpander = class extends Transitions {
  data = new Int32Array(1 << 12);
  length = 0;
  ordinal = 0;
  generated = 0;
  kept = 0;
  /** The state being expanded: a successor that keeps its constrained bits needs no check. */
  expanding = new Uint32Array(0);
  actionIndex = new Map(this.model.actions.map((a, i) => [a, i]));
  inSlice = new SliceSeen();
  onSucc = (succ) => {
    this.generated++;
    const ord = this.ordinal++;
    if (this.model.constraints.length > 0 && !this.inModel(succ, this.expanding)) return false;
    const W = this.words;
    fingerprint(succ, W);
    if (!this.inSlice.add(h1, h2)) return false;
    if (this.seen !== void 0 && seenIn(this.seen, h1, h2)) return false;
    this.reserve(3 + W);
    const d = this.data;
    let p = this.length;
    d[p++] = ord;
    d[p++] = h1;
    d[p++] = h2;
    for (let w = 0; w < W; w++) d[p++] = succ[w] | 0;
    this.length = p;
    this.kept++;
    return false;
  };
  /**
   * The main thread's fingerprint slots (shared, possibly an older copy): a successor found
   * there is counted but not recorded, as the main thread would drop it anyway.
   */
  seen;
  /** Called between states (the workers' heartbeat). */
  between;
  reserve(n) {
    if (this.length + n <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.length + n) size *= 2;
    const d = new Int32Array(size);
    d.set(this.data.subarray(0, this.length));
    this.data = d;
  }
  /**
   * Expands `count` packed states from `words` (`expand` false at the depth bound: invariants
   * only). The returned buffer is handed over: the next call starts a new one.
   */
  expandSlice(words, count, expand) {
    const W = this.words;
    const model = this.model;
    this.length = 0;
    this.inSlice.reset();
    const cur = new Uint32Array(W);
    let stop;
    let s = 0;
    for (; s < count; s++) {
      for (let w = 0, base = s * W; w < W; w++) cur[w] = words[base + w];
      this.reserve(2);
      const header = this.length;
      this.length += 2;
      this.kept = 0;
      this.generated = 0;
      stop = this.expandOne(cur, s, expand, model);
      this.data[header] = this.kept;
      this.data[header + 1] = this.generated;
      if (stop !== void 0) break;
      this.between?.();
    }
    const out = {
      data: this.data,
      length: this.length,
      states: stop !== void 0 ? s + 1 : count,
      ...stop !== void 0 ? { stop } : {}
    };
    this.data = this.spare ?? new Int32Array(Math.max(1 << 12, this.data.length));
    this.spare = void 0;
    this.length = 0;
    return out;
  }
  /** A buffer handed back by the main thread, used for the next slice (no allocation). */
  spare;
  /** Takes back a result buffer the main thread has consumed. */
  recycle(buffer) {
    if (buffer.length >= 1 << 12) this.spare = buffer;
  }
  expandOne(cur, index, expand, model) {
    this.decode(cur);
    for (let i = 0; i < model.invariants.length; i++) {
      const inv = model.invariants[i];
      for (let c = 0; c < inv.checks.length; c++) {
        let ok;
        try {
          ok = inv.checks[c].fn(this.env);
        } catch (thrown) {
          const f = evalFailure(thrown, inv.loc, `invariant ${inv.name}`);
          return { index, kind: "failure", failure: serialFailure(f, this.actionIndex) };
        }
        if (ok === true) continue;
        if (ok !== false) {
          const f = new StepFailure(
            "eval",
            `invariant ${inv.name} evaluated to a non-bool value`,
            inv.loc
          );
          return { index, kind: "failure", failure: serialFailure(f, this.actionIndex) };
        }
        return { index, kind: "invariant", invariant: i, check: c };
      }
    }
    if (!expand) return void 0;
    this.ordinal = 0;
    this.expanding = cur;
    let enabled;
    try {
      enabled = this.successors(cur, this.onSucc, true);
    } catch (thrown) {
      if (thrown instanceof StepFailure)
        return { index, kind: "failure", failure: serialFailure(thrown, this.actionIndex) };
      throw thrown;
    }
    if (this.interrupted) return { index, kind: "interrupted" };
    if (enabled === 0 && model.deadlock) return { index, kind: "deadlock" };
    return void 0;
  }
};

// action/gates/modelcheck/parallel-pool.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_path = require("node:path");
var import_node_url = require("node:url");
var import_node_worker_threads = require("node:worker_threads");

// action/util/isolation.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/contract/codebook.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/util/isolation.ts
function workerScript(entry) {
  if (entry.tsx === void 0) return { script: entry.url, eval: false };
  const code = `import(${JSON.stringify(entry.tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(entry.url.href)}));`;
  return { script: code, eval: true };
}

// action/gates/modelcheck/parallel-pool.ts
var DEFAULT_WORKER_MEMORY_MB = 512;
var QUEUED_JOBS = 2;
var DEFAULT_STALL_MS = 2e4;
function searchWorkerEntry(from = __maestroImportMetaUrl) {
  const here = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(from));
  for (const c of [(0, import_node_path.join)(here, "mc-search-worker.js"), (0, import_node_path.join)(here, "..", "mc-search-worker.js")])
    if ((0, import_node_fs.existsSync)(c)) return { url: (0, import_node_url.pathToFileURL)(c) };
  const source = (0, import_node_path.join)(here, "search-worker.ts");
  if (!(0, import_node_fs.existsSync)(source)) return void 0;
  try {
    const tsx = (0, import_node_path.dirname)((0, import_node_module.createRequire)(from).resolve("tsx/package.json"));
    return {
      url: (0, import_node_url.pathToFileURL)(source),
      tsx: (0, import_node_url.pathToFileURL)((0, import_node_path.join)(tsx, "dist/esm/api/index.mjs")).href
    };
  } catch {
    return void 0;
  }
}
var failure = (message, cause) => new MaestroError("MC_WORKER_FAILED", message, cause !== void 0 ? { cause } : {});
var SearchPool = class _SearchPool {
  constructor(model, source, options) {
    this.model = model;
    this.options = options;
    this.stallMs = options.stallMs ?? DEFAULT_STALL_MS;
    this.timer = setInterval(() => {
      if (this.error === void 0) this.push({ kind: "tick" });
    }, options.tickMs ?? 50);
    const entry = options.entry ?? searchWorkerEntry();
    if (entry === void 0) {
      this.error = failure(
        "modelcheck: the search worker script (mc-search-worker.js) was not found beside the bundle; run with workers: 1 or rebuild"
      );
      return;
    }
    const { script, eval: isEval } = workerScript(entry);
    const data = {
      ...options.workerData ?? {},
      source
    };
    for (let i = 0; i < options.workers; i++) {
      let w;
      try {
        w = new import_node_worker_threads.Worker(script, {
          eval: isEval,
          workerData: data,
          resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? DEFAULT_WORKER_MEMORY_MB },
          stdout: false,
          stderr: false
        });
      } catch (thrown) {
        this.fail(
          failure(`modelcheck: cannot start search worker ${i}: ${describeThrown(thrown)}`, thrown)
        );
        return;
      }
      this.workers.push(w);
      this.pending.push(0);
      this.starting.push(true);
      this.lastHeard.push(performance.now());
      w.on("message", (m) => this.onMessage(i, m));
      w.on("error", (e) => {
        const oom = e.code === "ERR_WORKER_OUT_OF_MEMORY";
        this.fail(
          failure(
            oom ? `modelcheck: search worker ${i} ran out of memory (${this.options.memoryMb ?? DEFAULT_WORKER_MEMORY_MB} MiB heap)` : `modelcheck: search worker ${i} threw: ${describeThrown(e)}`,
            e
          )
        );
      });
      w.on(
        "messageerror",
        (e) => this.fail(failure(`modelcheck: a message of search worker ${i} could not be read`, e))
      );
      w.on("exit", (code) => {
        if (!this.closed)
          this.fail(
            failure(`modelcheck: search worker ${i} exited (code ${code}) during the search`)
          );
      });
    }
  }
  model;
  options;
  workers = [];
  lastHeard = [];
  /** Per worker: the jobs sent and not yet answered. */
  pending = [];
  starting = [];
  events = [];
  error;
  wake;
  closed = false;
  ready = 0;
  timer;
  stallMs;
  /** Starts `options.workers` workers over `source`; each becomes idle once it has rebuilt `model`. */
  static launch(model, source, options) {
    return new _SearchPool(model, source, options);
  }
  /** The workers that have rebuilt the model and take jobs. */
  get readyWorkers() {
    return this.ready;
  }
  /** True while some worker is still starting (loading its code, rebuilding the model). */
  get anyStarting() {
    return this.ready < this.workers.length || this.workers.length < this.options.workers;
  }
  /** The next event if one is queued (no waiting); throws the first worker failure. */
  poll() {
    if (this.error !== void 0) throw this.error;
    return this.events.shift();
  }
  /** Starts `options.workers` workers over `source` and waits until each has rebuilt `model`. */
  static async start(model, source, options) {
    const pool = new _SearchPool(model, source, options);
    try {
      while (pool.ready < options.workers) {
        const e = await pool.next();
        if (e.kind === "result")
          throw failure("modelcheck: a search worker answered before it was ready");
      }
    } catch (thrown) {
      await pool.close();
      throw thrown;
    }
    return pool;
  }
  /** The number of workers. */
  get size() {
    return this.workers.length;
  }
  push(e) {
    if (e.kind === "tick") {
      if (this.events.at(-1)?.kind === "tick") return;
      const now = performance.now();
      for (let i = 0; i < this.workers.length; i++) {
        const limit = this.starting[i] ? Math.max(this.stallMs, 6e4) : this.stallMs;
        if ((this.starting[i] || this.pending[i] > 0) && now - this.lastHeard[i] > limit) {
          this.fail(
            new MaestroError(
              "MC_WORKER_STALLED",
              `modelcheck: search worker ${i} sent nothing for ${Math.round((now - this.lastHeard[i]) / 1e3)} s while ${this.starting[i] ? "starting" : "busy"}; taken as hung`
            )
          );
          return;
        }
      }
    }
    this.events.push(e);
    this.wakeUp();
  }
  wakeUp() {
    const w = this.wake;
    this.wake = void 0;
    w?.();
  }
  fail(e) {
    if (this.closed) return;
    this.error ??= e;
    this.wakeUp();
  }
  onMessage(i, raw) {
    this.lastHeard[i] = performance.now();
    const m = raw;
    switch (typeof m === "object" && m !== null ? m.type : void 0) {
      case "alive":
        return;
      case "ready": {
        const r = m;
        if (r.words !== this.model.words || r.actions !== this.model.actions.length || r.invariants !== this.model.invariants.length) {
          this.fail(failure(`modelcheck: search worker ${i} rebuilt a different model`));
          return;
        }
        this.starting[i] = false;
        this.ready++;
        this.push({ kind: "tick" });
        return;
      }
      case "result": {
        const r = m;
        if (!(r.data instanceof Int32Array) || this.pending[i] === 0) {
          this.fail(failure(`modelcheck: search worker ${i} sent a result it was not asked for`));
          return;
        }
        this.pending[i]--;
        this.push({ kind: "result", worker: i, message: r });
        return;
      }
      case "error": {
        const r = m;
        this.fail(
          failure(
            `modelcheck: search worker ${i} failed${r.code !== void 0 ? ` (${r.code})` : ""}: ${String(r.message)}`
          )
        );
        return;
      }
      case void 0:
      default:
        this.fail(failure(`modelcheck: search worker ${i} sent a message outside the protocol`));
    }
  }
  /** Sends a job to a worker that can take one (its words are transferred). */
  send(worker, job) {
    if (this.pending[worker] === 0) this.lastHeard[worker] = performance.now();
    this.pending[worker]++;
    try {
      const transfer = [job.words.buffer];
      if (job.recycle !== void 0) transfer.push(job.recycle.buffer);
      this.workers[worker].postMessage(job, transfer);
    } catch (thrown) {
      this.fail(failure(`modelcheck: cannot send work to search worker ${worker}`, thrown));
    }
  }
  /**
   * The ready worker with the fewest jobs, when it has fewer than {@link QUEUED_JOBS} (a job
   * waits in its queue while it expands the one before), or -1.
   */
  idle() {
    let best = -1;
    for (let i = 0; i < this.workers.length; i++) {
      if (this.starting[i] || this.pending[i] >= QUEUED_JOBS) continue;
      if (best < 0 || this.pending[i] < this.pending[best]) best = i;
    }
    return best;
  }
  /** The next event; throws the first worker failure. */
  async next() {
    for (; ; ) {
      if (this.error !== void 0) throw this.error;
      const e = this.events.shift();
      if (e !== void 0) return e;
      await new Promise((resolve2) => this.wake = resolve2);
    }
  }
  /** Terminates every worker and stops the timer; safe to call more than once. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    this.wakeUp();
    await Promise.allSettled(this.workers.map((w) => w.terminate()));
  }
};

// action/gates/modelcheck/parallel-protocol.ts
init_define_MAESTRO_CODE_DIGESTS();
var CLAIM_SLOTS = 1 << 16;
var CLAIM_QUEUED = 0;
var CLAIM_MAIN = 2;

// action/gates/modelcheck/parallel.ts
function needsStateGraph(model) {
  return model.responses.length + model.properties.length > 0;
}
async function checkParallel(model, options) {
  if (options.workers <= 1 || needsStateGraph(model)) {
    const r = await new Checker(model).run(options);
    return { ...r, stats: { ...r.stats, workers: 1 } };
  }
  return runParallel(model, options);
}
function sliceSize(n, workers) {
  return Math.min(2048, Math.max(64, Math.ceil(n / (workers * 8))));
}
var LAUNCH_AFTER_MS = 250;
var malformed = (what) => new MaestroError(
  "MC_WORKER_FAILED",
  `modelcheck: a search worker sent a malformed result (${what})`
);
async function runParallel(model, options) {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const W = model.words;
  const limits = searchLimits(model, options);
  const { maxStates, maxDepth, timeMs } = limits;
  const minParallel = Math.max(1, options.minParallelLevel ?? 256);
  const t = new ChunkExpander(model);
  const table = new StateTable(
    1 << 12,
    (ints2) => new Int32Array(new SharedArrayBuffer(ints2 * Int32Array.BYTES_PER_ELEMENT))
  );
  const seen = () => ({ table: table.table, mask: table.mask });
  let generated2 = 0;
  let depth = 0;
  let peakFrontierBytes = 0;
  const usedWorkers = /* @__PURE__ */ new Set();
  const stats = () => ({
    ...searchStats(table, generated2, depth, clock() - started, peakFrontierBytes, W),
    workers: usedWorkers.size > 0 ? options.workers : 1
  });
  const result = (status, extra = {}) => ({
    spec: model.name,
    file: model.file,
    status,
    ...extra,
    stats: stats()
  });
  const failure2 = (f, parentId) => {
    let step2;
    if (f.step !== void 0) {
      const action = model.actions[f.step.action];
      if (action === void 0) throw malformed("unknown action");
      step2 = { action: action.name, params: f.step.params };
    }
    return result("violation", {
      violation: stepFailureViolation(t, table, parentId, f, step2)
    });
  };
  let frontier = new Frontier(W);
  let bound;
  try {
    const seeded = await seedInitialStates(
      t,
      table,
      frontier,
      limits,
      () => clock() - started,
      options.signal
    );
    generated2 = seeded.generated;
    if (seeded.stop === "aborted") return result("aborted");
    bound = seeded.stop;
  } catch (thrown) {
    if (thrown instanceof StepFailure)
      return failure2({ kind: thrown.kind, message: thrown.message, location: thrown.location }, -1);
    throw thrown;
  }
  if (bound !== void 0) return result("bound", { bound });
  t.interrupt = () => {
    if (clock() - started > timeMs) {
      bound = "time";
      return true;
    }
    return options.signal?.aborted === true;
  };
  let next = new Frontier(W);
  const tmp = new Uint32Array(W);
  let expanded = 0;
  let lastProgress = clock();
  const apply = (r, start, count) => {
    const d = r.data;
    const len = r.length;
    if (!(len >= 0 && len <= d.length)) throw malformed("length");
    if (r.stop === void 0 ? r.states !== count : r.states !== r.stop.index + 1 || r.states > count)
      throw malformed("state count");
    let p = 0;
    for (let i = 0; i < r.states; i++) {
      const curId = frontier.ids[start + i];
      const kept = d[p];
      const gen = d[p + 1];
      p += 2;
      if (!(kept >= 0 && gen >= kept && p + kept * (3 + W) <= len)) throw malformed("record");
      const base = generated2;
      for (let k = 0; k < kept; k++) {
        const ord = d[p];
        if (!(ord >= 0 && ord < gen)) throw malformed("ordinal");
        const id = table.insert(d[p + 1], d[p + 2], curId, ord);
        if (id >= 0) {
          for (let w = 0; w < W; w++) tmp[w] = d[p + 3 + w];
          next.push(tmp, id);
        }
        p += 3 + W;
        generated2 = base + ord + 1;
        if (table.count >= maxStates) {
          bound = "states";
          return result("bound", { bound });
        }
      }
      generated2 = base + gen;
      const stop = r.stop;
      if (stop !== void 0 && stop.index === i) return stopped(stop, curId);
      expanded++;
      if ((expanded & 1023) === 0) {
        const now = clock();
        if (options.signal?.aborted) return result("aborted");
        if (now - started > timeMs) {
          bound = "time";
          return result("bound", { bound });
        }
        if (now - lastProgress > 1e3) {
          lastProgress = now;
          options.progress?.(
            `${model.name}: ${table.count} distinct states, depth ${depth}, ${next.length} queued (${options.workers} workers)`
          );
        }
      }
    }
    if (p !== len) throw malformed("trailing data");
    return void 0;
  };
  const stopped = (stop, curId) => {
    switch (stop.kind) {
      case "invariant": {
        const inv = model.invariants[stop.invariant];
        const check = inv?.checks[stop.check];
        if (inv === void 0 || check === void 0) throw malformed("invariant");
        return result("violation", {
          violation: {
            kind: "invariant",
            message: `invariant ${inv.name} is violated: \`${check.source}\` is false${check.message ?? inv.message ? ` (${check.message ?? inv.message})` : ""}`,
            invariant: inv,
            location: inv.loc,
            trace: traceTo(t, table, curId)
          }
        });
      }
      case "deadlock":
        return result("violation", {
          violation: {
            kind: "deadlock",
            message: "deadlock: no action is enabled in the last state (set `deadlock: false` in the spec if termination is intended)",
            location: { file: model.file, line: 1, column: 1 },
            trace: traceTo(t, table, curId)
          }
        });
      case "failure":
        return failure2(stop.failure, curId);
      case "interrupted":
        if (options.signal?.aborted) return result("aborted");
        return result("bound", { bound: "time" });
      default:
        throw malformed("stop");
    }
  };
  let pool;
  const threads = options.inlineWhileStarting === false ? options.workers : options.workers - 1;
  const sentSlots = [];
  const spentWords = [];
  const spentData = [];
  let nextChunk = 0;
  const assigned = /* @__PURE__ */ new Map();
  const stolen = /* @__PURE__ */ new Set();
  const claims = new Int32Array(new SharedArrayBuffer(CLAIM_SLOTS * Int32Array.BYTES_PER_ELEMENT));
  const claimsSent = [];
  let prevLevel = 0;
  try {
    while (frontier.length > 0) {
      depth++;
      next = new Frontier(W, Math.max(1024, frontier.length));
      const expand = depth < maxDepth;
      if (!expand) bound ??= "depth";
      const n = frontier.length;
      let out;
      if (n < minParallel) {
        t.seen = seen();
        out = apply(t.expandSlice(frontier.words.subarray(0, n * W), n, expand), 0, n);
        await new Promise((resolve2) => setImmediate(resolve2));
        if (out === void 0 && options.signal?.aborted) return result("aborted");
      } else {
        out = await parallelLevel(n, expand, prevLevel);
      }
      if (out !== void 0) return out;
      prevLevel = n;
      peakFrontierBytes = Math.max(
        peakFrontierBytes,
        frontier.words.byteLength + frontier.ids.byteLength + next.words.byteLength + next.ids.byteLength
      );
      frontier = next;
    }
  } finally {
    await pool?.close();
  }
  if (bound !== void 0) return result("bound", { bound });
  return result("ok");
  async function parallelLevel(n, expand, prevLevel2) {
    const inline = options.inlineWhileStarting !== false;
    const expanded2 = Math.max(1, table.count - n);
    const worth = n > prevLevel2 || n * (clock() - started) / expanded2 >= LAUNCH_AFTER_MS;
    const launch = () => pool ??= !inline || worth && clock() - started >= LAUNCH_AFTER_MS ? SearchPool.launch(model, options.source, { ...options, workers: threads }) : void 0;
    const size = sliceSize(n, options.workers);
    const own = Math.max(16, size >> 3);
    const window = 4 * options.workers * size;
    const starts = [];
    const ends = [];
    const done = /* @__PURE__ */ new Map();
    const sliceOf = /* @__PURE__ */ new Map();
    const jobOf = [];
    const workerOf = /* @__PURE__ */ new Map();
    let sent = 0;
    let applied = 0;
    const room = () => {
      if (sent === 0) return true;
      const last = ends[sent - 1];
      return last < n && last - (applied < sent ? starts[applied] : last) < window;
    };
    const take = (len) => {
      const s = sent > 0 ? ends[sent - 1] : 0;
      const share = Math.max(16, Math.ceil((n - s) / (4 * options.workers)));
      starts.push(s);
      ends.push(Math.min(n, s + Math.min(len, share)));
      jobOf.push(-1);
      return sent++;
    };
    const dispatch = (p) => {
      for (let w = p.idle(); w >= 0 && room(); w = p.idle()) {
        const k = take(size);
        const s = starts[k];
        const e = ends[k];
        const chunk = nextChunk++;
        jobOf[k] = chunk;
        sliceOf.set(chunk, k);
        workerOf.set(chunk, w);
        Atomics.store(claims, chunk % CLAIM_SLOTS, CLAIM_QUEUED);
        const queue = assigned.get(w);
        if (queue === void 0) assigned.set(w, [chunk]);
        else queue.push(chunk);
        const first = claimsSent[w] !== true;
        claimsSent[w] = true;
        let words = spentWords.pop();
        if (words === void 0 || words.length < (e - s) * W) words = new Uint32Array(size * W);
        words.set(frontier.words.subarray(s * W, e * W));
        const recycle = spentData.pop();
        const slots = table.table !== sentSlots[w] ? seen() : void 0;
        if (slots !== void 0) sentSlots[w] = slots.table;
        p.send(w, {
          type: "expand",
          chunk,
          words,
          count: e - s,
          expand,
          ...recycle !== void 0 ? { recycle } : {},
          ...slots !== void 0 ? { seen: slots } : {},
          ...first ? { claims } : {}
        });
      }
    };
    const handle = (ev) => {
      if (ev.kind === "tick") {
        if (options.signal?.aborted) return result("aborted");
        if (clock() - started > timeMs) {
          bound = "time";
          return result("bound", { bound });
        }
        return void 0;
      }
      const m = ev.message;
      const queue = assigned.get(ev.worker);
      if (queue === void 0 || queue[0] !== m.chunk) throw malformed("slice");
      queue.shift();
      if (m.spent instanceof Uint32Array) spentWords.push(m.spent);
      if (stolen.delete(m.chunk) !== (m.skipped === true)) throw malformed("skipped slice");
      if (m.skipped === true) return void 0;
      const k = sliceOf.get(m.chunk);
      if (k === void 0) throw malformed("slice");
      usedWorkers.add(ev.worker);
      done.set(k, m);
      return void 0;
    };
    const steal = () => {
      for (let k = applied; k < sent; k++) {
        const chunk = jobOf[k];
        if (chunk < 0 || done.has(k) || stolen.has(chunk)) continue;
        const queue = assigned.get(workerOf.get(chunk));
        if (queue.find((c) => !stolen.has(c)) === chunk) continue;
        if (Atomics.compareExchange(claims, chunk % CLAIM_SLOTS, CLAIM_QUEUED, CLAIM_MAIN) !== CLAIM_QUEUED)
          continue;
        stolen.add(chunk);
        sliceOf.delete(chunk);
        const s = starts[k];
        const e = ends[k];
        t.seen = seen();
        done.set(k, t.expandSlice(frontier.words.subarray(s * W, e * W), e - s, expand));
        return true;
      }
      return false;
    };
    while (applied < sent || room()) {
      const p = launch();
      if (p !== void 0) dispatch(p);
      for (let r = done.get(applied); r !== void 0; r = done.get(applied)) {
        done.delete(applied);
        const out2 = apply(r, starts[applied], ends[applied] - starts[applied]);
        if (out2 !== void 0) return out2;
        if ("chunk" in r) spentData.push(r.data);
        applied++;
      }
      if (applied >= sent && !room()) break;
      if (p !== void 0) dispatch(p);
      const mine = inline && (p === void 0 || p.idle() < 0) && room();
      if (mine || inline && p !== void 0 && steal()) {
        if (mine) {
          const k = take(p === void 0 || p.readyWorkers === 0 ? size : own);
          const s = starts[k];
          const e = ends[k];
          t.seen = seen();
          done.set(k, t.expandSlice(frontier.words.subarray(s * W, e * W), e - s, expand));
        }
        await new Promise((resolve2) => setImmediate(resolve2));
        if (p === void 0) {
          if (options.signal?.aborted) return result("aborted");
          continue;
        }
        for (let ev = p.poll(); ev !== void 0; ev = p.poll()) {
          const out2 = handle(ev);
          if (out2 !== void 0) return out2;
        }
        continue;
      }
      if (p === void 0)
        throw new MaestroError("MC_INTERNAL_ERROR", "internal: a parallel level has no workers");
      const out = handle(await p.next());
      if (out !== void 0) return out;
    }
    return void 0;
  }
}

// action/gates/modelcheck/spec-references.ts
init_define_MAESTRO_CODE_DIGESTS();
function referencesInvariants(text) {
  return /\bid\s*:/.test(text);
}

// action/gates/modelcheck/spec.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/config/yaml-source.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_yaml = __toESM(require_dist(), 1);
function parseYamlSource(file, text) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) => {
    const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    return { message: e.message.split("\n")[0] ?? e.message, line: pos.line, column: pos.col };
  });
  return { source: { file, doc, lines }, problems };
}
function nodeAt(root, path, key = false) {
  let node = root;
  let keyNode;
  for (const seg of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find(
        (p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(seg)
      );
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number" && node.items[seg] !== void 0) {
      keyNode = void 0;
      node = node.items[seg];
    } else {
      break;
    }
  }
  return key && keyNode ? keyNode : node;
}
function positionOf(source, path, key = false) {
  const target = nodeAt(source.doc.contents, path, key);
  const offset = target?.range?.[0] ?? 0;
  const pos = source.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

// action/schemas/problems.ts
init_define_MAESTRO_CODE_DIGESTS();
function problemsOf(fn, value) {
  if (fn(value)) return [];
  const errors = fn.errors ?? [];
  if (errors.length === 0)
    return [{ pointer: "", path: [], message: "the document does not match its schema" }];
  return errors.map(toProblem);
}
function toProblem(e) {
  const path = e.instancePath.split("/").slice(1).map((seg) => seg.replace(/~1/g, "/").replace(/~0/g, "~")).map((seg) => /^\d+$/.test(seg) ? Number(seg) : seg);
  const where = e.instancePath === "" ? "the document" : `\`${path.join(".")}\``;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const allowed = knownKeys(e);
      return {
        pointer: `${e.instancePath}/${key}`,
        path: [...path, key],
        message: `unknown key \`${key}\` in ${where}`,
        unknownKey: key,
        ...allowed ? { allowed } : {}
      };
    }
    case "enum": {
      const allowed = (e.params.allowedValues ?? []).map(
        (v) => JSON.stringify(v)
      );
      return {
        pointer: e.instancePath,
        path,
        message: `${where} must be one of ${allowed.join(", ")}`,
        allowed
      };
    }
    case "required":
      return {
        pointer: e.instancePath,
        path,
        message: `${where} is missing the required key \`${e.params.missingProperty}\``
      };
    default:
      return { pointer: e.instancePath, path, message: `${where} ${e.message ?? "is invalid"}` };
  }
}
function knownKeys(e) {
  const props = e.parentSchema?.properties;
  return props ? Object.keys(props) : void 0;
}

// action/schemas/precompiled/spec.js
init_define_MAESTRO_CODE_DIGESTS();
var __ns0 = __toESM(require_ucs2length(), 1);
function __cjs(ns) {
  const d = ns.default;
  return d !== null && typeof d === "object" && d.__esModule === true ? d : ns;
}
var __dep0 = __cjs(__ns0);
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://maestro-gate.dev/schemas/spec.schema.json", "title": "Maestro Gate model-check spec (specs/*.yaml)", "description": "A finite-state model checked exhaustively by breadth-first search: typed variables with finite domains, initial states, actions with CEL guards and updates, invariants, bounded response properties and bounds. See docs/model-checking.md.", "type": "object", "required": ["spec", "variables", "init", "actions"], "properties": { "spec": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$", "description": "Name of the spec, used in reports and cache keys." }, "title": { "type": "string" }, "description": { "type": "string" }, "critical": { "type": "boolean", "description": "A critical spec whose search hits a bound before exhausting the state space pauses for a human (gates.modelcheck.critical_bound_action) instead of passing with a warning." }, "constants": { "type": "object", "description": "Named constant values (ints, strings, bools, lists and maps of them). Referenced by name in types and expressions.", "additionalProperties": { "$ref": "#/$defs/constant" } }, "definitions": { "type": "object", "description": "Named definitions, TLA+'s `Op(a, b) == e`: keys `Name` or `Name(a, b)`, values CEL expressions, expanded where they are used (a definition may use earlier ones). `Name: lo..hi` over constants is the list of those ints. `mod(a, b)` (floored, as TLA+'s %) is built in; CEL's `%` truncates and is refused.", "propertyNames": { "pattern": "^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$" }, "additionalProperties": { "$ref": "#/$defs/cel" } }, "variables": { "type": "object", "minProperties": 1, "description": "The state variables and their finite types.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/type" } }, "init": { "description": "The initial states: one assignment block, or a list of alternative blocks. Every variable must be assigned in every block.", "oneOf": [{ "$ref": "#/$defs/initBlock" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/initBlock" } }] }, "constraint": { "description": "State constraints (TLC's CONSTRAINT): a state where one is false is neither stored nor explored, but a state whose only successors fall outside them is not deadlocked. One CEL expression or a list (all must hold).", "oneOf": [{ "$ref": "#/$defs/cel" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/cel" } }] }, "actions": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/action" } }, "invariants": { "type": "array", "items": { "oneOf": [{ "$ref": "#/$defs/sharedInvariant" }, { "$ref": "#/$defs/inlineInvariant" }] } }, "deadlock": { "type": "boolean", "description": "Report a reachable state in which no action is enabled (default true, as in TLC)." }, "responses": { "type": "array", "description": "Bounded response properties: on every path, a state satisfying `when` is followed by a state satisfying `then` within `within` steps.", "items": { "$ref": "#/$defs/response" } }, "fairness": { "type": "array", "description": "Fairness of named actions (TLA+'s WF_vars / SF_vars), assumed when the temporal `properties` are checked. `weak`: an action continuously enabled is eventually taken; `strong`: an action enabled infinitely often is taken infinitely often. A list of names is one condition on their disjunction; `per` makes one condition per value of that parameter (each named action must have it).", "items": { "$ref": "#/$defs/fairness" } }, "properties": { "type": "array", "description": "Temporal properties checked over the whole state graph under `fairness`: `eventually: q` (<>q from every initial state) or `when: p` with `leads_to: q` (p ~> q). A violation is a lasso: a prefix and a loop, or stuttering.", "items": { "$ref": "#/$defs/temporal" } }, "bounds": { "type": "object", "properties": { "max_depth": { "type": "integer", "minimum": 1 }, "max_states": { "type": "integer", "minimum": 1 }, "time_seconds": { "type": "number", "exclusiveMinimum": 0 }, "workers": { "type": "integer", "minimum": 1, "maximum": 16, "description": "Threads expanding the breadth-first search, the main thread included (as TLC's -workers; default 1, or gates.modelcheck.workers). Counts and counterexamples are the same with any number; specs with responses or temporal properties run with one." } }, "additionalProperties": false } }, "additionalProperties": false, "$defs": { "name": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "cel": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "A CEL expression." }, "constant": { "oneOf": [{ "type": "integer" }, { "type": "string" }, { "type": "boolean" }, { "type": "array", "items": { "$ref": "#/$defs/constant" } }, { "type": "object", "additionalProperties": { "$ref": "#/$defs/constant" } }] }, "bound": { "description": "An integer, the name of an integer constant, or an int expression over constants (`N - 1`).", "oneOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }] }, "type": { "description": "A finite type.", "oneOf": [{ "const": "bool" }, { "type": "object", "required": ["int"], "properties": { "int": { "type": "array", "prefixItems": [{ "$ref": "#/$defs/bound" }, { "$ref": "#/$defs/bound" }], "minItems": 2, "maxItems": 2 } }, "additionalProperties": false }, { "type": "object", "required": ["enum"], "properties": { "enum": { "description": "A list of strings, or the name of a constant that is one.", "oneOf": [{ "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } }, { "$ref": "#/$defs/name" }] } }, "additionalProperties": false }, { "type": "object", "required": ["record"], "properties": { "record": { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/type" } } }, "additionalProperties": false }, { "type": "object", "required": ["set"], "properties": { "set": { "$ref": "#/$defs/type" } }, "additionalProperties": false }, { "type": "object", "required": ["function"], "properties": { "function": { "type": "object", "required": ["from", "to"], "properties": { "from": { "$ref": "#/$defs/type" }, "to": { "$ref": "#/$defs/type" } }, "additionalProperties": false } }, "additionalProperties": false }, { "type": "object", "required": ["seq", "max_length"], "properties": { "seq": { "$ref": "#/$defs/type" }, "max_length": { "$ref": "#/$defs/bound" } }, "additionalProperties": false }, { "type": "object", "required": ["union"], "properties": { "union": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/type" } } }, "additionalProperties": false }] }, "initBlock": { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "description": "`<cel>`: the value; `{in: <cel> | lo..hi, where?}`: any element of a list or range; `{any: true, where?}` or `{where}`: any value of the variable's type (TLA+'s `x \\in [S -> T]`, `{c \\in Can : P(c)}`), the variable's name bound to the candidate in `where`; `{each: <cel>}`: a function mapping every key (bound as `key`) to the value.", "oneOf": [{ "$ref": "#/$defs/cel" }, { "type": "object", "required": ["in"], "properties": { "in": { "$ref": "#/$defs/cel" }, "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "type": "object", "required": ["any"], "properties": { "any": { "const": true }, "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "type": "object", "required": ["where"], "properties": { "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "$ref": "#/$defs/each" }] } }, "action": { "type": "object", "required": ["name"], "properties": { "name": { "$ref": "#/$defs/name" }, "description": { "type": "string" }, "params": { "type": "object", "description": "Parameters, each ranging over the list a CEL expression yields (constants or state; earlier parameters may be used), or an integer range `lo..hi` whose bounds are int expressions.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/cel" } }, "guard": { "$ref": "#/$defs/cel" }, "updates": { "type": "object", "description": "Targets (`var`, `var[key]`, `var.field`, `var[k1].f`, keys computed from state and parameters) and their new values; variables not updated keep their value.", "additionalProperties": { "oneOf": [{ "$ref": "#/$defs/cel" }, { "$ref": "#/$defs/each" }] } } }, "additionalProperties": false }, "sharedInvariant": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string", "minLength": 1 }, "bind": { "type": "object", "description": "Names the invariant's expressions use, bound to CEL over the spec's state.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/cel" } } }, "additionalProperties": false }, "inlineInvariant": { "type": "object", "required": ["name", "expr"], "properties": { "name": { "type": "string", "minLength": 1 }, "expr": { "$ref": "#/$defs/cel" }, "severity": { "enum": ["critical", "high", "medium", "low"] }, "message": { "type": "string" } }, "additionalProperties": false }, "response": { "type": "object", "required": ["name", "when", "then", "within"], "properties": { "name": { "type": "string", "minLength": 1 }, "when": { "$ref": "#/$defs/cel" }, "then": { "$ref": "#/$defs/cel" }, "within": { "type": "integer", "minimum": 0, "maximum": 1e4 }, "severity": { "enum": ["critical", "high", "medium", "low"] } }, "additionalProperties": false }, "each": { "description": "`{each: <cel>}`: a function value, every key of the domain (bound as `key`) mapping to the expression; the expression may itself be `{each: ...}` for a function of functions.", "type": "object", "required": ["each"], "properties": { "each": { "oneOf": [{ "$ref": "#/$defs/cel" }, { "$ref": "#/$defs/each" }] } }, "additionalProperties": false }, "fairness": { "type": "object", "minProperties": 1, "properties": { "weak": { "oneOf": [{ "$ref": "#/$defs/name" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/name" } }] }, "strong": { "oneOf": [{ "$ref": "#/$defs/name" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/name" } }] }, "per": { "$ref": "#/$defs/name" } }, "additionalProperties": false }, "temporal": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "eventually": { "$ref": "#/$defs/cel" }, "when": { "$ref": "#/$defs/cel" }, "leads_to": { "$ref": "#/$defs/cel" }, "params": { "type": "object", "description": "One property per combination of these constant lists or ranges (`p: 1..N`), as TLA+'s \\A p \\in S : ...", "additionalProperties": { "type": "string", "minLength": 1 } } }, "additionalProperties": false } } };
var schema33 = { "type": "string", "minLength": 1, "maxLength": 4096, "description": "A CEL expression." };
var schema34 = { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" };
var func1 = Object.prototype.hasOwnProperty;
var func2 = __dep0.default;
var pattern4 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]*$", "u");
var pattern5 = new RegExp("^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$", "u");
var pattern6 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var schema32 = { "oneOf": [{ "type": "integer" }, { "type": "string" }, { "type": "boolean" }, { "type": "array", "items": { "$ref": "#/$defs/constant" } }, { "type": "object", "additionalProperties": { "$ref": "#/$defs/constant" } }] };
var wrapper0 = { validate: validate21 };
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
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.oneOf[0].type, parentSchema: schema32.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (typeof data !== "string") {
    const err1 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.oneOf[1].type, parentSchema: schema32.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs5 = errors;
    if (typeof data !== "boolean") {
      const err2 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.oneOf[2].type, parentSchema: schema32.oneOf[2], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs5 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
      const _errs7 = errors;
      if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!wrapper0.validate(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath, schemaPath: "#/oneOf/3/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.oneOf[3].type, parentSchema: schema32.oneOf[3], data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          var items1 = true;
        }
        const _errs10 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          for (const key0 in data) {
            if (!wrapper0.validate(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err4 = { instancePath, schemaPath: "#/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.oneOf[4].type, parentSchema: schema32.oneOf[4], data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        var _valid0 = _errs10 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 4;
            var props2 = true;
          }
        }
      }
    }
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema32.oneOf, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate21.errors = vErrors;
  evaluated0.props = props2;
  evaluated0.items = items1;
  return errors === 0;
}
validate21.evaluated = { "dynamicProps": true, "dynamicItems": true };
var schema35 = { "description": "A finite type.", "oneOf": [{ "const": "bool" }, { "type": "object", "required": ["int"], "properties": { "int": { "type": "array", "prefixItems": [{ "$ref": "#/$defs/bound" }, { "$ref": "#/$defs/bound" }], "minItems": 2, "maxItems": 2 } }, "additionalProperties": false }, { "type": "object", "required": ["enum"], "properties": { "enum": { "description": "A list of strings, or the name of a constant that is one.", "oneOf": [{ "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } }, { "$ref": "#/$defs/name" }] } }, "additionalProperties": false }, { "type": "object", "required": ["record"], "properties": { "record": { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/type" } } }, "additionalProperties": false }, { "type": "object", "required": ["set"], "properties": { "set": { "$ref": "#/$defs/type" } }, "additionalProperties": false }, { "type": "object", "required": ["function"], "properties": { "function": { "type": "object", "required": ["from", "to"], "properties": { "from": { "$ref": "#/$defs/type" }, "to": { "$ref": "#/$defs/type" } }, "additionalProperties": false } }, "additionalProperties": false }, { "type": "object", "required": ["seq", "max_length"], "properties": { "seq": { "$ref": "#/$defs/type" }, "max_length": { "$ref": "#/$defs/bound" } }, "additionalProperties": false }, { "type": "object", "required": ["union"], "properties": { "union": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/type" } } }, "additionalProperties": false }] };
var schema36 = { "description": "An integer, the name of an integer constant, or an int expression over constants (`N - 1`).", "oneOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }] };
var wrapper2 = { validate: validate23 };
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
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if ("bool" !== data) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/const", keyword: "const", params: { allowedValue: "bool" }, message: "must be equal to constant", schema: "bool", parentSchema: schema35.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.int === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "int" }, message: "must have required property 'int'", schema: schema35.oneOf[1].required, parentSchema: schema35.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "int")) {
        const err2 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.int !== void 0) {
      let data0 = data.int;
      if (Array.isArray(data0)) {
        if (data0.length > 2) {
          const err3 = { instancePath: instancePath + "/int", schemaPath: "#/oneOf/1/properties/int/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema35.oneOf[1].properties.int, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.length < 2) {
          const err4 = { instancePath: instancePath + "/int", schemaPath: "#/oneOf/1/properties/int/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema35.oneOf[1].properties.int, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        if (len0 > 0) {
          let data1 = data0[0];
          const _errs9 = errors;
          let valid4 = false;
          let passing1 = null;
          const _errs10 = errors;
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
            const err5 = { instancePath: instancePath + "/int/0", schemaPath: "#/$defs/bound/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.oneOf[0].type, parentSchema: schema36.oneOf[0], data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var _valid1 = _errs10 === errors;
          if (_valid1) {
            valid4 = true;
            passing1 = 0;
          }
          const _errs12 = errors;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err6 = { instancePath: instancePath + "/int/0", schemaPath: "#/$defs/bound/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.oneOf[1], data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/int/0", schemaPath: "#/$defs/bound/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.oneOf[1].type, parentSchema: schema36.oneOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          var _valid1 = _errs12 === errors;
          if (_valid1 && valid4) {
            valid4 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid4 = true;
              passing1 = 1;
            }
          }
          if (!valid4) {
            const err8 = { instancePath: instancePath + "/int/0", schemaPath: "#/$defs/bound/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema36.oneOf, parentSchema: schema36, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          } else {
            errors = _errs9;
            if (vErrors !== null) {
              if (_errs9) {
                vErrors.length = _errs9;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (len0 > 1) {
          let data2 = data0[1];
          const _errs16 = errors;
          let valid6 = false;
          let passing2 = null;
          const _errs17 = errors;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            const err9 = { instancePath: instancePath + "/int/1", schemaPath: "#/$defs/bound/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.oneOf[0].type, parentSchema: schema36.oneOf[0], data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          var _valid2 = _errs17 === errors;
          if (_valid2) {
            valid6 = true;
            passing2 = 0;
          }
          const _errs19 = errors;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err10 = { instancePath: instancePath + "/int/1", schemaPath: "#/$defs/bound/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.oneOf[1], data: data2 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/int/1", schemaPath: "#/$defs/bound/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.oneOf[1].type, parentSchema: schema36.oneOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var _valid2 = _errs19 === errors;
          if (_valid2 && valid6) {
            valid6 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid6 = true;
              passing2 = 1;
            }
          }
          if (!valid6) {
            const err12 = { instancePath: instancePath + "/int/1", schemaPath: "#/$defs/bound/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema36.oneOf, parentSchema: schema36, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            errors = _errs16;
            if (vErrors !== null) {
              if (_errs16) {
                vErrors.length = _errs16;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/int", schemaPath: "#/oneOf/1/properties/int/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.oneOf[1].properties.int.type, parentSchema: schema35.oneOf[1].properties.int, data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[1].type, parentSchema: schema35.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      var props0 = true;
    }
    const _errs21 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.enum === void 0) {
        const err15 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "enum" }, message: "must have required property 'enum'", schema: schema35.oneOf[2].required, parentSchema: schema35.oneOf[2], data };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      for (const key1 in data) {
        if (!(key1 === "enum")) {
          const err16 = { instancePath, schemaPath: "#/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[2], data };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (data.enum !== void 0) {
        let data3 = data.enum;
        const _errs25 = errors;
        let valid8 = false;
        let passing3 = null;
        const _errs26 = errors;
        if (Array.isArray(data3)) {
          if (data3.length < 1) {
            const err17 = { instancePath: instancePath + "/enum", schemaPath: "#/oneOf/2/properties/enum/oneOf/0/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.oneOf[2].properties.enum.oneOf[0], data: data3 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          const len1 = data3.length;
          for (let i0 = 0; i0 < len1; i0++) {
            let data4 = data3[i0];
            if (typeof data4 !== "string") {
              const err18 = { instancePath: instancePath + "/enum/" + i0, schemaPath: "#/oneOf/2/properties/enum/oneOf/0/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.oneOf[2].properties.enum.oneOf[0].items.type, parentSchema: schema35.oneOf[2].properties.enum.oneOf[0].items, data: data4 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          let i1 = data3.length;
          let j0;
          if (i1 > 1) {
            const indices0 = {};
            for (; i1--; ) {
              let item0 = data3[i1];
              if (typeof item0 !== "string") {
                continue;
              }
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                const err19 = { instancePath: instancePath + "/enum", schemaPath: "#/oneOf/2/properties/enum/oneOf/0/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema35.oneOf[2].properties.enum.oneOf[0], data: data3 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        } else {
          const err20 = { instancePath: instancePath + "/enum", schemaPath: "#/oneOf/2/properties/enum/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.oneOf[2].properties.enum.oneOf[0].type, parentSchema: schema35.oneOf[2].properties.enum.oneOf[0], data: data3 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        var _valid3 = _errs26 === errors;
        if (_valid3) {
          valid8 = true;
          passing3 = 0;
        }
        const _errs30 = errors;
        if (typeof data3 === "string") {
          if (!pattern6.test(data3)) {
            const err21 = { instancePath: instancePath + "/enum", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data3 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        } else {
          const err22 = { instancePath: instancePath + "/enum", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data3 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        var _valid3 = _errs30 === errors;
        if (_valid3 && valid8) {
          valid8 = false;
          passing3 = [passing3, 1];
        } else {
          if (_valid3) {
            valid8 = true;
            passing3 = 1;
          }
        }
        if (!valid8) {
          const err23 = { instancePath: instancePath + "/enum", schemaPath: "#/oneOf/2/properties/enum/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema35.oneOf[2].properties.enum.oneOf, parentSchema: schema35.oneOf[2].properties.enum, data: data3 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        } else {
          errors = _errs25;
          if (vErrors !== null) {
            if (_errs25) {
              vErrors.length = _errs25;
            } else {
              vErrors = null;
            }
          }
        }
      }
    } else {
      const err24 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[2].type, parentSchema: schema35.oneOf[2], data };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    var _valid0 = _errs21 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = true;
        }
      }
      const _errs33 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.record === void 0) {
          const err25 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "record" }, message: "must have required property 'record'", schema: schema35.oneOf[3].required, parentSchema: schema35.oneOf[3], data };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        for (const key2 in data) {
          if (!(key2 === "record")) {
            const err26 = { instancePath, schemaPath: "#/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[3], data };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data.record !== void 0) {
          let data5 = data.record;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (Object.keys(data5).length < 1) {
              const err27 = { instancePath: instancePath + "/record", schemaPath: "#/oneOf/3/properties/record/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema35.oneOf[3].properties.record, data: data5 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            for (const key3 in data5) {
              const _errs38 = errors;
              if (typeof key3 === "string") {
                if (!pattern6.test(key3)) {
                  const err28 = { instancePath: instancePath + "/record", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: key3, propertyName: key3 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/record", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key3, propertyName: key3 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              var valid14 = _errs38 === errors;
              if (!valid14) {
                const err30 = { instancePath: instancePath + "/record", schemaPath: "#/oneOf/3/properties/record/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema35.oneOf[3].properties.record.propertyNames, parentSchema: schema35.oneOf[3].properties.record, data: data5 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            for (const key4 in data5) {
              if (!wrapper2.validate(data5[key4], { instancePath: instancePath + "/record/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key4, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/record", schemaPath: "#/oneOf/3/properties/record/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[3].properties.record.type, parentSchema: schema35.oneOf[3].properties.record, data: data5 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath, schemaPath: "#/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[3].type, parentSchema: schema35.oneOf[3], data };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var _valid0 = _errs33 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          if (props0 !== true) {
            props0 = true;
          }
        }
        const _errs43 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.set === void 0) {
            const err33 = { instancePath, schemaPath: "#/oneOf/4/required", keyword: "required", params: { missingProperty: "set" }, message: "must have required property 'set'", schema: schema35.oneOf[4].required, parentSchema: schema35.oneOf[4], data };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          for (const key5 in data) {
            if (!(key5 === "set")) {
              const err34 = { instancePath, schemaPath: "#/oneOf/4/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[4], data };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          if (data.set !== void 0) {
            if (!wrapper2.validate(data.set, { instancePath: instancePath + "/set", parentData: data, parentDataProperty: "set", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err35 = { instancePath, schemaPath: "#/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[4].type, parentSchema: schema35.oneOf[4], data };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        var _valid0 = _errs43 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 4;
            if (props0 !== true) {
              props0 = true;
            }
          }
          const _errs47 = errors;
          if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.function === void 0) {
              const err36 = { instancePath, schemaPath: "#/oneOf/5/required", keyword: "required", params: { missingProperty: "function" }, message: "must have required property 'function'", schema: schema35.oneOf[5].required, parentSchema: schema35.oneOf[5], data };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            for (const key6 in data) {
              if (!(key6 === "function")) {
                const err37 = { instancePath, schemaPath: "#/oneOf/5/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[5], data };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data.function !== void 0) {
              let data8 = data.function;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.from === void 0) {
                  const err38 = { instancePath: instancePath + "/function", schemaPath: "#/oneOf/5/properties/function/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema35.oneOf[5].properties.function.required, parentSchema: schema35.oneOf[5].properties.function, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data8.to === void 0) {
                  const err39 = { instancePath: instancePath + "/function", schemaPath: "#/oneOf/5/properties/function/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema35.oneOf[5].properties.function.required, parentSchema: schema35.oneOf[5].properties.function, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                for (const key7 in data8) {
                  if (!(key7 === "from" || key7 === "to")) {
                    const err40 = { instancePath: instancePath + "/function", schemaPath: "#/oneOf/5/properties/function/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[5].properties.function, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data8.from !== void 0) {
                  if (!wrapper2.validate(data8.from, { instancePath: instancePath + "/function/from", parentData: data8, parentDataProperty: "from", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                    errors = vErrors.length;
                  }
                }
                if (data8.to !== void 0) {
                  if (!wrapper2.validate(data8.to, { instancePath: instancePath + "/function/to", parentData: data8, parentDataProperty: "to", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/function", schemaPath: "#/oneOf/5/properties/function/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[5].properties.function.type, parentSchema: schema35.oneOf[5].properties.function, data: data8 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath, schemaPath: "#/oneOf/5/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[5].type, parentSchema: schema35.oneOf[5], data };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          var _valid0 = _errs47 === errors;
          if (_valid0 && valid0) {
            valid0 = false;
            passing0 = [passing0, 5];
          } else {
            if (_valid0) {
              valid0 = true;
              passing0 = 5;
              if (props0 !== true) {
                props0 = true;
              }
            }
            const _errs55 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
              if (data.seq === void 0) {
                const err43 = { instancePath, schemaPath: "#/oneOf/6/required", keyword: "required", params: { missingProperty: "seq" }, message: "must have required property 'seq'", schema: schema35.oneOf[6].required, parentSchema: schema35.oneOf[6], data };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
              if (data.max_length === void 0) {
                const err44 = { instancePath, schemaPath: "#/oneOf/6/required", keyword: "required", params: { missingProperty: "max_length" }, message: "must have required property 'max_length'", schema: schema35.oneOf[6].required, parentSchema: schema35.oneOf[6], data };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
              for (const key8 in data) {
                if (!(key8 === "seq" || key8 === "max_length")) {
                  const err45 = { instancePath, schemaPath: "#/oneOf/6/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[6], data };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              }
              if (data.seq !== void 0) {
                if (!wrapper2.validate(data.seq, { instancePath: instancePath + "/seq", parentData: data, parentDataProperty: "seq", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                  errors = vErrors.length;
                }
              }
              if (data.max_length !== void 0) {
                let data12 = data.max_length;
                const _errs61 = errors;
                let valid22 = false;
                let passing4 = null;
                const _errs62 = errors;
                if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                  const err46 = { instancePath: instancePath + "/max_length", schemaPath: "#/$defs/bound/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.oneOf[0].type, parentSchema: schema36.oneOf[0], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                var _valid4 = _errs62 === errors;
                if (_valid4) {
                  valid22 = true;
                  passing4 = 0;
                }
                const _errs64 = errors;
                if (typeof data12 === "string") {
                  if (func2(data12) < 1) {
                    const err47 = { instancePath: instancePath + "/max_length", schemaPath: "#/$defs/bound/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.oneOf[1], data: data12 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                } else {
                  const err48 = { instancePath: instancePath + "/max_length", schemaPath: "#/$defs/bound/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.oneOf[1].type, parentSchema: schema36.oneOf[1], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                var _valid4 = _errs64 === errors;
                if (_valid4 && valid22) {
                  valid22 = false;
                  passing4 = [passing4, 1];
                } else {
                  if (_valid4) {
                    valid22 = true;
                    passing4 = 1;
                  }
                }
                if (!valid22) {
                  const err49 = { instancePath: instancePath + "/max_length", schemaPath: "#/$defs/bound/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema36.oneOf, parentSchema: schema36, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                } else {
                  errors = _errs61;
                  if (vErrors !== null) {
                    if (_errs61) {
                      vErrors.length = _errs61;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
            } else {
              const err50 = { instancePath, schemaPath: "#/oneOf/6/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[6].type, parentSchema: schema35.oneOf[6], data };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            var _valid0 = _errs55 === errors;
            if (_valid0 && valid0) {
              valid0 = false;
              passing0 = [passing0, 6];
            } else {
              if (_valid0) {
                valid0 = true;
                passing0 = 6;
                if (props0 !== true) {
                  props0 = true;
                }
              }
              const _errs66 = errors;
              if (data && typeof data == "object" && !Array.isArray(data)) {
                if (data.union === void 0) {
                  const err51 = { instancePath, schemaPath: "#/oneOf/7/required", keyword: "required", params: { missingProperty: "union" }, message: "must have required property 'union'", schema: schema35.oneOf[7].required, parentSchema: schema35.oneOf[7], data };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                for (const key9 in data) {
                  if (!(key9 === "union")) {
                    const err52 = { instancePath, schemaPath: "#/oneOf/7/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[7], data };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                if (data.union !== void 0) {
                  let data13 = data.union;
                  if (Array.isArray(data13)) {
                    if (data13.length < 1) {
                      const err53 = { instancePath: instancePath + "/union", schemaPath: "#/oneOf/7/properties/union/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.oneOf[7].properties.union, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                    const len2 = data13.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      if (!wrapper2.validate(data13[i2], { instancePath: instancePath + "/union/" + i2, parentData: data13, parentDataProperty: i2, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err54 = { instancePath: instancePath + "/union", schemaPath: "#/oneOf/7/properties/union/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.oneOf[7].properties.union.type, parentSchema: schema35.oneOf[7].properties.union, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath, schemaPath: "#/oneOf/7/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[7].type, parentSchema: schema35.oneOf[7], data };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              var _valid0 = _errs66 === errors;
              if (_valid0 && valid0) {
                valid0 = false;
                passing0 = [passing0, 7];
              } else {
                if (_valid0) {
                  valid0 = true;
                  passing0 = 7;
                  if (props0 !== true) {
                    props0 = true;
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  if (!valid0) {
    const err56 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema35.oneOf, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err56];
    } else {
      vErrors.push(err56);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate23.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate23.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema41 = { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "description": "`<cel>`: the value; `{in: <cel> | lo..hi, where?}`: any element of a list or range; `{any: true, where?}` or `{where}`: any value of the variable's type (TLA+'s `x \\in [S -> T]`, `{c \\in Can : P(c)}`), the variable's name bound to the candidate in `where`; `{each: <cel>}`: a function mapping every key (bound as `key`) to the value.", "oneOf": [{ "$ref": "#/$defs/cel" }, { "type": "object", "required": ["in"], "properties": { "in": { "$ref": "#/$defs/cel" }, "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "type": "object", "required": ["any"], "properties": { "any": { "const": true }, "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "type": "object", "required": ["where"], "properties": { "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "$ref": "#/$defs/each" }] } };
var schema48 = { "description": "`{each: <cel>}`: a function value, every key of the domain (bound as `key`) mapping to the expression; the expression may itself be `{each: ...}` for a function of functions.", "type": "object", "required": ["each"], "properties": { "each": { "oneOf": [{ "$ref": "#/$defs/cel" }, { "$ref": "#/$defs/each" }] } }, "additionalProperties": false };
var wrapper8 = { validate: validate26 };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.each === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "each" }, message: "must have required property 'each'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "each")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.each !== void 0) {
      let data0 = data.each;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) > 4096) {
          const err2 = { instancePath: instancePath + "/each", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/each", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/each", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if (!wrapper8.validate(data0, { instancePath: instancePath + "/each", parentData: data, parentDataProperty: "each", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? wrapper8.validate.errors : vErrors.concat(wrapper8.validate.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err5 = { instancePath: instancePath + "/each", schemaPath: "#/properties/each/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema48.properties.each.oneOf, parentSchema: schema48.properties.each, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern6.test(key0)) {
          const err1 = { instancePath, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema41.propertyNames, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      const _errs6 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) > 4096) {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs10 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.in === void 0) {
          const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "in" }, message: "must have required property 'in'", schema: schema41.additionalProperties.oneOf[1].required, parentSchema: schema41.additionalProperties.oneOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key2 in data0) {
          if (!(key2 === "in" || key2 === "where")) {
            const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.additionalProperties.oneOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.in !== void 0) {
          let data1 = data0.in;
          if (typeof data1 === "string") {
            if (func2(data1) > 4096) {
              const err9 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/in", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data1 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (func2(data1) < 1) {
              const err10 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/in", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/in", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.where !== void 0) {
          let data2 = data0.where;
          if (typeof data2 === "string") {
            if (func2(data2) > 4096) {
              const err12 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err13 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.additionalProperties.oneOf[1].type, parentSchema: schema41.additionalProperties.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
          var props0 = true;
        }
        const _errs19 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.any === void 0) {
            const err16 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/2/required", keyword: "required", params: { missingProperty: "any" }, message: "must have required property 'any'", schema: schema41.additionalProperties.oneOf[2].required, parentSchema: schema41.additionalProperties.oneOf[2], data: data0 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          for (const key3 in data0) {
            if (!(key3 === "any" || key3 === "where")) {
              const err17 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.additionalProperties.oneOf[2], data: data0 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
          if (data0.any !== void 0) {
            let data3 = data0.any;
            if (true !== data3) {
              const err18 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/any", schemaPath: "#/additionalProperties/oneOf/2/properties/any/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema41.additionalProperties.oneOf[2].properties.any, data: data3 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          if (data0.where !== void 0) {
            let data4 = data0.where;
            if (typeof data4 === "string") {
              if (func2(data4) > 4096) {
                const err19 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data4 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
              if (func2(data4) < 1) {
                const err20 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data4 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            } else {
              const err21 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data4 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        } else {
          const err22 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.additionalProperties.oneOf[2].type, parentSchema: schema41.additionalProperties.oneOf[2], data: data0 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        var _valid0 = _errs19 === errors;
        if (_valid0 && valid3) {
          valid3 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid3 = true;
            passing0 = 2;
            if (props0 !== true) {
              props0 = true;
            }
          }
          const _errs26 = errors;
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.where === void 0) {
              const err23 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/3/required", keyword: "required", params: { missingProperty: "where" }, message: "must have required property 'where'", schema: schema41.additionalProperties.oneOf[3].required, parentSchema: schema41.additionalProperties.oneOf[3], data: data0 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key4 in data0) {
              if (!(key4 === "where")) {
                const err24 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.additionalProperties.oneOf[3], data: data0 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data0.where !== void 0) {
              let data5 = data0.where;
              if (typeof data5 === "string") {
                if (func2(data5) > 4096) {
                  const err25 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (func2(data5) < 1) {
                  const err26 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data5 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.additionalProperties.oneOf[3].type, parentSchema: schema41.additionalProperties.oneOf[3], data: data0 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          var _valid0 = _errs26 === errors;
          if (_valid0 && valid3) {
            valid3 = false;
            passing0 = [passing0, 3];
          } else {
            if (_valid0) {
              valid3 = true;
              passing0 = 3;
              if (props0 !== true) {
                props0 = true;
              }
            }
            const _errs32 = errors;
            if (!validate26(data0, { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs32 === errors;
            if (_valid0 && valid3) {
              valid3 = false;
              passing0 = [passing0, 4];
            } else {
              if (_valid0) {
                valid3 = true;
                passing0 = 4;
                if (props0 !== true) {
                  props0 = true;
                }
              }
            }
          }
        }
      }
      if (!valid3) {
        const err29 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema41.additionalProperties.oneOf, parentSchema: schema41.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema52 = { "type": "object", "required": ["name"], "properties": { "name": { "$ref": "#/$defs/name" }, "description": { "type": "string" }, "params": { "type": "object", "description": "Parameters, each ranging over the list a CEL expression yields (constants or state; earlier parameters may be used), or an integer range `lo..hi` whose bounds are int expressions.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/cel" } }, "guard": { "$ref": "#/$defs/cel" }, "updates": { "type": "object", "description": "Targets (`var`, `var[key]`, `var.field`, `var[k1].f`, keys computed from state and parameters) and their new values; variables not updated keep their value.", "additionalProperties": { "oneOf": [{ "$ref": "#/$defs/cel" }, { "$ref": "#/$defs/each" }] } } }, "additionalProperties": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "description" || key0 === "params" || key0 === "guard" || key0 === "updates")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.description.type, parentSchema: schema52.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.params !== void 0) {
      let data2 = data.params;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          const _errs9 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err5 = { instancePath: instancePath + "/params", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/params", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var valid2 = _errs9 === errors;
          if (!valid2) {
            const err7 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema52.properties.params.propertyNames, parentSchema: schema52.properties.params, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          let data3 = data2[key2];
          if (typeof data3 === "string") {
            if (func2(data3) > 4096) {
              const err8 = { instancePath: instancePath + "/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err9 = { instancePath: instancePath + "/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.params.type, parentSchema: schema52.properties.params, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.guard !== void 0) {
      let data4 = data.guard;
      if (typeof data4 === "string") {
        if (func2(data4) > 4096) {
          const err12 = { instancePath: instancePath + "/guard", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func2(data4) < 1) {
          const err13 = { instancePath: instancePath + "/guard", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/guard", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.updates !== void 0) {
      let data5 = data.updates;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key3 in data5) {
          let data6 = data5[key3];
          const _errs23 = errors;
          let valid8 = false;
          let passing0 = null;
          const _errs24 = errors;
          if (typeof data6 === "string") {
            if (func2(data6) > 4096) {
              const err15 = { instancePath: instancePath + "/updates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (func2(data6) < 1) {
              const err16 = { instancePath: instancePath + "/updates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data6 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/updates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var _valid0 = _errs24 === errors;
          if (_valid0) {
            valid8 = true;
            passing0 = 0;
          }
          const _errs27 = errors;
          if (!validate26(data6, { instancePath: instancePath + "/updates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs27 === errors;
          if (_valid0 && valid8) {
            valid8 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid8 = true;
              passing0 = 1;
            }
          }
          if (!valid8) {
            const err18 = { instancePath: instancePath + "/updates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/updates/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema52.properties.updates.additionalProperties.oneOf, parentSchema: schema52.properties.updates.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          } else {
            errors = _errs23;
            if (vErrors !== null) {
              if (_errs23) {
                vErrors.length = _errs23;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/updates", schemaPath: "#/properties/updates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.updates.type, parentSchema: schema52.properties.updates, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema58 = { "type": "object", "required": ["id"], "properties": { "id": { "type": "string", "minLength": 1 }, "bind": { "type": "object", "description": "Names the invariant's expressions use, bound to CEL over the spec's state.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/cel" } } }, "additionalProperties": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "bind")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema58.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.id.type, parentSchema: schema58.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.bind !== void 0) {
      let data1 = data.bind;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          const _errs6 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err4 = { instancePath: instancePath + "/bind", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/bind", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var valid1 = _errs6 === errors;
          if (!valid1) {
            const err6 = { instancePath: instancePath + "/bind", schemaPath: "#/properties/bind/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema58.properties.bind.propertyNames, parentSchema: schema58.properties.bind, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        for (const key2 in data1) {
          let data2 = data1[key2];
          if (typeof data2 === "string") {
            if (func2(data2) > 4096) {
              const err7 = { instancePath: instancePath + "/bind/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err8 = { instancePath: instancePath + "/bind/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/bind/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/bind", schemaPath: "#/properties/bind/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.properties.bind.type, parentSchema: schema58.properties.bind, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema61 = { "type": "object", "required": ["name", "expr"], "properties": { "name": { "type": "string", "minLength": 1 }, "expr": { "$ref": "#/$defs/cel" }, "severity": { "enum": ["critical", "high", "medium", "low"] }, "message": { "type": "string" } }, "additionalProperties": false };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.expr === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expr" }, message: "must have required property 'expr'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "expr" || key0 === "severity" || key0 === "message")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema61.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.name.type, parentSchema: schema61.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.expr !== void 0) {
      let data1 = data.expr;
      if (typeof data1 === "string") {
        if (func2(data1) > 4096) {
          const err5 = { instancePath: instancePath + "/expr", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/expr", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/expr", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data2 = data.severity;
      if (!(data2 === "critical" || data2 === "high" || data2 === "medium" || data2 === "low")) {
        const err8 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema61.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.severity.enum, parentSchema: schema61.properties.severity, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data3 = data.message;
      if (typeof data3 !== "string") {
        const err9 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.message.type, parentSchema: schema61.properties.message, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema63 = { "type": "object", "required": ["name", "when", "then", "within"], "properties": { "name": { "type": "string", "minLength": 1 }, "when": { "$ref": "#/$defs/cel" }, "then": { "$ref": "#/$defs/cel" }, "within": { "type": "integer", "minimum": 0, "maximum": 1e4 }, "severity": { "enum": ["critical", "high", "medium", "low"] } }, "additionalProperties": false };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.when === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.then === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "then" }, message: "must have required property 'then'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.within === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "within" }, message: "must have required property 'within'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "when" || key0 === "then" || key0 === "within" || key0 === "severity")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema63.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.name.type, parentSchema: schema63.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.when !== void 0) {
      let data1 = data.when;
      if (typeof data1 === "string") {
        if (func2(data1) > 4096) {
          const err7 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err8 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.then !== void 0) {
      let data2 = data.then;
      if (typeof data2 === "string") {
        if (func2(data2) > 4096) {
          const err10 = { instancePath: instancePath + "/then", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err11 = { instancePath: instancePath + "/then", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/then", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.within !== void 0) {
      let data3 = data.within;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err13 = { instancePath: instancePath + "/within", schemaPath: "#/properties/within/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema63.properties.within.type, parentSchema: schema63.properties.within, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 1e4 || isNaN(data3)) {
          const err14 = { instancePath: instancePath + "/within", schemaPath: "#/properties/within/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema63.properties.within, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err15 = { instancePath: instancePath + "/within", schemaPath: "#/properties/within/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema63.properties.within, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.severity !== void 0) {
      let data4 = data.severity;
      if (!(data4 === "critical" || data4 === "high" || data4 === "medium" || data4 === "low")) {
        const err16 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema63.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema63.properties.severity.enum, parentSchema: schema63.properties.severity, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.type, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema66 = { "type": "object", "minProperties": 1, "properties": { "weak": { "oneOf": [{ "$ref": "#/$defs/name" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/name" } }] }, "strong": { "oneOf": [{ "$ref": "#/$defs/name" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/name" } }] }, "per": { "$ref": "#/$defs/name" } }, "additionalProperties": false };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "weak" || key0 === "strong" || key0 === "per")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.weak !== void 0) {
      let data0 = data.weak;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err2 = { instancePath: instancePath + "/weak", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/weak", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/weak", schemaPath: "#/properties/weak/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema66.properties.weak.oneOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (!pattern6.test(data1)) {
              const err5 = { instancePath: instancePath + "/weak/" + i0, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/weak/" + i0, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/weak", schemaPath: "#/properties/weak/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.weak.oneOf[1].type, parentSchema: schema66.properties.weak.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/weak", schemaPath: "#/properties/weak/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema66.properties.weak.oneOf, parentSchema: schema66.properties.weak, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.strong !== void 0) {
      let data2 = data.strong;
      const _errs13 = errors;
      let valid6 = false;
      let passing1 = null;
      const _errs14 = errors;
      if (typeof data2 === "string") {
        if (!pattern6.test(data2)) {
          const err9 = { instancePath: instancePath + "/strong", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/strong", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs14 === errors;
      if (_valid1) {
        valid6 = true;
        passing1 = 0;
      }
      const _errs17 = errors;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err11 = { instancePath: instancePath + "/strong", schemaPath: "#/properties/strong/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema66.properties.strong.oneOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
              const err12 = { instancePath: instancePath + "/strong/" + i1, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/strong/" + i1, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/strong", schemaPath: "#/properties/strong/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.strong.oneOf[1].type, parentSchema: schema66.properties.strong.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid1 = _errs17 === errors;
      if (_valid1 && valid6) {
        valid6 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid6 = true;
          passing1 = 1;
        }
      }
      if (!valid6) {
        const err15 = { instancePath: instancePath + "/strong", schemaPath: "#/properties/strong/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema66.properties.strong.oneOf, parentSchema: schema66.properties.strong, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.per !== void 0) {
      let data4 = data.per;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err16 = { instancePath: instancePath + "/per", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/per", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema72 = { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "eventually": { "$ref": "#/$defs/cel" }, "when": { "$ref": "#/$defs/cel" }, "leads_to": { "$ref": "#/$defs/cel" }, "params": { "type": "object", "description": "One property per combination of these constant lists or ranges (`p: 1..N`), as TLA+'s \\A p \\in S : ...", "additionalProperties": { "type": "string", "minLength": 1 } } }, "additionalProperties": false };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema72.required, parentSchema: schema72, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "eventually" || key0 === "when" || key0 === "leads_to" || key0 === "params")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema72, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema72.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.name.type, parentSchema: schema72.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.eventually !== void 0) {
      let data1 = data.eventually;
      if (typeof data1 === "string") {
        if (func2(data1) > 4096) {
          const err4 = { instancePath: instancePath + "/eventually", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/eventually", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/eventually", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.when !== void 0) {
      let data2 = data.when;
      if (typeof data2 === "string") {
        if (func2(data2) > 4096) {
          const err7 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err8 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.leads_to !== void 0) {
      let data3 = data.leads_to;
      if (typeof data3 === "string") {
        if (func2(data3) > 4096) {
          const err10 = { instancePath: instancePath + "/leads_to", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err11 = { instancePath: instancePath + "/leads_to", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/leads_to", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.params !== void 0) {
      let data4 = data.params;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err13 = { instancePath: instancePath + "/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema72.properties.params.additionalProperties, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.params.additionalProperties.type, parentSchema: schema72.properties.params.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema72.properties.params.type, parentSchema: schema72.properties.params, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema72.type, parentSchema: schema72, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
    if (data.spec === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.variables === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "variables" }, message: "must have required property 'variables'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.init === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "init" }, message: "must have required property 'init'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.actions === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data0 = data.spec;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err5 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z][A-Za-z0-9_.-]*$", parentSchema: schema31.properties.spec, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.type, parentSchema: schema31.properties.spec, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.title.type, parentSchema: schema31.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.description.type, parentSchema: schema31.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.critical !== void 0) {
      let data3 = data.critical;
      if (typeof data3 !== "boolean") {
        const err9 = { instancePath: instancePath + "/critical", schemaPath: "#/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.critical.type, parentSchema: schema31.properties.critical, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.constants !== void 0) {
      let data4 = data.constants;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!validate21(data4[key1], { instancePath: instancePath + "/constants/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/constants", schemaPath: "#/properties/constants/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.constants.type, parentSchema: schema31.properties.constants, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.definitions !== void 0) {
      let data6 = data.definitions;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key2 in data6) {
          const _errs16 = errors;
          if (typeof key2 === "string") {
            if (!pattern5.test(key2)) {
              const err11 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/propertyNames/pattern", keyword: "pattern", params: { pattern: "^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$" }, message: 'must match pattern "^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$"', schema: "^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$", parentSchema: schema31.properties.definitions.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          var valid2 = _errs16 === errors;
          if (!valid2) {
            const err12 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema31.properties.definitions.propertyNames, parentSchema: schema31.properties.definitions, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key3 in data6) {
          let data7 = data6[key3];
          if (typeof data7 === "string") {
            if (func2(data7) > 4096) {
              const err13 = { instancePath: instancePath + "/definitions/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (func2(data7) < 1) {
              const err14 = { instancePath: instancePath + "/definitions/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data7 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/definitions/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.definitions.type, parentSchema: schema31.properties.definitions, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.variables !== void 0) {
      let data8 = data.variables;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (Object.keys(data8).length < 1) {
          const err17 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.variables, data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key4 in data8) {
          const _errs23 = errors;
          if (typeof key4 === "string") {
            if (!pattern6.test(key4)) {
              const err18 = { instancePath: instancePath + "/variables", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/variables", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key4, propertyName: key4 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          var valid5 = _errs23 === errors;
          if (!valid5) {
            const err20 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema31.properties.variables.propertyNames, parentSchema: schema31.properties.variables, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        for (const key5 in data8) {
          if (!validate23(data8[key5], { instancePath: instancePath + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data8, parentDataProperty: key5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.variables.type, parentSchema: schema31.properties.variables, data: data8 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.init !== void 0) {
      let data10 = data.init;
      const _errs29 = errors;
      let valid8 = false;
      let passing0 = null;
      const _errs30 = errors;
      if (!validate25(data10, { instancePath: instancePath + "/init", parentData: data, parentDataProperty: "init", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs30 === errors;
      if (_valid0) {
        valid8 = true;
        passing0 = 0;
      }
      const _errs31 = errors;
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          const err22 = { instancePath: instancePath + "/init", schemaPath: "#/properties/init/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.init.oneOf[1], data: data10 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate25(data10[i0], { instancePath: instancePath + "/init/" + i0, parentData: data10, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/init", schemaPath: "#/properties/init/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.init.oneOf[1].type, parentSchema: schema31.properties.init.oneOf[1], data: data10 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var _valid0 = _errs31 === errors;
      if (_valid0 && valid8) {
        valid8 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid8 = true;
          passing0 = 1;
        }
      }
      if (!valid8) {
        const err24 = { instancePath: instancePath + "/init", schemaPath: "#/properties/init/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.init.oneOf, parentSchema: schema31.properties.init, data: data10 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      } else {
        errors = _errs29;
        if (vErrors !== null) {
          if (_errs29) {
            vErrors.length = _errs29;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.constraint !== void 0) {
      let data12 = data.constraint;
      const _errs35 = errors;
      let valid11 = false;
      let passing1 = null;
      const _errs36 = errors;
      if (typeof data12 === "string") {
        if (func2(data12) > 4096) {
          const err25 = { instancePath: instancePath + "/constraint", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data12 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (func2(data12) < 1) {
          const err26 = { instancePath: instancePath + "/constraint", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data12 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/constraint", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data12 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var _valid1 = _errs36 === errors;
      if (_valid1) {
        valid11 = true;
        passing1 = 0;
      }
      const _errs39 = errors;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err28 = { instancePath: instancePath + "/constraint", schemaPath: "#/properties/constraint/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.constraint.oneOf[1], data: data12 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (typeof data13 === "string") {
            if (func2(data13) > 4096) {
              const err29 = { instancePath: instancePath + "/constraint/" + i1, schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data13 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (func2(data13) < 1) {
              const err30 = { instancePath: instancePath + "/constraint/" + i1, schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data13 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/constraint/" + i1, schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data13 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/constraint", schemaPath: "#/properties/constraint/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.constraint.oneOf[1].type, parentSchema: schema31.properties.constraint.oneOf[1], data: data12 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var _valid1 = _errs39 === errors;
      if (_valid1 && valid11) {
        valid11 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid11 = true;
          passing1 = 1;
        }
      }
      if (!valid11) {
        const err33 = { instancePath: instancePath + "/constraint", schemaPath: "#/properties/constraint/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.constraint.oneOf, parentSchema: schema31.properties.constraint, data: data12 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      } else {
        errors = _errs35;
        if (vErrors !== null) {
          if (_errs35) {
            vErrors.length = _errs35;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.actions !== void 0) {
      let data14 = data.actions;
      if (Array.isArray(data14)) {
        if (data14.length < 1) {
          const err34 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.actions, data: data14 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        const len2 = data14.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate30(data14[i2], { instancePath: instancePath + "/actions/" + i2, parentData: data14, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.actions.type, parentSchema: schema31.properties.actions, data: data14 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.invariants !== void 0) {
      let data16 = data.invariants;
      if (Array.isArray(data16)) {
        const len3 = data16.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data17 = data16[i3];
          const _errs50 = errors;
          let valid20 = false;
          let passing2 = null;
          const _errs51 = errors;
          if (!validate33(data17, { instancePath: instancePath + "/invariants/" + i3, parentData: data16, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
            errors = vErrors.length;
          }
          var _valid2 = _errs51 === errors;
          if (_valid2) {
            valid20 = true;
            passing2 = 0;
            var props3 = true;
          }
          const _errs52 = errors;
          if (!validate35(data17, { instancePath: instancePath + "/invariants/" + i3, parentData: data16, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
          var _valid2 = _errs52 === errors;
          if (_valid2 && valid20) {
            valid20 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid20 = true;
              passing2 = 1;
              if (props3 !== true) {
                props3 = true;
              }
            }
          }
          if (!valid20) {
            const err36 = { instancePath: instancePath + "/invariants/" + i3, schemaPath: "#/properties/invariants/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.invariants.items.oneOf, parentSchema: schema31.properties.invariants.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          } else {
            errors = _errs50;
            if (vErrors !== null) {
              if (_errs50) {
                vErrors.length = _errs50;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/invariants", schemaPath: "#/properties/invariants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.invariants.type, parentSchema: schema31.properties.invariants, data: data16 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.deadlock !== void 0) {
      let data18 = data.deadlock;
      if (typeof data18 !== "boolean") {
        const err38 = { instancePath: instancePath + "/deadlock", schemaPath: "#/properties/deadlock/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.deadlock.type, parentSchema: schema31.properties.deadlock, data: data18 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.responses !== void 0) {
      let data19 = data.responses;
      if (Array.isArray(data19)) {
        const len4 = data19.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate37(data19[i4], { instancePath: instancePath + "/responses/" + i4, parentData: data19, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/responses", schemaPath: "#/properties/responses/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.responses.type, parentSchema: schema31.properties.responses, data: data19 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.fairness !== void 0) {
      let data21 = data.fairness;
      if (Array.isArray(data21)) {
        const len5 = data21.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate39(data21[i5], { instancePath: instancePath + "/fairness/" + i5, parentData: data21, parentDataProperty: i5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/fairness", schemaPath: "#/properties/fairness/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.fairness.type, parentSchema: schema31.properties.fairness, data: data21 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.properties !== void 0) {
      let data23 = data.properties;
      if (Array.isArray(data23)) {
        const len6 = data23.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate41(data23[i6], { instancePath: instancePath + "/properties/" + i6, parentData: data23, parentDataProperty: i6, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.properties.type, parentSchema: schema31.properties.properties, data: data23 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.bounds !== void 0) {
      let data25 = data.bounds;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key6 in data25) {
          if (!(key6 === "max_depth" || key6 === "max_states" || key6 === "time_seconds" || key6 === "workers")) {
            const err42 = { instancePath: instancePath + "/bounds", schemaPath: "#/properties/bounds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.bounds, data: data25 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data25.max_depth !== void 0) {
          let data26 = data25.max_depth;
          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
            const err43 = { instancePath: instancePath + "/bounds/max_depth", schemaPath: "#/properties/bounds/properties/max_depth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.bounds.properties.max_depth.type, parentSchema: schema31.properties.bounds.properties.max_depth, data: data26 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (typeof data26 == "number" && isFinite(data26)) {
            if (data26 < 1 || isNaN(data26)) {
              const err44 = { instancePath: instancePath + "/bounds/max_depth", schemaPath: "#/properties/bounds/properties/max_depth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.bounds.properties.max_depth, data: data26 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        }
        if (data25.max_states !== void 0) {
          let data27 = data25.max_states;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
            const err45 = { instancePath: instancePath + "/bounds/max_states", schemaPath: "#/properties/bounds/properties/max_states/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.bounds.properties.max_states.type, parentSchema: schema31.properties.bounds.properties.max_states, data: data27 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 < 1 || isNaN(data27)) {
              const err46 = { instancePath: instancePath + "/bounds/max_states", schemaPath: "#/properties/bounds/properties/max_states/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.bounds.properties.max_states, data: data27 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
        }
        if (data25.time_seconds !== void 0) {
          let data28 = data25.time_seconds;
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 <= 0 || isNaN(data28)) {
              const err47 = { instancePath: instancePath + "/bounds/time_seconds", schemaPath: "#/properties/bounds/properties/time_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.bounds.properties.time_seconds, data: data28 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = { instancePath: instancePath + "/bounds/time_seconds", schemaPath: "#/properties/bounds/properties/time_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.bounds.properties.time_seconds.type, parentSchema: schema31.properties.bounds.properties.time_seconds, data: data28 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data25.workers !== void 0) {
          let data29 = data25.workers;
          if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
            const err49 = { instancePath: instancePath + "/bounds/workers", schemaPath: "#/properties/bounds/properties/workers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.bounds.properties.workers.type, parentSchema: schema31.properties.bounds.properties.workers, data: data29 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          if (typeof data29 == "number" && isFinite(data29)) {
            if (data29 > 16 || isNaN(data29)) {
              const err50 = { instancePath: instancePath + "/bounds/workers", schemaPath: "#/properties/bounds/properties/workers/maximum", keyword: "maximum", params: { comparison: "<=", limit: 16 }, message: "must be <= 16", schema: 16, parentSchema: schema31.properties.bounds.properties.workers, data: data29 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data29 < 1 || isNaN(data29)) {
              const err51 = { instancePath: instancePath + "/bounds/workers", schemaPath: "#/properties/bounds/properties/workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.bounds.properties.workers, data: data29 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/bounds", schemaPath: "#/properties/bounds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.bounds.type, parentSchema: schema31.properties.bounds, data: data25 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
  } else {
    const err53 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err53];
    } else {
      vErrors.push(err53);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// action/gates/modelcheck/spec-actions.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/spec-macros.ts
init_define_MAESTRO_CODE_DIGESTS();
var MacroError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
var MAX_EXPANSION_DEPTH = 16;
var MAX_EXPANDED_LENGTH = 1 << 16;
var BUILTIN_DEFINITIONS = [];
function parseDefinitionKey(key) {
  const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(\s*([^)]*)\))?\s*$/.exec(key);
  if (!m) return void 0;
  const params = m[2] === void 0 || m[2].trim() === "" ? [] : m[2].split(",").map((p) => p.trim());
  if (!params.every((p) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(p))) return void 0;
  if (new Set(params).size !== params.length) return void 0;
  return { name: m[1], params };
}
function skipString(s, i) {
  const raw = i > 0 && (s[i - 1] === "r" || s[i - 1] === "R");
  const q = s[i];
  const triple = s.startsWith(q.repeat(3), i);
  const close = triple ? q.repeat(3) : q;
  let j = i + close.length;
  while (j < s.length) {
    if (!raw && s[j] === "\\") {
      j += 2;
      continue;
    }
    if (s.startsWith(close, j)) return j + close.length;
    j++;
  }
  return s.length;
}
function findPercent(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") i = skipString(s, i) - 1;
    else if (c === "%") return i;
  }
  return -1;
}
function splitRange(s) {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") i = skipString(s, i) - 1;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && c === "." && s[i + 1] === ".") {
      const lo = s.slice(0, i);
      const hi = s.slice(i + 2);
      if (lo.trim() === "" || hi.trim() === "") return void 0;
      return { lo, hi, hiOffset: i + 2 };
    }
  }
  return void 0;
}
function readArgs(s, open) {
  const args = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") i = skipString(s, i) - 1;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) {
        const last = s.slice(start, i);
        if (last.trim() !== "" || args.length > 0) args.push(last);
        return { args, end: i + 1 };
      }
    } else if (c === "," && depth === 1) {
      args.push(s.slice(start, i));
      start = i + 1;
    }
  }
  return void 0;
}
function expandDefinitions(src, defs) {
  const segments = [];
  let out = "";
  const emit = (text, from, to, verbatim) => {
    segments.push([out.length, from, to, verbatim]);
    out += text;
  };
  const expandOnce = (s, depth, top) => {
    let result = "";
    let i = 0;
    let copyFrom = 0;
    const flush = (to) => {
      if (to > copyFrom) {
        if (top) emit(s.slice(copyFrom, to), copyFrom, to, true);
        else result += s.slice(copyFrom, to);
      }
    };
    while (i < s.length) {
      const c = s[i];
      if (c === '"' || c === "'") {
        i = skipString(s, i);
        continue;
      }
      IDENT.lastIndex = i;
      const m = /[A-Za-z_]/.test(c) && (i === 0 || !/[A-Za-z0-9_]/.test(s[i - 1]));
      const word = m ? IDENT.exec(s) : null;
      if (!word) {
        i++;
        continue;
      }
      const name = word[0];
      const start = i;
      i += name.length;
      const def = defs.get(name);
      let before = start - 1;
      while (before >= 0 && s[before] === " ") before--;
      if (def === void 0 || before >= 0 && s[before] === ".") continue;
      let j = i;
      while (j < s.length && s[j] === " ") j++;
      let args = [];
      let end = i;
      if (def.params.length > 0) {
        if (s[j] !== "(") {
          throw new MacroError(
            `\`${name}\` takes ${def.params.length} argument(s): write ${name}(${def.params.join(", ")})`,
            start
          );
        }
        const read = readArgs(s, j);
        if (read === void 0) throw new MacroError(`unclosed call of \`${name}\``, start);
        if (read.args.length !== def.params.length) {
          throw new MacroError(
            `\`${name}\` takes ${def.params.length} argument(s) (${def.params.join(", ")}), given ${read.args.length}`,
            start
          );
        }
        args = read.args.map((a) => expandOnce(a, depth + 1, false));
        end = read.end;
      }
      if (depth >= MAX_EXPANSION_DEPTH) {
        throw new MacroError(
          `definitions nest deeper than ${MAX_EXPANSION_DEPTH} levels at \`${name}\` (a definition that uses itself?)`,
          start
        );
      }
      let body = "";
      let k = 0;
      const b = def.body;
      while (k < b.length) {
        const ch = b[k];
        if (ch === '"' || ch === "'") {
          const e = skipString(b, k);
          body += b.slice(k, e);
          k = e;
          continue;
        }
        IDENT.lastIndex = k;
        const w = /[A-Za-z_]/.test(ch) && (k === 0 || !/[A-Za-z0-9_]/.test(b[k - 1]));
        const bw = w ? IDENT.exec(b) : null;
        if (bw) {
          const pi = def.params.indexOf(bw[0]);
          let pb = k - 1;
          while (pb >= 0 && b[pb] === " ") pb--;
          body += pi >= 0 && !(pb >= 0 && b[pb] === ".") ? `(${args[pi]})` : bw[0];
          k += bw[0].length;
        } else {
          body += ch;
          k++;
        }
      }
      const expanded = `(${expandOnce(body, depth + 1, false)})`;
      if (expanded.length > MAX_EXPANDED_LENGTH)
        throw new MacroError(`the expansion of \`${name}\` is too long`, start);
      flush(start);
      if (top) emit(expanded, start, end, false);
      else result += expanded;
      i = end;
      copyFrom = end;
    }
    flush(s.length);
    return result;
  };
  expandOnce(src, 0, true);
  return {
    text: out,
    origin(offset) {
      for (let n = segments.length - 1; n >= 0; n--) {
        const [outStart, from, , verbatim] = segments[n];
        if (offset >= outStart) return verbatim ? from + (offset - outStart) : from;
      }
      return 0;
    }
  };
}

// action/gates/modelcheck/spec-init.ts
init_define_MAESTRO_CODE_DIGESTS();
function compileInit(ctx, raw) {
  const constScope = ctx.scope(false, /* @__PURE__ */ new Map());
  const blocks = Array.isArray(raw) ? raw : [raw];
  return blocks.map((block, bi) => {
    const base = Array.isArray(raw) ? ["init", bi] : ["init"];
    const rules = [];
    for (const name of Object.keys(block)) {
      if (!ctx.vars.some((v) => v.name === name)) {
        ctx.fail(
          "MC_TYPE_ERROR",
          [...base, name],
          `\`${name}\` in init is not a declared variable; variables: ${ctx.vars.map((v) => v.name).join(", ")}`,
          true
        );
      }
    }
    ctx.vars.forEach((v, vi) => {
      if (!Object.hasOwn(block, v.name)) {
        ctx.fail(
          "MC_SPEC_INVALID",
          base,
          `init does not assign variable \`${v.name}\`; every variable needs an initial value`
        );
      }
      const rule = block[v.name];
      const path = [...base, v.name];
      const target = celTypeOf(v.type);
      if (typeof rule === "string") {
        const c = ctx.compile(rule, path, constScope);
        ctx.expectType(c.type, target, path, `the initial value of \`${v.name}\``);
        rules[vi] = { kind: "eq", fn: c.fn, loc: ctx.at(path) };
      } else if (isRecordValue(rule) && (typeof rule["in"] === "string" || rule["any"] === true || typeof rule["where"] === "string")) {
        let where;
        if (typeof rule["where"] === "string") {
          const candidate = ctx.scope(
            false,
            /* @__PURE__ */ new Map([[v.name, { kind: "param", index: 0, t: target }]])
          );
          const w = ctx.compile(rule["where"], [...path, "where"], candidate);
          ctx.expectType(w.type, { k: "bool" }, [...path, "where"], `\`where\` of \`${v.name}\``);
          where = w.fn;
        }
        if (typeof rule["in"] === "string") {
          const src = rule["in"];
          let fn;
          if (splitRange(src) !== void 0) {
            if (!(v.type instanceof IntType))
              ctx.fail(
                "MC_TYPE_ERROR",
                [...path, "in"],
                `a range initialises an int, but \`${v.name}\` is ${v.type.describe()}`
              );
            fn = ctx.rangeOf(src, [...path, "in"], constScope).fn;
          } else {
            const c = ctx.compile(src, [...path, "in"], constScope);
            ctx.expectType(
              c.type,
              { k: "list", elem: target },
              [...path, "in"],
              `the initial choices of \`${v.name}\``
            );
            fn = c.fn;
          }
          rules[vi] = {
            kind: "in",
            fn,
            ...where !== void 0 ? { where } : {},
            loc: ctx.at([...path, "in"])
          };
        } else {
          const whereOnState = typeof rule["where"] === "string" ? ctx.compile(
            rule["where"],
            [...path, "where"],
            ctx.scope(
              false,
              /* @__PURE__ */ new Map([[v.name, { kind: "var", index: vi, type: v.type, offset: v.offset }]])
            )
          ).fn : void 0;
          rules[vi] = {
            kind: "all",
            ...where !== void 0 ? { where } : {},
            ...whereOnState !== void 0 ? { whereOnState } : {},
            loc: ctx.at([...path, rule["any"] === true ? "any" : "where"])
          };
        }
      } else if (isRecordValue(rule) && rule["each"] !== void 0) {
        const fn = eachFn(
          ctx,
          v.type,
          rule["each"],
          [...path, "each"],
          /* @__PURE__ */ new Map(),
          0,
          false,
          v.name
        );
        rules[vi] = { kind: "eq", fn, loc: ctx.at([...path, "each"]) };
      }
    });
    return rules;
  });
}
function eachFn(ctx, type, src, path, extra, index, withVars, what) {
  if (!(type instanceof FunctionType))
    ctx.fail(
      "MC_TYPE_ERROR",
      path,
      `\`each\` builds a function, but \`${what}\` is ${type.describe()}`
    );
  const scope = new Map([
    ...extra,
    ["key", { kind: "param", index, t: celTypeOf(type.dom) }]
  ]);
  let inner;
  if (typeof src === "string") {
    const c = ctx.compile(src, path, ctx.scope(withVars, scope));
    ctx.expectType(c.type, celTypeOf(type.range), path, `every entry of \`${what}\``);
    inner = c.fn;
  } else if (isRecordValue(src) && src["each"] !== void 0) {
    inner = eachFn(
      ctx,
      type.range,
      src["each"],
      [...path, "each"],
      extra,
      index,
      withVars,
      `${what}[key]`
    );
  } else {
    return ctx.fail("MC_SPEC_INVALID", path, "`each` takes an expression or a nested {each: ...}");
  }
  const dom = type.dom;
  const keys = dom.values();
  return (env) => {
    const saved = env.p;
    const vals = new Array(keys.length);
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
function eachWriterOf(ctx, type, src, path, extra, index) {
  const scope = new Map([
    ...extra,
    ["key", { kind: "param", index, t: celTypeOf(type.dom) }]
  ]);
  const range2 = type.range;
  let inner;
  if (typeof src === "string") {
    const c = ctx.compile(src, path, ctx.scope(true, scope), false, void 0, range2);
    const fn = c.fn;
    inner = c.write ?? ((env, succ, off) => range2.write(fn(env), succ, off));
  } else if (isRecordValue(src) && range2 instanceof FunctionType) {
    const nested = eachWriterOf(ctx, range2, src["each"], [...path, "each"], extra, index);
    if (nested === void 0) return void 0;
    inner = nested;
  } else {
    return void 0;
  }
  return eachWriter(type, index, inner);
}

// action/gates/modelcheck/guard-source.ts
init_define_MAESTRO_CODE_DIGESTS();
var MAX_OFFSET = 2 ** 40;
var worst = (...t) => Math.max(0, ...t);
var MAX_UNROLLED = 64;
var INT_OPS3 = opsFor("int");
function safe(n) {
  if (!Number.isSafeInteger(n) || Math.abs(n) > MAX_OFFSET || Object.is(n, -0))
    throw notWritable("not a safe integer for generated source");
  return n < 0 ? `(${String(n)})` : String(n);
}
function bitsAt(off, width) {
  if (width === 0) return "0";
  if (width > 32 || width < 0) throw notWritable("bit width out of range");
  const w = off >>> 5;
  const b = off & 31;
  if (b + width <= 32) {
    if (width === 32) return `s[${safe(w)}]`;
    const mask = safe(2 ** width - 1);
    return b === 0 ? `(s[${safe(w)}] & ${mask})` : `((s[${safe(w)}] >>> ${safe(b)}) & ${mask})`;
  }
  const joined = `((s[${safe(w)}] >>> ${safe(b)}) | (s[${safe(w + 1)}] << ${safe(32 - b)}))`;
  return width === 32 ? `(${joined} >>> 0)` : `(${joined} & ${safe(2 ** width - 1)})`;
}
function guardSwitch(parts) {
  const closures = [];
  const arg = (value) => {
    closures.push(value);
    return `a${closures.length - 1}`;
  };
  let anyGenerated = false;
  const inner = [];
  let switchTemps = 0;
  const cases = parts.map((part, t) => {
    let src;
    if (part.kind === "always") src = "true";
    else if (part.kind === "never") {
      src = "false";
      anyGenerated = true;
    } else {
      if (part.kind === "source") {
        const mark = closures.length;
        const out = expressionSource(part.input, arg);
        if (out === void 0) closures.length = mark;
        else {
          anyGenerated = true;
          const budget = part.input.budget;
          if (budget === void 0) {
            src = out.src;
            switchTemps = Math.max(switchTemps, out.temps);
          } else {
            const g = `g${safe(t)}`;
            inner.push(
              `const ${g} = function (env) { const s = env.s; ${temps(out.temps)} return ${out.src}; };`
            );
            src = `${arg(withBudget)}(${arg(budget)}, ${g}, env)`;
          }
        }
      }
      src ??= `${arg(part.closure)}(env)`;
    }
    return `case ${safe(t)}: return ${src};`;
  });
  if (!anyGenerated) return void 0;
  const unknownTuple = arg(noSuchTuple);
  const params = closures.map((_, i) => `a${i}`);
  try {
    const make = new Function(
      ...params,
      `"use strict"; ${inner.join(" ")} return function guards(env, t) { const s = env.s; ${temps(switchTemps)} switch (t) { ${cases.join(" ")} default: return ${unknownTuple}(); } };`
    );
    return make(...closures);
  } catch {
    return void 0;
  }
}
function expressionFunction(input, closure) {
  const f = guardSwitch([{ kind: "source", input, closure }]);
  return f === void 0 ? void 0 : (env) => f(env, 0);
}
function temps(n) {
  if (n === 0) return "";
  return `let ${Array.from({ length: n }, (_, i) => `r${i}`).join(", ")};`;
}
function expressionSource(input, arg) {
  let tempCount = 0;
  const withHeads = (at, value) => {
    if (at.heads.length === 0) return value;
    const eh = arg(emptyHead);
    const tests = at.heads.map((h) => `${bitsAt(h.off, h.width)} === 0 ? ${eh}() : `).join("");
    return `(${tests}${value})`;
  };
  const leaf = (c) => ({
    src: `${arg(c.fn)}(env)`,
    kind: "any",
    throws: 2,
    t: c.t,
    leaf: true
  });
  const constant2 = (value, t) => {
    if (typeof value === "boolean") return { src: String(value), kind: "bool", throws: 0, t };
    if (typeof value === "number" && Number.isSafeInteger(value) && !Object.is(value, -0))
      return { src: safe(value), kind: "num", throws: 0, t };
    const code = { src: arg(value), kind: "any", throws: 0, t };
    if (typeof value === "string") code.str = value;
    return code;
  };
  const read = (r, t) => {
    if (!(r.at.off >= 0) || r.at.off > MAX_OFFSET) throw notWritable("offset out of range");
    const throws = r.at.heads.length === 0 ? 0 : 2;
    switch (r.kind) {
      case "int": {
        const bits = bitsAt(r.at.off, r.width);
        const value = r.lo === 0 ? bits : `(${safe(r.lo)} + ${bits})`;
        return { src: withHeads(r.at, value), kind: "num", throws, t };
      }
      case "size":
        return { src: withHeads(r.at, bitsAt(r.at.off, r.width)), kind: "num", throws, t };
      case "bool":
      case "member":
        return {
          src: withHeads(r.at, `(${bitsAt(r.at.off, 1)} === 1)`),
          kind: "bool",
          throws,
          t
        };
      case "enum": {
        const index = withHeads(r.at, bitsAt(r.at.off, r.width));
        return {
          src: `${arg(r.names)}[${index}]`,
          kind: "any",
          throws,
          t,
          enumRead: { index, names: r.names }
        };
      }
    }
  };
  const varRead = (e, c) => {
    if (e.exprKind.case !== "identExpr") return void 0;
    const b = input.scope.lookup(e.exprKind.value.name);
    if (b?.kind !== "var" || b.offset === void 0) return void 0;
    const at = { off: b.offset, heads: [] };
    const type = b.type;
    if (type instanceof IntType)
      return read({ kind: "int", at, width: type.bits, lo: type.lo }, c.t);
    if (type instanceof BoolType) return read({ kind: "bool", at }, c.t);
    if (type instanceof EnumType)
      return read({ kind: "enum", at, width: type.bits, names: type.names }, c.t);
    return void 0;
  };
  const gen = (e) => {
    const c = input.compile(e);
    if (c.known !== void 0) return constant2(c.known.value, c.t);
    if (c.note !== void 0) return read(c.note, c.t);
    const v = varRead(e, c);
    if (v !== void 0) return v;
    const k = e.exprKind;
    if (k.case === "comprehensionExpr") return unrolled(k.value, c) ?? leaf(c);
    if (k.case !== "callExpr" || k.value.target !== void 0) return leaf(c);
    const args = k.value.args;
    const fn = k.value.function;
    if ((fn === "_&&_" || fn === "_||_") && args.length === 2) {
      const l = gen(args[0]);
      if (l.kind !== "bool" || l.throws === 2) return leaf(c);
      const r = gen(args[1]);
      const right = r.kind === "bool" ? r.src : `${arg(logical)}(${r.src})`;
      return {
        src: `(${l.src} ${fn === "_&&_" ? "&&" : "||"} ${right})`,
        kind: "bool",
        throws: worst(l.throws, r.kind === "bool" ? r.throws : 2),
        t: c.t
      };
    }
    if (fn === "!_" && args.length === 1) {
      const x = gen(args[0]);
      const src = x.kind === "bool" ? x.src : `${arg(notOperand)}(${x.src})`;
      return { src: `(!${src})`, kind: "bool", throws: x.kind === "bool" ? x.throws : 2, t: c.t };
    }
    if (fn === "_?_:_" && args.length === 3) {
      const cond = gen(args[0]);
      const a = gen(args[1]);
      const b = gen(args[2]);
      const test = cond.kind === "bool" ? cond.src : `${arg(condition)}(${cond.src})`;
      return {
        src: `(${test} ? ${a.src} : ${b.src})`,
        kind: a.kind === b.kind ? a.kind : "any",
        throws: worst(cond.kind === "bool" ? cond.throws : 2, a.throws, b.throws),
        t: c.t
      };
    }
    if ((fn === "_==_" || fn === "_!=_") && args.length === 2) {
      const a = gen(args[0]);
      const b = gen(args[1]);
      const neg = fn === "_!=_";
      const scalar = a.t.k === b.t.k && (a.t.k === "string" || a.t.k === "bool" || a.t.k === "int");
      if (!scalar) {
        const src = `${arg(INT_OPS3.eq)}(${a.src}, ${b.src})`;
        return { src: neg ? `(!${src})` : src, kind: "bool", throws: 2, t: c.t };
      }
      const [e1, s1] = a.enumRead !== void 0 && b.str !== void 0 ? [a, b.str] : [b, a.str];
      if (e1.enumRead !== void 0 && s1 !== void 0) {
        const i = e1.enumRead.names.indexOf(s1);
        if (i >= 0)
          return {
            src: `(${e1.enumRead.index} ${neg ? "!==" : "==="} ${safe(i)})`,
            kind: "bool",
            throws: e1.throws,
            t: c.t
          };
      }
      return {
        src: `(${a.src} ${neg ? "!==" : "==="} ${b.src})`,
        kind: "bool",
        throws: worst(a.throws, b.throws),
        t: c.t
      };
    }
    const order = ORDER[fn];
    if (order !== void 0 && args.length === 2) {
      const a = gen(args[0]);
      const b = gen(args[1]);
      if (a.kind === "num" && b.kind === "num")
        return {
          src: `(${a.src} ${order.op} ${b.src})`,
          kind: "bool",
          throws: worst(a.throws, b.throws),
          t: c.t
        };
      return {
        src: `${arg(order.general)}(${a.src}, ${b.src})`,
        kind: "bool",
        throws: 2,
        t: c.t
      };
    }
    return leaf(c);
  };
  const unrolled = (q, c) => {
    const quantifier = quantifierOf(q);
    if (quantifier === void 0 || q.iterRange === void 0 || input.budget === void 0)
      return void 0;
    const range2 = input.compile(q.iterRange);
    const items = range2.known?.value;
    if (!Array.isArray(items) || items.length > MAX_UNROLLED) return void 0;
    const elemT = range2.t.k === "list" ? range2.t.elem.k : void 0;
    const preds = [];
    for (const item of items) {
      const lit = literalOf(item, elemT, q.iterVar);
      if (lit === void 0) return void 0;
      const body = substituted(quantifier.pred, q.iterVar, q.accuVar, lit);
      if (body === void 0) return void 0;
      let code;
      const folded = input.foldsLoops(() => {
        code = gen(body);
      });
      if (folded || code === void 0) return void 0;
      preds.push(code);
    }
    const stop = quantifier.stopOn;
    const st = arg(step);
    const lb = arg(logical);
    let src = String(!stop);
    for (let i = preds.length - 1; i >= 0; i--) {
      const p = preds[i];
      const r = `r${tempCount++}`;
      const decided = i + 1 < preds.length ? `(${st}(), ${String(stop)})` : String(stop);
      const checked = p.kind === "bool" ? src : `(${lb}(${r}), ${src})`;
      src = `(${st}(), (${r} = ${p.src}) === ${String(stop)} ? ${decided} : ${checked})`;
    }
    return {
      src,
      kind: "bool",
      throws: worst(1, ...preds.map((p) => p.kind === "bool" ? p.throws : 2)),
      t: c.t
    };
  };
  let root;
  try {
    root = gen(input.expr);
  } catch {
    return void 0;
  }
  return root.leaf === true ? void 0 : { src: root.src, temps: tempCount };
}
function notWritable(what) {
  return new MaestroError("MC_INTERNAL_ERROR", `internal: guard source: ${what}`);
}
function noSuchTuple() {
  throw new MaestroError("MC_INTERNAL_ERROR", "internal: a guard was asked for an unknown tuple");
}
function emptyHead() {
  throw new CelRuntimeError("head of an empty sequence");
}
function boolOf(v, what) {
  if (typeof v !== "boolean")
    throw new CelRuntimeError(`${what} must be a bool, got ${showValue(v)}`);
  return v;
}
function logical(v) {
  return boolOf(v, "a logical operand");
}
function notOperand(v) {
  return boolOf(v, "the operand of `!`");
}
function condition(v) {
  return boolOf(v, "the condition of `? :`");
}
var ORDER = {
  "_<_": {
    op: "<",
    general: (x, y) => typeof x === "number" && typeof y === "number" ? x < y : INT_OPS3.cmp(x, y) < 0
  },
  "_<=_": {
    op: "<=",
    general: (x, y) => typeof x === "number" && typeof y === "number" ? x <= y : INT_OPS3.cmp(x, y) <= 0
  },
  "_>_": {
    op: ">",
    general: (x, y) => typeof x === "number" && typeof y === "number" ? x > y : INT_OPS3.cmp(x, y) > 0
  },
  "_>=_": {
    op: ">=",
    general: (x, y) => typeof x === "number" && typeof y === "number" ? x >= y : INT_OPS3.cmp(x, y) >= 0
  }
};
function literalOf(value, elemK, name) {
  let constantKind;
  if (typeof value === "number" && elemK === "int" && Number.isSafeInteger(value) && !Object.is(value, -0))
    constantKind = { case: "int64Value", value: BigInt(value) };
  else if (typeof value === "string" && elemK === "string")
    constantKind = { case: "stringValue", value };
  else if (typeof value === "boolean" && elemK === "bool")
    constantKind = { case: "boolValue", value };
  else return void 0;
  void name;
  return {
    $typeName: "cel.expr.Expr",
    id: 0n,
    exprKind: { case: "constExpr", value: { $typeName: "cel.expr.Constant", constantKind } }
  };
}
function substituted(e, name, accu, lit) {
  const k = e.exprKind;
  const sub = (x) => x === void 0 ? null : substituted(x, name, accu, lit);
  switch (k.case) {
    case "constExpr":
      return e;
    case "identExpr":
      if (k.value.name === accu) return void 0;
      return k.value.name === name ? { ...lit, id: e.id } : e;
    case "selectExpr": {
      const operand = sub(k.value.operand);
      if (operand === void 0) return void 0;
      return {
        ...e,
        exprKind: { case: "selectExpr", value: { ...k.value, operand: operand ?? void 0 } }
      };
    }
    case "callExpr": {
      const target = sub(k.value.target);
      if (target === void 0) return void 0;
      const args = [];
      for (const a of k.value.args) {
        const x = substituted(a, name, accu, lit);
        if (x === void 0) return void 0;
        args.push(x);
      }
      return {
        ...e,
        exprKind: { case: "callExpr", value: { ...k.value, target: target ?? void 0, args } }
      };
    }
    case "listExpr": {
      const elements = [];
      for (const a of k.value.elements) {
        const x = substituted(a, name, accu, lit);
        if (x === void 0) return void 0;
        elements.push(x);
      }
      return { ...e, exprKind: { case: "listExpr", value: { ...k.value, elements } } };
    }
    case "comprehensionExpr": {
      const c = k.value;
      if (c.iterVar === name || c.accuVar === name || c.iterVar2 !== "") return void 0;
      const innerAccu = c.accuVar === accu ? "" : accu;
      const subInner = (x) => x === void 0 ? null : substituted(x, name, innerAccu, lit);
      const parts = [
        sub(c.iterRange),
        sub(c.accuInit),
        subInner(c.loopCondition),
        subInner(c.loopStep),
        subInner(c.result)
      ];
      if (parts.some((x) => x === void 0)) return void 0;
      const [iterRange, accuInit, loopCondition, loopStep, result] = parts.map(
        (x) => x ?? void 0
      );
      return {
        ...e,
        exprKind: {
          case: "comprehensionExpr",
          value: { ...c, iterRange, accuInit, loopCondition, loopStep, result }
        }
      };
    }
    case "structExpr":
    case void 0:
      return void 0;
  }
}

// action/gates/modelcheck/spec-actions.ts
var MAX_LISTED_TUPLES = 4096;
var MAX_SPECIALISED_TUPLES = 256;
function compileActions(ctx, raw) {
  const names = /* @__PURE__ */ new Set();
  return raw.map((a, ai) => {
    const base = ["actions", ai];
    if (names.has(a.name))
      ctx.fail("MC_SPEC_INVALID", [...base, "name"], `duplicate action name \`${a.name}\``);
    names.add(a.name);
    const params = [];
    const paramScope = /* @__PURE__ */ new Map();
    for (const [pname, src] of Object.entries(a.params ?? {})) {
      const path = [...base, "params", pname];
      if (ctx.constants.has(pname) || ctx.vars.some((v) => v.name === pname)) {
        ctx.fail(
          "MC_SPEC_INVALID",
          path,
          `parameter \`${pname}\` shadows a constant or variable of the same name`,
          true
        );
      }
      let usesParam = false;
      const inner = ctx.scope(true, paramScope);
      const tracking = {
        lookup(name) {
          const found = inner.lookup(name);
          if (found?.kind === "param") usesParam = true;
          return found;
        },
        known: () => inner.known()
      };
      const c = splitRange(src) !== void 0 ? { ...ctx.rangeOf(src, path, tracking), type: { k: "list", elem: { k: "int" } } } : ctx.compile(src, path, tracking);
      if (c.type.k !== "list" && c.type.k !== "dyn" && c.type.k !== "map") {
        ctx.fail(
          "MC_TYPE_ERROR",
          path,
          `parameter \`${pname}\` must range over a list (or a map's keys), but its expression is ${typeName(c.type)}; a parameter needs a finite domain such as a constant list`
        );
      }
      const elemT = c.type.k === "list" ? c.type.elem : c.type.k === "map" ? c.type.key : { k: "dyn" };
      const param = { name: pname, fn: c.fn, loc: ctx.at(path) };
      if (c.reads.size === 0 && !usesParam) {
        const v = ctx.evalConst(c.fn, path);
        const items = Array.isArray(v) ? v : null;
        if (items === null)
          ctx.fail("MC_TYPE_ERROR", path, `parameter \`${pname}\` must range over a list`);
        param.constant = items;
      }
      params.push(param);
      paramScope.set(pname, { kind: "param", index: params.length - 1, t: elemT });
    }
    const scope = ctx.scope(true, paramScope);
    let guard;
    let guardFolded = false;
    if (a.guard !== void 0) {
      const c = ctx.compile(a.guard, [...base, "guard"], scope);
      guardFolded = c.foldedLoops === true;
      if (c.type.k !== "bool" && c.type.k !== "dyn") {
        ctx.fail(
          "MC_TYPE_ERROR",
          [...base, "guard"],
          `the guard of action \`${a.name}\` must be a bool, but it is ${typeName(c.type)}. Write a condition such as \`x < 3\`.`
        );
      }
      guard = c.fn;
    }
    const updates = [];
    const whole = /* @__PURE__ */ new Set();
    const partial = /* @__PURE__ */ new Set();
    for (const [target, src] of Object.entries(a.updates ?? {})) {
      const path = [...base, "updates", target];
      const { varIndex, steps, type } = updateTarget(ctx, target, path, scope);
      if (steps.length === 0) {
        if (whole.has(varIndex) || partial.has(varIndex))
          ctx.fail(
            "MC_SPEC_INVALID",
            path,
            `\`${target}\` is updated twice in action \`${a.name}\``,
            true
          );
        whole.add(varIndex);
      } else {
        if (whole.has(varIndex))
          ctx.fail(
            "MC_SPEC_INVALID",
            path,
            `\`${target}\` overlaps a whole update of \`${ctx.vars[varIndex].name}\``,
            true
          );
        partial.add(varIndex);
      }
      let c;
      if (typeof src !== "string") {
        if (paramScope.has("key"))
          ctx.fail(
            "MC_SPEC_INVALID",
            path,
            "`each` binds `key`, which is also a parameter name",
            true
          );
        c = {
          fn: eachFn(
            ctx,
            type,
            src.each,
            [...path, "each"],
            paramScope,
            params.length,
            true,
            target
          )
        };
        const write = type instanceof FunctionType ? eachWriterOf(ctx, type, src.each, [...path, "each"], paramScope, params.length) : void 0;
        if (write !== void 0) c.write = write;
      } else {
        const setVar = steps.length === 0 && type instanceof SetType ? ctx.vars[varIndex].name : void 0;
        const compiled = ctx.compile(src, path, scope, false, setVar, type);
        ctx.expectType(compiled.type, celTypeOf(type), path, `the new value of \`${target}\``);
        c = compiled;
      }
      updates.push({
        target,
        varIndex,
        steps,
        leaf: type,
        fn: c.fn,
        ...c.added !== void 0 ? { added: c.added } : {},
        ...c.write !== void 0 && c.added === void 0 ? { write: c.write } : {},
        offset: targetOffset(ctx.vars[varIndex].offset, steps),
        loc: ctx.at(path)
      });
    }
    const action = { name: a.name, params, guard, updates, loc: ctx.at(base) };
    const product = params.reduce((n, p) => n * (p.constant?.length ?? Infinity), 1);
    if (product <= MAX_LISTED_TUPLES) {
      let tuples = [[]];
      for (const p of params) tuples = tuples.flatMap((t) => p.constant.map((v) => [...t, v]));
      action.tuples = tuples;
      if (a.guard !== void 0 && guard !== void 0 && !guardFolded && params.length > 0 && tuples.length <= MAX_SPECIALISED_TUPLES) {
        const guardSrc = a.guard;
        const parts = tuples.map(
          (t) => specialisedGuard(ctx, guardSrc, [...base, "guard"], params, paramScope, t, guard)
        );
        action.tupleGuards = parts.map((p) => p.kind === "always" ? void 0 : p.closure);
        const guardAt = guardSwitch(parts);
        if (guardAt !== void 0) action.guardAt = guardAt;
      }
    }
    return action;
  });
}
function specialisedGuard(ctx, src, path, params, paramScope, tuple, general2) {
  const bound = new Map(paramScope);
  params.forEach((p, i) => {
    const b = paramScope.get(p.name);
    if (b?.kind === "param") bound.set(p.name, { kind: "const", value: tuple[i], t: b.t });
  });
  let c;
  try {
    c = ctx.compile(src, path, ctx.scope(true, bound), false, void 0, void 0, true);
  } catch {
    return { kind: "closure", closure: general2 };
  }
  if (c.foldedLoops === true) return { kind: "closure", closure: general2 };
  if (c.known !== void 0 && c.known.value === true) return { kind: "always" };
  if (c.known !== void 0 && c.known.value === false) return { kind: "never", closure: c.fn };
  if (c.source !== void 0) return { kind: "source", input: c.source, closure: c.fn };
  return { kind: "closure", closure: c.fn };
}
function updateTarget(ctx, target, path, scope) {
  const parts = splitTarget(target);
  if (parts === void 0) {
    return ctx.fail(
      "MC_SPEC_INVALID",
      path,
      `update target \`${target}\` is not of the form var, var[key] or var.field`,
      true
    );
  }
  const [rootName, ...chain] = parts;
  const varIndex = ctx.vars.findIndex((v) => v.name === rootName);
  if (varIndex < 0) {
    ctx.fail(
      "MC_TYPE_ERROR",
      path,
      `update target \`${target}\`: \`${rootName}\` is not a declared variable; variables: ${ctx.vars.map((v) => v.name).join(", ")}`,
      true
    );
  }
  let type = ctx.vars[varIndex].type;
  const steps = [];
  for (const step2 of chain) {
    if (step2.kind === "field") {
      if (!(type instanceof RecordType) || !type.fields.has(step2.text)) {
        ctx.fail(
          "MC_TYPE_ERROR",
          path,
          `update target \`${target}\`: ${type.describe()} has no field \`${step2.text}\``,
          true
        );
      }
      steps.push({ kind: "field", name: step2.text, container: type });
      type = type.fields.get(step2.text);
    } else {
      if (!(type instanceof FunctionType)) {
        ctx.fail(
          "MC_TYPE_ERROR",
          path,
          `update target \`${target}\`: only functions can be updated by key, but this is ${type.describe()}`,
          true
        );
      }
      const c = ctx.compile(step2.text, path, scope, true);
      ctx.expectType(c.type, celTypeOf(type.dom), path, `the key in \`${target}\``);
      steps.push({ kind: "key", fn: c.fn, container: type });
      type = type.range;
    }
  }
  return { varIndex, steps, type };
}
function splitTarget(target) {
  const root = /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(target);
  if (!root) return void 0;
  const steps = [];
  let i = root[0].length;
  while (i < target.length) {
    const ch = target[i];
    if (ch === " ") {
      i++;
    } else if (ch === ".") {
      const m = /^\.\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(target.slice(i));
      if (!m) return void 0;
      steps.push({ kind: "field", text: m[1] });
      i += m[0].length;
    } else if (ch === "[") {
      let depth = 0;
      let quote;
      let j = i;
      for (; j < target.length; j++) {
        const c = target[j];
        if (quote !== void 0) {
          if (c === "\\") j++;
          else if (c === quote) quote = void 0;
        } else if (c === "'" || c === '"') quote = c;
        else if (c === "[") depth++;
        else if (c === "]" && --depth === 0) break;
      }
      if (j >= target.length) return void 0;
      const text = target.slice(i + 1, j).trim();
      if (text === "") return void 0;
      steps.push({ kind: "key", text });
      i = j + 1;
    } else {
      return void 0;
    }
  }
  return [root[1], ...steps];
}

// action/gates/modelcheck/spec-context.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_yaml2 = __toESM(require_dist(), 1);

// action/gates/modelcheck/spec-functions.ts
init_define_MAESTRO_CODE_DIGESTS();
var isInt = (t) => t.k === "int" || t.k === "dyn";
var isList = (t) => t.k === "list" || t.k === "dyn";
var elemOf = (t) => t.k === "list" ? t.elem : DYN;
function list(v, fn) {
  if (!Array.isArray(v)) throw new CelRuntimeError(`${fn} needs a list`);
  return v;
}
var SPEC_FUNCTIONS = {
  mod: {
    arity: 2,
    type: (a) => a.every(isInt) ? INT : "mod(a, b) takes two ints",
    impl: ([a, b]) => {
      const x = a;
      const y = b;
      if (y <= 0) throw new CelRuntimeError(`mod(${x}, ${y}): the divisor must be positive`);
      return (x % y + y) % y;
    }
  },
  head: {
    arity: 1,
    receiver: true,
    type: ([s]) => isList(s) ? elemOf(s) : "head(s) takes a list",
    impl: ([s]) => {
      const l = list(s, "head");
      if (l.length === 0) throw new CelRuntimeError("head of an empty sequence");
      return l[0];
    }
  },
  tail: {
    arity: 1,
    receiver: true,
    type: ([s]) => isList(s) ? s : "tail(s) takes a list",
    impl: ([s], ctx) => {
      const l = list(s, "tail");
      if (l.length === 0) throw new CelRuntimeError("tail of an empty sequence");
      ctx.charge(l.length);
      return l.slice(1);
    }
  },
  append: {
    arity: 2,
    receiver: true,
    type: ([s, x]) => isList(s) ? s.k === "list" ? s : listOf(x) : "append(s, x) takes a list",
    impl: ([s, x], ctx) => {
      const l = list(s, "append");
      ctx.charge(l.length + 1);
      return [...l, x];
    }
  },
  subseq: {
    arity: 3,
    receiver: true,
    type: ([s, m, n]) => isList(s) && isInt(m) && isInt(n) ? s : "subseq(s, m, n) takes a list and two ints",
    impl: ([s, m, n], ctx) => {
      const l = list(s, "subseq");
      const from = m;
      const to = n;
      if (to < from) return [];
      if (from < 1 || to > l.length)
        throw new CelRuntimeError(
          `subseq(s, ${from}, ${to}) is outside a sequence of length ${l.length} (bounds are 1-based)`
        );
      ctx.charge(to - from + 1);
      return l.slice(from - 1, to);
    }
  }
};

// action/gates/modelcheck/spec-context.ts
var SpecContext = class {
  constructor(source, options) {
    this.source = source;
    this.options = options;
  }
  source;
  options;
  /** Constants by name (after overrides). */
  constants = /* @__PURE__ */ new Map();
  /** The state variables declared so far, with their bit offsets. */
  vars = [];
  /** Comprehension slots the largest compiled expression needs. */
  slots = 0;
  /** The spec file, as shown in messages. */
  get file() {
    return this.source.file;
  }
  /** Where the node (or its key) at `path` is. */
  at(path, key = false) {
    return { file: this.file, ...positionOf(this.source, path, key) };
  }
  /** Throws a `MaestroError` located at `path`. */
  fail(code, path, message, key = false) {
    const loc = this.at(path, key);
    throw new MaestroError(code, `${this.file}:${loc.line}:${loc.column}: ${message}`, {
      location: loc
    });
  }
  /** Reads `constants`, applying the caller's overrides. */
  readConstants(raw) {
    this.constants = /* @__PURE__ */ new Map();
    if (!isRecordValue(raw)) return;
    for (const [name, value] of Object.entries(raw)) {
      const override = this.options.constants?.[name];
      const v = override !== void 0 ? override : value;
      this.checkConstant(v, ["constants", name]);
      this.constants.set(name, v);
    }
    for (const [name, v] of Object.entries(this.options.constants ?? {})) {
      if (!this.constants.has(name)) this.constants.set(name, v);
    }
  }
  /** Refuses constant values a spec cannot use (non-integers, null). */
  checkConstant(v, path) {
    if (typeof v === "number" && !Number.isSafeInteger(v)) {
      this.fail(
        "MC_SPEC_INVALID",
        path,
        `constant value ${v} is not an integer; specs use ints, strings, bools, lists and maps`
      );
    }
    if (v === null) this.fail("MC_SPEC_INVALID", path, "constant value is null; give it a value");
    if (Array.isArray(v)) v.forEach((x, i) => this.checkConstant(x, [...path, i]));
    else if (isRecordValue(v))
      for (const [k, x] of Object.entries(v)) this.checkConstant(x, [...path, k]);
  }
  /** A type bound: an int, an int constant, or an int expression over constants. */
  bound(v, path) {
    if (typeof v === "number" && Number.isSafeInteger(v)) return v;
    if (typeof v === "string") {
      const c = this.constants.get(v);
      if (typeof c === "number") return c;
      if (c === void 0 && !/^\s*[A-Za-z_][A-Za-z0-9_]*\s*$/.test(v)) {
        const e = this.compile(v, path, this.scope(false, /* @__PURE__ */ new Map()));
        const x = this.evalConst(e.fn, path);
        if (typeof x === "bigint" || typeof x === "number" && Number.isSafeInteger(x))
          return Number(x);
        this.fail("MC_SPEC_INVALID", path, `bound \`${v}\` is not an int`);
      }
      this.fail(
        "MC_SPEC_INVALID",
        path,
        c === void 0 ? `unknown constant \`${v}\` used as a bound` : `constant \`${v}\` is not an int`
      );
    }
    return this.fail(
      "MC_SPEC_INVALID",
      path,
      "a bound must be an integer or the name of an int constant"
    );
  }
  /** Definitions by name, built-ins included. */
  defs = /* @__PURE__ */ new Map();
  /** Reads `definitions`: `Name: expr` or `Name(a, b): expr`, expanded where they are used. */
  readDefinitions(raw) {
    this.defs = new Map(BUILTIN_DEFINITIONS.map((d) => [d.name, d]));
    if (!isRecordValue(raw)) return;
    for (const [key, body] of Object.entries(raw)) {
      const path = ["definitions", key];
      const k = parseDefinitionKey(key);
      if (k === void 0)
        this.fail(
          "MC_SPEC_INVALID",
          path,
          `definition \`${key}\` must be written Name or Name(a, b)`,
          true
        );
      if (typeof body !== "string")
        this.fail("MC_SPEC_INVALID", path, `definition \`${k.name}\` must be a CEL expression`);
      if (this.constants.has(k.name) || this.defs.has(k.name) || Object.hasOwn(SPEC_FUNCTIONS, k.name))
        this.fail(
          "MC_SPEC_INVALID",
          path,
          `definition \`${k.name}\` clashes with a constant, a built-in or an earlier definition`,
          true
        );
      this.refusePercent(body, path, false);
      let text = body;
      const range2 = k.params.length === 0 ? splitRange(body) : void 0;
      if (range2 !== void 0) {
        const items = this.evalConst(
          this.rangeOf(body, path, this.scope(false, /* @__PURE__ */ new Map())).fn,
          path
        );
        text = `[${items.join(", ")}]`;
      }
      this.defs.set(k.name, { name: k.name, params: k.params, body: text });
    }
  }
  /** Refuses CEL's truncated `%`, pointing at it. */
  refusePercent(src, path, key) {
    const pct = findPercent(src);
    if (pct < 0) return;
    const loc = this.exprLocation(path, pct, key);
    throw new MaestroError(
      "MC_SPEC_INVALID",
      `${loc.file}:${loc.line}:${loc.column}: \`%\` is CEL's truncated remainder (-1 % 3 is -1) while TLA+'s is floored (-1 % 3 is 2); write mod(a, b) for TLA+'s meaning`,
      { location: loc }
    );
  }
  /** Compiles `lo..hi` (bounds are int expressions) into a closure giving the list of ints. */
  rangeOf(src, path, scope) {
    const r = splitRange(src);
    const lo = this.compile(r.lo, path, scope);
    const hi = this.compile(r.hi, path, scope);
    this.expectType(lo.type, { k: "int" }, path, `the start of the range \`${src}\``);
    this.expectType(hi.type, { k: "int" }, path, `the end of the range \`${src}\``);
    const loFn = lo.fn;
    const hiFn = hi.fn;
    const fn = (env) => {
      const a = Number(loFn(env));
      const b = Number(hiFn(env));
      if (b - a >= MAX_ENUMERATED)
        throw new CelRuntimeError(`the range ${a}..${b} has more than ${MAX_ENUMERATED} members`);
      const out = [];
      for (let x = a; x <= b; x++) out.push(x);
      return out;
    };
    return { fn, reads: /* @__PURE__ */ new Set([...lo.reads, ...hi.reads]) };
  }
  /** Expands definitions and compiles `src` in `scope`; errors point into the expression. */
  compile(src, path, scope, key = false, setVar, target, source = false) {
    this.refusePercent(src, path, key);
    let expanded;
    try {
      expanded = expandDefinitions(src, this.defs);
    } catch (thrown) {
      if (thrown instanceof MacroError) {
        const loc = this.exprLocation(path, thrown.offset, key);
        throw new MaestroError(
          "MC_SPEC_INVALID",
          `${loc.file}:${loc.line}:${loc.column}: ${thrown.message}`,
          { location: loc }
        );
      }
      throw thrown;
    }
    try {
      const c = compileExpr(expanded.text, scope, setVar, {
        functions: SPEC_FUNCTIONS,
        ...target !== void 0 ? { target } : {},
        ...source ? { source } : {}
      });
      this.slots = Math.max(this.slots, c.slots);
      return c;
    } catch (thrown) {
      if (thrown instanceof ExprError) {
        const loc = this.exprLocation(path, expanded.origin(thrown.offset), key);
        throw new MaestroError(
          thrown.code,
          `${loc.file}:${loc.line}:${loc.column}: ${thrown.message}`,
          { location: loc }
        );
      }
      throw thrown;
    }
  }
  /** Maps an offset inside an expression scalar to a file position. */
  exprLocation(path, offset, key) {
    const start = positionOf(this.source, path, key);
    const node = this.nodeAt(path, key);
    if (node && (0, import_yaml2.isScalar)(node) && (node.type === "PLAIN" || node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE")) {
      const text = String(node.value);
      if (!text.slice(0, offset).includes("\n")) {
        return {
          file: this.file,
          line: start.line,
          column: start.column + offset + (node.type === "PLAIN" ? 0 : 1)
        };
      }
    }
    return { file: this.file, ...start };
  }
  /** The YAML node (or its key) at `path`. */
  nodeAt(path, key) {
    let node = this.source.doc.contents;
    let keyNode;
    for (const seg of path) {
      const n = node;
      if (n && Array.isArray(n.items)) {
        if (typeof seg === "number") {
          node = n.items[seg];
          keyNode = void 0;
        } else {
          const pair = n.items.find(
            (p) => (0, import_yaml2.isScalar)(p.key) && String(p.key.value) === seg
          );
          if (!pair) return void 0;
          keyNode = pair.key;
          node = pair.value;
        }
      } else return void 0;
    }
    return key ? keyNode : node;
  }
  /** Refuses an expression whose type cannot be assigned to `want`. */
  expectType(got, want, path, what) {
    if (!assignable(got, want)) {
      this.fail(
        "MC_TYPE_ERROR",
        path,
        `${what} must be ${typeName(want)}, but the expression is ${typeName(got)}`
      );
    }
  }
  /** Evaluates an expression over constants only. */
  evalConst(fn, path) {
    try {
      return fn({
        v: [],
        s: new Uint32Array(0),
        p: [],
        l: new Array(this.slots + 8),
        load: noState,
        has: noState
      });
    } catch (thrown) {
      return this.fail(
        "MC_TYPE_ERROR",
        path,
        `cannot evaluate: ${thrown instanceof Error ? thrown.message : String(thrown)}`
      );
    }
  }
  /** The names an expression sees: `extra`, then the variables (if asked), then constants. */
  scope(withVars, extra) {
    const vars = this.vars;
    const constants = this.constants;
    return {
      lookup(name) {
        const x = extra.get(name);
        if (x !== void 0) return x;
        if (withVars) {
          const index = vars.findIndex((v) => v.name === name);
          if (index >= 0)
            return { kind: "var", index, type: vars[index].type, offset: vars[index].offset };
        }
        if (constants.has(name)) {
          const value = constants.get(name);
          return { kind: "const", value, t: celTypeOfValue(value) };
        }
        return void 0;
      },
      known() {
        return [...extra.keys(), ...withVars ? vars.map((v) => v.name) : [], ...constants.keys()];
      }
    };
  }
};
function assignable(got, want) {
  if (got.k === "dyn" || want.k === "dyn") return true;
  const mapLike = (t) => t.k === "map" || t.k === "record";
  if (mapLike(got) && mapLike(want)) return true;
  if (got.k !== want.k) return false;
  if (got.k === "list" && want.k === "list") return assignable(got.elem, want.elem);
  return true;
}
function noState() {
  throw new MaestroError(
    "MC_INTERNAL_ERROR",
    "internal: a constant expression read a state variable"
  );
}

// action/gates/modelcheck/spec-properties.ts
init_define_MAESTRO_CODE_DIGESTS();
function generated(c) {
  return (c.source !== void 0 ? expressionFunction(c.source, c.fn) : void 0) ?? c.fn;
}
function compileProperties(ctx, raw) {
  const stateScope = ctx.scope(true, /* @__PURE__ */ new Map());
  const invariants = [];
  const invariantIds = [];
  (raw.invariants ?? []).forEach((inv, ii) => {
    const base = ["invariants", ii];
    if ("id" in inv) invariants.push(shared(ctx, inv, base, stateScope, invariantIds));
    else {
      const c = ctx.compile(
        inv.expr,
        [...base, "expr"],
        stateScope,
        false,
        void 0,
        void 0,
        true
      );
      ctx.expectType(c.type, { k: "bool" }, [...base, "expr"], `invariant \`${inv.name}\``);
      invariants.push({
        name: inv.name,
        severity: inv.severity ?? "critical",
        ...inv.message !== void 0 ? { message: inv.message } : {},
        checks: [{ fn: generated(c), source: inv.expr }],
        loc: ctx.at(base)
      });
    }
  });
  const responses = (raw.responses ?? []).map((r, ri) => {
    const base = ["responses", ri];
    const w = ctx.compile(r.when, [...base, "when"], stateScope);
    ctx.expectType(w.type, { k: "bool" }, [...base, "when"], `\`when\` of response \`${r.name}\``);
    const t = ctx.compile(r.then, [...base, "then"], stateScope);
    ctx.expectType(t.type, { k: "bool" }, [...base, "then"], `\`then\` of response \`${r.name}\``);
    return {
      name: r.name,
      when: w.fn,
      then: t.fn,
      within: r.within,
      severity: r.severity ?? "critical",
      loc: ctx.at(base)
    };
  });
  const constraintSources = raw.constraint === void 0 ? [] : Array.isArray(raw.constraint) ? raw.constraint : [raw.constraint];
  const constraints = constraintSources.map((src, i) => {
    const path = Array.isArray(raw.constraint) ? ["constraint", i] : ["constraint"];
    const c = ctx.compile(src, path, stateScope, false, void 0, void 0, true);
    ctx.expectType(c.type, { k: "bool" }, path, "a state constraint");
    return { fn: generated(c), source: src, loc: ctx.at(path), reads: [...c.reads] };
  });
  return { invariants, responses, constraints, invariantIds };
}
function shared(ctx, inv, base, stateScope, ids) {
  const found = ctx.options.invariants?.get(inv.id);
  if (found === void 0) {
    const known = [...ctx.options.invariants?.keys() ?? []].sort();
    const near = known.filter((k) => k.toLowerCase().includes(inv.id.toLowerCase().split(".").pop() ?? "")).slice(0, 5);
    ctx.fail(
      "MC_INVARIANT_NOT_FOUND",
      [...base, "id"],
      `invariant id \`${inv.id}\` does not resolve to any invariant in the base branch's invariants directory (${known.length} known${near.length > 0 ? `; similar: ${near.join(", ")}` : ""}). Fix the id, add the invariant in a separate pull request, or write it inline with name/expr.`
    );
  }
  ids.push(inv.id);
  const lets = /* @__PURE__ */ new Map();
  for (const [name, src] of Object.entries(inv.bind ?? {})) {
    const c = ctx.compile(src, [...base, "bind", name], stateScope);
    lets.set(name, { kind: "let", fn: c.fn, t: c.type });
  }
  const scope = ctx.scope(true, lets);
  const checks = found.asserts.map((a) => {
    let c;
    try {
      c = compileExpr(a.expr, scope, void 0, { functions: SPEC_FUNCTIONS });
    } catch (thrown) {
      if (thrown instanceof ExprError) {
        const loc = a.location;
        const here = ctx.at([...base, "id"]);
        throw new MaestroError(
          thrown.code,
          `${here.file}:${here.line}:${here.column}: invariant ${inv.id} (${loc.file}:${loc.line}:${loc.column}) cannot be checked on spec states: ${thrown.message}. Map its names to spec expressions with \`bind\`.`,
          { location: here }
        );
      }
      throw thrown;
    }
    ctx.slots = Math.max(ctx.slots, c.slots);
    if (c.type.k !== "bool" && c.type.k !== "dyn") {
      ctx.fail(
        "MC_TYPE_ERROR",
        [...base, "id"],
        `invariant ${inv.id}: \`${a.expr}\` is ${typeName(c.type)}, not a bool`
      );
    }
    return {
      fn: c.fn,
      source: a.expr,
      ...a.message !== void 0 ? { message: a.message } : {}
    };
  });
  if (checks.length === 0) {
    ctx.fail(
      "MC_INVARIANT_UNSUPPORTED",
      [...base, "id"],
      `invariant ${inv.id} has no \`assert\` expressions (only temporal rules over event traces), so it cannot be checked on states; reference an invariant with asserts, or write one inline`
    );
  }
  return {
    name: inv.id,
    id: inv.id,
    severity: found.severity,
    ...found.title !== void 0 ? { message: found.title } : {},
    checks,
    loc: ctx.at(base),
    definedAt: found.location
  };
}

// action/gates/modelcheck/spec-temporal.ts
init_define_MAESTRO_CODE_DIGESTS();
function compileFairness(ctx, raw, actions) {
  return (raw ?? []).map((f, i) => {
    const base = ["fairness", i];
    if (f.weak === void 0 === (f.strong === void 0)) {
      ctx.fail(
        "MC_SPEC_INVALID",
        base,
        "a fairness rule is either {weak: Action} or {strong: Action} (a name or a list of names)"
      );
    }
    const kind = f.weak !== void 0 ? "weak" : "strong";
    const written = f.weak ?? f.strong;
    const names = Array.isArray(written) ? written : [written];
    const indices = names.map((name, j) => {
      const ai = actions.findIndex((a) => a.name === name);
      if (ai < 0) {
        ctx.fail(
          "MC_SPEC_INVALID",
          Array.isArray(written) ? [...base, kind, j] : [...base, kind],
          `fairness names \`${name}\`, which is not an action; actions: ${actions.map((a) => a.name).join(", ")}`
        );
      }
      return ai;
    });
    if (f.per !== void 0) {
      for (const ai of indices) {
        const a = actions[ai];
        if (!a.params.some((p) => p.name === f.per)) {
          ctx.fail(
            "MC_SPEC_INVALID",
            [...base, "per"],
            `fairness is split per \`${f.per}\`, but action \`${a.name}\` has no parameter \`${f.per}\``
          );
        }
      }
    }
    return {
      kind,
      actions: indices,
      ...f.per !== void 0 ? { per: { name: f.per } } : {},
      loc: ctx.at(base)
    };
  });
}
function parameterTuples(ctx, params, base) {
  let tuples = [/* @__PURE__ */ new Map()];
  for (const [name, src] of Object.entries(params ?? {})) {
    const path = [...base, "params", name];
    if (ctx.constants.has(name) || ctx.vars.some((v) => v.name === name))
      ctx.fail(
        "MC_SPEC_INVALID",
        path,
        `parameter \`${name}\` shadows a constant or variable of the same name`,
        true
      );
    const scope = ctx.scope(false, /* @__PURE__ */ new Map());
    const fn = splitRange(src) !== void 0 ? ctx.rangeOf(src, path, scope).fn : ctx.compile(src, path, scope).fn;
    const items = ctx.evalConst(fn, path);
    if (!Array.isArray(items))
      ctx.fail("MC_TYPE_ERROR", path, `parameter \`${name}\` must range over a constant list`);
    tuples = tuples.flatMap(
      (t) => items.map((value) => {
        const next = new Map(t);
        next.set(name, { kind: "const", value, t: celTypeOfValue(value) });
        return next;
      })
    );
  }
  return tuples;
}
function compileTemporal(ctx, raw) {
  const names = /* @__PURE__ */ new Set();
  return (raw ?? []).flatMap(
    (p, i) => parameterTuples(ctx, p.params, ["properties", i]).map((bound) => {
      const scope = ctx.scope(true, bound);
      const name = bound.size === 0 ? p.name : `${p.name}[${[...bound].map(([k, b]) => `${k}=${JSON.stringify(toJson(b.value))}`).join(", ")}]`;
      const base = ["properties", i];
      if (names.has(name))
        ctx.fail("MC_SPEC_INVALID", [...base, "name"], `duplicate property name \`${p.name}\``);
      names.add(name);
      const bool2 = (src, key) => {
        const c = ctx.compile(src, [...base, key], scope);
        ctx.expectType(
          c.type,
          { k: "bool" },
          [...base, key],
          `\`${key}\` of property \`${p.name}\``
        );
        return c.fn;
      };
      if (p.eventually !== void 0) {
        if (p.when !== void 0 || p.leads_to !== void 0)
          ctx.fail(
            "MC_SPEC_INVALID",
            base,
            `property \`${p.name}\` is either {eventually: q} or {when: p, leads_to: q}, not both`
          );
        return {
          name,
          kind: "eventually",
          then: bool2(p.eventually, "eventually"),
          loc: ctx.at(base)
        };
      }
      if (p.when === void 0 || p.leads_to === void 0)
        ctx.fail(
          "MC_SPEC_INVALID",
          base,
          `property \`${p.name}\` needs {eventually: q} or both \`when\` and \`leads_to\` (p ~> q)`
        );
      return {
        name,
        kind: "leads_to",
        when: bool2(p.when, "when"),
        then: bool2(p.leads_to, "leads_to"),
        loc: ctx.at(base)
      };
    })
  );
}

// action/gates/modelcheck/spec-types.ts
init_define_MAESTRO_CODE_DIGESTS();
function buildType(ctx, t, path) {
  const unbounded = (what) => ctx.fail(
    "MC_SPEC_INVALID",
    path,
    `unbounded domain: \`${what}\` has infinitely many values, so the state space is not finite. Use a finite type: {int: [lo, hi]}, {enum: [...]}, bool, {set: T}, {function: {from: T, to: U}}, {seq: T, max_length: N}, {record: {...}} or {union: [...]}.`
  );
  if (t === "bool") return new BoolType();
  if (typeof t === "string") {
    if ([
      "int",
      "integer",
      "string",
      "number",
      "double",
      "uint",
      "list",
      "map",
      "bytes",
      "nat",
      "Nat",
      "Int"
    ].includes(t)) {
      return unbounded(t);
    }
    return ctx.fail(
      "MC_SPEC_INVALID",
      path,
      `unknown type \`${t}\`; the only type written as a word is \`bool\``
    );
  }
  if (!isRecordValue(t))
    return ctx.fail(
      "MC_SPEC_INVALID",
      path,
      "a type must be `bool` or an object such as {int: [0, 3]}"
    );
  const keys = Object.keys(t);
  const kind = keys.find(
    (k) => ["int", "enum", "record", "set", "function", "seq", "union"].includes(k)
  );
  if (kind === void 0) {
    return ctx.fail(
      "MC_SPEC_INVALID",
      path,
      `unknown type form {${keys.join(", ")}}; use one of int, enum, record, set, function, seq, union`
    );
  }
  const sub = [...path, kind];
  let out;
  switch (kind) {
    case "int": {
      const r = t["int"];
      if (!Array.isArray(r) || r.length !== 2) {
        return r === void 0 || r === null || r === true ? unbounded("int") : ctx.fail("MC_SPEC_INVALID", sub, "an int type is {int: [lo, hi]}");
      }
      const lo = ctx.bound(r[0], [...sub, 0]);
      const hi = ctx.bound(r[1], [...sub, 1]);
      if (hi < lo) ctx.fail("MC_SPEC_INVALID", sub, `empty int range [${lo}, ${hi}]`);
      if (hi - lo >= 2 ** 31)
        ctx.fail(
          "MC_SPEC_INVALID",
          sub,
          `int range [${lo}, ${hi}] is too large (at most 2^31 values)`
        );
      out = new IntType(lo, hi);
      break;
    }
    case "enum": {
      let names = t["enum"];
      if (typeof names === "string") {
        const c = ctx.constants.get(names);
        if (c === void 0)
          ctx.fail("MC_SPEC_INVALID", sub, `unknown constant \`${names}\` used as an enum`);
        names = c;
      }
      if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === "string")) {
        return ctx.fail(
          "MC_SPEC_INVALID",
          sub,
          "an enum is a non-empty list of strings (or the name of a constant that is one)"
        );
      }
      if (new Set(names).size !== names.length)
        ctx.fail("MC_SPEC_INVALID", sub, "enum values must be distinct");
      out = new EnumType(names);
      break;
    }
    case "record": {
      const fields = t["record"];
      if (!isRecordValue(fields) || Object.keys(fields).length === 0) {
        return ctx.fail("MC_SPEC_INVALID", sub, "a record type is {record: {field: type, ...}}");
      }
      out = new RecordType(
        new Map(Object.entries(fields).map(([n, ft]) => [n, buildType(ctx, ft, [...sub, n])]))
      );
      break;
    }
    case "set": {
      const elem = buildType(ctx, t["set"], sub);
      if (elem.size > MAX_ENUMERATED) {
        ctx.fail(
          "MC_SPEC_INVALID",
          sub,
          `set elements range over ${elem.size} values; at most ${MAX_ENUMERATED} are supported (one bit each)`
        );
      }
      out = new SetType(elem);
      break;
    }
    case "function": {
      const f = t["function"];
      if (!isRecordValue(f))
        return ctx.fail("MC_SPEC_INVALID", sub, "a function type is {function: {from: T, to: U}}");
      const dom = buildType(ctx, f["from"], [...sub, "from"]);
      const range2 = buildType(ctx, f["to"], [...sub, "to"]);
      if (dom.size > MAX_ENUMERATED) {
        ctx.fail(
          "MC_SPEC_INVALID",
          [...sub, "from"],
          `function domain has ${dom.size} values; at most ${MAX_ENUMERATED} are supported`
        );
      }
      out = new FunctionType(dom, range2);
      break;
    }
    case "seq": {
      const elem = buildType(ctx, t["seq"], sub);
      if (t["max_length"] === void 0) unbounded("seq without max_length");
      const n = ctx.bound(t["max_length"], [...path, "max_length"]);
      if (n < 0 || n > 1024)
        ctx.fail(
          "MC_SPEC_INVALID",
          [...path, "max_length"],
          "max_length must be between 0 and 1024"
        );
      out = new SeqType(elem, n);
      break;
    }
    default: {
      const alts = t["union"];
      if (!Array.isArray(alts) || alts.length === 0)
        return ctx.fail("MC_SPEC_INVALID", sub, "a union is a non-empty list of types");
      const types = alts.map((a, i) => buildType(ctx, a, [...sub, i]));
      out = new UnionType(types);
      if (out.size > MAX_ENUMERATED) {
        ctx.fail(
          "MC_SPEC_INVALID",
          sub,
          `a union has ${out.size} values; at most ${MAX_ENUMERATED} are supported`
        );
      }
      break;
    }
  }
  if (out.bits > 1 << 20)
    ctx.fail(
      "MC_SPEC_INVALID",
      path,
      `type ${out.describe()} needs ${out.bits} bits per state; reduce the domains`
    );
  return out;
}

// action/gates/modelcheck/spec.ts
var MAX_STATE_BITS = 1 << 16;
function loadSpec(file, text, options = {}) {
  const { source, problems } = parseYamlSource(file, text);
  if (problems.length > 0) {
    const p = problems[0];
    throw new MaestroError(
      "MC_SPEC_UNPARSEABLE",
      `${file}:${p.line}:${p.column}: the spec is not valid YAML: ${p.message}`,
      { location: { file, line: p.line, column: p.column } }
    );
  }
  const raw = source.doc.toJS({ maxAliasCount: 100 });
  if (raw === null || raw === void 0) {
    throw new MaestroError(
      "MC_SPEC_INVALID",
      `${file}: the spec is empty. Start from the example in docs/model-checking.md.`,
      {
        location: { file, line: 1, column: 1 }
      }
    );
  }
  const ctx = new SpecContext(source, options);
  if (isRecordValue(raw)) preflight(ctx, raw);
  const schemaProblems = problemsOf(validate, raw);
  if (schemaProblems.length > 0) {
    const best = [...schemaProblems].sort((x, y) => y.path.length - x.path.length)[0];
    const unknown = schemaProblems.find((p2) => p2.unknownKey !== void 0);
    const p = unknown ?? best;
    const pos = positionOf(source, p.path, p.unknownKey !== void 0);
    const allowed = p.allowed ? ` Allowed: ${p.allowed.join(", ")}.` : "";
    throw new MaestroError(
      "MC_SPEC_INVALID",
      `${file}:${pos.line}:${pos.column}: ${p.message} (schemas/spec.schema.json).${allowed}`,
      { location: { file, ...pos } }
    );
  }
  return build(ctx, raw);
}
function preflight(ctx, raw) {
  ctx.readConstants(raw["constants"]);
  ctx.readDefinitions(raw["definitions"]);
  const vars = raw["variables"];
  if (isRecordValue(vars)) {
    for (const [name, t] of Object.entries(vars)) buildType(ctx, t, ["variables", name]);
  }
}
function build(ctx, raw) {
  ctx.readConstants(raw.constants);
  ctx.readDefinitions(raw.definitions);
  let offset = 0;
  for (const [name, t] of Object.entries(raw.variables)) {
    if (ctx.constants.has(name))
      ctx.fail(
        "MC_SPEC_INVALID",
        ["variables", name],
        `\`${name}\` is both a constant and a variable`,
        true
      );
    if (ctx.defs.has(name))
      ctx.fail(
        "MC_SPEC_INVALID",
        ["variables", name],
        `\`${name}\` is both a definition and a variable`,
        true
      );
    const type = buildType(ctx, t, ["variables", name]);
    ctx.vars.push({ name, type, offset });
    offset += type.bits;
  }
  if (offset > MAX_STATE_BITS) {
    ctx.fail(
      "MC_SPEC_INVALID",
      ["variables"],
      `one state needs ${offset} bits; at most ${MAX_STATE_BITS} are supported. Shrink the domains.`
    );
  }
  const words = Math.max(1, Math.ceil(offset / 32));
  const init = compileInit(ctx, raw.init);
  const actions = compileActions(ctx, raw.actions);
  const { invariants, responses, constraints, invariantIds } = compileProperties(ctx, raw);
  const fairness = compileFairness(ctx, raw.fairness, actions);
  const properties = compileTemporal(ctx, raw.properties);
  return {
    name: raw.spec,
    file: ctx.file,
    critical: raw.critical ?? false,
    constraints,
    vars: ctx.vars,
    words,
    init,
    actions,
    invariants,
    responses,
    properties,
    fairness,
    deadlock: raw.deadlock ?? true,
    bounds: raw.bounds ?? {},
    slots: ctx.slots,
    invariantIds
  };
}

// action/cli/args.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_node_util = require("node:util");
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function didYouMean(word, candidates) {
  if (candidates.length === 0) return void 0;
  const best = (0, import_fastest_levenshtein.closest)(word, [...candidates]);
  return (0, import_fastest_levenshtein.distance)(word, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : void 0;
}
function optionNames(options) {
  return Object.keys(options ?? {}).map((name) => `--${name}`);
}
function parseCliArgs(command, config) {
  try {
    return (0, import_node_util.parseArgs)(config);
  } catch (thrown) {
    const code = thrown?.code;
    if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS")) throw thrown;
    const message = thrown.message;
    const help = `see maestro-gate ${command} --help`;
    const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
    switch (code) {
      case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
        const name = option?.split("=")[0] ?? "?";
        const near = didYouMean(name, optionNames(config.options));
        throw new UsageError(
          `unknown option ${name}${near ? `; did you mean ${near}?` : ""} (${help})`
        );
      }
      case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
        throw new UsageError(
          `${option ?? "an option"} ${/argument missing/.test(message) ? "needs a value" : "takes no value"} (${help})`
        );
      case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL": {
        const arg = /'([^']*)'/.exec(message)?.[1];
        throw new UsageError(`unexpected argument${arg ? ` ${arg}` : ""} (${help})`);
      }
      default:
        throw new UsageError(`${message} (${help})`);
    }
  }
}

// action/cli/modelcheck.ts
var HELP = `Usage: maestro-gate modelcheck SPEC.yaml... [options]

Searches each spec as the model-check gate does (breadth-first, shortest counterexamples).
The spec's own bounds win over these flags, as in the gate.

  --workers N         threads expanding the search, the main one included, 1 to 16
                      (default 1); the counts and counterexamples are the same with any
                      number (docs/model-checking.md)
  --max-states N      state bound (default ${DEFAULT_MAX_STATES})
  --max-depth N       depth bound (default none)
  --time-seconds S    time bound (default ${DEFAULT_TIME_SECONDS})
  --invariants DIR    where invariant ids resolve (default ./invariants)
  --constants JSON    override the spec's constants (an object), to scale a model
  --format text|json  (default text)

Exit codes: 0 RUN, 2 PAUSE_FOR_HITL (a bound was hit), 1 STOPPED, 64 usage error.
`;
var positiveInt = (v, flag, max) => {
  if (v === void 0) return void 0;
  const x = Number(v);
  if (!Number.isInteger(x) || x < 1 || x > max)
    throw new UsageError(`${flag} must be an integer from 1 to ${max}, got "${v}"`);
  return x;
};
async function runModelcheck(argv, io, { loadInvariantIndex, searched }) {
  const { values, positionals } = parseCliArgs("modelcheck", {
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      workers: { type: "string" },
      "max-states": { type: "string" },
      "max-depth": { type: "string" },
      "time-seconds": { type: "string" },
      invariants: { type: "string" },
      constants: { type: "string" },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("modelcheck needs a spec file (see --help)");
  if (values.format !== "text" && values.format !== "json")
    throw new UsageError(`--format must be text or json (got ${values.format})`);
  const workers = positiveInt(values.workers, "--workers", 16);
  const maxStates = positiveInt(values["max-states"], "--max-states", Number.MAX_SAFE_INTEGER);
  const maxDepth = positiveInt(values["max-depth"], "--max-depth", Number.MAX_SAFE_INTEGER);
  const time = values["time-seconds"] !== void 0 ? Number(values["time-seconds"]) : void 0;
  if (time !== void 0 && !(time > 0))
    throw new UsageError(
      `--time-seconds must be a positive number, got "${values["time-seconds"]}"`
    );
  let constants;
  if (values.constants !== void 0) {
    try {
      constants = JSON.parse(values.constants);
    } catch {
      constants = void 0;
    }
    if (typeof constants !== "object" || constants === null || Array.isArray(constants))
      throw new UsageError(`--constants must be a JSON object, got ${values.constants}`);
  }
  let index;
  const invariants = async () => index ??= await loadInvariantIndex((0, import_node_path2.resolve)(values.invariants ?? "invariants"), process.cwd());
  let worst2 = 0;
  const out = [];
  for (const file of positionals) {
    let text;
    try {
      text = (0, import_node_fs2.readFileSync)(file, "utf8");
    } catch (thrown) {
      throw new UsageError(`${file}: cannot read the spec (${describeThrown(thrown)})`);
    }
    const specInvariants = referencesInvariants(text) ? await invariants() : /* @__PURE__ */ new Map();
    const model = loadSpec(file, text, {
      invariants: specInvariants,
      ...constants !== void 0 ? { constants } : {}
    });
    const r = await checkParallel(model, {
      workers: model.bounds.workers ?? workers ?? 1,
      source: {
        file,
        text,
        invariants: specInvariants,
        ...constants !== void 0 ? { constants } : {}
      },
      maxStates: model.bounds.max_states ?? maxStates ?? DEFAULT_MAX_STATES,
      ...(model.bounds.max_depth ?? maxDepth) !== void 0 ? { maxDepth: model.bounds.max_depth ?? maxDepth } : {},
      timeMs: (model.bounds.time_seconds ?? time ?? DEFAULT_TIME_SECONDS) * 1e3,
      ...values.format === "text" ? { progress: (line) => io.stderr(`${line}
`) } : {}
    });
    searched?.();
    if (r.status === "aborted") throw new MaestroError("GATE_TIMEOUT", `${file}: search aborted`);
    const o = toSpecOutcome(r, model.critical, {});
    worst2 = Math.max(worst2, o.decision === "STOPPED" ? 2 : o.decision === "PAUSE_FOR_HITL" ? 1 : 0);
    if (values.format === "json") {
      out.push({
        file,
        decision: o.decision,
        reason_code: o.reason_code,
        status: r.status,
        ...r.bound !== void 0 ? { bound: r.bound } : {},
        stats: r.stats,
        ...r.violation !== void 0 ? {
          violation: {
            kind: r.violation.kind,
            message: r.violation.message,
            trace: r.violation.trace
          }
        } : {}
      });
    } else {
      io.stdout(`${o.decision} ${file}: ${o.summary} [${r.stats.workers ?? 1} worker(s)]
`);
    }
  }
  if (values.format === "json") io.stdout(`${JSON.stringify(out, null, 2)}
`);
  return [0, 2, 1][worst2];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  MaestroError,
  UsageError,
  runModelcheck
});
