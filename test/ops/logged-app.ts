import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { TEST_ENV } from '../support/test-app.js';

/*
 * nestjs-pino builds one pino instance per process from the first app's settings (and Jest gives
 * each test file its own module registry), so a test file that reads logs creates ONE such app.
 */

export interface LoggedApp {
  app: NestFastifyApplication;
  lines: Array<Record<string, any>>;
  raw: () => string;
  close(): Promise<void>;
}

/** The real app with LOG_LEVEL=info, its pino lines captured in memory instead of stdout. */
export async function loggedApp(overrides: Record<string, string> = {}): Promise<LoggedApp> {
  const database: TestDatabase = await createTestDatabase();
  const written: string[] = [];
  const destination = { write: (line: string) => void written.push(line) };
  const env = { ...TEST_ENV, ...database.env, LOG_LEVEL: 'info', ...overrides };
  const app = await createApp(loadConfig(env), { logDestination: destination });
  return {
    app,
    get lines() {
      return written.map((line) => JSON.parse(line) as Record<string, any>);
    },
    raw: () => written.join(''),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export const http = (t: LoggedApp) => request(t.app.getHttpServer());

export const signUpBody = (email: string) => ({
  firstName: 'Log',
  lastName: 'Reader',
  email,
  phoneNumber: `+1555${String(Date.now()).slice(-7)}`,
  password: 'a very secret passphrase 42',
  age: 30,
});
