import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { sessions } from '../../src/database/schema/index.js';
import { createTestApp, TEST_ENV, type TestApp } from '../support/test-app.js';
import { signIn, signedInUser } from '../support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const sign = (header: object, payload: object, secret: string) => {
  const unsigned = `${b64(header)}.${b64(payload)}`;
  return `${unsigned}.${createHmac(header && (header as { alg: string }).alg === 'HS512' ? 'sha512' : 'sha256', secret).update(unsigned).digest('base64url')}`;
};

describe('access tokens', () => {
  it.each([
    ['no token', undefined, 'AUTHENTICATION_REQUIRED'],
    ['a junk header', 'Bearer undefined', 'INVALID_TOKEN'],
    ['a non-bearer scheme', 'Basic abc', 'AUTHENTICATION_REQUIRED'],
  ])('refuses %s with 401', async (_name, header, code) => {
    const request = t.http().get('/users/me');
    if (header) request.set('Authorization', header);
    const res = await request.expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, code });
  });

  it('refuses alg none, a tampered payload, a foreign signature, an expired token and a refresh token', async () => {
    const me = await signedInUser(t);
    const [header, payload, signature] = me.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const now = Math.floor(Date.now() / 1000);
    const expired = sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 3600, exp: now - 60 }, TEST_ENV.JWT_ACCESS_SECRET);
    const forged = [
      `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
      `${header}.${b64({ ...claims, sub: '00000000-0000-0000-0000-000000000000' })}.${signature}`,
      sign({ alg: 'HS256', typ: 'JWT' }, claims, 'some-other-secret-of-sufficient-length!!'),
      expired,
      sign({ alg: 'HS512', typ: 'JWT' }, claims, TEST_ENV.JWT_ACCESS_SECRET),
      sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, typ: 'refresh' }, TEST_ENV.JWT_ACCESS_SECRET),
      me.refreshToken,
    ];
    for (const token of forged) {
      const res = await t.http().get('/users/me').set('Authorization', `Bearer ${token}`).expect(401);
      expect(res.body).toMatchObject({ statusCode: 401, message: expect.any(String) });
    }
    const late = await t.http().get('/users/me').set('Authorization', `Bearer ${expired}`).expect(401);
    expect(late.body.message).toBe('Access token expired');
    await t.http().get('/users/me').set('Authorization', me.auth).expect(200);
  });

  it('GET /auth/check tells whether the caller is signed in, ignoring junk', async () => {
    const me = await signedInUser(t);
    expect((await t.http().get('/auth/check').expect(200)).body).toEqual({ authenticated: false });
    expect((await t.http().get('/auth/check').set('Authorization', 'Bearer undefined').expect(200)).body).toEqual({ authenticated: false });
    expect((await t.http().get('/auth/check').set('Authorization', me.auth).expect(200)).body).toEqual({ authenticated: true });
  });

  it('auth answers are never cached', async () => {
    const res = await t.http().post('/auth/signin').send({ email: 'nobody@example.com', password: 'whatever it is' });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('refresh tokens', () => {
  it('rotate on every use, through the body, the header and the /auth/refresh alias', async () => {
    const me = await signedInUser(t);
    const first = await t.http().post('/auth/refresh-token').send({ refreshToken: me.refreshToken }).expect(200);
    expect(first.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900 });
    expect(first.body.refreshToken).not.toBe(me.refreshToken);
    const second = await t.http().post('/auth/refresh').set('x-refresh-token', first.body.refreshToken).expect(200);
    await t.http().get('/users/me').set('Authorization', `Bearer ${second.body.accessToken}`).expect(200);
  });

  it('reuse of a rotated token revokes the whole family', async () => {
    const me = await signedInUser(t);
    const rotated = await t.http().post('/auth/refresh-token').send({ refreshToken: me.refreshToken }).expect(200);
    const reuse = await t.http().post('/auth/refresh-token').send({ refreshToken: me.refreshToken }).expect(401);
    expect(reuse.body).toMatchObject({ statusCode: 401, code: 'INVALID_TOKEN' });
    await t.http().post('/auth/refresh-token').send({ refreshToken: rotated.body.refreshToken }).expect(401);
    await t.http().get('/users/me').set('Authorization', `Bearer ${rotated.body.accessToken}`).expect(401);
  });

  it('10 parallel refreshes of one token: at most one succeeds', async () => {
    const me = await signedInUser(t);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.http().post('/auth/refresh-token').send({ refreshToken: me.refreshToken })),
    );
    expect(results.filter((r) => r.status === 200).length).toBeLessThanOrEqual(1);
    expect(results.every((r) => r.status === 200 || r.status === 401)).toBe(true);
    const [row] = await t.db.select().from(sessions).where(eq(sessions.userId, me.user.id));
    expect(row.generation).toBeLessThanOrEqual(1);
  });

  it.each([[''], ['garbage'], ['00000000-0000-0000-0000-000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA']])(
    'refuses %j',
    async (refreshToken) => {
      const res = await t.http().post('/auth/refresh-token').send({ refreshToken });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ statusCode: 401 });
    },
  );

  it('refuses a refresh without any token', async () => {
    await t.http().post('/auth/refresh-token').expect(401);
  });
});

describe('sign out', () => {
  it('logout with a refresh token ends that session only', async () => {
    const me = await signedInUser(t);
    const other = await signIn(t, me.email, me.password);
    const res = await t.http().post('/auth/logout').send({ refreshToken: me.refreshToken }).expect(200);
    expect(res.body).toEqual({ message: 'Logged out successfully' });
    await t.http().get('/users/me').set('Authorization', me.auth).expect(401);
    await t.http().get('/users/me').set('Authorization', `Bearer ${other.accessToken}`).expect(200);
    await t.http().post('/auth/refresh-token').send({ refreshToken: me.refreshToken }).expect(401);
  });

  it('logout without a refresh token ends the session of the access token; without either, 401', async () => {
    const me = await signedInUser(t);
    await t.http().post('/auth/logout').set('Authorization', me.auth).expect(200);
    await t.http().get('/users/me').set('Authorization', me.auth).expect(401);
    await t.http().post('/auth/logout').expect(401);
  });

  it('logout-all ends every session', async () => {
    const me = await signedInUser(t);
    const other = await signIn(t, me.email, me.password);
    const res = await t.http().post('/auth/logout-all').set('Authorization', me.auth).expect(200);
    expect(res.body).toEqual({ message: 'Logged out from all sessions' });
    await t.http().get('/users/me').set('Authorization', `Bearer ${other.accessToken}`).expect(401);
    await t.http().post('/auth/refresh-token').send({ refreshToken: other.refreshToken }).expect(401);
  });
});
