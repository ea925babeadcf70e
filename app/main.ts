/**
 * `npm run app`: the approval app as a Probot server (`probot run`), with `/healthz` and
 * Prometheus `/metrics` beside the webhook endpoint. Without `APP_ID` and a private key,
 * Probot serves its setup page that registers the app from `app.yml`. Configuration: docs/app.md.
 */
import { run } from 'probot';
import { fileAuditSink } from './audit.js';
import { createApp } from './index.js';
import { createMetrics } from './metrics.js';
import { APP_ENV, optionsFromEnv } from './options.js';

const env = process.env;
const registered = Boolean(env['APP_ID']) && Boolean(env['PRIVATE_KEY'] ?? env['PRIVATE_KEY_PATH']);
if (!registered) {
  // Setup mode: Probot ignores the app function and registers the app from app.yml.
  await run(() => undefined);
} else {
  const audit = fileAuditSink(
    env[APP_ENV.auditLog] ?? 'maestro-approval-audit.jsonl',
    `approval-app-${process.pid}-${new Date().toISOString()}`,
    () => new Date(),
  );
  await run(
    createApp(optionsFromEnv(env, audit), {
      serveRoutes: true,
      metrics: createMetrics({ defaultMetrics: true }),
    }),
  );
}
