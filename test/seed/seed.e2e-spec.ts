import { PasswordHasher } from '../../src/auth/passwords/password-hasher.js';
import { DATABASE } from '../../src/database/database.types.js';
import {
  analyzeUsers,
  DEMO_ACCOUNTS,
  FAKE_USER_PASSWORD,
  insertFakeUsers,
  seedDemoUsers,
} from '../../src/database/seed/seed-users.js';
import { withSqlClient, type SqlClient } from '../../src/database/seed/sql-client.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const onClient = <T>(work: (client: SqlClient) => Promise<T>) => withSqlClient(t.app.get(DATABASE), work);

describe('demo users', () => {
  it('creates one account per role that signs in with its documented password', async () => {
    await onClient((client) => seedDemoUsers(client, t.app.get(PasswordHasher)));
    expect(DEMO_ACCOUNTS.map((a) => a.role)).toEqual(['viewer', 'user', 'moderator', 'admin', 'super_admin']);
    for (const account of DEMO_ACCOUNTS) {
      const res = await t.http().post('/auth/signin').send({ email: account.email, password: account.password }).expect(200);
      expect(res.body.user).toMatchObject({ email: account.email, roles: [account.role], isActive: true, isEmailVerified: true });
      expect(JSON.stringify(res.body)).not.toMatch(/\$2[aby]\$/);
    }
  });

  it('is idempotent and resets a demo account that was changed', async () => {
    const hasher = t.app.get(PasswordHasher);
    await onClient((client) => client.query(`UPDATE users SET is_active = false WHERE email = 'admin@demo.example'`));
    await onClient((client) => seedDemoUsers(client, hasher));
    const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;
    await t.http().post('/auth/signin').send({ email: admin.email, password: admin.password }).expect(200);
    const rows = await onClient((client) => client.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE email LIKE '%@demo.example'`));
    expect(rows.rows[0].n).toBe(DEMO_ACCOUNTS.length);
  });
});

describe('fake users at scale', () => {
  it('inserts 500 varied users sharing one hash, and a second run continues the numbering', async () => {
    const hasher = t.app.get(PasswordHasher);
    const passwordHash = await hasher.hash(FAKE_USER_PASSWORD);
    const progress: number[] = [];
    const first = await onClient((client) =>
      insertFakeUsers(client, { count: 500, passwordHash, batchSize: 200, onProgress: (done) => progress.push(done) }),
    );
    expect(first).toMatchObject({ inserted: 500, firstNumber: 1 });
    expect(progress).toEqual([200, 400, 500]);

    const second = await onClient((client) => insertFakeUsers(client, { count: 500, passwordHash, rebuildIndexes: true }));
    expect(second).toMatchObject({ inserted: 500, firstNumber: 501, rebuiltIndexes: true });
    // The rebuilt search index keeps the statistics target its migration gave it.
    const target = await onClient((client) =>
      client.query<{ target: number }>(
        `SELECT attstattarget AS target FROM pg_attribute WHERE attrelid = 'users_search_trgm_idx'::regclass AND attnum = 1`,
      ),
    );
    expect(Number(target.rows[0].target)).toBe(250);
    const total = await onClient((client) => analyzeUsers(client));
    expect(total).toBeGreaterThanOrEqual(1000);

    const mix = await onClient((client) =>
      client.query<{ roles: string; active: number; verified: number; n: number; emails: number; span_days: number }>(
        `SELECT count(*)::int AS n, count(DISTINCT lower(email))::int AS emails,
                count(*) FILTER (WHERE is_active)::int AS active, count(*) FILTER (WHERE is_email_verified)::int AS verified,
                (extract(epoch FROM max(created_at) - min(created_at)) / 86400)::int AS span_days,
                string_agg(DISTINCT array_to_string(roles, '+'), ',') AS roles
         FROM users WHERE phone_number LIKE '+12%'`,
      ),
    );
    const row = mix.rows[0];
    expect(row.n).toBe(1000);
    expect(row.emails).toBe(1000);
    expect(row.active).toBeGreaterThan(800);
    expect(row.active).toBeLessThan(1000);
    expect(row.verified).toBeGreaterThan(700);
    expect(row.verified).toBeLessThan(1000);
    expect(row.span_days).toBeGreaterThan(300);
    expect(row.roles.split(',')).toEqual(expect.arrayContaining(['user', 'viewer']));

    // The indexes dropped for the second load are all back.
    const indexes = await onClient((client) => client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'users'`));
    expect(indexes.rows[0].n).toBeGreaterThanOrEqual(11);

    const someone = await onClient((client) =>
      client.query<{ email: string }>(
        `SELECT email FROM users WHERE phone_number LIKE '+12%' AND is_active AND is_email_verified AND blocked_at IS NULL AND 'user' = ANY(roles) LIMIT 1`,
      ),
    );
    const res = await t.http().post('/auth/signin').send({ email: someone.rows[0].email, password: FAKE_USER_PASSWORD }).expect(200);
    expect(res.body.user.email).toBe(someone.rows[0].email);
  });
});
