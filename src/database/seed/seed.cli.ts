import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { PasswordHasher } from '../../auth/passwords/password-hasher.js';
import { ConfigError, loadConfig } from '../../config/load-config.js';
import type { DatabaseClient } from '../database.types.js';
import { createPgliteClient } from '../pglite-client.js';
import { createPostgresClient } from '../postgres-client.js';
import { progressBar } from './progress-bar.js';
import { analyzeUsers, FAKE_USER_PASSWORD, insertFakeUsers, seedDemoUsers, type FakeUsersResult } from './seed-users.js';
import { withSqlClient } from './sql-client.js';

const USAGE = `Usage: npm run db:seed [-- --users N] [--batch-size N] [--seed N] [--json]

Adds one demo account per role (printed with its password). With --users N, also inserts N fake
users (password "${FAKE_USER_PASSWORD}") and runs ANALYZE. Uses DATABASE_URL when set, else the
embedded database in PGLITE_DIR. Refused when NODE_ENV=production.`;

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(parsed) || parsed < 0) throw new ConfigError(`--${name} must be a non-negative integer`);
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      users: { type: 'string' },
      'batch-size': { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (process.env.NODE_ENV === 'production') {
    throw new ConfigError('Refusing to seed: NODE_ENV is production (demo accounts have published passwords)');
  }
  const users = positiveInteger('users', values.users, 0);
  const batchSize = Math.max(1, positiveInteger('batch-size', values['batch-size'], 5_000));
  const seed = positiveInteger('seed', values.seed, 42);

  const config = loadConfig();
  const url = config.database.url;
  // No request-sized timeouts here: a large load runs for minutes.
  const database: DatabaseClient = url
    ? createPostgresClient({ ...config.database, url, statementTimeoutMs: 24 * 3600 * 1000 })
    : createPgliteClient(config.database.pgliteDir);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  try {
    await database.migrate();
    const hasher = new PasswordHasher(config);
    const summary = await withSqlClient(database.db, async (client) => {
      const demo = await seedDemoUsers(client, hasher);
      let fake: FakeUsersResult | undefined;
      let total: number | undefined;
      if (users > 0) {
        const passwordHash = await hasher.hash(FAKE_USER_PASSWORD);
        fake = await insertFakeUsers(client, { count: users, passwordHash, batchSize, seed, onProgress: progressBar('inserting users'), log });
        const analyzeStarted = performance.now();
        total = await analyzeUsers(client);
        log(`ANALYZE users: ${((performance.now() - analyzeStarted) / 1000).toFixed(1)} s, ${total.toLocaleString('en-US')} users in the table`);
      }
      return { demo, fake, total };
    });

    log(`Demo accounts on ${url ? 'PostgreSQL' : `the embedded database (${config.database.pgliteDir})`}:`);
    for (const account of summary.demo) log(`  ${account.role.padEnd(12)} ${account.email.padEnd(26)} ${account.password}`);
    if (summary.fake) {
      const { inserted, seconds, firstNumber, rebuiltIndexes } = summary.fake;
      log(
        `Inserted ${inserted.toLocaleString('en-US')} fake users in ${seconds.toFixed(1)} s ` +
          `(${Math.round(inserted / seconds).toLocaleString('en-US')} rows/s${rebuiltIndexes ? ', indexes rebuilt after the load' : ''}); ` +
          `numbers ${firstNumber}-${firstNumber + inserted - 1}, all with password "${FAKE_USER_PASSWORD}"`,
      );
    }
    if (values.json) process.stdout.write(`${JSON.stringify({ demo: summary.demo, fake: summary.fake ?? null, totalUsers: summary.total ?? null })}\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : ((error as Error)?.stack ?? String(error))}\n`);
  process.exit(1);
});
