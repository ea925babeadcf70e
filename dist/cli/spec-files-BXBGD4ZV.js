import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  criticalFromBase,
  listSpecs,
  loadInvariantIndex
} from "./chunk-MIPFYQTK.js";
import {
  referencesInvariants
} from "./chunk-STRIUOKP.js";
import "./chunk-CDCTPCGN.js";
import "./chunk-6LVJWRXH.js";
import "./chunk-RFHLNEKN.js";
import "./chunk-APSJHDUV.js";
import "./chunk-FOVNUOHR.js";
export {
  criticalFromBase,
  listSpecs,
  loadInvariantIndex,
  referencesInvariants
};
