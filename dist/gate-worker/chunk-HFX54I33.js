import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-OZBR5WFF.js";

// action/util/digest.ts
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/canonicalize/lib/canonicalize.js
init_define_MAESTRO_CODE_DIGESTS();
function hasLoneSurrogate(value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 55296 && code <= 56319) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 56320 && next <= 57343)) {
        return true;
      }
      i++;
    } else if (code >= 56320 && code <= 57343) {
      return true;
    }
  }
  return false;
}
function canonicalize(object, seen = /* @__PURE__ */ new Set()) {
  if (typeof object === "number" && isNaN(object)) {
    throw new Error("NaN is not allowed");
  }
  if (typeof object === "number" && !isFinite(object)) {
    throw new Error("Infinity is not allowed");
  }
  if (typeof object === "string" && hasLoneSurrogate(object)) {
    throw new Error("Lone surrogate is not allowed");
  }
  if (object === null || typeof object !== "object") {
    return JSON.stringify(object);
  }
  if (typeof object.toJSON === "function") {
    if (seen.has(object)) {
      throw new Error("Circular reference detected");
    }
    seen.add(object);
    const result2 = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result2;
  }
  if (seen.has(object)) {
    throw new Error("Circular reference detected");
  }
  seen.add(object);
  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === void 0 || typeof cv === "symbol" ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(",")}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === void 0 || typeof object[key] === "symbol") {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(",")}}`;
  }
  seen.delete(object);
  return result;
}

// action/util/digest.ts
import { createHash } from "node:crypto";
function sha256(data) {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}
function canonicalJson(value) {
  return canonicalize(value) ?? "null";
}
function sha256Json(value) {
  return sha256(canonicalJson(value));
}

// action/contract/gate-result.ts
init_define_MAESTRO_CODE_DIGESTS();
function flagsFor(decision, sealed = false) {
  switch (decision) {
    case "RUN":
      return { sealed: false, overrideable: false };
    case "PAUSE_FOR_HITL":
      return { sealed: false, overrideable: true };
    case "STOPPED":
      return { sealed, overrideable: false };
  }
}
function outcome(decision, reason_code, findings, extra = {}) {
  const { sealed, ...rest } = extra;
  return { decision, reason_code, findings, ...flagsFor(decision, sealed ?? false), ...rest };
}

export {
  sha256,
  sha256Hex,
  canonicalJson,
  sha256Json,
  outcome
};
