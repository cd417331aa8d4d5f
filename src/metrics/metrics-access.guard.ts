import { type CanActivate, type ExecutionContext, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { Errors } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * `/metrics`: with METRICS_TOKEN set, only `Authorization: Bearer <METRICS_TOKEN>` may read it;
 * without, it is public outside production and absent (404) in production.
 */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const { metricsToken, isProduction } = this.config;
    if (!metricsToken) {
      if (isProduction) throw new NotFoundException('Cannot GET /metrics');
      return true;
    }
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (!token) throw Errors.authenticationRequired();
    if (!sameSecret(token, metricsToken)) throw Errors.invalidToken('Invalid metrics token');
    return true;
  }
}
