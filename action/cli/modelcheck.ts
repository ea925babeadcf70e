/**
 * `maestro-gate modelcheck SPEC...`: the model-check gate's search on local spec files, with its
 * bounds and worker threads from flags (default: the gate's defaults, one worker). Prints each
 * spec's outcome as text or JSON; the exit code is the gate's decision. The invariant index
 * comes in as a loader (./invariant-index.ts), so that this module and what it imports make the
 * CLI's model-check bundle without the invariant gate's code (./modelcheck-cached.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MaestroError, describeThrown } from '../contract/errors.js';
import { DEFAULT_MAX_STATES, DEFAULT_TIME_SECONDS } from '../gates/modelcheck/config.js';
import { toSpecOutcome } from '../gates/modelcheck/outcome.js';
import { checkParallel } from '../gates/modelcheck/parallel.js';
import type { SharedInvariant } from '../gates/modelcheck/model.js';
import { referencesInvariants } from '../gates/modelcheck/spec-references.js';
import { loadSpec } from '../gates/modelcheck/spec.js';
import { parseCliArgs } from './args.js';
import { UsageError, type CliIo } from './io.js';

const HELP = `Usage: maestro-gate modelcheck SPEC.yaml... [options]

Searches each spec as the model-check gate does (breadth-first, shortest counterexamples).
The spec's own bounds win over these flags, as in the gate.

  --workers N         threads expanding the search, the main one included, 1 to 16
                      (default 1); the counts and counterexamples are the same with any
                      number (docs/model-checking.md)
  --max-states N      state bound (default ${DEFAULT_MAX_STATES})
  --max-depth N       depth bound (default none)
  --time-seconds S    time bound (default ${DEFAULT_TIME_SECONDS})
  --invariants DIR    where invariant ids resolve (default ./invariants)
  --constants JSON    override the spec's constants (an object), to scale a model
  --format text|json  (default text)

Exit codes: 0 RUN, 2 PAUSE_FOR_HITL (a bound was hit), 1 STOPPED, 64 usage error.
`;

const positiveInt = (v: string | undefined, flag: string, max: number): number | undefined => {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!Number.isInteger(x) || x < 1 || x > max)
    throw new UsageError(`${flag} must be an integer from 1 to ${max}, got "${v}"`);
  return x;
};

/** Loads the invariant index of a folder (ids resolved against a working directory). */
export type InvariantIndexLoader = (
  dir: string,
  cwd: string,
) => Promise<Map<string, SharedInvariant>>;

/** What the command gets from the one who runs it. */
export interface ModelcheckHooks {
  loadInvariantIndex: InvariantIndexLoader;
  /** Called after each spec's search ended, whatever its outcome. */
  searched?: () => void;
}

/** Runs the command; returns the exit code. */
export async function runModelcheck(
  argv: string[],
  io: CliIo,
  { loadInvariantIndex, searched }: ModelcheckHooks,
): Promise<number> {
  const { values, positionals } = parseCliArgs('modelcheck', {
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      workers: { type: 'string' },
      'max-states': { type: 'string' },
      'max-depth': { type: 'string' },
      'time-seconds': { type: 'string' },
      invariants: { type: 'string' },
      constants: { type: 'string' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('modelcheck needs a spec file (see --help)');
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json (got ${values.format})`);
  const workers = positiveInt(values.workers, '--workers', 16);
  const maxStates = positiveInt(values['max-states'], '--max-states', Number.MAX_SAFE_INTEGER);
  const maxDepth = positiveInt(values['max-depth'], '--max-depth', Number.MAX_SAFE_INTEGER);
  const time = values['time-seconds'] !== undefined ? Number(values['time-seconds']) : undefined;
  if (time !== undefined && !(time > 0))
    throw new UsageError(
      `--time-seconds must be a positive number, got "${values['time-seconds']}"`,
    );
  let constants: Record<string, unknown> | undefined;
  if (values.constants !== undefined) {
    try {
      constants = JSON.parse(values.constants) as Record<string, unknown>;
    } catch {
      constants = undefined;
    }
    if (typeof constants !== 'object' || constants === null || Array.isArray(constants))
      throw new UsageError(`--constants must be a JSON object, got ${values.constants}`);
  }
  // The invariant index (and the invariant gate's loader behind it) loads only for a spec that
  // may name shared invariants: most specs do not, and their start skips that code.
  let index: Map<string, SharedInvariant> | undefined;
  const invariants = async (): Promise<Map<string, SharedInvariant>> =>
    (index ??= await loadInvariantIndex(resolve(values.invariants ?? 'invariants'), process.cwd()));
  let worst = 0;
  const out: unknown[] = [];
  for (const file of positionals) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (thrown) {
      throw new UsageError(`${file}: cannot read the spec (${describeThrown(thrown)})`);
    }
    const specInvariants = referencesInvariants(text) ? await invariants() : new Map();
    const model = loadSpec(file, text, {
      invariants: specInvariants,
      ...(constants !== undefined ? { constants } : {}),
    });
    const r = await checkParallel(model, {
      workers: model.bounds.workers ?? workers ?? 1,
      source: {
        file,
        text,
        invariants: specInvariants,
        ...(constants !== undefined ? { constants } : {}),
      },
      maxStates: model.bounds.max_states ?? maxStates ?? DEFAULT_MAX_STATES,
      ...((model.bounds.max_depth ?? maxDepth) !== undefined
        ? { maxDepth: (model.bounds.max_depth ?? maxDepth)! }
        : {}),
      timeMs: (model.bounds.time_seconds ?? time ?? DEFAULT_TIME_SECONDS) * 1000,
      ...(values.format === 'text' ? { progress: (line: string) => io.stderr(`${line}\n`) } : {}),
    });
    searched?.();
    if (r.status === 'aborted') throw new MaestroError('GATE_TIMEOUT', `${file}: search aborted`);
    const o = toSpecOutcome(r, model.critical, {});
    worst = Math.max(worst, o.decision === 'STOPPED' ? 2 : o.decision === 'PAUSE_FOR_HITL' ? 1 : 0);
    if (values.format === 'json') {
      out.push({
        file,
        decision: o.decision,
        reason_code: o.reason_code,
        status: r.status,
        ...(r.bound !== undefined ? { bound: r.bound } : {}),
        stats: r.stats,
        ...(r.violation !== undefined
          ? {
              violation: {
                kind: r.violation.kind,
                message: r.violation.message,
                trace: r.violation.trace,
              },
            }
          : {}),
      });
    } else {
      io.stdout(`${o.decision} ${file}: ${o.summary} [${r.stats.workers ?? 1} worker(s)]\n`);
    }
  }
  if (values.format === 'json') io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  return [0, 2, 1][worst]!;
}
