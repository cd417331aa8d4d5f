import { randomUUID } from 'node:crypto';
import { UserRepository } from '../../src/users/user.repository.js';
import { DEFAULT_PASSWORD, unique } from '../support/factories.js';
import { PasswordHasher } from '../../src/auth/passwords/password-hasher.js';
import { TokenService } from '../../src/auth/token.service.js';
import { SessionRepository } from '../../src/auth/session.repository.js';
import type { Role } from '../../src/common/policy/roles.js';
import { canRunTwins, createTwinApps, type Instance, type TwinApps } from './twin-apps.js';

const describeTwins = canRunTwins() ? describe : describe.skip;
if (!canRunTwins()) {
  // eslint-disable-next-line no-console
  console.log('multi-instance suite skipped: it needs DATABASE_URL (PostgreSQL) and REDIS_URL set');
}

async function userOn(instance: Instance, roles: Role[] = ['user']) {
  const n = unique();
  const user = await instance.app.get(UserRepository).create({
    email: `twin${n}@example.com`,
    firstName: 'Twin',
    lastName: `User${n}`,
    phoneNumber: `+1${String(n).padStart(10, '0').slice(-10)}`,
    age: 30,
    roles,
    isEmailVerified: true,
    isActive: true,
    passwordHash: await instance.app.get(PasswordHasher).hash(DEFAULT_PASSWORD),
  });
  const tokens = instance.app.get(TokenService);
  const secret = tokens.newRefreshSecret();
  const session = await instance.app.get(SessionRepository).create({
    userId: user.id,
    tokenHash: tokens.hashRefreshSecret(secret),
    ttlSeconds: tokens.refreshTtlSeconds,
    ip: null,
    userAgent: null,
  });
  const pair = tokens.pair(user.id, session.id, secret);
  return { user, auth: `Bearer ${pair.accessToken}`, refreshToken: pair.refreshToken };
}

describeTwins('two instances sharing PostgreSQL and Redis', () => {
  let twins: TwinApps;
  beforeAll(async () => {
    twins = await createTwinApps({ RATE_LIMIT_AUTH_PER_MINUTE: '3', RATE_LIMIT_USERS_DELETE_PER_MINUTE: '2' });
  });
  afterAll(() => twins?.close());

  it('listens on two ports', () => {
    expect(twins.a.url).not.toEqual(twins.b.url);
  });

  it('a sign-in limit reached through one instance holds on the other', async () => {
    for (let i = 0; i < 3; i++) {
      await twins.a.http().post('/auth/signin').send({ email: 'shared-limit@example.com', password: 'wrong' }).expect(401);
    }
    const res = await twins.b.http().post('/auth/signin').send({ email: 'shared-limit@example.com', password: 'wrong' });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBeDefined();
  });

  it('a per-user route limit is shared too', async () => {
    const admin = await userOn(twins.a, ['admin']);
    await twins.a.http().delete(`/users/${randomUUID()}`).set('Authorization', admin.auth).expect(404);
    await twins.b.http().delete(`/users/${randomUUID()}`).set('Authorization', admin.auth).expect(404);
    expect((await twins.a.http().delete(`/users/${randomUUID()}`).set('Authorization', admin.auth)).status).toBe(429);
    expect((await twins.b.http().delete(`/users/${randomUUID()}`).set('Authorization', admin.auth)).status).toBe(429);
  });

  it('a user deactivated through one instance is refused by the other on the very next request', async () => {
    const admin = await userOn(twins.a, ['admin']);
    const victim = await userOn(twins.a);
    await twins.b.http().get('/users/me').set('Authorization', victim.auth).expect(200);
    await twins.a.http().post(`/users/${victim.user.id}/deactivate`).set('Authorization', admin.auth).expect(200);
    await twins.b.http().get('/users/me').set('Authorization', victim.auth).expect(401);
    await twins.b.http().post('/auth/refresh-token').send({ refreshToken: victim.refreshToken }).expect(401);
  });

  it('refuses on the other instance even when only the user row changed (no session revoked)', async () => {
    const victim = await userOn(twins.a);
    await twins.b.http().get('/users/me').set('Authorization', victim.auth).expect(200);
    await twins.a.app.get(UserRepository).update(victim.user.id, { isActive: false });
    const res = await twins.b.http().get('/users/me').set('Authorization', victim.auth).expect(401);
    expect(res.body.code).toBe('ACCOUNT_INACTIVE');
  });

  it('a logout through one instance ends the token on the other', async () => {
    const user = await userOn(twins.a);
    await twins.a.http().post('/auth/logout').set('Authorization', user.auth).expect(200);
    const res = await twins.b.http().get('/users/me').set('Authorization', user.auth).expect(401);
    expect(res.body.code).toBe('SESSION_REVOKED');
  });

  it('the brute-force lock counts failures from both instances', async () => {
    const user = await userOn(twins.b);
    // Sign-in is limited to 3 per minute per IP and email here, so count the failures in the store
    // the way sign-in does, alternating instances, then check both refuse the right password.
    for (let i = 0; i < 10; i++) {
      const instance = i % 2 === 0 ? twins.a : twins.b;
      await instance.app.get(UserRepository).recordFailedSignIn(user.user.id, 10, 900);
    }
    const locked = await twins.a.app.get(UserRepository).findById(user.user.id);
    expect(locked?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    const res = await twins.b.http().get('/users/me').set('Authorization', user.auth).expect(401);
    expect(res.body.code).toBe('ACCOUNT_LOCKED');
  });
});
