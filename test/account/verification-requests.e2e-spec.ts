import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, signedInSuperAdmin, signedInUser, type TestUser } from '../support/factories.js';
import { expectNoSecrets } from '../support/no-secrets.js';

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInUser(t, ['admin']);
});
afterAll(() => t.close());

const list = (query = '') => t.http().get(`/users/verification-requests${query}`).set('Authorization', admin.auth);

async function signUp(n: string, firstName = 'Jane') {
  const email = `vr-${n}@example.com`;
  await t.http().post('/auth/signup').send({
    firstName, lastName: 'Doe', email, phoneNumber: `+1777${n.padStart(7, '0')}`, password: 'correct horse battery', age: 30, username: `vr_${n}`,
  }).expect(200);
  return email;
}

describe('GET /users/verification-requests', () => {
  it('lists codes with user fields, seed 003 style, never the code', async () => {
    const email = await signUp('1', 'Johnny');
    const res = await list('?page=1&perPage=10&sort=["createdOn","DESC"]').expect(200);
    expect(res.body.total).toBeGreaterThanOrEqual(1);
    const row = res.body.data.find((r: { email: string }) => r.email === email);
    expect(row).toEqual({
      id: expect.any(String), userId: expect.any(String), requestTypeCode: 'REGR', requestTypeName: 'Email Verification',
      createdOn: expect.any(String), expiresAt: expect.any(String), attempts: 0, username: 'vr_1', email,
      firstName: 'Johnny', lastName: 'Doe', isActive: true,
    });
    const code = await t.lastCode(email);
    expect(JSON.stringify(res.body)).not.toContain(code);
    expectNoSecrets(res.body);
    expect(res.headers['x-total-count']).toBe(String(res.body.total));
    expect(res.headers['content-range']).toBe(`items 0-${res.body.data.length - 1}/${res.body.total}`);
  });

  it('filters by type, text and q, sorts and pages', async () => {
    await signUp('2', 'Pagey');
    await signUp('3', 'Pagey');
    const resetEmail = await signUp('4', 'Resetta');
    await t.http().post('/auth/verify-email').send({ otp: await t.lastCode(resetEmail) }).expect(200);
    await t.http().post('/auth/request-password-reset').send({ email: resetEmail }).expect(200);

    const rpwr = await list(`?filter=${encodeURIComponent('{"requestTypeCode":"RPWR"}')}`).expect(200);
    expect(rpwr.body.data.map((r: { email: string }) => r.email)).toEqual([resetEmail]);
    expect(rpwr.body.data[0]).toMatchObject({ requestTypeCode: 'RPWR', requestTypeName: 'Reset Password' });
    const byName = await list(`?filter=${encodeURIComponent('{"requestTypeName":"reset"}')}`).expect(200);
    expect(byName.body.total).toBe(1);
    const q = await list(`?filter=${encodeURIComponent('{"q":"pagey","isActive":true}')}`).expect(200);
    expect(q.body.total).toBe(2);
    const qType = await list(`?filter=${encodeURIComponent('{"q":"Reset Password"}')}`).expect(200);
    expect(qType.body.total).toBe(1);
    const byUser = await list(`?filter=${encodeURIComponent('{"username":"vr_2"}')}`).expect(200);
    expect(byUser.body.data.map((r: { username: string }) => r.username)).toEqual(['vr_2']);

    const page = await list(`?perPage=1&page=2&sort=${encodeURIComponent('["email","ASC"]')}&filter=${encodeURIComponent('{"q":"pagey"}')}`).expect(200);
    expect(page.body).toMatchObject({ total: 2, data: [expect.objectContaining({ email: 'vr-3@example.com' })] });
    expect(page.headers['content-range']).toBe('items 1-1/2');
  });

  it('refuses malformed sort, filter and paging with 400', async () => {
    for (const query of [
      '?sort=notjson[', '?sort=["password","ASC"]', '?sort=["email","SIDEWAYS"]', '?filter={bad', '?filter=[1]',
      `?filter=${encodeURIComponent('{"nope":1}')}`, `?filter=${encodeURIComponent('{"verificationCode":"123456"}')}`,
      `?filter=${encodeURIComponent('{"requestTypeCode":"XXXX"}')}`, `?filter=${encodeURIComponent('{"userId":"1"}')}`,
      '?perPage=0', '?perPage=1000', '?page=0', '?unknown=1',
    ]) {
      const res = await list(query);
      expect([query, res.status]).toEqual([query, 400]);
      expect(typeof res.body.message).toBe('string');
    }
  });

  it.each([['viewer'], ['user'], ['moderator']] as const)('refuses %s on every verification route', async (role) => {
    const caller = await signedInUser(t, [role]);
    await t.http().get('/users/verification-requests').set('Authorization', caller.auth).expect(403);
    await t.http().post('/users/verification-requests/resend-email').set('Authorization', caller.auth).send({ emails: ['a@example.com'] }).expect(403);
    await t.http().post('/users/verification-requests/new-request-code').set('Authorization', caller.auth)
      .send({ userReqList: [{ userId: caller.user.id, request_type_code: 'RPWR' }] }).expect(403);
  });
});

describe('POST /users/verification-requests/resend-email', () => {
  it('mails a new code to each unverified user', async () => {
    const email = await signUp('5');
    const first = await t.lastCode(email);
    const res = await t.http().post('/users/verification-requests/resend-email').set('Authorization', admin.auth).send({ emails: [email.toUpperCase()] }).expect(200);
    expect(res.body).toEqual({ code: 200, message: 'Successfully sent verification codes.' });
    const second = await t.lastCode(email);
    expect(second).not.toBe(first);
    await t.http().post('/auth/verify-email').send({ otp: second, email }).expect(200);
  });

  it('sends nothing when one email is unknown', async () => {
    const email = await signUp('6');
    const before = await t.lastCode(email);
    const res = await t.http().post('/users/verification-requests/resend-email').set('Authorization', admin.auth)
      .send({ emails: [email, 'ghost@example.com'] }).expect(404);
    expect(res.body).toMatchObject({ message: 'One or more users not found.', statusCode: 404 });
    expect(await t.lastCode(email)).toBe(before);
  });

  it('validates the body', async () => {
    for (const body of [{}, { emails: [] }, { emails: ['not-an-email'] }, { emails: 'a@example.com' }]) {
      await t.http().post('/users/verification-requests/resend-email').set('Authorization', admin.auth).send(body).expect(400);
    }
  });
});

describe('POST /users/verification-requests/new-request-code', () => {
  it('issues password reset and verification codes per request', async () => {
    const { user } = await createUser(t);
    const unverified = await createUser(t, { isEmailVerified: false });
    const res = await t.http().post('/users/verification-requests/new-request-code').set('Authorization', admin.auth)
      .send({ userReqList: [{ userId: user.id, request_type_code: 'RPWR' }, { userId: unverified.user.id, request_type_code: 'REGR' }] }).expect(200);
    expect(res.body).toEqual({ code: 200, message: 'Successfully created new verification requests.' });
    const reset = await t.lastCode(user.email, 'Your password reset code');
    await t.http().post('/auth/reset-password').send({ otp: reset, newPassword: 'another fine passphrase' }).expect(200);
    const verify = await t.lastCode(unverified.user.email, 'Your verification code');
    await t.http().post('/auth/verify-email').send({ otp: verify }).expect(200);
  });

  it('refuses unknown users (404), a verified user for REGR (400), admins for admins (403), bad bodies (400)', async () => {
    const { user } = await createUser(t);
    const post = (body: object, auth = admin.auth) => t.http().post('/users/verification-requests/new-request-code').set('Authorization', auth).send(body);
    const missing = await post({ userReqList: [{ userId: user.id, request_type_code: 'RPWR' }, { userId: '00000000-0000-4000-8000-000000000000', request_type_code: 'RPWR' }] }).expect(404);
    expect(missing.body.message).toBe('One or more users not found.');
    await post({ userReqList: [{ userId: user.id, request_type_code: 'REGR' }] }).expect(400);
    const otherAdmin = await createUser(t, { roles: ['admin'] });
    await post({ userReqList: [{ userId: otherAdmin.user.id, request_type_code: 'RPWR' }] }).expect(403);
    const root = await signedInSuperAdmin(t);
    await post({ userReqList: [{ userId: otherAdmin.user.id, request_type_code: 'RPWR' }] }, root.auth).expect(200);
    for (const body of [{}, { userReqList: [] }, { userReqList: [{ userId: 'x', request_type_code: 'RPWR' }] }, { userReqList: [{ userId: user.id, request_type_code: 'ZZZZ' }] }, { userReqList: [{ userId: user.id }] }]) {
      await post(body).expect(400);
    }
  });
});
