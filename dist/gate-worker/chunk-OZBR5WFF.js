import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
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

// <define:__MAESTRO_CODE_DIGESTS__>
var define_MAESTRO_CODE_DIGESTS_default;
var init_define_MAESTRO_CODE_DIGESTS = __esm({
  "<define:__MAESTRO_CODE_DIGESTS__>"() {
    define_MAESTRO_CODE_DIGESTS_default = { invariants: "sha256:8def3c0078a2f8aeaba904386e0dbe1cabae31eae16ffa6cb37a0212f9f54e95", modelcheck: "sha256:be75e0f2bba676e676ec25eb5e90bce60f9ca86e37db2e1cf0309dfe242406b1", opa: "sha256:94fae6d6b1b8fed4e05052e0bb8378981e0d2e0eb6bc1acb15066f5a42f0c71a", ope: "sha256:16a84b3fdd55004ee2a637fb395ab399fdcd63d7535d80241a09bdf67b81309e", tamper: "sha256:fb8e77fa03140970c9db4378d37333647159264824cbf882a694c4b411cf58bf" };
  }
});

// action/contract/errors.ts
init_define_MAESTRO_CODE_DIGESTS();
function formatLocation(loc) {
  let out = loc.file;
  if (loc.line !== void 0) {
    out += `:${loc.line}`;
    if (loc.column !== void 0) out += `:${loc.column}`;
  }
  return out;
}
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
function normaliseThrown(thrown, code, options = {}) {
  if (thrown instanceof MaestroError) return thrown;
  const detail = describeThrown(thrown);
  const message = options.context === void 0 ? detail : `${options.context}: ${detail}`;
  const chosen = thrown instanceof Error ? code : options.nonErrorCode ?? code;
  return new MaestroError(chosen, message, { cause: thrown });
}
function toError(thrown) {
  if (thrown instanceof Error) return thrown;
  return normaliseThrown(thrown, "GATE_THREW_NON_ERROR");
}
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

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  init_define_MAESTRO_CODE_DIGESTS,
  define_MAESTRO_CODE_DIGESTS_default,
  formatLocation,
  MaestroError,
  toError,
  describeThrown
};
