import { Inject, Injectable } from '@nestjs/common';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CachedReflector } from './cached-reflector.js';
import { showLimit } from './rate-limit-headers.js';

/**
 * The throttler guard, first of the global guards, with our headers: `X-RateLimit-Limit`,
 * `-Remaining` and `-Reset` (seconds) describe the tightest limit that applies, and a refused
 * request gets `Retry-After` (seconds) and a 429 in the error shape (the global filter).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    @Inject(APP_CONFIG) readonly config: AppConfig,
  ) {
    super(options, storage, new CachedReflector());
  }

  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    const { context, limit, ttl, throttler, blockDuration, getTracker, generateKey } = request;
    const http = context.switchToHttp();
    const req = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const tracker = await getTracker(req, context);
    const key = generateKey(context, tracker, throttler.name ?? 'default');
    const record = await this.storageService.increment(key, ttl, limit, blockDuration, throttler.name ?? 'default');
    const state = { limit, remaining: Math.max(0, limit - record.totalHits), reset: record.timeToExpire };
    if (record.isBlocked) {
      showLimit(req, reply, { ...state, remaining: 0 }, record.timeToBlockExpire);
      await this.throwThrottlingException(context, { limit, ttl, key, tracker, ...record });
    }
    showLimit(req, reply, state);
    return true;
  }
}
