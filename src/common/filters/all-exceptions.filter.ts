import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorResponse } from '../errors/error-response.js';

/** Every error of every route leaves through here, as `{message, statusCode, code?, errors?}`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendError(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.logger);
  }
}

export function sendError(exception: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
  const { body, headers, unexpected } = toErrorResponse(exception);
  if (unexpected) {
    logger.error(
      { msg: 'unexpected error', requestId: request.id, method: request.method, url: request.url },
      (exception as Error)?.stack ?? String(exception),
    );
  } else if (body.statusCode === 503) {
    logger.warn({ msg: 'database unavailable', requestId: request.id, error: (exception as Error)?.message });
  }
  if (reply.sent) return;
  void reply.status(body.statusCode).headers(headers).send(body);
}
