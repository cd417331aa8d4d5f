import { eq, sql } from 'drizzle-orm';
import { oneTimeCodes, users } from '../../src/database/schema/index.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, signIn, unique } from '../support/factories.js';
import { expectNoSecrets } from '../support/no-secrets.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type SignUpBody = { email: string; password: string; phoneNumber: string; [key: string]: unknown };
const signUpBody = (extra: Record<string, unknown> = {}): SignUpBody => {
  const n = unique();
  return {
    firstName: 'Jane',
    lastName: 'Doe',
    email: `jane${n}@example.com`,
    phoneNumber: `+1555${n.padStart(7, '0').slice(-7)}`,
    password: 'correct horse battery staple',
    age: 28,
    ...extra,
  };
};

async function signUp(extra: Record<string, unknown> = {}) {
  const body = signUpBody(extra);
  await t.http().post('/auth/signup').send(body).expect(200);
  return body;
}

const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('sign-up', () => {
  it('20 parallel sign-ups with case variants of one email: one succeeds, the rest 409, one row', async () => {
    const base = `Race${unique()}@Example.com`;
    const variants = Array.from({ length: 20 }, (_, i) =>
      signUpBody({ email: i % 2 ? base.toLowerCase() : base.toUpperCase().replace('@EXAMPLE.COM', `@example.com`) }),
    );
    const results = await Promise.all(variants.map((body) => t.http().post('/auth/signup').send(body)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const conflicts = results.filter((r) => r.status === 409);
    expect(conflicts).toHaveLength(19);
    expect(conflicts[0].body).toMatchObject({ message: 'Email already in use', statusCode: 409 });
    const rows = await t.db.select().from(users).where(sql`lower(${users.email}) = ${base.toLowerCase()}`);
    expect(rows).toHaveLength(1);
  });

  it('answers 409 for a phone number or username in use', async () => {
    const first = await signUp({ username: `jd${unique()}` });
    const phone = await t.http().post('/auth/signup').send(signUpBody({ phoneNumber: first.phoneNumber })).expect(409);
    expect(phone.body.message).toBe('Phone number already in use');
    const username = await t.http().post('/auth/signup').send(signUpBody({ username: (first.username as string).toUpperCase() })).expect(409);
    expect(username.body.message).toBe('Username already in use');
  });

  it('refuses short and common passwords, accepts long passphrases without truncating them', async () => {
    for (const password of ['short', 'password123', 'qwertyuiop']) {
      const res = await t.http().post('/auth/signup').send(signUpBody({ password })).expect(400);
      expect(res.body.errors[0].field).toBe('password');
    }
    const prefix = 'a'.repeat(72);
    const body = await signUp({ password: `${prefix}-the-real-ending` });
    const otp = await t.lastCode(body.email);
    await t.http().post('/auth/verify-email').send({ otp, email: body.email }).expect(200);
    await t.http().post('/auth/signin').send({ email: body.email, password: `${prefix}-another-ending` }).expect(401);
    await t.http().post('/auth/signin').send({ email: body.email, password: body.password }).expect(200);
  });
});

describe('email verification codes', () => {
  it('a code works without an email, once', async () => {
    const body = await signUp();
    const otp = await t.lastCode(body.email);
    expect(otp).toMatch(/^\d{6}$/);
    const ok = await t.http().post('/auth/verify-email').send({ otp }).expect(200);
    expect(ok.body).toEqual({ message: 'Email verified successfully' });
    const again = await t.http().post('/auth/verify-email').send({ otp }).expect(400);
    expect(again.body).toMatchObject({ statusCode: 400, code: 'INVALID_CODE' });
    await signIn(t, body.email, body.password);
  });

  it('an expired code is refused', async () => {
    const body = await signUp();
    const otp = await t.lastCode(body.email);
    const [user] = await t.db.select().from(users).where(eq(users.email, body.email));
    await t.db.update(oneTimeCodes).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(oneTimeCodes.userId, user.id));
    const res = await t.http().post('/auth/verify-email').send({ otp, email: body.email }).expect(400);
    expect(res.body).toMatchObject({ code: 'CODE_EXPIRED' });
  });

  it('three wrong guesses void the code: the right one fails on the fourth try', async () => {
    const body = await signUp();
    const otp = await t.lastCode(body.email);
    for (let i = 0; i < 2; i++) {
      const res = await t.http().post('/auth/verify-email').send({ otp: wrongCode(otp), email: body.email }).expect(400);
      expect(res.body.code).toBe('INVALID_CODE');
    }
    const third = await t.http().post('/auth/verify-email').send({ otp: wrongCode(otp), email: body.email }).expect(400);
    expect(third.body.code).toBe('TOO_MANY_ATTEMPTS');
    await t.http().post('/auth/verify-email').send({ otp, email: body.email }).expect(400);
  });

  it("a code does not verify another user's email", async () => {
    const a = await signUp();
    const b = await signUp();
    const otpOfA = await t.lastCode(a.email);
    await t.http().post('/auth/verify-email').send({ otp: otpOfA, email: b.email }).expect(400);
    await t.http().post('/auth/verify-email').send({ otp: otpOfA, email: a.email }).expect(200);
  });

  it('resend answers the same whether or not the email exists, and replaces the code', async () => {
    const body = await signUp();
    const first = await t.lastCode(body.email);
    const known = await t.http().post('/auth/resend-verification').send({ email: body.email }).expect(200);
    const unknown = await t.http().post('/auth/resend-verification').send({ email: `ghost${unique()}@example.com` }).expect(200);
    expect(known.body).toEqual(unknown.body);
    const second = await t.lastCode(body.email);
    if (second !== first) await t.http().post('/auth/verify-email').send({ otp: first, email: body.email }).expect(400);
    await t.http().post('/auth/verify-email').send({ otp: second, email: body.email }).expect(200);
  });

  it('parallel use of one code: exactly one succeeds', async () => {
    const body = await signUp();
    const otp = await t.lastCode(body.email);
    const results = await Promise.all(Array.from({ length: 5 }, () => t.http().post('/auth/verify-email').send({ otp })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
  });

  it('validates the code format', async () => {
    for (const otp of ['12345', '1234567', 'abcdef', 123456]) {
      await t.http().post('/auth/verify-email').send({ otp }).expect(400);
    }
  });
});

describe('password reset', () => {
  it('resets with an emailed code, revokes every session, and answers unknown emails alike', async () => {
    const { user, password } = await createUser(t);
    const session = await signIn(t, user.email, password);
    const known = await t.http().post('/auth/request-password-reset').send({ email: user.email.toUpperCase() }).expect(200);
    const unknown = await t.http().post('/auth/forgot-password').send({ email: `ghost${unique()}@example.com` }).expect(200);
    expect(known.body).toEqual(unknown.body);
    expectNoSecrets(known.body);

    const otp = await t.lastCode(user.email, 'Your password reset code');
    const newPassword = 'a brand new passphrase';
    const res = await t.http().post('/auth/verify-password-reset').send({ otp, newPassword, email: user.email }).expect(200);
    expect(res.body).toEqual({ message: 'Password reset successfully' });

    await t.http().get('/users/me').set('Authorization', `Bearer ${session.accessToken}`).expect(401);
    await t.http().post('/auth/refresh-token').send({ refreshToken: session.refreshToken }).expect(401);
    await t.http().post('/auth/signin').send({ email: user.email, password }).expect(401);
    await signIn(t, user.email, newPassword);
    await t.http().post('/auth/reset-password').send({ otp, newPassword: 'yet another passphrase' }).expect(400);
  });

  it('a verification code is not a reset code', async () => {
    const body = await signUp();
    const otp = await t.lastCode(body.email);
    await t.http().post('/auth/reset-password').send({ otp, newPassword: 'a brand new passphrase' }).expect(400);
  });
});
