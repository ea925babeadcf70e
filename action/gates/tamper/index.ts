/**
 * The gate-material tamper check, run by the pipeline for every run whichever gates are
 * enabled: a pull request that changes the configuration file, the workflows, or any path a
 * gate's configuration names (policies, data, invariants, specs, routing policies, the
 * `gate_material` globs) is escalated to the owners (GATE_TAMPER_SUSPECTED). The
 * configuration it reads is the base's; the changed files are the base → head difference.
 */
import type { Gate, GateContext } from '../../contract/gate.js';
import { outcome, type Finding, type GateOutcome } from '../../contract/gate-result.js';
import { sha256Json } from '../../util/digest.js';
import {
  configuredMaterial,
  DEFAULT_CONFIG_FILE,
  detectGateTamper,
  gateMaterialPatterns,
} from './material.js';

export { configuredMaterial, detectGateTamper, gateMaterialPatterns } from './material.js';

/** Bumped whenever the check's semantics change. */
export const TAMPER_GATE_VERSION = '1';

/** Approvals a gate-material change needs when the configuration names no other number. */
export const DEFAULT_TAMPER_APPROVALS = 2;

function approvalsFor(ctx: GateContext): number {
  const opa = ctx.config.gates['opa'];
  const risk =
    opa !== null && typeof opa === 'object' ? (opa as { risk?: unknown }).risk : undefined;
  const n =
    risk !== null && typeof risk === 'object'
      ? (risk as { high_requires?: unknown }).high_requires
      : undefined;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : DEFAULT_TAMPER_APPROVALS;
}

/** The tamper check over the run's changed files. */
export function runTamperCheck(ctx: GateContext): GateOutcome {
  const configFile = ctx.configPath ?? DEFAULT_CONFIG_FILE;
  const dirs = configuredMaterial(ctx.config.gates);
  const globs = ctx.config.gate_material ?? [];
  const patterns = gateMaterialPatterns({ configFile, dirs, globs });
  const inputs_digest = sha256Json({ patterns, changed: ctx.changedFiles ?? null });
  if (ctx.changedFiles === undefined) {
    return outcome(
      'RUN',
      'OK',
      [
        {
          level: 'note',
          rule: 'tamper:unknown-changes',
          message:
            'tamper: the changed files are unknown (no base to compare with), so the gate-material check did not run. Pass a base (`--base REF`) to check a pull request.',
        },
      ],
      {
        summary: 'no base to compare with: gate material not checked',
        inputs_digest,
        report: { patterns },
      },
    );
  }
  const hits = detectGateTamper(ctx.changedFiles, { configFile, dirs, globs });
  const findings: Finding[] = hits.map((t) => ({
    level: 'warning',
    rule: 'tamper:gate-material',
    file: t.path,
    message: `${t.path} is gate material (matches \`${t.pattern}\`, ${t.status}): changes to the gate's own configuration, policies, invariants, specs or workflows need the owners' approval.`,
  }));
  const report = { patterns, tamper: hits };
  if (hits.length === 0) {
    return outcome('RUN', 'OK', findings, {
      summary: 'the pull request changes no gate material',
      inputs_digest,
      report,
    });
  }
  const owners = ctx.config.owners ?? [];
  if (owners.length === 0) {
    findings.push({
      level: 'warning',
      rule: 'tamper:gate-material',
      file: configFile,
      message: `tamper: gate material changed but no \`owners\` are configured; set \`owners\` in ${configFile} so someone can approve.`,
    });
  }
  return outcome('PAUSE_FOR_HITL', 'GATE_TAMPER_SUSPECTED', findings, {
    summary: `the pull request changes gate material (${hits.map((t) => t.path).join(', ')}); the owners must approve`,
    inputs_digest,
    report,
    required_approvals: approvalsFor(ctx),
    approver_groups: [...owners],
  });
}

/** The tamper check as a gate the pipeline runs first, for every run. */
export function createTamperGate(): Gate {
  // Pure and cheap over data already in the context: it needs no worker of its own (and the
  // worker finds gates in the registry, where the core check is not listed).
  return {
    name: 'tamper',
    version: TAMPER_GATE_VERSION,
    isolation: 'in-process',
    run: runTamperCheck,
  };
}
