import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  __commonJS,
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-23CADIEF.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
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
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

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

export {
  problemsOf,
  require_ucs2length
};
