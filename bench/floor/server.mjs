// The floor: the least that can answer the benchmarked endpoints on this machine. Bare Fastify and
// node-postgres, the same token check (jsonwebtoken with a KeyObject, then the one query joining
// users and sessions), the same SQL per endpoint (named prepared statements where the service
// prepares them), the same response shapes; no Nest, no validation pipe, no guards, no logging.
//
// Env: DATABASE_URL, JWT_ACCESS_SECRET, PORT (3101), HOST (127.0.0.1), DATABASE_POOL_MAX (10),
// BCRYPT_COST (10), ACCESS_TOKEN_TTL_SECONDS (900), REFRESH_TOKEN_TTL_SECONDS (604800).
import bcrypt from 'bcrypt';
import Fastify from 'fastify';
import jwt from 'jsonwebtoken';
import { createHash, createSecretKey, randomBytes } from 'node:crypto';
import pg from 'pg';
import { EXACT_COUNT_LIMIT, listStatements, SQL } from './queries.mjs';

const env = process.env;
const key = createSecretKey(Buffer.from(env.JWT_ACCESS_SECRET ?? '', 'utf8'));
const accessTtl = Number(env.ACCESS_TOKEN_TTL_SECONDS ?? 900);
const refreshTtl = Number(env.REFRESH_TOKEN_TTL_SECONDS ?? 604_800);
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: Number(env.DATABASE_POOL_MAX ?? 10), application_name: 'bench-floor' });
const ROLES = ['viewer', 'user', 'moderator', 'admin', 'super_admin'];
const OWN = ['profile:read', 'password:change', 'sessions:manage'];
const PERMISSIONS = {
  viewer: OWN,
  user: [...OWN, 'profile:update'],
  moderator: [...OWN, 'profile:update', 'users:read', 'stats:read'],
  admin: [...OWN, 'profile:update', 'users:read', 'stats:read', 'users:create', 'users:update', 'users:delete', 'users:activity', 'metrics:read', 'verification:manage'],
};
PERMISSIONS.super_admin = [...PERMISSIONS.admin, 'admins:manage'];
const permissionsOf = (roles) => [...new Set(roles.flatMap((role) => PERMISSIONS[role] ?? []))];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fail = (reply, statusCode, message) => reply.code(statusCode).send({ message, statusCode });
const iso = (d) => (d ? d.toISOString() : null);
const statusOf = (u) =>
  u.blocked_at ? 'blocked' : !u.is_active ? 'inactive' : u.locked_until && u.locked_until > new Date() ? 'locked' : !u.is_email_verified ? 'pending' : 'active';

function toUser(u) {
  const p = u.profile ?? {};
  const f = u.preferences ?? {};
  return {
    id: u.id, email: u.email, username: u.username, firstName: u.first_name, lastName: u.last_name, age: u.age,
    phoneNumber: u.phone_number, avatarUrl: u.avatar_url, description: u.description, roles: u.roles,
    isEmailVerified: u.is_email_verified, isActive: u.is_active, status: statusOf(u),
    lastActivity: iso(u.last_activity), lastLoginAt: iso(u.last_login_at), createdAt: u.created_at.toISOString(), updatedAt: u.updated_at.toISOString(),
    profile: { bio: p.bio ?? null, location: p.location ?? null, website: p.website ?? null, twitter: p.twitter ?? null, linkedin: p.linkedin ?? null, github: p.github ?? null },
    preferences: {
      theme: f.theme ?? 'auto', language: f.language ?? 'en', timezone: f.timezone ?? 'UTC',
      notifications: { email: true, push: false, marketing: false, ...(f.notifications ?? {}) },
    },
  };
}
const toCurrentUser = (u) => ({ ...toUser(u), permissions: permissionsOf(u.roles) });

/** The access-token check: verify, then one query for the user and the liveness of the session. */
async function authenticate(request, reply, permission) {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return void fail(reply, 401, 'Authentication required');
  let claims;
  try {
    claims = jwt.verify(header.slice(7), key, { algorithms: ['HS256'] });
  } catch {
    return void fail(reply, 401, 'Invalid access token');
  }
  if (claims.typ !== 'access' || !UUID.test(claims.sub) || !UUID.test(claims.sid)) return void fail(reply, 401, 'Invalid access token');
  const { rows } = await pool.query({ name: 'users_session_holder', text: SQL.sessionHolder, values: [claims.sid, claims.sub] });
  const user = rows[0];
  const status = user && statusOf(user);
  if (status !== 'active' && status !== 'pending') return void fail(reply, 401, 'Account cannot act, or session revoked');
  if (!user['?column?']) return void fail(reply, 401, 'Session expired or revoked, sign in again');
  if (permission && !permissionsOf(user.roles).includes(permission)) return void fail(reply, 403, 'Insufficient permissions');
  return user;
}

async function transaction(work) {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const condense = (password) => createHash('sha256').update(password.normalize('NFC'), 'utf8').digest('base64');
const hashSecret = (secret) => createHash('sha256').update(secret).digest('base64url');
const accessToken = (userId, sessionId) => jwt.sign({ sub: userId, sid: sessionId, typ: 'access' }, key, { algorithm: 'HS256', expiresIn: accessTtl });
const clientOf = (request) => ({ ip: request.ip, userAgent: request.headers['user-agent']?.slice(0, 512) ?? null });

const app = Fastify({ logger: false, bodyLimit: 100 * 1024 });

app.get('/users/me', async (request, reply) => {
  const user = await authenticate(request, reply, 'profile:read');
  if (user) return toCurrentUser(user);
});

app.put('/users/me', async (request, reply) => {
  const actor = await authenticate(request, reply, 'profile:update');
  if (!actor) return;
  const { firstName, description } = request.body ?? {};
  const { ip, userAgent } = clientOf(request);
  const updated = await transaction(async (db) => {
    await db.query(SQL.findByIdForUpdate, [actor.id]);
    const { rows } = await db.query(SQL.updateProfile, [firstName, description, actor.id]);
    await db.query(SQL.addActivity, [actor.id, null, 'profile_updated', 'Profile updated', { fields: ['firstName', 'description'] }, ip, userAgent]);
    return rows[0];
  });
  return toCurrentUser(updated);
});

// The service serves its last stats answer while it is younger than STATS_MAX_AGE_MS and reloads it
// in the background from STATS_REFRESH_MS on (one load at a time); so does the floor.
const STATS_REFRESH_MS = Number(env.STATS_REFRESH_MS ?? 2000);
const STATS_MAX_AGE_MS = Number(env.STATS_MAX_AGE_MS ?? 5000);
let stats;
let statsLoading;
async function queryStats() {
  const { rows } = await pool.query({ text: SQL.stats, values: ROLES, rowMode: 'array' });
  const [totalUsers, activeUsers, verifiedUsers, byRole] = rows[0];
  return { totalUsers, activeUsers, verifiedUsers, usersByRole: Object.fromEntries(ROLES.map((role, i) => [role, Number(byRole[i])])) };
}
function reloadStats() {
  const startedAt = Date.now();
  statsLoading = queryStats().then((value) => (stats = { at: startedAt, value }).value).finally(() => (statsLoading = undefined));
  return statsLoading;
}

app.get('/users/stats', async (request, reply) => {
  if (!(await authenticate(request, reply, 'stats:read'))) return;
  const age = stats ? Date.now() - stats.at : Infinity;
  if (age < STATS_REFRESH_MS) return stats.value;
  if (age < STATS_MAX_AGE_MS) {
    if (!statsLoading) reloadStats().catch(() => undefined);
    return stats.value;
  }
  return statsLoading ?? reloadStats();
});

app.get('/users', async (request, reply) => {
  if (!(await authenticate(request, reply, 'users:read'))) return;
  const q = request.query;
  const rolesParam = q['roles[]'] ?? q.roles;
  const criteria = {
    search: q.search,
    roles: rolesParam === undefined ? undefined : [rolesParam].flat().flatMap((r) => r.split(',')),
    isActive: q.isActive === undefined ? undefined : q.isActive === 'true',
    sortBy: q.sortBy ?? 'createdAt',
    sortOrder: q.sortOrder ?? 'desc',
    page: Number(q.page ?? 1),
    limit: Number(q.limit ?? 10),
  };
  const { list, estimate, count } = listStatements(criteria);
  const [page, planned] = await Promise.all([pool.query(list.text, list.params), pool.query(estimate.text, estimate.params)]);
  const start = (criteria.page - 1) * criteria.limit;
  const hasNext = page.rows.length > criteria.limit;
  const rows = hasNext ? page.rows.slice(0, criteria.limit) : page.rows;
  const estimated = Number(planned.rows[0]['QUERY PLAN'][0].Plan['Plan Rows']);
  const exact = estimated <= EXACT_COUNT_LIMIT;
  const total = exact ? Number((await pool.query(count.text, count.params)).rows[0].count) : Math.max(estimated, start + rows.length + (hasNext ? 1 : 0));
  const totalPages = exact ? Math.ceil(total / criteria.limit) : Math.max(Math.ceil(total / criteria.limit), hasNext ? criteria.page + 1 : criteria.page);
  const n = rows.length;
  reply.header('x-total-count', String(total)).header('content-range', `items ${n > 0 ? `${start}-${start + n - 1}` : '*'}/${exact ? total : '*'}`);
  return {
    users: rows.map(toUser),
    pagination: {
      page: criteria.page, limit: criteria.limit, total, totalPages, hasNext: exact ? criteria.page < totalPages : hasNext, hasPrev: criteria.page > 1,
      ...(exact ? {} : { totalEstimated: true }),
    },
  };
});

app.get('/users/:id', async (request, reply) => {
  const actor = await authenticate(request, reply);
  if (!actor) return;
  const { id } = request.params;
  if (id !== actor.id && !permissionsOf(actor.roles).includes('users:read')) return fail(reply, 403, 'Insufficient permissions');
  if (!UUID.test(id)) return fail(reply, 404, 'User not found');
  const { rows } = await pool.query({ name: 'users_by_id', text: SQL.findById, values: [id] });
  return rows[0] ? toUser(rows[0]) : fail(reply, 404, 'User not found');
});

app.post('/auth/signin', async (request, reply) => {
  const { email, password } = request.body ?? {};
  if (typeof email !== 'string' || typeof password !== 'string') return fail(reply, 400, 'email and password are required');
  const { rows } = await pool.query(SQL.findByEmailWithPassword, [email]);
  const user = rows[0];
  if (!user || !(await bcrypt.compare(condense(password), user.password_hash ?? ''))) return fail(reply, 401, 'Invalid credentials');
  if (statusOf(user) !== 'active') return fail(reply, 401, 'Account cannot sign in');
  const secret = randomBytes(32).toString('base64url');
  const { ip, userAgent } = clientOf(request);
  const session = await transaction(async (db) => {
    await db.query(SQL.recordSuccessfulSignIn, [null, 0, user.id]);
    return (await db.query(SQL.createSession, [user.id, hashSecret(secret), ip, userAgent, refreshTtl])).rows[0];
  });
  const now = new Date();
  const { password_hash: _hash, ...record } = user;
  return {
    message: 'Signed in successfully',
    user: toCurrentUser({ ...record, last_login_at: now, last_activity: now, failed_sign_ins: 0, locked_until: null }),
    accessToken: accessToken(user.id, session.id),
    refreshToken: `${session.id}.${secret}`,
    expiresIn: accessTtl,
  };
});

app.post('/auth/refresh-token', async (request, reply) => {
  const token = request.body?.refreshToken ?? request.headers['x-refresh-token'];
  const match = typeof token === 'string' ? /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token) : null;
  if (!match) return fail(reply, 401, 'Invalid refresh token');
  const next = randomBytes(32).toString('base64url');
  const session = await transaction(async (db) => (await db.query(SQL.rotateSession, [hashSecret(next), match[1], hashSecret(match[2])])).rows[0]);
  if (!session) return fail(reply, 401, 'Invalid refresh token');
  const { rows } = await pool.query({ name: 'users_by_id', text: SQL.findById, values: [session.user_id] });
  if (!rows[0] || statusOf(rows[0]) !== 'active') return fail(reply, 401, 'Invalid refresh token');
  return { accessToken: accessToken(rows[0].id, session.id), refreshToken: `${session.id}.${next}`, expiresIn: accessTtl };
});

const shutdown = () => app.close().then(() => pool.end()).finally(() => process.exit(0));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

await app.listen({ port: Number(env.PORT ?? 3101), host: env.HOST ?? '127.0.0.1' });
process.stdout.write(`floor listening on ${env.PORT ?? 3101}\n`);
