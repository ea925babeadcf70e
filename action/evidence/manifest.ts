/** The evidence manifest and the attached summary: what was collected and how it is signed. */
import type { SigstoreInstance } from '../signing/sign-door.js';
import { sha256Hex } from '../util/digest.js';
import { json, type PendingFile, type PendingPredicate } from './collect.js';
import type { EvidenceEnv } from './env.js';
import { buildProvenance, type GateRunDocument } from './statements.js';
import { renderSummary, type SummaryInput } from './summary.js';
import { EVIDENCE_FILES } from './types.js';

/** How the evidence is signed, as the manifest and the summary tell it. */
export interface SigningDescription {
  mode: 'key' | 'keyless' | 'none';
  unsignedReason?: string;
  key?: { hint: string; fingerprint: string };
  instance?: SigstoreInstance;
}

/** What `describeEvidence` needs. */
export interface DescribeInput {
  run: GateRunDocument;
  headSha: string;
  repository: string;
  signing: SigningDescription;
  /** Every evidence file collected so far (the manifest lists their digests). */
  files: PendingFile[];
  predicates: PendingPredicate[];
  env: EvidenceEnv;
  claims: Record<string, unknown>;
  /** Claim lookup (strings and numbers as strings). */
  claim: (k: string) => string | undefined;
  jobWorkflowRef: string | undefined;
  /** How the evidence directory is named in the summary's commands. */
  displayDir: string;
  writtenAt: string;
}

/** `owner/name/path@ref` → its parts (a job workflow ref). */
function splitWorkflowRef(
  ref: string | undefined,
): { repository: string; path: string; ref: string } | undefined {
  const m = ref === undefined ? null : /^([^/]+\/[^/]+)\/([^@]+)@(.+)$/.exec(ref);
  return m === null ? undefined : { repository: m[1]!, path: m[2]!, ref: m[3]! };
}

/**
 * The summary (Markdown, with the commands that verify this evidence) and the manifest and
 * summary files, which are signed subjects too.
 */
export function describeEvidence(input: DescribeInput): {
  summaryMarkdown: string;
  files: PendingFile[];
} {
  const { signing, repository, env, claims } = input;
  const signed = signing.mode !== 'none';
  const { unsignedReason, key, instance } = signing;
  const signer = splitWorkflowRef(input.jobWorkflowRef);
  const summaryInput: SummaryInput = {
    decision: input.run.verdict.decision,
    reasonCodes: input.run.verdict.reason_codes,
    headSha: input.headSha,
    repository,
    signed,
    signingMode: signing.mode,
    ...(unsignedReason === undefined ? {} : { unsignedReason }),
    ...(key === undefined ? {} : { keyHint: key.hint, keyFingerprint: key.fingerprint }),
    files: input.files.map((f) => ({ name: f.name, sha256: sha256Hex(f.content) })),
    bundles: signed
      ? input.predicates.map((p) => ({ file: `${p.name}.sigstore.json`, predicateType: p.type }))
      : [],
    evidenceDir: input.displayDir,
    ...(instance === undefined
      ? {}
      : {
          identity: {
            repository,
            signerRepository: signer?.repository ?? repository,
            workflowPath:
              signer?.path ??
              buildProvenance(env, claims).buildDefinition.externalParameters.workflow.path,
            workflowRef: signer?.ref ?? input.claim('ref') ?? env.ref ?? '',
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
    head_sha: input.headSha,
    written_at: input.writtenAt,
    files: summaryInput.files,
    statements: input.predicates.map((p) => ({
      predicate_type: p.type,
      statement: `${p.name}.intoto.json`,
      ...(signed ? { bundle: `${p.name}.sigstore.json` } : {}),
    })),
  };
  return {
    summaryMarkdown,
    files: [
      { name: EVIDENCE_FILES.manifest, content: json(manifest) },
      { name: EVIDENCE_FILES.summary, content: summaryMarkdown },
    ],
  };
}
