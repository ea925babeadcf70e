/**
 * The input document policies see (`input` in Rego). Published as
 * schemas/opa-input.schema.json and documented in docs/policies.md; its shape is part of the
 * gate's contract with policy authors, so fields are only ever added.
 */
import type { GateResult } from '../../contract/gate-result.js';
import type { ChangedFile, PullRequestFacts } from '../../contract/pr-facts.js';

/** Version of the input document's shape. */
export const INPUT_SCHEMA_VERSION = 1;

/** `input` as a policy sees it. */
export interface OpaInput {
  schema_version: number;
  /** The pull request, or `null` for a local run without one. */
  pull_request: {
    number: number;
    title: string;
    author: string;
    draft: boolean;
    labels: string[];
    repository: string;
    base: { ref: string; sha: string };
    head: { ref: string; sha: string };
  } | null;
  changed_files: {
    path: string;
    status: ChangedFile['status'];
    additions: number;
    deletions: number;
    previous_path?: string;
  }[];
  /** Sums over `changed_files`. */
  totals: { files: number; additions: number; deletions: number };
  /** The results of the gates that ran before this one. */
  gates: {
    gate: string;
    decision: GateResult['decision'];
    reason_code: string;
    sealed: boolean;
    findings: number;
  }[];
  /** The risk thresholds in force, so a policy can explain itself. */
  thresholds: { run_max: number; high_requires: number };
}

/** What {@link buildInput} reads. */
export interface InputFacts {
  pr?: PullRequestFacts | undefined;
  changedFiles?: readonly ChangedFile[] | undefined;
  priorResults: readonly GateResult[];
  runMax: number;
  highRequires: number;
}

/** Builds the input document. Paths are sorted so equal pull requests give equal inputs. */
export function buildInput(facts: InputFacts): OpaInput {
  const files = [...(facts.changedFiles ?? [])]
    .map((f) => ({
      path: f.path,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      ...(f.previous_path !== undefined ? { previous_path: f.previous_path } : {}),
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const pr = facts.pr;
  return {
    schema_version: INPUT_SCHEMA_VERSION,
    pull_request:
      pr === undefined
        ? null
        : {
            number: pr.number,
            title: pr.title,
            author: pr.author,
            draft: pr.draft,
            labels: [...pr.labels].sort(),
            repository: pr.repository,
            base: { ref: pr.base.ref, sha: pr.base.sha },
            head: { ref: pr.head.ref, sha: pr.head.sha },
          },
    changed_files: files,
    totals: {
      files: files.length,
      additions: files.reduce((n, f) => n + f.additions, 0),
      deletions: files.reduce((n, f) => n + f.deletions, 0),
    },
    gates: facts.priorResults.map((r) => ({
      gate: r.gate,
      decision: r.decision,
      reason_code: r.reason_code,
      sealed: r.sealed,
      findings: r.findings.length,
    })),
    thresholds: { run_max: facts.runMax, high_requires: facts.highRequires },
  };
}
