/**
 * The signed verdict's binding against what the release expects: repository, commit (or an
 * artifact subject), pull request, base, and freshness; and against the other signed facts
 * (statements' commit subject, provenance, the signing certificate). Prints what it verified.
 */
import type { EvidenceBinding, SlsaProvenance, VerdictPredicate } from '../evidence/statements.js';
import { SLSA_PROVENANCE_V1 } from '../evidence/types.js';
import type { VerifiedStatement } from './bundle.js';
import type { Checks } from './checks.js';
import type { VerifyInput } from './verify.js';

/** One line describing a binding (printed by verify). */
export function describeBinding(b: EvidenceBinding): string {
  const pr =
    b.pull_request === null
      ? 'no pull request'
      : `PR #${b.pull_request.number} (base ${b.pull_request.base_ref} @ ${b.pull_request.base_sha})`;
  return [
    `repository ${b.repository}${b.repository_id === null ? '' : ` (id ${b.repository_id})`}`,
    pr,
    `head ${b.head_sha}`,
    `config ${b.config_sha256 ?? 'none'}`,
    `gate material ${b.gate_material_sha256}`,
    `workflow ${b.workflow.ref ?? 'none'} (${b.workflow.event ?? 'no event'})`,
    `run ${b.run.id} attempt ${b.run.attempt}`,
    `signed at ${b.time}`,
  ].join(', ');
}

function expectEqual(
  c: Checks,
  t: string,
  what: string,
  signed: string | number | null,
  expected: string | number | undefined,
): void {
  if (expected === undefined) return;
  if (signed === expected) c.pass('binding', t, `${what} is ${String(expected)}`);
  else
    c.fail(
      'binding',
      t,
      'VERIFY_BINDING_MISMATCH',
      `the signed verdict is for ${what} ${JSON.stringify(signed)}, expected ${JSON.stringify(expected)}`,
    );
}

/** Checks the binding of the verified verdict statement. */
export function checkBinding(
  verdictSt: VerifiedStatement,
  verified: VerifiedStatement[],
  input: VerifyInput,
  c: Checks,
): void {
  const t = verdictSt.bundle;
  const before = c.list.length;
  const verdict = verdictSt.statement.predicate as VerdictPredicate;
  const b = verdict.binding;
  const repository = input.repository ?? input.policy.repository;
  const subject = input.commit !== undefined || (input.artifacts ?? []).length > 0;

  // What the release must say it expects.
  if (input.skipBinding === true && (repository === undefined || !subject)) {
    c.warn(
      'binding',
      t,
      `NOT BOUND (--insecure-skip-binding): ${repository === undefined ? 'no --repository' : ''}${repository === undefined && !subject ? ' and ' : ''}${subject ? '' : 'no --commit or --artifact'} was given, so this evidence may be for any ${repository === undefined ? 'repository' : 'commit'}. The evidence says: ${describeBinding(b)}`,
    );
  } else {
    if (repository === undefined)
      c.fail(
        'binding',
        t,
        'VERIFY_BINDING_MISMATCH',
        'no --repository: evidence is bound to the repository it was made for, and a release must say which one it expects',
      );
    if (!subject)
      c.fail(
        'binding',
        t,
        'VERIFY_BINDING_MISMATCH',
        'no --commit or --artifact: evidence is bound to a commit, and a release must say which commit (or artifact) it ships',
      );
  }
  expectEqual(c, t, 'repository', b.repository, repository);
  expectEqual(c, t, 'head commit', b.head_sha, input.commit);
  const e = input.expect ?? {};
  expectEqual(c, t, 'repository id', b.repository_id, e.repositoryId);
  expectEqual(c, t, 'pull request', b.pull_request?.number ?? null, e.pullRequest);
  expectEqual(c, t, 'base ref', b.pull_request?.base_ref ?? null, e.baseRef);
  expectEqual(c, t, 'base commit', b.pull_request?.base_sha ?? null, e.baseSha);

  // The binding agrees with the rest of what was signed.
  const inner: [string, unknown, unknown][] = [
    ['verdict head_sha', verdict.head_sha, b.head_sha],
    ['verdict repository', verdict.repository, b.repository],
  ];
  const commits = verdictSt.statement.subject
    .map((s) => s.digest['gitCommit'])
    .filter((x) => x !== undefined);
  inner.push([
    'the statements\u2019 commit subject',
    commits.length === 1 ? commits[0] : commits,
    b.head_sha,
  ]);
  const prov = verified.find((v) => v.statement.predicateType === SLSA_PROVENANCE_V1);
  if (prov !== undefined) {
    const p = prov.statement.predicate as SlsaProvenance;
    const inv = p.runDetails.metadata.invocationId;
    if (inv.includes('/actions/runs/'))
      inner.push([
        'provenance invocationId',
        inv.replace(/^.*\/actions\/runs\//, ''),
        `${b.run.id}/attempts/${b.run.attempt}`,
      ]);
  }
  const ext = verdictSt.signature.certificate?.extensions;
  if (ext !== undefined) {
    if (b.workflow.ref !== null && ext.buildSignerURI !== undefined)
      inner.push([
        'certificate Build Signer URI',
        ext.buildSignerURI.replace(/^https?:\/\/[^/]+\//, ''),
        b.workflow.ref,
      ]);
    if (ext.sourceRepositoryIdentifier !== undefined)
      inner.push([
        'certificate Source Repository Identifier',
        ext.sourceRepositoryIdentifier,
        b.repository_id,
      ]);
    if (ext.runInvocationURI !== undefined)
      inner.push([
        'certificate Run Invocation URI',
        ext.runInvocationURI.replace(/^.*\/actions\/runs\//, ''),
        `${b.run.id}/attempts/${b.run.attempt}`,
      ]);
  }
  for (const [what, signed, bound] of inner)
    if (signed !== bound)
      c.fail(
        'binding',
        t,
        'VERIFY_BINDING_MISMATCH',
        `the binding says ${JSON.stringify(bound)}, but ${what} is ${JSON.stringify(signed)}`,
      );

  if (input.notBefore !== undefined) {
    const at = Date.parse(b.time);
    if (Number.isNaN(at) || at < input.notBefore.getTime())
      c.fail(
        'freshness',
        t,
        'VERIFY_NOT_FRESH',
        `the evidence was signed at ${b.time}, before --not-before ${input.notBefore.toISOString()}`,
      );
    else c.pass('freshness', t, `signed at ${b.time}, not before ${input.notBefore.toISOString()}`);
  }
  if (c.list.slice(before).every((x) => x.ok))
    c.pass('binding', t, `verified binding: ${describeBinding(b)}`);
}
