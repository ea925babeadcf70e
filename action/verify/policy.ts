/**
 * Identity policy for keyless bundles, with anchored matching only: exact strings, or regular
 * expressions that are wrapped in `^(?:…)$` so a pattern can never match a substring.
 */
import type { CertificateIdentity } from '../signing/index.js';

/** What the signer's certificate must say. */
export interface IdentityPolicy {
  /** Exact OIDC issuer, e.g. `https://token.actions.githubusercontent.com`. */
  issuer?: string;
  /** Anchored regular expression for the issuer. */
  issuerRegexp?: string;
  /** Exact certificate identity (SAN), e.g. the job workflow ref URI. */
  identity?: string;
  /** Anchored regular expression for the SAN. */
  identityRegexp?: string;
  /** `owner/name`: the certificate's Source Repository URI must be `<server>/<owner/name>`. */
  repository?: string;
  /** `.github/workflows/gate.yml`: with `workflowRef`, the SAN must be `<server>/<repo>/<path>@<ref>`. */
  workflowPath?: string;
  /** `refs/heads/main`. */
  workflowRef?: string;
  /** GitHub server (default `https://github.com`). */
  serverUrl?: string;
}

/** One policy comparison. */
export interface PolicyResult {
  ok: boolean;
  message: string;
}

/** True when the policy asks for anything at all. */
export function hasIdentityPolicy(p: IdentityPolicy): boolean {
  return [
    p.issuer,
    p.issuerRegexp,
    p.identity,
    p.identityRegexp,
    p.repository,
    p.workflowPath,
    p.workflowRef,
  ].some((v) => v !== undefined);
}

/** Compiles an anchored regular expression; a broken pattern is reported, never ignored. */
export function anchored(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'u');
}

function match(
  what: string,
  actual: string | undefined,
  exact: string | undefined,
  regexp: string | undefined,
): PolicyResult[] {
  const out: PolicyResult[] = [];
  if (exact !== undefined) {
    out.push(
      actual === exact
        ? { ok: true, message: `${what} is ${JSON.stringify(actual)}` }
        : {
            ok: false,
            message: `${what} is ${JSON.stringify(actual ?? null)}, expected exactly ${JSON.stringify(exact)}`,
          },
    );
  }
  if (regexp !== undefined) {
    let re: RegExp;
    try {
      re = anchored(regexp);
    } catch (e) {
      out.push({
        ok: false,
        message: `${what} pattern ${JSON.stringify(regexp)} is not a valid regular expression: ${(e as Error).message}`,
      });
      return out;
    }
    out.push(
      actual !== undefined && re.test(actual)
        ? { ok: true, message: `${what} ${JSON.stringify(actual)} matches ^(?:${regexp})$` }
        : {
            ok: false,
            message: `${what} is ${JSON.stringify(actual ?? null)}, which does not match ^(?:${regexp})$ (patterns are anchored at both ends)`,
          },
    );
  }
  return out;
}

/**
 * Checks a certificate identity against the policy. A keyless bundle needs an issuer and at least
 * one of identity, identity regexp, repository or workflow path: a bare signature from
 * anyone with an OIDC account proves nothing.
 */
export function checkIdentity(cert: CertificateIdentity, p: IdentityPolicy): PolicyResult[] {
  const out: PolicyResult[] = [];
  const server = (p.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  if (p.issuer === undefined && p.issuerRegexp === undefined) {
    out.push({
      ok: false,
      message:
        'no issuer policy: pass --certificate-oidc-issuer (e.g. https://token.actions.githubusercontent.com)',
    });
  }
  if (
    p.identity === undefined &&
    p.identityRegexp === undefined &&
    p.repository === undefined &&
    p.workflowPath === undefined
  ) {
    out.push({
      ok: false,
      message:
        'no identity policy: pass --certificate-identity, --certificate-identity-regexp, --repository or --workflow-path',
    });
  }
  out.push(...match('issuer', cert.issuer, p.issuer, p.issuerRegexp));
  out.push(...match('identity (SAN)', cert.subjectAlternativeName, p.identity, p.identityRegexp));
  if (p.repository !== undefined) {
    out.push(
      ...match(
        'source repository',
        cert.extensions.sourceRepositoryURI,
        `${server}/${p.repository}`,
        undefined,
      ),
    );
  }
  if (p.workflowPath !== undefined || p.workflowRef !== undefined) {
    if (p.repository === undefined || p.workflowPath === undefined || p.workflowRef === undefined) {
      out.push({
        ok: false,
        message: '--workflow-path and --workflow-ref need each other and --repository',
      });
    } else {
      const expected = `${server}/${p.repository}/${p.workflowPath.replace(/^\/+/, '')}@${p.workflowRef}`;
      out.push(...match('workflow (SAN)', cert.subjectAlternativeName, expected, undefined));
    }
  }
  return out;
}
