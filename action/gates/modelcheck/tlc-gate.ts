/** Runs a `.tla` spec with TLC (when configured) and reports it like a built-in search. */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { MaestroError, toError } from '../../contract/errors.js';
import type { GateContext } from '../../contract/gate.js';
import type { CheckStats } from './check-result.js';
import { DEFAULT_TIME_SECONDS, type ModelcheckConfig } from './config.js';
import { failed, toSpecOutcome, type SpecOutcome } from './outcome.js';
import { runTlc } from './tlc.js';

/** TLC's violation kinds as the built-in checker's. */
const TLC_KIND = {
  invariant: 'invariant',
  deadlock: 'deadlock',
  liveness: 'liveness',
  'action-property': 'action-property',
} as const;

/** Checks one `.tla` spec with TLC. */
export async function checkTla(
  ctx: GateContext,
  cfg: ModelcheckConfig,
  abs: string,
  file: string,
): Promise<SpecOutcome> {
  const jar = cfg.tlc?.jar !== undefined ? resolve(ctx.baseDir, cfg.tlc.jar) : undefined;
  const config = abs.replace(/\.tla$/, '.cfg');
  if (jar === undefined || !existsSync(jar)) {
    return failed(
      file,
      'MC_TLC_UNAVAILABLE',
      `${file}: TLC is enabled but tla2tools.jar is not available${jar ? ` at ${jar}` : ' (set gates.modelcheck.tlc.jar)'}`,
    );
  }
  if (!existsSync(config))
    return failed(
      file,
      'MC_SPEC_INVALID',
      `${file}: no TLC model ${relative(ctx.headDir, config)} beside the spec`,
    );
  const library = (cfg.tlc?.library ?? []).map((p) => resolve(ctx.baseDir, p));
  for (const [i, dir] of library.entries()) {
    if (!existsSync(dir))
      return failed(
        file,
        'MC_TLC_UNAVAILABLE',
        `${file}: gates.modelcheck.tlc.library[${i}] (${cfg.tlc!.library![i]}) does not exist`,
      );
  }
  const timeSeconds = cfg.time_seconds ?? DEFAULT_TIME_SECONDS;
  let report;
  try {
    report = await runTlc({
      java: cfg.tlc?.java ?? 'java',
      jar,
      spec: abs,
      config,
      cwd: ctx.headDir,
      library,
      workers: cfg.tlc?.workers ?? 1,
      timeMs: timeSeconds * 1000,
      signal: ctx.signal,
    });
  } catch (thrown) {
    if (ctx.signal.aborted)
      throw new MaestroError('GATE_TIMEOUT', `modelcheck: ${file}: TLC stopped by the time limit`);
    return failed(
      file,
      'MC_TLC_UNAVAILABLE',
      `${file}: could not run TLC: ${toError(thrown).message}`,
    );
  }
  const distinct = report.distinct ?? 0;
  const generated = report.generated ?? 0;
  const seconds = Math.max(report.wallMs, 1) / 1000;
  const stats: CheckStats = {
    distinct,
    generated,
    depth: report.depth ?? 0,
    durationMs: Math.round(report.wallMs),
    distinctPerSecond: Math.round(distinct / seconds),
    generatedPerSecond: Math.round(generated / seconds),
    collisionProbability: distinct ** 2 / 2 ** 65,
    bytesPerState: 0,
    stateWords: 0,
  };
  if (report.timedOut && report.status !== 'violation') {
    return toSpecOutcome({ spec: file, file, status: 'bound', bound: 'time', stats }, false, cfg);
  }
  if (report.status === 'error')
    return failed(file, 'MC_TLC_FAILED', `${file}: TLC failed: ${report.errors.join('; ')}`);
  if (report.status === 'ok')
    return toSpecOutcome({ spec: file, file, status: 'ok', stats }, false, cfg);
  const v = report.violation!;
  const trace = v.trace;
  const loop = trace[trace.length - 1];
  const lasso =
    v.kind !== 'liveness' || loop === undefined
      ? ''
      : loop.stuttering === true
        ? ` (the behaviour then stutters in state ${trace.length - 1} forever)`
        : loop.back_to !== undefined
          ? ` (the behaviour then loops back to state ${loop.back_to})`
          : '';
  return toSpecOutcome(
    {
      spec: file,
      file,
      status: 'violation',
      stats,
      violation: {
        kind: TLC_KIND[v.kind],
        message: `TLC: ${v.message.replace(/\s+/g, ' ').trim()}${lasso}`,
        location: { file },
        trace,
      },
    },
    false,
    cfg,
  );
}
