import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { and, desc, eq } from 'drizzle-orm';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/load-config.js';
import { DATABASE, type Database } from '../../src/database/database.types.js';
import { mailOutbox } from '../../src/database/schema/index.js';
import { MailDispatcher } from '../../src/mail/mail-dispatcher.js';
import { ContractRecorder, type ObservedResponse } from './contract-recorder.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const SUPER_ADMIN = { email: 'root@example.com', password: 'Sup3r-Admin-Passw0rd!' };

export const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  BCRYPT_COST: '4',
  JWT_ACCESS_SECRET: 'test-access-secret-that-is-long-enough-0123456789',
  CODE_SECRET: 'test-code-secret-that-is-long-enough-0123456789',
  RATE_LIMIT_AUTH_PER_MINUTE: '100000',
  RATE_LIMIT_DEFAULT_PER_MINUTE: '100000',
  RATE_LIMIT_CODE_GUESSES_PER_MINUTE: '100000',
  RATE_LIMIT_USERS_LIST_PER_MINUTE: '100000',
  RATE_LIMIT_USERS_CREATE_PER_MINUTE: '100000',
  RATE_LIMIT_USERS_UPDATE_PER_MINUTE: '100000',
  RATE_LIMIT_USERS_DELETE_PER_MINUTE: '100000',
  RATE_LIMIT_AVATAR_UPLOAD_PER_MINUTE: '100000',
  // 0 = no hourly quota per role.
  RATE_LIMIT_ROLE_USER_PER_HOUR: '0',
  RATE_LIMIT_ROLE_MODERATOR_PER_HOUR: '0',
  RATE_LIMIT_ROLE_ADMIN_PER_HOUR: '0',
  RATE_LIMIT_ROLE_SUPER_ADMIN_PER_HOUR: '0',
  SUPER_ADMIN_EMAIL: SUPER_ADMIN.email,
  SUPER_ADMIN_PASSWORD: SUPER_ADMIN.password,
};

export interface TestApp {
  app: NestFastifyApplication;
  http: () => TestAgent;
  db: Database;
  env: Record<string, string>;
  /** The text of the newest mail sent to `to` (after delivering the outbox). */
  lastMail(to: string, subject?: string): Promise<string>;
  /** The six-digit code in the newest mail to `to`. */
  lastCode(to: string, subject?: string): Promise<string>;
  close(): Promise<void>;
}

/** Boots the real application on a database of its own. */
export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const env = { ...TEST_ENV, ...database.env, ...overrides };
  const app = await createApp(loadConfig(env));
  const db = app.get<Database>(DATABASE);
  const dispatcher = app.get(MailDispatcher);
  const recorder = ContractRecorder.enabled() ? new ContractRecorder() : undefined;

  const lastMail = async (to: string, subject?: string) => {
    await dispatcher.flush();
    const [mail] = await db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.recipient, to), subject ? eq(mailOutbox.subject, subject) : undefined))
      .orderBy(desc(mailOutbox.createdAt))
      .limit(1);
    if (!mail) throw new Error(`no mail was sent to ${to}`);
    return mail.text;
  };

  return {
    app,
    db,
    env,
    http: () => {
      if (!recorder) return request(app.getHttpServer());
      return request.agent(app.getHttpServer()).on('response', (res: ObservedResponse) => recorder.observe(res));
    },
    lastMail,
    lastCode: async (to, subject) => {
      const code = /\b(\d{6})\b/.exec(await lastMail(to, subject))?.[1];
      if (!code) throw new Error(`the last mail to ${to} holds no code`);
      return code;
    },
    close: async () => {
      await app.close();
      await database.drop();
      recorder?.assertClean();
    },
  };
}
