/**
 * Prometheus metrics of the approval app (prom-client, one registry per app instance so
 * tests and replicas do not share counters).
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The app's metrics. */
export interface AppMetrics {
  registry: Registry;
  escalations: Counter<'repository'>;
  approvals: Counter<'source'>;
  rejections: Counter<'source'>;
  ignored: Counter<'why'>;
  decisions: Counter<'reason_code'>;
  forgeries: Counter<'kind'>;
  apiCalls: Counter<'method'>;
  failures: Counter<'event'>;
  webhookLatency: Histogram<'event'>;
}

/** Creates the metrics on a fresh registry. */
export function createMetrics(opts: { defaultMetrics?: boolean } = {}): AppMetrics {
  const registry = new Registry();
  if (opts.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'maestro_app_' });
  const reg = { registers: [registry] };
  return {
    registry,
    escalations: new Counter({
      name: 'maestro_approval_escalations_total',
      help: 'Evaluations that found a PAUSE_FOR_HITL verdict waiting for approvals',
      labelNames: ['repository'],
      ...reg,
    }),
    approvals: new Counter({
      name: 'maestro_approval_approvals_total',
      help: 'Escalations approved (the required approvals counted on the current head)',
      labelNames: ['source'],
      ...reg,
    }),
    rejections: new Counter({
      name: 'maestro_approval_rejections_total',
      help: 'Escalations rejected by an authorised reviewer',
      labelNames: ['source'],
      ...reg,
    }),
    ignored: new Counter({
      name: 'maestro_approval_ignored_commands_total',
      help: 'Votes that did not count, by reason',
      labelNames: ['why'],
      ...reg,
    }),
    decisions: new Counter({
      name: 'maestro_approval_decisions_total',
      help: 'Approval check decisions written, by reason code',
      labelNames: ['reason_code'],
      ...reg,
    }),
    forgeries: new Counter({
      name: 'maestro_approval_forgeries_total',
      help: 'Statuses or check runs named like the approval check from another source',
      labelNames: ['kind'],
      ...reg,
    }),
    apiCalls: new Counter({
      name: 'maestro_approval_github_api_calls_total',
      help: 'GitHub API requests made by the app',
      labelNames: ['method'],
      ...reg,
    }),
    failures: new Counter({
      name: 'maestro_approval_failures_total',
      help: 'Webhook handlers that failed (the check fails closed)',
      labelNames: ['event'],
      ...reg,
    }),
    webhookLatency: new Histogram({
      name: 'maestro_approval_webhook_duration_seconds',
      help: 'Time from receiving a webhook to finishing its handler',
      labelNames: ['event'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      ...reg,
    }),
  };
}
