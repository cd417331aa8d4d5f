import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { InjectThrottlerStorage, type ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DomainError } from '../common/errors/domain-error.js';
import type { AuthenticatedRequest } from '../common/http/authenticated-request.js';
import { showLimit } from './rate-limit-headers.js';
import { hashKey } from './requester-identity.js';

const HOUR_MS = 3_600_000;

/** Requests per hour a user holding `roles` may make: the highest of their roles; 0 = unlimited. */
export function hourlyQuotaOf(roles: readonly string[], perHour: AppConfig['rateLimit']['rolesPerHour']): number {
  const quotas = roles.map((role) => {
    switch (role) {
      case 'super_admin':
        return perHour.super_admin;
      case 'admin':
        return perHour.admin;
      case 'moderator':
        return perHour.moderator;
      default:
        return perHour.user;
    }
  });
  if (quotas.length === 0) return perHour.user;
  return quotas.includes(0) ? 0 : Math.max(...quotas);
}

/**
 * Seed 002's per-role quota, per signed-in user and hour. It runs after the access-token guard
 * (the caller's roles come from the database there). The session plumbing a dashboard calls
 * all the time (`/auth/*`, `GET /users/me`) does not count, so the quota measures work done
 * through the Users API.
 */
@Injectable()
export class RoleRateLimitGuard implements CanActivate {
  constructor(
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const actor = request.user;
    if (!actor || context.getType() !== 'http') return true;
    const route = request.routeOptions?.url ?? request.url;
    if (route.startsWith('/auth') || (request.method === 'GET' && route === '/users/me')) return true;
    const limit = hourlyQuotaOf(actor.roles, this.config.rateLimit.rolesPerHour);
    if (limit === 0) return true;

    const record = await this.storage.increment(hashKey('role', actor.id), HOUR_MS, limit, HOUR_MS, 'role');
    const reply = http.getResponse<FastifyReply>();
    const state = { limit, remaining: Math.max(0, limit - record.totalHits), reset: record.timeToExpire };
    if (record.isBlocked) {
      showLimit(request, reply, { ...state, remaining: 0 }, record.timeToBlockExpire);
      throw new DomainError('RATE_LIMITED', 'Hourly request quota of your role used up, try again later');
    }
    showLimit(request, reply, state);
    return true;
  }
}
