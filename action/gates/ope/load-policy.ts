/** Loads a routing policy file by its kind: `.rego` is Rego (compiled with opa), anything else a JSON table. */
import type { OpaBinary } from '../opa/toolchain.js';
import { parsePolicy, type RoutingPolicy } from './policy.js';
import { loadRegoPolicy } from './rego-policy.js';

/** What loading a policy needs besides its text. */
export interface PolicyLoadOptions {
  arms: readonly string[];
  /** The declared context fields (a JSON table's `key` must name some of them). */
  contextFields: readonly string[];
  /** The `opa` CLI, asked for only when a policy is Rego (resolved by the edge, at most once). */
  resolveOpa: () => Promise<OpaBinary>;
  evalTimeoutMs?: number;
  signal?: AbortSignal;
}

/** True when `path` names a Rego routing policy. */
export function isRegoPath(path: string): boolean {
  return path.toLowerCase().endsWith('.rego');
}

/**
 * Parses (JSON table) or compiles (Rego) the policy at `path` from its text. `label` names it
 * in messages (e.g. `routing/policy.rego (head)`).
 */
export async function loadRoutingPolicy(
  text: string,
  path: string,
  label: string,
  options: PolicyLoadOptions,
): Promise<RoutingPolicy> {
  if (!isRegoPath(path)) return parsePolicy(text, label, options.arms, options.contextFields);
  return loadRegoPolicy(text, path, label, options.arms, {
    opa: await options.resolveOpa(),
    ...(options.evalTimeoutMs === undefined ? {} : { evalTimeoutMs: options.evalTimeoutMs }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
}
