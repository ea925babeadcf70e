/** HTTP routes beside the webhook endpoint: `/healthz` and Prometheus `/metrics`. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppMetrics } from './metrics.js';

/** A Probot server handler: returns true when it answered the request. */
export function routes(
  metrics: AppMetrics,
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  return async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET') return false;
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'ok' }));
      return true;
    }
    if (path === '/metrics') {
      const body = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      res.end(body);
      return true;
    }
    return false;
  };
}
