/**
 * Actions mode: the same app, run inside a workflow by `@probot/adapter-github-actions` for
 * the one event that started the workflow, with the workflow's token. Its limits
 * (docs/app.md): a workflow token cannot read team membership (team approvers do not count —
 * they are reported as unreadable), and the check runs it writes belong to GitHub Actions.
 * Any handler failure fails the step.
 */
import { run } from '@probot/adapter-github-actions';
import { fileAuditSink, memoryAuditSink } from './audit.js';
import { createApp } from './index.js';
import { createMetrics } from './metrics.js';
import { APP_ENV, optionsFromEnv } from './options.js';

const env = process.env;
const logPath = env[APP_ENV.auditLog];
const audit = logPath
  ? fileAuditSink(logPath, `approval-action-${env['GITHUB_RUN_ID'] ?? 'local'}`, () => new Date())
  : memoryAuditSink();
const metrics = createMetrics();
// In a workflow the check runs belong to GitHub Actions: the app's slug is `github-actions`.
const options = optionsFromEnv({ [APP_ENV.slug]: 'github-actions', ...env }, audit);
// The adapter bundles its own Probot (13); the app uses only `app.on`, `context.payload` and
// `context.octokit`, which both versions provide.
await run(createApp(options, { metrics }) as unknown as Parameters<typeof run>[0]);
const failures = (await metrics.failures.get()).values.reduce((n, v) => n + v.value, 0);
if (failures > 0) {
  console.error(
    `Maestro Gate approvals: ${failures} evaluation(s) failed; the check fails closed.`,
  );
  process.exitCode = 1;
}
