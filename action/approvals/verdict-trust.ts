/**
 * The gate's verdict as the approval app may believe it: read from the signed Sigstore bundle
 * the gate's check run carries (never from the check run's conclusion or text, which any job
 * with a token could write), verified with the verify module against the configured signer,
 * and bound to this repository, pull request, base branch and head commit.
 */
import type { ReasonCode } from '../contract/codebook.js';
import { describeThrown } from '../contract/errors.js';
import type { CheckRunFacts } from '../contract/pr-facts.js';
import { validatePredicate } from '../evidence/schemas.js';
import type { VerdictPredicate } from '../evidence/statements.js';
import { PREDICATE_TYPES, type Statement } from '../evidence/types.js';
import { loadTrust, publicGoodSeedTrustedRoot, type LoadedTrust } from '../signing/verify-door.js';
import { verifyEvidence, type IdentityPolicy } from '../verify/index.js';
import { verdictDigest } from './receipt-verify.js';
import type { ApprovalsConfig, PullRequestState, VerdictState } from './types.js';

/** Marks the verdict bundle inside the gate check run's `output.text`. */
export const VERDICT_BUNDLE_BEGIN = '<!-- maestro-gate:verdict-bundle -->';

/** The Markdown block the Action appends to its check run: the signed verdict bundle. */
export function renderVerdictBundle(bundleJson: string): string {
  return `${VERDICT_BUNDLE_BEGIN}\n<details><summary>Signed verdict bundle</summary>\n\n\`\`\`json\n${bundleJson.trim()}\n\`\`\`\n\n</details>\n`;
}

/** The bundle JSON text after the marker, or `undefined`. */
export function extractVerdictBundle(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const at = text.indexOf(VERDICT_BUNDLE_BEGIN);
  if (at < 0) return undefined;
  const m = /```json\n([\s\S]*?)\n```/.exec(text.slice(at));
  return m?.[1];
}

/** A gate check run as the app sees it: the check run and its text (where the bundle sits). */
export interface GateCheckRun extends CheckRunFacts {
  text: string | null;
}

/** What the trust check needs besides the check runs. */
export interface TrustOptions {
  /** A Sigstore trusted root (JSON) for keyless signers; default the public-good seed. */
  trustedRoot?: unknown;
  serverUrl?: string;
}

const untrusted = (code: ReasonCode, message: string): VerdictState => ({
  status: 'untrusted',
  code,
  message,
});

function trustFor(config: ApprovalsConfig, opts: TrustOptions): LoadedTrust {
  return config.signer.kind === 'key'
    ? loadTrust({ publicKeyPem: config.signer.publicKeyPem, publicKeyLabel: 'approvals.signer' })
    : loadTrust({
        trustedRoot: opts.trustedRoot ?? publicGoodSeedTrustedRoot(),
        label: 'trusted root',
      });
}

function policyFor(config: ApprovalsConfig, serverUrl: string): IdentityPolicy {
  if (config.signer.kind === 'key') return {};
  const s = config.signer;
  const server = serverUrl.replace(/\/+$/, '');
  const quote = (x: string): string => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const file = `${server}/${s.repository}/${s.workflowPath}`;
  return {
    issuer: s.issuer,
    repository: s.repository,
    serverUrl: server,
    // Anchored: the protected ref, or (only when configured) a pull request's merge ref.
    identityRegexp: s.allowPullRequestRefs
      ? `${quote(file)}@(?:${quote(s.workflowRef)}|refs/pull/[0-9]+/merge)`
      : `${quote(file)}@${quote(s.workflowRef)}`,
  };
}

/**
 * Establishes the verdict for the pull request's head from the gate's check runs. The newest
 * completed run of the configured name owned by the configured app decides; one that carries
 * no bundle, or a bundle that does not verify or is bound to something else, fails closed.
 */
export function establishVerdict(
  runs: readonly GateCheckRun[],
  pr: PullRequestState,
  config: ApprovalsConfig,
  opts: TrustOptions = {},
): VerdictState {
  const serverUrl = opts.serverUrl ?? 'https://github.com';
  const named = runs
    .filter((r) => r.name === config.gateCheck && r.head_sha === pr.head_sha)
    .sort((a, b) => b.id - a.id);
  const owned = named.filter((r) => r.app_slug === config.gateApp);
  if (owned.length === 0) {
    if (named.length > 0)
      return untrusted(
        'APPROVAL_VERDICT_MISSING',
        `a check run named ${config.gateCheck} exists, but not from ${config.gateApp} (from ${named.map((r) => r.app_slug ?? 'unknown').join(', ')}): it is not the gate`,
      );
    return {
      status: 'pending',
      message: `no ${config.gateCheck} check run on ${pr.head_sha.slice(0, 7)} yet`,
    };
  }
  const run = owned[0]!;
  if (run.status !== 'completed')
    return { status: 'pending', message: `${config.gateCheck} is ${run.status}` };
  const text = extractVerdictBundle(run.text);
  if (text === undefined)
    return untrusted(
      'APPROVAL_VERDICT_MISSING',
      `the ${config.gateCheck} check run (${run.id}) carries no signed verdict bundle: the gate must sign its evidence (see docs/app.md)`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return untrusted(
      'APPROVAL_VERDICT_INVALID',
      `the verdict bundle is not JSON: ${describeThrown(e)}`,
    );
  }
  let trust: LoadedTrust;
  try {
    trust = trustFor(config, opts);
  } catch (e) {
    return untrusted(
      'APPROVAL_VERDICT_INVALID',
      `the signer's trust material: ${describeThrown(e)}`,
    );
  }
  const report = verifyEvidence({
    bundles: [{ name: 'verdict.sigstore.json', json }],
    files: new Map(),
    trust,
    policy: policyFor(config, serverUrl),
    commit: pr.head_sha,
    repository: pr.repository,
    allowPullRequestWorkflow:
      config.signer.kind === 'keyless' && config.signer.allowPullRequestRefs,
    mode: 'signature',
  });
  const failed = report.checks.find((c) => !c.ok);
  if (failed) {
    const code: ReasonCode =
      failed.check === 'identity'
        ? 'APPROVAL_SIGNER_UNTRUSTED'
        : failed.check === 'commit'
          ? 'APPROVAL_VERDICT_STALE'
          : 'APPROVAL_VERDICT_INVALID';
    return untrusted(code, `${failed.check}: ${failed.message}`);
  }
  // The signature verified over exactly this payload.
  const payload = Buffer.from(
    (json as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload,
    'base64',
  );
  const st = JSON.parse(payload.toString('utf8')) as Statement<VerdictPredicate>;
  if (st.predicateType !== PREDICATE_TYPES.verdict)
    return untrusted(
      'APPROVAL_VERDICT_INVALID',
      `the bundle carries ${st.predicateType}, not a verdict (${PREDICATE_TYPES.verdict})`,
    );
  const problems = validatePredicate(st.predicateType, st.predicate);
  if (problems.length > 0)
    return untrusted(
      'APPROVAL_VERDICT_INVALID',
      `the verdict predicate is malformed: ${problems
        .slice(0, 3)
        .map((p) => `${p.pointer || '/'} ${p.message}`)
        .join('; ')}`,
    );
  const p = st.predicate;
  const stale = staleness(p, pr);
  if (stale !== undefined) return untrusted('APPROVAL_VERDICT_STALE', stale);
  const signer =
    config.signer.kind === 'key'
      ? 'the configured public key'
      : `${config.signer.repository}/${config.signer.workflowPath}@${config.signer.workflowRef}`;
  return {
    status: 'verified',
    decision: p.verdict.decision,
    sealed: p.verdict.sealed,
    reason_codes: [...p.verdict.reason_codes],
    required_approvals: p.verdict.required_approvals,
    approver_groups: [...p.verdict.approver_groups],
    cards: p.cards,
    run_id: p.run_id,
    head_sha: p.head_sha,
    digest: verdictDigest(p),
    signer,
  };
}

/** Why a verified verdict does not belong to this pull request, or `undefined`. */
function staleness(p: VerdictPredicate, pr: PullRequestState): string | undefined {
  if (p.head_sha !== pr.head_sha)
    return `the verdict is for head ${p.head_sha}, the pull request's head is ${pr.head_sha}`;
  if (p.repository !== pr.repository)
    return `the verdict is for ${p.repository}, not ${pr.repository}`;
  const binding = (
    p as { binding?: { pull_request?: { number: number; base_ref: string } | null } }
  ).binding;
  if (binding !== undefined) {
    const b = binding.pull_request;
    if (b === null || b === undefined)
      return 'the verdict is not bound to a pull request (it was signed for a push)';
    if (b.number !== pr.number)
      return `the verdict is for pull request #${b.number}, not #${pr.number}`;
    if (b.base_ref !== pr.base_ref)
      return `the verdict was decided against base ${b.base_ref}; the pull request now targets ${pr.base_ref}`;
  }
  return undefined;
}
