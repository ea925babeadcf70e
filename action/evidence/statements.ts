/**
 * Pure builders for the evidence statements: SLSA provenance v1 (filled the way
 * `actions/attest` fills it) and Maestro Gate's own predicates.
 */
import type { DecisionCard, GateResult } from '../contract/gate-result.js';
import type { GateRun } from '../contract/run.js';
import type { Verdict } from '../contract/verdict.js';
import type { EvidenceEnv } from './env.js';
import {
  BINDING_SCHEMA,
  GITHUB_WORKFLOW_BUILD_TYPE,
  LOCAL_BUILDER_ID,
  LOCAL_BUILD_TYPE,
  PREDICATE_TYPES,
  SLSA_PROVENANCE_V1,
  STATEMENT_TYPE,
  type ReportGate,
  type Statement,
  type Subject,
} from './types.js';

/** The gate-run document (`maestro-gate check --format json`): the one results model. */
export type GateRunDocument = GateRun;

/** SLSA provenance v1 predicate. */
export interface SlsaProvenance {
  buildDefinition: {
    buildType: string;
    externalParameters: { workflow: { ref: string; repository: string; path: string } };
    internalParameters: {
      github: {
        event_name: string;
        repository_id: string;
        repository_owner_id: string;
        runner_environment: string;
      };
    };
    resolvedDependencies: { uri: string; digest: { gitCommit: string } }[];
  };
  runDetails: {
    builder: { id: string };
    metadata: { invocationId: string; startedOn?: string };
  };
}

/**
 * What a signed verdict is about: the repository, pull request, base and head commits, the
 * configuration and gate material it was decided under, and the workflow run that decided it.
 * A verifier checks it against what the release expects.
 */
export interface EvidenceBinding {
  schema: typeof BINDING_SCHEMA;
  /** `owner/name`. */
  repository: string;
  /** GitHub's numeric repository id (survives renames), when known. */
  repository_id: string | null;
  /** The gated pull request; base ref and SHA are null when the event did not name them. */
  pull_request: { number: number; base_ref: string | null; base_sha: string | null } | null;
  head_sha: string;
  /** `sha256:<hex>` of the configuration file the gates ran under, when it loaded. */
  config_sha256: string | null;
  /** `sha256:<hex>` of the canonical JSON list of `[gate, inputs_digest]` of every gate result. */
  gate_material_sha256: string;
  /** The job workflow ref (`owner/name/path@ref`) and the event that ran it. */
  workflow: { ref: string | null; event: string | null };
  run: { id: string; attempt: string };
  /** When the evidence was signed (ISO 8601). */
  time: string;
}

/** The verdict predicate. */
export interface VerdictPredicate {
  binding: EvidenceBinding;
  run_id: string;
  tool: { name: string; version: string };
  started_at: string;
  head_sha: string;
  repository: string;
  verdict: Verdict;
  gates: GateResult[];
  cards: (DecisionCard & { gate: string })[];
  reports: { gate: ReportGate; predicate_type: string; file: string }[];
  audit_log: { file: string; sha256: string } | null;
}

/** A gate-report predicate (invariants, model check, OPE). */
export interface GateReportPredicate {
  run_id: string;
  head_sha: string;
  result: GateResult;
}

/** The audit-log digest predicate. */
export interface AuditLogPredicate {
  run_id: string;
  file: string;
  sha256: string;
  bytes: number;
  records: number;
  /** sha256 (hex) of the last line: the head of the hash chain. */
  head: string | null;
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;

/**
 * Builds SLSA provenance v1. Inside Actions it follows `actions/attest`'s
 * `buildSLSAProvenancePredicate`: claims of the OIDC token win (they are what the certificate
 * will say), the injected environment fills in the rest. Outside Actions it describes a local
 * run with Maestro Gate's local build type.
 */
export function buildProvenance(
  env: EvidenceEnv,
  claims: Record<string, unknown> = {},
  startedOn?: string,
): SlsaProvenance {
  const server = env.serverUrl.replace(/\/+$/, '');
  const repository = str(claims['repository']) ?? env.repository;
  const ref = str(claims['ref']) ?? env.ref ?? 'unknown';
  const sha = str(claims['sha']) ?? env.sha ?? 'unknown';
  const workflowRef = str(claims['workflow_ref']) ?? env.workflowRef;
  const jobWorkflowRef = str(claims['job_workflow_ref']) ?? workflowRef;
  const runId = str(claims['run_id']) ?? env.runId ?? 'local';
  const attempt = str(claims['run_attempt']) ?? env.runAttempt ?? '1';
  // owner/repo/.github/workflows/main.yml@refs/heads/main -> .github/workflows/main.yml
  const path =
    workflowRef === undefined
      ? 'unknown'
      : (workflowRef.replace(`${repository}/`, '').split('@')[0] ?? 'unknown');
  const actions = env.actions || Object.keys(claims).length > 0;
  return {
    buildDefinition: {
      buildType: actions ? GITHUB_WORKFLOW_BUILD_TYPE : LOCAL_BUILD_TYPE,
      externalParameters: { workflow: { ref, repository: `${server}/${repository}`, path } },
      internalParameters: {
        github: {
          event_name: str(claims['event_name']) ?? env.eventName ?? 'local',
          repository_id: str(claims['repository_id']) ?? env.repositoryId ?? '',
          repository_owner_id: str(claims['repository_owner_id']) ?? env.repositoryOwnerId ?? '',
          runner_environment:
            str(claims['runner_environment']) ??
            env.runnerEnvironment ??
            (actions ? 'unknown' : 'local'),
        },
      },
      resolvedDependencies: [
        { uri: `git+${server}/${repository}@${ref}`, digest: { gitCommit: sha } },
      ],
    },
    runDetails: {
      builder: {
        id:
          actions && jobWorkflowRef !== undefined
            ? `${server}/${jobWorkflowRef}`
            : LOCAL_BUILDER_ID,
      },
      metadata: {
        invocationId: actions
          ? `${server}/${repository}/actions/runs/${runId}/attempts/${attempt}`
          : `${LOCAL_BUILDER_ID}/runs/${runId}`,
        ...(startedOn === undefined ? {} : { startedOn }),
      },
    },
  };
}

/** Gate results without their bulky `report` (reports get their own predicates). */
function slim(result: GateResult): GateResult {
  const { report: _report, ...rest } = result;
  return rest;
}

/** The facts of a binding that are not in the run document. */
export interface BindingFacts {
  repository: string;
  repositoryId?: string;
  pullRequest?: { number: number; baseRef: string; baseSha: string };
  headSha: string;
  configSha256?: string;
  jobWorkflowRef?: string;
  eventName?: string;
  runId: string;
  runAttempt: string;
  time: string;
}

/** Builds the binding from the run document and the run's facts. */
export function buildBinding(
  run: GateRunDocument,
  facts: BindingFacts,
  sha256Json: (v: unknown) => string,
): EvidenceBinding {
  return {
    schema: BINDING_SCHEMA,
    repository: facts.repository,
    repository_id: facts.repositoryId ?? null,
    pull_request:
      facts.pullRequest === undefined
        ? null
        : {
            number: facts.pullRequest.number,
            base_ref:
              typeof facts.pullRequest.baseRef === 'string' && facts.pullRequest.baseRef !== ''
                ? facts.pullRequest.baseRef
                : null,
            base_sha: /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(String(facts.pullRequest.baseSha))
              ? facts.pullRequest.baseSha
              : null,
          },
    head_sha: facts.headSha,
    config_sha256: facts.configSha256 ?? null,
    gate_material_sha256: sha256Json(run.gates.map((g) => [g.gate, g.inputs_digest])),
    workflow: { ref: facts.jobWorkflowRef ?? null, event: facts.eventName ?? null },
    run: { id: facts.runId, attempt: facts.runAttempt },
    time: facts.time,
  };
}

/** Builds the verdict predicate from the gate run. */
export function buildVerdictPredicate(
  run: GateRunDocument,
  binding: EvidenceBinding,
  reports: VerdictPredicate['reports'],
  auditLog: VerdictPredicate['audit_log'],
): VerdictPredicate {
  const headSha = binding.head_sha;
  const repository = binding.repository;
  return {
    binding,
    run_id: run.run_id,
    tool: { name: run.tool.name, version: run.tool.version },
    started_at: run.started_at,
    head_sha: headSha,
    repository,
    verdict: run.verdict,
    gates: run.gates.map(slim),
    cards: run.gates.flatMap((g) => (g.cards ?? []).map((c) => ({ gate: g.gate, ...c }))),
    reports,
    audit_log: auditLog,
  };
}

/** Builds a gate-report predicate. */
export function buildGateReportPredicate(
  run: GateRunDocument,
  headSha: string,
  result: GateResult,
): GateReportPredicate {
  return { run_id: run.run_id, head_sha: headSha, result };
}

/** Builds the audit-log predicate from the log's bytes. */
export function buildAuditLogPredicate(
  runId: string,
  file: string,
  bytes: Buffer,
  sha256Hex: (b: Buffer | string) => string,
): AuditLogPredicate {
  const text = bytes.toString('utf8');
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const last = lines.at(-1);
  return {
    run_id: runId,
    file,
    sha256: sha256Hex(bytes),
    bytes: bytes.length,
    records: lines.length,
    head: last === undefined ? null : sha256Hex(last),
  };
}

/** Wraps a predicate into an in-toto Statement v1. */
export function statement<P>(
  subject: Subject[],
  predicateType: string,
  predicate: P,
): Statement<P> {
  return { _type: STATEMENT_TYPE, subject, predicateType, predicate };
}

/** The subject that binds a statement to a commit. */
export function commitSubject(serverUrl: string, repository: string, sha: string): Subject {
  return { name: `git+${serverUrl.replace(/\/+$/, '')}/${repository}`, digest: { gitCommit: sha } };
}

export { PREDICATE_TYPES, SLSA_PROVENANCE_V1 };
