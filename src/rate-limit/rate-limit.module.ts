import { Module } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { RedisModule } from '../redis/redis.module.js';
import { RedisThrottlerStorage } from '../redis/redis-throttler.storage.js';
import { REDIS_CLIENT, type RedisClient } from '../redis/redis.types.js';
import { MemoryThrottlerStorage } from './memory-throttler.storage.js';
import { AUTH_RATE_LIMITED } from './rate-limit.decorators.js';
import { clientIpOf, hashKey, requesterOf } from './requester-identity.js';
import { routeRuleFor } from './route-limits.js';

const MINUTE_MS = 60_000;

const isAuthRoute = (context: ExecutionContext) => Reflect.getMetadata(AUTH_RATE_LIMITED, context.getHandler()) === true;
const requestOf = (context: ExecutionContext) => context.switchToHttp().getRequest<FastifyRequest>();
const bodyOf = (request: FastifyRequest) => (request.body ?? {}) as { email?: unknown; otp?: unknown };

function targetEmail(request: FastifyRequest): string | undefined {
  const email = bodyOf(request).email;
  return typeof email === 'string' ? email.trim().toLowerCase() : undefined;
}

/** A code entry that names no email: the code alone picks the user, so every guess is worth more. */
const isBareCodeEntry = (request: FastifyRequest) => bodyOf(request).otp !== undefined && bodyOf(request).email === undefined;

const routeRuleOf = (context: ExecutionContext) => {
  const request = requestOf(context);
  return routeRuleFor(request.method, request.routeOptions?.url);
};

/**
 * The named throttlers (all fixed one-minute windows, counted in Redis when REDIS_URL is set):
 * - `default`: every request, per client IP (RATE_LIMIT_DEFAULT_PER_MINUTE), a flood guard;
 * - `auth-ip` / `auth-email`: routes marked `@AuthRateLimited()`, per route and client IP, and per
 *   route and target email (RATE_LIMIT_AUTH_PER_MINUTE each);
 * - `auth-code`: code entries naming no email, across all clients (RATE_LIMIT_CODE_GUESSES_PER_MINUTE);
 * - `route`: seed 001's per-route limits (route-limits.ts), per signed-in user, else per IP.
 * The per-role hourly quota runs after authentication (RoleRateLimitGuard).
 */
@Module({
  imports: [
    RedisModule,
    ThrottlerModule.forRootAsync({
      imports: [RedisModule],
      inject: [APP_CONFIG, REDIS_CLIENT],
      useFactory: (config: AppConfig, redis: RedisClient) => {
        const { rateLimit } = config;
        return {
          storage: redis ? new RedisThrottlerStorage(redis, rateLimit.redisKeyPrefix) : new MemoryThrottlerStorage(),
          throttlers: [
            {
              name: 'default',
              ttl: MINUTE_MS,
              limit: rateLimit.defaultPerMinute,
              getTracker: (request) => clientIpOf(request as FastifyRequest),
              generateKey: (_context, tracker) => hashKey('default', tracker),
            },
            { name: 'auth-ip', ttl: MINUTE_MS, limit: rateLimit.authPerMinute, skipIf: (c) => !isAuthRoute(c) },
            {
              name: 'auth-email',
              ttl: MINUTE_MS,
              limit: rateLimit.authPerMinute,
              skipIf: (c) => !isAuthRoute(c) || !targetEmail(requestOf(c)),
              getTracker: (request) => `email:${targetEmail(request as FastifyRequest)}`,
            },
            {
              name: 'auth-code',
              ttl: MINUTE_MS,
              limit: rateLimit.codeGuessesPerMinute,
              skipIf: (c) => !isAuthRoute(c) || !isBareCodeEntry(requestOf(c)),
              getTracker: () => 'all-clients',
              generateKey: () => hashKey('auth-code', 'all-clients'),
            },
            {
              name: 'route',
              ttl: MINUTE_MS,
              limit: (c) => rateLimit.routesPerMinute[routeRuleOf(c)?.limit ?? 'usersList'],
              skipIf: (c) => routeRuleOf(c) === undefined,
              getTracker: (request) => requesterOf(request as FastifyRequest, config),
              generateKey: (c, tracker) => hashKey('route', routeRuleOf(c)?.id ?? '', tracker),
            },
          ],
        };
      },
    }),
  ],
})
export class RateLimitModule {}
