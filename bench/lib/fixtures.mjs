// The scratch database and the identities the load uses: sessions are inserted directly (as the
// service stores them: a SHA-256 of the refresh secret) and access tokens signed with the
// service's secret, so preparing 50 signed-in users costs no bcrypt work.
import jwt from 'jsonwebtoken';
import { createHash, createSecretKey, randomBytes } from 'node:crypto';
import pg from 'pg';

export function databaseUrl(base, name) {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(base, sql) {
  const client = new pg.Client({ connectionString: databaseUrl(base, 'postgres') });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(base, name) {
  await adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(base, `CREATE DATABASE "${name}"`);
}

/** How many users a kept scratch database holds, or undefined when there is none. */
export async function existingUsers(base, name) {
  const { rows } = await adminQuery(base, `SELECT 1 FROM pg_database WHERE datname = '${name}'`);
  if (rows.length === 0) return undefined;
  const client = new pg.Client({ connectionString: databaseUrl(base, name) });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) AS n FROM users')).rows[0].n);
  } catch {
    return undefined;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(base, name) {
  await adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

const USABLE = `phone_number LIKE '+12%' AND is_active AND is_email_verified AND blocked_at IS NULL AND (locked_until IS NULL OR locked_until <= now())`;

export class Fixtures {
  constructor(url, secret) {
    this.pool = new pg.Pool({ connectionString: url, max: 2 });
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  async users(where, limit) {
    const { rows } = await this.pool.query(
      `SELECT id, email FROM users WHERE ${USABLE} AND ${where} ORDER BY phone_number LIMIT $1`,
      [limit],
    );
    if (rows.length === 0) throw new Error(`no seeded users match ${where}`);
    return rows;
  }

  async randomIds(limit) {
    const { rows } = await this.pool.query(`SELECT id FROM users TABLESAMPLE SYSTEM (5) LIMIT $1`, [limit]);
    return rows.length > 0 ? rows.map((r) => r.id) : (await this.pool.query(`SELECT id FROM users LIMIT $1`, [limit])).rows.map((r) => r.id);
  }

  /** One live session per user: `{userId, sessionId, accessToken, refreshToken}`. */
  async sessions(users) {
    const secrets = users.map(() => randomBytes(32).toString('base64url'));
    const hashes = secrets.map((s) => createHash('sha256').update(s).digest('base64url'));
    const { rows } = await this.pool.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at, user_agent)
       SELECT u, h, now() + interval '1 day', 'bench' FROM unnest($1::uuid[], $2::text[]) AS t(u, h)
       RETURNING id, user_id, token_hash`,
      [users.map((u) => u.id), hashes],
    );
    const secretOf = new Map(hashes.map((h, i) => [h, secrets[i]]));
    return rows.map((row) => ({
      userId: row.user_id,
      sessionId: row.id,
      accessToken: jwt.sign({ sub: row.user_id, sid: row.id, typ: 'access' }, this.key, { algorithm: 'HS256', expiresIn: '12h' }),
      refreshToken: `${row.id}.${secretOf.get(row.token_hash)}`,
    }));
  }

  async passwordHashOf(email) {
    const { rows } = await this.pool.query(`SELECT password_hash FROM users WHERE lower(email) = lower($1)`, [email]);
    return rows[0]?.password_hash;
  }

  close() {
    return this.pool.end();
  }
}

export { USABLE };
