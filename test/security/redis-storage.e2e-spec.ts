import { randomUUID } from 'node:crypto';
import { closeRedisClient, createRedisClient } from '../../src/redis/redis-client.js';
import { RedisThrottlerStorage } from '../../src/redis/redis-throttler.storage.js';
import { createTestApp } from '../support/test-app.js';

const describeRedis = process.env.REDIS_URL ? describe : describe.skip;
if (!process.env.REDIS_URL) {
  // eslint-disable-next-line no-console
  console.log('Redis throttler storage suite skipped: REDIS_URL is not set');
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

  it('counts up to the limit, then blocks for the block duration', async () => {
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
    await storage.increment('k2', 60_000, 1, 60_000, 'one');
    expect((await storage.increment('k2', 60_000, 1, 60_000, 'two')).isBlocked).toBe(false);
    expect((await storage.increment('k3', 60_000, 1, 60_000, 'one')).isBlocked).toBe(false);
  });

  it('is atomic under parallel hits: exactly `limit` pass', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => storage.increment('k4', 60_000, 10, 60_000, 'test')));
    expect(results.filter((r) => !r.isBlocked)).toHaveLength(10);
  });

  it('opens a new window when the old one expires', async () => {
    await storage.increment('k5', 150, 1, 150, 'test');
    expect((await storage.increment('k5', 150, 1, 150, 'test')).isBlocked).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await storage.increment('k5', 150, 1, 150, 'test')).isBlocked).toBe(false);
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
