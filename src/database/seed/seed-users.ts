import { FAKE_PHONE_BASE, FAKE_USER_COLUMNS, generateFakeUsers, randomSource, type FakeUserBatch } from './fake-users.js';
import type { SqlClient } from './sql-client.js';

/** Anything that hashes a password as the service does (the app's `PasswordHasher`). */
export interface PasswordHashing {
  hash(password: string): Promise<string>;
}

/** Every fake user signs in with this password (they all share one bcrypt hash). */
export const FAKE_USER_PASSWORD = 'fake-user-passphrase';

export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

/** One verified, active demo account per role; `npm run db:seed` prints this list. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: 'viewer', email: 'viewer@demo.example', password: 'demo-viewer-passphrase' },
  { role: 'user', email: 'user@demo.example', password: 'demo-user-passphrase' },
  { role: 'moderator', email: 'moderator@demo.example', password: 'demo-moderator-passphrase' },
  { role: 'admin', email: 'admin@demo.example', password: 'demo-admin-passphrase' },
  { role: 'super_admin', email: 'superadmin@demo.example', password: 'demo-super-admin-passphrase' },
];

/**
 * Creates the demo accounts, or resets them (roles, password, active, verified, unlocked) when
 * they exist, so that the documented passwords always work.
 */
export async function seedDemoUsers(client: SqlClient, hasher: PasswordHashing): Promise<readonly DemoAccount[]> {
  for (const [i, account] of DEMO_ACCOUNTS.entries()) {
    const name = account.role === 'super_admin' ? 'Super Admin' : account.role[0].toUpperCase() + account.role.slice(1);
    await client.query(
      `INSERT INTO users (email, username, first_name, last_name, phone_number, age, roles, password_hash, is_email_verified, is_active)
       VALUES ($1, $2, 'Demo', $3, $4, 30, ARRAY[$5]::text[], $6, true, true)
       ON CONFLICT ((lower(email))) DO UPDATE SET
         roles = excluded.roles, password_hash = excluded.password_hash, is_email_verified = true, is_active = true,
         blocked_at = NULL, locked_until = NULL, failed_sign_ins = 0, updated_at = now()`,
      [account.email, `demo_${account.role}`, name, `+1555010000${i + 1}`, account.role, await hasher.hash(account.password)],
    );
  }
  return DEMO_ACCOUNTS;
}

export interface FakeUsersOptions {
  count: number;
  /** The one hash every fake user gets (hash `FAKE_USER_PASSWORD` once with the app's hasher). */
  passwordHash: string;
  /** Rows per INSERT statement (default 5,000). */
  batchSize?: number;
  /** PRNG seed, for reproducible data (default 42). */
  seed?: number;
  /**
   * Drop the secondary indexes of `users` before inserting and build them again after (all in the
   * one transaction): much faster for large loads. Default: when adding at least 50,000 users and
   * at least as many as the table holds.
   */
  rebuildIndexes?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Told of the slower phases (index builds). */
  log?: (line: string) => void;
}

export interface FakeUsersResult {
  inserted: number;
  firstNumber: number;
  seconds: number;
  rebuiltIndexes: boolean;
}

const INSERT_FAKE_USERS = (() => {
  const names = FAKE_USER_COLUMNS.map(([, column]) => column);
  const selected = FAKE_USER_COLUMNS.map(([, column, , cast]) => `${column}${cast}`);
  const unnest = FAKE_USER_COLUMNS.map(([, , type], i) => `$${i + 1}::${type}`);
  const hash = `$${FAKE_USER_COLUMNS.length + 1}`;
  return (
    `INSERT INTO users (${names.join(', ')}, password_hash) ` +
    `SELECT ${selected.join(', ')}, ${hash}::text FROM unnest(${unnest.join(', ')}) AS t(${names.join(', ')})`
  );
})();

const parameters = (batch: FakeUserBatch, passwordHash: string) => [
  ...FAKE_USER_COLUMNS.map(([key]) => batch[key]),
  passwordHash,
];

/** The next free fake-user number: one past the highest fake phone number in use. */
export async function nextFakeUserNumber(client: SqlClient): Promise<number> {
  const { rows } = await client.query<{ phone_number: string }>(
    `SELECT phone_number FROM users
     WHERE phone_number >= '+1${FAKE_PHONE_BASE}' AND phone_number <= '+12999999999' AND phone_number ~ '^\\+12[0-9]{9}$'
     ORDER BY phone_number DESC LIMIT 1`,
  );
  return rows[0] ? Number(rows[0].phone_number.slice(2)) - FAKE_PHONE_BASE + 1 : 1;
}

interface SecondaryIndex {
  name: string;
  definition: string;
  /** Columns with a statistics target of their own (`[column number, target]`): a rebuild loses them. */
  statistics: Array<[number, number]>;
}

async function secondaryIndexes(client: SqlClient): Promise<SecondaryIndex[]> {
  const { rows } = await client.query<SecondaryIndex>(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition,
            coalesce((SELECT json_agg(json_build_array(a.attnum, a.attstattarget))
                      FROM pg_attribute a WHERE a.attrelid = i.oid AND a.attstattarget > 0), '[]') AS statistics
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid = 'users'::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)
     ORDER BY i.relname`,
  );
  return rows;
}

async function buildIndex(client: SqlClient, index: SecondaryIndex): Promise<void> {
  await client.query(index.definition);
  for (const [column, target] of index.statistics) {
    await client.query(`ALTER INDEX "${index.name}" ALTER COLUMN ${Number(column)} SET STATISTICS ${Number(target)}`);
  }
}

/**
 * Inserts `count` fake users in one transaction, `batchSize` rows per statement; generation of the
 * next batch overlaps the insert of the current one.
 */
export async function insertFakeUsers(client: SqlClient, options: FakeUsersOptions): Promise<FakeUsersResult> {
  const started = performance.now();
  const { count, passwordHash, batchSize = 5_000, seed = 42, onProgress } = options;
  const random = randomSource(seed);

  await client.query('BEGIN');
  try {
    // Building the indexes of a million rows takes longer than a request's statement timeout.
    await client.query('SET LOCAL statement_timeout = 0');
    const firstNumber = await nextFakeUserNumber(client);
    const existing = await countUsers(client);
    const rebuild = options.rebuildIndexes ?? (count >= 50_000 && count >= existing);
    const indexes = rebuild ? await secondaryIndexes(client) : [];
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);

    const now = Date.now();
    let done = 0;
    let next = generateFakeUsers(firstNumber, Math.min(batchSize, count), random, now);
    while (done < count) {
      const size = next.email.length;
      const pending = client.query(INSERT_FAKE_USERS, parameters(next, passwordHash));
      const following = done + size < count ? Math.min(batchSize, count - done - size) : 0;
      if (following > 0) next = generateFakeUsers(firstNumber + done + size, following, random, now);
      await pending;
      done += size;
      onProgress?.(done, count);
    }

    if (indexes.length > 0) {
      options.log?.(`building ${indexes.length} indexes of users again`);
      await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      for (const index of indexes) await buildIndex(client, index);
    }
    await client.query('COMMIT');
    return { inserted: count, firstNumber, seconds: (performance.now() - started) / 1000, rebuiltIndexes: rebuild };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export async function countUsers(client: SqlClient): Promise<number> {
  const { rows } = await client.query<{ n: string | number }>('SELECT count(*) AS n FROM users');
  return Number(rows[0].n);
}

/** Refreshes the planner's statistics after a large load; answers the row count. */
export async function analyzeUsers(client: SqlClient): Promise<number> {
  await client.query('ANALYZE users');
  return countUsers(client);
}
