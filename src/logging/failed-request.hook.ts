import type { LoggerService } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

/** Levels at which a successful request writes a line (pino-http's `info`). */
const EVERY_REQUEST_LEVELS = new Set(['trace', 'debug', 'info']);

/** Whether the per-request logger (pino-http, through nestjs-pino's middleware) can write anything for a success. */
export const logsEveryRequest = (level: string) => EVERY_REQUEST_LEVELS.has(level);

/**
 * At `warn` and above only failed requests write a line, so the per-request middleware (a child
 * logger and a response listener on every request) is left out and this hook writes those lines:
 * `warn` for a 4xx, `error` for a 5xx, with the request id, like pino-http's.
 */
export function logFailedRequests(fastify: FastifyInstance, logger: LoggerService, level: string): void {
  const errorsOnly = level === 'error' || level === 'fatal';
  fastify.addHook('onResponse', (request, reply, done) => {
    const statusCode = reply.statusCode;
    if (statusCode >= 500 || (statusCode >= 400 && !errorsOnly)) {
      const line = {
        msg: `${request.method} ${request.url} ${statusCode}`,
        requestId: request.id,
        req: { method: request.method, url: request.url },
        statusCode,
        responseTime: Math.round(reply.elapsedTime),
      };
      if (statusCode >= 500) logger.error(line);
      else logger.warn(line);
    }
    done();
  });
}
