import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  criticalFromBase,
  listSpecs,
  loadInvariantIndex
} from "./chunk-FQJMQ246.js";
import {
  referencesInvariants
} from "./chunk-KGHHML4U.js";
import "./chunk-NRXG4DGZ.js";
import "./chunk-HWEFA2N2.js";
import "./chunk-S6OPZ555.js";
import "./chunk-KJ6AS3KR.js";
import "./chunk-WKNCKC6X.js";
export {
  criticalFromBase,
  listSpecs,
  loadInvariantIndex,
  referencesInvariants
};
