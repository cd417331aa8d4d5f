import { Module } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AUTH_RATE_LIMITED } from './rate-limit.decorators.js';

const MINUTE_MS = 60_000;

const isAuthRoute = (context: ExecutionContext) => Reflect.getMetadata(AUTH_RATE_LIMITED, context.getHandler()) === true;

function targetEmail(request: FastifyRequest): string | undefined {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : undefined;
}

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: ({ rateLimit }: AppConfig) => ({
        throttlers: [
          { name: 'default', ttl: MINUTE_MS, limit: rateLimit.defaultPerMinute },
          { name: 'auth-ip', ttl: MINUTE_MS, limit: rateLimit.authPerMinute, skipIf: (c) => !isAuthRoute(c) },
          {
            name: 'auth-email',
            ttl: MINUTE_MS,
            limit: rateLimit.authPerMinute,
            skipIf: (c) => !isAuthRoute(c) || !targetEmail(c.switchToHttp().getRequest()),
            getTracker: (request) => `email:${targetEmail(request as FastifyRequest)}`,
          },
        ],
      }),
    }),
  ],
})
export class RateLimitModule {}
