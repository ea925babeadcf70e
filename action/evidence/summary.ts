/** The markdown summary block attached to the PR comment, the check run and the job summary. */
import type { Decision } from '../contract/decision.js';

/** What the summary shows. */
export interface SummaryInput {
  decision: Decision;
  reasonCodes: string[];
  headSha: string;
  signed: boolean;
  signingMode: 'key' | 'keyless' | 'none';
  unsignedReason?: string;
  keyHint?: string;
  /** Evidence files (name → sha256 hex), in order. */
  files: { name: string; sha256: string }[];
  /** Bundles (file name → predicate type). */
  bundles: { file: string; predicateType: string }[];
  /** The evidence directory as the reader will have it (relative). */
  evidenceDir: string;
  /** For keyless: the identity the verifier should expect. */
  identity?: {
    repository: string;
    workflowPath: string;
    workflowRef: string;
    instance: 'public-good' | 'github';
  };
}

const ICON: Record<Decision, string> = { RUN: '✅', PAUSE_FOR_HITL: '⏸️', STOPPED: '⛔' };

/** Quotes a shell argument when it needs it. */
function sh(arg: string): string {
  return /^[A-Za-z0-9_./:@=+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The exact `maestro-gate verify` command for this evidence. */
export function verifyCommand(s: SummaryInput): string {
  const dir = s.evidenceDir.replace(/\/+$/, '');
  const parts = ['npx', 'maestro-gate', 'verify', '--evidence-dir', dir];
  if (s.signingMode === 'key') parts.push('--key', `${dir}/signing-key.pub.pem`);
  if (s.signingMode === 'keyless' && s.identity !== undefined) {
    parts.push(
      s.identity.instance === 'public-good' ? '--public-good' : '--trusted-root',
      ...(s.identity.instance === 'github' ? ['github-trusted_root.json'] : []),
    );
    parts.push('--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com');
    parts.push(
      '--repository',
      s.identity.repository,
      '--workflow-path',
      s.identity.workflowPath,
      '--workflow-ref',
      s.identity.workflowRef,
    );
  }
  parts.push('--commit', s.headSha);
  return parts.map(sh).join(' ');
}

/** The equivalent cosign command for the verdict bundle. */
export function cosignCommand(s: SummaryInput): string | undefined {
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
    parts.push('--key', `${dir}/signing-key.pub.pem`, '--insecure-ignore-tlog');
  else if (s.identity !== undefined) {
    parts.push('--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com');
    // The exact identity (Fulcio's SAN is the job workflow ref), never an unanchored regexp.
    parts.push(
      '--certificate-identity',
      `https://github.com/${s.identity.repository}/${s.identity.workflowPath}@${s.identity.workflowRef}`,
    );
    if (s.identity.instance === 'github') parts.push('--trusted-root', 'github-trusted_root.json');
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
        ? `Signed with a P-256 key (hint \`${s.keyHint ?? '?'}\`). Trust the key only if you know where it came from.`
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
  if (s.signed) {
    lines.push('');
    lines.push('Verify:');
    lines.push('');
    lines.push('```sh');
    lines.push(verifyCommand(s));
    const c = cosignCommand(s);
    if (c !== undefined) lines.push(c);
    lines.push('```');
  }
  return `${lines.join('\n')}\n`;
}
