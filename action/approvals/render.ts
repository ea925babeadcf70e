/**
 * Renderers of an approval evaluation: the approval check run's output (with the app's head
 * state and the signed receipt embedded for machines) and the one bot comment that says what
 * counted, what was ignored and why.
 */
import { summariseIgnored } from './evaluate.js';
import type { Evaluation, HeadState, VerdictState } from './types.js';

/** The approval check's name for a base branch: a retargeted PR gets a different check. */
export function approvalCheckName(baseRef: string): string {
  return `maestro/approval (${baseRef})`;
}

/** Prefix of every approval check and status name. */
export const APPROVAL_CHECK_PREFIX = 'maestro/approval';

/** Marks the app's own comment (hidden in rendered Markdown). */
export const APPROVAL_COMMENT_MARKER = '<!-- maestro-gate:approval -->';
const STATE_BEGIN = '<!-- maestro-approval:state ';
const RECEIPT_BEGIN = '<!-- maestro-approval:receipt -->';
/** GitHub's limit on a check run's summary and text. */
const LIMIT = 65_535;

/** The head state as a hidden line in the check run's text. */
export function renderHeadState(state: HeadState): string {
  return `${STATE_BEGIN}${JSON.stringify(state).replace(/--/g, '\\u002d\\u002d')} -->`;
}

/** Reads the head state back from a check run's text; `undefined` when absent or malformed. */
export function parseHeadState(text: string | null | undefined): HeadState | undefined {
  if (!text) return undefined;
  const at = text.indexOf(STATE_BEGIN);
  if (at < 0) return undefined;
  const end = text.indexOf(' -->', at);
  if (end < 0) return undefined;
  try {
    const v = JSON.parse(text.slice(at + STATE_BEGIN.length, end)) as Partial<HeadState>;
    if (
      typeof v.head_sha !== 'string' ||
      typeof v.base_ref !== 'string' ||
      typeof v.head_since !== 'string' ||
      (v.source !== 'push' && v.source !== 'first-seen') ||
      !(v.pusher === null || typeof v.pusher === 'string') ||
      !Array.isArray(v.requested) ||
      !v.requested.every((x) => typeof x === 'string')
    )
      return undefined;
    return v as HeadState;
  } catch {
    return undefined;
  }
}

/** The receipt bundle as a block in the check run's text. */
export function renderReceiptBlock(bundle: unknown): string {
  return `${RECEIPT_BEGIN}\n<details><summary>Signed approval receipt</summary>\n\n\`\`\`json\n${JSON.stringify(bundle)}\n\`\`\`\n\n</details>\n`;
}

/** The receipt bundle JSON from a check run's text, or `undefined`. */
export function extractReceipt(text: string | null | undefined): unknown {
  if (!text) return undefined;
  const at = text.indexOf(RECEIPT_BEGIN);
  if (at < 0) return undefined;
  const m = /```json\n([\s\S]*?)\n```/.exec(text.slice(at));
  if (!m) return undefined;
  try {
    return JSON.parse(m[1]!) as unknown;
  } catch {
    return undefined;
  }
}

const HOW = [
  'Approve with an approving review on the current head commit, or a comment whose line starts with `/approve <reason>`.',
  'Reject with `/reject <reason>`.',
  'Votes count once per person, only on the current head, and never from the PR author, a commit author or committer, the last pusher, bots or this app. Edited comments do not count.',
];

function verdictLines(v: VerdictState): string[] {
  if (v.status === 'pending') return [`The gate has not finished: ${v.message}.`];
  if (v.status === 'untrusted')
    return [`**The gate's verdict cannot be trusted** (\`${v.code}\`): ${v.message}`];
  const lines = [
    `Signed verdict: **${v.decision}${v.sealed ? ' (sealed)' : ''}** — ${v.reason_codes.map((c) => `\`${c}\``).join(', ')}`,
    `Signed by ${v.signer}; verdict sha256 \`${v.digest}\`, run \`${v.run_id}\`.`,
  ];
  for (const c of v.cards) {
    lines.push('', `#### ${c.gate}: ${c.title} (${c.decision})`);
    for (const r of c.reasons) lines.push(`- ${r}`);
    if (c.to_change) lines.push(`- *To change the outcome:* ${c.to_change}`);
  }
  return lines;
}

function voteLines(e: Evaluation): string[] {
  const out: string[] = [];
  for (const a of e.approvals) out.push(`- ✅ @${a.login} (${a.source} ${a.id}): ${a.reason}`);
  for (const r of e.rejections) out.push(`- ⛔ @${r.login} (${r.source} ${r.id}): ${r.reason}`);
  for (const i of e.ignored)
    out.push(`- ➖ ignored @${i.login} (${i.source} ${i.id}): ${i.detail}`);
  return out;
}

/** The approval check run's output. */
export function renderApprovalCheck(
  e: Evaluation,
  v: VerdictState,
  state: HeadState,
  receipt?: unknown,
): { title: string; summary: string; text: string } {
  const summary = [
    `## ${e.title}`,
    '',
    ...verdictLines(v),
    '',
    ...(e.decision === 'PAUSE_FOR_HITL' && e.conclusion !== null
      ? [
          `**Needs ${e.needed} approval(s)**${e.highRisk ? ' from distinct people (high risk)' : ''}.`,
          `Who may approve: ${e.whoMayApprove.join('; ') || 'nobody is configured'}.`,
          '',
          ...HOW.map((h) => `- ${h}`),
          '',
        ]
      : []),
    ...(voteLines(e).length ? ['### Votes', '', ...voteLines(e)] : []),
  ].join('\n');
  const text = [renderHeadState(state), receipt === undefined ? '' : renderReceiptBlock(receipt)]
    .filter(Boolean)
    .join('\n');
  return {
    title: e.title.slice(0, 1000),
    summary: summary.length > LIMIT ? `${summary.slice(0, LIMIT - 20)}\n… (truncated)` : summary,
    text,
  };
}

/** The bot comment, updated in place. */
export function renderApprovalComment(e: Evaluation, checkName: string): string {
  const counted = `${e.approvals.length}/${e.needed} approvals`;
  const ignored = summariseIgnored(e.ignored);
  const head =
    e.decision === 'PAUSE_FOR_HITL' && e.conclusion !== null
      ? `**${checkName}: ${counted}${ignored ? ` — ${ignored}` : ''}**`
      : `**${checkName}: ${e.title}**`;
  return [
    APPROVAL_COMMENT_MARKER,
    head,
    '',
    ...(e.decision === 'PAUSE_FOR_HITL' && e.conclusion !== null
      ? [`Who may approve: ${e.whoMayApprove.join('; ')}.`, ...HOW.map((h) => `- ${h}`), '']
      : []),
    ...voteLines(e),
  ]
    .join('\n')
    .trimEnd();
}
