/** SLSA provenance against the signing certificate: the predicate is the workflow's, the certificate is not. */
import type { SlsaProvenance } from '../evidence/statements.js';
import type { SignatureVerification } from '../signing/verify-door.js';
import type { Checks } from './checks.js';

/** Cross-checks provenance fields with the certificate's Fulcio extensions. */
export function checkProvenance(
  p: SlsaProvenance,
  sig: SignatureVerification,
  t: string,
  c: Checks,
): void {
  if (sig.certificate === undefined) {
    c.pass(
      'provenance',
      t,
      'key-signed: the provenance is vouched for by the key holder only (no certificate to cross-check)',
    );
    return;
  }
  const ext = sig.certificate.extensions;
  const workflow = p.buildDefinition.externalParameters.workflow;
  const github = p.buildDefinition.internalParameters.github;
  const pairs: [string, string | undefined, string | undefined][] = [
    ['builder.id vs Build Signer URI', p.runDetails.builder.id, ext.buildSignerURI],
    [
      'externalParameters.workflow.repository vs Source Repository URI',
      workflow.repository,
      ext.sourceRepositoryURI,
    ],
    [
      'externalParameters.workflow.ref vs Source Repository Ref',
      workflow.ref,
      ext.sourceRepositoryRef,
    ],
    [
      'resolvedDependencies[0].digest.gitCommit vs Source Repository Digest',
      p.buildDefinition.resolvedDependencies[0]?.digest.gitCommit,
      ext.sourceRepositoryDigest,
    ],
    [
      'metadata.invocationId vs Run Invocation URI',
      p.runDetails.metadata.invocationId,
      ext.runInvocationURI,
    ],
    ['internalParameters.github.event_name vs Build Trigger', github.event_name, ext.buildTrigger],
    [
      'internalParameters.github.repository_id vs Source Repository Identifier',
      github.repository_id,
      ext.sourceRepositoryIdentifier,
    ],
    [
      'internalParameters.github.repository_owner_id vs Source Repository Owner Identifier',
      github.repository_owner_id,
      ext.sourceRepositoryOwnerIdentifier,
    ],
    [
      'internalParameters.github.runner_environment vs Runner Environment',
      github.runner_environment,
      ext.runnerEnvironment,
    ],
  ];
  // The first four are required; the rest are compared when the certificate carries them.
  pairs.forEach(([what, claimed, certified], i) => {
    if (certified === undefined && i >= 4) return;
    if (claimed !== undefined && claimed === certified)
      c.pass('provenance', t, `${what}: ${claimed}`);
    else
      c.fail(
        'provenance',
        t,
        'VERIFY_PROVENANCE_MISMATCH',
        `${what}: provenance says ${JSON.stringify(claimed ?? null)}, certificate says ${JSON.stringify(certified ?? null)}`,
      );
  });
}
