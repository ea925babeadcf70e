/** Statement and predicate type identifiers of the evidence bundle. */

/** in-toto Statement v1. */
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';

/** SLSA provenance v1. */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

/** The build type GitHub Actions provenance uses (as `actions/attest` fills it). */
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';

/** The build type of a run outside GitHub Actions (local CLI, demo). */
export const LOCAL_BUILD_TYPE = 'https://maestro-gate.dev/buildtypes/local/v1';

/** The builder id of a run outside GitHub Actions. */
export const LOCAL_BUILDER_ID = 'https://maestro-gate.dev/builders/local/v1';

/** Versioned predicate types of Maestro Gate's own predicates. */
export const PREDICATE_TYPES = {
  verdict: 'https://maestro-gate.dev/attestation/verdict/v2',
  invariants: 'https://maestro-gate.dev/attestation/invariant-report/v1',
  modelcheck: 'https://maestro-gate.dev/attestation/model-check-report/v1',
  ope: 'https://maestro-gate.dev/attestation/ope-report/v1',
  audit: 'https://maestro-gate.dev/attestation/audit-log/v1',
} as const;

/** Version of the binding inside the verdict predicate (what the verdict is about). */
export const BINDING_SCHEMA = 'https://maestro-gate.dev/binding/v1';

/** Gates whose full report gets its own predicate. */
export const REPORT_GATES = ['invariants', 'modelcheck', 'ope'] as const;

/** A gate with its own report predicate. */
export type ReportGate = (typeof REPORT_GATES)[number];

/** File names inside the evidence directory. */
export const EVIDENCE_FILES = {
  run: 'gate-run.json',
  verdict: 'verdict.json',
  invariants: 'invariant-report.json',
  modelcheck: 'model-check-report.json',
  ope: 'ope-report.json',
  auditLog: 'audit-log.jsonl',
  manifest: 'evidence-manifest.json',
  publicKey: 'signing-key.pub.pem',
  summary: 'SUMMARY.md',
  /** The self-contained HTML decision-card viewer (action/render/viewer). */
  viewer: 'decision-cards.html',
  /** The live audit log the pipeline appends to, when it sits beside the evidence. */
  liveAuditLog: 'audit.jsonl',
} as const;

/** Statement names (file stems): `<name>.intoto.json` and `<name>.sigstore.json`. */
export const STATEMENT_NAMES = {
  provenance: 'provenance',
  verdict: 'verdict',
  invariants: 'invariant-report',
  modelcheck: 'model-check-report',
  ope: 'ope-report',
  audit: 'audit-log',
} as const;

/** A statement subject. */
export interface Subject {
  name: string;
  digest: Record<string, string>;
}

/** An in-toto Statement v1. */
export interface Statement<P = unknown> {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: string;
  predicate: P;
}
