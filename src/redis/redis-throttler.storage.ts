import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { MemoryThrottlerStorage, seconds, type ThrottlerStorageRecord } from '../rate-limit/memory-throttler.storage.js';

/**
 * One atomic step of a fixed-window counter with blocking, as @nestjs/throttler v6 expects:
 * while the block key lives, the request is refused without counting; otherwise the hit is
 * counted (INCR, and PEXPIRE when the window opens) and, past the limit, the block starts and
 * the window is cleared so that counting starts afresh when the block ends.
 * Returns {hits, window ms left, blocked 0|1, block ms left}.
 */
const INCREMENT_SCRIPT = `
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft > 0 then
  local hits = tonumber(redis.call('GET', KEYS[1]) or '0')
  local left = redis.call('PTTL', KEYS[1])
  if left < 0 then left = blockLeft end
  return {hits, left, 1, blockLeft}
end
local ttl = tonumber(ARGV[1])
local hits = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if hits == 1 or left < 0 then
  redis.call('PEXPIRE', KEYS[1], ttl)
  left = ttl
end
if hits > tonumber(ARGV[2]) then
  local block = tonumber(ARGV[3])
  if block <= 0 then block = left end
  redis.call('SET', KEYS[2], '1', 'PX', block)
  redis.call('DEL', KEYS[1])
  return {hits, left, 1, block}
end
return {hits, left, 0, 0}
`;

type ThrottleCommand = (hitsKey: string, blockKey: string, ttl: number, limit: number, block: number) => Promise<number[]>;

/**
 * Throttler counters in Redis, shared by every instance. When Redis cannot answer, the request
 * is counted in this process's memory instead (fail open to a per-instance limit) and a warning
 * is logged, so a Redis outage never takes the API down nor lifts every limit.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger(RedisThrottlerStorage.name);
  private readonly fallback = new MemoryThrottlerStorage();
  private readonly throttle: ThrottleCommand;
  private warnedAt = 0;

  constructor(
    client: Redis,
    private readonly prefix: string,
  ) {
    client.defineCommand('usersApiThrottle', { numberOfKeys: 2, lua: INCREMENT_SCRIPT });
    this.throttle = (client as unknown as { usersApiThrottle: ThrottleCommand }).usersApiThrottle.bind(client);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const base = `${this.prefix}throttle:${throttlerName}:${key}`;
    try {
      const [totalHits, windowLeft, blocked, blockLeft] = await this.throttle(`${base}:hits`, `${base}:block`, ttl, limit, blockDuration);
      return {
        totalHits: Number(totalHits),
        timeToExpire: seconds(Number(windowLeft)),
        isBlocked: Number(blocked) === 1,
        timeToBlockExpire: seconds(Number(blockLeft)),
      };
    } catch (error) {
      this.warn(error as Error);
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  private warn(error: Error): void {
    if (Date.now() - this.warnedAt < 30_000) return;
    this.warnedAt = Date.now();
    this.logger.warn(`Rate-limit counters fall back to memory, Redis failed: ${error.message}`);
  }
}
