/**
 * `npm run demo`: runs Maestro Gate on the bundled example pull request (examples/demo: base/
 * is the main branch, head/ the pull request) with its embedded defaults — no network, no
 * secrets — and prints the verdict and where the evidence and audit log went.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../action/cli/main.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const demo = join(root, 'examples/demo');
const evidence = join(root, '.maestro/demo');
rmSync(evidence, { recursive: true, force: true });

console.log(
  `Maestro Gate demo: gating the pull request in ${relative(process.cwd(), demo)}/ (base/ → head/)\n`,
);
const code = await main([
  'check',
  join(demo, 'head'),
  '--base-dir',
  join(demo, 'base'),
  '--evidence-dir',
  evidence,
  '--cache-dir',
  join(root, '.maestro/cache'),
  // Embedded default: no secrets, so the evidence is signed with a key made for this run.
  '--ephemeral-key',
]);
const meaning = { 0: 'RUN', 1: 'STOPPED', 2: 'PAUSE_FOR_HITL' }[code] ?? 'an error';
console.log(
  `\nmaestro-gate check exited ${code}, meaning ${meaning} (exit code 0 = RUN, 2 = PAUSE_FOR_HITL, 1 = STOPPED).`,
);
console.log(
  `Audit log:  ${relative(process.cwd(), join(evidence, 'audit.jsonl'))}  (check it: npx maestro-gate audit verify ${relative(process.cwd(), join(evidence, 'audit.jsonl'))})`,
);
// The key made for this run sits beside the evidence; verify trusts it only pinned by the
// fingerprint this process printed (a release pipeline uses its own key, never this one).
let fingerprint = '<see evidence-manifest.json>';
try {
  const manifest = JSON.parse(readFileSync(join(evidence, 'evidence-manifest.json'), 'utf8')) as {
    signing?: { key_fingerprint?: string };
  };
  fingerprint = manifest.signing?.key_fingerprint ?? fingerprint;
} catch {
  // no evidence was written; the verdict above says why
}
console.log(
  `Evidence:   ${relative(process.cwd(), evidence)}/  (signed with a key made for this run, fingerprint ${fingerprint})`,
);
console.log(
  `Viewer:     ${relative(process.cwd(), join(evidence, 'decision-cards.html'))}  (open it in a browser: the verdict, the approvals needed, every decision card)`,
);
console.log(
  `Verify it:  npx maestro-gate verify --evidence-dir ${relative(process.cwd(), evidence)} --key ${relative(process.cwd(), join(evidence, 'signing-key.pub.pem'))} --key-fingerprint ${fingerprint} --repository local/repository --insecure-skip-binding --expect-verdict STOPPED`,
);
console.log(
  '            (the demo key is pinned to the fingerprint printed here; the demo is not a git commit, so the binding is skipped and verify says so. A release pipeline verifies with its own key, --repository and --commit.)',
);
// The demo pull request is meant to be stopped; the demo itself succeeded when a verdict came out.
process.exitCode = code === 0 || code === 1 || code === 2 ? 0 : code;
