/** Runs one conftest-style case through the OPA gate and summarises it as conftest reports. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GateResult } from '../../action/contract/gate-result.js';
import { runGate } from '../../action/pipeline/runner.js';
import type { MaestroConfig } from '../../action/config/types.js';
import { createOpaGate } from '../../action/gates/opa/index.js';
import { buildInput, type OpaInput } from '../../action/gates/opa/input.js';
import { validateConfig } from '../../action/schemas/validators.js';
import { CASE_FILES, type ConftestCase } from './conftest-cases.js';
import { tempDir } from './opa-bin.js';

/** The input document every case is evaluated on (the file conftest reads, too). */
export function caseInput(): OpaInput {
  return buildInput({ changedFiles: CASE_FILES, priorResults: [], runMax: 0.3, highRequires: 2 });
}

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
}

/** A base snapshot holding the case's `policy/` and `data/` directories. */
export function caseRepo(c: ConftestCase): string {
  const base = tempDir();
  write(join(base, 'policy'), c.policy);
  if (c.data) write(join(base, 'data'), c.data);
  return base;
}

/** The gate section for a case. */
export function caseGateConfig(c: ConftestCase): Record<string, unknown> {
  return {
    policies: ['policy'],
    namespace: c.namespace ?? 'main',
    ...(c.allNamespaces ? { all_namespaces: true } : {}),
    ...(c.regoV0 ? { rego_version: 'v0' } : {}),
    ...(c.data ? { data: ['data'] } : {}),
  };
}

/** Runs the case through the gate. */
export async function runCase(
  c: ConftestCase,
  opaPath: string | undefined,
  base = caseRepo(c),
  extra: Record<string, unknown> = {},
): Promise<GateResult> {
  const gateConfig = { ...caseGateConfig(c), ...extra };
  const config: MaestroConfig = { version: 1, gates: { opa: gateConfig } };
  const problems = validateConfig(config);
  if (problems.length > 0) throw new Error(`invalid case config: ${JSON.stringify(problems)}`);
  return runGate(createOpaGate({ ...(opaPath ? { opaPath } : {}), bundledDir: tempDir() }), {
    baseDir: base,
    headDir: base,
    gateConfig,
    config,
    priorResults: [],
    changedFiles: CASE_FILES,
    now: () => new Date('2026-11-21T12:00:00Z'),
    progress: () => undefined,
    timeoutMs: 60_000,
  });
}

/** What conftest reports, and what the gate's result says about the same things. */
export interface Summary {
  failures: string[];
  warnings: string[];
  exceptions: number;
}

/** The gate's result as conftest would count it. */
export function summariseGate(r: GateResult): Summary {
  const messages = (kind: string): string[] =>
    r.findings
      .filter((f) => f.rule !== undefined && new RegExp(`^[^:]+:${kind}(:|$)`).test(f.rule))
      .map((f) => f.message)
      .sort();
  const exceptions = (r.report?.['exceptions'] ?? []) as { kind: string }[];
  return {
    failures: messages('deny'),
    warnings: messages('warn'),
    exceptions: exceptions.filter((e) => e.kind === 'rule').length,
  };
}
