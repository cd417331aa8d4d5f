import type { ThrottlerStorage } from '@nestjs/throttler';

export type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface Counter {
  hits: number;
  windowEndsAt: number;
  blockEndsAt: number;
}

const SWEEP_INTERVAL_MS = 60_000;

/** Whole seconds left, as the throttler reports them. */
export const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

/**
 * Fixed-window counters with blocking in this process's memory, the same rule as the Redis
 * script (redis-throttler.storage.ts): one number per key and throttler, O(1) per hit.
 * @nestjs/throttler's own in-memory storage keeps every hit's expiry in an array and filters it
 * on each request, so a limit of N per minute costs O(N) time per request and O(N) memory per
 * key; under load from one address that made the flood guard the slowest step of a request.
 * Expired counters are swept at most once a minute, on the way through `increment`.
 */
export class MemoryThrottlerStorage implements ThrottlerStorage {
  private readonly counters = new Map<string, Counter>();
  private sweptAt = Date.now();

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    if (now - this.sweptAt >= SWEEP_INTERVAL_MS) this.sweep(now);
    const id = `${throttlerName}\u0000${key}`;
    let counter = this.counters.get(id);
    if (!counter) this.counters.set(id, (counter = { hits: 0, windowEndsAt: 0, blockEndsAt: 0 }));

    if (counter.blockEndsAt > now) {
      const blockLeft = counter.blockEndsAt - now;
      const windowLeft = counter.windowEndsAt > now ? counter.windowEndsAt - now : blockLeft;
      return { totalHits: counter.hits, timeToExpire: seconds(windowLeft), isBlocked: true, timeToBlockExpire: seconds(blockLeft) };
    }
    if (counter.windowEndsAt <= now) {
      counter.hits = 0;
      counter.windowEndsAt = now + ttl;
    }
    const hits = ++counter.hits;
    const windowLeft = counter.windowEndsAt - now;
    if (hits > limit) {
      const block = blockDuration > 0 ? blockDuration : windowLeft;
      counter.blockEndsAt = now + block;
      // Counting starts afresh once the block ends.
      counter.hits = 0;
      counter.windowEndsAt = 0;
      return { totalHits: hits, timeToExpire: seconds(windowLeft), isBlocked: true, timeToBlockExpire: seconds(block) };
    }
    return { totalHits: hits, timeToExpire: seconds(windowLeft), isBlocked: false, timeToBlockExpire: 0 };
  }

  /** How many counters are held (expired ones included until the next sweep). */
  get size(): number {
    return this.counters.size;
  }

  private sweep(now: number): void {
    this.sweptAt = now;
    for (const [id, counter] of this.counters) {
      if (counter.windowEndsAt <= now && counter.blockEndsAt <= now) this.counters.delete(id);
    }
  }
}
