/**
 * What crosses the boundary between the runner and a gate's worker thread: the messages, a
 * structured-clone-safe form of thrown values, and where the worker entry point lives (the
 * bundle's `gate-worker.js` beside it, or the TypeScript source run through tsx).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isReasonCode } from '../contract/codebook.js';
import { describeThrown, MaestroError, type SourceLocation } from '../contract/errors.js';

/** A thrown value in a form that survives structured cloning. */
export type SerialisedThrown =
  | { kind: 'maestro'; code: string; message: string; location?: SourceLocation }
  | { kind: 'error'; name: string; message: string }
  | { kind: 'value'; description: string };

/** Flattens a thrown value for `postMessage`. */
export function serialiseThrown(thrown: unknown): SerialisedThrown {
  if (thrown instanceof MaestroError) {
    return {
      kind: 'maestro',
      code: thrown.code,
      message: thrown.message,
      ...(thrown.location ? { location: { ...thrown.location } } : {}),
    };
  }
  if (thrown instanceof Error) return { kind: 'error', name: thrown.name, message: thrown.message };
  return { kind: 'value', description: describeThrown(thrown) };
}

/** Rebuilds a thrown value on the runner's side (a non-Error stays a non-Error: a string). */
export function reviveThrown(s: SerialisedThrown): unknown {
  switch (s.kind) {
    case 'maestro':
      return isReasonCode(s.code)
        ? new MaestroError(s.code, s.message, s.location ? { location: s.location } : {})
        : new MaestroError(
            'GATE_CONTRACT_VIOLATION',
            `unknown reason code ${s.code}: ${s.message}`,
          );
    case 'error': {
      const e = new Error(s.message);
      e.name = s.name;
      return e;
    }
    case 'value':
      return s.description;
  }
}

/** What the runner hands the worker (`workerData`). */
export interface GateWorkerInput {
  gate: string;
  /** The gate context without its functions (`now`, `progress`, `signal`). */
  ctx: Record<string, unknown>;
  /** The runner's clock at the start, as epoch milliseconds: the worker's `now()`. */
  nowMs: number;
  /** Tests only: a module URL and export (a `() => Gate[]`) to find the gate in. */
  gates?: { module: string; export: string };
  /** The main-thread services the gate may call (see `gates/worker-services.ts`). */
  services: string[];
}

/** The runner's answer to a worker's service call. */
export type GateHostMessage =
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; thrown: SerialisedThrown };

/** What the worker posts back. */
export type GateWorkerMessage =
  | { type: 'progress'; line: string }
  | { type: 'missing'; inputs: { path: string; description: string; configKey: string }[] }
  | { type: 'value'; value: unknown }
  | { type: 'threw'; async: boolean; thrown: SerialisedThrown }
  | { type: 'uncloneable'; detail: string }
  | { type: 'call'; id: number; service: string; request: unknown };

/** How to start a gate worker. */
export interface GateWorkerEntry {
  url: URL;
  /** Set when running from TypeScript source: the URL of tsx's ESM API, to load `url` through. */
  tsx?: string;
}

/** The worker script and options `new Worker` needs for `entry`. */
export function workerScript(entry: GateWorkerEntry): { script: URL | string; eval: boolean } {
  if (entry.tsx === undefined) return { script: entry.url, eval: false };
  const code = `import(${JSON.stringify(entry.tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(entry.url.href)}));`;
  return { script: code, eval: true };
}

/**
 * The worker entry point next to `from` (an `import.meta.url`): the bundle's
 * `gate-worker.js` (beside it, or one folder up from a chunk), or, when running from source, `gates/gate-worker.ts` under tsx.
 */
export function gateWorkerEntry(from: string): GateWorkerEntry | undefined {
  const here = dirname(fileURLToPath(from));
  // Beside the bundle (dist/index.js), one folder up from a chunk of the split CLI (dist/cli/),
  // or the source tree's gates/ folder.
  const candidates = [
    join(here, 'gate-worker.js'),
    join(here, '..', 'gate-worker.js'),
    join(here, '..', 'gates', 'gate-worker.js'),
  ];
  for (const c of candidates) if (existsSync(c)) return { url: pathToFileURL(c) };
  const source = [
    join(here, 'gates', 'gate-worker.ts'),
    join(here, '..', 'gates', 'gate-worker.ts'),
  ];
  for (const c of source) {
    if (!existsSync(c)) continue;
    try {
      const tsx = dirname(createRequire(from).resolve('tsx/package.json'));
      return {
        url: pathToFileURL(c),
        tsx: pathToFileURL(join(tsx, 'dist/esm/api/index.mjs')).href,
      };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The isolation the pipeline uses: the worker entry next to `from`. When no entry can be
 * found the entry names a file that does not exist, so every gate stops (fail closed)
 * rather than silently running without its deadline and memory cap.
 */
export function isolationFor(
  from: string,
  memoryMb: number,
): { entry: GateWorkerEntry; memoryMb: number } {
  const entry = gateWorkerEntry(from) ?? {
    url: new URL('./gate-worker.js', from),
  };
  return { entry, memoryMb };
}
