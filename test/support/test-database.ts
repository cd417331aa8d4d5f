import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Every test file gets a database of its own, cloned from a migrated template that the global
 * setup prepared: `CREATE DATABASE ... TEMPLATE` on PostgreSQL (when DATABASE_URL is set), a copy
 * of the template's data folder on PGlite.
 */
export interface TestDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

export const TEMPLATE_ENV = 'USERS_API_TEST_TEMPLATE';

export function serverUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Must match the name the global setup (global-setup.mjs) creates. */
export function templateDatabaseName(url: string): string {
  return `${new URL(url).pathname.slice(1) || 'users_api'}_template`;
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `users_api_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await adminQuery(url, `CREATE DATABASE "${name}" TEMPLATE "${templateDatabaseName(url)}"`);
    return {
      env: { DATABASE_URL: serverUrl(url, name) },
      drop: () => adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error('the jest global setup did not prepare a template database');
  const dir = mkdtempSync(join(tmpdir(), 'users-api-pglite-'));
  cpSync(template, dir, { recursive: true });
  return {
    env: { PGLITE_DIR: dir },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
