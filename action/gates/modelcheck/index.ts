/**
 * The bounded model-check gate ("TLA+/Alloy lite"). Every spec under the configured paths is
 * loaded, type-checked and searched exhaustively (breadth-first, shortest counterexamples).
 *
 * Trust: specs describe the pull request's code, so they are read from the head; the rule
 * that specs are gate material (a pull request that edits them is escalated to the owners by
 * the OPA gate) protects them. Invariants referenced by id are read from the base branch.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { MaestroError, toError } from '../../contract/errors.js';
import type { Gate, GateContext, RequiredInput } from '../../contract/gate.js';
import type { GateOutcome } from '../../contract/gate-result.js';
import { sha256 } from '../../util/digest.js';
import { ResultCache } from '../../cache/result-cache.js';
import { checkParallel, needsStateGraph } from './parallel.js';
import { DEFAULT_MAX_STATES, DEFAULT_TIME_SECONDS, type ModelcheckConfig } from './config.js';
import type { SharedInvariant } from './model.js';
import { combine, failed, isSpecOutcome, toSpecOutcome, type SpecOutcome } from './outcome.js';
import { loadSpec } from './spec.js';
import {
  criticalFromBase,
  listSpecs,
  loadInvariantIndex,
  referencesInvariants,
} from './spec-files.js';
import { checkTla } from './tlc-gate.js';

export type { ModelcheckConfig } from './config.js';
export type { SpecOutcome } from './outcome.js';
export { toSpecOutcome } from './outcome.js';
export { criticalFromBase, loadInvariantIndex } from './spec-files.js';
export { MODELCHECK_VERSION } from './version.js';
import { MODELCHECK_VERSION } from './version.js';

/** Options for the gate factory. */
export interface ModelcheckGateOptions {
  /** MAC key of the result cache; without it only results that cannot pass are reused. */
  cacheSecret?: Uint8Array;
}

/** Creates the model-check gate. */
export function createModelcheckGate(options: ModelcheckGateOptions = {}): Gate {
  return {
    name: 'modelcheck',
    version: MODELCHECK_VERSION,
    requiredInputs(ctx: GateContext): RequiredInput[] {
      const cfg = (ctx.gateConfig ?? {}) as ModelcheckConfig;
      return (cfg.specs ?? ['specs']).map((p, i) => ({
        path: resolve(ctx.headDir, p),
        description: 'spec path',
        configKey: `gates.modelcheck.specs[${i}]`,
      }));
    },
    run: (ctx) => runModelcheck(ctx, options),
  };
}
async function runModelcheck(
  ctx: GateContext,
  options: ModelcheckGateOptions,
): Promise<GateOutcome> {
  const cfg = (ctx.gateConfig ?? {}) as ModelcheckConfig;
  const tlc = cfg.tlc?.enabled === true;
  const files = (cfg.specs ?? ['specs']).flatMap((p) => listSpecs(ctx.headDir, p, tlc));
  if (files.length === 0) {
    throw new MaestroError(
      'MC_NO_SPECS',
      `no spec (*.yaml) found under ${(cfg.specs ?? ['specs']).join(', ')}; add a spec or disable gates.modelcheck`,
    );
  }
  let invariants: Map<string, SharedInvariant> | undefined;
  const invariantIndex = (): Map<string, SharedInvariant> =>
    (invariants ??= loadInvariantIndex(
      resolve(ctx.baseDir, cfg.invariants_dir ?? 'invariants'),
      ctx.baseDir,
    ));
  const cache =
    ctx.cacheDir !== undefined
      ? new ResultCache<SpecOutcome>(ctx.cacheDir, {
          gate: 'modelcheck',
          ...((ctx.cacheSecret ?? options.cacheSecret) !== undefined
            ? { secret: (ctx.cacheSecret ?? options.cacheSecret)! }
            : {}),
          validate: isSpecOutcome,
          // Unsigned entries are reused only when they cannot let a run pass.
          reuseUnsigned: (v) => v.decision === 'STOPPED',
          now: ctx.now,
        })
      : undefined;

  const results: SpecOutcome[] = [];
  const digests: Record<string, string> = {};
  const notes: string[] = [];
  for (const abs of files) {
    if (ctx.signal.aborted)
      throw new MaestroError('GATE_TIMEOUT', 'modelcheck: aborted (time limit)');
    const file = relative(ctx.headDir, abs);
    if (abs.endsWith('.tla')) {
      results.push(await checkTla(ctx, cfg, abs, file));
      continue;
    }
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch (thrown) {
      results.push(
        failed(
          file,
          'MC_SPEC_UNREADABLE',
          `${file}: cannot read the spec: ${toError(thrown).message}`,
        ),
      );
      continue;
    }
    digests[file] = sha256(text);
    let model;
    const specInvariants = referencesInvariants(text) ? invariantIndex() : new Map();
    try {
      model = loadSpec(file, text, { invariants: specInvariants });
    } catch (thrown) {
      if (thrown instanceof MaestroError && thrown.code.startsWith('INV_')) throw thrown;
      if (thrown instanceof MaestroError) {
        results.push(failed(file, thrown.code, thrown.message, thrown.location));
        continue;
      }
      throw thrown;
    }
    const critical = criticalFromBase(ctx, file, model.critical);
    const bounds = {
      max_states: model.bounds.max_states ?? cfg.max_states ?? DEFAULT_MAX_STATES,
      max_depth: model.bounds.max_depth ?? cfg.max_depth,
      time_seconds: model.bounds.time_seconds ?? cfg.time_seconds ?? DEFAULT_TIME_SECONDS,
    };
    const key = cache?.key({
      spec_file: file,
      spec: sha256(text),
      invariants: model.invariantIds.map((id) => {
        const inv = invariantIndex().get(id)!;
        // The text that reaches findings is part of the key, not only the expressions.
        return {
          id,
          severity: inv.severity,
          title: inv.title ?? null,
          asserts: inv.asserts.map((a) => ({ expr: a.expr, message: a.message ?? null })),
        };
      }),
      bounds,
      critical,
      critical_bound_action: cfg.critical_bound_action ?? 'PAUSE_FOR_HITL',
      bound_action: cfg.bound_action ?? 'PAUSE_FOR_HITL',
    });
    if (cache !== undefined && key !== undefined) {
      const hit = cache.get(key);
      if (hit.hit) {
        results.push({ ...hit.value, reused: true });
        continue;
      }
      if (hit.reason !== 'no entry') notes.push(`${file}: cache ${hit.reason}`);
    }
    // Worker threads change how fast, not what: the counts and traces are those of one worker.
    const workers = model.bounds.workers ?? cfg.workers ?? 1;
    if (workers > 1 && needsStateGraph(model))
      notes.push(
        `${file}: searched with one worker: responses and temporal properties need the whole state graph`,
      );
    const r = await checkParallel(model, {
      workers,
      source: { file, text, invariants: specInvariants },
      maxStates: bounds.max_states,
      ...(bounds.max_depth !== undefined ? { maxDepth: bounds.max_depth } : {}),
      timeMs: bounds.time_seconds * 1000,
      signal: ctx.signal,
      progress: ctx.progress,
    });
    if (r.status === 'aborted')
      throw new MaestroError(
        'GATE_TIMEOUT',
        `modelcheck: ${file}: search aborted by the time limit`,
      );
    const out = toSpecOutcome(r, critical, cfg);
    results.push(out);
    // A time bound depends on the machine, so it is not a reusable fact.
    if (cache !== undefined && key !== undefined && r.bound !== 'time') {
      const put = cache.put(key, out);
      if (!put.ok) notes.push(`${file}: result not cached: ${put.reason}`);
    }
  }
  return combine(results, digests, notes);
}
