import { createTestApp, SUPER_ADMIN, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const signUpBody = (n: number, extra: Record<string, unknown> = {}) => ({
  firstName: 'Jane',
  lastName: 'Doe',
  email: `jane${n}@example.com`,
  phoneNumber: `+1555000${String(n).padStart(4, '0')}`,
  password: 'correct horse battery',
  age: 28,
  ...extra,
});

describe('sign up, verify, sign in', () => {
  it('walks the whole flow', async () => {
    const body = signUpBody(1);
    const signup = await t.http().post('/auth/signup').send(body).expect(200);
    expect(signup.body).toEqual({ message: 'User created, check your email for verification code' });

    const early = await t.http().post('/auth/signin').send({ email: body.email, password: body.password }).expect(401);
    expect(early.body).toMatchObject({ message: 'Email not verified', statusCode: 401 });

    const otp = await t.lastCode(body.email);
    await t.http().post('/auth/verify-email').send({ otp }).expect(200);

    const signin = await t.http().post('/auth/signin').set('Authorization', 'Bearer undefined').send({ email: body.email.toUpperCase(), password: body.password }).expect(200);
    expect(signin.body).toMatchObject({ message: expect.any(String), accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900 });
    expect(signin.body.user).toMatchObject({ email: body.email, isEmailVerified: true, roles: ['user'], status: 'active' });

    const me = await t.http().get('/auth/check').set('Authorization', `Bearer ${signin.body.accessToken}`).expect(200);
    expect(me.body).toEqual({ authenticated: true });
  });

  it('answers bad credentials and unknown emails alike', async () => {
    const wrong = await t.http().post('/auth/signin').send({ email: SUPER_ADMIN.email, password: 'not the password' }).expect(401);
    const unknown = await t.http().post('/auth/signin').send({ email: 'nobody@example.com', password: 'not the password' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toMatchObject({ message: 'Invalid credentials', statusCode: 401 });
  });

  it('validates the sign-up body', async () => {
    const res = await t.http().post('/auth/signup').send({ email: 'nope' }).expect(400);
    expect(res.body.statusCode).toBe(400);
    expect(typeof res.body.message).toBe('string');
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'email' })]));
  });
});
