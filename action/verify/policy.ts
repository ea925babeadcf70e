/**
 * Identity policy for keyless bundles, with whole-value matching only: exact strings, or
 * regular expressions that must compile on their own and must match the entire value.
 */
import type { CertificateIdentity } from '../signing/verify-door.js';

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
  /** `owner/name` the signing workflow file lives in, when not `repository` (a reusable workflow). */
  signerRepository?: string;
  /** GitHub server (default `https://github.com`). */
  serverUrl?: string;
}

/** One policy comparison. */
export interface PolicyResult {
  ok: boolean;
  message: string;
}

/**
 * True when the policy constrains a certificate (issuer, identity, workflow). The repository
 * is not an identity constraint: for key-signed evidence it binds the signed verdict.
 */
export function hasIdentityPolicy(p: IdentityPolicy): boolean {
  return [
    p.issuer,
    p.issuerRegexp,
    p.identity,
    p.identityRegexp,
    p.workflowPath,
    p.workflowRef,
  ].some((v) => v !== undefined);
}

/**
 * Compiles a whole-value pattern. The pattern must compile on its own first — so it cannot
 * close the anchoring group and open another (`x)|(?:.*`) — and is then anchored at both ends.
 * Throws the engine's `SyntaxError` for a broken pattern; callers report it.
 */
export function anchored(pattern: string): RegExp {
  new RegExp(pattern, 'u');
  return new RegExp(`^(?:${pattern})$`, 'u');
}

/** True when `re` (from `anchored`) matches all of `value`. */
export function matchesWhole(re: RegExp, value: string): boolean {
  const m = re.exec(value);
  return m !== null && m.index === 0 && m[0] === value;
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
        message: `${what} pattern ${JSON.stringify(regexp)} does not compile on its own (each pattern must be a whole regular expression): ${(e as Error).message}`,
      });
      return out;
    }
    out.push(
      actual !== undefined && matchesWhole(re, actual)
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
    const signer = p.signerRepository ?? p.repository;
    if (signer === undefined || p.workflowPath === undefined || p.workflowRef === undefined) {
      out.push({
        ok: false,
        message: '--workflow-path and --workflow-ref need each other and --repository',
      });
    } else {
      const expected = `${server}/${signer}/${p.workflowPath.replace(/^\/+/, '')}@${p.workflowRef}`;
      out.push(...match('workflow (SAN)', cert.subjectAlternativeName, expected, undefined));
    }
  }
  return out;
}

/** Options of the signer policy (evidence mode, keyless). */
export interface SignerOptions {
  /** Accept a signing workflow that ran from `refs/pull/*` (its file is the pull request's). */
  allowPullRequestWorkflow?: boolean;
}

/** `<server>/owner/name/path@ref` → its parts. */
function parseWorkflowUri(
  uri: string | undefined,
  server: string,
): { repository: string; path: string; ref: string } | undefined {
  if (uri === undefined || !uri.startsWith(`${server}/`)) return undefined;
  const m = /^([^/]+\/[^/]+)\/([^@]+)@(.+)$/.exec(uri.slice(server.length + 1));
  return m === null ? undefined : { repository: m[1]!, path: m[2]!, ref: m[3]! };
}

/**
 * Who may sign evidence a release trusts: the signing workflow (the certificate's Build Signer
 * URI) must live in the expected repository (or `--signer-repository`), must not run from a
 * pull request's ref, and its ref must be pinned by the policy.
 */
export function checkSigner(
  cert: CertificateIdentity,
  p: IdentityPolicy,
  o: SignerOptions = {},
): PolicyResult[] {
  const server = (p.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const uri = cert.extensions.buildSignerURI ?? cert.subjectAlternativeName;
  const wf = parseWorkflowUri(uri, server);
  if (wf === undefined)
    return [
      {
        ok: false,
        message: `the signer ${JSON.stringify(uri ?? null)} is not a GitHub Actions workflow of ${server}: evidence must be signed by a workflow`,
      },
    ];
  const out: PolicyResult[] = [];
  const expected = p.signerRepository ?? p.repository;
  if (expected === undefined) {
    out.push({ ok: false, message: 'no --repository: the signing workflow cannot be checked' });
  } else if (wf.repository !== expected) {
    out.push({
      ok: false,
      message: `the signing workflow ${uri} lives in ${wf.repository}, not in ${expected}: a workflow in another repository signs for whoever calls it. Pass --signer-repository ${wf.repository} only if that reusable workflow is one you trust`,
    });
  } else out.push({ ok: true, message: `the signing workflow lives in ${expected}` });
  if (wf.ref.startsWith('refs/pull/')) {
    const why = `the signing workflow ran from ${wf.ref}: on pull_request the workflow file comes from the pull request's merge ref, so the pull request's author controls it and the evidence proves what that file did, not what the gate decided`;
    out.push(
      o.allowPullRequestWorkflow === true
        ? { ok: true, message: `accepted because --allow-pull-request-workflow was given: ${why}` }
        : {
            ok: false,
            message: `${why}. Run the gate from pull_request_target, a required workflow or a reusable workflow pinned to a protected ref (docs/evidence.md), or pass --allow-pull-request-workflow`,
          },
    );
  }
  if (p.workflowRef === undefined && p.identity === undefined && p.identityRegexp === undefined) {
    out.push({
      ok: false,
      message: `the signing workflow's ref is not pinned (it ran from ${wf.ref}): with --repository alone a workflow on any branch, such as one a pull request's author pushed, would be accepted. Pass --workflow-path ${wf.path} --workflow-ref <a protected ref such as refs/heads/main>, or --certificate-identity`,
    });
  }
  return out;
}
