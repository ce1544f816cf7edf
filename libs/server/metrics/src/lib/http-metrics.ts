import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Metrics } from './metrics';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * The route label of a request: the route pattern (`/api/scenarios/:id`), never the raw URL, so
 * that ids and query strings cannot multiply the series. The portal's files (one route per
 * content-hashed file, renamed by every build) count as `static`; unknown paths as `unmatched`.
 */
export function routeLabel(request: FastifyRequest): string {
  const pattern = request.routeOptions?.url;
  if (!pattern) return 'unmatched';
  return pattern.startsWith('/api') ? pattern : 'static';
}

/**
 * Counts and times every answer of the HTTP server in memory (a counter and a histogram update:
 * no I/O on the request path).
 */
export function instrumentHttp(server: FastifyInstance, metrics: Metrics): void {
  metrics.use(metrics.httpRequests, metrics.httpRequestDuration);
  server.addHook('onResponse', (request, reply, done) => {
    const labels = {
      method: METHODS.has(request.method) ? request.method : 'OTHER',
      route: routeLabel(request),
      status: String(reply.statusCode),
    };
    metrics.httpRequests.inc(labels);
    metrics.httpRequestDuration.observe(labels, reply.elapsedTime / 1000);
    done();
  });
}
