/**
 * `writeEvidence`: builds every evidence file and statement in memory, runs the boundary scan,
 * signs, and only then writes. Any failure returns a `STOPPED` result for gate `evidence` and
 * writes nothing that could be mistaken for signed evidence.
 */
import type { ReasonCode } from '../contract/codebook.js';
import { MaestroError, describeThrown, toError } from '../contract/errors.js';
import { flagsFor, type GateResult } from '../contract/gate-result.js';
import { validateGateRun } from '../schemas/validators.js';
import {
  decodeJwtClaims,
  instanceForVisibility,
  loadSigningKey,
  signingEndpoints,
  type SigningEndpoints,
  type SigstoreInstance,
} from '../signing/sign-door.js';
import { renderViewer } from '../render/viewer/index.js';
import { sha256Hex, sha256Json } from '../util/digest.js';
import { collectEvidence } from './collect.js';
import type { EvidenceEnv } from './env.js';
import { describeEvidence } from './manifest.js';
import { persistEvidence, signStatements, type Signer } from './persist.js';
import { evidenceGateResult, type EvidenceConfig } from './policy.js';
import { buildStatements, refuseSensitiveData } from './seal.js';
import { buildBinding, commitSubject, type GateRunDocument } from './statements.js';
import { EVIDENCE_FILES, PREDICATE_TYPES } from './types.js';

/** How to sign. */
export type SigningInput =
  | { mode: 'key'; keyPem: string; passphrase?: string }
  | {
      mode: 'keyless';
      /** Returns the workflow's OIDC token (audience `sigstore`), e.g. `() => core.getIDToken('sigstore')`. */
      getToken: () => Promise<string>;
      /** Sigstore instance; `auto` (default) decides from the repository's visibility. */
      instance?: SigstoreInstance | 'auto';
      /** Endpoint override (tests point these at local mocks). */
      endpoints?: SigningEndpoints;
    }
  | { mode: 'none'; reason: string };

/** Input of `writeEvidence`. */
export interface WriteEvidenceInput {
  /** The gate-run document (schemas/gate-run.schema.json). */
  run: unknown;
  /** The run's audit log (JSONL); copied into the evidence and digested. */
  auditLogPath?: string;
  evidenceDir: string;
  env: EvidenceEnv;
  signing: SigningInput;
  /** The pull request head commit the evidence is bound to (default `env.sha`). */
  headSha?: string;
  /** Clock (injected). */
  now?: () => Date;
  /** For unsigned evidence: the base branch, the evidence config and branch protection. */
  baseRef?: string;
  config?: EvidenceConfig;
  branchProtected?: boolean;
  /** How the evidence directory is named in the summary's commands (default `evidenceDir`). */
  displayDir?: string;
  /** The pull request the run gated (number, base branch and base commit), when there is one. */
  pullRequest?: { number: number; baseRef: string; baseSha: string };
  /** `sha256:<hex>` of the configuration file the gates ran under. */
  configSha256?: string;
}

/** What `writeEvidence` produced. */
export interface WriteEvidenceResult {
  /** Absolute paths of every file written. */
  files: string[];
  /** The verdict bundle (null when unsigned or failed). */
  bundlePath: string | null;
  /** Every bundle, by predicate type. */
  bundles: Record<string, string>;
  signed: boolean;
  /** How the evidence was signed (`none` when unsigned or failed). */
  signingMode: 'key' | 'keyless' | 'none';
  /**
   * Request bodies for `POST /repos/{owner}/{repo}/attestations`, one per bundle. Only keyless
   * bundles: GitHub's attestation store and `gh attestation verify` refuse key-signed ones.
   */
  attestations: { predicateType: string; body: { bundle: unknown } }[];
  unsignedReason?: string;
  summaryMarkdown: string;
  /** Present when the evidence step did not end clean: unsigned (per policy) or failed (STOPPED). */
  gateResult?: GateResult;
}

function stopped(
  code: ReasonCode,
  message: string,
  started: number,
  now: () => Date,
  inputs: unknown,
): GateResult {
  return {
    gate: 'evidence',
    decision: 'STOPPED',
    reason_code: code,
    ...flagsFor('STOPPED', code === 'EVIDENCE_SENSITIVE_DATA'),
    final_decider: 'SYSTEM',
    findings: [{ level: 'error', rule: 'evidence', message }],
    inputs_digest: sha256Json(inputs),
    duration_ms: Math.max(0, now().getTime() - started),
    summary: message,
  };
}

function assertRun(run: unknown): GateRunDocument {
  const problems = validateGateRun(run);
  if (problems.length > 0) {
    throw new MaestroError(
      'EVIDENCE_RUN_INVALID',
      `the gate-run document is invalid: ${problems
        .slice(0, 5)
        .map((p) => `${p.pointer || '/'}: ${p.message}`)
        .join('; ')}`,
    );
  }
  return run as GateRunDocument;
}

const optional = <K extends string>(k: K, v: string | undefined): Partial<Record<K, string>> =>
  v === undefined ? {} : ({ [k]: v } as Record<K, string>);

/**
 * Writes the evidence bundle for one gate run. Never throws: every failure is a `STOPPED`
 * `gateResult` for gate `evidence` (the pipeline folds it into the verdict).
 */
export async function writeEvidence(input: WriteEvidenceInput): Promise<WriteEvidenceResult> {
  const now = input.now ?? (() => new Date());
  const started = now().getTime();
  try {
    return await write(input, now);
  } catch (e) {
    const err = toError(e);
    const code: ReasonCode =
      e instanceof MaestroError && e.code.startsWith('EVIDENCE_')
        ? e.code
        : 'EVIDENCE_WRITE_FAILED';
    const message = err.message;
    return {
      files: [],
      bundlePath: null,
      bundles: {},
      signed: false,
      signingMode: 'none',
      attestations: [],
      unsignedReason: message,
      summaryMarkdown: `### ⛔ Maestro Gate evidence: \`STOPPED\`\n\n\`${code}\`: ${message}\n`,
      gateResult: stopped(code, message, started, now, {
        signing: input.signing.mode,
        dir: input.evidenceDir,
      }),
    };
  }
}

async function write(input: WriteEvidenceInput, now: () => Date): Promise<WriteEvidenceResult> {
  const run = assertRun(input.run);
  const env = input.env;
  const headSha = input.headSha ?? env.sha ?? 'unknown';
  if (!/^([0-9a-f]{40}|[0-9a-f]{64}|unknown)$/.test(headSha)) {
    throw new MaestroError(
      'EVIDENCE_RUN_INVALID',
      `the head commit ${JSON.stringify(headSha)} is not a full hex commit SHA`,
    );
  }

  // Keyless: read the token once; its claims fill provenance exactly as the certificate will.
  let claims: Record<string, unknown> = {};
  let token: string | undefined;
  if (input.signing.mode === 'keyless') {
    try {
      token = await input.signing.getToken();
    } catch (e) {
      throw new MaestroError(
        'EVIDENCE_SIGNING_FAILED',
        `the OIDC token could not be obtained: ${describeThrown(e)}`,
        { cause: e },
      );
    }
    claims = decodeJwtClaims(token);
  }
  const repository =
    typeof claims['repository'] === 'string' ? claims['repository'] : env.repository;
  const claim = (k: string): string | undefined => {
    const v = claims[k];
    return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
  };
  const signedAt = now().toISOString();
  const jobWorkflowRef = claim('job_workflow_ref') ?? env.workflowRef;
  const binding = buildBinding(
    run,
    {
      repository,
      ...optional('repositoryId', claim('repository_id') ?? env.repositoryId),
      ...(input.pullRequest === undefined ? {} : { pullRequest: input.pullRequest }),
      headSha,
      ...optional('configSha256', input.configSha256),
      ...optional('jobWorkflowRef', jobWorkflowRef),
      ...optional('eventName', claim('event_name') ?? env.eventName),
      runId: claim('run_id') ?? env.runId ?? run.run_id,
      runAttempt: claim('run_attempt') ?? env.runAttempt ?? '1',
      time: signedAt,
    },
    sha256Json,
  );

  // 1. Evidence files, in memory.
  const { files, predicates } = await collectEvidence({
    run,
    headSha,
    binding,
    env,
    claims,
    ...(input.auditLogPath === undefined ? {} : { auditLogPath: input.auditLogPath }),
    evidenceDir: input.evidenceDir,
  });

  // 2. How it will be signed, and the summary and manifest (signed subjects too).
  const signing = input.signing;
  const key =
    signing.mode === 'key' ? loadSigningKey(signing.keyPem, signing.passphrase) : undefined;
  let instance: SigstoreInstance | undefined;
  if (signing.mode === 'keyless') {
    const visibility =
      typeof claims['repository_visibility'] === 'string'
        ? claims['repository_visibility']
        : env.repositoryVisibility;
    instance =
      signing.instance === undefined || signing.instance === 'auto'
        ? instanceForVisibility(visibility)
        : signing.instance;
  }
  if (key !== undefined) files.push({ name: EVIDENCE_FILES.publicKey, content: key.publicKeyPem });
  const signed = signing.mode !== 'none';
  const unsignedReason = signing.mode === 'none' ? signing.reason : undefined;
  // The viewer embeds the run and lists the files above with their digests; it is signed too.
  files.push({
    name: EVIDENCE_FILES.viewer,
    content: renderViewer(run, {
      headSha,
      signing: {
        mode: signing.mode,
        ...(unsignedReason === undefined ? {} : { reason: unsignedReason }),
      },
      files: files.map((f) => ({ name: f.name, sha256: sha256Hex(f.content) })),
    }),
  });
  const described = describeEvidence({
    run,
    headSha,
    repository,
    signing: {
      mode: signing.mode,
      ...(unsignedReason === undefined ? {} : { unsignedReason }),
      ...(key === undefined ? {} : { key: { hint: key.hint, fingerprint: key.fingerprint } }),
      ...(instance === undefined ? {} : { instance }),
    },
    files,
    predicates,
    env,
    claims,
    claim,
    jobWorkflowRef,
    displayDir: input.displayDir ?? input.evidenceDir,
    writtenAt: signedAt,
  });
  const summaryMarkdown = described.summaryMarkdown;
  files.push(...described.files);

  // 3. Statements: every statement names every evidence file and the head commit.
  const statements = buildStatements(
    files,
    predicates,
    commitSubject(env.serverUrl, repository, headSha),
  );

  // 4. Boundary scan before anything leaves memory.
  refuseSensitiveData(files, statements);

  // 5. Sign.
  let signer: Signer = { mode: 'none' };
  if (key !== undefined) signer = { mode: 'key', key };
  else if (signing.mode === 'keyless' && instance !== undefined)
    signer = {
      mode: 'keyless',
      token: token as string,
      endpoints: signing.endpoints ?? signingEndpoints(instance, env.serverUrl),
    };
  const bundles = await signStatements(statements, signer);

  // 6. Write.
  const { written, bundlePaths } = await persistEvidence(
    input.evidenceDir,
    files,
    statements,
    bundles,
  );

  const result: WriteEvidenceResult = {
    files: written,
    bundlePath: bundlePaths[PREDICATE_TYPES.verdict] ?? null,
    bundles: bundlePaths,
    signed,
    signingMode: signing.mode,
    attestations:
      signing.mode === 'keyless'
        ? bundles.map((b) => ({
            predicateType: b.type,
            body: { bundle: JSON.parse(b.text) as unknown },
          }))
        : [],
    summaryMarkdown,
  };
  if (unsignedReason !== undefined) {
    result.unsignedReason = unsignedReason;
    result.gateResult = evidenceGateResult(
      { mode: 'none', reason: unsignedReason },
      {
        baseRef: input.baseRef ?? 'main',
        ...(input.config === undefined ? {} : { config: input.config }),
        ...(input.branchProtected === undefined ? {} : { branchProtected: input.branchProtected }),
      },
    );
  }
  return result;
}
