import type { Redis } from 'ioredis';

/** The shared Redis client, or `null` when REDIS_URL is unset (state then lives in memory). */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

export type RedisClient = Redis | null;
