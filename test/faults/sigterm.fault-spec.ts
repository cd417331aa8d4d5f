import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { SUPER_ADMIN } from '../support/test-app.js';
import { adminQuery, serverUrl } from '../support/test-database.js';
import { call, json, type Outcome, startService } from './service-process.js';

/**
 * SIGTERM to the built server (a child process) while requests are in flight: they complete,
 * requests that come after get 503 (or find the port closed), the pool or PGlite is closed, and
 * the process exits 0. Sign-ins with bcrypt cost 13 keep requests in flight long enough.
 */
const IN_FLIGHT = 8;

interface Driver {
  name: string;
  env: Record<string, string>;
  /** Sessions in the database once the process is gone. */
  sessions(): Promise<number>;
  cleanUp(): Promise<void>;
}

async function pgliteDriver(): Promise<Driver> {
  const dir = mkdtempSync(join(tmpdir(), 'users-api-sigterm-'));
  return {
    name: 'PGlite',
    env: { PGLITE_DIR: dir },
    async sessions() {
      // Opening the folder again works only if the server closed it cleanly.
      const db = new PGlite({ dataDir: dir });
      try {
        return Number((await db.query<{ n: number }>('select count(*)::int as n from sessions')).rows[0].n);
      } finally {
        await db.close();
      }
    },
    cleanUp: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresDriver(url: string): Promise<Driver> {
  const name = `users_api_sigterm_${process.pid}`;
  await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(url, `CREATE DATABASE "${name}"`);
  return {
    name: 'PostgreSQL',
    env: { DATABASE_URL: serverUrl(url, name) },
    async sessions() {
      const client = new pg.Client({ connectionString: serverUrl(url, name) });
      await client.connect();
      try {
        return Number((await client.query('select count(*)::int as n from sessions')).rows[0].n);
      } finally {
        await client.end();
      }
    },
    cleanUp: () => adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

const drivers: Array<[string, () => Promise<Driver>]> = [['PGlite', pgliteDriver]];
if (process.env.DATABASE_URL) drivers.push(['PostgreSQL', () => postgresDriver(process.env.DATABASE_URL as string)]);

describe.each(drivers)('SIGTERM under load (%s)', (_name, makeDriver) => {
  it('lets requests in flight finish, refuses new ones, closes the database and exits 0', async () => {
    const driver = await makeDriver();
    try {
      const service = await startService({ ...driver.env, BCRYPT_COST: '13' });
      const before = await driver.sessions().catch(() => 0);

      const inFlight = Array.from({ length: IN_FLIGHT }, () => call(`${service.url}/auth/signin`, json(SUPER_ADMIN), 30_000));
      // Long enough for every request to be accepted and reading the password hash, far shorter than their hashing.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const signalAt = Date.now();
      service.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const late: Outcome[] = await Promise.all(Array.from({ length: 5 }, () => call(`${service.url}/health`, {}, 5_000)));

      const finished = await Promise.all(inFlight);
      const code = await service.exited;
      const exitMs = Date.now() - signalAt;

      expect(finished.map((o) => `${o.status} ${o.status === 200 ? '' : JSON.stringify(o.body)}`)).toEqual(Array(IN_FLIGHT).fill('200 '));
      for (const o of late) {
        expect(['refused', 503]).toContain(o.status);
        if (o.status === 503) expect(o.body).toMatchObject({ statusCode: 503 });
      }
      if (code !== 0) process.stdout.write(`exit ${code}: ${JSON.stringify(service.lines.slice(-6))}\n`);
      expect(code).toBe(0);
      expect(service.logged(/SIGTERM received/)).toBe(true);
      expect(service.logged(driver.name === 'PGlite' ? /^PGlite closed$/ : /^Connection pool closed$/)).toBe(true);
      expect(service.logged(/Drained and closed/)).toBe(true);
      // Every sign-in that was answered 200 left its session behind.
      expect((await driver.sessions()) - before).toBe(IN_FLIGHT);
      process.stdout.write(
        `sigterm (${driver.name}): ${IN_FLIGHT} in flight all 200 (slowest ${Math.max(...finished.map((o) => o.ms))} ms), ` +
          `late requests ${late.map((o) => o.status).join(',')}, exit ${code} after ${exitMs} ms\n`,
      );
    } finally {
      await driver.cleanUp();
    }
  }, 120_000);
});
