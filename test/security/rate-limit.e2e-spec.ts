import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { SUPER_ADMIN } from '../support/test-app.js';
import { UserRepository } from '../../src/users/user.repository.js';
import { userWithTokens, tokensFor } from './security-support.js';

/** Every 429 is in the error shape with the standard headers. */
function expectRateLimited(res: { status: number; body: unknown; headers: Record<string, string> }, limit: number) {
  expect(res.status).toBe(429);
  expect(res.body).toMatchObject({ message: expect.any(String), statusCode: 429, code: 'RATE_LIMITED' });
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(res.headers['x-ratelimit-limit']).toBe(String(limit));
  expect(res.headers['x-ratelimit-remaining']).toBe('0');
  expect(Number(res.headers['x-ratelimit-reset'])).toBeGreaterThanOrEqual(0);
}

const wrongSignIn = (t: TestApp, email: string, forwardedFor?: string) => {
  const req = t.http().post('/auth/signin');
  if (forwardedFor) void req.set('X-Forwarded-For', forwardedFor);
  return req.send({ email, password: 'not the password' });
};

describe('rate limits, proxy not trusted', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      RATE_LIMIT_AUTH_PER_MINUTE: '3',
      RATE_LIMIT_USERS_DELETE_PER_MINUTE: '2',
      RATE_LIMIT_USERS_LIST_PER_MINUTE: '2',
      RATE_LIMIT_ROLE_USER_PER_HOUR: '3',
      RATE_LIMIT_ROLE_ADMIN_PER_HOUR: '6',
      RATE_LIMIT_CODE_GUESSES_PER_MINUTE: '2',
    });
  });
  afterAll(() => t.close());

  it('shows the tightest limit on a successful answer', async () => {
    const res = await t.http().post('/auth/resend-verification').send({ email: 'headers@example.com' }).expect(200);
    expect(res.headers['x-ratelimit-limit']).toBe('3');
    expect(res.headers['x-ratelimit-remaining']).toBe('2');
    expect(Number(res.headers['x-ratelimit-reset'])).toBeGreaterThan(0);
  });

  it('limits sign-in per client IP, and a spoofed X-Forwarded-For does not get around it', async () => {
    for (let i = 0; i < 3; i++) await wrongSignIn(t, `ip${i}@example.com`, `203.0.113.${i}`).expect(401);
    const res = await wrongSignIn(t, 'ip9@example.com', '198.51.100.7');
    expectRateLimited(res, 3);
  });

  it('limits code entries that name no email across all clients', async () => {
    await t.http().post('/auth/verify-email').send({ otp: '000001' }).expect(400);
    await t.http().post('/auth/verify-password-reset').send({ otp: '000002', newPassword: 'a fine new passphrase' }).expect(400);
    const res = await t.http().post('/auth/verify-email').send({ otp: '000003' });
    expect(res.status).toBe(429);
  });

  it('limits DELETE /users/* per signed-in user, not per IP', async () => {
    const first = await userWithTokens(t, ['admin']);
    const second = await userWithTokens(t, ['admin']);
    for (let i = 0; i < 2; i++) await t.http().delete(`/users/${randomUUID()}`).set('Authorization', first.auth).expect(404);
    expectRateLimited(await t.http().delete(`/users/${randomUUID()}`).set('Authorization', first.auth), 2);
    // Same IP, another user: a bucket of their own.
    await t.http().delete(`/users/${randomUUID()}`).set('Authorization', second.auth).expect(404);
  });

  it('limits GET /users per IP when the caller is not signed in', async () => {
    for (let i = 0; i < 2; i++) await t.http().get('/users').set('Authorization', 'Bearer forged.token.value').expect(401);
    const res = await t.http().get('/users');
    expect(res.status).toBe(429);
  });

  it('applies the hourly quota of the caller\'s highest role; GET /users/me does not count', async () => {
    const user = await userWithTokens(t, ['user']);
    for (let i = 0; i < 5; i++) await t.http().get('/users/me').set('Authorization', user.auth).expect(200);
    for (let i = 0; i < 3; i++) await t.http().get(`/users/${user.user.id}`).set('Authorization', user.auth).expect(200);
    const res = await t.http().get(`/users/${user.user.id}`).set('Authorization', user.auth);
    expectRateLimited(res, 3);
    expect(res.body.message).toMatch(/quota/i);

    const admin = await userWithTokens(t, ['user', 'admin']);
    for (let i = 0; i < 6; i++) await t.http().get(`/users/${admin.user.id}`).set('Authorization', admin.auth).expect(200);
    expect((await t.http().get(`/users/${admin.user.id}`).set('Authorization', admin.auth)).status).toBe(429);

    // Super admins are unlimited by default (RATE_LIMIT_ROLE_SUPER_ADMIN_PER_HOUR=0).
    const root = (await t.app.get(UserRepository).findByEmail(SUPER_ADMIN.email))!;
    const rootAuth = `Bearer ${(await tokensFor(t, root)).accessToken}`;
    for (let i = 0; i < 10; i++) await t.http().get(`/users/${root.id}`).set('Authorization', rootAuth).expect(200);
  });
});

describe('rate limits behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'true', RATE_LIMIT_AUTH_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('keys on X-Forwarded-For when the proxy is trusted', async () => {
    for (let i = 0; i < 5; i++) await wrongSignIn(t, `trusted${i}@example.com`, `203.0.113.${i}`).expect(401);
  });

  it('limits per target email whatever the IP', async () => {
    for (let i = 0; i < 3; i++) await wrongSignIn(t, 'Target@Example.com', `192.0.2.${i}`).expect(401);
    expectRateLimited(await wrongSignIn(t, 'target@example.com', '192.0.2.99'), 3);
    // The same email on another auth route is a separate bucket (per route and email).
    await t.http().post('/auth/request-password-reset').set('X-Forwarded-For', '192.0.2.100').send({ email: 'target@example.com' }).expect(200);
  });

  it('limits sign-up, password-reset requests and code entry too', async () => {
    for (const [path, body] of [
      ['/auth/signup', { email: 'x' }],
      ['/auth/request-password-reset', { email: 'nobody@example.com' }],
      ['/auth/verify-email', { otp: '123456', email: 'nobody2@example.com' }],
    ] as const) {
      for (let i = 0; i < 3; i++) await t.http().post(path).set('X-Forwarded-For', '198.51.100.50').send(body);
      expect((await t.http().post(path).set('X-Forwarded-For', '198.51.100.50').send(body)).status).toBe(429);
    }
  });
});
