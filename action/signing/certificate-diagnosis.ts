/**
 * Says which certificate check failed when `@sigstore/verify` reports only "Failed to verify
 * certificate chain": the leaf expired or was not yet valid at signing time, the issuing CA was
 * outside its validity in the trust root, or no CA of the trust root issued the certificate
 * (another Sigstore instance).
 */
import type { X509Certificate } from '@sigstore/core';
import type { SignedEntity, TrustMaterial, Verifier } from '@sigstore/verify';

const iso = (d: Date): string => d.toISOString();

function issuedBy(leaf: X509Certificate, ca: X509Certificate): boolean {
  try {
    return leaf.issuer.equals(ca.subject) && leaf.verify(ca);
  } catch {
    return false;
  }
}

/** The signing times the verifier established (its own timestamp checks), or none. */
function signingTimes(entity: SignedEntity, verifier: Verifier): Date[] {
  try {
    // The verifier's own timestamp step: the same times it checked the chain at.
    const v = verifier as unknown as { verifyTimestamps: (e: SignedEntity) => Date[] };
    return v.verifyTimestamps(entity);
  } catch {
    return [];
  }
}

/**
 * A precise reason for a failed certificate check, or undefined when none of the known causes
 * applies (the caller keeps the verifier's message then).
 */
export function diagnoseCertificateFailure(
  entity: SignedEntity,
  material: TrustMaterial,
  verifier: Verifier,
): string | undefined {
  if (entity.key.$case !== 'certificate') return undefined;
  const leaf = entity.key.certificate;
  const issuing = material.certificateAuthorities.filter((ca) =>
    ca.certChain.some((c) => issuedBy(leaf, c)),
  );
  if (issuing.length === 0)
    return 'unknown instance: no certificate authority of the trust root issued the signing certificate (the bundle comes from another Sigstore instance, or the trust root is the wrong one)';
  const times = signingTimes(entity, verifier);
  for (const t of times) {
    if (t < leaf.notBefore)
      return `not yet valid: the signing certificate is valid from ${iso(leaf.notBefore)}, but the signature was timestamped at ${iso(t)}`;
    if (t > leaf.notAfter)
      return `expired: the signing certificate expired at ${iso(leaf.notAfter)}, but the signature was timestamped at ${iso(t)}`;
    const valid = issuing.filter((ca) => ca.validFor.start <= t && t <= ca.validFor.end);
    if (valid.length === 0) {
      const w = issuing[0]!.validFor;
      return `CA validity: the issuing certificate authority is trusted from ${iso(w.start)} to ${iso(w.end)} in the trust root, but the signature was timestamped at ${iso(t)}`;
    }
    for (const ca of valid)
      for (const c of ca.certChain)
        if (!c.validForDate(t))
          return `CA validity: a CA certificate of the chain is valid from ${iso(c.notBefore)} to ${iso(c.notAfter)}, not at the signing time ${iso(t)}`;
  }
  return undefined;
}
