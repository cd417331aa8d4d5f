import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';

const READY_WAIT_MS = 2_000;

/**
 * A client tuned to fail fast rather than queue: with Redis away, a command errors at once (no
 * offline queue, one retry, a short timeout) so that callers can fall back instead of hanging a
 * request. It keeps reconnecting in the background.
 */
export async function createRedisClient(url: string, logger = new Logger('Redis')): Promise<Redis> {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1_000,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let warnedAt = 0;
  client.on('error', (error: Error) => {
    if (Date.now() - warnedAt < 30_000) return;
    warnedAt = Date.now();
    logger.warn(`Redis unavailable: ${error.message}`);
  });
  // Start-up does not depend on Redis: wait briefly for it, then go on (callers fail open).
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, READY_WAIT_MS);
    timer.unref();
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return client;
}

export async function closeRedisClient(client: Redis): Promise<void> {
  try {
    await Promise.race([client.quit(), new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
  } catch {
    // already gone
  } finally {
    client.disconnect();
  }
}
