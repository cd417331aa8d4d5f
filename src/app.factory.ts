import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import { registerMultipart } from './avatars/avatar-upload.js';
import { sendError } from './common/filters/all-exceptions.filter.js';
import { registerRepresentations } from './common/http/representation.js';
import { securityHeaders } from './common/http/security-headers.js';
import { refuseUnsafeInput } from './common/validation/unsafe-input.js';
import type { AppConfig } from './config/app-config.js';
import { setupOpenApi } from './docs/openapi.js';
import { logFailedRequests, logsEveryRequest } from './logging/failed-request.hook.js';
import { REQUEST_ID_HEADER, requestIdOf } from './logging/request-id.js';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';

export const JSON_BODY_LIMIT_BYTES = 100 * 1024;

export interface CreateAppOptions {
  /** Where the JSON log lines go (default: stdout); tests pass a stream to read them. */
  logDestination?: DestinationStream;
}

/** Builds the whole application on Fastify, ready to listen; `main.ts` and the tests share it. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    trustProxy: config.http.trustProxy,
    requestTimeout: 30_000,
    connectionTimeout: 10_000,
    keepAliveTimeout: 72_000,
    return503OnClosing: true,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // The caller's X-Request-Id when it looks sane, else a UUID; logged on every line, echoed back.
    genReqId: requestIdOf,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  // JSON lines through pino (nestjs-pino); start-up lines logged so far are replayed through it.
  app.useLogger(app.get(PinoLogger));

  const fastify = app.getHttpAdapter().getInstance();
  // JSON only: a text/plain body is refused with 415 rather than handed to validation as a string.
  fastify.removeContentTypeParser('text/plain');
  // Errors raised by Fastify itself (body parsing, limits) get the same shape as the routes' own.
  const errorLogger = new Logger('Errors');
  fastify.setErrorHandler((error, request, reply) => sendError(error, request, reply, errorLogger));
  if (!logsEveryRequest(config.logLevel)) logFailedRequests(fastify, new Logger('Http'), config.logLevel);
  // Input the code behind cannot survive (too deep, broken Unicode, NUL) is a 400 rather than a 500.
  fastify.addHook('preValidation', refuseUnsafeInput);
  // Helmet's security headers, computed once (security-headers.ts), on every answer.
  const headers = securityHeaders();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(headers).header(REQUEST_ID_HEADER, request.id);
    if (request.url.startsWith('/auth')) void reply.header('cache-control', 'no-store');
    done();
  });
  // ETag, 304 and `?fields=` for the routes marked `@Representation()`.
  registerRepresentations(fastify);
  // Without an allowed origin there is nothing to answer a browser's cross-origin request with:
  // no CORS handling at all then, rather than a per-request hook that adds nothing.
  if (config.http.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.http.corsOrigins,
      credentials: true,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      allowedHeaders: ['Authorization', 'Content-Type', 'x-refresh-token', 'If-Match', 'If-None-Match', 'X-Request-Id'],
      exposedHeaders: [
        'Content-Range',
        'X-Total-Count',
        'ETag',
        'Retry-After',
        'X-Request-Id',
        'X-RateLimit-Limit',
        'X-RateLimit-Remaining',
        'X-RateLimit-Reset',
      ],
      maxAge: 600,
    });
  }
  // Multipart only for the avatar upload (5 MB, one file); every other route keeps the 100 KB JSON limit.
  await registerMultipart(app);
  // OpenAPI: /docs (Swagger UI) and /docs-json, off in production unless OPENAPI_ENABLED=true.
  await setupOpenApi(app, config);
  // Signals are main.ts's business (lifecycle/graceful-shutdown.ts); `app.close()` runs the hooks.
  await app.init();
  await fastify.ready();
  return app;
}
