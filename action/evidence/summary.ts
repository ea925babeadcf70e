/** The markdown summary block attached to the PR comment, the check run and the job summary. */
import type { Decision } from '../contract/decision.js';

/** What the summary shows. */
export interface SummaryInput {
  decision: Decision;
  reasonCodes: string[];
  headSha: string;
  /** `owner/name` the evidence is bound to. */
  repository: string;
  signed: boolean;
  signingMode: 'key' | 'keyless' | 'none';
  unsignedReason?: string;
  keyHint?: string;
  /** `sha256:<hex>` of the signing key's SPKI. */
  keyFingerprint?: string;
  /** Evidence files (name → sha256 hex), in order. */
  files: { name: string; sha256: string }[];
  /** Bundles (file name → predicate type). */
  bundles: { file: string; predicateType: string }[];
  /** The evidence directory as the reader will have it (relative). */
  evidenceDir: string;
  /** For keyless: the identity the verifier should expect. */
  identity?: {
    repository: string;
    /** The repository the signing workflow file lives in (a reusable workflow's, or `repository`). */
    signerRepository?: string;
    workflowPath: string;
    workflowRef: string;
    instance: 'public-good' | 'github';
    /** GitHub's instance: a timestamp authority and no transparency log. */
    timestampsOnly?: boolean;
  };
}

/** The placeholder for the public key a release keeps in its own configuration. */
export const PUBLIC_KEY_PLACEHOLDER = '"$MAESTRO_PUBLIC_KEY"';

/** True when the signing workflow ran from a pull request's ref (its author controls the file). */
export function signedFromPullRequestRef(s: SummaryInput): boolean {
  return s.identity !== undefined && s.identity.workflowRef.startsWith('refs/pull/');
}

const ICON: Record<Decision, string> = { RUN: '✅', PAUSE_FOR_HITL: '⏸️', STOPPED: '⛔' };

/** Quotes a shell argument when it needs it (the key placeholder stays an expansion). */
function sh(arg: string): string {
  if (arg === PUBLIC_KEY_PLACEHOLDER) return arg;
  return /^[A-Za-z0-9_./:@=+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * The exact `maestro-gate verify` command for this evidence, safe to paste into a release
 * pipeline: the trust comes from the release's own configuration (never from a file shipped
 * beside the evidence), and it is bound to the repository and the head commit. Undefined when
 * the evidence cannot be trusted by a release at all (signed from a pull request's ref).
 */
export function verifyCommand(s: SummaryInput): string | undefined {
  if (signedFromPullRequestRef(s)) return undefined;
  const dir = s.evidenceDir.replace(/\/+$/, '');
  const parts = ['npx', 'maestro-gate', 'verify', '--evidence-dir', dir];
  if (s.signingMode === 'key') parts.push('--key', PUBLIC_KEY_PLACEHOLDER);
  if (s.signingMode === 'keyless' && s.identity !== undefined) {
    parts.push(
      s.identity.instance === 'public-good' ? '--public-good' : '--trusted-root',
      ...(s.identity.instance === 'github' ? ['github-trusted_root.json'] : []),
    );
    parts.push('--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com');
    const signer = s.identity.signerRepository ?? s.identity.repository;
    if (signer !== s.identity.repository) parts.push('--signer-repository', signer);
    parts.push(
      '--workflow-path',
      s.identity.workflowPath,
      '--workflow-ref',
      s.identity.workflowRef,
    );
  }
  parts.push('--repository', s.repository, '--commit', s.headSha);
  return parts.map(sh).join(' ');
}

/** The equivalent cosign command for the verdict bundle. */
export function cosignCommand(s: SummaryInput): string | undefined {
  if (signedFromPullRequestRef(s)) return undefined;
  const dir = s.evidenceDir.replace(/\/+$/, '');
  const verdict = s.bundles.find((b) => b.file === 'verdict.sigstore.json');
  if (verdict === undefined) return undefined;
  const parts = [
    'cosign',
    'verify-blob-attestation',
    '--bundle',
    `${dir}/${verdict.file}`,
    '--type',
    verdict.predicateType,
  ];
  if (s.signingMode === 'key')
    parts.push('--key', PUBLIC_KEY_PLACEHOLDER, '--insecure-ignore-tlog');
  else if (s.identity !== undefined) {
    parts.push('--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com');
    // The exact identity (Fulcio's SAN is the job workflow ref), never an unanchored regexp.
    parts.push(
      '--certificate-identity',
      `https://github.com/${s.identity.signerRepository ?? s.identity.repository}/${s.identity.workflowPath}@${s.identity.workflowRef}`,
    );
    if (s.identity.instance === 'github') parts.push('--trusted-root', 'github-trusted_root.json');
    // A timestamp authority and no transparency log: cosign must be told both.
    if (s.identity.timestampsOnly === true)
      parts.push('--insecure-ignore-tlog', '--use-signed-timestamps');
  }
  parts.push(`${dir}/verdict.json`);
  return parts.map(sh).join(' ');
}

/** Renders the summary block (GitHub-flavoured markdown). */
export function renderSummary(s: SummaryInput): string {
  const lines: string[] = [];
  lines.push(`### ${ICON[s.decision]} Maestro Gate evidence: \`${s.decision}\``);
  lines.push('');
  lines.push(
    `Reasons: ${s.reasonCodes.map((c) => `\`${c}\``).join(', ') || '—'} · head commit \`${s.headSha}\``,
  );
  lines.push('');
  if (s.signed) {
    lines.push(
      s.signingMode === 'key'
        ? `Signed with a P-256 key (fingerprint \`${s.keyFingerprint ?? '?'}\`). Verify with the public key from your own release configuration (\`MAESTRO_PUBLIC_KEY\` below), never with \`signing-key.pub.pem\` from this evidence: whoever can write the evidence can write that file too.`
        : `Signed keylessly with the workflow's OIDC identity (Sigstore ${s.identity?.instance ?? ''}).`,
    );
  } else {
    lines.push(
      `**Unsigned:** ${s.unsignedReason ?? 'no reason recorded'}. These files cannot be verified by a third party.`,
    );
  }
  lines.push('');
  lines.push('| Evidence file | sha256 |');
  lines.push('| --- | --- |');
  for (const f of s.files) lines.push(`| \`${f.name}\` | \`${f.sha256}\` |`);
  if (s.bundles.length > 0) {
    lines.push('');
    lines.push('| Bundle | Predicate type |');
    lines.push('| --- | --- |');
    for (const b of s.bundles) lines.push(`| \`${b.file}\` | \`${b.predicateType}\` |`);
  }
  const v = s.signed ? verifyCommand(s) : undefined;
  if (s.signed && v === undefined) {
    lines.push('');
    lines.push(
      `**Not for releases:** the signing workflow ran from \`${s.identity?.workflowRef ?? ''}\`. On \`pull_request\` the workflow file comes from the pull request's merge ref, so its author controls what was signed: this evidence proves what that file did, not what the gate decided. Run the gate from \`pull_request_target\`, a required workflow or a reusable workflow pinned to a protected ref (see docs/evidence.md).`,
    );
  } else if (v !== undefined) {
    lines.push('');
    lines.push('Verify (in the release pipeline):');
    lines.push('');
    lines.push('```sh');
    lines.push(v);
    const c = cosignCommand(s);
    if (c !== undefined) lines.push(c);
    lines.push('```');
  }
  return `${lines.join('\n')}\n`;
}
