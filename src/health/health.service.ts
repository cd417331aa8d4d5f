import { Inject, Injectable, Optional, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult, type HealthIndicatorFunction } from '@nestjs/terminus';
import { DomainError } from '../common/errors/domain-error.js';
import { DATABASE_CLIENT, type DatabaseClient } from '../database/database.types.js';
import { REDIS_CLIENT, type RedisClient } from '../redis/redis.types.js';

/** A dependency that does not answer within this time counts as down. */
const CHECK_TIMEOUT_MS = 2_000;

/**
 * Liveness and readiness, with @nestjs/terminus. Readiness pings the database and, when
 * REDIS_URL is set, Redis; a failure becomes 503 in the usual error shape, naming what is down.
 */
@Injectable()
export class HealthService {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    @Inject(DATABASE_CLIENT) private readonly database: DatabaseClient,
    @Optional() @Inject(REDIS_CLIENT) private readonly redis?: RedisClient,
  ) {}

  /** The process runs and answers: nothing else is looked at. */
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  async ready(): Promise<HealthCheckResult> {
    const checks: HealthIndicatorFunction[] = [
      () =>
        this.indicator
          .check('database')
          .attempt(async () => this.database.ping())
          .withTimeout(CHECK_TIMEOUT_MS),
    ];
    const redis = this.redis;
    if (redis) {
      checks.push(() =>
        this.indicator
          .check('redis')
          .attempt(async () => {
            await redis.ping();
          })
          .withTimeout(CHECK_TIMEOUT_MS),
      );
    }
    try {
      return await this.health.check(checks);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as HealthCheckResult;
      const down = Object.keys(result.error ?? {}).join(', ') || 'a dependency';
      throw new DomainError('SERVICE_UNAVAILABLE', `Not ready: ${down} unavailable`);
    }
  }
}
