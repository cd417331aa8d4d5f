import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, signedInSuperAdmin, signedInUser, unique, type TestUser } from '../support/factories.js';
import { expectNoSecrets } from '../support/no-secrets.js';

let t: TestApp;
let root: TestUser;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  root = await signedInSuperAdmin(t);
  admin = await signedInUser(t, ['admin']);
});
afterAll(() => t.close());

const newUserBody = (extra: Record<string, unknown> = {}): Record<string, unknown> => {
  const n = unique();
  return { email: `new${n}@example.com`, firstName: 'New', lastName: 'Person', password: 'SecurePassword123!', ...extra };
};

describe('GET /users/:id', () => {
  it('shows any user to moderators and above, and oneself to anyone', async () => {
    const target = await signedInUser(t);
    const moderator = await signedInUser(t, ['moderator']);
    const res = await t.http().get(`/users/${target.user.id}`).set('Authorization', moderator.auth).expect(200);
    expect(res.body).toMatchObject({ id: target.user.id, email: target.email, roles: ['user'] });
    expectNoSecrets(res.body);
    await t.http().get(`/users/${target.user.id}`).set('Authorization', target.auth).expect(200);
    const other = await signedInUser(t);
    await t.http().get(`/users/${target.user.id}`).set('Authorization', other.auth).expect(403);
  });

  it.each(['00000000-0000-0000-0000-000000000000', 'ck_123', 'not-a-uuid', '1'])('answers 404 User not found for %s', async (id) => {
    const res = await t.http().get(`/users/${id}`).set('Authorization', admin.auth).expect(404);
    expect(res.body).toEqual({ message: 'User not found', statusCode: 404, code: 'USER_NOT_FOUND' });
  });
});

describe('POST /users', () => {
  it('creates a user (201) with seed 001/002 field names', async () => {
    const body = newUserBody({ role: 'moderator', avatar: 'https://example.com/a.png', username: `nu${unique()}` });
    const res = await t.http().post('/users').set('Authorization', admin.auth).send(body).expect(201);
    expect(res.body).toMatchObject({ email: body.email, roles: ['moderator'], avatarUrl: body.avatar, isActive: true, isEmailVerified: false, status: 'pending' });
    expectNoSecrets(res.body);
  });

  it('answers 409 on a taken email or phone, 400 on bad input', async () => {
    const existing = await createUser(t);
    const email = await t.http().post('/users').set('Authorization', admin.auth).send(newUserBody({ email: existing.user.email.toUpperCase() })).expect(409);
    expect(email.body.message).toBe('Email already in use');
    const phone = await t.http().post('/users').set('Authorization', admin.auth).send(newUserBody({ phoneNumber: existing.user.phoneNumber })).expect(409);
    expect(phone.body.message).toBe('Phone number already in use');
    await t.http().post('/users').set('Authorization', admin.auth).send({ email: 'x@example.com' }).expect(400);
    await t.http().post('/users').set('Authorization', admin.auth).send(newUserBody({ password: 'password' })).expect(400);
  });

  it('only a super admin creates admins', async () => {
    const res = await t.http().post('/users').set('Authorization', admin.auth).send(newUserBody({ roles: ['admin'] })).expect(403);
    expect(res.body.code).toBe('INSUFFICIENT_PERMISSIONS');
    await t.http().post('/users').set('Authorization', root.auth).send(newUserBody({ roles: ['admin'] })).expect(201);
    const moderator = await signedInUser(t, ['moderator']);
    await t.http().post('/users').set('Authorization', moderator.auth).send(newUserBody()).expect(403);
  });
});

describe('PUT and PATCH /users/:id', () => {
  it('updates seed-000 fields including roles, isEmailVerified and isActive', async () => {
    const { user } = await createUser(t, { isEmailVerified: false });
    const res = await t.http().put(`/users/${user.id}`).set('Authorization', admin.auth)
      .send({ firstName: 'Jane', lastName: 'Smith', email: `js${unique()}@example.com`, age: 29, description: 'Updated', roles: ['moderator'], isEmailVerified: true, isActive: true })
      .expect(200);
    expect(res.body).toMatchObject({ firstName: 'Jane', lastName: 'Smith', age: 29, roles: ['moderator'], isEmailVerified: true, isActive: true });
    const patched = await t.http().patch(`/users/${user.id}`).set('Authorization', admin.auth).send({ status: 'inactive' }).expect(200);
    expect(patched.body).toMatchObject({ isActive: false, status: 'inactive' });
  });

  it('answers 404 and 409 as seed 000 documents', async () => {
    await t.http().put('/users/00000000-0000-0000-0000-000000000000').set('Authorization', admin.auth).send({ firstName: 'X' }).expect(404);
    const a = await createUser(t);
    const b = await createUser(t);
    const res = await t.http().put(`/users/${a.user.id}`).set('Authorization', admin.auth).send({ email: b.user.email }).expect(409);
    expect(res.body).toMatchObject({ message: 'Email already in use', statusCode: 409 });
  });

  it('an admin may not touch an admin or super admin, nor grant admin roles', async () => {
    const otherAdmin = await createUser(t, { roles: ['admin'] });
    for (const request of [
      t.http().put(`/users/${otherAdmin.user.id}`).send({ firstName: 'X' }),
      t.http().put(`/users/${root.user.id}`).send({ firstName: 'X' }),
      t.http().post(`/users/${otherAdmin.user.id}/deactivate`),
      t.http().delete(`/users/${otherAdmin.user.id}`),
    ]) {
      const res = await request.set('Authorization', admin.auth).expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, code: 'INSUFFICIENT_PERMISSIONS' });
    }
    const plain = await createUser(t);
    await t.http().put(`/users/${plain.user.id}`).set('Authorization', admin.auth).send({ roles: ['admin'] }).expect(403);
    await t.http().put(`/users/${plain.user.id}`).set('Authorization', admin.auth).send({ role: 'super_admin' }).expect(403);
    const promoted = await t.http().put(`/users/${plain.user.id}`).set('Authorization', root.auth).send({ roles: ['admin'] }).expect(200);
    expect(promoted.body.roles).toEqual(['admin']);
  });

  it('a role change takes effect on the existing token at once', async () => {
    const moderator = await signedInUser(t, ['moderator']);
    await t.http().get('/users').set('Authorization', moderator.auth).expect(200);
    await t.http().put(`/users/${moderator.user.id}`).set('Authorization', admin.auth).send({ roles: ['user'] }).expect(200);
    await t.http().get('/users').set('Authorization', moderator.auth).expect(403);
  });
});

describe('deactivate, activate, delete', () => {
  it('deactivation refuses tokens issued before it, and activation lets the user sign in again', async () => {
    const target = await signedInUser(t);
    const res = await t.http().post(`/users/${target.user.id}/deactivate`).set('Authorization', admin.auth).expect(200);
    expect(res.body).toEqual({ message: 'User deactivated successfully' });
    const refused = await t.http().get('/users/me').set('Authorization', target.auth).expect(401);
    expect(refused.body).toMatchObject({ statusCode: 401, code: 'ACCOUNT_INACTIVE' });
    await t.http().post('/auth/refresh-token').send({ refreshToken: target.refreshToken }).expect(401);
    await t.http().post('/auth/signin').send({ email: target.email, password: target.password }).expect(401);

    const activated = await t.http().post(`/users/${target.user.id}/activate`).set('Authorization', admin.auth).expect(200);
    expect(activated.body).toEqual({ message: 'User activated successfully' });
    await t.http().get('/users/me').set('Authorization', target.auth).expect(401);
    await t.http().post('/auth/signin').send({ email: target.email, password: target.password }).expect(200);
  });

  it('deletes a user with all their data; later requests see 404', async () => {
    const target = await signedInUser(t);
    const res = await t.http().delete(`/users/${target.user.id}`).set('Authorization', admin.auth).expect(200);
    expect(res.body).toEqual({ message: 'User deleted successfully' });
    await t.http().get(`/users/${target.user.id}`).set('Authorization', admin.auth).expect(404);
    await t.http().get('/users/me').set('Authorization', target.auth).expect(401);
    await t.http().delete(`/users/${target.user.id}`).set('Authorization', admin.auth).expect(404);
    await t.http().post(`/users/${target.user.id}/deactivate`).set('Authorization', admin.auth).expect(404);
  });

  it('is for admins: moderators get 403', async () => {
    const moderator = await signedInUser(t, ['moderator']);
    const { user } = await createUser(t);
    await t.http().post(`/users/${user.id}/deactivate`).set('Authorization', moderator.auth).expect(403);
    await t.http().delete(`/users/${user.id}`).set('Authorization', moderator.auth).expect(403);
    await t.http().put(`/users/${user.id}`).set('Authorization', moderator.auth).send({ firstName: 'X' }).expect(403);
  });
});

describe('the last active super admin', () => {
  it('can never be deleted, deactivated or demoted', async () => {
    const attempts = [
      t.http().delete(`/users/${root.user.id}`),
      t.http().post(`/users/${root.user.id}/deactivate`),
      t.http().put(`/users/${root.user.id}`).send({ roles: ['admin'] }),
      t.http().patch(`/users/${root.user.id}`).send({ isActive: false }),
    ];
    for (const attempt of attempts) {
      const res = await attempt.set('Authorization', root.auth).expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'LAST_SUPER_ADMIN' });
    }
  });

  it('two super admins demoting each other at once: exactly one succeeds', async () => {
    const second = await signedInUser(t, ['super_admin']);
    const [a, b] = await Promise.all([
      t.http().put(`/users/${second.user.id}`).set('Authorization', root.auth).send({ roles: ['user'] }),
      t.http().put(`/users/${root.user.id}`).set('Authorization', second.auth).send({ roles: ['user'] }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(200);
    expect([401, 403, 409]).toContain(statuses[1]);
    const admins = await t.http().get('/users?roles=super_admin&isActive=true').set('Authorization', a.status === 200 ? root.auth : second.auth);
    expect(admins.body.pagination.total).toBe(1);
  });
});
