import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createTestDatabase } from '../support/test-database.js';
import { TEST_ENV } from '../support/test-app.js';

export interface Instance {
  app: NestFastifyApplication;
  url: string;
  http: () => TestAgent;
}

export interface TwinApps {
  a: Instance;
  b: Instance;
  env: Record<string, string>;
  close(): Promise<void>;
}

/** True when the environment has what two real instances need: a PostgreSQL server and a Redis. */
export const canRunTwins = () => Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);

/**
 * Two instances of the app, each listening on its own port, sharing ONE PostgreSQL database and
 * one Redis (under a key prefix of this run's own): what a scaled-out deployment looks like.
 */
export async function createTwinApps(overrides: Record<string, string> = {}): Promise<TwinApps> {
  const database = await createTestDatabase();
  const env = {
    ...TEST_ENV,
    ...database.env,
    REDIS_URL: process.env.REDIS_URL as string,
    REDIS_KEY_PREFIX: `users-api-test:${randomUUID().slice(0, 8)}:`,
    ...overrides,
  };
  const start = async (): Promise<Instance> => {
    const app = await createApp(loadConfig(env));
    await app.listen(0, '127.0.0.1');
    const url = await app.getUrl();
    return { app, url, http: () => request(url) };
  };
  const a = await start();
  const b = await start();
  return {
    a,
    b,
    env,
    close: async () => {
      await Promise.all([a.app.close(), b.app.close()]);
      await database.drop();
    },
  };
}
