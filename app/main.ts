/**
 * `npm run app`: the approval app as a Probot server (`probot run`), with `/healthz` and
 * Prometheus `/metrics` beside the webhook endpoint. Configuration: docs/app.md.
 */
import { run } from 'probot';
import { fileAuditSink } from './audit.js';
import { createApp } from './index.js';
import { createMetrics } from './metrics.js';
import { APP_ENV, optionsFromEnv } from './options.js';

const env = process.env;
const started = new Date();
const audit = fileAuditSink(
  env[APP_ENV.auditLog] ?? 'maestro-approval-audit.jsonl',
  `approval-app-${process.pid}-${started.toISOString()}`,
  () => new Date(),
);
await run(
  createApp(optionsFromEnv(env, audit), {
    serveRoutes: true,
    metrics: createMetrics({ defaultMetrics: true }),
  }),
);
