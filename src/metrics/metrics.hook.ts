import type { FastifyInstance } from 'fastify';
import type { MetricsService } from './metrics.service.js';

/** Requests that matched no route share one label, so junk URLs cannot grow the label set. */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * Counts every answer by route pattern (`/users/:id`, never the raw URL) and status, with the
 * latency Fastify measured. A hook rather than a Nest interceptor: it also sees the answers of
 * guards, Fastify's own errors and 404s, and costs two label lookups per request.
 */
export function instrumentRequests(fastify: FastifyInstance, metrics: MetricsService): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
}
