import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-23CADIEF.js";

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
  formatLocation,
  MaestroError,
  normaliseThrown,
  toError,
  describeThrown
};
