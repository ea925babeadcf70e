import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  criticalFromBase,
  listSpecs,
  loadInvariantIndex
} from "./chunk-YB2FMY2Z.js";
import {
  referencesInvariants
} from "./chunk-UA432S24.js";
import "./chunk-KQW4UQQE.js";
import "./chunk-G3G7KV4T.js";
import "./chunk-KX4Y3375.js";
import "./chunk-A3JFRK7O.js";
import "./chunk-AHOJIHPH.js";
export {
  criticalFromBase,
  listSpecs,
  loadInvariantIndex,
  referencesInvariants
};
