import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { closeRedisClient, createRedisClient } from '../../src/redis/redis-client.js';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { MemoryThrottlerStorage } from '../../src/rate-limit/memory-throttler.storage.js';
import { RedisThrottlerStorage } from '../../src/redis/redis-throttler.storage.js';
import { createTestApp } from '../support/test-app.js';

const describeRedis = process.env.REDIS_URL ? describe : describe.skip;
if (!process.env.REDIS_URL) {
  // eslint-disable-next-line no-console
  console.log('Redis throttler storage suite skipped: REDIS_URL is not set');
}

/** The counting rule both storages share (fixed windows with blocking, as @nestjs/throttler v6 expects). */
function throttlerStorageContract(storageOf: () => ThrottlerStorage): void {
  it('counts up to the limit, then blocks for the block duration', async () => {
    const storage = storageOf();
    const hits = [];
    for (let i = 0; i < 4; i++) hits.push(await storage.increment('k1', 60_000, 3, 30_000, 'test'));
    expect(hits.map((h) => [h.totalHits, h.isBlocked])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(hits[0].timeToExpire).toBeGreaterThan(0);
    expect(hits[0].timeToExpire).toBeLessThanOrEqual(60);
    expect(hits[3].timeToBlockExpire).toBeGreaterThan(0);
    expect(hits[3].timeToBlockExpire).toBeLessThanOrEqual(30);
    // Still blocked, without counting.
    expect((await storage.increment('k1', 60_000, 3, 30_000, 'test')).isBlocked).toBe(true);
  });

  it('keeps counters apart per key and per throttler name', async () => {
    const storage = storageOf();
    await storage.increment('k2', 60_000, 1, 60_000, 'one');
    expect((await storage.increment('k2', 60_000, 1, 60_000, 'two')).isBlocked).toBe(false);
    expect((await storage.increment('k3', 60_000, 1, 60_000, 'one')).isBlocked).toBe(false);
  });

  it('is atomic under parallel hits: exactly `limit` pass', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => storageOf().increment('k4', 60_000, 10, 60_000, 'test')));
    expect(results.filter((r) => !r.isBlocked)).toHaveLength(10);
  });

  it('opens a new window when the old one expires', async () => {
    const storage = storageOf();
    await storage.increment('k5', 150, 1, 150, 'test');
    expect((await storage.increment('k5', 150, 1, 150, 'test')).isBlocked).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const reopened = await storage.increment('k5', 150, 1, 150, 'test');
    expect([reopened.totalHits, reopened.isBlocked]).toEqual([1, false]);
  });

  it('blocks for the rest of the window when no block duration is given', async () => {
    const storage = storageOf();
    await storage.increment('k6', 60_000, 1, 0, 'test');
    const refused = await storage.increment('k6', 60_000, 1, 0, 'test');
    expect(refused.isBlocked).toBe(true);
    expect(refused.timeToBlockExpire).toBeGreaterThan(58);
    expect(refused.timeToBlockExpire).toBeLessThanOrEqual(60);
  });
}

describeRedis('RedisThrottlerStorage over a real Redis', () => {
  const prefix = `users-api-test:${randomUUID().slice(0, 8)}:`;
  let client: Awaited<ReturnType<typeof createRedisClient>>;
  let storage: RedisThrottlerStorage;
  beforeAll(async () => {
    client = await createRedisClient(process.env.REDIS_URL as string);
    storage = new RedisThrottlerStorage(client, prefix);
  });
  afterAll(async () => {
    const keys = await client.keys(`${prefix}*`);
    if (keys.length) await client.del(...keys);
    await closeRedisClient(client);
  });

  throttlerStorageContract(() => storage);
});

describe('MemoryThrottlerStorage (no REDIS_URL, and the fallback during an outage)', () => {
  const storage = new MemoryThrottlerStorage();
  throttlerStorageContract(() => storage);

  it('holds one counter per key however many hits it counts, and sweeps expired ones', async () => {
    jest.useFakeTimers({ now: Date.now(), doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const fresh = new MemoryThrottlerStorage();
      for (let i = 0; i < 10_000; i++) await fresh.increment('busy', 60_000, 100_000_000, 60_000, 'flood');
      expect(fresh.size).toBe(1);
      expect((await fresh.increment('busy', 60_000, 100_000_000, 60_000, 'flood')).totalHits).toBe(10_001);
      jest.setSystemTime(Date.now() + 61_000);
      await fresh.increment('other', 60_000, 10, 60_000, 'flood');
      expect(fresh.size).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('a Redis outage', () => {
  it('falls back to in-memory counting: requests are still limited, never refused for the outage', async () => {
    const dead = await createRedisClient('redis://127.0.0.1:1');
    const storage = new RedisThrottlerStorage(dead, 'dead:');
    const first = await storage.increment('k', 60_000, 1, 60_000, 'test');
    const second = await storage.increment('k', 60_000, 1, 60_000, 'test');
    expect([first.isBlocked, second.isBlocked]).toEqual([false, true]);
    await closeRedisClient(dead);
  });

  it('does not take the API down: an app whose Redis is unreachable serves requests', async () => {
    const t = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_AUTH_PER_MINUTE: '2' });
    try {
      await t.http().post('/auth/resend-verification').send({ email: 'a@example.com' }).expect(200);
      await t.http().post('/auth/resend-verification').send({ email: 'b@example.com' }).expect(200);
      // and the limits still hold, per instance
      expect((await t.http().post('/auth/resend-verification').send({ email: 'c@example.com' })).status).toBe(429);
    } finally {
      await t.close();
    }
  });
});
