import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule, type Params } from 'nestjs-pino';
import type { DestinationStream, Level } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { logsEveryRequest } from './failed-request.hook.js';
import { redactPaths } from './log-redaction.js';

type Request = IncomingMessage & { id?: string; ip?: string; remoteAddress?: string };

/** pino-http settings: one JSON line per request with its id, method, route, status and time. */
export function loggerParams(config: AppConfig, destination?: DestinationStream): Params {
  const options: Params['pinoHttp'] = {
    level: config.logLevel,
    redact: { paths: redactPaths(config.isProduction), censor: '[Redacted]' },
    // The id is Fastify's (see request-id.ts), which middie copies onto the raw request.
    genReqId: (request) => (request as Request).id ?? '',
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true,
    customLogLevel: (_request, response, error): Level =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    customSuccessMessage: (request, response) => `${request.method} ${request.url} ${response.statusCode}`,
    customErrorMessage: (request, response) => `${request.method} ${request.url} ${response.statusCode}`,
    // Small request/response records: no headers at all (the redaction above is the second line of defence).
    serializers: {
      req: (request: Request & { raw?: Request }) => ({
        method: request.method,
        url: request.url,
        remoteAddress: request.raw?.ip ?? request.remoteAddress,
      }),
      res: (response: ServerResponse) => ({ statusCode: response.statusCode }),
    },
  };
  return {
    pinoHttp: destination ? [options, destination] : options,
    // nestjs-pino's default route pattern (`{/*splat}`) matches nothing under Nest 12's Fastify adapter.
    // Above `info` no success is logged: no per-request middleware then (failed-request.hook.ts).
    forRoutes: logsEveryRequest(config.logLevel) ? [{ path: '{*path}', method: RequestMethod.ALL }] : [],
    nativeLogger: { structuredParams: true },
  };
}

/**
 * nestjs-pino: the application logger (`new Logger('Ctx')` everywhere) writes pino JSON lines.
 * nestjs-pino keeps ONE pino instance per process (module-level), built by the first app: a
 * second app in the same process (tests only) logs with the first one's level, redaction and
 * destination.
 */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig, destination?: DestinationStream): DynamicModule {
    return { module: LoggingModule, imports: [LoggerModule.forRoot(loggerParams(config, destination))] };
  }
}
