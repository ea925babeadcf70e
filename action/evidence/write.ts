/**
 * `writeEvidence`: builds every evidence file and statement in memory, runs the boundary scan,
 * signs, and only then writes. Any failure returns a `STOPPED` result for gate `evidence` and
 * writes nothing that could be mistaken for signed evidence.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { ReasonCode } from '../contract/codebook.js';
import { MaestroError, describeThrown, toError } from '../contract/errors.js';
import { flagsFor, type GateResult } from '../contract/gate-result.js';
import { validateGateRun } from '../schemas/validators.js';
import {
  decodeJwtClaims,
  instanceForVisibility,
  loadSigningKey,
  signKeyless,
  signWithKey,
  signingEndpoints,
  type SigningEndpoints,
  type SigstoreInstance,
} from '../signing/sign-door.js';
import { sha256Hex, sha256Json } from '../util/digest.js';
import { describeHit, scanEvidence } from './boundary.js';
import type { EvidenceEnv } from './env.js';
import { evidenceGateResult, type EvidenceConfig } from './policy.js';
import { validatePredicate, validateStatement } from './schemas.js';
import {
  buildAuditLogPredicate,
  buildBinding,
  buildGateReportPredicate,
  buildProvenance,
  buildVerdictPredicate,
  commitSubject,
  statement,
  type GateRunDocument,
  type VerdictPredicate,
} from './statements.js';
import { renderSummary, type SummaryInput } from './summary.js';
import {
  EVIDENCE_FILES,
  PREDICATE_TYPES,
  REPORT_GATES,
  SLSA_PROVENANCE_V1,
  STATEMENT_NAMES,
  type Statement,
  type Subject,
} from './types.js';

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

interface PendingFile {
  name: string;
  content: string | Buffer;
  /** False for a file that already sits in the evidence directory (the live audit log). */
  write?: boolean;
}

/** `owner/name/path@ref` → its parts (a job workflow ref). */
function splitWorkflowRef(
  ref: string | undefined,
): { repository: string; path: string; ref: string } | undefined {
  const m = ref === undefined ? null : /^([^/]+\/[^/]+)\/([^@]+)@(.+)$/.exec(ref);
  return m === null ? undefined : { repository: m[1]!, path: m[2]!, ref: m[3]! };
}

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

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
  const files: PendingFile[] = [{ name: EVIDENCE_FILES.run, content: json(run) }];
  const reports: VerdictPredicate['reports'] = [];
  const predicates: { name: string; type: string; predicate: unknown }[] = [];
  for (const gate of REPORT_GATES) {
    const result = run.gates.find((g) => g.gate === (gate as string));
    if (result === undefined) continue;
    const predicate = buildGateReportPredicate(run, headSha, result);
    files.push({ name: EVIDENCE_FILES[gate], content: json(predicate) });
    reports.push({ gate, predicate_type: PREDICATE_TYPES[gate], file: EVIDENCE_FILES[gate] });
    predicates.push({ name: STATEMENT_NAMES[gate], type: PREDICATE_TYPES[gate], predicate });
  }
  let auditRef: VerdictPredicate['audit_log'] = null;
  if (input.auditLogPath !== undefined) {
    let bytes: Buffer;
    try {
      bytes = await readFile(input.auditLogPath);
    } catch (e) {
      throw new MaestroError(
        'EVIDENCE_WRITE_FAILED',
        `the audit log ${input.auditLogPath} could not be read: ${describeThrown(e)}`,
        { cause: e },
      );
    }
    files.push({ name: EVIDENCE_FILES.auditLog, content: bytes });
    // The live log, when it sits in the evidence directory, is signed as it is now: a line
    // appended after signing shows as a changed file, never as unsigned content that counts.
    if (
      resolve(dirname(input.auditLogPath)) === resolve(input.evidenceDir) &&
      basename(input.auditLogPath) !== EVIDENCE_FILES.auditLog
    )
      files.push({ name: basename(input.auditLogPath), content: bytes, write: false });
    const predicate = buildAuditLogPredicate(run.run_id, EVIDENCE_FILES.auditLog, bytes, sha256Hex);
    auditRef = { file: EVIDENCE_FILES.auditLog, sha256: predicate.sha256 };
    predicates.push({ name: STATEMENT_NAMES.audit, type: PREDICATE_TYPES.audit, predicate });
  }
  const verdict = buildVerdictPredicate(run, binding, reports, auditRef);
  files.push({ name: EVIDENCE_FILES.verdict, content: json(verdict) });
  predicates.unshift({
    name: STATEMENT_NAMES.verdict,
    type: PREDICATE_TYPES.verdict,
    predicate: verdict,
  });
  predicates.unshift({
    name: STATEMENT_NAMES.provenance,
    type: SLSA_PROVENANCE_V1,
    predicate: buildProvenance(env, claims, run.started_at),
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
  const signer = splitWorkflowRef(jobWorkflowRef);
  const summaryInput: SummaryInput = {
    decision: run.verdict.decision,
    reasonCodes: run.verdict.reason_codes,
    headSha,
    repository,
    signed,
    signingMode: signing.mode,
    ...(unsignedReason === undefined ? {} : { unsignedReason }),
    ...(key === undefined ? {} : { keyHint: key.hint, keyFingerprint: key.fingerprint }),
    files: files.map((f) => ({ name: f.name, sha256: sha256Hex(f.content) })),
    bundles: signed
      ? predicates.map((p) => ({ file: `${p.name}.sigstore.json`, predicateType: p.type }))
      : [],
    evidenceDir: input.displayDir ?? input.evidenceDir,
    ...(instance === undefined
      ? {}
      : {
          identity: {
            repository,
            signerRepository: signer?.repository ?? repository,
            workflowPath:
              signer?.path ??
              buildProvenance(env, claims).buildDefinition.externalParameters.workflow.path,
            workflowRef: signer?.ref ?? claim('ref') ?? env.ref ?? '',
            instance,
            ...(instance === 'github' ? { timestampsOnly: true } : {}),
          },
        }),
  };
  const summaryMarkdown = renderSummary(summaryInput);
  const manifest = {
    schema_version: 1,
    signed,
    signing: {
      mode: signing.mode,
      ...(unsignedReason === undefined ? {} : { reason: unsignedReason }),
      ...(key === undefined ? {} : { key_hint: key.hint, key_fingerprint: key.fingerprint }),
      ...(instance === undefined ? {} : { instance }),
    },
    head_sha: headSha,
    written_at: signedAt,
    files: summaryInput.files,
    statements: predicates.map((p) => ({
      predicate_type: p.type,
      statement: `${p.name}.intoto.json`,
      ...(signed ? { bundle: `${p.name}.sigstore.json` } : {}),
    })),
  };
  files.push({ name: EVIDENCE_FILES.manifest, content: json(manifest) });
  files.push({ name: EVIDENCE_FILES.summary, content: summaryMarkdown });

  // 3. Statements: every statement names every evidence file and the head commit.
  const subject: Subject[] = [
    ...files.map((f) => ({ name: f.name, digest: { sha256: sha256Hex(f.content) } })),
    commitSubject(env.serverUrl, repository, headSha),
  ];
  const statements: { name: string; type: string; statement: Statement; text: string }[] = [];
  for (const p of predicates) {
    const problems = validatePredicate(p.type, p.predicate);
    if (problems.length > 0) {
      throw new MaestroError(
        'EVIDENCE_RUN_INVALID',
        `the ${p.name} predicate does not match its schema: ${problems
          .slice(0, 5)
          .map((x) => `${x.pointer || '/'}: ${x.message}`)
          .join('; ')}`,
      );
    }
    const st = statement(subject, p.type, p.predicate);
    const sp = validateStatement(st);
    if (sp.length > 0)
      throw new MaestroError(
        'EVIDENCE_RUN_INVALID',
        `the ${p.name} statement is invalid: ${sp.map((x) => x.message).join('; ')}`,
      );
    statements.push({ name: p.name, type: p.type, statement: st, text: JSON.stringify(st) });
  }

  // 4. Boundary scan before anything leaves memory.
  const hits = scanEvidence([
    ...files.map((f) => ({
      name: f.name,
      content: typeof f.content === 'string' ? f.content : f.content.toString('utf8'),
    })),
    ...statements.map((s) => ({ name: `${s.name}.intoto.json`, content: s.text })),
  ]);
  if (hits.length > 0) {
    const shown = hits.slice(0, 10).map(describeHit).join('; ');
    throw new MaestroError(
      'EVIDENCE_SENSITIVE_DATA',
      `the boundary scan found ${hits.length} secret-like or PII-like value(s), so nothing was signed or published: ${shown}${hits.length > 10 ? '; …' : ''}. Remove the value from its source (or redact it before it reaches the gate run) and re-run.`,
    );
  }

  // 5. Sign.
  const bundles: { name: string; type: string; text: string }[] = [];
  if (key !== undefined) {
    for (const s of statements) {
      const b = await signWithKey(Buffer.from(s.text, 'utf8'), key);
      bundles.push({ name: s.name, type: s.type, text: json(b) });
    }
  } else if (signing.mode === 'keyless' && instance !== undefined) {
    const endpoints = signing.endpoints ?? signingEndpoints(instance, env.serverUrl);
    const cached = token as string;
    for (const s of statements) {
      const b = await signKeyless(Buffer.from(s.text, 'utf8'), {
        getToken: () => Promise.resolve(cached),
        endpoints,
      });
      bundles.push({ name: s.name, type: s.type, text: json(b) });
    }
  }

  // 6. Write.
  const dir = input.evidenceDir;
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new MaestroError(
      'EVIDENCE_WRITE_FAILED',
      `the evidence directory ${dir} could not be created: ${describeThrown(e)}`,
      { cause: e },
    );
  }
  const written: string[] = [];
  const put = async (name: string, content: string | Buffer): Promise<string> => {
    const path = join(dir, name);
    try {
      await writeFile(path, content);
    } catch (e) {
      throw new MaestroError(
        'EVIDENCE_WRITE_FAILED',
        `${path} could not be written: ${describeThrown(e)}`,
        { cause: e },
      );
    }
    written.push(path);
    return path;
  };
  for (const f of files) if (f.write !== false) await put(f.name, f.content);
  for (const s of statements) await put(`${s.name}.intoto.json`, json(s.statement));
  const bundlePaths: Record<string, string> = {};
  for (const b of bundles) bundlePaths[b.type] = await put(`${b.name}.sigstore.json`, b.text);

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
