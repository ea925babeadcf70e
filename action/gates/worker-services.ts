/**
 * The edge's tools a gate in a worker thread may call back to the main thread for: the
 * functions of `GateDeps` cannot be cloned into a worker, so each becomes a named service the
 * runner answers (`gateServices`) and the worker calls (`workerDeps`).
 */
import type { OpaBinary, OpaToolchain } from './opa/toolchain.js';
import type { GateDeps } from './registry.js';

/** A main-thread handler of one service. */
export type GateService = (
  request: unknown,
  tools: { progress: (line: string) => void; signal: AbortSignal },
) => Promise<unknown>;

const OPA_RESOLVE = 'opa.toolchain.resolve';

/** The services `deps` offers, for `IsolationOptions.services`. */
export function gateServices(deps: GateDeps | undefined): {
  services?: Record<string, GateService>;
} {
  const toolchain = deps?.opaToolchain;
  if (!toolchain) return {};
  return {
    services: {
      [OPA_RESOLVE]: async (request, { progress, signal }) => {
        const { pin } = request as Parameters<OpaToolchain['resolve']>[0];
        const binary = await toolchain.resolve({ pin, progress, signal });
        return { ...binary };
      },
    },
  };
}

/** The `GateDeps` of a worker: each offered service, called through `call`. */
export function workerDeps(
  offered: readonly string[],
  call: (service: string, request: unknown) => Promise<unknown>,
): GateDeps {
  if (!offered.includes(OPA_RESOLVE)) return {};
  return {
    opaToolchain: {
      resolve: ({ pin }) => call(OPA_RESOLVE, { pin: { ...pin } }) as Promise<OpaBinary>,
    },
  };
}
