// Plain JavaScript: jest loads its global setup outside the ES-module test runtime, where the
// TypeScript sources (with their `.js` import specifiers) cannot be resolved.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

function serverUrl(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(url, sql) {
  const client = new pg.Client({ connectionString: serverUrl(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Migrates one template database; each test file then clones it (see test-database.ts). */
export default async function globalSetup() {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `${new URL(url).pathname.slice(1) || 'users_api'}_template`;
    await adminQuery(url, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await adminQuery(url, `CREATE DATABASE "${template}"`);
    const client = new pg.Client({ connectionString: serverUrl(url, template) });
    await client.connect();
    await migratePg(drizzlePg(client), { migrationsFolder });
    await client.end();
    return;
  }
  const dir = join(mkdtempSync(join(tmpdir(), 'users-api-template-')), 'pgdata');
  const client = new PGlite({ dataDir: dir, extensions: { pg_trgm } });
  await migratePglite(drizzlePglite(client), { migrationsFolder });
  await client.close();
  process.env.USERS_API_TEST_TEMPLATE = dir;
}
