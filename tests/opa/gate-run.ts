/** Running the OPA gate in tests: one run through the runner, fixture snapshots, changed files. */
import { expect } from 'vitest';
import type { GateResult } from '../../action/contract/gate-result.js';
import type { ChangedFile, PullRequestFacts } from '../../action/contract/pr-facts.js';
import { runGate } from '../../action/pipeline/runner.js';
import type { MaestroConfig } from '../../action/config/types.js';
import { createOpaGate, type OpaGateOptions } from '../../action/gates/opa/index.js';
import { validateConfig } from '../../action/schemas/validators.js';
import { copyFixture, opaForTests, tempDir } from './opa-bin.js';

/** The opa binary the tests compile with (`undefined` locally when it is missing). */
export const opa = opaForTests();
/** The clock every run sees. */
export const NOW = new Date('2026-11-21T12:00:00Z');

/** One gate run: the snapshots, the gate section and what changed. */
export interface RunArgs {
  base: string;
  head?: string;
  gate?: Record<string, unknown>;
  config?: Partial<MaestroConfig>;
  changed?: ChangedFile[] | undefined;
  pr?: PullRequestFacts;
  options?: OpaGateOptions;
  cacheDir?: string;
  cacheSecret?: Uint8Array;
}

/** Runs the OPA gate through the runner, as the pipeline does. */
export async function run(args: RunArgs): Promise<GateResult> {
  const gateConfig = args.gate ?? { policies: ['policies'] };
  const config: MaestroConfig = { version: 1, gates: { opa: gateConfig }, ...args.config };
  expect(validateConfig(config), 'the test configuration must be valid').toEqual([]);
  return runGate(createOpaGate({ ...(opa ? { opaPath: opa } : {}), ...args.options }), {
    baseDir: args.base,
    headDir: args.head ?? args.base,
    gateConfig,
    config,
    priorResults: [],
    ...('changed' in args
      ? args.changed
        ? { changedFiles: args.changed }
        : {}
      : { changedFiles: [] }),
    ...(args.pr ? { pr: args.pr } : {}),
    ...(args.cacheDir ? { cacheDir: args.cacheDir } : {}),
    ...(args.cacheSecret ? { cacheSecret: args.cacheSecret } : {}),
    now: () => NOW,
    progress: () => undefined,
    timeoutMs: 60_000,
  });
}

/** A temporary base snapshot holding a fixture's policies under `policies/`. */
export function repoWith(fixture: string): string {
  const dir = tempDir();
  copyFixture(fixture, dir);
  return dir;
}

/** A changed file. */
export const file = (
  path: string,
  additions = 1,
  status: ChangedFile['status'] = 'modified',
): ChangedFile => ({
  path,
  status,
  additions,
  deletions: 0,
});
