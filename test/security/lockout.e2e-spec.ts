import { and, eq } from 'drizzle-orm';
import { activityLog, users } from '../../src/database/schema/index.js';
import { createUser, signIn } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { userWithTokens } from './security-support.js';

let t: TestApp;
beforeAll(async () => {
  // Each attempt comes from another (trusted-proxy) IP: the lock is per account, not per IP.
  t = await createTestApp({ TRUST_PROXY: 'true' });
});
afterAll(() => t.close());

let ip = 0;
const attempt = (email: string, password: string) =>
  t.http().post('/auth/signin').set('X-Forwarded-For', `198.51.100.${++ip % 250}`).send({ email, password });

async function lockOut(email: string) {
  for (let i = 1; i < 10; i++) {
    const res = await attempt(email, `wrong password ${i}`);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Invalid credentials' });
  }
  const tenth = await attempt(email, 'wrong password 10');
  expect(tenth.status).toBe(401);
  expect(tenth.body).toMatchObject({ statusCode: 401, code: 'ACCOUNT_LOCKED', message: expect.stringMatching(/locked/i) });
}

describe('brute-force lockout', () => {
  it('locks after 10 consecutive failures, mails the user, shows status locked, refuses even the right password', async () => {
    const { user, password } = await createUser(t);
    await lockOut(user.email);
    expect(await t.lastMail(user.email, 'Your account was locked')).toMatch(/locked for 15 minutes/);

    const right = await attempt(user.email, password);
    expect(right.status).toBe(401);
    expect(right.body.code).toBe('ACCOUNT_LOCKED');
    // A wrong password during the lock gets the same answer: the lock is no password oracle.
    const wrong = await attempt(user.email, 'still guessing');
    expect(wrong.body).toEqual(right.body);

    const admin = await userWithTokens(t, ['admin']);
    const seen = await t.http().get(`/users/${user.id}`).set('Authorization', admin.auth).expect(200);
    expect(seen.body.status).toBe('locked');
  });

  it('a success in between resets the count', async () => {
    const { user, password } = await createUser(t);
    for (let i = 0; i < 9; i++) await attempt(user.email, 'wrong').expect(401);
    await attempt(user.email, password).expect(200);
    for (let i = 0; i < 9; i++) await attempt(user.email, 'wrong').expect(401);
    await attempt(user.email, password).expect(200);
  });

  it('expires by itself', async () => {
    const { user, password } = await createUser(t);
    await lockOut(user.email);
    await t.db.update(users).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(users.id, user.id));
    await attempt(user.email, password).expect(200);
  });

  it('ends the sessions of a locked account at once', async () => {
    const victim = await userWithTokens(t);
    await t.http().get('/users/me').set('Authorization', victim.auth).expect(200);
    await lockOut(victim.email);
    const res = await t.http().get('/users/me').set('Authorization', victim.auth).expect(401);
    expect(res.body.code).toBe('ACCOUNT_LOCKED');
  });

  it('a password reset still works during the lock and lifts it', async () => {
    const { user } = await createUser(t);
    await lockOut(user.email);
    await t.http().post('/auth/request-password-reset').send({ email: user.email }).expect(200);
    const otp = await t.lastCode(user.email);
    await t.http().post('/auth/verify-password-reset').send({ otp, email: user.email, newPassword: 'a brand new passphrase' }).expect(200);
    await signIn(t, user.email, 'a brand new passphrase');
  });
});

describe('POST /users/:id/unlock', () => {
  it('lets an admin lift the lock, recording the activity', async () => {
    const { user, password } = await createUser(t);
    const admin = await userWithTokens(t, ['admin']);
    await lockOut(user.email);
    const res = await t.http().post(`/users/${user.id}/unlock`).set('Authorization', admin.auth).expect(200);
    expect(res.body).toEqual({ message: 'User unlocked successfully' });
    await attempt(user.email, password).expect(200);

    const [entry] = await t.db.select().from(activityLog).where(and(eq(activityLog.userId, user.id), eq(activityLog.type, 'unlocked')));
    expect(entry).toMatchObject({ actorId: admin.user.id });
  });

  it('refuses admins acting on admins, but not super admins', async () => {
    const { user: target } = await createUser(t, { roles: ['admin'] });
    const admin = await userWithTokens(t, ['admin']);
    const res = await t.http().post(`/users/${target.id}/unlock`).set('Authorization', admin.auth).expect(403);
    expect(res.body).toMatchObject({ statusCode: 403, message: expect.any(String) });

    const root = await userWithTokens(t, ['super_admin']);
    await t.http().post(`/users/${target.id}/unlock`).set('Authorization', root.auth).expect(200);
  });

  it('needs users:update, and answers 404 for unknown or malformed ids', async () => {
    const { user: target } = await createUser(t);
    for (const roles of [['user'], ['moderator']] as const) {
      const caller = await userWithTokens(t, [...roles]);
      await t.http().post(`/users/${target.id}/unlock`).set('Authorization', caller.auth).expect(403);
    }
    await t.http().post(`/users/${target.id}/unlock`).expect(401);
    const admin = await userWithTokens(t, ['admin']);
    await t.http().post('/users/00000000-0000-4000-8000-000000000000/unlock').set('Authorization', admin.auth).expect(404);
    await t.http().post('/users/not-a-uuid/unlock').set('Authorization', admin.auth).expect(404);
  });
});
