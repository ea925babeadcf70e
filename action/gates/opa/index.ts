/**
 * The OPA/Rego gate. Rego policies read from the base branch are compiled to WebAssembly and
 * evaluated in-process over a document describing the pull request:
 * `deny` → STOPPED, `escalate` (or a risk above the threshold) → PAUSE_FOR_HITL, `warn` → an
 * annotation. A pull request that changes gate material is escalated to the owners
 * (GATE_TAMPER_SUSPECTED) even when every policy passes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import type { ReasonCode } from '../../contract/codebook.js';
import { MaestroError } from '../../contract/errors.js';
import type { Gate, GateContext, RequiredInput } from '../../contract/gate.js';
import { outcome, type Finding, type GateOutcome } from '../../contract/gate-result.js';
import { sha256Json } from '../../util/digest.js';
import {
  defaultBundledDir,
  MANIFEST_FILE,
  readBundledManifest,
  readBundledWasm,
  type BundledManifest,
  type BundledPolicy,
} from './bundled.js';
import { compilePolicy, ENTRYPOINT, readPolicySources, type PolicySources } from './compile.js';
import { resolveConfig, type ConfigException, type OpaGateConfig } from './config.js';
import { buildInput, type OpaInput } from './input.js';
import { DEFAULT_OPA_VERSION, installOpa } from './install.js';
import { findOpa, opaVersion } from './opa-cli.js';
import {
  interpretPackage,
  type PolicyException,
  type PolicyResult,
  type PolicyRisk,
  type PolicyVerdict,
  type RiskClass,
} from './results.js';
import { detectGateTamper, type TamperMatch } from './tamper.js';
import { loadWasmPolicy } from './wasm.js';

export { detectGateTamper } from './tamper.js';
export { buildInput } from './input.js';

/** Bumped whenever the gate's semantics change. */
export const OPA_GATE_VERSION = '1';

/** How the gate finds and gets `opa`; everything defaults to the runner's environment. */
export interface OpaGateOptions {
  /** Path of the `opa` binary; skips the search. */
  opaPath?: string;
  /** Environment used to search PATH and decide whether installing is possible. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Directory holding the precompiled policies (`dist/policies`). */
  bundledDir?: string;
  /** Release base URL for installing opa (tests). */
  opaReleasesUrl?: string;
}

/** One evaluated policy bundle, for the report. */
interface EvaluatedPolicy {
  name: string;
  source: 'bundled' | 'precompiled' | 'compiled' | 'cache';
  digest: string;
  files: string[];
  verdict: PolicyVerdict;
}

/** A suppression that applied, for the report (and so the audit log). */
interface AppliedException {
  id: string;
  file?: string;
  reason: string;
  source: string;
  expires?: string;
  suppressed: { kind: string; policy: string; msg: string; file?: string }[];
}

/** Creates the OPA gate. */
export function createOpaGate(options: OpaGateOptions = {}): Gate {
  return {
    name: 'opa',
    version: OPA_GATE_VERSION,
    requiredInputs(ctx: GateContext): RequiredInput[] {
      const config = resolveConfig(ctx.gateConfig);
      return config.policies.map((dir, i) => ({
        path: join(ctx.baseDir, dir),
        description: 'policy directory (read from the base branch)',
        configKey: `gates.opa.policies[${i}]`,
      }));
    },
    run: (ctx) => runOpaGate(ctx, options),
  };
}

async function runOpaGate(ctx: GateContext, options: OpaGateOptions): Promise<GateOutcome> {
  const config = resolveConfig(ctx.gateConfig);
  if (config.policies.length === 0 && !config.bundled) {
    return outcome(
      'STOPPED',
      'OPA_NOT_CONFIGURED',
      [
        {
          level: 'error',
          message:
            'opa: the gate is enabled but has no policies: set `gates.opa.policies` to the directories of your .rego files (for example `[policies]`), or `gates.opa.bundled: true`, in .github/maestro.yml.',
          file: '.github/maestro.yml',
        },
      ],
      { summary: 'OPA gate enabled without policies' },
    );
  }

  const input = buildInput({
    pr: ctx.pr,
    changedFiles: ctx.changedFiles,
    priorResults: ctx.priorResults,
    runMax: config.runMax,
    highRequires: config.highRequires,
  });
  const evaluated: EvaluatedPolicy[] = [];
  const bundledDir = options.bundledDir ?? defaultBundledDir();
  let manifest: BundledManifest | undefined;
  const manifestOf = (): BundledManifest | undefined => {
    if (manifest === undefined && bundledDir !== undefined)
      manifest = readBundledManifest(bundledDir);
    return manifest;
  };
  // The precompiled shortcut is optional: without a manifest the policies are compiled.
  const precompiledFor = (sources: PolicySources): BundledPolicy | undefined => {
    if (bundledDir === undefined || !existsSync(join(bundledDir, MANIFEST_FILE))) return undefined;
    return manifestOf()?.bundles.find(
      (b) => b.source_digest === sources.digest && b.namespace === config.namespace,
    );
  };

  if (config.bundled) {
    if (bundledDir === undefined) {
      throw new MaestroError(
        'OPA_POLICY_UNREADABLE',
        '`gates.opa.bundled` is true but the precompiled policies (dist/policies/manifest.json) are missing from this installation. Reinstall Maestro Gate, or run `npm run build`.',
      );
    }
    for (const bundle of manifestOf()!.bundles) {
      ctx.progress(`opa: evaluating bundled policy ${bundle.name}`);
      const wasm = readBundledWasm(bundledDir, bundle);
      const verdict = await evaluateWasm(
        wasm,
        `maestro-gate:${bundle.name}`,
        bundle.namespace,
        input,
        config,
      );
      evaluated.push({
        name: `maestro-gate:${bundle.name}`,
        source: 'bundled',
        digest: bundle.wasm_sha256,
        files: bundle.files,
        verdict,
      });
    }
  }

  let opa: { path: string; version: string } | undefined;
  for (const dir of config.policies) {
    if (ctx.signal.aborted)
      throw new MaestroError('GATE_TIMEOUT', 'opa: stopped before every policy was evaluated.');
    const sources = readPolicySources(join(ctx.baseDir, dir), dir, config.namespace);
    checkSources(sources, config.namespace);
    const precompiled = precompiledFor(sources);
    // Already evaluated as a bundled policy: evaluating it again would double every finding.
    if (precompiled !== undefined && config.bundled) continue;
    let wasm: Uint8Array;
    let source: EvaluatedPolicy['source'];
    if (precompiled !== undefined && bundledDir !== undefined) {
      wasm = readBundledWasm(bundledDir, precompiled);
      source = 'precompiled';
    } else {
      opa ??= await locateOpa(ctx, config, options);
      ctx.progress(`opa: compiling ${dir}`);
      const compiled = await compilePolicy(sources, {
        opaPath: opa.path,
        opaVersion: opa.version,
        namespace: config.namespace,
        cacheDir: ctx.cacheDir,
        cacheSecret: ctx.cacheSecret,
        signal: ctx.signal,
      });
      wasm = compiled.wasm;
      source = compiled.cached ? 'cache' : 'compiled';
    }
    let verdict: PolicyVerdict;
    try {
      verdict = await evaluateWasm(wasm, dir, config.namespace, input, config);
    } catch (thrown) {
      throw locateFailure(thrown, sources);
    }
    evaluated.push({
      name: dir,
      source,
      digest: sources.digest,
      files: sources.files.map((f) => f.rel),
      verdict,
    });
  }

  return decide(ctx, config, input, evaluated);
}

/** Every configured directory must hold at least one file in the namespace package. */
function checkSources(sources: PolicySources, namespace: string): void {
  if (sources.files.length === 0) {
    throw new MaestroError(
      'OPA_NO_POLICIES',
      `policy directory ${sources.name} holds no .rego files on the base branch (test files are not policies). Add a policy with \`package ${namespace}\`, or remove the directory from \`gates.opa.policies\`.`,
      { location: { file: sources.name } },
    );
  }
  if (!sources.files.some((f) => f.pkg === namespace)) {
    const found = [...new Set(sources.files.map((f) => f.pkg ?? '(none)'))].join(', ');
    throw new MaestroError(
      'OPA_NO_POLICIES',
      `policy directory ${sources.name} has no file in package \`${namespace}\` (found: ${found}). Declare \`package ${namespace}\` in your policy, or set \`gates.opa.namespace\`.`,
      { location: { file: `${sources.name}/${sources.files[0]!.rel}` } },
    );
  }
}

async function evaluateWasm(
  wasm: Uint8Array,
  name: string,
  namespace: string,
  input: OpaInput,
  config: OpaGateConfig,
): Promise<PolicyVerdict> {
  const policy = await loadWasmPolicy(wasm, {
    name,
    maxMemoryPages: config.maxMemoryPages,
    timeoutMs: config.evalTimeoutMs,
  });
  const value = policy.evaluate(input, ENTRYPOINT);
  return interpretPackage(value, name, namespace);
}

/** Adds a `file:line` to an unsupported-builtin failure by finding the call in the sources. */
function locateFailure(thrown: unknown, sources: PolicySources): unknown {
  if (
    !(thrown instanceof MaestroError) ||
    thrown.code !== 'OPA_UNSUPPORTED_BUILTIN' ||
    thrown.location
  )
    return thrown;
  const builtin = /`([a-z0-9_.]+)`/.exec(thrown.message)?.[1];
  if (builtin === undefined) return thrown;
  for (const file of sources.files) {
    const lines = file.text.split('\n');
    const index = lines.findIndex(
      (l) => !l.trimStart().startsWith('#') && l.includes(`${builtin}(`),
    );
    if (index >= 0) {
      return new MaestroError(thrown.code, thrown.message, {
        cause: thrown,
        location: {
          file: `${sources.name}/${file.rel}`,
          line: index + 1,
          column: lines[index]!.indexOf(builtin) + 1,
        },
      });
    }
  }
  return thrown;
}

async function locateOpa(
  ctx: GateContext,
  config: OpaGateConfig,
  options: OpaGateOptions,
): Promise<{ path: string; version: string }> {
  const env = options.env ?? process.env;
  let path = options.opaPath ?? findOpa(env);
  if (path === undefined && env['RUNNER_TOOL_CACHE'] && env['RUNNER_TEMP']) {
    ctx.progress('opa: installing the opa CLI from its releases');
    path = await installOpa({
      version: config.opaVersion ?? DEFAULT_OPA_VERSION,
      ...(config.opaSha256 ? { sha256: config.opaSha256 } : {}),
      ...(options.opaReleasesUrl ? { baseUrl: options.opaReleasesUrl } : {}),
    });
  }
  if (path === undefined) {
    throw new MaestroError(
      'OPA_CLI_NOT_FOUND',
      `the \`opa\` CLI is needed to compile the policies but was not found on PATH, in $GOPATH/bin or ~/go/bin. Install OPA ${DEFAULT_OPA_VERSION} (\`go install github.com/open-policy-agent/opa@v${DEFAULT_OPA_VERSION}\` or a release binary) and put it on PATH.`,
    );
  }
  const version = await opaVersion(path, ctx.signal);
  if (version === undefined) {
    throw new MaestroError(
      'OPA_CLI_FAILED',
      `\`${path} version\` did not report a version; is it really the OPA CLI?`,
    );
  }
  return { path, version };
}

/** True when a configured exception is past its last day. */
function expired(exception: ConfigException, now: Date): boolean {
  return exception.expires !== undefined && now.toISOString().slice(0, 10) > exception.expires;
}

function exceptionMatches(result: PolicyResult, id: string, fileGlob: string | undefined): boolean {
  if (result.id !== id) return false;
  if (fileGlob === undefined) return true;
  return result.file !== undefined && picomatch(fileGlob, { dot: true })(result.file);
}

function decide(
  ctx: GateContext,
  config: OpaGateConfig,
  input: OpaInput,
  evaluated: EvaluatedPolicy[],
): GateOutcome {
  const findings: Finding[] = [];
  const now = ctx.now();
  // Sets have no order: sort so the same pull request always reads the same way.
  const kindRank = { deny: 0, escalate: 1, warn: 2 } as const;
  const all = evaluated
    .flatMap((p) => p.verdict.results)
    .sort(
      (a, b) =>
        kindRank[a.kind] - kindRank[b.kind] ||
        compare(a.file ?? '', b.file ?? '') ||
        compare(a.msg, b.msg) ||
        compare(a.policy, b.policy),
    );

  // Suppressions: policy `exception` rules and configured exceptions. Every one that applied is
  // recorded; expired configured ones are reported and ignored.
  const suppressors: {
    id: string;
    file?: string;
    reason: string;
    source: string;
    expires?: string;
  }[] = [];
  const policyExceptions: PolicyException[] = evaluated.flatMap((p) => p.verdict.exceptions);
  for (const e of policyExceptions) {
    suppressors.push({
      id: e.id,
      ...(e.file !== undefined ? { file: e.file } : {}),
      reason: e.reason ?? '(no reason given)',
      source: `policy ${e.policy}`,
    });
  }
  const expiredExceptions: ConfigException[] = [];
  for (const e of config.exceptions) {
    if (expired(e, now)) {
      expiredExceptions.push(e);
      findings.push({
        level: 'warning',
        message: `opa: the configured exception for \`${e.id}\` expired on ${e.expires} and no longer applies. Fix the finding, or renew the exception with a reason.`,
        file: '.github/maestro.yml',
        rule: 'opa:exception',
      });
      continue;
    }
    suppressors.push({
      id: e.id,
      ...(e.file !== undefined ? { file: e.file } : {}),
      reason: e.reason,
      source: 'config gates.opa.exceptions',
      ...(e.expires !== undefined ? { expires: e.expires } : {}),
    });
  }
  const applied: AppliedException[] = [];
  const active: PolicyResult[] = [];
  for (const result of all) {
    const by = suppressors.find((s) => exceptionMatches(result, s.id, s.file));
    if (by === undefined) {
      active.push(result);
      continue;
    }
    let record = applied.find(
      (a) => a.id === by.id && a.file === by.file && a.source === by.source,
    );
    if (record === undefined) {
      record = { ...by, suppressed: [] };
      applied.push(record);
    }
    record.suppressed.push({
      kind: result.kind,
      policy: result.policy,
      msg: result.msg,
      ...(result.file !== undefined ? { file: result.file } : {}),
    });
  }

  for (const r of active) {
    findings.push({
      level: r.kind === 'deny' ? 'error' : 'warning',
      message: `${r.msg}`,
      rule: `${r.policy}:${r.kind}${r.id !== undefined ? `:${r.id}` : ''}`,
      ...(r.file !== undefined ? { file: r.file } : {}),
      ...(r.line !== undefined ? { line: r.line } : {}),
      ...(r.column !== undefined ? { column: r.column } : {}),
      ...(r.kind === 'warn'
        ? {}
        : {
            counterexample: {
              kind: 'opa-result',
              steps: [
                {
                  policy: r.policy,
                  rule: r.kind,
                  msg: r.msg,
                  ...(r.id !== undefined ? { id: r.id } : {}),
                  ...(r.file !== undefined ? { file: r.file } : {}),
                  ...r.metadata,
                  ...(r.file !== undefined
                    ? { changed_file: input.changed_files.find((f) => f.path === r.file) ?? null }
                    : {}),
                },
              ],
              ...(r.file !== undefined
                ? { location: { file: r.file, ...(r.line !== undefined ? { line: r.line } : {}) } }
                : {}),
            },
          }),
    });
  }

  // Risk: the highest score any policy (or result) returned; the most severe class.
  const risks: PolicyRisk[] = evaluated.flatMap((p) => (p.verdict.risk ? [p.verdict.risk] : []));
  const classRank: Record<RiskClass, number> = { low: 0, medium: 1, high: 2 };
  let score = 0;
  let riskClass: RiskClass | undefined;
  const riskReasons: string[] = [];
  for (const r of risks) {
    score = Math.max(score, r.score);
    if (
      r.class !== undefined &&
      (riskClass === undefined || classRank[r.class] > classRank[riskClass])
    )
      riskClass = r.class;
    riskReasons.push(...r.reasons.map((reason) => `${r.policy}: ${reason}`));
  }
  for (const r of active) if (r.risk !== undefined) score = Math.max(score, r.risk);

  // Tamper: gate material changed by this pull request.
  const changedKnown = ctx.changedFiles !== undefined;
  const tamper: TamperMatch[] = changedKnown
    ? detectGateTamper(ctx.changedFiles ?? [], {
        dirs: config.policies,
        globs: ctx.config.gate_material ?? [],
      })
    : [];
  if (!changedKnown) {
    findings.push({
      level: 'note',
      rule: 'opa:gate-tamper',
      message:
        'opa: the changed files are unknown (no base to compare with), so policies saw an empty change set and the gate-tamper check did not run.',
    });
  }
  for (const t of tamper) {
    findings.push({
      level: 'warning',
      rule: 'opa:gate-tamper',
      file: t.path,
      message: `${t.path} is gate material (matches \`${t.pattern}\`, ${t.status}): changes to the gate's own configuration, policies, invariants, specs or workflows need the owners' approval.`,
    });
  }

  const count = (kind: string): number => active.filter((r) => r.kind === kind).length;
  const owners = ctx.config.owners ?? [];
  const approvers = config.approvers ?? owners;
  const highRisk = riskClass === 'high';
  const report: Record<string, unknown> = {
    namespace: config.namespace,
    input_digest: sha256Json(input),
    policies: evaluated.map((p) => ({
      name: p.name,
      source: p.source,
      digest: p.digest,
      files: p.files,
    })),
    counts: {
      deny: count('deny'),
      escalate: count('escalate'),
      warn: count('warn'),
      suppressed: all.length - active.length,
    },
    exceptions: applied,
    expired_exceptions: expiredExceptions,
    risk: {
      score,
      ...(riskClass !== undefined ? { class: riskClass } : {}),
      reasons: riskReasons,
      run_max: config.runMax,
    },
    tamper,
  };
  const inputs_digest = sha256Json({ input, policies: evaluated.map((p) => p.digest), config });
  const extra = { report, inputs_digest };

  if (count('deny') > 0) {
    return outcome('STOPPED', 'OPA_DENY', findings, {
      ...extra,
      summary: `${count('deny')} policy denial(s): ${firstMessages(active, 'deny')}`,
    });
  }

  let reason: ReasonCode | undefined;
  let summary = '';
  let required = highRisk ? config.highRequires : 1;
  let groups = approvers;
  if (tamper.length > 0) {
    reason = 'GATE_TAMPER_SUSPECTED';
    summary = `the pull request changes gate material (${tamper.map((t) => t.path).join(', ')}); the owners must approve`;
    required = Math.max(required, config.highRequires);
    groups = owners;
    if (owners.length === 0) {
      findings.push({
        level: 'warning',
        rule: 'opa:gate-tamper',
        file: '.github/maestro.yml',
        message:
          'opa: gate material changed but no `owners` are configured; set `owners` in .github/maestro.yml so someone can approve.',
      });
    }
  } else if (count('escalate') > 0) {
    reason = 'OPA_ESCALATE';
    summary = `${count('escalate')} policy escalation(s): ${firstMessages(active, 'escalate')}`;
  } else if (score > config.runMax || highRisk) {
    reason = 'OPA_RISK_ABOVE_THRESHOLD';
    summary = `risk ${score.toFixed(2)}${riskClass ? ` (${riskClass})` : ''} is above the run threshold ${config.runMax}`;
    findings.push({
      level: 'warning',
      rule: 'opa:risk',
      message: `opa: risk score ${score.toFixed(2)}${riskClass ? `, class ${riskClass}` : ''} exceeds ${highRisk && score <= config.runMax ? 'the class limit' : `the run threshold ${config.runMax}`}${riskReasons.length ? `: ${riskReasons.join('; ')}` : ''}.`,
    });
  }
  if (reason !== undefined) {
    return outcome('PAUSE_FOR_HITL', reason, findings, {
      ...extra,
      summary,
      required_approvals: required,
      approver_groups: [...groups],
    });
  }
  if (count('warn') > 0) {
    return outcome('RUN', 'OPA_WARN', findings, {
      ...extra,
      summary: `${count('warn')} policy warning(s)`,
    });
  }
  return outcome('RUN', 'OK', findings, {
    ...extra,
    summary: `${evaluated.length} polic${evaluated.length === 1 ? 'y' : 'ies'} passed`,
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function firstMessages(results: PolicyResult[], kind: string): string {
  const msgs = results
    .filter((r) => r.kind === kind)
    .map((r) => (r.file && !r.msg.includes(r.file) ? `${r.file}: ${r.msg}` : r.msg));
  return msgs.slice(0, 3).join('; ') + (msgs.length > 3 ? `; and ${msgs.length - 3} more` : '');
}
