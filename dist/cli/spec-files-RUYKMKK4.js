import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  criticalFromBase,
  listSpecs,
  loadInvariantIndex,
  referencesInvariants
} from "./chunk-6RO2GJDO.js";
import "./chunk-6OE3NXPB.js";
import "./chunk-YGX6R5VT.js";
import "./chunk-ZLXOS2ZN.js";
import "./chunk-G6ONNIUE.js";
import "./chunk-23CADIEF.js";
export {
  criticalFromBase,
  listSpecs,
  loadInvariantIndex,
  referencesInvariants
};
